// The Kotlin bindings on the JVM (JNA): every vector in tests/vectors/<method>/ through the JSON
// entry `callJson` and, where the arguments can be typed values, through the typed function found
// by reflection; then the typed API as an app uses it. A plain main: it prints "N passed, M failed"
// and exits non-zero on a failure.
package dev.ordercore

import java.io.File
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDateTime
import java.time.format.DateTimeFormatter
import kotlin.reflect.KClass
import kotlin.reflect.KFunction
import kotlin.reflect.KType
import kotlin.reflect.full.memberProperties
import kotlin.reflect.full.primaryConstructor
import kotlin.reflect.jvm.kotlinFunction

/** A JSON number, kept as written. */
data class Num(val text: String)

/** A small JSON reader for the vectors: objects (in order), lists, strings, numbers as written, booleans, null. */
class Json(private val text: String) {
    private var at = 0

    /** Whether an object read so far had a key twice (no parsed map can hold it). */
    var repeatedKey = false
        private set

    fun read(): Any? = value().also { space(); check(at == text.length) { "trailing text at $at" } }

    /** The raw text of the value of `key` in the top-level object, as written. */
    fun member(key: String): String {
        space(); check(text[at++] == '{')
        while (true) {
            space()
            val name = string()
            space(); check(text[at++] == ':'); space()
            val start = at
            value()
            if (name == key) return text.substring(start, at)
            space(); check(text[at++] == ',')
        }
    }

    private fun space() { while (at < text.length && text[at].isWhitespace()) at++ }

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
        at++; space()
        if (text[at] == '}') { at++; return m }
        while (true) {
            space(); val key = string(); space(); check(text[at++] == ':')
            if (m.containsKey(key)) repeatedKey = true
            m[key] = value(); space()
            if (text[at++] == '}') return m
        }
    }

    private fun list(): List<Any?> {
        val l = ArrayList<Any?>()
        at++; space()
        if (text[at] == ']') { at++; return l }
        while (true) {
            l.add(value()); space()
            if (text[at++] == ']') return l
        }
    }

    private fun number(): Num {
        val start = at
        while (at < text.length && (text[at] in "+-.eE" || text[at].isDigit())) at++
        return Num(text.substring(start, at))
    }

    private fun string(): String {
        val b = StringBuilder()
        at++
        while (text[at] != '"') {
            if (text[at] == '\\') {
                at++
                when (val e = text[at]) {
                    'n' -> b.append('\n'); 't' -> b.append('\t'); 'r' -> b.append('\r')
                    'b' -> b.append('\b'); 'f' -> b.append('\u000c')
                    'u' -> { b.append(text.substring(at + 1, at + 5).toInt(16).toChar()); at += 4 }
                    else -> b.append(e)
                }
            } else b.append(text[at])
            at++
        }
        at++
        return b.toString()
    }

    companion object {
        /** Canonical JSON: sorted keys, no whitespace, numbers as written. */
        fun canonical(v: Any?): String = when (v) {
            null -> "null"
            is String -> quote(v)
            is Num -> v.text
            is Map<*, *> -> v.entries.sortedBy { it.key as String }.joinToString(",", "{", "}") { quote(it.key as String) + ":" + canonical(it.value) }
            is List<*> -> v.joinToString(",", "[", "]") { canonical(it) }
            else -> v.toString()
        }

        private fun quote(s: String) = "\"" + s.flatMap { c -> when {
            c == '"' -> listOf('\\', '"'); c == '\\' -> listOf('\\', '\\')
            c < ' ' -> "\\u%04x".format(c.code).toList(); else -> listOf(c) } }.joinToString("") + "\""
    }
}

/** The first difference between two JSON values (object keys must match exactly), or null. */
fun difference(expected: Any?, actual: Any?, path: String = "$"): String? = when {
    expected is Map<*, *> && actual is Map<*, *> -> (expected.keys + actual.keys).map { it as String }.sorted().firstNotNullOfOrNull { k ->
        when {
            !actual.containsKey(k) -> "$path.$k: missing"
            !expected.containsKey(k) -> "$path.$k: not expected, got ${Json.canonical(actual[k])}"
            else -> difference(expected[k], actual[k], "$path.$k")
        }
    }
    expected is List<*> && actual is List<*> && expected.size == actual.size ->
        expected.indices.firstNotNullOfOrNull { difference(expected[it], actual[it], "$path[$it]") }
    Json.canonical(expected) == Json.canonical(actual) -> null
    else -> "$path: expected ${Json.canonical(expected)}, got ${Json.canonical(actual)}"
}

/** A JSON value that no typed value represents. */
class NotTyped(why: String) : Exception(why)

