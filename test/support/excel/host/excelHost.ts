/**
 * A fake Excel host for the real office.js Excel library: it answers the library's
 * ProcessQuery requests (object paths and actions, as Excel on the web and Windows receive
 * them over the RichApi bridge) from a workbook model, and enforces what Microsoft
 * documents that real Excel does: the ExcelApi level it declares (members above it are
 * refused), 5 MB caps on requests and responses (Excel on the web), errors by Excel's
 * codes with the actions before the failing one applied, references kept across syncs,
 * values converted as if typed, very hidden sheets undeletable, cell-edit mode, and
 * operations that clear the undo stack (counted). It counts requests, actions and bytes.
 */
import type { BridgeHost } from "./nativeBridge";
import { HostError } from "./hostError";
import { cellsAddress, Rect } from "./addresses";
import { SheetModel } from "./workbookModel";
import { HostObject } from "./objects/hostObject";
import { AddinInternalServiceObject, WorkbookObject } from "./objects/workbookObjects";
import { WorksheetObject } from "./objects/worksheetObjects";
import { processRequest, RequestBody } from "./processRequest";
import { clearsUndo, Platform } from "./undoSupport";
import type { XmlPartModel } from "./objects/customXmlObjects";

/** Excel on the web's cap on one request's and one response's payload. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface HostCounts {
  /** Requests the library sent (one per `context.sync()` that had work). */
  syncs: number;
  /** Actions that do something: reads, writes and method calls (not the library's own bookkeeping). */
  calls: number;
  /** Every action the library sent, bookkeeping included (instantiations, references, trace markers). */
  actions: number;
  requestBytes: number[];
  responseBytes: number[];
  /** Per request, the larger of its request and response bytes. */
  payloadBytes: number[];
  maxPayloadBytes: number;
  /** Operations that cleared Excel's undo stack, by class and member (Worksheet.Delete …). */
  undoClears: string[];
  /** Requests that asked to wait for cell-edit mode to end (`delayForCellEdit`). */
  delayedForCellEdit: number;
  /** The errors Excel answered with, as "Code at Location: message". */
  errors: string[];
}

export interface HostFault {
  /** The request number (1-based, as `counts.syncs` counts) that fails. */
  sync: number;
  /** Operations of that request (reads, writes, calls) that run before it fails. */
  afterOperations: number;
  code: string;
  /** The workbook is gone from then on (closed, or Excel on the web's session lost). */
  close?: boolean;
}

export interface HostOptions {
  /** The highest ExcelApi version the host supports ("1.18" by default, as current Excel). */
  api?: string;
  /** Which Excel: what clears the undo stack differs ("web" by default). */
  platform?: Platform;
  /** Whether the host supports DelayForCellEdit (current Excel does). */
  delayForCellEdit?: boolean;
}

const EVENT_CATEGORY = 65536;

