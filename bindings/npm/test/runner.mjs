// The generic vector runner, shared by Node and the Chromium page: every vector of every method
// through `callJson` (the arguments sent exactly as written) and through the typed export (the
// arguments as JavaScript values, where JavaScript can hold them exactly). The answer must equal
// the vector's whole result or whole error, compared as canonical JSON.

/** `value` as canonical JSON: sorted keys, no whitespace. */
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The first difference between two JSON values (object keys must match exactly), or null. */
export function difference(expected, actual, path = "$") {
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (isObject(expected) && isObject(actual)) {
    for (const key of [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()) {
      if (!(key in actual)) return `${path}.${key}: missing`;
      if (!(key in expected)) return `${path}.${key}: not expected, got ${canonical(actual[key])}`;
      const found = difference(expected[key], actual[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  if (Array.isArray(expected) && Array.isArray(actual) && expected.length === actual.length) {
    for (let i = 0; i < expected.length; i++) {
      const found = difference(expected[i], actual[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  return canonical(expected) === canonical(actual) ? null : `${path}: expected ${canonical(expected)}, got ${canonical(actual)}`;
}

/** The raw text of the value of `key` in the JSON object `text`, as written there. */
export function memberText(text, key) {
  let at = text.indexOf("{") + 1;
  const space = () => {
    while (" \t\r\n".includes(text[at])) at++;
  };
  const skipString = () => {
    for (at++; text[at] !== '"'; at++) if (text[at] === "\\") at++;
    at++;
  };
  const skipValue = () => {
    if (text[at] === '"') return skipString();
    if (text[at] !== "{" && text[at] !== "[") {
      while (at < text.length && !",}] \t\r\n".includes(text[at])) at++;
      return;
    }
    let depth = 0;
    do {
      if (text[at] === '"') {
        skipString();
        continue;
      }
      if ("{[".includes(text[at])) depth++;
      else if ("}]".includes(text[at])) depth--;
      at++;
    } while (depth > 0);
  };
  for (;;) {
    space();
    const keyStart = at;
    skipString();
    const name = JSON.parse(text.slice(keyStart, at));
    space();
    at++; // the colon
    space();
    const start = at;
    skipValue();
    if (name === key) return text.slice(start, at);
    space();
    at++; // the comma
  }
}

/** Whether an object in this JSON text has a key twice (no JavaScript object can hold it). */
function repeatsAKey(text) {
  const keys = [];
  let repeated = false;
  let at = 0;
  const stack = [];
  while (at < text.length) {
    const c = text[at];
    if (c === '"') {
      const start = at;
      for (at++; text[at] !== '"'; at++) if (text[at] === "\\") at++;
      at++;
      let next = at;
      while (" \t\r\n".includes(text[next])) next++;
      if (text[next] === ":" && stack.at(-1) === "{") {
        const key = JSON.parse(text.slice(start, at));
        if (keys.at(-1).has(key)) repeated = true;
        keys.at(-1).add(key);
      }
      continue;
    }
    if (c === "{" || c === "[") {
      stack.push(c);
      keys.push(new Set());
    } else if (c === "}" || c === "]") {
      stack.pop();
      keys.pop();
    }
    at++;
  }
  return repeated;
}

/** Whether JavaScript holds every number of this JSON text exactly as written. */
function numbersFitJs(text) {
  const numbers = text.replace(/"(?:[^"\\]|\\.)*"/g, '""').match(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g) ?? [];
  return numbers.every((n) => String(Number(n)) === n);
}

/** An error thrown by a typed export, as the envelope's error. */
function errorJson(e) {
  if (e?.name !== "OrderCoreError") throw e;
  if (!(e instanceof Error)) throw new Error("an OrderCoreError that is not an Error");
  return { code: e.code, field: e.field, message: e.message, problems: e.problems };
}

/**
 * Runs `vectors` ([{name, method, text}]) against the package `ordercore`, with the argument order
 * from `operations` (bindings/operations.json). Returns {ran, typed, failures}.
 */
export function runVectors(ordercore, operations, vectors) {
  const byName = new Map(operations.map((op) => [op.name, op]));
  const failures = [];
  let typed = 0;
  for (const { name, method, text } of vectors) {
    const fail = (how, why) => failures.push(`${name} (${how}): ${why}`);
    const vector = JSON.parse(text);
    const expected = "error" in vector ? { ok: false, error: vector.error } : { ok: true, result: vector.result };
    const argsText = memberText(text, "args");
    const viaJson = difference(expected, JSON.parse(ordercore.callJson(method, argsText)));
    if (viaJson) fail("callJson", viaJson);
    const op = byName.get(method);
    if (!op) {
      fail("typed", "no such operation");
      continue;
    }
    const names = op.args.map((a) => a.name);
    if (!numbersFitJs(argsText) || repeatsAKey(argsText) || Object.keys(vector.args).some((k) => !names.includes(k))) continue;
    typed++;
    let answer;
    try {
      answer = { ok: true, result: ordercore[op.camel_name](...names.map((n) => vector.args[n])) };
    } catch (e) {
      answer = { ok: false, error: errorJson(e) };
    }
    const viaTyped = difference(expected, JSON.parse(JSON.stringify(answer)));
    if (viaTyped) fail(op.camel_name, viaTyped);
  }
  for (const op of operations) if (typeof ordercore[op.camel_name] !== "function") failures.push(`${op.camel_name}: not exported`);
  return { ran: vectors.length, typed, failures };
}
