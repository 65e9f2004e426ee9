/**
 * One ProcessQuery request, executed as Excel executes it: object paths resolved when their
 * Instantiate action runs, actions in order, the first failure stopping the rest (the
 * results of the actions before it still go back), and objects the library asked to keep
 * returned with a reference id it uses in later requests.
 */
import { HostError, nullObjectError } from "./hostError";
import type { ExcelHost } from "./excelHost";
import { HostObject } from "./objects/hostObject";

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

export interface ObjectPathInfo {
  Id: number;
  /** 1 global object, 2 new object, 3 method, 4 property, 5 indexer, 6 reference id, 7 null object. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property, 5 trace. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface RequestOutcome {
  Results: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; Location: string; ActionIndex: number; HttpStatusCode: number };
}

const KEEP_REFERENCE = "_KeepReference";
/** The library's own reference keeping, sent alongside the add-in's calls. */
const REFERENCE_CALLS = new Set([KEEP_REFERENCE, "_RemoveReference", "_RemoveAllReferences"]);

/** Actions that only keep the library's books: they run but are not the add-in's operations. */
function isBookkeeping(action: ActionInfo): boolean {
  return action.ActionType === 1 || action.ActionType === 5 || (action.ActionType === 3 && REFERENCE_CALLS.has(action.Name));
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** A Query's answer: the selected properties by PascalCase name; `a/b` selections navigate. */
function query(object: HostObject, select: string[] | undefined): unknown {
  const items = object.items();
  if (items) return { _Items: items.map((item) => ({ ...(item.id() !== undefined ? { Id: item.id() } : {}), ...properties(item, select) })) };
  return { ...(object.id() !== undefined ? { Id: object.id() } : {}), ...properties(object, select) };
}

function properties(object: HostObject, select: string[] | undefined): Record<string, unknown> {
  const names = select && select.length ? select : object.defaultProperties().map((name) => name.charAt(0).toLowerCase() + name.slice(1));
  const result: Record<string, unknown> = {};
  for (const name of names) {
    const [head, ...rest] = name.replace(/^items\//, "").split("/");
    const member = object.member(pascal(head));
    if (rest.length === 0 && member.get) result[pascal(head)] = member.get();
    else if (member.nav) {
      const child = member.nav();
      const nested = child ? (query(child, rest.length ? [rest.join("/")] : undefined) as Record<string, unknown>) : null;
      result[pascal(head)] = nested && result[pascal(head)] ? { ...(result[pascal(head)] as object), ...nested } : nested;
    } else throw new HostError("InvalidArgument", `${object.className}.${head} cannot be loaded.`);
  }
  return result;
}

export function processRequest(host: ExcelHost, body: RequestBody, fault?: { afterOperations: number; error: HostError }): RequestOutcome {
  const resolved = new Map<number, HostObject | null>();
  const kept = new Map<number, string>();
  const results: RequestOutcome["Results"] = [];

  /** Arguments with the objects they name: an argument the library marks as an object path id is that object. */
  const argumentsOf = (info: ArgumentInfo | undefined): unknown[] => {
    const args = info?.Arguments ?? [];
    const referenced = info?.ReferencedObjectPathIds;
    if (!referenced) return args;
    return args.map((arg, i) => (typeof referenced[i] === "number" && referenced[i] > 0 && referenced[i] === arg ? resolve(arg as number) : arg));
  };

  const resolve = (id: number): HostObject | null => {
    if (resolved.has(id)) return resolved.get(id)!;
    const info = body.ObjectPaths[String(id)];
    if (!info) throw new HostError("InvalidObjectPath", `The request names object path ${id}, which it does not define.`);
    const args = argumentsOf(info.ArgumentInfo);
    let object: HostObject | null;
    switch (info.ObjectPathType) {
      case 1:
        object = host.root();
        break;
      case 2:
        object = host.newObject(info.Name);
        break;
      case 6: {
        const reference = host.references.get(info.Name);
        if (!reference) throw new HostError("InvalidObjectPath", `The object path isn't working: reference '${info.Name}' is not kept.`);
        object = reference;
        break;
      }
      case 7:
        object = null;
        break;
      case 3:
      case 4:
      case 5: {
        const parent = resolve(info.ParentObjectPathId!);
        if (parent === null) {
          object = null;
          break;
        }
        if (info.ObjectPathType === 5) object = parent.indexer(args);
        else {
          const member = parent.member(info.Name);
          const make = info.ObjectPathType === 4 ? member.nav : member.path;
          if (!make) throw new HostError("InvalidArgument", `${parent.className}.${info.Name} is not an object.`);
          object = make(...args);
        }
        break;
      }
      default:
        throw new HostError("InvalidArgument", `The fake host does not create objects of path type ${info.ObjectPathType} (${info.Name}).`);
    }
    resolved.set(id, object);
    return object;
  };

  let operations = 0;
  for (let index = 0; index < body.Actions.length; index++) {
    const action = body.Actions[index];
    host.counts.actions++;
    try {
      if (!isBookkeeping(action)) {
        if (fault && operations === fault.afterOperations) throw fault.error;
        operations++;
        host.counts.calls++;
      }
      const value = run(action);
      if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
    } catch (error) {
      const failure = error instanceof HostError ? error : new HostError("GeneralException", error instanceof Error ? error.message : String(error), 500);
      const info = body.ObjectPaths[String(action.ObjectPathId)];
      return { Results: results, Error: { Code: failure.code, Message: failure.message, Location: `${info?.Name || "object"}${action.Name ? `.${action.Name}` : ""}`, ActionIndex: index, HttpStatusCode: failure.httpStatus } };
    }
  }
  // A fault armed past the request's last operation fails it after all of them ran.
  if (fault) return { Results: results, Error: { Code: fault.error.code, Message: fault.error.message, Location: "", ActionIndex: body.Actions.length - 1, HttpStatusCode: 500 } };
  return { Results: results };

  function run(action: ActionInfo): unknown {
    const args = argumentsOf(action.ArgumentInfo);
    switch (action.ActionType) {
      case 1: {
        const object = resolve(action.ObjectPathId);
        if (object === null) return null;
        const reference = kept.get(action.ObjectPathId);
        return { ...(reference ? { _ReferenceId: reference } : {}), ...(object.id() !== undefined ? { Id: object.id() } : {}) };
      }
      case 2: {
        const object = resolve(action.ObjectPathId);
        return object === null ? null : query(object, action.QueryInfo?.Select);
      }
      case 3: {
        const object = resolve(action.ObjectPathId);
        if (action.Name === KEEP_REFERENCE) {
          if (object !== null && !kept.has(action.ObjectPathId)) kept.set(action.ObjectPathId, host.keep(object));
          return undefined;
        }
        if (object === null) throw nullObjectError();
        const member = object.member(action.Name);
        if (!member.call) throw new HostError("InvalidArgument", `${object.className}.${action.Name} is not a method.`);
        const value = member.call(...args);
        host.undoStackTouched(object.className, action.Name);
        return value === undefined ? null : value;
      }
      case 4: {
        const object = resolve(action.ObjectPathId);
        if (object === null) throw nullObjectError();
        const member = object.member(action.Name);
        if (!member.set) throw new HostError("InvalidArgument", `${object.className}.${action.Name} cannot be set.`);
        member.set(args[0]);
        host.undoStackTouched(object.className, action.Name);
        return undefined;
      }
      case 5:
        return null;
      default:
        throw new HostError("InvalidArgument", `The fake host does not run actions of type ${action.ActionType}.`);
    }
  }
}
