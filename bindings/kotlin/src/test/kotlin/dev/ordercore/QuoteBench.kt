// Benchmark: one quote of the seed's order from the JVM through the Kotlin bindings (JNA). Run from
// the repository root: java -cp <app.jar:jna.jar:kotlin-stdlib.jar> -Djna.library.path=target/release dev.ordercore.QuoteBenchKt
package dev.ordercore

import java.io.File

fun main() {
    val request = orderRequestFromJson(File("examples/data/seed_request.json").readText())
    val rules = pricingRulesFromJson(File("examples/data/seed_rules.json").readText())
    repeat(20_000) { quote(request, rules) } // warm up the JIT
    val rounds = (1..5).map {
        val n = 20_000
        val t = System.nanoTime()
        repeat(n) { quote(request, rules) }
        (System.nanoTime() - t) / n / 1000.0
    }.sorted()
    println("jvm: quote of the seed order from typed records %.2f µs (median of 5 rounds of 20000)".format(rounds[2]))
}
