import { ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { get, IncomingHttpHeaders } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";

/**
 * The pane's build (webpack.config.js): a production build ships no source maps, a
 * development build keeps them; the development server answers with
 * `Access-Control-Allow-Origin: *`, since Office on the web loads the pane from another origin.
 */
const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist", "web");
const webpackConfig = require("../../webpack.config.js") as (env: object, argv: { mode: string }) => { devtool: string | false; devServer: { headers: Record<string, string> } };
/** A development compile of the pane on two shared cores. */
const SERVE_TIMEOUT_MS = 240_000;

describe("webpack.config.js", () => {
  test("production: no source maps; development: separate ones, never eval-based (the pages' policy allows no eval)", () => {
    expect(webpackConfig({}, { mode: "production" }).devtool).toBe(false);
    expect(webpackConfig({ offline: true }, { mode: "production" }).devtool).toBe(false);
    expect(webpackConfig({}, { mode: "development" }).devtool).toBe("source-map");
  });

  test("the development server sends Access-Control-Allow-Origin: *", () => {
    expect(webpackConfig({}, { mode: "development" }).devServer.headers).toMatchObject({ "Access-Control-Allow-Origin": "*" });
  });
});

const built = existsSync(join(DIST, "taskpane.html"));
(built || process.env.CI ? describe : describe.skip)("the production build (dist/web, from npm run build)", () => {
  const files = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]));

  test("no .map file and no sourceMappingURL comment in any script, style or page", () => {
    const all = files(DIST);
    expect(all.filter((path) => path.endsWith(".map"))).toEqual([]);
    const text = all.filter((path) => /\.(js|css|html)$/.test(path));
    expect(text.length).toBeGreaterThan(0);
    expect(text.filter((path) => /[#@] sourceMappingURL=/.test(readFileSync(path, "utf8")))).toEqual([]);
  });
});

describe("npm start (webpack serve)", () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill("SIGTERM");
  });

  function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
      probe.on("error", reject);
    });
  }

  function headersOf(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
    return new Promise((resolve, reject) => {
      get(url, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      }).on("error", reject);
    });
  }

  test(
    "serves the pane over http (no certificates here) with Access-Control-Allow-Origin: *, source maps included",
    async () => {
      const port = await freePort();
      const child = spawn(process.execPath, [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "serve", "--mode", "development", "--host", "127.0.0.1", "--port", String(port)], {
        cwd: ROOT,
        // Certificates would make it https; the test reads plain http, as the browser tests do.
        env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), "curate-no-certificates-")) },
        stdio: ["ignore", "pipe", "pipe"],
      });
      server = child;
      let log = "";
      await new Promise<void>((resolve, reject) => {
        const listen = (chunk: Buffer) => {
          log += chunk.toString();
          if (log.includes("Incident Curator is served on")) resolve();
        };
        child.stdout!.on("data", listen);
        child.stderr!.on("data", listen);
        child.on("exit", (code) => reject(new Error(`webpack serve ended (${code}): ${log}`)));
      });
      const page = await headersOf(`http://127.0.0.1:${port}/taskpane.html`);
      expect(page.status).toBe(200);
      expect(page.headers["access-control-allow-origin"]).toBe("*");
      const script = /src="?([^" >]*taskpane[^" >]*\.js)/.exec(page.body)?.[1];
      expect(script).toBeDefined();
      const bundle = await headersOf(`http://127.0.0.1:${port}/${script}`);
      expect(bundle.headers["access-control-allow-origin"]).toBe("*");
      expect(bundle.body).toMatch(/\/\/# sourceMappingURL=.*\.map/);
      expect((await headersOf(`http://127.0.0.1:${port}/${script}.map`)).status).toBe(200);
    },
    SERVE_TIMEOUT_MS,
  );
});
