//! The platform's answers, from XML or from the JSON endpoint, into typed values. Tolerant of
//! what the platform may add or leave out (unknown elements ignored, missing ones absent), strict
//! about what it sends (a value of the wrong type is an error at its path), and bounded.

use chrono::NaiveDateTime;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::read::{At, Field};
use super::requests::{Answer, OtMethod};
use super::xml::{parse_json_answer, parse_json_tree, parse_xml, Node};
use crate::error::{Code, Error, Problems};

/// An answer: its envelope, and the result its method gives (one of the optional members, by
/// method; none for methods that give none, or when the call failed).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OtAnswer {
    /// `ok`, `partial` (`BatchError`: some of it was done) or `failed`.
    pub outcome: Outcome,
    /// Why it failed or was partial (`ErrorCode`, `ErrorDescription`, `SubErrorCode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub failure: Option<OtFailure>,
    /// `RequestId`, for the platform's support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub request_id: Option<String>,
    /// `RequestTime`, as the platform writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub request_time: Option<String>,
    /// AddOrder, CreateOrder: the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order: Option<OrderInfo>,
    /// SearchOrders: a frame of orders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub orders: Option<OrderFrame>,
    /// SearchOrderLines: a frame of lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub lines: Option<LineFrame>,
    /// GetSalesOrderDetailsForOperator: the order and its lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order_details: Option<SalesOrderDetails>,
    /// GetSalesPaymentInfo, SalesPaymentReserve: the order's payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub payment: Option<SalesPaymentInfo>,
    /// GetProviderOrdersIntegrationSessionInfoList: the provider sessions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub provider_sessions: Option<Vec<ProviderSession>>,
    /// The provider methods (`Run…`): the background activity started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub activity: Option<BackgroundActivity>,
    /// SearchBackgroundActivities: the activities found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub activities: Option<Vec<BackgroundActivity>>,
}

/// How a call went.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// `Ok`.
    #[default]
    Ok,
    /// `BatchError`: a partial success, not fatal; the result holds what was done.
    Partial,
    /// Any other code: the call failed.
    Failed,
}

/// Why a call failed, as the platform says it (it publishes no list of codes).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OtFailure {
    /// `ErrorCode`.
    pub code: String,
    /// `ErrorDescription`, in the call's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub description: Option<String>,
    /// `SubErrorCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub sub_code: Option<String>,
}

/// An order (`OrderInfo`, `SalesOrderInfo`). Every member is absent when the platform leaves it out.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OrderInfo {
    /// `Id`: the order (`salesId` in the requests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub id: Option<String>,
    /// `StatusId` (20, 30, 31, 32, 36–39 are active).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status_id: Option<u32>,
    /// `StatusCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status_code: Option<String>,
    /// `StatusName`, in the call's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status_name: Option<String>,
    /// `SubstatusCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub substatus_code: Option<String>,
    /// `SubstatusName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub substatus_name: Option<String>,
    /// `ItemsCount`: the lines the order kept (fewer than sent when some were dropped).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub items_count: Option<u32>,
    /// `GoodsAmount`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub goods_amount: Option<Decimal>,
    /// `DeliveryAmount`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub delivery_amount: Option<Decimal>,
    /// `TotalAmount`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub total_amount: Option<Decimal>,
    /// `RemainAmount`: what is left to pay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub remain_amount: Option<Decimal>,
    /// `CurrencyCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub currency_code: Option<String>,
    /// `CurrencySign`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub currency_sign: Option<String>,
    /// `CustComment`: the order's comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cust_comment: Option<String>,
    /// `DeliveryModeId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub delivery_mode_id: Option<String>,
    /// `DeliveryModeName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub delivery_mode_name: Option<String>,
    /// `CanCancel`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub can_cancel: Option<bool>,
    /// `CanPurchaseItems`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub can_purchase_items: Option<bool>,
    /// `CustId`: the customer (`customerId` in the requests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cust_id: Option<String>,
    /// `CustName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cust_name: Option<String>,
    /// `IsPaid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub is_paid: Option<bool>,
    /// `IsCancelled`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub is_cancelled: Option<bool>,
    /// `IsCompleted`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub is_completed: Option<bool>,
    /// `CreatedDateTime`, on the platform's clock (no zone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "LocalDateTime"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub created_date_time: Option<NaiveDateTime>,
    /// `LineStatusSummaries`: how many lines are in each status.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub line_status_summaries: Vec<LineStatusSummary>,
    /// `UserAccountAvailableAmount`: the customer's available balance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub user_account_available_amount: Option<Decimal>,
}

