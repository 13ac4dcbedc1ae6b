//! Whole requests: a method's parameters in the platform's order with their exact names, from a
//! typed call and the client's credentials, ready to send as a form body or a query string.
//! Every method is described once, in [`OtMethod::spec`]: its name, the session it needs, its
//! parameters and the answer it gives.

use chrono::{DateTime, NaiveDateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::check::{self, ot_date};
use super::documents::{
    to_xml, BackgroundActivitySearchParameters, Document, OrderAddData, OrderCreateData, OrderLineSearchParameters,
    OrderSearchParameters, ProviderParameters,
};
use super::signing::signature;
use crate::datetime;
use crate::error::{internal, Code, Error, Place, Problems};
use crate::limits::{MAX_LINES, MAX_LONG_TEXT, MAX_SHORT_TEXT};

/// An OT Platform method (the variant's name is the method's, `add_order` is `AddOrder`).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum OtMethod {
    /// Adds an order of any number of items (customer session) → `order`.
    AddOrder,
    /// Creates an order from basket elements (customer session) → `order`.
    CreateOrder,
    /// Searches orders, one frame at a time → `orders`.
    SearchOrders,
    /// Searches order lines (by provider order id, by waybill, …), one frame at a time → `lines`.
    SearchOrderLines,
    /// An order with its lines (`SalesLinesList`) → `order_details`.
    GetSalesOrderDetailsForOperator,
    /// What an order costs, what is paid and the customer's balance → `payment`.
    GetSalesPaymentInfo,
    /// Pays an order from the customer's account → `payment`.
    SalesPaymentReserve,
    /// Deposits to (`is_debit` true) or withdraws from a customer's account.
    PostTransaction,
    /// Cancels an order (customer session).
    CancelSalesOrder,
    /// Cancels one line of an order.
    CancelLineSalesOrderForOperator,
    /// Sets a line's provider order id and waybill by hand.
    ChangeSalesOrderLinePurchaseInfoForOperator,
    /// The provider sessions opened so far → `provider_sessions`.
    GetProviderOrdersIntegrationSessionInfoList,
    /// The address where the operator opens a provider session (the answer's result is not read).
    GetProviderOrdersIntegrationSessionAuthenticationInfo,
    /// Exports an order, or some of its lines, to the provider → `activity`.
    RunOrderExportingToProvider,
    /// Synchronises exported orders with the provider → `activity`.
    RunOrdersSynchronizingWithProvider,
    /// Links an order with orders bought by hand at the provider → `activity`.
    RunOrderLinkingWithProvider,
    /// Unlinks an order's lines from the provider → `activity`.
    RunOrderUnlinkingFromProvider,
    /// Searches background activities (exports, synchronisations, …) → `activities`.
    SearchBackgroundActivities,
}

/// One call of a method: the method and its arguments. Give exactly the members the method takes
/// (any other is refused with the list of those it takes); sessions and credentials come from
/// [`OtClient`].
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OtCall {
    /// The method.
    pub method: OtMethod,
    /// AddOrder's order (`xmlAddData`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub add_data: Option<OrderAddData>,
    /// CreateOrder's order (`xmlCreateData`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub create_data: Option<OrderCreateData>,
    /// SearchOrders' filter (`xmlSearchParameters`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order_search: Option<OrderSearchParameters>,
    /// SearchOrderLines' filter (`xmlSearchParameters`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub line_search: Option<OrderLineSearchParameters>,
    /// SearchBackgroundActivities' filter (`xmlSearchParameters`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub activity_search: Option<BackgroundActivitySearchParameters>,
    /// The provider methods' `xmlParameters` (optional for synchronising: every order).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub provider_parameters: Option<ProviderParameters>,
    /// `framePosition`: the first result of the frame (0 when left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub frame_position: Option<u32>,
    /// `frameSize`: results in the frame, 1 to 1 000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub frame_size: Option<u32>,
    /// `salesId`: the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub sales_id: Option<String>,
    /// `salesLineId`: the order's line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub sales_line_id: Option<String>,
    /// `filter` of GetSalesOrderDetailsForOperator (empty when left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub filter: Option<String>,
    /// `queryType` of GetSalesOrderDetailsForOperator: 0 (every line, when left out), 1 (to
    /// purchase) or 2 (purchased).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub query_type: Option<u32>,
    /// `customerId` of PostTransaction (`CustId` in the answers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub customer_id: Option<String>,
    /// `amount`: greater than zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::input::number::opt_decimal")]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub amount: Option<Decimal>,
    /// `comment` of PostTransaction (empty when left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub comment: Option<String>,
    /// `isDebit` of PostTransaction: true deposits to the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub is_debit: Option<bool>,
    /// `transactionDate` of PostTransaction, on the platform's clock (empty when left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "LocalDateTime"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub transaction_date: Option<NaiveDateTime>,
    /// `vendPurchId`: the provider order id (empty when left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub vend_purch_id: Option<String>,
    /// `vendPurchWaybill`: the tracking number (empty when left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub vend_purch_waybill: Option<String>,
    /// `providerType`: `Taobao`, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub provider_type: Option<String>,
    /// `returnUrl`: where the provider sends the operator back after login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub return_url: Option<String>,
}

