//! The OT Platform protocol (the seed `004_…`): the core builds what the host sends and reads
//! what the host receives; it does no I/O.
//!
//! - [`documents`]: the XML documents (`OrderAddData`, `OrderSearchParameters`, …) from typed values.
//! - [`request`]: a method's whole request, its parameters in order, optionally signed.
//! - [`answer`], [`answer_json`]: the platform's answers, from XML or JSON, into typed values.
//! - [`operator`]: what an operator needs next (provider orders, payment plan, dropped items, …).
//!
//! OT's dates have no zone: they are `NaiveDateTime`s on the platform's clock, written
//! `2024-01-31T23:59:59`, never turned into instants.

mod answers;
mod check;
pub mod documents;
pub mod operator;
mod read;
mod requests;
mod signing;
mod xml;

pub use answers::{
    answer, answer_json, BackgroundActivity, LineFrame, LineStatusSummary, OrderFrame, OrderInfo, OtAnswer, OtFailure,
    Outcome, ProviderSession, SalesLine, SalesOrderDetails, SalesPaymentInfo,
};
pub use documents::{
    BackgroundActivitySearchParameters, OrderAddData, OrderAddItem, OrderBy, OrderCreateData,
    OrderLineSearchParameters, OrderSearchParameters, ProviderParameters, SortDirection,
};
pub use operator::{
    add_order_outcome, lines_by_provider_order, lines_by_waybill, order_add_data, payment_plan, problem_actions,
    provider_orders, AddOrderOutcome, AddOrderSettings, DroppedItem, OperatorAction, OtProblem, PaymentPlan,
    ProviderOrder, ProviderOrders, StatusCount,
};
pub use requests::{request, OtCall, OtClient, OtMethod, OtParameter, OtRequest, OtSessions, OtSigning};
pub use xml::{MAX_ANSWER_BYTES, MAX_DEPTH, MAX_ELEMENTS};