/// One entry of `LineStatusSummaries`.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct LineStatusSummary {
    /// `Status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status: Option<String>,
    /// `Count`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub count: Option<u32>,
}

/// An order line (`SalesLine` of `SalesLinesList`, `OrderLineInfo` of SearchOrderLines). Every
/// member is absent when the platform leaves it out; the `vend_purch_*` ones appear once the
/// line is exported to (or linked with) a provider order.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct SalesLine {
    /// `Id`: the line (`salesLineId`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub id: Option<String>,
    /// `OrderId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order_id: Option<String>,
    /// `ItemId`: the item as AddOrder's `Item/Id` named it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub item_id: Option<String>,
    /// `ItemTaobaoId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub item_taobao_id: Option<String>,
    /// `ConfigId`: the configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub config_id: Option<String>,
    /// `ConfigText`: the configuration, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub config_text: Option<String>,
    /// `Qty`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub qty: Option<u32>,
    /// `PriceCust`: the price to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub price_cust: Option<Decimal>,
    /// `AmountCust`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub amount_cust: Option<Decimal>,
    /// `CurrencyCust`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub currency_cust: Option<String>,
    /// `PurchPrice`: the provider's price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub purch_price: Option<Decimal>,
    /// `PurchDelivery`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub purch_delivery: Option<Decimal>,
    /// `PurchAmount`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub purch_amount: Option<Decimal>,
    /// `PurchCurrency`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub purch_currency: Option<String>,
    /// `VendNick`: the seller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub vend_nick: Option<String>,
    /// `VendId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub vend_id: Option<String>,
    /// `CustComment`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cust_comment: Option<String>,
    /// `OperatorComment`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub operator_comment: Option<String>,
    /// `StatusCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status_code: Option<String>,
    /// `StatusId`: follows the provider order's status (2, 3 to purchase; 6–10 purchased).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status_id: Option<u32>,
    /// `StatusName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status_name: Option<String>,
    /// `VendPurchId`: the provider order id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub vend_purch_id: Option<String>,
    /// `VendPurchWaybill`: the tracking number the seller sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub vend_purch_waybill: Option<String>,
    /// `VendPurchAccountId`: the provider account that bought the line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub vend_purch_account_id: Option<String>,
    /// `VendPurchStatus`: the line's own status in the provider order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub vend_purch_status: Option<String>,
    /// `VendPurchItemId`: the item in the provider order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub vend_purch_item_id: Option<String>,
    /// `VendPurchConfigurationId`: its configuration in the provider order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub vend_purch_configuration_id: Option<String>,
    /// `VendPurchPromotionId`: its discount in the provider order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub vend_purch_promotion_id: Option<String>,
    /// `LineNum`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub line_num: Option<u32>,
    /// `Weight`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub weight: Option<Decimal>,
    /// `CanBePurchased`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub can_be_purchased: Option<bool>,
    /// `ProviderType`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub provider_type: Option<String>,
    /// `PromotionId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub promotion_id: Option<String>,
}

/// GetSalesOrderDetailsForOperator's result: the order and its lines.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct SalesOrderDetails {
    /// `SalesOrderInfo`.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order: OrderInfo,
    /// `SalesLinesList`.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub lines: Vec<SalesLine>,
}

/// A frame of SearchOrders' results.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OrderFrame {
    /// `TotalCount`: orders found in all, beyond this frame.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub total_count: Option<u32>,
    /// `Content`: this frame's orders.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub orders: Vec<OrderInfo>,
}

