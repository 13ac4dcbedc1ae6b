// The seed's customer order through its workflow from Kotlin, as an Android app would: placed,
// confirmed, cancelled by its customer with the effects to carry out, and the 422 a shipped
// order answers to a cancel.
package dev.ordercore.example

import dev.ordercore.Actor
import dev.ordercore.BuiltinWorkflow
import dev.ordercore.Locale
import dev.ordercore.Order
import dev.ordercore.OrderCoreException
import dev.ordercore.RefundMethod
import dev.ordercore.TransitionContext
import dev.ordercore.placeOrder
import dev.ordercore.quoteJson
import dev.ordercore.transitionOrder
import dev.ordercore.workflow
import java.io.File
import java.math.BigDecimal
import java.time.Instant

fun main() {
    val customerOrder = workflow(BuiltinWorkflow.CUSTOMER_ORDER)
    val quote = quoteJson(File("examples/data/seed_request.json").readText(), File("examples/data/seed_rules.json").readText())
    fun context(actor: Actor, now: String) = TransitionContext(
        now = Instant.parse(now), actor = actor, refundMethod = RefundMethod.LOYALTY_POINTS, locale = Locale.AR,
    )
    val order = Order(
        id = "15", orderNumber = "ORD-2025-001", status = customerOrder.initial,
        createdAt = Instant.parse("2025-01-21T17:45:00Z"), paid = true, quote = quote,
    )
    val placed = placeOrder(customerOrder, order, context(Actor.CUSTOMER, "2025-01-21T17:45:00Z"))
    val confirmed = transitionOrder(customerOrder, placed.order, "confirmed", context(Actor.ADMIN, "2025-01-21T18:00:00Z"))
    val cancelled = transitionOrder(customerOrder, confirmed.order, "cancelled", context(Actor.CUSTOMER, "2025-01-21T18:05:00Z"))
    println("${cancelled.from} → ${cancelled.order.status} ${cancelled.effects.kinds}")
    cancelled.effects.restoreStock?.forEach { println("  restock ${it.quantity} × ${it.productId}") }
    val refund = checkNotNull(cancelled.effects.refund)
    println("  refund ${refund.refund.amount} ${refund.refund.currency} as ${refund.method}")
    cancelled.effects.notifications.forEach { println("  tell ${it.audience}: ${it.text}") }
    check(refund.refund.amount == BigDecimal("54.81"))

    try {
        transitionOrder(customerOrder, confirmed.order.copy(status = "shipped"), "cancelled", context(Actor.CUSTOMER, "2025-01-21T19:45:00Z"))
        error("a shipped order was cancelled")
    } catch (refused: OrderCoreException.Invalid) {
        val problem = refused.problems.first()
        println("422 ${refused.code} ${problem.currentStatus} ${problem.allowedActions}")
        check(problem.allowedActions == listOf("track", "reorder"))
    }
}
