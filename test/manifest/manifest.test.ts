import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * An offline structural check of manifest.xml (`npm run validate` posts it to Microsoft's
 * online validator, which CI cannot reach): well-formed XML, the fields Office requires,
 * every resid resolving, string lengths within Office's limits, https URLs on one origin,
 * icons that exist at the sizes declared.
 */
const ROOT = join(__dirname, "..", "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: (name) => ["Image", "Url", "String", "Host", "Set", "Control", "Group", "AppDomain"].includes(name) });
const manifest = parser.parse(xml).OfficeApp;

function walk(node: unknown, visit: (key: string, value: Record<string, unknown>) => void, key = ""): void {
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit, key));
  else if (node && typeof node === "object") {
    visit(key, node as Record<string, unknown>);
    for (const [child, value] of Object.entries(node)) walk(value, visit, child);
  }
}

test("is well-formed XML", () => {
  expect(XMLValidator.validate(xml)).toBe(true);
});

test("is a task pane add-in for Excel workbooks with ReadWriteDocument only", () => {
  expect(manifest["@type"]).toBe("TaskPaneApp");
  expect(manifest.Hosts.Host.map((h: Record<string, string>) => h["@Name"])).toEqual(["Workbook"]);
  expect(manifest.Permissions).toBe("ReadWriteDocument");
});

test("has a GUID id, a four-part version and the required texts", () => {
  expect(manifest.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(manifest.Version).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  expect(manifest.DisplayName["@DefaultValue"].length).toBeLessThanOrEqual(125);
  expect(manifest.Description["@DefaultValue"].length).toBeLessThanOrEqual(250);
  expect(manifest.ProviderName.length).toBeGreaterThan(0);
  expect(manifest.DefaultLocale).toBe("en-US");
});

test("declares the Excel API set the pane checks for", () => {
  const sets = manifest.Requirements.Sets.Set.map((s: Record<string, string>) => [s["@Name"], s["@MinVersion"]]);
  const entry = readFileSync(join(ROOT, "src", "taskpane", "index.tsx"), "utf8");
  const required = /REQUIRED_API = "([\d.]+)"/.exec(entry)?.[1];
  expect(sets).toEqual([["ExcelApi", required]]);
});

test("every resid resolves to a resource, and every resource is used", () => {
  const resources = new Map<string, string>();
  const resourceKinds = manifest.VersionOverrides.Resources;
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    const items = Object.values(resourceKinds[kind] as Record<string, Record<string, string>[]>)[0];
    for (const item of items) {
      expect(resources.has(item["@id"])).toBe(false);
      expect(item["@id"].length).toBeLessThanOrEqual(32);
      resources.set(item["@id"], kind);
    }
  }
  const used = new Set<string>();
  walk(manifest.VersionOverrides.Hosts, (_key, node) => {
    if (typeof node["@resid"] === "string") used.add(node["@resid"]);
  });
  for (const resid of used) expect([resid, resources.has(resid)]).toEqual([resid, true]);
  expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);
});

test("strings fit Office's limits (short 125, long 250)", () => {
  const { ShortStrings, LongStrings } = manifest.VersionOverrides.Resources;
  for (const s of ShortStrings.String) expect(s["@DefaultValue"].length).toBeLessThanOrEqual(125);
  for (const s of LongStrings.String) expect(s["@DefaultValue"].length).toBeLessThanOrEqual(250);
});

test("ids of groups and controls are unique", () => {
  const ids: string[] = [];
  walk(manifest.VersionOverrides, (key, node) => {
    if ((key === "Group" || key === "Control" || key === "OfficeTab") && typeof node["@id"] === "string") ids.push(node["@id"]);
  });
  expect(ids.length).toBeGreaterThanOrEqual(3);
  expect(new Set(ids).size).toBe(ids.length);
});

test("every URL is https on one origin, and every icon exists at its declared size", () => {
  const urls: string[] = [];
  walk(manifest, (_key, node) => {
    for (const value of Object.values(node)) if (typeof value === "string" && /^\w+:\/\//.test(value)) urls.push(value);
  });
  for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
  for (const image of manifest.VersionOverrides.Resources.Images.Image as Record<string, string>[]) {
    const file = join(ROOT, new URL(image["@DefaultValue"]).pathname);
    expect(existsSync(file)).toBe(true);
    const bytes = readFileSync(file);
    const size = Number(/(\d+)x\1/.exec(image["@id"])?.[1]);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size, size]);
  }
});

test("the ribbon button shows the task pane on the Home tab", () => {
  const tab = manifest.VersionOverrides.Hosts.Host[0].DesktopFormFactor.ExtensionPoint.OfficeTab;
  expect(tab["@id"]).toBe("TabHome");
  const action = tab.Group[0].Control[0].Action;
  expect(action["@type"]).toBe("ShowTaskpane");
});

test("a production build points every URL at ADDIN_URL, and the AppDomain at its origin", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rewriteManifest } = require("../../webpack.config.js") as { rewriteManifest: (xml: string, url: string) => string };
  const production = rewriteManifest(xml, "https://curator.example.org/addin/");
  expect(production).not.toContain("localhost");
  expect(production).toContain('<SourceLocation DefaultValue="https://curator.example.org/addin/taskpane.html"/>');
  expect(production).toContain("<AppDomain>https://curator.example.org</AppDomain>");
  expect(rewriteManifest(xml, "https://localhost:3000/")).toBe(xml);
});
