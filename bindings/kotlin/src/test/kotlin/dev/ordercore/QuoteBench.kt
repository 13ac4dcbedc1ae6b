// Benchmark: ordercore from the JVM (Kotlin bindings, uniffi over JNA) against the code a JVM
// developer writes by hand — a java.math.BigDecimal quote of the same carts under the same policy
// (bindings/python/bench/quote_bench.py, bindings/npm/bench/quote.mjs) — interleaved in rounds in
// one process after a JIT warm-up, with an agreement check (every figure both compute must be the
// same cent; exits 1 otherwise). Timed, in µs per quote (median of the rounds): the typed API
// `quote(request, rules)` on records built beforehand, `quoteJson` on JSON texts, JSON text in and
// out (the answer left unparsed) through uniffi's `callJson` and through the C ABI's `JsonCall.call`,
// and the hand-written BigDecimal quote; carts of 1, 10 and 100 lines, then the seed's order
// (examples/data/seed_*.json; goal ≤ 30 µs on the JVM).
// From the repository root, after scripts/test-all, with the library rebuilt with the C ABI (the
// test command's last build, for dart-bindgen, leaves target/release without it):
//   cargo build --release --features uniffi,capi
//   k=/root/.cache/ordercore-tools/npm/node_modules/kotlin-compiler
//   $k/bin/kotlinc -nowarn target/bindings/kotlin/dev/ordercore/ordercore.kt bindings/kotlin/src/main/kotlin/dev/ordercore/JsonCall.kt bindings/kotlin/src/test/kotlin/dev/ordercore/QuoteBench.kt -cp "/usr/share/java/jna.jar:$k/lib/kotlin-reflect.jar" -d /tmp/jvmbench/app.jar
//   java -cp "/tmp/jvmbench/app.jar:/usr/share/java/jna.jar:$k/lib/kotlin-stdlib.jar:$k/lib/kotlin-reflect.jar" -Djna.library.path=target/release dev.ordercore.QuoteBenchKt
package dev.ordercore

import java.io.File
import java.math.BigDecimal
import java.math.RoundingMode
import kotlin.system.exitProcess

// The policy of quote_bench.py's RULES: SAVE10 (10 %) and a 5 % category on the subtotal, 50 points
// at 0.05 (balance 200), 15.00 delivery, 14 % tax on goods and delivery, rounded once per order.
private const val BENCH_RULES_JSON = """{"currency":"EGP","offers":[{"code":"SAVE10","kind":"percentage","value":"10"}],""" +
    """"customer_category":{"name":"silver","discount_percentage":"5"},"loyalty":{"point_value":"0.05","points_balance":200},""" +
    """"delivery":{"fee":"15.00"},"tax":{"rate":"14","include_delivery":true,"rounding":"per_order"}}"""

/** One cart as the peer holds it (prices as exact strings, as in the JSON), and its JSON text. */
private class BenchCart(val lines: List<BenchLine>, val useLoyaltyPoints: Int, val json: String)
private class BenchLine(val quantity: Int, val unitPrice: String)

/** The figures both compute. */
private class BenchFigures(
    val subtotal: BigDecimal, val discount: BigDecimal, val categoryDiscount: BigDecimal, val loyaltyDiscount: BigDecimal,
    val deliveryFee: BigDecimal, val tax: BigDecimal, val totalAmount: BigDecimal,
)

private val benchHundred = BigDecimal(100)
private val benchFive = BigDecimal(5)
private val benchFourteen = BigDecimal(14)
private val benchPointValue = BigDecimal("0.05")
private val benchFee = BigDecimal("15.00")

/** The hand-written quote: hand_quote of quote_bench.py with BigDecimal, HALF_UP to cents, DOWN for
 *  loyalty. (divide(…, 2, HALF_UP) rounds once; Kotlin's `/` would round to the dividend's scale.) */
