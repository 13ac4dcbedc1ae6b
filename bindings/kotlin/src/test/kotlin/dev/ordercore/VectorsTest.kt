// The Kotlin bindings on the JVM (JNA): every vector in tests/vectors/quote, the typed API, and
// errors as OrderCoreException. A plain main: it prints "N passed, M failed" and exits non-zero on failure.
package dev.ordercore

import java.io.File
import java.math.BigDecimal

/** A small JSON reader for the test data: objects, lists, strings, numbers (Long or BigDecimal), booleans, null. */
class Json(private val text: String) {
    private var at = 0

    fun read(): Any? {
        val v = value()
        space()
        check(at == text.length) { "trailing text at $at" }
        return v
    }

    private fun space() {
        while (at < text.length && text[at].isWhitespace()) at++
    }

    private fun next(): Char {
        space()
        return text[at++]
    }

    private fun value(): Any? {
        space()
        return when (text[at]) {
            '{' -> obj()
            '[' -> list()
            '"' -> string()
            't' -> { at += 4; true }
            'f' -> { at += 5; false }
            'n' -> { at += 4; null }
            else -> number()
        }
    }

    private fun obj(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        at++
        space()
        if (text[at] == '}') { at++; return m }
        do {
            space()
            val key = string()
            check(next() == ':')
            m[key] = value()
        } while (next() == ',')
        return m
    }

    private fun list(): List<Any?> {
        val l = ArrayList<Any?>()
        at++
        space()
        if (text[at] == ']') { at++; return l }
        do l.add(value()) while (next() == ',')
        return l
    }

    private fun number(): Any {
        val start = at
        while (at < text.length && (text[at] in "+-.eE" || text[at].isDigit())) at++
        val n = text.substring(start, at)
        return if (n.any { it in ".eE" }) BigDecimal(n) else n.toLong()
    }

    private fun string(): String {
        val b = StringBuilder()
        at++
        while (text[at] != '"') {
            if (text[at] == '\\') {
                at++
                when (val e = text[at]) {
                    'n' -> b.append('\n')
                    't' -> b.append('\t')
                    'r' -> b.append('\r')
                    'b' -> b.append('\b')
                    'f' -> b.append('\u000c')
                    'u' -> { b.append(text.substring(at + 1, at + 5).toInt(16).toChar()); at += 4 }
                    else -> b.append(e)
                }
            } else {
                b.append(text[at])
            }
            at++
        }
        at++
        return b.toString()
    }

    companion object {
        fun write(v: Any?): String = when (v) {
            null -> "null"
            is String -> "\"" + v.flatMap { c -> when { c == '"' -> listOf('\\', '"'); c == '\\' -> listOf('\\', '\\')
                c < ' ' -> "\\u%04x".format(c.code).toList(); else -> listOf(c) } }.joinToString("") + "\""
            is Map<*, *> -> v.entries.joinToString(",", "{", "}") { write(it.key) + ":" + write(it.value) }
            is List<*> -> v.joinToString(",", "[", "]") { write(it) }
            is BigDecimal -> v.toPlainString()
            else -> v.toString()
        }
    }
}

/** A record as the JSON the vectors describe: snake_case keys, decimals as strings, enums as tags. */
fun plain(v: Any?): Any? = when (v) {
    null, is String, is Boolean -> v
    is BigDecimal -> v.toPlainString()
    is Int -> v.toLong()
    is Long -> v
    is UInt -> v.toLong()
    is ULong -> v.toLong()
    is Enum<*> -> v.name.lowercase()
    is List<*> -> v.map { plain(it) }
    else -> v.javaClass.declaredFields.filter { !java.lang.reflect.Modifier.isStatic(it.modifiers) }.associate { f ->
        f.isAccessible = true
        f.name.replace(Regex("([A-Z])")) { "_" + it.value.lowercase() } to plain(f.get(v))
    }
}

/** The first difference between `expected` and `actual`, or null. */
fun mismatch(expected: Any?, actual: Any?, path: String): String? = when {
    expected is Map<*, *> && actual is Map<*, *> -> expected.entries.firstNotNullOfOrNull { (k, e) ->
        if (!actual.containsKey(k)) (if (e == null) null else "$path.$k: missing") else mismatch(e, actual[k], "$path.$k") }
    expected is List<*> && actual is List<*> && expected.size == actual.size ->
        expected.indices.firstNotNullOfOrNull { mismatch(expected[it], actual[it], "$path[$it]") }
    expected == actual -> null
    else -> "$path: expected ${Json.write(expected)}, got ${Json.write(actual)}"
}

fun problems(e: OrderCoreException.Invalid): List<Map<String, String>> =
    e.problems.map { mapOf("field" to it.field, "code" to it.code.name.lowercase()) }

fun dec(v: Any?): BigDecimal = BigDecimal(v.toString())

