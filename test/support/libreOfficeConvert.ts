import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

/** Debian's LibreOffice, as the other LibreOffice tests find it; CI installs it, so that there it is never skipped. */
export const SOFFICE = "/usr/bin/soffice";

/** Whether soffice is here; throws in CI where it is not, and warns loudly elsewhere. */
export function libreOfficeOrSkip(what: string): boolean {
  if (existsSync(SOFFICE)) return true;
  if (process.env.CI) throw new Error("LibreOffice is missing: .ci/run must install libreoffice-calc.");
  console.warn(`\n*** SKIPPING ${what}: ${SOFFICE} not found (apt-get install libreoffice-calc) ***\n`);
  return false;
}

/** Converts files with one soffice run (`--convert-to target`) into `outDir`, with a profile of its own there. */
export async function convertWithLibreOffice(files: string[], target: string, outDir: string, infilter?: string): Promise<void> {
  const args = [`-env:UserInstallation=file://${join(outDir, "lo-profile")}`, "--headless", "--norestore", ...(infilter ? [`--infilter=${infilter}`] : []), "--convert-to", target, "--outdir", outDir, ...files];
  await promisify(execFile)(SOFFICE, args, { timeout: 240_000 });
}
