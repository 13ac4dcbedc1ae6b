// Benchmark: the npm package against the code a user would write by hand — a decimal.js quote of the
// same carts under the same policy — interleaved in one Node process, with an agreement check
// (every figure both compute must be the same cent). ordercore's paths: `quote` with objects in and
// out, and `callJson` with JSON text; carts of 1, 10 and 100 lines, then the seed's order. From the
// repository root, after bindings/npm/build.sh: `node bindings/npm/bench/quote.mjs` (decimal.js
// found through NODE_PATH).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import ordercore from "ordercore";

const Decimal = createRequire(import.meta.url)("decimal.js");

// The seed's policy: SAVE10 (10 %) and a 5 % category both on the subtotal, 50 points at 0.05
// (balance 200), 15.00 delivery, 14 % tax on the goods after discounts and on delivery, rounded
// once over the order (what a hand-written quote does; per_order in ordercore's terms).
const rules = {
  currency: "EGP",
  offers: [{ code: "SAVE10", kind: "percentage", value: "10" }],
  customer_category: { name: "silver", discount_percentage: "5" },
  loyalty: { point_value: "0.05", points_balance: 200 },
  delivery: { fee: "15.00" },
  tax: { rate: "14", include_delivery: true, rounding: "per_order" },
};

/** The hand-written quote: what an app developer writes with decimal.js. */
function handQuote(cart) {
  const cents = (d) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  let subtotal = new Decimal(0);
  for (const item of cart.items) subtotal = subtotal.plus(cents(new Decimal(item.unit_price).times(item.quantity)));
  const discount = cents(subtotal.times(10).div(100));
  const category = Decimal.min(cents(subtotal.times(5).div(100)), subtotal.minus(discount));
  const due = subtotal.minus(discount).minus(category);
  const affordable = due.div("0.05").floor().toNumber();
  let points = Math.min(cart.use_loyalty_points, 200, affordable);
  const loyalty = new Decimal(points).times("0.05").toDecimalPlaces(2, Decimal.ROUND_DOWN);
  if (loyalty.isZero()) points = 0;
  const fee = new Decimal("15.00");
  const taxBase = due.minus(loyalty).plus(fee);
  const tax = cents(taxBase.times(14).div(100));
  const total = taxBase.plus(tax);
  return { subtotal, discount, category, loyalty, fee, tax, total };
}

/** Deterministic carts: prices 0.50 to 200.00, quantities 1 to 5. */
function carts(lines, count, seed) {
  let state = seed;
  const next = () => ((state = (Math.imul(state ^ (state >>> 15), 2246822519) + 1) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => ({
    merchant_id: "1",
    items: Array.from({ length: lines }, (_, i) => ({
      product_id: `p${i}`,
      quantity: 1 + Math.floor(next() * 5),
      unit_price: (50 + Math.floor(next() * 19951)) / 100,
      selling_type: "unit",
    })),
    delivery_address: { street: "شارع التحرير", phone: "01234567890" },
    payment_method: "cash_on_delivery",
    offer_code: "SAVE10",
    use_loyalty_points: 50,
  }));
}

/** Every figure both compute, as cents. */
function agree(cart) {
  const q = ordercore.quote(cart, rules).financial;
  const h = handQuote(cart);
  const pairs = [
    [q.subtotal, h.subtotal], [q.discount, h.discount], [q.category_discount, h.category],
    [q.loyalty_discount, h.loyalty], [q.delivery_fee, h.fee], [q.tax, h.tax], [q.total_amount, h.total],
  ];
  return pairs.every(([a, b]) => a === b.toFixed(2));
}

/** Microseconds per call of each path (the last: the hand-written quote), the median of interleaved rounds. */
function race(paths, list, rounds) {
  const time = (f) => {
    const t = process.hrtime.bigint();
    for (const item of list) f(item);
    return Number(process.hrtime.bigint() - t) / list.length / 1000;
  };
  const times = paths.map(() => []);
  for (let r = 0; r < rounds; r++) paths.forEach(([, f], i) => times[i].push(time(f)));
  return times.map((v) => v.sort((a, b) => a - b)[v.length >> 1]);
}

/** Races ordercore's paths against the hand-written quote over `list` and prints the ratios. */
function report(label, list, paths) {
  race(paths, list, 3); // warm up the JIT and the wasm tier-up
  const result = race(paths, list, 11);
  const hand = result.pop();
  result.forEach((ours, i) =>
    console.log(
      `node ${label}: ordercore ${paths[i][0]} ${ours.toFixed(1)} µs, hand-written decimal.js ${hand.toFixed(1)} µs: ` +
        `ordercore ${(hand / ours).toFixed(2)}× as fast (${list.length} carts, median of 11 interleaved rounds)`,
    ),
  );
}

const rulesText = JSON.stringify(rules);
let disagreements = 0;
for (const lines of [1, 10, 100]) {
  const list = carts(lines, lines === 100 ? 50 : 500, 17 + lines);
  disagreements += list.filter((c) => !agree(c)).length;
  report(`${lines} line${lines > 1 ? "s" : ""}`, list, [
    ["objects in and out (quote)", (c) => ordercore.quote(c, rules)],
    ["objects as JSON text both ways (callJson)", (c) => JSON.parse(ordercore.callJson("quote", `{"request":${JSON.stringify(c)},"rules":${rulesText}}`))],
    ["hand-written", handQuote],
  ]);
}

// The seed's order (examples/data: its rules state the policy above), the one number per host.
const data = new URL("../../../examples/data/", import.meta.url);
const seedText = readFileSync(new URL("seed_request.json", data), "utf8");
const seedRulesText = readFileSync(new URL("seed_rules.json", data), "utf8");
const seed = JSON.parse(seedText);
const seedRules = JSON.parse(seedRulesText);
const seedArgs = `{"request":${seedText},"rules":${seedRulesText}}`;
const seeds = Array(500).fill(seed);
disagreements += ordercore.quote(seed, seedRules).financial.total_amount === handQuote(seed).total.toFixed(2) ? 0 : 1;
report("seed order", seeds, [
  ["objects in and out (quote)", (c) => ordercore.quote(c, seedRules)],
  ["JSON text both ways (callJson)", () => ordercore.callJson("quote", seedArgs)],
  ["hand-written", handQuote],
]);
console.log(disagreements === 0 ? "every figure agrees to the cent" : `${disagreements} carts disagree`);
process.exit(disagreements === 0 ? 0 : 1);