@Suppress("UNCHECKED_CAST")
fun runVector(case: Map<String, Any?>): String? {
    val request = case["request"].let { if (it is String) it else Json.write(it) }
    val q = try { quoteJson(request, Json.write(case["rules"])) } catch (e: OrderCoreException.Invalid) {
        return if (case.containsKey("error")) mismatch(case["error"], problems(e), "error") else "unexpected error: ${e.message}"
    }
    if (case.containsKey("error")) return "expected an error, got a quote"
    mismatch(case["expected"], plain(q), "quote")?.let { return it }
    for ((i, r) in ((case["refunds"] ?: emptyList<Any?>()) as List<Map<String, Any?>>).withIndex()) {
        val req = r["request"] as Map<String, Any?>
        val lines = (req["lines"] as List<Map<String, Any?>>).map {
            RefundLine((it["line"] as Long).toUInt(), (it["quantity"] as Long).toUInt(), ((it["already_refunded"] ?: 0L) as Long).toUInt()) }
        val found = try {
            val got = plain(refund(q, RefundRequest(lines, (req["include_delivery"] ?: false) as Boolean)))
            if (r.containsKey("error")) "refunds[$i]: expected an error" else mismatch(r["expected"], got, "refunds[$i]")
        } catch (e: OrderCoreException.Invalid) {
            if (r.containsKey("error")) mismatch(r["error"], problems(e), "refunds[$i]") else "refunds[$i]: ${e.message}"
        }
        found?.let { return it }
    }
    case["points_earned"]?.let { expected ->
        val p = (case["rules"] as Map<String, Any?>)["loyalty"] as Map<String, Any?>
        val program = LoyaltyProgram(dec(p["point_value"]), (p["points_balance"] as Long).toULong(), dec(p["max_redeem_percentage"] ?: 100),
            (p["as_payment"] ?: false) as Boolean, dec(p["earn_rate"] ?: 0), EarnBase.valueOf(((p["earn_on"] ?: "total_amount") as String).uppercase()))
        val earned = pointsEarned(q, program).toLong()
        if (earned != expected) return "points_earned: expected $expected, got $earned"
    }
    return null
}

fun main(args: Array<String>) {
    val root = File(args.getOrElse(0) { "." })
    var passed = 0
    val failed = mutableListOf<String>()
    fun check(name: String, body: () -> String?) {
        val failure = try { body() } catch (e: Throwable) { "threw $e" }
        if (failure == null) passed++ else failed += "$name: $failure"
    }
    val files = File(root, "tests/vectors/quote").listFiles { f -> f.name.endsWith(".json") }!!.sortedBy { it.name }
    @Suppress("UNCHECKED_CAST")
    for (file in files) check(file.name) { runVector(Json(file.readText()).read() as Map<String, Any?>) }
    println("Kotlin (uniffi, JVM): ${files.size} vectors")

    check("typed records quote like JSON") {
        val request = orderRequestFromJson(File(root, "examples/data/seed_request.json").readText())
        val rules = pricingRulesFromJson(File(root, "examples/data/seed_rules.json").readText())
        val q = quote(request, rules)
        when {
            q.financial.totalAmount != BigDecimal("54.81") -> "total ${q.financial.totalAmount}"
            q.financial.deliveryFee.toPlainString() != "15.00" -> "delivery ${q.financial.deliveryFee}"
            request.items[1].sellingType != SellingType.CARTON -> "selling type"
            else -> null
        }
    }
    check("errors are OrderCoreException with code, field and problems") {
        try { quoteJson("""{"items": []}""", """{"currency": "EGP"}"""); "no exception" } catch (e: OrderCoreException.Invalid) {
            if (e.code == Code.REQUIRED && e.field == "merchant_id" && e.reason == "is required" && e.problems.size == 5) null else e.message }
    }
    check("a value that cannot be lifted throws, never crashes") {
        try { allocate(BigDecimal.ONE, listOf(BigDecimal.ONE), "XYZ"); "no exception" } catch (e: OrderCoreException.Invalid) {
            if (e.code == Code.UNKNOWN_CURRENCY) null else e.message }
    }
    check("allocate, texts, version") {
        val parts = allocate(BigDecimal("10.00"), List(3) { BigDecimal.ONE }, "USD").map { it.toPlainString() }
        when {
            parts != listOf("3.34", "3.33", "3.33") -> "$parts"
            problemMessage(Code.REQUIRED, null, Locale.AR) != "هذا الحقل مطلوب" -> "arabic"
            rejectReasonText(RejectReason.EXPIRED, Locale.EN) != "This code has expired" -> "reason"
            version().isEmpty() -> "version"
            else -> null
        }
    }
    failed.forEach { System.err.println("FAILED $it") }
    println("${passed} passed, ${failed.size} failed")
    if (failed.isNotEmpty()) kotlin.system.exitProcess(1)
}