/// A frame of SearchOrderLines' results.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct LineFrame {
    /// `TotalCount`: lines found in all, beyond this frame.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub total_count: Option<u32>,
    /// `Content`: this frame's lines.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub lines: Vec<SalesLine>,
}

/// An order's payment (`SalesPaymentInfo`).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct SalesPaymentInfo {
    /// `SalesId`: the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub sales_id: Option<String>,
    /// `CustId`: the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cust_id: Option<String>,
    /// `CustBalanceAvail`: the customer's available balance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cust_balance_avail: Option<Decimal>,
    /// `SalesAmount`: what the order costs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub sales_amount: Option<Decimal>,
    /// `SalesPaid`: what is paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub sales_paid: Option<Decimal>,
    /// `CurrencyCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub currency_code: Option<String>,
}

/// A provider session (`Id`, `Name`): `providerSessionId` for the provider methods.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ProviderSession {
    /// `Id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub id: Option<String>,
    /// `Name`: the provider account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub name: Option<String>,
}

/// A background activity (an export, a synchronisation, …): the `Run…` methods give its type and
/// id; SearchBackgroundActivities gives its state too.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct BackgroundActivity {
    /// `Id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub id: Option<String>,
    /// `Type`: `ProviderOrdersIntegrationExporting`, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub activity_type: Option<String>,
    /// `Description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub description: Option<String>,
    /// `IsFinished`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub is_finished: Option<bool>,
    /// `IsCancelled`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub is_cancelled: Option<bool>,
    /// `IsAwaitingAction`: the activity asks the operator a question (a discrepancy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub is_awaiting_action: Option<bool>,
    /// `ProgressPercent`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub progress_percent: Option<u32>,
    /// `StartTime`, on the platform's clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "LocalDateTime"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub start_time: Option<NaiveDateTime>,
}

/// `method`'s answer, from the XML the platform sent (paths start with `xml`).
pub fn answer(method: OtMethod, xml: &str) -> Result<OtAnswer, Error> {
    let root = parse_xml(xml, "xml")?;
    read_answer(method, &root, "xml")
}

/// `method`'s answer, from the JSON endpoint's text (paths start with `json`).
pub fn answer_json(method: OtMethod, json: &str) -> Result<OtAnswer, Error> {
    let value = parse_json_answer(json, "json")?;
    if !value.is_object() {
        return Err(Error::new(Code::InvalidType, "json", Some("an object".into())));
    }
    let root = parse_json_tree(&value, "json")?;
    read_answer(method, &root, "json")
}

/// The envelope, then the result when the call did not fail.
fn read_answer(method: OtMethod, root: &Node<'_>, name: &str) -> Result<OtAnswer, Error> {
    let mut problems = Problems::default();
    let mut f = Field::root(root, At::root(name), &mut problems);
    let (mut code, mut description, mut sub_code) = (None::<String>, None, None);
    let mut answer = OtAnswer::default();
    f.fields(|name, f| match name {
        "ErrorCode" => f.scalar(&mut code),
        "ErrorDescription" => f.scalar(&mut description),
        "SubErrorCode" => f.scalar(&mut sub_code),
        "RequestId" => f.scalar(&mut answer.request_id),
        "RequestTime" => f.scalar(&mut answer.request_time),
        _ => {}
    });
    match code.as_deref() {
        None => f.missing("ErrorCode"),
        Some("Ok") => answer.outcome = Outcome::Ok,
        Some("BatchError") => answer.outcome = Outcome::Partial,
        Some(_) => answer.outcome = Outcome::Failed,
    }
    answer.failure = code.filter(|c| c != "Ok").map(|code| OtFailure {
        code,
        description,
        sub_code,
    });
    let kind = method.spec().answer;
    if answer.outcome != Outcome::Failed && kind != Answer::Nothing {
        match f.child("Result") {
            Some(result) => read_result(kind, result, &mut answer),
            None => f.missing("Result"),
        }
    }
    problems.finish(answer)
}

