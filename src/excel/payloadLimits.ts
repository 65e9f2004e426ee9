/**
 * Excel on the web refuses a request over about 5 MB (RequestPayloadSizeLimitExceeded) and
 * an answer over about 5 MB (ResponsePayloadSizeLimitExceeded, e.g. a read of long text
 * cells); either way nothing of the request's reads came back, and the read can be tried
 * again in smaller pieces.
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