impl OtCall {
    /// A call of `method` without arguments, to fill with struct update syntax.
    pub fn new(method: OtMethod) -> Self {
        OtCall {
            method,
            add_data: None,
            create_data: None,
            order_search: None,
            line_search: None,
            activity_search: None,
            provider_parameters: None,
            frame_position: None,
            frame_size: None,
            sales_id: None,
            sales_line_id: None,
            filter: None,
            query_type: None,
            customer_id: None,
            amount: None,
            comment: None,
            is_debit: None,
            transaction_date: None,
            vend_purch_id: None,
            vend_purch_waybill: None,
            provider_type: None,
            return_url: None,
        }
    }
}

/// Who calls: the instance key, the language of the answers' texts, the sessions, and the
/// signing secret with the current time (the core has no clock).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OtClient {
    /// `instanceKey`, sent with every call.
    pub instance_key: String,
    /// `language` (`en`, `ru`, …), sent with the methods that take it.
    pub language: String,
    /// The sessions the methods need.
    pub sessions: OtSessions,
    /// Sign every request (`timestamp`, `signature`), if the instance requires it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub signing: Option<OtSigning>,
}

/// The three sessions of the seed: give those the methods you call need.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OtSessions {
    /// The operator's (admin) session, `AuthenticateInstanceOperator`: every operator action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub operator: Option<String>,
    /// The customer's session, `Authenticate`: AddOrder, CreateOrder, CancelSalesOrder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub customer: Option<String>,
    /// The provider session (Taobao, …) of the autopurchase module: the provider methods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub provider: Option<String>,
}

/// Request signing: the instance's secret and the current UTC time.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OtSigning {
    /// The signing secret.
    pub secret: String,
    /// Now, in UTC; sent as `timestamp` (`YYYYMMDDhhmmss`).
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub timestamp: DateTime<Utc>,
}

/// A request ready to send.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OtRequest {
    /// The method's name: `AddOrder`.
    pub method: String,
    /// The parameters in order: `instanceKey`, the method's, then `timestamp` and `signature`
    /// when signed.
    pub parameters: Vec<OtParameter>,
    /// The parameters percent-encoded as `name=value&…` (UTF-8, spaces as `%20`): the body of
    /// the XML endpoint's form POST, or the query of the JSON endpoint's GET.
    pub encoded: String,
    /// The XML endpoint, after the service's base address: `OtapiWebService2.asmx/AddOrder`.
    pub xml_path: String,
    /// The JSON endpoint, after the base address: `service-json/AddOrder`.
    pub json_path: String,
}

/// One parameter of a request.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OtParameter {
    /// Its name: `sessionId`.
    pub name: String,
    /// Its value, as sent.
    pub value: String,
}

/// Which session's id a method sends as `sessionId`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Session {
    Operator,
    Customer,
}

/// What a method answers with: which member of the answer its `Result` fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Answer {
    Nothing,
    Order,
    Orders,
    Lines,
    OrderDetails,
    Payment,
    ProviderSessions,
    Activity,
    Activities,
}