fun snake(camel: String) = camel.replace(Regex("([A-Z])")) { "_" + it.value.lowercase() }.trimStart('_')
fun camel(snake: String) = snake.split('_').mapIndexed { i, w -> if (i == 0) w else w.replaceFirstChar { it.uppercase() } }.joinToString("")

/** The library's functions, by their Kotlin name. */
val functions: Map<String, KFunction<*>> = Class.forName("dev.ordercore.OrdercoreKt").declaredMethods
    .mapNotNull { it.kotlinFunction }.associateBy { it.name }

/** A typed value as the JSON Rust gives for it: decimals as text, enums as tags, dates as ISO 8601, records without their empty optional fields. */
fun plain(v: Any?): Any? = when (v) {
    null, is String, is Boolean -> v
    is BigDecimal -> v.toPlainString()
    is Instant -> v.toString()
    is LocalDateTime -> v.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
    is UInt -> Num(v.toString())
    is ULong -> Num(v.toString())
    is Number -> Num(v.toString())
    is Enum<*> -> v.name.lowercase()
    is List<*> -> v.map { plain(it) }
    is Map<*, *> -> v.entries.associate { it.key as String to plain(it.value) }
    else -> {
        val properties = v::class.memberProperties.associateBy { it.name }
        v::class.primaryConstructor!!.parameters.mapNotNull { p ->
            val value = properties.getValue(p.name!!).getter.call(v)
            if (value == null) null else snake(p.name!!) to plain(value)
        }.toMap()
    }
}

/** `make(text)`, if it writes back as the JSON `value` was written. */
fun <T> exact(value: Any?, make: (String) -> T): T {
    val text = when (value) { is String -> value; is Num -> value.text; else -> throw NotTyped("$value") }
    val made = try { make(text) } catch (e: Exception) { throw NotTyped(text) }
    if (plain(made).let { if (it is Num) it.text else it } != text) throw NotTyped(text)
    return made
}

/** The JSON `value` as the typed value `type` names, built as an app would. */
fun typed(value: Any?, type: KType): Any? {
    if (value == null) return if (type.isMarkedNullable) null else throw NotTyped("missing")
    val cls = type.classifier as KClass<*>
    val args = type.arguments.map { it.type!! }
    return when {
        cls == String::class -> value as? String ?: throw NotTyped("$value")
        cls == Boolean::class -> value as? Boolean ?: throw NotTyped("$value")
        cls == UInt::class -> ((value as? Num)?.text?.toUIntOrNull() ?: throw NotTyped("$value"))
        cls == ULong::class -> ((value as? Num)?.text?.toULongOrNull() ?: throw NotTyped("$value"))
        cls == BigDecimal::class -> exact(value) { BigDecimal(it) }
        cls == Instant::class -> exact(value) { Instant.parse(it) }
        cls == LocalDateTime::class -> exact(value) { LocalDateTime.parse(it) }
        cls == List::class -> (value as? List<*> ?: throw NotTyped("$value")).map { typed(it, args[0]) }
        cls == Map::class -> (value as? Map<*, *> ?: throw NotTyped("$value")).entries.associate { it.key to typed(it.value, args[1]) }
        cls.java.isEnum -> cls.java.enumConstants.map { it as Enum<*> }.firstOrNull { it.name.lowercase() == value } ?: throw NotTyped("$value")
        else -> record(value as? Map<*, *> ?: throw NotTyped("$value"), cls)
    }
}

/** A record from a JSON object: field by field, or, where a field is left to its default, through the library's `<record>FromJson`. */
fun record(value: Map<*, *>, cls: KClass<*>): Any = try {
    val constructor = cls.primaryConstructor!!
    val params = constructor.parameters.associateBy { snake(it.name!!) }
    val unknown = value.keys - params.keys
    if (unknown.isNotEmpty()) throw NotTyped("unknown fields $unknown")
    val given = params.filter { (name, p) -> value.containsKey(name) || !p.isOptional }
        .map { (name, p) -> p to typed(value[name], p.type) }.toMap()
    constructor.callBy(given)!!
} catch (e: NotTyped) {
    val reader = functions[camel(snake(cls.simpleName!!)) + "FromJson"] ?: throw e
    try { reader.call(Json.canonical(value))!! } catch (e: java.lang.reflect.InvocationTargetException) { throw NotTyped("${e.cause}") }
}

fun errorJson(e: OrderCoreException): Map<String, Any?> = when (e) {
    is OrderCoreException.Invalid -> mapOf("code" to plain(e.code), "field" to e.field, "message" to e.reason, "problems" to plain(e.problems))
    is OrderCoreException.Internal -> mapOf("code" to plain(e.code), "field" to e.field, "message" to e.reason, "problems" to plain(e.problems))
}

/**
 * A value the core refused while lifting it: uniffi does not say where it was, so the error names
 * no field; it must be the vector's single problem in all else.
 */
