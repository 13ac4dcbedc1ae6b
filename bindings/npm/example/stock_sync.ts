// The seed's stock push from TypeScript (run from the repository root): shop 95152937's sync rule
// (buffer 10, minimum online 5, rounding 0), the push_stock job's payload as the seed writes it,
// and the list to send — each product with its quantity and listing, or skipped with the reason.
import {
  nextPullWindow, pullOrdersPayload, pushStockPayload, stockPushList,
  type ProductBinding, type ProductStock, type StockRule,
} from "ordercore";

const rule: StockRule = { shop_id: "95152937", buffer: "10", min_online: 5, rounding: 0 };
const payload = pushStockPayload('{"product_ids": [1, 2, 3]}');
const products: ProductStock[] = [
  { product_id: "1", on_hand: "27" },
  { product_id: "2", on_hand: "30" },
  { product_id: "3", on_hand: "14" },
];
const bindings: ProductBinding[] = [
  { shop_id: "95152937", product_id: "1", external_product_id: "24000000001", external_sku: "TH-TEA-250", active: true },
  { shop_id: "95152937", product_id: "3", external_product_id: "24000000003", external_sku: "TH-OIL-1L", active: true },
];
const list = stockPushList(payload, rule, products, bindings);
for (const entry of list.entries) {
  if (entry.quantity !== undefined) {
    const why = entry.level?.zero_because ? ` (0: ${entry.level.zero_because})` : "";
    console.log(`push ${entry.quantity} to ${entry.target?.external_product_id} / ${entry.target?.external_sku}${why}`);
  } else {
    console.log(`skip product ${entry.product_id}: ${entry.skipped}`);
  }
}
for (const issue of list.issues) console.log(`  job error: ${issue.code} (${issue.object} ${issue.id}) → ${issue.action}`);
if (list.entries.map((e) => e.quantity ?? e.skipped).join() !== "17,no_binding,0") throw new Error("unexpected push list");

// The seed's pull_orders payload (a time without an offset: Odoo's UTC), then the next window.
const pulled = pullOrdersPayload('{"since": "2024-11-01T00:00:00", "until": null}', { now: "2024-11-01T06:00:00Z", zoneless_offset_minutes: 0 });
const next = nextPullWindow({ max_window_seconds: 15 * 24 * 3600 }, { since: pulled.since, until: "2024-11-01T06:00:00Z" }, "2024-11-01T06:30:00Z");
console.log(`next pull_orders: {"since": "${next.since}", "until": "${next.until}"}`);
if (next.since !== "2024-11-01T05:55:00Z") throw new Error(`unexpected window ${next.since}`);