/// A method as the platform defines it.
pub(crate) struct Spec {
    pub(crate) name: &'static str,
    pub(crate) session: Session,
    pub(crate) params: &'static [Param],
    pub(crate) answer: Answer,
}

/// A parameter of a method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Param {
    Language,
    SessionId,
    ProviderSessionId,
    AddData,
    CreateData,
    OrderSearch,
    LineSearch,
    ActivitySearch,
    Provider,
    /// Synchronisation's `xmlParameters`: every order when left out.
    SyncProvider,
    FramePosition,
    FrameSize,
    SalesId,
    SalesLineId,
    Filter,
    QueryType,
    CustomerId,
    Amount,
    Comment,
    IsDebit,
    TransactionDate,
    VendPurchId,
    VendPurchWaybill,
    ProviderType,
    ReturnUrl,
}

use Param::*;

impl OtMethod {
    /// Every method, in the order they are declared.
    pub const ALL: [OtMethod; 18] = [
        OtMethod::AddOrder,
        OtMethod::CreateOrder,
        OtMethod::SearchOrders,
        OtMethod::SearchOrderLines,
        OtMethod::GetSalesOrderDetailsForOperator,
        OtMethod::GetSalesPaymentInfo,
        OtMethod::SalesPaymentReserve,
        OtMethod::PostTransaction,
        OtMethod::CancelSalesOrder,
        OtMethod::CancelLineSalesOrderForOperator,
        OtMethod::ChangeSalesOrderLinePurchaseInfoForOperator,
        OtMethod::GetProviderOrdersIntegrationSessionInfoList,
        OtMethod::GetProviderOrdersIntegrationSessionAuthenticationInfo,
        OtMethod::RunOrderExportingToProvider,
        OtMethod::RunOrdersSynchronizingWithProvider,
        OtMethod::RunOrderLinkingWithProvider,
        OtMethod::RunOrderUnlinkingFromProvider,
        OtMethod::SearchBackgroundActivities,
    ];

