// Every vector in tests/vectors/quote through the built npm package, as an app would call it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ordercore from "ordercore";

const dir = fileURLToPath(new URL("../../../tests/vectors/quote/", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

// Every key in `expected` must be in `actual` with an equal value; lists match element by element.
function mismatch(expected, actual, path = "$") {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== "object") return `${path}: expected an object, got ${JSON.stringify(actual)}`;
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in actual)) {
        if (value === null) continue;
        return `${path}.${key}: missing`;
      }
      const found = mismatch(value, actual[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    for (let i = 0; i < expected.length; i++) {
      const found = mismatch(expected[i], actual[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  return expected === actual ? null : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

function thrown(fn) {
  try {
    fn();
  } catch (e) {
    assert.equal(e instanceof Error, true);
    assert.equal(e.name, "OrderCoreError");
    assert.equal(e.code, e.problems[0].code);
    assert.equal(e.field, e.problems[0].field);
    assert.equal(e.message, e.problems[0].message);
    return e.problems.map((p) => ({ field: p.field, code: p.code }));
  }
  throw new Error("expected an OrderCoreError");
}

let ran = 0;
for (const file of files) {
  const c = JSON.parse(readFileSync(dir + file, "utf8"));
  // A request given as JSON text (malformed on purpose) goes through quoteJson, as a server's would.
  const price = () =>
    typeof c.request === "string" ? ordercore.quoteJson(c.request, JSON.stringify(c.rules)) : ordercore.quote(c.request, c.rules);
  test(file, () => {
    ran++;
    if (c.error) {
      assert.equal(mismatch(c.error, thrown(price), "error"), null);
      return;
    }
    const q = price();
    assert.equal(mismatch(c.expected, q, "quote"), null);
    for (const [i, r] of (c.refunds ?? []).entries()) {
      if (r.error) assert.equal(mismatch(r.error, thrown(() => ordercore.refund(q, r.request)), `refunds[${i}]`), null);
      else assert.equal(mismatch(r.expected, ordercore.refund(q, r.request), `refunds[${i}]`), null);
    }
    if (c.points_earned !== undefined) assert.equal(ordercore.pointsEarned(q, c.rules.loyalty), c.points_earned);
  });
}

test("vectors ran", { concurrency: false }, () => {
  console.log(`npm package: ${ran} of ${files.length} vectors`);
  assert.equal(ran, files.length);
});

test("numbers and strings are both decimals; outputs are strings", () => {
  assert.deepEqual(ordercore.allocate("10.00", [1, "1", 1], "USD"), ["3.34", "3.33", "3.33"]);
  assert.deepEqual(ordercore.allocate(100, [1, 2], "JPY"), ["33", "67"]);
});

test("wrong arguments throw typed errors, never crash", () => {
  assert.deepEqual(thrown(() => ordercore.quote(undefined, { currency: "EGP" })), [{ field: "request", code: "required" }]);
  assert.deepEqual(thrown(() => ordercore.quote({}, undefined))[0], { field: "merchant_id", code: "required" });
  assert.equal(thrown(() => ordercore.quote(() => 1, 5n))[0].code, "invalid_type");
  assert.deepEqual(thrown(() => ordercore.allocate("1", [], "XYZ")), [{ field: "currency", code: "unknown_currency" }]);
});

test("JSON texts are read and validated as on the server", () => {
  const request = readFileSync(new URL("../../../examples/data/seed_request.json", import.meta.url), "utf8");
  const rules = readFileSync(new URL("../../../examples/data/seed_rules.json", import.meta.url), "utf8");
  assert.equal(ordercore.orderRequestFromJson(request).items[1].selling_type, "carton");
  assert.equal(ordercore.pricingRulesFromJson(rules).currency, "EGP");
  assert.equal(ordercore.quoteJson(request, rules).financial.total_amount, "54.81");
  assert.deepEqual(thrown(() => ordercore.orderRequestFromJson('{"items": []}'))[1], { field: "items", code: "required" });
  assert.deepEqual(thrown(() => ordercore.pricingRulesFromJson("{}")), [{ field: "rules.currency", code: "required" }]);
});

test("texts in English and Arabic", () => {
  assert.equal(ordercore.problemMessage("required", null, "ar"), "هذا الحقل مطلوب");
  assert.equal(ordercore.rejectReasonText("expired", "en"), "This code has expired");
  assert.match(ordercore.version(), /^\d+\.\d+\.\d+/);
});
