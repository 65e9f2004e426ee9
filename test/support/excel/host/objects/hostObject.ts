/**
 * An object of the fake host's Excel object model, as the RichApi protocol addresses it:
 * members by their PascalCase names (`GetRange`, `Values`), each with the ExcelApi version
 * that brought it, so the host can refuse what the declared Excel does not have.
 */
import { HostError } from "../hostError";
import type { ExcelHost } from "../excelHost";

export interface Member {
  /** The ExcelApi requirement set that brought the member. */
  api: string;
  /** A scalar property's value (Query). */
  get?: () => unknown;
  /** A writable property (SetProperty). */
  set?: (value: unknown) => void;
  /** A navigation property (an object path of type Property). */
  nav?: () => HostObject | null;
  /** A method returning an object (an object path of type Method); null for a null object. */
  path?: (...args: unknown[]) => HostObject | null;
  /** A method action; its return value goes back as the action's result. */
  call?: (...args: unknown[]) => unknown;
}

export abstract class HostObject {
  abstract readonly className: string;
  constructor(protected readonly host: ExcelHost) {}

  /** Members by PascalCase name. */
  protected abstract members(): Record<string, Member>;

  /** The id Excel sends back when the object is instantiated (worksheets, comments, tables). */
  id(): string | undefined {
    return undefined;
  }

  /** A collection's items (for Query with `items/...`); null for objects that are not collections. */
  items(): HostObject[] | null {
    return null;
  }

  /** A collection's indexer (`getItem(key)`); null object never: a missing key is ItemNotFound. */
  indexer(args: unknown[]): HostObject | null {
    throw new HostError("InvalidArgument", `${this.className} has no indexer (${JSON.stringify(args)}).`);
  }

  /** The scalar properties a `load()` without names returns. */
  defaultProperties(): string[] {
    return Object.entries(this.members())
      .filter(([, member]) => member.get)
      .map(([name]) => name);
  }

  member(name: string): Member {
    const member = this.members()[name];
    if (!member) throw new HostError("ApiNotFound", `The API you are trying to use could not be found (${this.className}.${name}).`, 404);
    this.host.requireApi(member.api, `${this.className}.${name}`);
    return member;
  }
}
