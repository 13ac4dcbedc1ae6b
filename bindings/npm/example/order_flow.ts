// The seed's customer order through its workflow from TypeScript (run from the repository root):
// placed, confirmed, cancelled by its customer with the effects to carry out, and the 422 a
// shipped order answers to a cancel.
import { readFileSync } from "node:fs";
import {
  placeOrder, quote, transitionOrder, workflow,
  type Actor, type Order, type OrderCoreError, type OrderRequest, type PricingRules, type TransitionContext,
} from "ordercore";

const json = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const customerOrder = workflow("customer_order");
const q = quote(json("examples/data/seed_request.json") as OrderRequest, json("examples/data/seed_rules.json") as PricingRules);
const context = (actor: Actor, now: string): TransitionContext => ({ now, actor, refund_method: "loyalty_points", locale: "ar" });

const order: Order = { id: "15", order_number: "ORD-2025-001", status: customerOrder.initial, created_at: "2025-01-21T17:45:00Z", paid: true, quote: q };
const placed = placeOrder(customerOrder, order, context("customer", "2025-01-21T17:45:00Z"));
const confirmed = transitionOrder(customerOrder, placed.order, "confirmed", context("admin", "2025-01-21T18:00:00Z"));
const cancelled = transitionOrder(customerOrder, confirmed.order, "cancelled", context("customer", "2025-01-21T18:05:00Z"));
console.log(`${cancelled.from} → ${cancelled.order.status}`, cancelled.effects.kinds);
for (const line of cancelled.effects.restore_stock ?? []) console.log("  restock", line.quantity, "×", line.product_id);
const refund = cancelled.effects.refund;
console.log("  refund", refund?.refund.amount, refund?.refund.currency, "as", refund?.method);
for (const note of cancelled.effects.notifications) console.log(`  tell ${note.audience}: ${note.text}`);
if (refund?.refund.amount !== "54.81") throw new Error(`unexpected refund ${refund?.refund.amount}`);

try {
  transitionOrder(customerOrder, { ...confirmed.order, status: "shipped" }, "cancelled", context("customer", "2025-01-21T19:45:00Z"));
  throw new Error("a shipped order was cancelled");
} catch (e) {
  const refused = e as OrderCoreError;
  const [problem] = refused.problems;
  console.log("422", refused.code, problem.current_status, problem.allowed_actions);
  if (problem.allowed_actions?.join() !== "track,reorder") throw e;
}
