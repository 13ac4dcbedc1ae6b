// The vectors and the list of operations, read from the repository for the Node runners.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** bindings/operations.json: every operation with its names and arguments in order. */
export const operations = JSON.parse(readFileSync(`${root}bindings/operations.json`, "utf8"));

/** Every vector: [{name, method, text}], in name order. */
export function vectors() {
  const dir = `${root}tests/vectors/`;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(dir + d.name).filter((f) => f.endsWith(".json")).map((f) => ({ method: d.name, file: f })))
    .map(({ method, file }) => ({ name: `${method}/${file}`, method, text: readFileSync(`${dir}${method}/${file}`, "utf8") }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}
