import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * The real ACLED exports beside the project (../shared/real-acled, see its README; ACLED's
 * terms: read there, never copied into the repository), for tests and benchmarks.
 */
export const REAL_ACLED_FILES = ["acledR_global_2022H1.csv", "benin_2009-2022.csv", "benin_2009-2022_raw_NA.csv", "burkina_faso_2004-2022_subset.csv", "mali_2017-2020_monadic.csv"] as const;

/** Their folder, from the project's root. */
export function realAcledDir(projectRoot: string): string {
  return join(projectRoot, "..", "shared", "real-acled");
}

/** Whether every one of them is there. */
export function realAcledPresent(dir: string): boolean {
  return REAL_ACLED_FILES.every((file) => existsSync(join(dir, file)));
}
