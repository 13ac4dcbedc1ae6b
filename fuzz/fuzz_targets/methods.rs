//! Every OT method, for a fuzz input's first byte to choose from.

use ordercore::otapi::OtMethod::{self, *};

pub const METHODS: [OtMethod; 18] = [
    AddOrder,
    CreateOrder,
    SearchOrders,
    SearchOrderLines,
    GetSalesOrderDetailsForOperator,
    GetSalesPaymentInfo,
    SalesPaymentReserve,
    PostTransaction,
    CancelSalesOrder,
    CancelLineSalesOrderForOperator,
    ChangeSalesOrderLinePurchaseInfoForOperator,
    GetProviderOrdersIntegrationSessionInfoList,
    GetProviderOrdersIntegrationSessionAuthenticationInfo,
    RunOrderExportingToProvider,
    RunOrdersSynchronizingWithProvider,
    RunOrderLinkingWithProvider,
    RunOrderUnlinkingFromProvider,
    SearchBackgroundActivities,
];

/// The method the first byte names, and the rest as text.
pub fn split(data: &[u8]) -> Option<(OtMethod, &str)> {
    let (first, rest) = data.split_first()?;
    let method = METHODS[usize::from(*first) % METHODS.len()];
    Some((method, std::str::from_utf8(rest).ok()?))
}
