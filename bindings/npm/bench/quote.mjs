// Benchmark: one quote of the seed's order from Node through the npm package (run from the
// repository root after bindings/npm/build.sh): `node bindings/npm/bench/quote.mjs`.
import { readFileSync } from "node:fs";
import ordercore from "ordercore";

const request = JSON.parse(readFileSync("examples/data/seed_request.json", "utf8"));
const rules = JSON.parse(readFileSync("examples/data/seed_rules.json", "utf8"));
const run = (n) => { for (let i = 0; i < n; i++) ordercore.quote(request, rules); };
run(2000); // warm up
const rounds = [];
for (let r = 0; r < 5; r++) {
  const n = 20000;
  const t = process.hrtime.bigint();
  run(n);
  rounds.push(Number(process.hrtime.bigint() - t) / n / 1000);
}
rounds.sort((a, b) => a - b);
console.log(`node: quote of the seed order ${rounds[2].toFixed(2)} µs (median of 5 rounds of 20000)`);
