/* Builds the task pane into dist/web: the React bundle, the pages with their
 * Content-Security-Policy, the icons and manifest.xml with its URLs pointed at ADDIN_URL
 * when that is set. The pages load office.js from Microsoft's CDN, as Microsoft requires
 * (the npm copy lags behind the hosts and is unsupported); `--env offline` copies the npm
 * copy into dist/web/office instead, for networks that cannot reach the CDN. */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const zlib = require("node:zlib");

const DEV_URL = "https://localhost:3000/";
/** office.js and the host libraries it loads from its own base URL. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** office-addin-dev-certs leaves its files here; read them directly (its API throws without an installed CA). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) return undefined;
  return Object.fromEntries(Object.entries(files).map(([key, file]) => [key, fs.readFileSync(path.join(dir, file))]));
}

/** manifest.xml with every development URL pointed at the production URL (which ends in /). */
function rewriteManifest(xml, addinUrl) {
  if (addinUrl === DEV_URL) return xml;
  const origin = new URL(addinUrl).origin;
  return xml.split(DEV_URL).join(addinUrl).split(DEV_URL.replace(/\/$/, "")).join(origin);
}

/**
 * The pages' policy: scripts from this origin and, unless offline, the CDN's library
 * directory only; no frames; no connections elsewhere. So office.js's telemetry frame and its
 * MicrosoftAjax.js from ajax.aspnetcdn.com are refused. Workers from this origin only: the
 * clusters' worker (without worker-src, child-src 'none' would refuse it). Styles need 'unsafe-inline': Fluent
 * (Griffel) inserts <style> elements at run time. Griffel could put a nonce on them, but a
 * nonce must be new in every response, which static files cannot be.
 */
function contentSecurityPolicy({ offline }) {
  return [
    "default-src 'none'",
    offline ? "script-src 'self'" : `script-src 'self' ${OFFICE_CDN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'none'",
    "child-src 'none'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** A page of the pane from its template: `%CSP%` is the policy, `%OFFICE_JS%` office.js's URL. */
function panePage(template, { offline }) {
  if (!template.includes('content="%CSP%"')) throw new Error("A pane page without its Content-Security-Policy placeholder");
  return template.replace("%CSP%", contentSecurityPolicy({ offline })).replace("%OFFICE_JS%", offline ? "office/office.js" : `${OFFICE_CDN}office.js`);
}

/**
 * Prints, after a production build, the pane's scripts gzip-compressed: the first script (what
 * the pane loads before it can paint; office.js aside) and the chunks loaded later (the check
 * engine, the list, the fix preview, the export). Printed, never asserted.
 */
class ScriptSizeReport {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ScriptSizeReport", (compilation) => {
      const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(compilation.outputOptions.path, file)), { level: 9 }).length;
      const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
      const initial = new Set([...compilation.entrypoints.values()].flatMap((entry) => entry.getFiles()).filter((file) => file.endsWith(".js")));
      const lazy = compilation.getAssets().map((asset) => asset.name).filter((file) => file.endsWith(".js") && !initial.has(file));
      const first = [...initial].reduce((sum, file) => sum + gzip(file), 0);
      const later = lazy.map((file) => ({ file, bytes: gzip(file) })).sort((a, b) => b.bytes - a.bytes);
      const lines = [`Pane's first script (gzip, office.js aside): ${kb(first)} in ${[...initial].join(", ")}`, `Loaded after it (gzip): ${kb(later.reduce((sum, { bytes }) => sum + bytes, 0))} in ${later.length} chunks`, ...later.map(({ file, bytes }) => `  ${kb(bytes).padStart(9)}  ${file}`)];
      console.log(lines.join("\n"));
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const offline = Boolean(env.offline);
  const addinUrl = (process.env.ADDIN_URL || DEV_URL).replace(/\/?$/, "/");
  const certificates = devCertificates();
  return {
    mode: production ? "production" : "development",
    // Source maps for development only (never eval-based: the pages' policy allows no eval);
    // a production build ships none, so the pane's sources are not published beside it.
    devtool: production ? false : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    // Chunks loaded later (React.lazy, the engine) are named after their modules; the entry alone is taskpane.*.js.
    output: { path: path.resolve(__dirname, "dist/web"), filename: "[name].[contenthash:8].js", chunkFilename: "[name].[contenthash:8].js", clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // csv-stringify's Node build uses Buffer; its browser build carries what it needs.
      alias: { "csv-stringify/sync$": "csv-stringify/browser/esm/sync" },
    },
    module: {
      // ES modules out of ts-loader, so that webpack tree-shakes Fluent's icon package (18 MB of CJS otherwise) and
      // reads `new Worker(new URL("./clusterWorker.ts", import.meta.url))` (startClusterWorker.ts) as a worker of its own.
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } } }],
    },
    // Exports used judged over the pane and the clusters' worker together: the worker then shares the pane's chunks (the
    // domain, zod, the country data) instead of copies of its own, which the browser would fetch and compile twice.
    optimization: { usedExports: "global" },
    performance: { hints: false },
    plugins: [
      ...(production ? [new ScriptSizeReport()] : []),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        templateContent: () => panePage(fs.readFileSync(path.join(__dirname, "src/taskpane/taskpane.html"), "utf8"), { offline }),
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...(offline
            ? [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office",
                  globOptions: { ignore: ["**/*.debug.js"] },
                  // Already minified: Terser would spend minutes re-minifying 26 MiB.
                  info: { minimized: true },
                },
              ]
            : []),
          { from: "assets", to: "assets" },
          { from: "src/taskpane/help.html", to: "help.html", transform: (content) => panePage(content.toString(), { offline }) },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), addinUrl),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certificates ? { type: "https", options: certificates } : "http",
      static: false,
      hot: false,
      onListening(server) {
        const protocol = certificates ? "https" : "http";
        const port = server.server.address().port;
        const lines = [
          `Incident Curator is served on ${protocol}://localhost:${port}/taskpane.html`,
          certificates ? "" : "No certificates in ~/.office-addin-dev-certs: Office needs https. Run `npx office-addin-dev-certs install` once, then `npm start` again.",
          "Sideload dist/web/manifest.xml (built by `npm run build`):",
          "  Excel on the web: Home > Add-ins > More add-ins > My add-ins > Upload my add-in.",
          "  Windows: a shared-folder catalog (Trust Center > Trusted Add-in Catalogs), then Home > Add-ins > Shared folder.",
          "  Mac: copy the manifest to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.",
        ].filter(Boolean);
        console.log(lines.join("\n"));
      },
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.panePage = panePage;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.OFFICE_CDN = OFFICE_CDN;
