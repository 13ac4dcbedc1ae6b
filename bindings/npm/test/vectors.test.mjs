// Every vector in tests/vectors/<method>/ through the built npm package in Node, as an app calls it,
// and the package's behaviour at its edges.
import { test } from "node:test";
import assert from "node:assert/strict";
import ordercore from "ordercore";
import { runVectors } from "./runner.mjs";
import { operations, vectors } from "./vectors.mjs";

test("every vector, through callJson and the typed exports", () => {
  const { ran, typed, failures } = runVectors(ordercore, operations, vectors());
  console.log(`npm package in Node: ${ran} vectors through callJson, ${typed} of them through the typed exports`);
  assert.deepEqual(failures, []);
  assert.ok(typed > ran / 2);
});

function thrown(fn) {
  try {
    fn();
  } catch (e) {
    assert.equal(e instanceof Error, true);
    assert.equal(e.name, "OrderCoreError");
    return e;
  }
  throw new Error("expected an OrderCoreError");
}

test("JavaScript values JSON cannot hold are refused, never a crash", () => {
  assert.equal(thrown(() => ordercore.quote(() => 1, 5n)).code, "invalid_type");
  assert.equal(thrown(() => ordercore.allocate("1", [], "XYZ")).field, "currency");
  assert.equal(JSON.parse(ordercore.callJson("quote", "{")).error.code, "invalid_json");
});
