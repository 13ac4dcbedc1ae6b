//! The platform's answers, from XML or from the JSON endpoint, into typed values. Tolerant of
//! what the platform may add or leave out (unknown elements ignored, missing ones absent), strict
//! about what it sends (a value of the wrong type is an error at its path), and bounded.

use chrono::NaiveDateTime;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::read::{Absent, Field, Readable, Record};
use super::requests::{Answer, OtMethod};
use super::xml::{parse_json_answer, parse_json_tree, parse_xml, Node};
use crate::error::{Code, Error, Place, Problems};

/// Declares a record of the answers: every member absent (or empty) when the platform leaves it
/// out, each read from the element named beside it (from JSON, through the `with` reader where one
/// is named: decimals exactly), and written to JSON without the absent ones.
macro_rules! answer_record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[doc = $doc:literal])* $element:literal => $field:ident: $ty:ty $(as $ts:literal $(with $with:literal)?)?, )*
        }
    ) => {
        $(#[$meta])*
        #[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
        #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(
                $(#[doc = $doc])*
                #[serde(default, skip_serializing_if = "Absent::absent")]
                $(
                    #[cfg_attr(feature = "wasm", tsify(type = $ts))]
                    $(#[serde(with = $with)])?
                )?
                #[cfg_attr(feature = "uniffi", uniffi(default))]
                pub $field: $ty,
            )*
        }

        impl Record for $name {
            fn read(mut f: Field<'_, '_>) -> Self {
                let mut record = Self::default();
                f.fields(|name, f| match name {
                    $( $element => f.read(&mut record.$field), )*
                    _ => {}
                });
                record
            }
        }

        impl Readable for $name {
            fn read_into(f: Field<'_, '_>, slot: &mut Option<Self>) {
                f.record(slot, Self::read);
            }
        }
    };
}

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

answer_record! {
    /// An order (`OrderInfo`, `SalesOrderInfo`). Every member is absent when the platform leaves it out.
    pub struct OrderInfo {
        /// `Id`: the order (`salesId` in the requests).
        "Id" => id: Option<String>,
        /// `StatusId` (20, 30, 31, 32, 36–39 are active).
        "StatusId" => status_id: Option<u32>,
        /// `StatusCode`.
        "StatusCode" => status_code: Option<String>,
        /// `StatusName`, in the call's language.
        "StatusName" => status_name: Option<String>,
        /// `SubstatusCode`.
        "SubstatusCode" => substatus_code: Option<String>,
        /// `SubstatusName`.
        "SubstatusName" => substatus_name: Option<String>,
        /// `ItemsCount`: the lines the order kept (fewer than sent when some were dropped).
        "ItemsCount" => items_count: Option<u32>,
        /// `GoodsAmount`.
        "GoodsAmount" => goods_amount: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `DeliveryAmount`.
        "DeliveryAmount" => delivery_amount: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `TotalAmount`.
        "TotalAmount" => total_amount: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `RemainAmount`: what is left to pay.
        "RemainAmount" => remain_amount: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `CurrencyCode`.
        "CurrencyCode" => currency_code: Option<String>,
        /// `CurrencySign`.
        "CurrencySign" => currency_sign: Option<String>,
        /// `CustComment`: the order's comment.
        "CustComment" => cust_comment: Option<String>,
        /// `DeliveryModeId`.
        "DeliveryModeId" => delivery_mode_id: Option<String>,
        /// `DeliveryModeName`.
        "DeliveryModeName" => delivery_mode_name: Option<String>,
        /// `CanCancel`.
        "CanCancel" => can_cancel: Option<bool>,
        /// `CanPurchaseItems`.
        "CanPurchaseItems" => can_purchase_items: Option<bool>,
        /// `CustId`: the customer (`customerId` in the requests).
        "CustId" => cust_id: Option<String>,
        /// `CustName`.
        "CustName" => cust_name: Option<String>,
        /// `IsPaid`.
        "IsPaid" => is_paid: Option<bool>,
        /// `IsCancelled`.
        "IsCancelled" => is_cancelled: Option<bool>,
        /// `IsCompleted`.
        "IsCompleted" => is_completed: Option<bool>,
        /// `CreatedDateTime`, on the platform's clock (no zone).
        "CreatedDateTime" => created_date_time: Option<NaiveDateTime> as "LocalDateTime",
        /// `LineStatusSummaries`: how many lines are in each status.
        "LineStatusSummaries" => line_status_summaries: Vec<LineStatusSummary>,
        /// `UserAccountAvailableAmount`: the customer's available balance.
        "UserAccountAvailableAmount" => user_account_available_amount: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
    }
}

