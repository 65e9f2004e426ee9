/**
 * Starts the clusters' worker. webpack reads this very expression and bundles
 * clusterWorker.ts as a script of its own, served beside the pane's from the add-in's origin
 * (`import.meta.url` is why tsconfig.json's module is an ES one; Jest never loads this file).
 */
export function startClusterWorker(): Worker {
  return new Worker(new URL("./clusterWorker.ts", import.meta.url), { name: "clusterWorker" });
}