    /// The method's name, session, parameters in order, and answer.
    pub(crate) fn spec(self) -> Spec {
        let (name, session, params, answer): (_, _, &'static [Param], _) = match self {
            OtMethod::AddOrder => (
                "AddOrder",
                Session::Customer,
                &[Language, SessionId, AddData],
                Answer::Order,
            ),
            OtMethod::CreateOrder => (
                "CreateOrder",
                Session::Customer,
                &[SessionId, CreateData],
                Answer::Order,
            ),
            OtMethod::SearchOrders => (
                "SearchOrders",
                Session::Operator,
                &[SessionId, Language, OrderSearch, FramePosition, FrameSize],
                Answer::Orders,
            ),
            OtMethod::SearchOrderLines => (
                "SearchOrderLines",
                Session::Operator,
                &[SessionId, Language, LineSearch, FramePosition, FrameSize],
                Answer::Lines,
            ),
            OtMethod::GetSalesOrderDetailsForOperator => (
                "GetSalesOrderDetailsForOperator",
                Session::Operator,
                &[SessionId, SalesId, Filter, QueryType],
                Answer::OrderDetails,
            ),
            OtMethod::GetSalesPaymentInfo => (
                "GetSalesPaymentInfo",
                Session::Operator,
                &[SessionId, SalesId],
                Answer::Payment,
            ),
            OtMethod::SalesPaymentReserve => (
                "SalesPaymentReserve",
                Session::Operator,
                &[SessionId, SalesId, Amount],
                Answer::Payment,
            ),
            OtMethod::PostTransaction => (
                "PostTransaction",
                Session::Operator,
                &[SessionId, CustomerId, Amount, Comment, IsDebit, TransactionDate],
                Answer::Nothing,
            ),
            OtMethod::CancelSalesOrder => (
                "CancelSalesOrder",
                Session::Customer,
                &[SessionId, SalesId],
                Answer::Nothing,
            ),
            OtMethod::CancelLineSalesOrderForOperator => (
                "CancelLineSalesOrderForOperator",
                Session::Operator,
                &[SessionId, SalesId, SalesLineId],
                Answer::Nothing,
            ),
            OtMethod::ChangeSalesOrderLinePurchaseInfoForOperator => (
                "ChangeSalesOrderLinePurchaseInfoForOperator",
                Session::Operator,
                &[SessionId, SalesId, SalesLineId, VendPurchId, VendPurchWaybill],
                Answer::Nothing,
            ),
            OtMethod::GetProviderOrdersIntegrationSessionInfoList => (
                "GetProviderOrdersIntegrationSessionInfoList",
                Session::Operator,
                &[Language, SessionId, ProviderType],
                Answer::ProviderSessions,
            ),
            OtMethod::GetProviderOrdersIntegrationSessionAuthenticationInfo => (
                "GetProviderOrdersIntegrationSessionAuthenticationInfo",
                Session::Operator,
                &[Language, SessionId, ProviderType, ReturnUrl],
                Answer::Nothing,
            ),
            OtMethod::RunOrderExportingToProvider => (
                "RunOrderExportingToProvider",
                Session::Operator,
                &[Language, SessionId, ProviderType, ProviderSessionId, Provider],
                Answer::Activity,
            ),
            OtMethod::RunOrdersSynchronizingWithProvider => (
                "RunOrdersSynchronizingWithProvider",
                Session::Operator,
                &[Language, SessionId, ProviderType, ProviderSessionId, SyncProvider],
                Answer::Activity,
            ),
            OtMethod::RunOrderLinkingWithProvider => (
                "RunOrderLinkingWithProvider",
                Session::Operator,
                &[Language, SessionId, ProviderType, ProviderSessionId, Provider],
                Answer::Activity,
            ),
            OtMethod::RunOrderUnlinkingFromProvider => (
                "RunOrderUnlinkingFromProvider",
                Session::Operator,
                &[Language, SessionId, ProviderType, ProviderSessionId, Provider],
                Answer::Activity,
            ),
            OtMethod::SearchBackgroundActivities => (
                "SearchBackgroundActivities",
                Session::Operator,
                &[Language, SessionId, ActivitySearch],
                Answer::Activities,
            ),
        };
        Spec {
            name,
            session,
            params,
            answer,
        }
    }

    /// Which members of [`ProviderParameters`] the method requires and which it allows.
    fn provider_members(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            OtMethod::RunOrderLinkingWithProvider => (&["order_id", "provider_order_ids"], &["order_line_ids"]),
            OtMethod::RunOrdersSynchronizingWithProvider => (&[], &["order_ids"]),
            _ => (&["order_id"], &["order_line_ids"]),
        }
    }
}

