//! The one list of public operations. Every export layer is derived from it and nothing else:
//! `operations!(layer)` hands the whole list to the layer's macro, which writes its exports —
//! the JSON dispatch and its method list (C ABI, Dart, any JSON host), the wasm-bindgen functions
//! (whose TypeScript types come from the Rust types), and the uniffi functions (Kotlin, Swift,
//! Python). Adding an operation is one entry here, its domain function and its vectors.
//!
//! An entry reads `fn name(arg: Type, …) -> Result as "camelName" { body }`: the snake_case name
//! is the JSON method and the Rust and Python name, `camelName` the JavaScript, Kotlin, Swift and
//! Dart name; the doc comment is every runtime's; the body returns `Result<Result, Error>`. A
//! type is a name or a name with one parameter (`Vec<Decimal>`), as the wasm layer reads it.

/// The names the list uses, imported by each layer that expands it.
pub(crate) mod names {
    pub(crate) use crate::channels::{
        self, AkinonCode, BatchObjectResult, BatchOutcome, CargoCompany, ChannelCancellation, ChannelCancelled,
        ChannelCode, ChannelImport, ChannelOrder, ChannelStatus, FailedObject, LocalPurchase, OdooOrder, OdooState,
        OrderUpdate, OtLineStatus, OtLineStatusEntry, PaymentAnswer, PaymentBatch, PaymentOutcome, PurchasePlan,
        PurchaseStatus, ReasonTable, ShopeeCancelFlags, ShopeeOrderStatus, SupplierFailureAction, SyncFailure,
        TaobaoPurchaseStatus, TaobaoRefundStatus, TokenDecision, TokenExpiry, TokenTimes, UpdateBatch,
    };
    pub(crate) use crate::error::{Code, Problem, ValidationErrors};
    pub(crate) use crate::i18n::{self, Locale};
    pub(crate) use crate::money::{self, Currency};
    pub(crate) use crate::otapi::{
        self, AddOrderOutcome, AddOrderSettings, BackgroundActivitySearchParameters, OperatorAction, OrderAddData,
        OrderCreateData, OrderLineSearchParameters, OrderSearchParameters, OtAnswer, OtCall, OtClient, OtMethod,
        OtProblem, OtRequest, PaymentPlan, ProviderOrders, ProviderParameters, SalesLine, SalesOrderDetails,
        SalesPaymentInfo,
    };
    pub(crate) use crate::pricing::{
        self, LoyaltyProgram, OrderRequest, PricingRules, Quote, Refund, RefundRequest, RejectReason,
    };
    pub(crate) use crate::sync::{
        self, BindingLookup, ChannelListing, JobRunOrder, LocalProduct, MarketplaceJob, ProductBinding, ProductStock,
        PullOrdersOptions, PullOrdersPayload, PullSchedule, PullWindow, PushStockPayload, ResolvedBinding, SkuBinding,
        StockLevel, StockPushList, StockRule,
    };
    pub(crate) use crate::workflow::{
        self, Actor, BuiltinWorkflow, BulkOutcome, Decisions, JobFailure, Order, OrderTiming, Rated, Rating,
        RetryDecision, RetryPolicy, TimingThresholds, TrackingView, TransitionContext, Transitioned, Workflow,
    };
    pub(crate) use rust_decimal::Decimal;

    /// An instant, crossing as an RFC 3339 string.
    pub(crate) type Timestamp = chrono::DateTime<chrono::Utc>;
}