/// The `Result` into the answer's member for `kind`.
fn read_result(kind: Answer, mut f: Field<'_, '_>, answer: &mut OtAnswer) {
    match kind {
        Answer::Nothing => {}
        Answer::Order => answer.order = Some(read_order(f)),
        Answer::Payment => answer.payment = Some(read_payment(f)),
        Answer::Activity => answer.activity = Some(read_activity(f)),
        Answer::OrderDetails => {
            let mut details = SalesOrderDetails::default();
            let mut order = None;
            f.fields(|name, f| match name {
                "SalesOrderInfo" => f.record(&mut order, read_order),
                "SalesLinesList" => f.list(&mut details.lines, read_line),
                _ => {}
            });
            details.order = order.unwrap_or_default();
            answer.order_details = Some(details);
        }
        Answer::Orders => {
            let mut frame = OrderFrame::default();
            f.fields(|name, f| match name {
                "TotalCount" => f.scalar(&mut frame.total_count),
                "Content" => f.list(&mut frame.orders, read_order),
                _ => {}
            });
            answer.orders = Some(frame);
        }
        Answer::Lines => {
            let mut frame = LineFrame::default();
            f.fields(|name, f| match name {
                "TotalCount" => f.scalar(&mut frame.total_count),
                "Content" => f.list(&mut frame.lines, read_line),
                _ => {}
            });
            answer.lines = Some(frame);
        }
        Answer::ProviderSessions => answer.provider_sessions = Some(content(f, read_provider_session)),
        Answer::Activities => answer.activities = Some(content(f, read_activity)),
    }
}

/// The entries of a list result's `Content`.
fn content<T>(mut f: Field<'_, '_>, read: impl Fn(Field<'_, '_>) -> T) -> Vec<T> {
    let mut items = Vec::new();
    f.fields(|name, f| {
        if name == "Content" {
            f.list(&mut items, &read);
        }
    });
    items
}

fn read_order(mut f: Field<'_, '_>) -> OrderInfo {
    let mut o = OrderInfo::default();
    f.fields(|name, f| match name {
        "Id" => f.scalar(&mut o.id),
        "StatusId" => f.scalar(&mut o.status_id),
        "StatusCode" => f.scalar(&mut o.status_code),
        "StatusName" => f.scalar(&mut o.status_name),
        "SubstatusCode" => f.scalar(&mut o.substatus_code),
        "SubstatusName" => f.scalar(&mut o.substatus_name),
        "ItemsCount" => f.scalar(&mut o.items_count),
        "GoodsAmount" => f.scalar(&mut o.goods_amount),
        "DeliveryAmount" => f.scalar(&mut o.delivery_amount),
        "TotalAmount" => f.scalar(&mut o.total_amount),
        "RemainAmount" => f.scalar(&mut o.remain_amount),
        "CurrencyCode" => f.scalar(&mut o.currency_code),
        "CurrencySign" => f.scalar(&mut o.currency_sign),
        "CustComment" => f.scalar(&mut o.cust_comment),
        "DeliveryModeId" => f.scalar(&mut o.delivery_mode_id),
        "DeliveryModeName" => f.scalar(&mut o.delivery_mode_name),
        "CanCancel" => f.scalar(&mut o.can_cancel),
        "CanPurchaseItems" => f.scalar(&mut o.can_purchase_items),
        "CustId" => f.scalar(&mut o.cust_id),
        "CustName" => f.scalar(&mut o.cust_name),
        "IsPaid" => f.scalar(&mut o.is_paid),
        "IsCancelled" => f.scalar(&mut o.is_cancelled),
        "IsCompleted" => f.scalar(&mut o.is_completed),
        "CreatedDateTime" => f.scalar(&mut o.created_date_time),
        "LineStatusSummaries" => f.list(&mut o.line_status_summaries, |mut f| {
            let mut s = LineStatusSummary::default();
            f.fields(|name, f| match name {
                "Status" => f.scalar(&mut s.status),
                "Count" => f.scalar(&mut s.count),
                _ => {}
            });
            s
        }),
        "UserAccountAvailableAmount" => f.scalar(&mut o.user_account_available_amount),
        _ => {}
    });
    o
}

