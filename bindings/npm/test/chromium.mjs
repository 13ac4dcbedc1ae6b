// Every vector through the npm package in headless Chromium: serves the repository on loopback,
// opens bindings/npm/test/page.html (the package's web/ build, loaded as a bundler loads it) and
// reads what the page's runner found. Needs playwright-core (on NODE_PATH) and a Chromium
// (CHROMIUM, default /usr/bin/chromium). Exit status 1 on any failure.
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { vectors } from "./vectors.mjs";

// playwright-core is a test tool, not a dependency of the package: found through NODE_PATH.
const { chromium } = createRequire(import.meta.url)("playwright-core");
const root = fileURLToPath(new URL("../../../", import.meta.url));
const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm" };

const server = createServer((request, response) => {
  const path = new URL(request.url, "http://localhost").pathname;
  try {
    const body = path === "/vectors" ? JSON.stringify(vectors()) : readFileSync(join(root, normalize(path)));
    response.writeHead(200, { "content-type": path === "/vectors" ? "application/json" : types[extname(path)] ?? "text/plain" });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
});
let result;
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/bindings/npm/test/page.html`);
  result = await (await page.waitForFunction(() => window.result, null, { timeout: 60_000 })).jsonValue();
} finally {
  await browser.close();
  server.close();
}
console.log(`npm package in ${result.userAgent?.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? "Chromium"}: ` +
  `${result.ran} vectors through callJson, ${result.typed} of them through the typed exports`);
for (const failure of result.failures) console.error(`FAILED ${failure}`);
process.exit(result.failures.length === 0 && result.ran > 0 ? 0 : 1);