private fun benchHandQuote(cart: BenchCart): BenchFigures {
    var subtotal = BigDecimal.ZERO
    for (line in cart.lines) {
        subtotal = subtotal.add(BigDecimal(line.unitPrice).multiply(BigDecimal.valueOf(line.quantity.toLong())).setScale(2, RoundingMode.HALF_UP))
    }
    val discount = subtotal.multiply(BigDecimal.TEN).divide(benchHundred, 2, RoundingMode.HALF_UP)
    val category = subtotal.multiply(benchFive).divide(benchHundred, 2, RoundingMode.HALF_UP).min(subtotal.subtract(discount))
    val due = subtotal.subtract(discount).subtract(category)
    val points = minOf(cart.useLoyaltyPoints, 200, due.divide(benchPointValue, 0, RoundingMode.DOWN).toInt())
    val loyalty = BigDecimal.valueOf(points.toLong()).multiply(benchPointValue).setScale(2, RoundingMode.DOWN)
    val base = due.subtract(loyalty).add(benchFee)
    val tax = base.multiply(benchFourteen).divide(benchHundred, 2, RoundingMode.HALF_UP)
    return BenchFigures(subtotal, discount, category, loyalty, benchFee, tax, base.add(tax))
}

/** Deterministic carts: prices 0.50 to 200.00 (strings with 2 places), quantities 1 to 5. */
private fun benchCarts(lines: Int, count: Int, seed: Long): List<BenchCart> {
    val rng = java.util.Random(seed)
    return List(count) {
        val items = List(lines) { BenchLine(1 + rng.nextInt(5), BigDecimal.valueOf(50L + rng.nextInt(19951), 2).toPlainString()) }
        val json = items.withIndex().joinToString(",", """{"merchant_id":"1","items":[""", "],") { (i, l) ->
            """{"product_id":"p$i","quantity":${l.quantity},"unit_price":"${l.unitPrice}","selling_type":"unit"}"""
        } + """"delivery_address":{"street":"شارع التحرير","phone":"01234567890"},"payment_method":"cash_on_delivery",""" +
            """"offer_code":"SAVE10","use_loyalty_points":50}"""
        BenchCart(items, 50, json)
    }
}

/** Which figures of ordercore's answer differ from the peer's (compared as values: the same cent). */
private fun benchDisagreements(ours: Map<String, BigDecimal?>, hand: BenchFigures): List<String> = listOf(
    "subtotal" to hand.subtotal, "discount" to hand.discount, "category_discount" to hand.categoryDiscount,
    "loyalty_discount" to hand.loyaltyDiscount, "delivery_fee" to hand.deliveryFee, "tax" to hand.tax,
    "total_amount" to hand.totalAmount,
).filter { (name, value) -> ours[name]?.compareTo(value) != 0 }.map { (name, value) -> "$name ${ours[name]} ≠ $value" }

private fun benchFigures(f: Financial): Map<String, BigDecimal?> = mapOf(
    "subtotal" to f.subtotal, "discount" to f.discount, "category_discount" to f.categoryDiscount,
    "loyalty_discount" to f.loyaltyDiscount, "delivery_fee" to f.deliveryFee, "tax" to f.tax, "total_amount" to f.totalAmount,
)

