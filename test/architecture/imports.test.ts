import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";

/**
 * The import direction, enforced: the domain imports only zod, the country-code data and
 * its own files; Excel and Office globals appear only in the adapter and the pane's entry
 * point; the pane's components reach Excel only through services.
 */
const SRC = join(__dirname, "..", "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g)) {
    found.push(match[1] ?? match[2] ?? match[3]);
  }
  return found;
}

const layer = (file: string) => relative(SRC, file).split(/[\\/]/)[0];

describe("src/domain", () => {
  // csv-stringify/sync is pure: it formats strings and touches no I/O.
  // @rapideditor/country-coder is pure too: offline borders bundled as data, point and box lookups, no I/O.
  const allowedPackages = [/^zod$/, /^i18n-iso-countries\/(codes|langs\/en)\.json$/, /^csv-stringify\/sync$/, /^@rapideditor\/country-coder$/];
  test.each(files(join(SRC, "domain")).map((f) => [relative(SRC, f), f]))("%s imports only zod, country data, csv-stringify and the domain", (_name, file) => {
    for (const specifier of imports(file)) {
      if (specifier.startsWith(".")) {
        expect([specifier, layer(resolve(dirname(file), specifier))]).toEqual([specifier, "domain"]);
      } else {
        expect([specifier, allowedPackages.some((pattern) => pattern.test(specifier))]).toEqual([specifier, true]);
      }
    }
    const source = readFileSync(file, "utf8");
    expect(source).not.toMatch(/\b(Excel|Office)\.\w|\bdocument\.|\bwindow\.|\bprocess\.|\bfetch\(/);
  });
});

describe("Excel.run and the Office globals", () => {
  test.each(files(SRC).filter((f) => !["excel"].includes(layer(f)) && !f.endsWith(join("taskpane", "index.tsx"))).map((f) => [relative(SRC, f), f]))("%s does not call Excel or Office", (_name, file) => {
    expect(readFileSync(file, "utf8")).not.toMatch(/\bExcel\.(run|RequestContext)|\bOffice\.(onReady|context)/);
  });
});

describe("layers import inwards", () => {
  const allowed: Record<string, string[]> = {
    domain: ["domain"],
    services: ["domain", "services"],
    excel: ["domain", "services", "excel"],
    taskpane: ["domain", "services", "taskpane", "excel"],
    cli: ["domain", "services", "cli"],
  };
  test.each(files(SRC).map((f) => [relative(SRC, f), f]))("%s", (_name, file) => {
    const from = layer(file);
    // The entry point wires the Excel adapter in, in two halves: index.tsx, and the services it loads lazily (the check engine's chunk).
    const isEntry = file.endsWith(join("taskpane", "index.tsx")) || file.endsWith(join("taskpane", "shell", "excelServices.ts"));
    for (const specifier of imports(file).filter((s) => s.startsWith("."))) {
      const to = layer(resolve(dirname(file), specifier));
      // Only the pane's entry point wires the Excel adapter in; its components never import it.
      const permitted = allowed[from].filter((target) => target !== "excel" || from !== "taskpane" || isEntry);
      expect([specifier, permitted.includes(to)]).toEqual([specifier, true]);
    }
  });
});

test("nothing in src calls the network", () => {
  for (const file of files(SRC)) {
    expect([relative(SRC, file), /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource\(/.test(readFileSync(file, "utf8"))]).toEqual([relative(SRC, file), false]);
  }
});