answer_record! {
    /// One entry of `LineStatusSummaries`.
    pub struct LineStatusSummary {
        /// `Status`.
        "Status" => status: Option<String>,
        /// `Count`.
        "Count" => count: Option<u32>,
    }
}

answer_record! {
    /// An order line (`SalesLine` of `SalesLinesList`, `OrderLineInfo` of SearchOrderLines). Every
    /// member is absent when the platform leaves it out; the `vend_purch_*` ones appear once the
    /// line is exported to (or linked with) a provider order.
    pub struct SalesLine {
        /// `Id`: the line (`salesLineId`).
        "Id" => id: Option<String>,
        /// `OrderId`.
        "OrderId" => order_id: Option<String>,
        /// `ItemId`: the item as AddOrder's `Item/Id` named it.
        "ItemId" => item_id: Option<String>,
        /// `ItemTaobaoId`.
        "ItemTaobaoId" => item_taobao_id: Option<String>,
        /// `ConfigId`: the configuration.
        "ConfigId" => config_id: Option<String>,
        /// `ConfigText`: the configuration, in words.
        "ConfigText" => config_text: Option<String>,
        /// `Qty`.
        "Qty" => qty: Option<u32>,
        /// `PriceCust`: the price to the customer.
        "PriceCust" => price_cust: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `AmountCust`.
        "AmountCust" => amount_cust: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `CurrencyCust`.
        "CurrencyCust" => currency_cust: Option<String>,
        /// `PurchPrice`: the provider's price.
        "PurchPrice" => purch_price: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `PurchDelivery`.
        "PurchDelivery" => purch_delivery: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `PurchAmount`.
        "PurchAmount" => purch_amount: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `PurchCurrency`.
        "PurchCurrency" => purch_currency: Option<String>,
        /// `VendNick`: the seller.
        "VendNick" => vend_nick: Option<String>,
        /// `VendId`.
        "VendId" => vend_id: Option<String>,
        /// `CustComment`.
        "CustComment" => cust_comment: Option<String>,
        /// `OperatorComment`.
        "OperatorComment" => operator_comment: Option<String>,
        /// `StatusCode`.
        "StatusCode" => status_code: Option<String>,
        /// `StatusId`: follows the provider order's status (2, 3 to purchase; 6–10 purchased).
        "StatusId" => status_id: Option<u32>,
        /// `StatusName`.
        "StatusName" => status_name: Option<String>,
        /// `VendPurchId`: the provider order id.
        "VendPurchId" => vend_purch_id: Option<String>,
        /// `VendPurchWaybill`: the tracking number the seller sent.
        "VendPurchWaybill" => vend_purch_waybill: Option<String>,
        /// `VendPurchAccountId`: the provider account that bought the line.
        "VendPurchAccountId" => vend_purch_account_id: Option<String>,
        /// `VendPurchStatus`: the line's own status in the provider order.
        "VendPurchStatus" => vend_purch_status: Option<String>,
        /// `VendPurchItemId`: the item in the provider order.
        "VendPurchItemId" => vend_purch_item_id: Option<String>,
        /// `VendPurchConfigurationId`: its configuration in the provider order.
        "VendPurchConfigurationId" => vend_purch_configuration_id: Option<String>,
        /// `VendPurchPromotionId`: its discount in the provider order.
        "VendPurchPromotionId" => vend_purch_promotion_id: Option<String>,
        /// `LineNum`.
        "LineNum" => line_num: Option<u32>,
        /// `Weight`.
        "Weight" => weight: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `CanBePurchased`.
        "CanBePurchased" => can_be_purchased: Option<bool>,
        /// `ProviderType`.
        "ProviderType" => provider_type: Option<String>,
        /// `PromotionId`.
        "PromotionId" => promotion_id: Option<String>,
    }
}

answer_record! {
    /// GetSalesOrderDetailsForOperator's result: the order and its lines.
    pub struct SalesOrderDetails {
        /// `SalesOrderInfo`.
        "SalesOrderInfo" => order: Option<OrderInfo>,
        /// `SalesLinesList`.
        "SalesLinesList" => lines: Vec<SalesLine>,
    }
}

answer_record! {
    /// A frame of SearchOrders' results.
    pub struct OrderFrame {
        /// `TotalCount`: orders found in all, beyond this frame.
        "TotalCount" => total_count: Option<u32>,
        /// `Content`: this frame's orders.
        "Content" => orders: Vec<OrderInfo>,
    }
}

answer_record! {
    /// A frame of SearchOrderLines' results.
    pub struct LineFrame {
        /// `TotalCount`: lines found in all, beyond this frame.
        "TotalCount" => total_count: Option<u32>,
        /// `Content`: this frame's lines.
        "Content" => lines: Vec<SalesLine>,
    }
}