/// A parameter a call may hold: the member that holds it, and whether the call gives it.
type Member = (Param, &'static str, fn(&OtCall) -> bool);

/// Every parameter a call may hold.
const MEMBERS: [Member; 21] = [
    (AddData, "add_data", |c| c.add_data.is_some()),
    (CreateData, "create_data", |c| c.create_data.is_some()),
    (OrderSearch, "order_search", |c| c.order_search.is_some()),
    (LineSearch, "line_search", |c| c.line_search.is_some()),
    (ActivitySearch, "activity_search", |c| c.activity_search.is_some()),
    (Provider, "provider_parameters", |c| c.provider_parameters.is_some()),
    (FramePosition, "frame_position", |c| c.frame_position.is_some()),
    (FrameSize, "frame_size", |c| c.frame_size.is_some()),
    (SalesId, "sales_id", |c| c.sales_id.is_some()),
    (SalesLineId, "sales_line_id", |c| c.sales_line_id.is_some()),
    (Filter, "filter", |c| c.filter.is_some()),
    (QueryType, "query_type", |c| c.query_type.is_some()),
    (CustomerId, "customer_id", |c| c.customer_id.is_some()),
    (Amount, "amount", |c| c.amount.is_some()),
    (Comment, "comment", |c| c.comment.is_some()),
    (IsDebit, "is_debit", |c| c.is_debit.is_some()),
    (TransactionDate, "transaction_date", |c| c.transaction_date.is_some()),
    (VendPurchId, "vend_purch_id", |c| c.vend_purch_id.is_some()),
    (VendPurchWaybill, "vend_purch_waybill", |c| {
        c.vend_purch_waybill.is_some()
    }),
    (ProviderType, "provider_type", |c| c.provider_type.is_some()),
    (ReturnUrl, "return_url", |c| c.return_url.is_some()),
];

impl Param {
    /// The parameter's name on the wire.
    fn name(self) -> &'static str {
        match self {
            Language => "language",
            SessionId => "sessionId",
            ProviderSessionId => "providerSessionId",
            AddData => "xmlAddData",
            CreateData => "xmlCreateData",
            OrderSearch | LineSearch | ActivitySearch => "xmlSearchParameters",
            Provider | SyncProvider => "xmlParameters",
            FramePosition => "framePosition",
            FrameSize => "frameSize",
            SalesId => "salesId",
            SalesLineId => "salesLineId",
            Filter => "filter",
            QueryType => "queryType",
            CustomerId => "customerId",
            Amount => "amount",
            Comment => "comment",
            IsDebit => "isDebit",
            TransactionDate => "transactionDate",
            VendPurchId => "vendPurchId",
            VendPurchWaybill => "vendPurchWaybill",
            ProviderType => "providerType",
            ReturnUrl => "returnUrl",
        }
    }

    /// Whether the method takes the parameter (synchronisation takes `provider_parameters` too).
    fn taken_by(self, spec: &Spec) -> bool {
        spec.params.contains(&self) || (self == Provider && spec.params.contains(&SyncProvider))
    }
}

/// The parameter's value as sent, from the call and the client; empty, with a problem recorded,
/// when it is missing or wrong.
fn value(param: Param, call: &OtCall, client: &OtClient, session: Session, p: &mut Problems) -> String {
    let (at_call, at_client) = (Place::root("call"), Place::root("client"));
    let sessions = at_client.name("sessions");
    match param {
        Language => text(
            p,
            at_client.name("language"),
            Some(&client.language),
            MAX_SHORT_TEXT,
            true,
        ),
        SessionId => match session {
            Session::Operator => text(
                p,
                sessions.name("operator"),
                client.sessions.operator.as_ref(),
                MAX_SHORT_TEXT,
                true,
            ),
            Session::Customer => text(
                p,
                sessions.name("customer"),
                client.sessions.customer.as_ref(),
                MAX_SHORT_TEXT,
                true,
            ),
        },
        ProviderSessionId => text(
            p,
            sessions.name("provider"),
            client.sessions.provider.as_ref(),
            MAX_SHORT_TEXT,
            true,
        ),
        AddData => document(p, at_call.name("add_data"), call.add_data.as_ref()),
        CreateData => document(p, at_call.name("create_data"), call.create_data.as_ref()),
        OrderSearch => document(p, at_call.name("order_search"), call.order_search.as_ref()),
        LineSearch => document(p, at_call.name("line_search"), call.line_search.as_ref()),
        ActivitySearch => document(p, at_call.name("activity_search"), call.activity_search.as_ref()),
        Provider | SyncProvider => {
            let at = at_call.name("provider_parameters");
            let every_order = ProviderParameters::default();
            let given = match (param, &call.provider_parameters) {
                (SyncProvider, None) => Some(&every_order),
                (_, given) => given.as_ref(),
            };
            if let Some(d) = given {
                check_provider_members(p, at, call.method, d);
            }
            document(p, at, given)
        }
        FramePosition => call.frame_position.unwrap_or(0).to_string(),
        FrameSize => {
            let at = at_call.name("frame_size");
            required(p, at, call.frame_size)
                .map(|n| {
                    check::positive(p, at, n, limit(MAX_LINES));
                    n.to_string()
                })
                .unwrap_or_default()
        }
        SalesId => text(
            p,
            at_call.name("sales_id"),
            call.sales_id.as_ref(),
            MAX_SHORT_TEXT,
            true,
        ),
        SalesLineId => text(
            p,
            at_call.name("sales_line_id"),
            call.sales_line_id.as_ref(),
            MAX_SHORT_TEXT,
            true,
        ),
        Filter => text(p, at_call.name("filter"), call.filter.as_ref(), MAX_LONG_TEXT, false),
        QueryType => {
            let query_type = call.query_type.unwrap_or(0);
            if query_type > 2 {
                p.push(Code::OutOfRange, at_call.name("query_type"), Some("0, 1 or 2".into()));
            }
            query_type.to_string()
        }
        CustomerId => text(
            p,
            at_call.name("customer_id"),
            call.customer_id.as_ref(),
            MAX_SHORT_TEXT,
            true,
        ),
        Amount => {
            let at = at_call.name("amount");
            required(p, at, call.amount)
                .map(|amount| {
                    check::amount(p, at, amount, true);
                    amount.to_string()
                })
                .unwrap_or_default()
        }
        Comment => text(p, at_call.name("comment"), call.comment.as_ref(), MAX_LONG_TEXT, false),
        IsDebit => required(p, at_call.name("is_debit"), call.is_debit)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        TransactionDate => {
            check::whole_seconds(p, at_call.name("transaction_date"), call.transaction_date);
            call.transaction_date
                .map(|d| ot_date(d).to_string())
                .unwrap_or_default()
        }
        VendPurchId => text(
            p,
            at_call.name("vend_purch_id"),
            call.vend_purch_id.as_ref(),
            MAX_SHORT_TEXT,
            false,
        ),
        VendPurchWaybill => text(
            p,
            at_call.name("vend_purch_waybill"),
            call.vend_purch_waybill.as_ref(),
            MAX_SHORT_TEXT,
            false,
        ),
        ProviderType => text(
            p,
            at_call.name("provider_type"),
            call.provider_type.as_ref(),
            MAX_SHORT_TEXT,
            true,
        ),
        ReturnUrl => text(
            p,
            at_call.name("return_url"),
            call.return_url.as_ref(),
            MAX_LONG_TEXT,
            true,
        ),
    }
}

