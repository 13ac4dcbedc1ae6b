// Channel orders from TypeScript (run from the repository root): a Shopee get_order_detail answer
// and Akinon channel orders imported into one canonical order with exact money (a bad order
// reported, the others kept), an Akinon order made ready to quote, an item cancelled with the
// host's reasons, updates sent back in batches, and the seed's purchase 200081134310 paid.
import { readFileSync } from "node:fs";
import {
  akinonOrders, channelCancellation, channelOrderRequest, channelUpdateBatches, shopeeOrders,
  supplierPaymentBatches, supplierPaymentResult, supplierPurchasePlan, supplierTokenDecision,
  type ChannelImport, type Order,
} from "ordercore";

const text = (path: string): string => readFileSync(path, "utf8");
const show = (from: string, imported: ChannelImport): void => {
  for (const o of imported.orders) {
    console.log(`${from} ${o.number}: ${o.status.status}, ${o.lines.length} lines, ${o.subtotal} + ${o.shipping_fee ?? "—"} + ${o.adjustment} = ${o.total_amount} ${o.currency}`);
  }
  for (const f of imported.failures) console.log(`${from} ${f.concerns.order}: ${f.code} (${f.action}) ${f.message}`);
};

const shopee = shopeeOrders(text("examples/data/shopee_order_detail.json"));
show("shopee", shopee);
if (shopee.orders[0].total_amount !== "579.50" || shopee.failures[0].action !== "fix_data") throw new Error("unexpected Shopee import");

const akinon = akinonOrders(text("examples/data/akinon_orders.json"), [{ channel_code: "YK", cargo_company: "yurtici" }]);
show("akinon", akinon);
const order = akinon.orders[0];
const request = channelOrderRequest(order, "store-1", "card");
console.log("  to quote:", request.items.map((i) => `${i.quantity} × ${i.product_id} at ${i.unit_price}`).join(", "));

const now = "2024-11-26T12:00:00Z";
const reasons = { mapping: [{ code: "4", reason: "Out of stock" }], default_reason: "Cancelled by the channel" };
const cancelled = channelCancellation(order, { order: order.number, cancel_items: ["TY-88120034-2"], reasons: [{ line: "TY-88120034-2", code: "4" }] }, reasons, now);
console.log(`  cancelled ${cancelled.lines.map((l) => `${l.line_id} (${l.reason})`)}; refund ${cancelled.refund_amount}; order ${cancelled.order.order.status}`);
if (cancelled.refund_amount !== "299.95") throw new Error(`unexpected refund ${cancelled.refund_amount}`);

const batches = channelUpdateBatches([{ order: order.number, status: "shipped", tracking_number: "YK9000" }], undefined, "orders-20241126", now);
console.log(`  batch ${batches[0].batch.id} (${batches[0].batch.status}):`, batches[0].updates.map((u) => `${u.update.order} → ${u.code.code}`));

const plan = supplierPurchasePlan([{ order_id: "59", status: "pending", lines: [{ product_id: "1201", sku: "5123841998452", quantity: 2 }] }]);
console.log("supplier: send", plan.requests.map((r) => r.order_id), "pay in", supplierPaymentBatches(["200081134310"]).length, "batch");
console.log("  token:", supplierTokenDecision({ access_token_expires_at: "2025-01-21T10:00:00Z", refresh_token_expires_at: "2025-02-20T10:00:00Z" }, "2025-01-21T11:00:00Z").action);
const created: Order = { id: "59", status: "created", created_at: "2025-01-21T10:00:00Z" };
const short = supplierPaymentResult(created, { purchase_id: "200081134310", success: false, error_code: "INSUFFICIENT_BALANCE_FOR_PAYMENT" }, "2025-01-21T11:00:00Z");
console.log(`  ${short.failure?.code}: stays ${short.order.status}, ${short.failure?.action}`);
const paid = supplierPaymentResult(created, { purchase_id: "200081134310", success: true }, "2025-01-21T11:30:00Z");
console.log(`  paid: ${paid.order.status}`);
if (paid.order.status !== "paid") throw new Error("purchase not paid");
