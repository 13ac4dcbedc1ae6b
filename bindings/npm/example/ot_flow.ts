// The OT Platform flow of the seed from TypeScript (run from the repository root): add an order,
// reserve its payment (depositing the shortfall), export it, synchronise, find a line by its
// waybill. The answers are the fixtures a host would receive from the platform.
import { readFileSync } from "node:fs";
import {
  otAnswer, otLinesByWaybill, otOrderAddData, otPaymentPlan, otProviderOrders, otRequest, quote,
  type OrderRequest, type OtCall, type OtClient, type OtMethod, type PricingRules,
} from "ordercore";

const json = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const platform = (method: OtMethod, fixture: string) => otAnswer(method, readFileSync(`tests/fixtures/otapi/${fixture}`, "utf8"));
const client: OtClient = {
  instance_key: "demo-instance-key",
  language: "en",
  sessions: { operator: "op-session-1", customer: "cust-session-7", provider: "taobao-session-1" },
};
const send = (call: OtCall): string => otRequest(call, client).encoded; // what the host POSTs

// 1. Add the order: the AddOrder document from an ordercore order and its quote.
const request = json("examples/data/seed_request.json") as OrderRequest;
request.items[1].units_per_carton = 12;
const q = quote(request, json("examples/data/seed_rules.json") as PricingRules);
send({ method: "add_order", add_data: otOrderAddData(request, q, { delivery_mode_id: "DM-1", user_profile_id: "123" }) });
const orderId = platform("add_order", "add_order.xml").order?.id ?? "";

// 2. Pay it from the customer's account, depositing the shortfall first.
const payment = platform("get_sales_payment_info", "payment_info.xml").payment ?? {};
const plan = otPaymentPlan(payment);
if (Number(plan.deposit) > 0) {
  console.log("deposit", send({ method: "post_transaction", customer_id: plan.customer_id, amount: plan.deposit, is_debit: true }));
}
console.log("reserve", send({ method: "sales_payment_reserve", sales_id: orderId, amount: plan.due }));

// 3. Export it to the provider (every line), then synchronise.
send({ method: "run_order_exporting_to_provider", provider_type: "Taobao", provider_parameters: { order_id: orderId } });
console.log("export activity", platform("run_order_exporting_to_provider", "export_activity.xml").activity?.id);
send({ method: "run_orders_synchronizing_with_provider", provider_type: "Taobao" });

// 4. A parcel arrives: its lines by the scanned waybill, and the order's lines by provider order.
const scanned = "YT1234567890\n";
send({ method: "search_order_lines", line_search: { waybills: [scanned.trim()] }, frame_size: 50 });
const found = platform("search_order_lines", "order_lines_by_waybill.xml").lines?.lines ?? [];
const lines = platform("get_sales_order_details_for_operator", "order_details.xml").order_details?.lines ?? [];
for (const order of otProviderOrders(lines).orders) console.log(order.provider_order_id, order.waybills, order.lines.length);
if (found.length !== 2 || otLinesByWaybill(lines, scanned).length !== 2) throw new Error("the waybill's lines were not found");
