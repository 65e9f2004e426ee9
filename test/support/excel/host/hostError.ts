/** An error as Excel reports it for a failed action: a code from Excel's list and its message. */
export class HostError extends Error {
  constructor(public readonly code: string, message: string, public readonly httpStatus = 400) {
    super(message);
    this.name = "HostError";
  }
}

export const nullObjectError = () => new HostError("InvalidObjectPath", "The object path is not working for null objects.");
