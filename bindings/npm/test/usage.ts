// Type-checked with `tsc --noEmit --strict`: the package's types accept what they should and
// reject what they should (the @ts-expect-error lines fail the build if the types allow them).
import {
  allocate, callJson, otAnswer, otPaymentPlan, otProblemActions, otRequest, orderRequestFromJson, pointsEarned, pricingRulesFromJson, problemMessage, quote, quoteJson, refund,
  rejectReasonText, relativeTime, validateOrderRequest, version,
  type OrderCoreError, type OrderRequest, type PricingRules, type Quote, type Refund, type ValidationErrors,
  type OperatorAction, type OtAnswer, type OtClient, type OtRequest, type PaymentPlan,
} from "ordercore";

const request: OrderRequest = {
  merchant_id: "1",
  items: [
    { product_id: "5", quantity: 2, unit_price: 2.99, selling_type: "unit" },
    { product_id: "3", quantity: 1, unit_price: "35.88", selling_type: "carton", units_per_carton: 12 },
  ],
  delivery_address: { street: "شارع التحرير", phone: "01234567890", city: "القاهرة" },
  payment_method: "cash_on_delivery",
  offer_code: "SAVE10",
  use_loyalty_points: 50,
};
const rules: PricingRules = {
  currency: "EGP",
  offers: [{ code: "SAVE10", kind: "percentage", value: "10" }],
  customer_category: { name: "silver", discount_percentage: 5 },
  loyalty: { point_value: "0.05", points_balance: 200, as_payment: false },
  delivery: { fee: "15.00", free_over_basis: "after_discounts" },
  tax: { rate: 14, include_delivery: true, rounding: "per_line" },
};
const q: Quote = quote(request, rules);
const total: string = q.financial.total_amount;
const points: number = q.loyalty_points_used;
const reason: "unknown_code" | "wrong_merchant" | "not_yet_valid" | "expired" | "not_applicable" | "below_minimum" | "not_combinable" | undefined =
  q.rejected_codes[0]?.reason;
const r: Refund = refund(q, { lines: [{ line: 0, quantity: 1 }], include_delivery: false });
const earned: number = pointsEarned(q, { point_value: "0.05", points_balance: 0, earn_rate: 1 });
const parts: string[] = allocate("10.00", [1, 1, 1], "USD");
const parsed: OrderRequest = orderRequestFromJson(JSON.stringify(request));
const parsedRules: PricingRules = pricingRulesFromJson(JSON.stringify(rules));
const fromText: Quote = quoteJson(JSON.stringify(parsed), JSON.stringify(parsedRules));
const text: string = problemMessage("required", null, "ar") + rejectReasonText("expired", "en") + version();
const ago: string = relativeTime("2025-01-21T19:30:00Z", "2025-01-21T19:45:00Z", "tr");
const errors: ValidationErrors = validateOrderRequest(JSON.stringify(request), "ar");
const phoneErrors: string[] | undefined = errors["delivery_address.phone"];
const envelope: { ok: boolean } = JSON.parse(callJson("version", "{}"));
const applied: string | undefined = q.offer_code;
try {
  quote({ ...request, items: [] }, rules);
} catch (e) {
  const error = e as OrderCoreError;
  const code: "required" | string = error.code;
  const fields: string[] = error.problems.map((p) => p.field);
  console.log(code, fields);
}
console.log(total, points, reason, r.amount, earned, parts, text, ago, fromText.financial.total_amount, phoneErrors, envelope, applied);

// @ts-expect-error selling_type is "unit" | "carton"
quote({ ...request, items: [{ product_id: "5", quantity: 1, unit_price: 1, selling_type: "box" }] }, rules);
// @ts-expect-error currency is required
quote(request, { offers: [] });
// @ts-expect-error an offer's kind is "percentage" | "fixed" | "free_delivery"
quote(request, { currency: "EGP", offers: [{ code: "X", kind: "bogus", value: 1 }] });
// @ts-expect-error outputs are strings, not numbers
const wrong: number = q.financial.total_amount;
// @ts-expect-error locales are "en" | "ar"
validateOrderRequest("{}", "fr");

const client: OtClient = { instance_key: "k", language: "en", sessions: { operator: "op" } };
const sent: OtRequest = otRequest({ method: "get_sales_payment_info", sales_id: "ORD-1" }, client);
const answered: OtAnswer = otAnswer("get_sales_payment_info", "<A><ErrorCode>Ok</ErrorCode><Result/></A>");
const outcome: "ok" | "partial" | "failed" = answered.outcome;
const plan: PaymentPlan = otPaymentPlan({ sales_amount: "10", sales_paid: "0", cust_balance_avail: "4" });
const deposit: string = plan.deposit;
const actions: OperatorAction[] = otProblemActions("unpaid_order_limit");
console.log(sent.encoded, outcome, deposit, actions);
// @ts-expect-error methods are snake_case tags
otRequest({ method: "GetSalesPaymentInfo" }, client);
// @ts-expect-error the call is checked: no member the request does not know
otRequest({ method: "add_order", sessionId: "x" }, client);
// @ts-expect-error the sessions are named
otRequest({ method: "add_order" }, { instance_key: "k", language: "en", sessions: { admin: "op" } });