/// A text parameter, checked; empty when left out.
fn text(p: &mut Problems, at: Place<'_>, value: Option<&String>, max: usize, required: bool) -> String {
    match value {
        Some(v) => check::text(p, at, v, max, required),
        None if required => p.push(Code::Required, at, None),
        None => {}
    }
    value.cloned().unwrap_or_default()
}

/// A document parameter as XML, its problems recorded at paths under `at`.
fn document<D: Document>(p: &mut Problems, at: Place<'_>, document: Option<&D>) -> String {
    required(p, at, document)
        .map(|d| to_xml(d, at).map_err(|e| p.extend(e)).unwrap_or_default())
        .unwrap_or_default()
}

/// `value`, or a `required` problem at `at`.
fn required<T>(p: &mut Problems, at: Place<'_>, value: Option<T>) -> Option<T> {
    if value.is_none() {
        p.push(Code::Required, at, None);
    }
    value
}

/// A bound on counts as a `u32`.
fn limit(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Records the members of a provider method's parameters that it requires and are missing, and
/// those it does not take.
fn check_provider_members(p: &mut Problems, at: Place<'_>, method: OtMethod, d: &ProviderParameters) {
    let (requires, allows) = method.provider_members();
    let members = [
        ("order_id", d.order_id.is_some()),
        ("order_line_ids", !d.order_line_ids.is_empty()),
        ("order_ids", !d.order_ids.is_empty()),
        ("provider_order_ids", !d.provider_order_ids.is_empty()),
    ];
    let takes = requires.iter().chain(allows).copied().collect::<Vec<_>>().join(", ");
    for (name, given) in members {
        if requires.contains(&name) && !given {
            p.push(Code::Required, at.name(name), None);
        } else if given && !requires.contains(&name) && !allows.contains(&name) {
            p.push(Code::UnknownField, at.name(name), Some(takes.clone()));
        }
    }
}

/// The request for `call`: its parameters in the platform's order, every problem of the call and
/// the client reported at once (a member the method does not take is refused with those it takes).
pub fn request(call: &OtCall, client: &OtClient) -> Result<OtRequest, Error> {
    let spec = call.method.spec();
    let mut problems = Problems::default();
    let takes: Vec<&str> = MEMBERS
        .iter()
        .filter(|(param, ..)| param.taken_by(&spec))
        .map(|(_, member, _)| *member)
        .collect();
    for (param, member, given) in MEMBERS {
        if given(call) && !param.taken_by(&spec) {
            let at = Place::root("call");
            let detail = format!(
                "{} takes {}",
                spec.name,
                if takes.is_empty() {
                    "none".into()
                } else {
                    takes.join(", ")
                }
            );
            problems.push(Code::UnknownField, at.name(member), Some(detail));
        }
    }
    let at = Place::root("client");
    check::text(
        &mut problems,
        at.name("instance_key"),
        &client.instance_key,
        MAX_SHORT_TEXT,
        true,
    );
    let mut parameters = vec![OtParameter {
        name: "instanceKey".into(),
        value: client.instance_key.clone(),
    }];
    for &param in spec.params {
        let value = value(param, call, client, spec.session, &mut problems);
        parameters.push(OtParameter {
            name: param.name().into(),
            value,
        });
    }
    if let Some(signing) = &client.signing {
        check::text(
            &mut problems,
            at.name("signing").name("secret"),
            &signing.secret,
            MAX_LONG_TEXT,
            true,
        );
        parameters.push(OtParameter {
            name: "timestamp".into(),
            value: signing
                .timestamp
                .format_with_items(datetime::COMPACT.iter())
                .to_string(),
        });
        let signature = signature(spec.name, &parameters, &signing.secret);
        parameters.push(OtParameter {
            name: "signature".into(),
            value: signature,
        });
    }
    problems.finish(())?;
    Ok(OtRequest {
        method: spec.name.into(),
        encoded: encode(&parameters)?,
        xml_path: format!("OtapiWebService2.asmx/{}", spec.name),
        json_path: format!("service-json/{}", spec.name),
        parameters,
    })
}

/// `name=value&…`, percent-encoded: every byte but the unreserved `A–Z a–z 0–9 - . _ ~` as `%XX`.
/// Written as bytes into a buffer long enough for every byte encoded, turned into text once and
/// shrunk to its length.
fn encode(parameters: &[OtParameter]) -> Result<String, Error> {
    let separators = parameters.len().saturating_mul(2).saturating_sub(1); // `=` each, `&` between
    let most = parameters
        .iter()
        .map(|p| p.name.len().saturating_add(p.value.len()).saturating_mul(3))
        .fold(separators, usize::saturating_add);
    let mut out = Vec::with_capacity(most);
    for (i, p) in parameters.iter().enumerate() {
        if i > 0 {
            out.push(b'&');
        }
        percent_encode(&mut out, &p.name);
        out.push(b'=');
        percent_encode(&mut out, &p.value);
    }
    let mut encoded = String::from_utf8(out).map_err(internal)?;
    encoded.shrink_to_fit();
    Ok(encoded)
}

/// The unreserved bytes below 64 (`-` `.` `0–9`) and from 64 to 127 (`A–Z` `_` `a–z` `~`), a bit each.
const UNRESERVED: [u64; 2] = [
    0x3FF << b'0' | 1 << b'-' | 1 << b'.',
    0x3FF_FFFF << (b'A' - 64) | 1 << (b'_' - 64) | 0x3FF_FFFF << (b'a' - 64) | 1 << (b'~' - 64),
];

/// Whether `b` is sent as it is: one bit of [`UNRESERVED`].
fn is_unreserved(b: u8) -> bool {
    UNRESERVED
        .get(usize::from(b >> 6))
        .is_some_and(|bits| bits >> (b & 63) & 1 == 1)
}

/// Appends `text` percent-encoded.
fn percent_encode(out: &mut Vec<u8>, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let hex = |nibble: u8| HEX.get(usize::from(nibble)).copied().unwrap_or(b'0');
    for b in text.bytes() {
        if is_unreserved(b) {
            out.push(b);
        } else {
            out.extend_from_slice(&[b'%', hex(b >> 4), hex(b & 0x0F)]);
        }
    }
}