fn read_line(mut f: Field<'_, '_>) -> SalesLine {
    let mut l = SalesLine::default();
    f.fields(|name, f| match name {
        "Id" => f.scalar(&mut l.id),
        "OrderId" => f.scalar(&mut l.order_id),
        "ItemId" => f.scalar(&mut l.item_id),
        "ItemTaobaoId" => f.scalar(&mut l.item_taobao_id),
        "ConfigId" => f.scalar(&mut l.config_id),
        "ConfigText" => f.scalar(&mut l.config_text),
        "Qty" => f.scalar(&mut l.qty),
        "PriceCust" => f.scalar(&mut l.price_cust),
        "AmountCust" => f.scalar(&mut l.amount_cust),
        "CurrencyCust" => f.scalar(&mut l.currency_cust),
        "PurchPrice" => f.scalar(&mut l.purch_price),
        "PurchDelivery" => f.scalar(&mut l.purch_delivery),
        "PurchAmount" => f.scalar(&mut l.purch_amount),
        "PurchCurrency" => f.scalar(&mut l.purch_currency),
        "VendNick" => f.scalar(&mut l.vend_nick),
        "VendId" => f.scalar(&mut l.vend_id),
        "CustComment" => f.scalar(&mut l.cust_comment),
        "OperatorComment" => f.scalar(&mut l.operator_comment),
        "StatusCode" => f.scalar(&mut l.status_code),
        "StatusId" => f.scalar(&mut l.status_id),
        "StatusName" => f.scalar(&mut l.status_name),
        "VendPurchId" => f.scalar(&mut l.vend_purch_id),
        "VendPurchWaybill" => f.scalar(&mut l.vend_purch_waybill),
        "VendPurchAccountId" => f.scalar(&mut l.vend_purch_account_id),
        "VendPurchStatus" => f.scalar(&mut l.vend_purch_status),
        "VendPurchItemId" => f.scalar(&mut l.vend_purch_item_id),
        "VendPurchConfigurationId" => f.scalar(&mut l.vend_purch_configuration_id),
        "VendPurchPromotionId" => f.scalar(&mut l.vend_purch_promotion_id),
        "LineNum" => f.scalar(&mut l.line_num),
        "Weight" => f.scalar(&mut l.weight),
        "CanBePurchased" => f.scalar(&mut l.can_be_purchased),
        "ProviderType" => f.scalar(&mut l.provider_type),
        "PromotionId" => f.scalar(&mut l.promotion_id),
        _ => {}
    });
    l
}

fn read_payment(mut f: Field<'_, '_>) -> SalesPaymentInfo {
    let mut p = SalesPaymentInfo::default();
    f.fields(|name, f| match name {
        "SalesId" => f.scalar(&mut p.sales_id),
        "CustId" => f.scalar(&mut p.cust_id),
        "CustBalanceAvail" => f.scalar(&mut p.cust_balance_avail),
        "SalesAmount" => f.scalar(&mut p.sales_amount),
        "SalesPaid" => f.scalar(&mut p.sales_paid),
        "CurrencyCode" => f.scalar(&mut p.currency_code),
        _ => {}
    });
    p
}

fn read_provider_session(mut f: Field<'_, '_>) -> ProviderSession {
    let mut s = ProviderSession::default();
    f.fields(|name, f| match name {
        "Id" => f.scalar(&mut s.id),
        "Name" => f.scalar(&mut s.name),
        _ => {}
    });
    s
}

fn read_activity(mut f: Field<'_, '_>) -> BackgroundActivity {
    let mut a = BackgroundActivity::default();
    f.fields(|name, f| match name {
        "Id" => f.scalar(&mut a.id),
        "Type" => f.scalar(&mut a.activity_type),
        "Description" => f.scalar(&mut a.description),
        "IsFinished" => f.scalar(&mut a.is_finished),
        "IsCancelled" => f.scalar(&mut a.is_cancelled),
        "IsAwaitingAction" => f.scalar(&mut a.is_awaiting_action),
        "ProgressPercent" => f.scalar(&mut a.progress_percent),
        "StartTime" => f.scalar(&mut a.start_time),
        _ => {}
    });
    a
}