/** Bytes of a text in UTF-8, as it travels: the limits are in bytes, and Arabic or Cyrillic text takes two a character. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
const WORKSHEET_CHANGED = 10;

function versionAtLeast(have: string, want: string): boolean {
  const [haveMajor, haveMinor] = have.split(".").map(Number);
  const [wantMajor, wantMinor = 0] = String(want).split(".").map(Number);
  return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
}

interface PendingChange {
  sheet: SheetModel;
  address: string;
  changeType: string;
}

export class ExcelHost implements BridgeHost {
  sheets: SheetModel[];
  /** Threaded comments by "Sheet!A1". */
  comments = new Map<string, string>();
  /** Each comment's id, by "Sheet!A1": stable while the comment lives, wherever its cell moves (as Excel's GUIDs are). */
  commentIds = new Map<string, string>();
  private nextComment = 1;
  /** The workbook counts dates from 1904 (File > Options > Advanced, "Use 1904 date system"). */
  date1904 = false;
  /** Sheets protected by the user: writes to them fail with InvalidOperation. */
  protectedSheets = new Set<string>();
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  counts: HostCounts = { syncs: 0, calls: 0, actions: 0, requestBytes: [], responseBytes: [], payloadBytes: [], maxPayloadBytes: 0, undoClears: [], delayedForCellEdit: 0, errors: [] };
  /** Called at each request, before its work: a test's hook for faults and edits in between. */
  beforeSync?: (syncNumber: number) => void;
  fault?: HostFault;
  /** The workbook closed: every request fails with ConnectionFailure until `reopen()`. */
  closed = false;
  /** Objects the library asked Excel to keep across requests, by reference id. */
  readonly references = new Map<string, HostObject>();
  /** Sheets (by id) whose Changed event the add-in registered. */
  readonly eventTargets = new Set<string>();
  readonly api: string;
  readonly platform: Platform;
  /** The workbook's custom XML parts. */
  customXmlParts: XmlPartModel[] = [];
  private readonly supportsDelay: boolean;
  private cellEditing = false;
  private delayed: (() => void)[] = [];
  private pendingChanges: PendingChange[] = [];
  private nextReference = 1;
  private sheetObjects = new WeakMap<SheetModel, WorksheetObject>();
  private replyTo: ((message: string) => void) | null = null;

  constructor(sheets: SheetModel[], options: HostOptions = {}) {
    this.sheets = sheets;
    this.api = options.api ?? "1.18";
    this.platform = options.platform ?? "web";
    this.supportsDelay = options.delayForCellEdit ?? true;
  }

  // ——— the bridge ———

  isSetSupported(name: string, version?: string | number): boolean {
    const set = name.toLowerCase();
    const wanted = version === undefined || version === "" ? "1.1" : String(version);
    if (set === "excelapi") return versionAtLeast(this.api, wanted);
    if (set === "delayforcelledit") return this.supportsDelay;
    if (set === "excelapionline" || set === "excelapidesktop") return false;
    // The runtime's own sets (RichApiRuntime, RichApiRuntimeFlag) and Office's common ones.
    return set.startsWith("richapiruntime") || set === "dialogapi" || set === "sharedruntime";
  }

  receive(text: string, reply: (message: string) => void): void {
    this.replyTo = reply;
    const message = JSON.parse(text) as { id: number; type: number; flags: number; message: { url: string; body: RequestBody } };
    const answer = (statusCode: number, body: unknown) => {
      const response = JSON.stringify({ id: message.id, type: 2, message: { statusCode, headers: {}, body } });
      setTimeout(() => {
        reply(response);
        this.dispatchChanges();
      }, 0);
    };
    if (message.type !== 1) return;
    const run = () => this.answer(message.message.body, message.flags, answer);
    if (this.cellEditing && !this.closed) {
      if ((message.flags & 64) !== 0 && this.supportsDelay) {
        this.counts.delayedForCellEdit++;
        this.delayed.push(run);
        return;
      }
      this.counts.syncs++;
      answer(200, { Error: { Code: "InvalidOperationInCellEditMode", Message: "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.", HttpStatusCode: 400 } });
      return;
    }
    run();
  }

  private answer(body: RequestBody, flags: number, answer: (statusCode: number, body: unknown) => void): void {
    void flags;
    this.counts.syncs++;
    const requestBytes = utf8Length(JSON.stringify(body));
    this.counts.requestBytes.push(requestBytes);
    this.beforeSync?.(this.counts.syncs);
    if (this.closed) {
      this.record(requestBytes, 0);
      answer(503, "");
      return;
    }
    if (requestBytes > PAYLOAD_LIMIT) {
      this.record(requestBytes, 0);
      answer(400, { error: { code: "RequestPayloadSizeLimitExceeded", message: "The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins." } });
      return;
    }
    const fault = this.fault?.sync === this.counts.syncs ? this.fault : undefined;
    if (fault) this.fault = undefined;
    const outcome = processRequest(this, body, fault ? { afterOperations: fault.afterOperations, error: new HostError(fault.code, `Injected fault: ${fault.code}.`) } : undefined);
    if (fault?.close) this.closed = true;
    if (outcome.Error) this.counts.errors.push(`${outcome.Error.Code} at ${outcome.Error.Location}: ${outcome.Error.Message}`);
    const responseText = JSON.stringify(outcome);
    const responseBytes = utf8Length(responseText);
    if (responseBytes > PAYLOAD_LIMIT) {
      // The work is done; only its answer is too big to send.
      this.record(requestBytes, responseBytes);
      answer(400, { error: { code: "ResponsePayloadSizeLimitExceeded", message: "The response payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins." } });
      return;
    }
    this.record(requestBytes, responseBytes);
    answer(200, outcome);
  }

  private record(requestBytes: number, responseBytes: number): void {
    this.counts.responseBytes.push(responseBytes);
    const payload = Math.max(requestBytes, responseBytes);
    this.counts.payloadBytes.push(payload);
    this.counts.maxPayloadBytes = Math.max(this.counts.maxPayloadBytes, payload);
  }

  // ——— services for the object model ———

  requireApi(version: string, member: string): void {
    if (!versionAtLeast(this.api, version)) throw new HostError("ApiNotFound", `${member} needs ExcelApi ${version}; this Excel has ${this.api}.`, 404);
  }

  requireWritable(sheet: SheetModel): void {
    if (this.protectedSheets.has(sheet.name)) throw new HostError("InvalidOperation", "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.");
  }

  /** After each call or property set: counts it where Microsoft documents that it clears the undo stack on this platform. */
  undoStackTouched(className: string, member: string): void {
    if (clearsUndo(className, member, this.platform)) this.counts.undoClears.push(`${className}.${member}`);
  }

  /** A comment's id, given on first sight. */
  commentId(key: string): string {
    let id = this.commentIds.get(key);
    if (!id) {
      id = `{C0000000-0000-0000-0000-${String(this.nextComment++).padStart(12, "0")}}`;
      this.commentIds.set(key, id);
    }
    return id;
  }

  /** The cell key of a comment id, or undefined when no living comment has it. */
  commentKey(id: string): string | undefined {
    for (const [key, known] of this.commentIds) if (known === id && this.comments.has(key)) return key;
    return undefined;
  }

  keep(object: HostObject): string {
    const id = `ref${this.nextReference++}`;
    this.references.set(id, object);
    return id;
  }

  root(): HostObject {
    return new WorkbookObject(this);
  }

  /** A service object the library creates by type name (an object path of type NewObject). */
  newObject(typeName: string): HostObject {
    // Office's Windows library tells Excel, once the pane is ready, that it can take ribbon and shortcut actions.
    if (typeName === "Microsoft.InternalService.AddinInternalService") return new AddinInternalServiceObject(this);
    throw new HostError("InvalidArgument", `The fake host does not create objects of type ${typeName}.`);
  }

  worksheetObject(sheet: SheetModel): WorksheetObject {
    let object = this.sheetObjects.get(sheet);
    if (!object) {
      object = new WorksheetObject(this, sheet);
      this.sheetObjects.set(sheet, object);
    }
    return object;
  }

  /** Cells changed: the sheet's Changed handlers hear of it after the request, as in Excel. */
  changed(sheet: SheetModel, rect: Rect, changeType = "RangeEdited"): void {
    this.pendingChanges.push({ sheet, address: cellsAddress(rect), changeType });
  }

  private dispatchChanges(): void {
    const changes = this.pendingChanges.filter((change) => this.eventTargets.has(change.sheet.id));
    this.pendingChanges = [];
    if (changes.length === 0 || !this.replyTo) return;
    const entries = changes.map((change) => [
      EVENT_CATEGORY,
      WORKSHEET_CHANGED,
      change.sheet.id,
      JSON.stringify({ address: change.address, changeType: change.changeType, source: "Local", worksheetId: change.sheet.id, shiftDirection: "None", triggerSource: "ThisLocalAddin" }),
      0,
    ]);
    this.replyTo(JSON.stringify({ type: 3, message: { entries } }));
  }

  // ——— a person at the keyboard ———

  /** Starts editing a cell: requests fail with InvalidOperationInCellEditMode, or wait if they asked to. */
  startCellEdit(): void {
    this.cellEditing = true;
  }

  /** Leaves the cell: requests that waited run now. */
  endCellEdit(): void {
    this.cellEditing = false;
    const waiting = this.delayed;
    this.delayed = [];
    for (const run of waiting) run();
  }

  /** Tells the change handlers of a sheet, as Excel does after a person's edit. */
  notifyChanged(sheet: SheetModel, address: string, changeType: string): void {
    this.pendingChanges.push({ sheet, address, changeType });
    setTimeout(() => this.dispatchChanges(), 0);
  }
}