/** The figures of callJson's answer, read off its "financial" object (decimals cross as strings). */
private fun benchFigures(answer: String): Map<String, BigDecimal?> {
    val financial = Regex(""""financial":\{([^}]*)}""").find(answer)?.groupValues?.get(1) ?: return emptyMap()
    return Regex(""""(\w+)":"(-?[0-9.]+)"""").findAll(financial).associate { it.groupValues[1] to BigDecimal(it.groupValues[2]) }
}

/** A timed path: runs over its inputs `reps` times and returns something the JIT cannot drop. */
private class BenchPath(val name: String, val calls: Int, val run: () -> Int)

private var benchSink = 0

/** Microseconds per call of each path, the median of interleaved rounds. */
private fun benchRace(paths: List<BenchPath>, rounds: Int): List<Double> {
    val times = List(paths.size) { DoubleArray(rounds) }
    for (r in 0 until rounds) {
        for ((i, path) in paths.withIndex()) {
            val start = System.nanoTime()
            benchSink = benchSink xor path.run()
            times[i][r] = (System.nanoTime() - start) / 1000.0 / path.calls
        }
    }
    return times.map { it.sorted()[rounds / 2] }
}

/** Checks and races one batch of carts; returns how many carts disagree and ordercore's µs per path. */
private fun benchBatch(label: String, batch: List<BenchCart>, rulesJson: String, reps: Int): Pair<Int, List<Double>> {
    val rules = pricingRulesFromJson(rulesJson)
    var disagreements = 0
    for (cart in batch) {
        val hand = benchHandQuote(cart)
        val args = """{"request":${cart.json},"rules":$rulesJson}"""
        val problems = benchDisagreements(benchFigures(quote(orderRequestFromJson(cart.json), rules).financial), hand).map { "quote: $it" } +
            benchDisagreements(benchFigures(quoteJson(cart.json, rulesJson).financial), hand).map { "quoteJson: $it" } +
            benchDisagreements(benchFigures(callJson("quote", args)), hand).map { "callJson: $it" } +
            benchDisagreements(benchFigures(JsonCall.call("quote", args)), hand).map { "JsonCall: $it" }
        if (problems.isNotEmpty()) {
            disagreements++
            if (disagreements <= 3) System.err.println("$label: ${cart.json}: ${problems.joinToString("; ")}")
        }
    }
    val typed = batch.map { orderRequestFromJson(it.json) } // read once, outside the timing
    val texts = batch.map { it.json }
    val args = batch.map { """{"request":${it.json},"rules":$rulesJson}""" }
    val calls = batch.size * reps
    val paths = listOf(
        BenchPath("typed records (quote)", calls) {
            var s = 0; repeat(reps) { for (r in typed) s = s xor quote(r, rules).financial.totalAmount.hashCode() }; s
        },
        BenchPath("JSON texts (quoteJson)", calls) {
            var s = 0; repeat(reps) { for (t in texts) s = s xor quoteJson(t, rulesJson).financial.totalAmount.hashCode() }; s
        },
        BenchPath("JSON text both ways (callJson)", calls) {
            var s = 0; repeat(reps) { for (a in args) s = s xor callJson("quote", a).length }; s
        },
        BenchPath("JSON text both ways through the C ABI (JsonCall.call)", calls) {
            var s = 0; repeat(reps) { for (a in args) s = s xor JsonCall.call("quote", a).length }; s
        },
        BenchPath("hand-written BigDecimal", calls) {
            var s = 0; repeat(reps) { for (c in batch) s = s xor benchHandQuote(c).totalAmount.hashCode() }; s
        },
    )
    // JIT warm-up: at least 3 rounds and 1.5 s.
    val warmStart = System.nanoTime()
    var warmRounds = 0
    while (warmRounds < 3 || System.nanoTime() - warmStart < 1_500_000_000L) { benchRace(paths, 1); warmRounds++ }
    val rounds = 11
    val result = benchRace(paths, rounds)
    val hand = result.last()
    for (i in 0 until paths.size - 1) {
        println("jvm $label: ordercore ${paths[i].name} %.2f µs, hand-written BigDecimal %.2f µs: ordercore %.3g× as fast (%d carts × %d, median of %d interleaved rounds)"
            .format(result[i], hand, hand / result[i], batch.size, reps, rounds))
    }
    return disagreements to result.dropLast(1)
}

fun main() {
    if (!JsonCall.isDirect) {
        System.err.println("the library in jna.library.path has no C ABI: build it with --features uniffi,capi")
        exitProcess(1)
    }
    var disagreements = 0
    for (lines in listOf(1, 10, 100)) {
        val batch = benchCarts(lines, if (lines == 100) 50 else 300, 17L + lines)
        disagreements += benchBatch(if (lines == 1) "1 line" else "$lines lines", batch, BENCH_RULES_JSON, if (lines == 100) 2 else 4).first
    }
    // The seed's order (its own rules file states the same policy), through every path.
    val seedJson = File("examples/data/seed_request.json").readText()
    val seedCart = BenchCart(listOf(BenchLine(2, "2.99"), BenchLine(1, "35.88")), 50, seedJson)
    val (seedDisagreements, seed) = benchBatch("seed order", List(200) { seedCart }, File("examples/data/seed_rules.json").readText(), 10)
    disagreements += seedDisagreements
    println("jvm seed order, fastest path: typed %.2f µs, JSON %.2f µs (goal ≤ 30 µs: %s)"
        .format(seed[0], seed.drop(1).min(), if (seed.min() <= 30.0) "met" else "not met"))
    println(if (disagreements == 0) "every figure agrees to the cent" else "$disagreements carts disagree")
    if (disagreements != 0) exitProcess(1)
}