@Suppress("UNCHECKED_CAST")
fun lifted(expected: Map<String, Any?>, answer: Map<String, Any?>): Map<String, Any?> {
    val want = expected["error"] as? Map<String, Any?> ?: return answer
    val got = answer["error"] as? Map<String, Any?> ?: return answer
    val problems = got["problems"] as List<Map<String, Any?>>
    if ((want["problems"] as List<*>).size != 1 || problems.size != 1 || got["field"] != "" || problems[0]["field"] != "") return answer
    val field = want["field"]
    return mapOf("ok" to false, "error" to got + ("field" to field) + ("problems" to listOf(problems[0] + ("field" to field))))
}

/** The envelope of the typed call, or null when the arguments cannot be typed values. */
fun callTyped(method: String, args: Map<String, Any?>): Map<String, Any?>? {
    val function = functions.getValue(camel(method))
    val values = try {
        val unknown = args.keys - function.parameters.map { it.name }.toSet()
        if (unknown.isNotEmpty()) throw NotTyped("unknown arguments $unknown")
        function.parameters.map { typed(args[it.name], it.type) }
    } catch (e: NotTyped) { return null }
    return try {
        mapOf("ok" to true, "result" to plain(function.call(*values.toTypedArray())))
    } catch (e: java.lang.reflect.InvocationTargetException) {
        val cause = e.cause as? OrderCoreException ?: throw e
        mapOf("ok" to false, "error" to errorJson(cause))
    }
}

fun main(args: Array<String>) {
    val root = File(args.getOrElse(0) { "." })
    var passed = 0
    val failed = mutableListOf<String>()
    fun check(name: String, body: () -> String?) {
        val failure = try { body() } catch (e: Throwable) { "threw $e" }
        if (failure == null) passed++ else failed += "$name: $failure"
    }

    val files = File(root, "tests/vectors").listFiles()!!.filter { it.isDirectory }
        .flatMap { dir -> dir.listFiles { f -> f.name.endsWith(".json") }!!.toList() }.sortedBy { it.path }
    var typedCount = 0
    for (file in files) {
        val method = file.parentFile.name
        check("$method/${file.name}") {
            val text = file.readText()
            @Suppress("UNCHECKED_CAST") val case = Json(text).read() as Map<String, Any?>
            val expected = if (case.containsKey("error")) mapOf("ok" to false, "error" to case["error"]) else mapOf("ok" to true, "result" to case["result"])
            val args = Json(text).member("args")
            difference(expected, Json(callJson(method, args)).read())?.let { return@check "callJson: $it" }
            difference(expected, Json(JsonCall.call(method, args)).read())?.let { return@check "JsonCall: $it" }
            if (Json(args).apply { read() }.repeatedKey) return@check null
            @Suppress("UNCHECKED_CAST") val answer = callTyped(method, case["args"] as Map<String, Any?>) ?: return@check null
            typedCount++
            difference(expected, lifted(expected, answer))?.let { "typed: $it" }
        }
    }
    val operations = (Json(File(root, "bindings/operations.json").readText()).read() as List<*>).map { (it as Map<*, *>)["camel_name"] as String }
    check("every operation is a typed function") { (operations - functions.keys).takeIf { it.isNotEmpty() }?.let { "missing $it" } }
    check("most vectors also run typed") { if (typedCount * 2 > files.size) null else "only $typedCount typed" }
    println("Kotlin (uniffi, JVM): ${files.size} vectors through callJson and JsonCall, $typedCount of them through the typed API")
    check("JsonCall goes straight to the C ABI") { if (JsonCall.isDirect) null else "the library has no C ABI: build it with --features uniffi,capi" }
    check("a text a C string cannot carry goes through callJson") {
        val args = "{\"request\": \"\u0000\"}"
        if (JsonCall.call("quote", args) == callJson("quote", args)) null else JsonCall.call("quote", args)
    }

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
    check("records take their defaults") {
        val r = RefundRequest(lines = listOf(RefundLine(line = 0u, quantity = 1u)))
        if (r.includeDelivery || r.lines[0].alreadyRefunded != 0u) "defaults" else null
    }
    check("a value that cannot be lifted throws, never crashes") {
        try { allocate(BigDecimal.ONE, listOf(BigDecimal.ONE), "XYZ"); "no exception" } catch (e: OrderCoreException.Invalid) {
            if (e.code == Code.UNKNOWN_CURRENCY) null else e.message }
    }
    check("the JSON entry never throws") {
        if ((Json(callJson("price", "{")).read() as Map<*, *>)["ok"] == false) null else "ok"
    }
    failed.forEach { System.err.println("FAILED $it") }
    println("$passed passed, ${failed.size} failed")
    if (failed.isNotEmpty()) kotlin.system.exitProcess(1)
}
