// The OT Platform flow of the seed from Kotlin (run from the repository root): add an order,
// reserve its payment (depositing the shortfall), export it, synchronise, find a line by its
// waybill. The answers are the fixtures a host would receive from the platform.
package dev.ordercore.example

import dev.ordercore.AddOrderSettings
import dev.ordercore.OrderLineSearchParameters
import dev.ordercore.OtAnswer
import dev.ordercore.OtCall
import dev.ordercore.OtClient
import dev.ordercore.OtMethod
import dev.ordercore.OtSessions
import dev.ordercore.ProviderParameters
import dev.ordercore.SalesPaymentInfo
import dev.ordercore.orderRequestFromJson
import dev.ordercore.otAnswer
import dev.ordercore.otLinesByWaybill
import dev.ordercore.otOrderAddData
import dev.ordercore.otPaymentPlan
import dev.ordercore.otProviderOrders
import dev.ordercore.otRequest
import dev.ordercore.pricingRulesFromJson
import dev.ordercore.quote
import java.io.File
import java.math.BigDecimal

fun platform(method: OtMethod, fixture: String): OtAnswer = otAnswer(method, File("tests/fixtures/otapi/$fixture").readText())

fun main() {
    val client = OtClient(
        instanceKey = "demo-instance-key",
        language = "en",
        sessions = OtSessions(operator = "op-session-1", customer = "cust-session-7", provider = "taobao-session-1"),
    )
    fun send(call: OtCall): String = otRequest(call, client).encoded // what the host POSTs

    // 1. Add the order: the AddOrder document from an ordercore order and its quote.
    val seed = orderRequestFromJson(File("examples/data/seed_request.json").readText())
    val request = seed.copy(items = listOf(seed.items[0], seed.items[1].copy(unitsPerCarton = 12u)))
    val q = quote(request, pricingRulesFromJson(File("examples/data/seed_rules.json").readText()))
    send(OtCall(method = OtMethod.ADD_ORDER, addData = otOrderAddData(request, q, AddOrderSettings(deliveryModeId = "DM-1", userProfileId = "123"))))
    val orderId = platform(OtMethod.ADD_ORDER, "add_order.xml").order?.id ?: ""

    // 2. Pay it from the customer's account, depositing the shortfall first.
    val plan = otPaymentPlan(platform(OtMethod.GET_SALES_PAYMENT_INFO, "payment_info.xml").payment ?: SalesPaymentInfo())
    if (plan.deposit > BigDecimal.ZERO) {
        println("deposit " + send(OtCall(method = OtMethod.POST_TRANSACTION, customerId = plan.customerId, amount = plan.deposit, isDebit = true)))
    }
    println("reserve " + send(OtCall(method = OtMethod.SALES_PAYMENT_RESERVE, salesId = orderId, amount = plan.due)))

    // 3. Export it to the provider (every line), then synchronise.
    send(OtCall(method = OtMethod.RUN_ORDER_EXPORTING_TO_PROVIDER, providerType = "Taobao", providerParameters = ProviderParameters(orderId = orderId)))
    println("export activity " + platform(OtMethod.RUN_ORDER_EXPORTING_TO_PROVIDER, "export_activity.xml").activity?.id)
    send(OtCall(method = OtMethod.RUN_ORDERS_SYNCHRONIZING_WITH_PROVIDER, providerType = "Taobao"))

    // 4. A parcel arrives: its lines by the scanned waybill, and the order's lines by provider order.
    val scanned = "YT1234567890\n"
    send(OtCall(method = OtMethod.SEARCH_ORDER_LINES, lineSearch = OrderLineSearchParameters(waybills = listOf(scanned.trim())), frameSize = 50u))
    val found = platform(OtMethod.SEARCH_ORDER_LINES, "order_lines_by_waybill.xml").lines?.lines.orEmpty()
    val lines = platform(OtMethod.GET_SALES_ORDER_DETAILS_FOR_OPERATOR, "order_details.xml").orderDetails?.lines.orEmpty()
    for (order in otProviderOrders(lines).orders) println("${order.providerOrderId} ${order.waybills} ${order.lines.size}")
    check(found.size == 2 && otLinesByWaybill(lines, scanned).size == 2)
}
