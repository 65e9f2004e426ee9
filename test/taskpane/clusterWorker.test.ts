import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { ClusterAnswer, ClusterRequest } from "../../src/taskpane/clusters/clusterRequest";
import { findClusters } from "../../src/services/clusterService";
import { SMALL_WORKBOOK } from "../domain/clusters/smallWorkbook";

/**
 * The clusters' worker entry: what it answers to a message, and what it brings into the
 * worker's bundle (the domain and its data, never React, Fluent, the pane's components or
 * the Excel adapter: office.js is the pane's alone).
 */
const ROOT = join(__dirname, "..", "..");
const ENTRY = join(ROOT, "src", "taskpane", "clusters", "clusterWorker.ts");

/** Every file and package the entry imports, transitively through the project's own files. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/^\s*(?:import|export)\s(?!type\s)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm)) {
      const specifier = match[1] ?? match[2];
      if (!specifier.startsWith(".")) {
        packages.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const target = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((candidate) => existsSync(candidate));
      if (target) visit(target);
      else if (!/\.json$/.test(specifier)) throw new Error(`${relative(ROOT, file)} imports ${specifier}, which is not a file of the project`);
    }
  };
  visit(entry);
  return { files: [...files].map((file) => relative(ROOT, file)).sort(), packages: [...packages].sort() };
}

test("the worker's bundle holds the domain and its data: no React, Fluent, pane component or Excel adapter", () => {
  const { files, packages } = importGraph(ENTRY);
  expect(files).toEqual(expect.arrayContaining(["src/taskpane/jitless.ts", "src/taskpane/clusters/clusterRequest.ts", "src/services/clusterService.ts", "src/domain/clusters/clusterWorkbook.ts"]));
  expect(files.filter((file) => file.endsWith(".tsx") || file.startsWith("src/excel/") || file.startsWith("src/cli/"))).toEqual([]);
  expect(packages.filter((name) => /^(react|react-dom|@fluentui\/|@tanstack\/|@microsoft\/office-js)/.test(name))).toEqual([]);
  for (const file of files) expect([file, /\b(Excel|Office)\.\w|\bdocument\./.test(readFileSync(join(ROOT, file), "utf8"))]).toEqual([file, false]);
});

test("a request posted to the worker is answered with its id and the clusters findClusters gives; a failure with its message", () => {
  const posted: ClusterAnswer[] = [];
  const scope: { onmessage?: (event: { data: ClusterRequest }) => void; postMessage: (answer: ClusterAnswer) => void } = { postMessage: (answer) => posted.push(answer) };
  (globalThis as { self?: unknown }).self = scope;
  try {
    jest.isolateModules(() => require("../../src/taskpane/clusters/clusterWorker"));
    scope.onmessage!({ data: { id: 7, workbook: SMALL_WORKBOOK, kind: "weapon", method: "knn" } });
    scope.onmessage!({ data: { id: 8, workbook: { sheets: null } as never, kind: "actor", method: "key" } });
  } finally {
    delete (globalThis as { self?: unknown }).self;
  }
  expect(posted[0]).toEqual({ id: 7, clusters: findClusters(SMALL_WORKBOOK, "weapon", "knn") });
  expect(posted[1]).toMatchObject({ id: 8, failure: expect.any(String) });
  expect(posted).toHaveLength(2);
});
