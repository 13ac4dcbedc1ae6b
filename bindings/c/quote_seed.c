/* Quotes the seed's order through the C ABI: what a Dart, PHP or Go host does. */
#include <stdio.h>
#include <string.h>

#include "ordercore.h"

int main(void) {
    const char *request =
        "{\"request\": {\"merchant_id\": \"1\", \"payment_method\": \"cash_on_delivery\", \"offer_code\": \"SAVE10\","
        " \"use_loyalty_points\": 50,"
        " \"items\": [{\"product_id\": \"5\", \"quantity\": 2, \"unit_price\": 2.99, \"selling_type\": \"unit\"},"
        "            {\"product_id\": \"3\", \"quantity\": 1, \"unit_price\": 35.88, \"selling_type\": \"carton\"}],"
        " \"delivery_address\": {\"street\": \"x\", \"phone\": \"01234567890\"}},"
        " \"rules\": {\"currency\": \"EGP\", \"offers\": [{\"code\": \"SAVE10\", \"kind\": \"percentage\", \"value\": 10}],"
        " \"customer_category\": {\"name\": \"silver\", \"discount_percentage\": 5},"
        " \"loyalty\": {\"point_value\": \"0.05\", \"points_balance\": 200},"
        " \"delivery\": {\"fee\": \"15.00\"}, \"tax\": {\"rate\": 14, \"include_delivery\": true}}}";
    char *response = ordercore_call("quote", request);
    int ok = strstr(response, "\"total_amount\":\"54.81\"") != NULL;
    printf("ordercore %s: %s\n", ordercore_version(), ok ? "total_amount 54.81" : response);
    ordercore_free(response);
    return ok ? 0 : 1;
}
