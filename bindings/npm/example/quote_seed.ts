// Quotes the seed's order from the repository's example data (run from the repository root)
// and prints the financial block.
import { readFileSync } from "node:fs";
import { quote, type OrderRequest, type PricingRules } from "ordercore";

const data = (name: string): unknown => JSON.parse(readFileSync(`examples/data/${name}.json`, "utf8"));
const q = quote(data("seed_request") as OrderRequest, data("seed_rules") as PricingRules);
for (const [name, amount] of Object.entries(q.financial)) console.log(name.padEnd(18), amount);
if (q.financial.total_amount !== "54.81") throw new Error(`unexpected total ${q.financial.total_amount}`);
