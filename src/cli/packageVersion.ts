import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const PACKAGE_NAME = "incident-curator";

/**
 * The version in the package's own package.json, found by walking up from this file: it
 * sits at src/cli/ under ts-jest and at dist/node/src/cli/ once built, in the checkout or in
 * a global install. Read at run time, so that the version bumped in package.json is the one
 * printed, with no build step to forget.
 */
export function packageVersion(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (manifest.name === PACKAGE_NAME && manifest.version) return manifest.version;
    } catch {
      // No package.json here (or not ours): one folder up.
    }
    if (dirname(dir) === dir) return "unknown";
  }
}
