// Quotes the seed's order with typed records and BigDecimal, as an Android app would.
package dev.ordercore.example

import dev.ordercore.DeliveryAddress
import dev.ordercore.OrderCoreException
import dev.ordercore.OrderItem
import dev.ordercore.OrderRequest
import dev.ordercore.SellingType
import dev.ordercore.pricingRulesFromJson
import dev.ordercore.quote
import java.io.File
import java.math.BigDecimal

fun main() {
    val request = OrderRequest(
        merchantId = "1",
        items = listOf(
            OrderItem(productId = "5", quantity = 2u, unitPrice = BigDecimal("2.99"), sellingType = SellingType.UNIT),
            OrderItem(productId = "3", quantity = 1u, unitPrice = BigDecimal("35.88"), sellingType = SellingType.CARTON, unitsPerCarton = 12u),
        ),
        deliveryAddress = DeliveryAddress(street = "شارع التحرير", building = "123", city = "القاهرة", phone = "01234567890"),
        paymentMethod = "cash_on_delivery",
        offerCode = "SAVE10",
        useLoyaltyPoints = 50u,
    )
    val rules = pricingRulesFromJson(File("examples/data/seed_rules.json").readText())
    try {
        val q = quote(request, rules)
        println("total ${q.financial.totalAmount} ${q.financial.currency}, tax ${q.financial.tax}, points ${q.loyaltyPointsUsed}")
        check(q.financial.totalAmount == BigDecimal("54.81"))
    } catch (e: OrderCoreException.Invalid) {
        println("refused: ${e.field} ${e.code} ${e.reason}")
    }
}