/// Passes the list of operations to `$layer!`.
macro_rules! operations {
    ($layer:ident) => {
        $layer! {
            /// Prices an order (the seed's `POST /orders` body) under the merchant's rules.
            fn quote(request: OrderRequest, rules: PricingRules) -> Quote as "quote" {
                pricing::quote(&request, &rules)
            }
            /// Prices an order given as JSON texts (the request body and the rules, as a server receives them).
            fn quote_json(request: String, rules: String) -> Quote as "quoteJson" {
                pricing::quote_json(&request, &rules)
            }
            /// Reads and validates an order request from JSON text, reporting every problem.
            fn order_request_from_json(json: String) -> OrderRequest as "orderRequestFromJson" {
                OrderRequest::from_json(&json)
            }
            /// The seed's `validation_errors` for an order request given as JSON text: each field
            /// with a problem and its messages in `locale`; empty when the request is valid.
            fn validate_order_request(json: String, locale: Locale) -> ValidationErrors as "validateOrderRequest" {
                Ok(OrderRequest::validation_errors(&json, locale))
            }
            /// Reads and validates pricing rules from JSON text.
            fn pricing_rules_from_json(json: String) -> PricingRules as "pricingRulesFromJson" {
                PricingRules::from_json(&json)
            }
            /// Refunds units of a quote's lines from the split frozen in it.
            fn refund(quote: Quote, request: RefundRequest) -> Refund as "refund" {
                pricing::refund(&quote, &request)
            }
            /// Checks a quote given back (by an app, from storage) against every invariant of the
            /// engine; returns it, or `inconsistent_quote` at the first field that breaks one.
            fn verify_quote(quote: Quote) -> Quote as "verifyQuote" {
                pricing::verify(&quote).map(|()| quote)
            }
            /// Seals a quote with the issuer's secret key (HMAC-SHA256), after checking it, so that
            /// the issuer can later accept it only if it is the very quote it issued.
            fn seal_quote(quote: Quote, key: String) -> Quote as "sealQuote" {
                pricing::seal_quote(quote, &key)
            }
            /// Checks a sealed quote: its seal under the key it was sealed with (`seal_mismatch`)
            /// and every invariant of the engine; returns it.
            fn verify_quote_seal(quote: Quote, key: String) -> Quote as "verifyQuoteSeal" {
                pricing::verify_quote_seal(quote, &key)
            }
            /// The loyalty points a quoted order earns.
            fn points_earned(quote: Quote, program: LoyaltyProgram) -> u64 as "pointsEarned" {
                pricing::points_earned(&quote, &program)
            }
            /// Splits an amount over weights exactly, at the currency's minor unit (largest remainder).
            fn allocate(amount: Decimal, weights: Vec<Decimal>, currency: Currency) -> Vec<Decimal> as "allocate" {
                money::allocate(amount, &weights, currency)
            }
            /// A problem's message in a language, with its detail (a limit, the allowed values) if any.
            fn problem_message(code: Code, detail: Option<String>, locale: Locale) -> String as "problemMessage" {
                Ok(i18n::problem_message(code, detail.as_deref(), locale))
            }
            /// Why an offer code did not apply, in a language.
            fn reject_reason_text(reason: RejectReason, locale: Locale) -> String as "rejectReasonText" {
                Ok(i18n::reject_reason_text(reason, locale).to_owned())
            }
            /// How long before `now` the instant `from` was, in a language: "منذ 15 دقيقة", "15 minutes
            /// ago"; an instant after `now` reads "in 15 minutes".
            fn relative_time(from: Timestamp, now: Timestamp, locale: Locale) -> String as "relativeTime" {
                Ok(i18n::relative_time(from, now, locale))
            }
            /// The library's version.
            fn version() -> String as "version" {
                Ok(crate::VERSION.to_owned())
            }
            /// OT Platform: AddOrder's `xmlAddData` document (`OrderAddData`), every problem at once.
            fn ot_order_add_data_xml(document: OrderAddData) -> String as "otOrderAddDataXml" {
                document.to_xml()
            }
            /// OT Platform: CreateOrder's `xmlCreateData` document (`OrderCreateData`).
            fn ot_order_create_data_xml(document: OrderCreateData) -> String as "otOrderCreateDataXml" {
                document.to_xml()
            }
            /// OT Platform: SearchOrders' `xmlSearchParameters` document (`OrderSearchParameters`).
            fn ot_order_search_xml(document: OrderSearchParameters) -> String as "otOrderSearchXml" {
                document.to_xml()
            }
            /// OT Platform: SearchOrderLines' `xmlSearchParameters` document (`OrderLineSearchParameters`):
            /// lines by provider order id or by waybill.
            fn ot_order_line_search_xml(document: OrderLineSearchParameters) -> String as "otOrderLineSearchXml" {
                document.to_xml()
            }
            /// OT Platform: the provider methods' `xmlParameters` document (`Parameters`).
            fn ot_provider_parameters_xml(document: ProviderParameters) -> String as "otProviderParametersXml" {
                document.to_xml()
            }
            /// OT Platform: SearchBackgroundActivities' `xmlSearchParameters` document.
            fn ot_activity_search_xml(document: BackgroundActivitySearchParameters) -> String as "otActivitySearchXml" {
                document.to_xml()
            }
            /// OT Platform: a method's whole request — its parameters in order with their exact names,
            /// the session it needs, signed if the client signs — ready as a form body or a query string.
            fn ot_request(call: OtCall, client: OtClient) -> OtRequest as "otRequest" {
                otapi::request(&call, &client)
            }
            /// OT Platform: a method's answer from the XML the platform sent: the envelope (ok, partial,
            /// failed) and the method's result; hostile or malformed XML is an error.
            fn ot_answer(method: OtMethod, xml: String) -> OtAnswer as "otAnswer" {
                otapi::answer(method, &xml)
            }
            /// OT Platform: a method's answer from the JSON endpoint's text.
            fn ot_answer_json(method: OtMethod, json: String) -> OtAnswer as "otAnswerJson" {
                otapi::answer_json(method, &json)
            }
            /// OT Platform: an order's lines grouped by provider order, with their waybills and statuses.
            fn ot_provider_orders(lines: Vec<SalesLine>) -> ProviderOrders as "otProviderOrders" {
                Ok(otapi::provider_orders(&lines))
            }
            /// OT Platform: the lines of a provider order.
            fn ot_lines_by_provider_order(lines: Vec<SalesLine>, provider_order_id: String) -> Vec<SalesLine> as "otLinesByProviderOrder" {
                otapi::lines_by_provider_order(&lines, &provider_order_id)
            }
            /// OT Platform: the lines sent with a tracking number (a scanned waybill).
            fn ot_lines_by_waybill(lines: Vec<SalesLine>, waybill: String) -> Vec<SalesLine> as "otLinesByWaybill" {
                otapi::lines_by_waybill(&lines, &waybill)
            }
            /// OT Platform: what is due, what the balance pays, and the deposit needed first when it falls short.
            fn ot_payment_plan(payment: SalesPaymentInfo) -> PaymentPlan as "otPaymentPlan" {
                otapi::payment_plan(&payment)
            }
            /// OT Platform: what AddOrder dropped of the items sent, the possible causes and the operator's actions.
            fn ot_add_order_outcome(sent: OrderAddData, details: SalesOrderDetails) -> AddOrderOutcome as "otAddOrderOutcome" {
                otapi::add_order_outcome(&sent, &details)
            }
            /// OT Platform: what the operator does about a problem the seed lists.
            fn ot_problem_actions(problem: OtProblem) -> Vec<OperatorAction> as "otProblemActions" {
                Ok(otapi::problem_actions(problem))
            }
            /// OT Platform: the AddOrder document for an ordercore order and its quote.
            fn ot_order_add_data(request: OrderRequest, quote: Quote, settings: AddOrderSettings) -> OrderAddData as "otOrderAddData" {
                otapi::order_add_data(&request, &quote, &settings)
            }
            /// A workflow the library ships (the customer order, the supplier purchase, …), as data.
            fn workflow(which: BuiltinWorkflow) -> Workflow as "workflow" {
                Workflow::builtin(which)
            }
            /// Reads a host's own workflow from JSON text and checks it whole: unknown and
            /// unreachable states, final states with exits, duplicate edges, every problem at once.
            fn workflow_from_json(json: String) -> Workflow as "workflowFromJson" {
                Workflow::from_json(&json)
            }
            /// Checks a workflow built in code as `workflow_from_json` checks one read from JSON; returns it.
            fn verify_workflow(workflow: Workflow) -> Workflow as "verifyWorkflow" {
                workflow.check().map(|()| workflow)
            }
            /// A workflow as a Mermaid state diagram.
            fn workflow_mermaid(workflow: Workflow) -> String as "workflowMermaid" {
                workflow.check().map(|()| workflow.mermaid())
            }
            /// What an actor may do with an order in a status: the next statuses, `can_cancel`,
            /// `can_reorder`, `can_rate`, `can_update_status` and the allowed actions, with texts in `locale`.
            fn order_decisions(workflow: Workflow, status: String, actor: Actor, locale: Locale) -> Decisions as "orderDecisions" {
                workflow.check().and_then(|()| workflow.decisions(&status, actor, locale))
            }
            /// Moves an order to a status, or refuses (forbidden, stale, repeated, missing what the
            /// transition requires); returns the order in its new status and the effects to carry out.
            fn transition_order(workflow: Workflow, order: Order, to: String, context: TransitionContext) -> Transitioned as "transitionOrder" {
                workflow.check().and_then(|()| workflow.transition(&order, &to, &context))
            }
            /// Places a new order through the workflow's placing transition (into its initial state),
            /// with its effects: the tracking entry, the customer's and the shop's notifications.
            fn place_order(workflow: Workflow, order: Order, context: TransitionContext) -> Transitioned as "placeOrder" {
                workflow.check().and_then(|()| workflow.place(&order, &context))
            }
            /// Moves many orders to one status: each updated with its effects or rejected with its
            /// reasons; the counts of the seed's bulk update.
            fn bulk_transition(workflow: Workflow, orders: Vec<Order>, to: String, context: TransitionContext) -> BulkOutcome as "bulkTransition" {
                workflow.check().and_then(|()| workflow.bulk_transition(&orders, &to, &context))
            }
            /// An order's tracking at `now`: its steps (completed, current, when, where, who), its
            /// progress in percent, its latest entry and how long ago it was, and when it was
            /// delivered or cancelled.
            fn order_tracking(workflow: Workflow, order: Order, now: Timestamp, locale: Locale) -> TrackingView as "orderTracking" {
                workflow.check().and_then(|()| workflow.tracking_view(&order, now, locale))
            }
            /// How old an order is at `now` (`order_age_hours`), and whether it is overdue or urgent.
            fn order_timing(workflow: Workflow, order: Order, now: Timestamp, thresholds: TimingThresholds) -> OrderTiming as "orderTiming" {
                workflow.check().and_then(|()| workflow.order_timing(&order, now, &thresholds))
            }
            /// Rates an order (1 to 5, a review) where its state allows `rate`, once; `points` is
            /// what a rating earns (the seed's `loyalty_points_earned`).
            fn rate_order(workflow: Workflow, order: Order, rating: Rating, points: u64) -> Rated as "rateOrder" {
                workflow.check().and_then(|()| workflow.rate(&order, &rating, points))
            }
            /// The request for ordering again (the seed's reorder), ready to quote: the same items,
            /// address and payment; the offer code and the loyalty points left for the customer to choose anew.
            fn reorder_request(original: OrderRequest) -> OrderRequest as "reorderRequest" {
                workflow::reorder_request(&original)
            }
            /// Whether and when a failed job runs again under a retry policy (fixed, a step table,
            /// or exponential with a cap; jitter drawn by the host), or has used every attempt.
            fn job_retry(policy: RetryPolicy, failure: JobFailure) -> RetryDecision as "jobRetry" {
                policy.after(&failure)
            }
            /// Shopee: what an order status (`READY_TO_SHIP`, …) means for the customer order and what
            /// the seller may do; Shopee's cancel flags from the order detail, where given, are
            /// preferred to the rules.
            fn shopee_order_status(status: ShopeeOrderStatus, flags: Option<ShopeeCancelFlags>) -> ChannelStatus as "shopeeOrderStatus" {
                Ok(channels::shopee_order_status(status, flags.as_ref()))
            }
            /// Akinon: what an order or order-item status code (`"400"`, or the number 400) means for
            /// the customer order.
            fn akinon_order_status(code: ChannelCode) -> ChannelStatus as "akinonOrderStatus" {
                channels::akinon_order_status(code.as_str())
            }
            /// Akinon: the status code to send for a customer-order status.
            fn akinon_code_for(status: String) -> AkinonCode as "akinonCodeFor" {
                channels::akinon_code_for(&status)
            }
            /// Odoo: what a `sale.order` state and its `locked` flag mean for the customer order, and
            /// what Odoo lets the seller do; the legacy `done` is `sale` + locked.
            fn odoo_order_status(state: OdooState, locked: Option<bool>) -> ChannelStatus as "odooOrderStatus" {
                Ok(channels::odoo_order_status(state, locked))
            }
            /// Odoo: the state and lock to give a `sale.order` for a customer-order status.
            fn odoo_state_for(status: String) -> OdooOrder as "odooStateFor" {
                channels::odoo_state_for(&status)
            }
            /// Taobao: what a purchase status (`WAIT_BUYER_P`, `BULIDING` — sic —, …) means for the
            /// supplier purchase.
            fn taobao_purchase_status(status: TaobaoPurchaseStatus) -> PurchaseStatus as "taobaoPurchaseStatus" {
                Ok(channels::taobao_purchase_status(status))
            }
            /// Taobao: a refund status code (`"10"`, or the number -10) as a refund status.
            fn taobao_refund_status(code: ChannelCode) -> TaobaoRefundStatus as "taobaoRefundStatus" {
                channels::taobao_refund_status(code.as_str())
            }
            /// OT Platform: what an order-line status id means for the customer order and the
            /// supplier purchase, by the host's table of what its ids mean; an id it lacks is refused.
            fn ot_line_status(status_id: u32, table: Vec<OtLineStatusEntry>) -> OtLineStatus as "otLineStatus" {
                channels::ot_line_status(status_id, &table)
            }
            /// A supplier's failure code (`IllegalAccessToken`, …) classified into the operator's next
            /// action, the host's token expiry deciding between refreshing and authorising again; the
            /// purchase keeps its status and the code is the reason to record.
            fn supplier_failure_action(code: String, tokens: Option<TokenExpiry>) -> SupplierFailureAction as "supplierFailureAction" {
                channels::supplier_failure_action(&code, tokens.as_ref())
            }
            /// The stock to publish of one product under its shop's sync rule, through its binding
            /// when given (its pack size): quantity (on hand or forecast) − buffer (never below 0)
            /// × percentage, ÷ pack size rounded down, capped at the maximum, rounded down to a
            /// multiple of the rounding, 0 when below the minimum online quantity; every step's value kept.
            fn stock_to_publish(rule: StockRule, stock: ProductStock, binding: Option<ProductBinding>) -> StockLevel as "stockToPublish" {
                sync::stock_to_publish(&rule, &stock, binding.as_ref())
            }
            /// The seed's `push_stock` job for the rule's shop: each product of the payload (none: every
            /// product bound in the shop) with the quantity to send through its binding, or skipped with
            /// the reason (no, inactive or duplicate binding, missing SKU or stock, unchanged since the
            /// binding's last push); the failures among them as issues with their next action.
            fn stock_push_list(payload: PushStockPayload, rule: StockRule, products: Vec<ProductStock>, bindings: Vec<ProductBinding>) -> StockPushList as "stockPushList" {
                sync::stock_push_list(&payload, &rule, &products, &bindings)
            }
            /// The one active binding of a shop for a local product, or for the channel's product id
            /// and SKU; none found, only inactive ones, or several active ones are an issue, never a choice.
            fn resolve_binding(bindings: Vec<ProductBinding>, lookup: BindingLookup) -> ResolvedBinding as "resolveBinding" {
                sync::resolve_binding(&bindings, &lookup)
            }
            /// Bulk binding: a shop's local products bound to the channel's listings with the same SKU,
            /// exactly; every conflict reported (a SKU missing or on two products or listings, a product
            /// or listing bound already, an inactive binding), none settled by a guess.
            fn bind_by_sku(shop_id: String, products: Vec<LocalProduct>, listings: Vec<ChannelListing>, bindings: Vec<ProductBinding>) -> SkuBinding as "bindBySku" {
                sync::bind_by_sku(&shop_id, &products, &listings, &bindings)
            }
            /// Reads a `pull_orders` job's payload from its JSON text (`{"since": …, "until": null}`):
            /// RFC 3339 times (zone-less ones at the host's offset), since before until, neither after
            /// `now`, the window within the channel's longest; no other member; every problem at once.
            fn pull_orders_payload(payload: String, options: PullOrdersOptions) -> PullOrdersPayload as "pullOrdersPayload" {
                sync::pull_orders_payload(&payload, &options)
            }
            /// Reads a `push_stock` job's payload from its JSON text (`{"product_ids": [1, 2, 3]}`, or
            /// empty for every bound product): ids as text, none twice, no other member.
            fn push_stock_payload(payload: String) -> PushStockPayload as "pushStockPayload" {
                sync::push_stock_payload(&payload)
            }
            /// The window of the next `pull_orders` at `now`: from the last successful pull's end less
            /// the overlap (or the schedule's first start) to now, or to the longest window.
            fn next_pull_window(schedule: PullSchedule, last: Option<PullOrdersPayload>, now: Timestamp) -> PullWindow as "nextPullWindow" {
                sync::next_pull_window(&schedule, last.as_ref(), now)
            }
            /// The order pending marketplace jobs run in at `now`: the due ones by priority (the smaller
            /// first; the seed's 1 is normal), then age, then id; those a retry put off, by when they are due.
            fn job_run_order(jobs: Vec<MarketplaceJob>, now: Timestamp) -> JobRunOrder as "jobRunOrder" {
                sync::job_run_order(&jobs, now)
            }
            /// Supplier purchases: what to send for local orders — a purchase request for each pending
            /// order whose every line has its SKU, a `Product missing SKU` failure per line that lacks
            /// one (with its path; no request for that order), and the orders not pending.
            fn supplier_purchase_plan(orders: Vec<LocalPurchase>) -> PurchasePlan as "supplierPurchasePlan" {
                channels::supplier_purchase_plan(&orders)
            }
            /// Supplier purchases: the ids to pay in batches of at most 10, each id once, in their order.
            fn supplier_payment_batches(purchase_ids: Vec<String>) -> Vec<PaymentBatch> as "supplierPaymentBatches" {
                channels::supplier_payment_batches(&purchase_ids)
            }
            /// Supplier purchases: a batch payment's answer about one purchase — paid: the workflow's
            /// `pay` to `paid`; not paid: the status kept, the code to record and the next action
            /// (top up, refresh the token, …).
            fn supplier_payment_result(purchase: Order, payment: PaymentAnswer, now: Timestamp, tokens: Option<TokenExpiry>) -> PaymentOutcome as "supplierPaymentResult" {
                channels::supplier_payment_result(&purchase, &payment, now, tokens.as_ref())
            }
            /// Supplier tokens: use the access token, refresh it, or authorise the shop again, from
            /// their expiry times at `now`.
            fn supplier_token_decision(tokens: TokenTimes, now: Timestamp) -> TokenDecision as "supplierTokenDecision" {
                Ok(channels::supplier_token_decision(&tokens, now))
            }
            /// Shopee: the orders of a `get_order_detail` answer (its JSON text) as channel orders with
            /// exact money, each unreadable order reported with every problem at its path.
            fn shopee_orders(json: String) -> ChannelImport as "shopeeOrders" {
                channels::shopee_orders(&json)
            }
            /// Akinon: channel orders (the JSON text of a list of `{order, order_item}`) as channel
            /// orders, the cargo company mapped through the host's table; each unreadable order reported.
            fn akinon_orders(json: String, cargo_companies: Vec<CargoCompany>) -> ChannelImport as "akinonOrders" {
                channels::akinon_orders(&json, &cargo_companies)
            }
            /// A channel order as an order request to quote with the merchant's rules (paid by the
            /// channel's method, else `payment_method`), or the request's problems where the channel's
            /// data does not fit one.
            fn channel_order_request(order: ChannelOrder, merchant_id: String, payment_method: Option<String>) -> OrderRequest as "channelOrderRequest" {
                channels::channel_order_request(&order, &merchant_id, payment_method.as_deref())
            }
            /// A channel's cancellation, whole or of some lines, with its reasons mapped through the
            /// host's table: the lines cancelled, the workflow's cancel when no line is left, the
            /// stock to restore and the amount to refund.
            fn channel_cancellation(order: ChannelOrder, cancellation: ChannelCancellation, reasons: ReasonTable, now: Timestamp) -> ChannelCancelled as "channelCancellation" {
                channels::channel_cancellation(&order, &cancellation, &reasons, now)
            }
            /// Status updates to send to the channel, with Akinon's codes, in batch requests of at most
            /// `batch_size` (10 when omitted), each `initialized` in the `akinon_batch` workflow.
            fn channel_update_batches(updates: Vec<OrderUpdate>, batch_size: Option<u32>, batch_prefix: String, now: Timestamp) -> Vec<UpdateBatch> as "channelUpdateBatches" {
                channels::channel_update_batches(&updates, batch_size, &batch_prefix, now)
            }
            /// Akinon: the channel's answer about an `ongoing` batch request — `done` or `fail` through
            /// the `akinon_batch` workflow, and a report per failed object with its next action.
            fn akinon_batch_result(batch: Order, results: Vec<BatchObjectResult>, now: Timestamp) -> BatchOutcome as "akinonBatchResult" {
                channels::akinon_batch_result(&batch, &results, now)
            }
            /// A failure report from an error's problems (as any operation raises them) about an
            /// object: a stable code, the next action (retry later, fix the data, ask the operator, …)
            /// and every problem.
            fn sync_failure_report(problems: Vec<Problem>, concerns: FailedObject) -> SyncFailure as "syncFailureReport" {
                channels::sync_failure_report(problems, concerns)
            }
        }
    };
}
pub(crate) use operations;

/// One public operation, as the list declares it: what a JSON host needs to call it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Operation {
    /// The JSON method; the Rust and Python name (`quote_json`).
    pub name: &'static str,
    /// The JavaScript, Kotlin, Swift and Dart name (`quoteJson`).
    pub camel_name: &'static str,
    /// The arguments, in order: their names (the JSON members) and Rust types.
    pub args: &'static [(&'static str, &'static str)],
    /// The result's Rust type.
    pub result: &'static str,
    /// What it does: the doc comment's lines, each as Rust keeps it (after `///`).
    pub doc: &'static str,
}

macro_rules! describe {
    ($( $(#[doc = $doc:literal])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty as $camel:literal $body:block )*) => {
        /// Every public operation, in the list's order.
        pub const OPERATIONS: &[Operation] = &[$(Operation {
            name: stringify!($name),
            camel_name: $camel,
            args: &[$((stringify!($arg), stringify!($ty))),*],
            result: stringify!($ret),
            doc: concat!($($doc, "\n"),*),
        }),*];
    };
}
operations!(describe);