answer_record! {
    /// An order's payment (`SalesPaymentInfo`).
    pub struct SalesPaymentInfo {
        /// `SalesId`: the order.
        "SalesId" => sales_id: Option<String>,
        /// `CustId`: the customer.
        "CustId" => cust_id: Option<String>,
        /// `CustBalanceAvail`: the customer's available balance.
        "CustBalanceAvail" => cust_balance_avail: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `SalesAmount`: what the order costs.
        "SalesAmount" => sales_amount: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `SalesPaid`: what is paid.
        "SalesPaid" => sales_paid: Option<Decimal> as "Decimal" with "crate::input::number::opt_decimal",
        /// `CurrencyCode`.
        "CurrencyCode" => currency_code: Option<String>,
    }
}

answer_record! {
    /// A provider session (`Id`, `Name`): `providerSessionId` for the provider methods.
    pub struct ProviderSession {
        /// `Id`.
        "Id" => id: Option<String>,
        /// `Name`: the provider account.
        "Name" => name: Option<String>,
    }
}

answer_record! {
    /// A background activity (an export, a synchronisation, …): the `Run…` methods give its type and
    /// id; SearchBackgroundActivities gives its state too.
    pub struct BackgroundActivity {
        /// `Id`.
        "Id" => id: Option<String>,
        /// `Type`: `ProviderOrdersIntegrationExporting`, …
        "Type" => activity_type: Option<String>,
        /// `Description`.
        "Description" => description: Option<String>,
        /// `IsFinished`.
        "IsFinished" => is_finished: Option<bool>,
        /// `IsCancelled`.
        "IsCancelled" => is_cancelled: Option<bool>,
        /// `IsAwaitingAction`: the activity asks the operator a question (a discrepancy).
        "IsAwaitingAction" => is_awaiting_action: Option<bool>,
        /// `ProgressPercent`.
        "ProgressPercent" => progress_percent: Option<u32>,
        /// `StartTime`, on the platform's clock.
        "StartTime" => start_time: Option<NaiveDateTime> as "LocalDateTime",
    }
}

/// `method`'s answer, from the XML the platform sent (paths start with `xml`).
pub fn answer(method: OtMethod, xml: &str) -> Result<OtAnswer, Error> {
    let root = parse_xml(xml, "xml")?;
    read_answer(method, &root, "xml")
}

/// `method`'s answer, from the JSON endpoint's text (paths start with `json`).
pub fn answer_json(method: OtMethod, json: &str) -> Result<OtAnswer, Error> {
    let arena = crate::arena::Arena::new();
    let value = parse_json_answer(json, "json", &arena)?;
    if !matches!(value, crate::input::Json::Object(_)) {
        return Err(Error::new(Code::InvalidType, "json", Some("an object".into())));
    }
    let root = parse_json_tree(&value, "json")?;
    read_answer(method, &root, "json")
}

/// The envelope, then the result when the call did not fail.
fn read_answer(method: OtMethod, root: &Node<'_>, name: &str) -> Result<OtAnswer, Error> {
    let mut problems = Problems::default();
    let mut f = Field::root(root, Place::root(name), &mut problems);
    let (mut code, mut description, mut sub_code) = (None::<String>, None, None);
    let mut answer = OtAnswer::default();
    f.fields(|name, f| match name {
        "ErrorCode" => f.read(&mut code),
        "ErrorDescription" => f.read(&mut description),
        "SubErrorCode" => f.read(&mut sub_code),
        "RequestId" => f.read(&mut answer.request_id),
        "RequestTime" => f.read(&mut answer.request_time),
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
fn read_result(kind: Answer, f: Field<'_, '_>, answer: &mut OtAnswer) {
    match kind {
        Answer::Nothing => {}
        Answer::Order => answer.order = Some(OrderInfo::read(f)),
        Answer::Orders => answer.orders = Some(OrderFrame::read(f)),
        Answer::Lines => answer.lines = Some(LineFrame::read(f)),
        Answer::OrderDetails => answer.order_details = Some(SalesOrderDetails::read(f)),
        Answer::Payment => answer.payment = Some(SalesPaymentInfo::read(f)),
        Answer::ProviderSessions => answer.provider_sessions = Some(content(f)),
        Answer::Activity => answer.activity = Some(BackgroundActivity::read(f)),
        Answer::Activities => answer.activities = Some(content(f)),
    }
}

/// The entries of a list result's `Content`.
fn content<T: Readable + Default>(mut f: Field<'_, '_>) -> Vec<T> {
    let mut items = Vec::new();
    f.fields(|name, f| {
        if name == "Content" {
            f.read(&mut items);
        }
    });
    items
}
