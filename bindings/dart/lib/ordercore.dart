// GENERATED FILE: do not edit. Written by scripts/dart-bindings (src/bin/dart-bindgen.rs) from the
// uniffi metadata of the built library (every function, record and enum, with its docstrings).
// Its shapes are checked against tests/vectors by `dart-bindgen --check-vectors` in CI.

/// ordercore for Dart and Flutter: typed classes and one method per operation over the library's
/// JSON C ABI (`ordercore_call`, `ordercore_free`).
///
/// Decimals, currencies and instants are `String`s exactly as the library writes them (`"54.81"`,
/// `"EGP"`, `"2025-01-21T17:45:00Z"`): a decimal keeps its scale, which the library needs when a
/// quote is sent back; parse it (with `package:decimal`, say) only to compute with it.
library;

import 'dart:convert';
import 'dart:ffi';
import 'dart:io';

import 'package:ffi/ffi.dart';

typedef _CallNative = Pointer<Utf8> Function(Pointer<Utf8> method, Pointer<Utf8> argsJson);
typedef _FreeNative = Void Function(Pointer<Utf8> text);
typedef _FreeDart = void Function(Pointer<Utf8> text);

/// The library. Every method runs one operation through `ordercore_call` and returns its typed
/// result, or throws [OrderCoreException] with every problem found.
class OrderCore {
  /// Opens the library: linked into the process on iOS and macOS ([DynamicLibrary.process]),
  /// `ordercore.dll` on Windows, `libordercore.so` elsewhere (Android, Linux); or uses [library].
  OrderCore([DynamicLibrary? library]) : this._(library ?? _open());

  OrderCore._(DynamicLibrary library)
      : _call = library.lookupFunction<_CallNative, _CallNative>('ordercore_call'),
        _free = library.lookupFunction<_FreeNative, _FreeDart>('ordercore_free');

  final _CallNative _call;
  final _FreeDart _free;

  static DynamicLibrary _open() {
    if (Platform.isIOS || Platform.isMacOS) return DynamicLibrary.process();
    if (Platform.isWindows) return DynamicLibrary.open('ordercore.dll');
    return DynamicLibrary.open('libordercore.so');
  }

  /// Akinon: the channel's answer about an `ongoing` batch request — `done` or `fail` through
  /// the `akinon_batch` workflow, and a report per failed object with its next action.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  BatchOutcome akinonBatchResult(Order batch, List<BatchObjectResult> results, String now) {
    final answer = _invoke('akinon_batch_result', {
      'batch': batch.toJson(),
      'results': [for (final e0 in results) e0.toJson()],
      'now': now,
    });
    return BatchOutcome.fromJson(answer as Map<String, Object?>);
  }

  /// Akinon: the status code to send for a customer-order status.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  AkinonCode akinonCodeFor(String status) {
    final answer = _invoke('akinon_code_for', {
      'status': status,
    });
    return AkinonCode.fromJson(answer as Map<String, Object?>);
  }

  /// Akinon: what an order or order-item status code (`"400"`, or the number 400) means for
  /// the customer order.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  ChannelStatus akinonOrderStatus(String code) {
    final answer = _invoke('akinon_order_status', {
      'code': code,
    });
    return ChannelStatus.fromJson(answer as Map<String, Object?>);
  }

  /// Akinon: channel orders (the JSON text of a list of `{order, order_item}`) as channel
  /// orders, the cargo company mapped through the host's table; each unreadable order reported.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  ChannelImport akinonOrders(String json, List<CargoCompany> cargoCompanies) {
    final answer = _invoke('akinon_orders', {
      'json': json,
      'cargo_companies': [for (final e0 in cargoCompanies) e0.toJson()],
    });
    return ChannelImport.fromJson(answer as Map<String, Object?>);
  }

  /// Splits an amount over weights exactly, at the currency's minor unit (largest remainder).
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  List<String> allocate(String amount, List<String> weights, String currency) {
    final answer = _invoke('allocate', {
      'amount': amount,
      'weights': weights,
      'currency': currency,
    });
    return <String>[for (final e0 in answer as List<Object?>) e0 as String];
  }

  /// Bulk binding: a shop's local products bound to the channel's listings with the same SKU,
  /// exactly; every conflict reported (a SKU missing or on two products or listings, a product
  /// or listing bound already, an inactive binding), none settled by a guess.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  SkuBinding bindBySku(String shopId, List<LocalProduct> products, List<ChannelListing> listings, List<ProductBinding> bindings) {
    final answer = _invoke('bind_by_sku', {
      'shop_id': shopId,
      'products': [for (final e0 in products) e0.toJson()],
      'listings': [for (final e0 in listings) e0.toJson()],
      'bindings': [for (final e0 in bindings) e0.toJson()],
    });
    return SkuBinding.fromJson(answer as Map<String, Object?>);
  }

  /// Moves many orders to one status: each updated with its effects or rejected with its
  /// reasons; the counts of the seed's bulk update.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  BulkOutcome bulkTransition(Workflow workflow, List<Order> orders, String to, TransitionContext context) {
    final answer = _invoke('bulk_transition', {
      'workflow': workflow.toJson(),
      'orders': [for (final e0 in orders) e0.toJson()],
      'to': to,
      'context': context.toJson(),
    });
    return BulkOutcome.fromJson(answer as Map<String, Object?>);
  }

  /// A channel's cancellation, whole or of some lines, with its reasons mapped through the
  /// host's table: the lines cancelled, the workflow's cancel when no line is left, the
  /// stock to restore and the amount to refund.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  ChannelCancelled channelCancellation(ChannelOrder order, ChannelCancellation cancellation, ReasonTable reasons, String now) {
    final answer = _invoke('channel_cancellation', {
      'order': order.toJson(),
      'cancellation': cancellation.toJson(),
      'reasons': reasons.toJson(),
      'now': now,
    });
    return ChannelCancelled.fromJson(answer as Map<String, Object?>);
  }

  /// A channel order as an order request to quote with the merchant's rules (paid by the
  /// channel's method, else `payment_method`), or the request's problems where the channel's
  /// data does not fit one.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  OrderRequest channelOrderRequest(ChannelOrder order, String merchantId, String? paymentMethod) {
    final answer = _invoke('channel_order_request', {
      'order': order.toJson(),
      'merchant_id': merchantId,
      if (paymentMethod != null) 'payment_method': paymentMethod,
    });
    return OrderRequest.fromJson(answer as Map<String, Object?>);
  }

  /// Status updates to send to the channel, with Akinon's codes, in batch requests of at most
  /// `batch_size` (10 when omitted), each `initialized` in the `akinon_batch` workflow.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  List<UpdateBatch> channelUpdateBatches(List<OrderUpdate> updates, int? batchSize, String batchPrefix, String now) {
    final answer = _invoke('channel_update_batches', {
      'updates': [for (final e0 in updates) e0.toJson()],
      if (batchSize != null) 'batch_size': batchSize,
      'batch_prefix': batchPrefix,
      'now': now,
    });
    return <UpdateBatch>[for (final e0 in answer as List<Object?>) UpdateBatch.fromJson(e0 as Map<String, Object?>)];
  }

  /// Whether and when a failed job runs again under a retry policy (fixed, a step table,
  /// or exponential with a cap; jitter drawn by the host), or has used every attempt.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  RetryDecision jobRetry(RetryPolicy policy, JobFailure failure) {
    final answer = _invoke('job_retry', {
      'policy': policy.toJson(),
      'failure': failure.toJson(),
    });
    return RetryDecision.fromJson(answer as Map<String, Object?>);
  }

  /// The order pending marketplace jobs run in at `now`: the due ones by priority (the smaller
  /// first; the seed's 1 is normal), then age, then id; those a retry put off, by when they are due.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  JobRunOrder jobRunOrder(List<MarketplaceJob> jobs, String now) {
    final answer = _invoke('job_run_order', {
      'jobs': [for (final e0 in jobs) e0.toJson()],
      'now': now,
    });
    return JobRunOrder.fromJson(answer as Map<String, Object?>);
  }

  /// The window of the next `pull_orders` at `now`: from the last successful pull's end less
  /// the overlap (or the schedule's first start) to now, or to the longest window.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  PullWindow nextPullWindow(PullSchedule schedule, PullOrdersPayload? last, String now) {
    final answer = _invoke('next_pull_window', {
      'schedule': schedule.toJson(),
      if (last != null) 'last': last.toJson(),
      'now': now,
    });
    return PullWindow.fromJson(answer as Map<String, Object?>);
  }

  /// Odoo: what a `sale.order` state and its `locked` flag mean for the customer order, and
  /// what Odoo lets the seller do; the legacy `done` is `sale` + locked.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  ChannelStatus odooOrderStatus(OdooState state, bool? locked) {
    final answer = _invoke('odoo_order_status', {
      'state': state.json,
      if (locked != null) 'locked': locked,
    });
    return ChannelStatus.fromJson(answer as Map<String, Object?>);
  }

  /// Odoo: the state and lock to give a `sale.order` for a customer-order status.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  OdooOrder odooStateFor(String status) {
    final answer = _invoke('odoo_state_for', {
      'status': status,
    });
    return OdooOrder.fromJson(answer as Map<String, Object?>);
  }

  /// What an actor may do with an order in a status: the next statuses, `can_cancel`,
  /// `can_reorder`, `can_rate`, `can_update_status` and the allowed actions, with texts in `locale`.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Decisions orderDecisions(Workflow workflow, String status, Actor actor, Locale locale) {
    final answer = _invoke('order_decisions', {
      'workflow': workflow.toJson(),
      'status': status,
      'actor': actor.json,
      'locale': locale.json,
    });
    return Decisions.fromJson(answer as Map<String, Object?>);
  }

  /// Reads and validates an order request from JSON text, reporting every problem.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  OrderRequest orderRequestFromJson(String json) {
    final answer = _invoke('order_request_from_json', {
      'json': json,
    });
    return OrderRequest.fromJson(answer as Map<String, Object?>);
  }

  /// How old an order is at `now` (`order_age_hours`), and whether it is overdue or urgent.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  OrderTiming orderTiming(Workflow workflow, Order order, String now, TimingThresholds thresholds) {
    final answer = _invoke('order_timing', {
      'workflow': workflow.toJson(),
      'order': order.toJson(),
      'now': now,
      'thresholds': thresholds.toJson(),
    });
    return OrderTiming.fromJson(answer as Map<String, Object?>);
  }

  /// An order's tracking at `now`: its steps (completed, current, when, where, who), its
  /// progress in percent, its latest entry and how long ago it was, and when it was
  /// delivered or cancelled.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  TrackingView orderTracking(Workflow workflow, Order order, String now, Locale locale) {
    final answer = _invoke('order_tracking', {
      'workflow': workflow.toJson(),
      'order': order.toJson(),
      'now': now,
      'locale': locale.json,
    });
    return TrackingView.fromJson(answer as Map<String, Object?>);
  }

  /// OT Platform: SearchBackgroundActivities' `xmlSearchParameters` document.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String otActivitySearchXml(BackgroundActivitySearchParameters document) {
    final answer = _invoke('ot_activity_search_xml', {
      'document': document.toJson(),
    });
    return answer as String;
  }

  /// OT Platform: what AddOrder dropped of the items sent, the possible causes and the operator's actions.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  AddOrderOutcome otAddOrderOutcome(OrderAddData sent, SalesOrderDetails details) {
    final answer = _invoke('ot_add_order_outcome', {
      'sent': sent.toJson(),
      'details': details.toJson(),
    });
    return AddOrderOutcome.fromJson(answer as Map<String, Object?>);
  }

  /// OT Platform: a method's answer from the XML the platform sent: the envelope (ok, partial,
  /// failed) and the method's result; hostile or malformed XML is an error.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  OtAnswer otAnswer(OtMethod method, String xml) {
    final answer = _invoke('ot_answer', {
      'method': method.json,
      'xml': xml,
    });
    return OtAnswer.fromJson(answer as Map<String, Object?>);
  }

  /// OT Platform: a method's answer from the JSON endpoint's text.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  OtAnswer otAnswerJson(OtMethod method, String json) {
    final answer = _invoke('ot_answer_json', {
      'method': method.json,
      'json': json,
    });
    return OtAnswer.fromJson(answer as Map<String, Object?>);
  }

  /// OT Platform: what an order-line status id means for the customer order and the
  /// supplier purchase, by the host's table of what its ids mean; an id it lacks is refused.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  OtLineStatus otLineStatus(int statusId, List<OtLineStatusEntry> table) {
    final answer = _invoke('ot_line_status', {
      'status_id': statusId,
      'table': [for (final e0 in table) e0.toJson()],
    });
    return OtLineStatus.fromJson(answer as Map<String, Object?>);
  }

  /// OT Platform: the lines of a provider order.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  List<SalesLine> otLinesByProviderOrder(List<SalesLine> lines, String providerOrderId) {
    final answer = _invoke('ot_lines_by_provider_order', {
      'lines': [for (final e0 in lines) e0.toJson()],
      'provider_order_id': providerOrderId,
    });
    return <SalesLine>[for (final e0 in answer as List<Object?>) SalesLine.fromJson(e0 as Map<String, Object?>)];
  }

  /// OT Platform: the lines sent with a tracking number (a scanned waybill).
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  List<SalesLine> otLinesByWaybill(List<SalesLine> lines, String waybill) {
    final answer = _invoke('ot_lines_by_waybill', {
      'lines': [for (final e0 in lines) e0.toJson()],
      'waybill': waybill,
    });
    return <SalesLine>[for (final e0 in answer as List<Object?>) SalesLine.fromJson(e0 as Map<String, Object?>)];
  }

  /// OT Platform: the AddOrder document for an ordercore order and its quote.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  OrderAddData otOrderAddData(OrderRequest request, Quote quote, AddOrderSettings settings) {
    final answer = _invoke('ot_order_add_data', {
      'request': request.toJson(),
      'quote': quote.toJson(),
      'settings': settings.toJson(),
    });
    return OrderAddData.fromJson(answer as Map<String, Object?>);
  }

  /// OT Platform: AddOrder's `xmlAddData` document (`OrderAddData`), every problem at once.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String otOrderAddDataXml(OrderAddData document) {
    final answer = _invoke('ot_order_add_data_xml', {
      'document': document.toJson(),
    });
    return answer as String;
  }

  /// OT Platform: CreateOrder's `xmlCreateData` document (`OrderCreateData`).
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String otOrderCreateDataXml(OrderCreateData document) {
    final answer = _invoke('ot_order_create_data_xml', {
      'document': document.toJson(),
    });
    return answer as String;
  }

  /// OT Platform: SearchOrderLines' `xmlSearchParameters` document (`OrderLineSearchParameters`):
  /// lines by provider order id or by waybill.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String otOrderLineSearchXml(OrderLineSearchParameters document) {
    final answer = _invoke('ot_order_line_search_xml', {
      'document': document.toJson(),
    });
    return answer as String;
  }

  /// OT Platform: SearchOrders' `xmlSearchParameters` document (`OrderSearchParameters`).
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String otOrderSearchXml(OrderSearchParameters document) {
    final answer = _invoke('ot_order_search_xml', {
      'document': document.toJson(),
    });
    return answer as String;
  }

  /// OT Platform: what is due, what the balance pays, and the deposit needed first when it falls short.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  PaymentPlan otPaymentPlan(SalesPaymentInfo payment) {
    final answer = _invoke('ot_payment_plan', {
      'payment': payment.toJson(),
    });
    return PaymentPlan.fromJson(answer as Map<String, Object?>);
  }

  /// OT Platform: what the operator does about a problem the seed lists.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  List<OperatorAction> otProblemActions(OtProblem problem) {
    final answer = _invoke('ot_problem_actions', {
      'problem': problem.json,
    });
    return <OperatorAction>[for (final e0 in answer as List<Object?>) OperatorAction.fromJson(e0)];
  }

  /// OT Platform: an order's lines grouped by provider order, with their waybills and statuses.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  ProviderOrders otProviderOrders(List<SalesLine> lines) {
    final answer = _invoke('ot_provider_orders', {
      'lines': [for (final e0 in lines) e0.toJson()],
    });
    return ProviderOrders.fromJson(answer as Map<String, Object?>);
  }

  /// OT Platform: the provider methods' `xmlParameters` document (`Parameters`).
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String otProviderParametersXml(ProviderParameters document) {
    final answer = _invoke('ot_provider_parameters_xml', {
      'document': document.toJson(),
    });
    return answer as String;
  }

  /// OT Platform: a method's whole request — its parameters in order with their exact names,
  /// the session it needs, signed if the client signs — ready as a form body or a query string.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  OtRequest otRequest(OtCall call, OtClient client) {
    final answer = _invoke('ot_request', {
      'call': call.toJson(),
      'client': client.toJson(),
    });
    return OtRequest.fromJson(answer as Map<String, Object?>);
  }

  /// Places a new order through the workflow's placing transition (into its initial state),
  /// with its effects: the tracking entry, the customer's and the shop's notifications.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Transitioned placeOrder(Workflow workflow, Order order, TransitionContext context) {
    final answer = _invoke('place_order', {
      'workflow': workflow.toJson(),
      'order': order.toJson(),
      'context': context.toJson(),
    });
    return Transitioned.fromJson(answer as Map<String, Object?>);
  }

  /// The loyalty points a quoted order earns.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  int pointsEarned(Quote quote, LoyaltyProgram program) {
    final answer = _invoke('points_earned', {
      'quote': quote.toJson(),
      'program': program.toJson(),
    });
    return answer as int;
  }

  /// Reads and validates pricing rules from JSON text.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  PricingRules pricingRulesFromJson(String json) {
    final answer = _invoke('pricing_rules_from_json', {
      'json': json,
    });
    return PricingRules.fromJson(answer as Map<String, Object?>);
  }

  /// A problem's message in a language, with its detail (a limit, the allowed values) if any.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String problemMessage(Code code, String? detail, Locale locale) {
    final answer = _invoke('problem_message', {
      'code': code.json,
      if (detail != null) 'detail': detail,
      'locale': locale.json,
    });
    return answer as String;
  }

  /// Reads a `pull_orders` job's payload from its JSON text (`{"since": …, "until": null}`):
  /// RFC 3339 times (zone-less ones at the host's offset), since before until, neither after
  /// `now`, the window within the channel's longest; no other member; every problem at once.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  PullOrdersPayload pullOrdersPayload(String payload, PullOrdersOptions options) {
    final answer = _invoke('pull_orders_payload', {
      'payload': payload,
      'options': options.toJson(),
    });
    return PullOrdersPayload.fromJson(answer as Map<String, Object?>);
  }

  /// Reads a `push_stock` job's payload from its JSON text (`{"product_ids": [1, 2, 3]}`, or
  /// empty for every bound product): ids as text, none twice, no other member.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  PushStockPayload pushStockPayload(String payload) {
    final answer = _invoke('push_stock_payload', {
      'payload': payload,
    });
    return PushStockPayload.fromJson(answer as Map<String, Object?>);
  }

  /// Prices an order (the seed's `POST /orders` body) under the merchant's rules.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Quote quote(OrderRequest request, PricingRules rules) {
    final answer = _invoke('quote', {
      'request': request.toJson(),
      'rules': rules.toJson(),
    });
    return Quote.fromJson(answer as Map<String, Object?>);
  }

  /// Prices an order given as JSON texts (the request body and the rules, as a server receives them).
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Quote quoteJson(String request, String rules) {
    final answer = _invoke('quote_json', {
      'request': request,
      'rules': rules,
    });
    return Quote.fromJson(answer as Map<String, Object?>);
  }

  /// Rates an order (1 to 5, a review) where its state allows `rate`, once; `points` is
  /// what a rating earns (the seed's `loyalty_points_earned`).
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Rated rateOrder(Workflow workflow, Order order, Rating rating, int points) {
    final answer = _invoke('rate_order', {
      'workflow': workflow.toJson(),
      'order': order.toJson(),
      'rating': rating.toJson(),
      'points': points,
    });
    return Rated.fromJson(answer as Map<String, Object?>);
  }

  /// Refunds units of a quote's lines from the split frozen in it.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Refund refund(Quote quote, RefundRequest request) {
    final answer = _invoke('refund', {
      'quote': quote.toJson(),
      'request': request.toJson(),
    });
    return Refund.fromJson(answer as Map<String, Object?>);
  }

  /// Why an offer code did not apply, in a language.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String rejectReasonText(RejectReason reason, Locale locale) {
    final answer = _invoke('reject_reason_text', {
      'reason': reason.json,
      'locale': locale.json,
    });
    return answer as String;
  }

  /// How long before `now` the instant `from` was, in a language: "منذ 15 دقيقة", "15 minutes
  /// ago"; an instant after `now` reads "in 15 minutes".
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String relativeTime(String from, String now, Locale locale) {
    final answer = _invoke('relative_time', {
      'from': from,
      'now': now,
      'locale': locale.json,
    });
    return answer as String;
  }

  /// The request for ordering again (the seed's reorder), ready to quote: the same items,
  /// address and payment; the offer code and the loyalty points left for the customer to choose anew.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  OrderRequest reorderRequest(OrderRequest original) {
    final answer = _invoke('reorder_request', {
      'original': original.toJson(),
    });
    return OrderRequest.fromJson(answer as Map<String, Object?>);
  }

  /// The one active binding of a shop for a local product, or for the channel's product id
  /// and SKU; none found, only inactive ones, or several active ones are an issue, never a choice.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  ResolvedBinding resolveBinding(List<ProductBinding> bindings, BindingLookup lookup) {
    final answer = _invoke('resolve_binding', {
      'bindings': [for (final e0 in bindings) e0.toJson()],
      'lookup': lookup.toJson(),
    });
    return ResolvedBinding.fromJson(answer as Map<String, Object?>);
  }

  /// Seals a quote with the issuer's secret key (HMAC-SHA256), after checking it, so that
  /// the issuer can later accept it only if it is the very quote it issued.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Quote sealQuote(Quote quote, String key) {
    final answer = _invoke('seal_quote', {
      'quote': quote.toJson(),
      'key': key,
    });
    return Quote.fromJson(answer as Map<String, Object?>);
  }

  /// Shopee: what an order status (`READY_TO_SHIP`, …) means for the customer order and what
  /// the seller may do; Shopee's cancel flags from the order detail, where given, are
  /// preferred to the rules.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  ChannelStatus shopeeOrderStatus(ShopeeOrderStatus status, ShopeeCancelFlags? flags) {
    final answer = _invoke('shopee_order_status', {
      'status': status.json,
      if (flags != null) 'flags': flags.toJson(),
    });
    return ChannelStatus.fromJson(answer as Map<String, Object?>);
  }

  /// Shopee: the orders of a `get_order_detail` answer (its JSON text) as channel orders with
  /// exact money, each unreadable order reported with every problem at its path.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  ChannelImport shopeeOrders(String json) {
    final answer = _invoke('shopee_orders', {
      'json': json,
    });
    return ChannelImport.fromJson(answer as Map<String, Object?>);
  }

  /// The seed's `push_stock` job for the rule's shop: each product of the payload (none: every
  /// product bound in the shop) with the quantity to send through its binding, or skipped with
  /// the reason (no, inactive or duplicate binding, missing SKU or stock, unchanged since the
  /// binding's last push); the failures among them as issues with their next action.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  StockPushList stockPushList(PushStockPayload payload, StockRule rule, List<ProductStock> products, List<ProductBinding> bindings) {
    final answer = _invoke('stock_push_list', {
      'payload': payload.toJson(),
      'rule': rule.toJson(),
      'products': [for (final e0 in products) e0.toJson()],
      'bindings': [for (final e0 in bindings) e0.toJson()],
    });
    return StockPushList.fromJson(answer as Map<String, Object?>);
  }

  /// The stock to publish of one product under its shop's sync rule, through its binding
  /// when given (its pack size): quantity (on hand or forecast) − buffer (never below 0)
  /// × percentage, ÷ pack size rounded down, capped at the maximum, rounded down to a
  /// multiple of the rounding, 0 when below the minimum online quantity; every step's value kept.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  StockLevel stockToPublish(StockRule rule, ProductStock stock, ProductBinding? binding) {
    final answer = _invoke('stock_to_publish', {
      'rule': rule.toJson(),
      'stock': stock.toJson(),
      if (binding != null) 'binding': binding.toJson(),
    });
    return StockLevel.fromJson(answer as Map<String, Object?>);
  }

  /// A supplier's failure code (`IllegalAccessToken`, …) classified into the operator's next
  /// action, the host's token expiry deciding between refreshing and authorising again; the
  /// purchase keeps its status and the code is the reason to record.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  SupplierFailureAction supplierFailureAction(String code, TokenExpiry? tokens) {
    final answer = _invoke('supplier_failure_action', {
      'code': code,
      if (tokens != null) 'tokens': tokens.toJson(),
    });
    return SupplierFailureAction.fromJson(answer as Map<String, Object?>);
  }

  /// Supplier purchases: the ids to pay in batches of at most 10, each id once, in their order.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  List<PaymentBatch> supplierPaymentBatches(List<String> purchaseIds) {
    final answer = _invoke('supplier_payment_batches', {
      'purchase_ids': purchaseIds,
    });
    return <PaymentBatch>[for (final e0 in answer as List<Object?>) PaymentBatch.fromJson(e0 as Map<String, Object?>)];
  }

  /// Supplier purchases: a batch payment's answer about one purchase — paid: the workflow's
  /// `pay` to `paid`; not paid: the status kept, the code to record and the next action
  /// (top up, refresh the token, …).
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  PaymentOutcome supplierPaymentResult(Order purchase, PaymentAnswer payment, String now, TokenExpiry? tokens) {
    final answer = _invoke('supplier_payment_result', {
      'purchase': purchase.toJson(),
      'payment': payment.toJson(),
      'now': now,
      if (tokens != null) 'tokens': tokens.toJson(),
    });
    return PaymentOutcome.fromJson(answer as Map<String, Object?>);
  }

  /// Supplier purchases: what to send for local orders — a purchase request for each pending
  /// order whose every line has its SKU, a `Product missing SKU` failure per line that lacks
  /// one (with its path; no request for that order), and the orders not pending.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  PurchasePlan supplierPurchasePlan(List<LocalPurchase> orders) {
    final answer = _invoke('supplier_purchase_plan', {
      'orders': [for (final e0 in orders) e0.toJson()],
    });
    return PurchasePlan.fromJson(answer as Map<String, Object?>);
  }

  /// Supplier tokens: use the access token, refresh it, or authorise the shop again, from
  /// their expiry times at `now`.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  TokenDecision supplierTokenDecision(TokenTimes tokens, String now) {
    final answer = _invoke('supplier_token_decision', {
      'tokens': tokens.toJson(),
      'now': now,
    });
    return TokenDecision.fromJson(answer as Map<String, Object?>);
  }

  /// A failure report from an error's problems (as any operation raises them) about an
  /// object: a stable code, the next action (retry later, fix the data, ask the operator, …)
  /// and every problem.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  SyncFailure syncFailureReport(List<Problem> problems, FailedObject concerns) {
    final answer = _invoke('sync_failure_report', {
      'problems': [for (final e0 in problems) e0.toJson()],
      'concerns': concerns.toJson(),
    });
    return SyncFailure.fromJson(answer as Map<String, Object?>);
  }

  /// Taobao: what a purchase status (`WAIT_BUYER_P`, `BULIDING` — sic —, …) means for the
  /// supplier purchase.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  PurchaseStatus taobaoPurchaseStatus(TaobaoPurchaseStatus status) {
    final answer = _invoke('taobao_purchase_status', {
      'status': status.json,
    });
    return PurchaseStatus.fromJson(answer as Map<String, Object?>);
  }

  /// Taobao: a refund status code (`"10"`, or the number -10) as a refund status.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  TaobaoRefundStatus taobaoRefundStatus(String code) {
    final answer = _invoke('taobao_refund_status', {
      'code': code,
    });
    return TaobaoRefundStatus.fromJson(answer);
  }

  /// Moves an order to a status, or refuses (forbidden, stale, repeated, missing what the
  /// transition requires); returns the order in its new status and the effects to carry out.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Transitioned transitionOrder(Workflow workflow, Order order, String to, TransitionContext context) {
    final answer = _invoke('transition_order', {
      'workflow': workflow.toJson(),
      'order': order.toJson(),
      'to': to,
      'context': context.toJson(),
    });
    return Transitioned.fromJson(answer as Map<String, Object?>);
  }

  /// The seed's `validation_errors` for an order request given as JSON text: each field
  /// with a problem and its messages in `locale`; empty when the request is valid.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Map<String, List<String>> validateOrderRequest(String json, Locale locale) {
    final answer = _invoke('validate_order_request', {
      'json': json,
      'locale': locale.json,
    });
    return (answer as Map<String, Object?>).map<String, List<String>>((k0, e0) => MapEntry(k0, <String>[for (final e1 in e0 as List<Object?>) e1 as String]));
  }

  /// Checks a quote given back (by an app, from storage) against every invariant of the
  /// engine; returns it, or `inconsistent_quote` at the first field that breaks one.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Quote verifyQuote(Quote quote) {
    final answer = _invoke('verify_quote', {
      'quote': quote.toJson(),
    });
    return Quote.fromJson(answer as Map<String, Object?>);
  }

  /// Checks a sealed quote: its seal under the key it was sealed with (`seal_mismatch`)
  /// and every invariant of the engine; returns it.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Quote verifyQuoteSeal(Quote quote, String key) {
    final answer = _invoke('verify_quote_seal', {
      'quote': quote.toJson(),
      'key': key,
    });
    return Quote.fromJson(answer as Map<String, Object?>);
  }

  /// Checks a workflow built in code as `workflow_from_json` checks one read from JSON; returns it.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Workflow verifyWorkflow(Workflow workflow) {
    final answer = _invoke('verify_workflow', {
      'workflow': workflow.toJson(),
    });
    return Workflow.fromJson(answer as Map<String, Object?>);
  }

  /// The library's version.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String version() {
    final answer = _invoke('version', const <String, Object?>{});
    return answer as String;
  }

  /// A workflow the library ships (the customer order, the supplier purchase, …), as data.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Workflow workflow(BuiltinWorkflow which) {
    final answer = _invoke('workflow', {
      'which': which.json,
    });
    return Workflow.fromJson(answer as Map<String, Object?>);
  }

  /// Reads a host's own workflow from JSON text and checks it whole: unknown and
  /// unreachable states, final states with exits, duplicate edges, every problem at once.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  Workflow workflowFromJson(String json) {
    final answer = _invoke('workflow_from_json', {
      'json': json,
    });
    return Workflow.fromJson(answer as Map<String, Object?>);
  }

  /// A workflow as a Mermaid state diagram.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String workflowMermaid(Workflow workflow) {
    final answer = _invoke('workflow_mermaid', {
      'workflow': workflow.toJson(),
    });
    return answer as String;
  }

  /// Runs the operation `method` on `args`, a JSON object of its arguments, and returns the JSON
  /// envelope `{"ok": true, "result": …}` or `{"ok": false, "error": …}`: the C ABI's protocol, for
  /// hosts that hold their data as JSON already. It never raises.
  ///
  /// [argsJson] is that object as JSON text; the answer is the envelope's JSON text.
  String callJson(String method, String argsJson) => _callText(method, argsJson);

  /// Runs [method] on [args] and returns the envelope's `result`, or throws its `error`.
  Object? _invoke(String method, Map<String, Object?> args) {
    final envelope = jsonDecode(_callText(method, jsonEncode(args))) as Map<String, Object?>;
    if (envelope['ok'] == true) return envelope['result'];
    throw OrderCoreException.fromJson(envelope['error'] as Map<String, Object?>);
  }

  /// Calls `ordercore_call` and returns its answer as text; every native string is freed once.
  String _callText(String method, String argsJson) {
    final nativeMethod = method.toNativeUtf8();
    try {
      final nativeArgs = argsJson.toNativeUtf8();
      try {
        final answer = _call(nativeMethod, nativeArgs);
        try {
          return answer.toDartString();
        } finally {
          _free(answer);
        }
      } finally {
        malloc.free(nativeArgs);
      }
    } finally {
      malloc.free(nativeMethod);
    }
  }
}

/// What every function raises: the first problem's code, field and message, and every problem.
class OrderCoreException implements Exception {
  const OrderCoreException({
    required this.code,
    required this.field,
    required this.message,
    required this.problems,
  });

  /// Reads the `error` object of the library's answer.
  factory OrderCoreException.fromJson(Map<String, Object?> json) => OrderCoreException(
        code: Code.fromJson(json['code']),
        field: json['field'] as String,
        message: json['message'] as String,
        problems: <Problem>[for (final e0 in json['problems'] as List<Object?>) Problem.fromJson(e0 as Map<String, Object?>)],
      );

  /// The first problem's stable code.
  final Code code;

  /// The first problem's field path.
  final String field;

  /// The first problem's message, in English.
  final String message;

  /// Every problem, the first included.
  final List<Problem> problems;

  /// A defect of the library was caught at its boundary (code `internal`): report it; the input
  /// may well be valid.
  bool get isInternal => code == Code.internal;

  @override
  String toString() => 'OrderCoreException(${code.json}, $field: $message)';
}

/// Who acts.
enum Actor {
  /// The customer who placed the order.
  customer('customer'),
  /// The shop's staff.
  admin('admin'),
  /// An automated process (a job, a channel sync).
  system('system');

  const Actor(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Actor fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Actor', value);
  }
}

/// What AddOrder did with the items sent: those it dropped or shortened, what may have caused it,
/// and what the operator can do.
class AddOrderOutcome {
  const AddOrderOutcome({
    this.orderId,
    required this.complete,
    required this.dropped,
    required this.possibleCauses,
    required this.actions,
  });

  /// The [AddOrderOutcome] in [json], an object as the library writes it.
  factory AddOrderOutcome.fromJson(Map<String, Object?> json) => AddOrderOutcome(
        orderId: (json['order_id'] == null ? null : json['order_id'] as String),
        complete: json['complete'] as bool,
        dropped: <DroppedItem>[for (final e0 in json['dropped'] as List<Object?>) DroppedItem.fromJson(e0 as Map<String, Object?>)],
        possibleCauses: <OtProblem>[for (final e0 in json['possible_causes'] as List<Object?>) OtProblem.fromJson(e0)],
        actions: <OperatorAction>[for (final e0 in json['actions'] as List<Object?>) OperatorAction.fromJson(e0)],
      );

  /// The order.
  final String? orderId;

  /// Whether every item was kept in its whole quantity.
  final bool complete;

  /// The items dropped or shortened, in the order they were sent.
  final List<DroppedItem> dropped;

  /// The causes the seed lists (the platform does not say which one it was); empty when complete.
  final List<OtProblem> possibleCauses;

  /// What the operator can do about them, cancelling included; empty when complete.
  final List<OperatorAction> actions;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (orderId != null) 'order_id': orderId,
        'complete': complete,
        'dropped': [for (final e0 in dropped) e0.toJson()],
        'possible_causes': [for (final e0 in possibleCauses) e0.json],
        'actions': [for (final e0 in actions) e0.json],
      };
}

/// What AddOrder needs besides the order: the platform's delivery mode and customer profile.
class AddOrderSettings {
  const AddOrderSettings({
    required this.deliveryModeId,
    this.userProfileId,
  });

  /// The [AddOrderSettings] in [json], an object as the library writes it.
  factory AddOrderSettings.fromJson(Map<String, Object?> json) => AddOrderSettings(
        deliveryModeId: json['delivery_mode_id'] as String,
        userProfileId: (json['user_profile_id'] == null ? null : json['user_profile_id'] as String),
      );

  /// `DeliveryModeId`.
  final String deliveryModeId;

  /// `UserProfileId`, if the customer has several profiles.
  final String? userProfileId;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'delivery_mode_id': deliveryModeId,
        if (userProfileId != null) 'user_profile_id': userProfileId,
      };
}

/// An Akinon status to send: its code and its name.
class AkinonCode {
  const AkinonCode({
    required this.code,
    required this.name,
  });

  /// The [AkinonCode] in [json], an object as the library writes it.
  factory AkinonCode.fromJson(Map<String, Object?> json) => AkinonCode(
        code: json['code'] as String,
        name: AkinonStatus.fromJson(json['name']),
      );

  /// The code (`"400"`).
  final String code;

  /// Its name (`approved`).
  final AkinonStatus name;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'code': code,
        'name': name.json,
      };
}

/// An Akinon order or order-item status, by Omnitron's name; its code is [`AkinonStatus::code`].
enum AkinonStatus {
  /// 50: a cancellation waits (a storefront calls it `cancel_requested`).
  cancellationWaiting('cancellation_waiting'),
  /// 100.
  cancelled('cancelled'),
  /// 200.
  waiting('waiting'),
  /// 300.
  paymentWaiting('payment_waiting'),
  /// 350.
  confirmationWaiting('confirmation_waiting'),
  /// 400, the default of an order item.
  approved('approved'),
  /// 450.
  preparing('preparing'),
  /// 500.
  shipped('shipped'),
  /// 510: shipped, and the customer told.
  shippedAndInformed('shipped_and_informed'),
  /// 520.
  readyForPickup('ready_for_pickup'),
  /// 540.
  attemptedDelivery('attempted_delivery'),
  /// 544: a trade-in's review started.
  reviewStarted('review_started'),
  /// 545: a trade-in's review waits.
  reviewWaiting('review_waiting'),
  /// 546: a trade-in waits for its payment.
  waitingForPayment('waiting_for_payment'),
  /// 547: a trade-in is paid.
  paid('paid'),
  /// 550.
  delivered('delivered'),
  /// 600: refunded (a storefront calls it `returned`).
  refunded('refunded');

  const AkinonStatus(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static AkinonStatus fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of AkinonStatus', value);
  }
}

/// Who a notification is for.
enum Audience {
  /// The customer.
  customer('customer'),
  /// The shop's staff.
  admin('admin');

  const Audience(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Audience fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Audience', value);
  }
}

/// A background activity (an export, a synchronisation, …): the `Run…` methods give its type and
/// id; SearchBackgroundActivities gives its state too.
class BackgroundActivity {
  const BackgroundActivity({
    this.id,
    this.activityType,
    this.description,
    this.isFinished,
    this.isCancelled,
    this.isAwaitingAction,
    this.progressPercent,
    this.startTime,
  });

  /// The [BackgroundActivity] in [json], an object as the library writes it.
  factory BackgroundActivity.fromJson(Map<String, Object?> json) => BackgroundActivity(
        id: (json['id'] == null ? null : json['id'] as String),
        activityType: (json['activity_type'] == null ? null : json['activity_type'] as String),
        description: (json['description'] == null ? null : json['description'] as String),
        isFinished: (json['is_finished'] == null ? null : json['is_finished'] as bool),
        isCancelled: (json['is_cancelled'] == null ? null : json['is_cancelled'] as bool),
        isAwaitingAction: (json['is_awaiting_action'] == null ? null : json['is_awaiting_action'] as bool),
        progressPercent: (json['progress_percent'] == null ? null : json['progress_percent'] as int),
        startTime: (json['start_time'] == null ? null : json['start_time'] as String),
      );

  /// `Id`.
  final String? id;

  /// `Type`: `ProviderOrdersIntegrationExporting`, …
  final String? activityType;

  /// `Description`.
  final String? description;

  /// `IsFinished`.
  final bool? isFinished;

  /// `IsCancelled`.
  final bool? isCancelled;

  /// `IsAwaitingAction`: the activity asks the operator a question (a discrepancy).
  final bool? isAwaitingAction;

  /// `ProgressPercent`.
  final int? progressPercent;

  /// `StartTime`, on the platform's clock.
  final String? startTime;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (id != null) 'id': id,
        if (activityType != null) 'activity_type': activityType,
        if (description != null) 'description': description,
        if (isFinished != null) 'is_finished': isFinished,
        if (isCancelled != null) 'is_cancelled': isCancelled,
        if (isAwaitingAction != null) 'is_awaiting_action': isAwaitingAction,
        if (progressPercent != null) 'progress_percent': progressPercent,
        if (startTime != null) 'start_time': startTime,
      };
}

/// SearchBackgroundActivities' `xmlSearchParameters` (`BackgroundActivitySearchParameters`).
class BackgroundActivitySearchParameters {
  const BackgroundActivitySearchParameters({
    required this.types,
  });

  /// The [BackgroundActivitySearchParameters] in [json], an object as the library writes it.
  factory BackgroundActivitySearchParameters.fromJson(Map<String, Object?> json) => BackgroundActivitySearchParameters(
        types: <String>[for (final e0 in json['types'] as List<Object?>) e0 as String],
      );

  /// `Types`: `ProviderOrdersIntegrationExporting`, `…Linking`, `…Unlinking`,
  /// `…Synchronizing`, or another type the platform knows.
  final List<String> types;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'types': types,
      };
}

/// How a retry delay grows with the attempts.
enum Backoff {
  /// The same delay every time.
  fixed('fixed'),
  /// A table of delays by attempt.
  steps('steps'),
  /// Doubling from `delay_seconds`, up to `max_delay_seconds`.
  exponential('exponential');

  const Backoff(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Backoff fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Backoff', value);
  }
}

/// How an object of a batch fared at the channel (`check_orders`).
class BatchObjectResult {
  const BatchObjectResult({
    required this.number,
    required this.status,
    this.message,
    this.failedReasonType,
  });

  /// The [BatchObjectResult] in [json], an object as the library writes it.
  factory BatchObjectResult.fromJson(Map<String, Object?> json) => BatchObjectResult(
        number: json['number'] as String,
        status: BatchObjectStatus.fromJson(json['status']),
        message: (json['message'] == null ? null : json['message'] as String),
        failedReasonType: (json['failed_reason_type'] == null ? null : FailedReasonType.fromJson(json['failed_reason_type'])),
      );

  /// The order's number.
  final String number;

  /// Whether the channel applied it.
  final BatchObjectStatus status;

  /// The channel's message.
  final String? message;

  /// Why it failed, as the channel types it.
  final FailedReasonType? failedReasonType;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'number': number,
        'status': status.json,
        if (message != null) 'message': message,
        if (failedReasonType != null) 'failed_reason_type': failedReasonType!.json,
      };
}

/// Whether the channel applied an object (Akinon's `ResponseStatus`).
enum BatchObjectStatus {
  /// Applied.
  success('success'),
  /// Refused.
  fail('fail');

  const BatchObjectStatus(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static BatchObjectStatus fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of BatchObjectStatus', value);
  }
}

/// A batch's answer read: its final state and a report per object that failed.
class BatchOutcome {
  const BatchOutcome({
    required this.transition,
    required this.failures,
  });

  /// The [BatchOutcome] in [json], an object as the library writes it.
  factory BatchOutcome.fromJson(Map<String, Object?> json) => BatchOutcome(
        transition: Transitioned.fromJson(json['transition'] as Map<String, Object?>),
        failures: <SyncFailure>[for (final e0 in json['failures'] as List<Object?>) SyncFailure.fromJson(e0 as Map<String, Object?>)],
      );

  /// The batch moved to `done` (some object applied) or `fail` (none), with its effects.
  final Transitioned transition;

  /// A report per failed object: `mapping` → fix the data, `remote` → retry later,
  /// `channel_app` or no type → ask the operator.
  final List<SyncFailure> failures;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'transition': transition.toJson(),
        'failures': [for (final e0 in failures) e0.toJson()],
      };
}

/// What to look a binding up by, in one shop: the local product, or the channel's product id,
/// SKU or both (an order line from the channel).
class BindingLookup {
  const BindingLookup({
    required this.shopId,
    this.productId,
    this.externalProductId,
    this.externalSku,
  });

  /// The [BindingLookup] in [json], an object as the library writes it.
  factory BindingLookup.fromJson(Map<String, Object?> json) => BindingLookup(
        shopId: json['shop_id'] as String,
        productId: (json['product_id'] == null ? null : json['product_id'] as String),
        externalProductId: (json['external_product_id'] == null ? null : json['external_product_id'] as String),
        externalSku: (json['external_sku'] == null ? null : json['external_sku'] as String),
      );

  /// The shop.
  final String shopId;

  /// The local product.
  final String? productId;

  /// The channel's product id.
  final String? externalProductId;

  /// The channel's SKU.
  final String? externalSku;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'shop_id': shopId,
        if (productId != null) 'product_id': productId,
        if (externalProductId != null) 'external_product_id': externalProductId,
        if (externalSku != null) 'external_sku': externalSku,
      };
}

/// A workflow the library ships.
enum BuiltinWorkflow {
  /// A customer's order (seed 002): pending → confirmed → preparing → shipped → delivered,
  /// cancelled from pending, confirmed and preparing.
  customerOrder('customer_order'),
  /// A purchase at the supplier (seed 000): pending → created → paid → shipped → completed.
  supplierPurchase('supplier_purchase'),
  /// A marketplace job (seed 001): pending → processing → completed | failed, retried to pending.
  marketplaceJob('marketplace_job'),
  /// An Akinon batch request: initialized → commit → sent_to_remote → ongoing → done | fail.
  akinonBatch('akinon_batch');

  const BuiltinWorkflow(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static BuiltinWorkflow fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of BuiltinWorkflow', value);
  }
}

/// The outcome of a bulk update.
class BulkOutcome {
  const BulkOutcome({
    required this.results,
    required this.updatedCount,
    required this.totalCount,
    required this.notificationsSent,
  });

  /// The [BulkOutcome] in [json], an object as the library writes it.
  factory BulkOutcome.fromJson(Map<String, Object?> json) => BulkOutcome(
        results: <BulkResult>[for (final e0 in json['results'] as List<Object?>) BulkResult.fromJson(e0 as Map<String, Object?>)],
        updatedCount: json['updated_count'] as int,
        totalCount: json['total_count'] as int,
        notificationsSent: json['notifications_sent'] as int,
      );

  /// Each order's outcome, in the order given.
  final List<BulkResult> results;

  /// How many orders were updated.
  final int updatedCount;

  /// How many orders were given.
  final int totalCount;

  /// How many notifications the updates yield.
  final int notificationsSent;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'results': [for (final e0 in results) e0.toJson()],
        'updated_count': updatedCount,
        'total_count': totalCount,
        'notifications_sent': notificationsSent,
      };
}

/// One order's outcome in a bulk update: updated, or rejected with its problems.
class BulkResult {
  const BulkResult({
    required this.orderId,
    this.updated,
    required this.problems,
  });

  /// The [BulkResult] in [json], an object as the library writes it.
  factory BulkResult.fromJson(Map<String, Object?> json) => BulkResult(
        orderId: json['order_id'] as String,
        updated: (json['updated'] == null ? null : Transitioned.fromJson(json['updated'] as Map<String, Object?>)),
        problems: <Problem>[for (final e0 in json['problems'] as List<Object?>) Problem.fromJson(e0 as Map<String, Object?>)],
      );

  /// The order's id.
  final String orderId;

  /// The transition made, when the order was updated.
  final Transitioned? updated;

  /// Why the order was not updated; empty when it was.
  final List<Problem> problems;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'order_id': orderId,
        if (updated != null) 'updated': updated!.toJson(),
        'problems': [for (final e0 in problems) e0.toJson()],
      };
}

/// A channel's reason code, for one line or (no line) the whole order.
class CancelReason {
  const CancelReason({
    this.line,
    required this.code,
  });

  /// The [CancelReason] in [json], an object as the library writes it.
  factory CancelReason.fromJson(Map<String, Object?> json) => CancelReason(
        line: (json['line'] == null ? null : json['line'] as String),
        code: json['code'] as String,
      );

  /// The line, by its id; none for the order.
  final String? line;

  /// The channel's code (`OUT_OF_STOCK`, `"12"`).
  final String code;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (line != null) 'line': line,
        'code': code,
      };
}

/// A line cancelled, and the host's reason.
class CancelledLine {
  const CancelledLine({
    required this.lineId,
    required this.reason,
  });

  /// The [CancelledLine] in [json], an object as the library writes it.
  factory CancelledLine.fromJson(Map<String, Object?> json) => CancelledLine(
        lineId: json['line_id'] as String,
        reason: json['reason'] as String,
      );

  /// The line's id.
  final String lineId;

  /// The host's reason.
  final String reason;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'line_id': lineId,
        'reason': reason,
      };
}

/// A line of the host's cargo company table: the channel's code and the host's company for it.
class CargoCompany {
  const CargoCompany({
    required this.channelCode,
    required this.cargoCompany,
  });

  /// The [CargoCompany] in [json], an object as the library writes it.
  factory CargoCompany.fromJson(Map<String, Object?> json) => CargoCompany(
        channelCode: json['channel_code'] as String,
        cargoCompany: json['cargo_company'] as String,
      );

  /// The channel's code for the company, as the order's `cargo_company` gives it.
  final String channelCode;

  /// The host's company (its id or code in Omnitron).
  final String cargoCompany;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'channel_code': channelCode,
        'cargo_company': cargoCompany,
      };
}

/// What kind of state a state is: the grouping dashboards and filters use.
enum Category {
  /// Waiting for someone to act.
  open('open'),
  /// Being worked on.
  inProgress('in_progress'),
  /// On its way to the customer.
  inDelivery('in_delivery'),
  /// Finished as intended.
  done('done'),
  /// Called off.
  cancelled('cancelled'),
  /// Given up after failing.
  failed('failed');

  const Category(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Category fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Category', value);
  }
}

/// What a seller may do with an order at its channel.
enum ChannelAction {
  /// Confirm the quotation as an order (Odoo).
  confirm('confirm'),
  /// Arrange the shipment (Shopee's ship order).
  ship('ship'),
  /// Split the order into parcels (Shopee).
  split('split'),
  /// Print the shipping documents (Shopee).
  printShippingDocument('print_shipping_document'),
  /// Arrange the shipment again after a failed pickup (Shopee).
  rearrangeShipment('rearrange_shipment'),
  /// Accept the buyer's cancellation request (Shopee).
  acceptCancellation('accept_cancellation'),
  /// Reject the buyer's cancellation request (Shopee).
  rejectCancellation('reject_cancellation'),
  /// Cancel the whole order.
  cancel('cancel'),
  /// Cancel some of the order's items (Shopee).
  cancelItems('cancel_items'),
  /// Lock the order against changes (Odoo).
  lock('lock'),
  /// Unlock the order (Odoo).
  unlock('unlock'),
  /// Set the order back to a quotation (Odoo).
  setToDraft('set_to_draft'),
  /// Delete the order (Odoo).
  delete('delete');

  const ChannelAction(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static ChannelAction fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of ChannelAction', value);
  }
}

/// An address of a channel order.
class ChannelAddress {
  const ChannelAddress({
    required this.name,
    this.phone,
    required this.line,
    this.district,
    this.city,
    this.state,
    this.postcode,
    this.country,
  });

  /// The [ChannelAddress] in [json], an object as the library writes it.
  factory ChannelAddress.fromJson(Map<String, Object?> json) => ChannelAddress(
        name: json['name'] as String,
        phone: (json['phone'] == null ? null : json['phone'] as String),
        line: json['line'] as String,
        district: (json['district'] == null ? null : json['district'] as String),
        city: (json['city'] == null ? null : json['city'] as String),
        state: (json['state'] == null ? null : json['state'] as String),
        postcode: (json['postcode'] == null ? null : json['postcode'] as String),
        country: (json['country'] == null ? null : json['country'] as String),
      );

  /// Who receives.
  final String name;

  /// Their phone number, as the channel gives it.
  final String? phone;

  /// The street address (Shopee's `full_address`, Akinon's `line`).
  final String line;

  /// The district or township.
  final String? district;

  /// The city.
  final String? city;

  /// The state or province.
  final String? state;

  /// The postal code.
  final String? postcode;

  /// The country or region, as the channel gives it.
  final String? country;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'name': name,
        if (phone != null) 'phone': phone,
        'line': line,
        if (district != null) 'district': district,
        if (city != null) 'city': city,
        if (state != null) 'state': state,
        if (postcode != null) 'postcode': postcode,
        if (country != null) 'country': country,
      };
}

/// A cancellation as the channel sends it.
class ChannelCancellation {
  const ChannelCancellation({
    required this.order,
    this.cancelItems = const <String>[],
    this.reasons = const <CancelReason>[],
    this.isCargoRefund = false,
    this.forcedRefundAmount,
  });

  /// The [ChannelCancellation] in [json], an object as the library writes it.
  factory ChannelCancellation.fromJson(Map<String, Object?> json) => ChannelCancellation(
        order: json['order'] as String,
        cancelItems: json.containsKey('cancel_items') ? <String>[for (final e0 in json['cancel_items'] as List<Object?>) e0 as String] : const <String>[],
        reasons: json.containsKey('reasons') ? <CancelReason>[for (final e0 in json['reasons'] as List<Object?>) CancelReason.fromJson(e0 as Map<String, Object?>)] : const <CancelReason>[],
        isCargoRefund: json.containsKey('is_cargo_refund') ? json['is_cargo_refund'] as bool : false,
        forcedRefundAmount: (json['forced_refund_amount'] == null ? null : json['forced_refund_amount'] as String),
      );

  /// The channel's order number.
  final String order;

  /// The lines cancelled, by their ids; empty for the whole order.
  final List<String> cancelItems;

  /// The channel's reason codes: for the order, or for each line.
  final List<CancelReason> reasons;

  /// Whether the shipping fee is refunded too (Akinon's `is_cargo_refund`).
  final bool isCargoRefund;

  /// The amount to refund, when the channel forces one (Akinon's `forced_refund_amount`).
  final String? forcedRefundAmount;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'order': order,
        'cancel_items': cancelItems,
        'reasons': [for (final e0 in reasons) e0.toJson()],
        'is_cargo_refund': isCargoRefund,
        if (forcedRefundAmount != null) 'forced_refund_amount': forcedRefundAmount,
      };
}

/// A cancellation applied: the order with its lines (and, when whole, its status) cancelled, and
/// what the host carries out.
class ChannelCancelled {
  const ChannelCancelled({
    required this.order,
    required this.whole,
    required this.lines,
    required this.reason,
    this.transition,
    required this.restoreStock,
    required this.refundAmount,
  });

  /// The [ChannelCancelled] in [json], an object as the library writes it.
  factory ChannelCancelled.fromJson(Map<String, Object?> json) => ChannelCancelled(
        order: ChannelOrder.fromJson(json['order'] as Map<String, Object?>),
        whole: json['whole'] as bool,
        lines: <CancelledLine>[for (final e0 in json['lines'] as List<Object?>) CancelledLine.fromJson(e0 as Map<String, Object?>)],
        reason: json['reason'] as String,
        transition: (json['transition'] == null ? null : Transitioned.fromJson(json['transition'] as Map<String, Object?>)),
        restoreStock: <StockLine>[for (final e0 in json['restore_stock'] as List<Object?>) StockLine.fromJson(e0 as Map<String, Object?>)],
        refundAmount: json['refund_amount'] as String,
      );

  /// The order, its cancelled lines' status `cancelled`; when whole, its status and its
  /// workflow order cancelled.
  final ChannelOrder order;

  /// Whether the whole order was cancelled (no line left).
  final bool whole;

  /// The lines cancelled now, with their reasons.
  final List<CancelledLine> lines;

  /// The host's reason for the order (its own code's, else the default).
  final String reason;

  /// The cancel transition of the whole order, with its effects (tracking entry, notifications).
  final Transitioned? transition;

  /// The units to put back in stock, by SKU.
  final List<StockLine> restoreStock;

  /// What to refund: the lines cancelled, with the shipping when the channel refunds it, or the
  /// amount the channel forces.
  final String refundAmount;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'order': order.toJson(),
        'whole': whole,
        'lines': [for (final e0 in lines) e0.toJson()],
        'reason': reason,
        if (transition != null) 'transition': transition!.toJson(),
        'restore_stock': [for (final e0 in restoreStock) e0.toJson()],
        'refund_amount': refundAmount,
      };
}

/// What is under way at a channel that the customer-order status does not say.
enum ChannelCondition {
  /// The buyer has not paid yet.
  awaitingPayment('awaiting_payment'),
  /// The channel holds the order (Shopee's `pending_terms`).
  onHold('on_hold'),
  /// The seller's invoice is awaited before shipping.
  awaitingInvoice('awaiting_invoice'),
  /// The carrier's pickup failed: the shipment must be arranged again.
  shipmentFailed('shipment_failed'),
  /// The parcel waits at a pickup point.
  readyForPickup('ready_for_pickup'),
  /// A delivery was attempted and failed.
  deliveryFailed('delivery_failed'),
  /// A trade-in is being reviewed or paid.
  tradeIn('trade_in'),
  /// The buyer asked to cancel; the seller accepts or rejects.
  cancellationRequested('cancellation_requested'),
  /// The buyer is returning the order.
  returnInProgress('return_in_progress'),
  /// The order was returned and refunded.
  refunded('refunded');

  const ChannelCondition(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static ChannelCondition fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of ChannelCondition', value);
  }
}

/// The buyer of a channel order.
class ChannelCustomer {
  const ChannelCustomer({
    this.channelId,
    required this.name,
    this.email,
    this.phone,
  });

  /// The [ChannelCustomer] in [json], an object as the library writes it.
  factory ChannelCustomer.fromJson(Map<String, Object?> json) => ChannelCustomer(
        channelId: (json['channel_id'] == null ? null : json['channel_id'] as String),
        name: json['name'] as String,
        email: (json['email'] == null ? null : json['email'] as String),
        phone: (json['phone'] == null ? null : json['phone'] as String),
      );

  /// The buyer's id at the channel (Shopee's `buyer_user_id`, Akinon's `channel_code`).
  final String? channelId;

  /// The name.
  final String name;

  /// The e-mail address.
  final String? email;

  /// The phone number, as the channel gives it (Shopee masks it).
  final String? phone;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (channelId != null) 'channel_id': channelId,
        'name': name,
        if (email != null) 'email': email,
        if (phone != null) 'phone': phone,
      };
}

/// The result of importing a list of channel orders: each read, or reported.
class ChannelImport {
  const ChannelImport({
    required this.orders,
    required this.failures,
  });

  /// The [ChannelImport] in [json], an object as the library writes it.
  factory ChannelImport.fromJson(Map<String, Object?> json) => ChannelImport(
        orders: <ChannelOrder>[for (final e0 in json['orders'] as List<Object?>) ChannelOrder.fromJson(e0 as Map<String, Object?>)],
        failures: <SyncFailure>[for (final e0 in json['failures'] as List<Object?>) SyncFailure.fromJson(e0 as Map<String, Object?>)],
      );

  /// The orders read, in the channel's order.
  final List<ChannelOrder> orders;

  /// A report for each order that could not be read (every problem with its path); the other
  /// orders are imported regardless.
  final List<SyncFailure> failures;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'orders': [for (final e0 in orders) e0.toJson()],
        'failures': [for (final e0 in failures) e0.toJson()],
      };
}

/// A channel's listing (a product, or a product's model) with its SKU, as the channel lists it.
class ChannelListing {
  const ChannelListing({
    required this.externalProductId,
    this.externalSku,
  });

  /// The [ChannelListing] in [json], an object as the library writes it.
  factory ChannelListing.fromJson(Map<String, Object?> json) => ChannelListing(
        externalProductId: json['external_product_id'] as String,
        externalSku: (json['external_sku'] == null ? null : json['external_sku'] as String),
      );

  /// The channel's product id.
  final String externalProductId;

  /// The channel's SKU.
  final String? externalSku;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'external_product_id': externalProductId,
        if (externalSku != null) 'external_sku': externalSku,
      };
}

/// A channel's order, the same record whatever the channel.
class ChannelOrder {
  const ChannelOrder({
    required this.channel,
    required this.number,
    required this.status,
    required this.createdAt,
    required this.currency,
    required this.customer,
    required this.shippingAddress,
    this.billingAddress,
    this.cargoCompany,
    this.paymentMethod,
    required this.cashOnDelivery,
    required this.lines,
    required this.subtotal,
    this.shippingFee,
    required this.discount,
    required this.adjustment,
    required this.totalAmount,
    this.notes,
    required this.order,
  });

  /// The [ChannelOrder] in [json], an object as the library writes it.
  factory ChannelOrder.fromJson(Map<String, Object?> json) => ChannelOrder(
        channel: SalesChannel.fromJson(json['channel']),
        number: json['number'] as String,
        status: ChannelStatus.fromJson(json['status'] as Map<String, Object?>),
        createdAt: json['created_at'] as String,
        currency: json['currency'] as String,
        customer: ChannelCustomer.fromJson(json['customer'] as Map<String, Object?>),
        shippingAddress: ChannelAddress.fromJson(json['shipping_address'] as Map<String, Object?>),
        billingAddress: (json['billing_address'] == null ? null : ChannelAddress.fromJson(json['billing_address'] as Map<String, Object?>)),
        cargoCompany: (json['cargo_company'] == null ? null : json['cargo_company'] as String),
        paymentMethod: (json['payment_method'] == null ? null : json['payment_method'] as String),
        cashOnDelivery: json['cash_on_delivery'] as bool,
        lines: <ChannelOrderLine>[for (final e0 in json['lines'] as List<Object?>) ChannelOrderLine.fromJson(e0 as Map<String, Object?>)],
        subtotal: json['subtotal'] as String,
        shippingFee: (json['shipping_fee'] == null ? null : json['shipping_fee'] as String),
        discount: json['discount'] as String,
        adjustment: json['adjustment'] as String,
        totalAmount: json['total_amount'] as String,
        notes: (json['notes'] == null ? null : json['notes'] as String),
        order: Order.fromJson(json['order'] as Map<String, Object?>),
      );

  /// Where it came from.
  final SalesChannel channel;

  /// The channel's order number (Shopee's `order_sn`, Akinon's `number`).
  final String number;

  /// What the channel's status means for the customer order (its status map's reading).
  final ChannelStatus status;

  /// When it was placed at the channel.
  final String createdAt;

  /// The currency of every amount.
  final String currency;

  /// The buyer.
  final ChannelCustomer customer;

  /// Where to deliver.
  final ChannelAddress shippingAddress;

  /// Where to invoice, where the channel gives it apart.
  final ChannelAddress? billingAddress;

  /// The carrier: the host's own id (Akinon, through the host's table) or the channel's name of
  /// it (Shopee's `shipping_carrier`).
  final String? cargoCompany;

  /// How the buyer paid, as the channel names it.
  final String? paymentMethod;

  /// Whether the buyer pays on delivery.
  final bool cashOnDelivery;

  /// The lines, in the channel's order.
  final List<ChannelOrderLine> lines;

  /// The lines' totals summed.
  final String subtotal;

  /// The shipping the buyer pays, where the channel itemises it (Akinon); none where it does not
  /// (Shopee's order detail), and then it is part of `adjustment`.
  final String? shippingFee;

  /// What the channel's discounts took off, already deducted from the lines' prices.
  final String discount;

  /// What the channel's total holds beyond the lines and the shipping fee: for Shopee, the
  /// buyer's shipping less the platform's vouchers and coins (signed); 0 for Akinon, whose
  /// parts must sum to its total.
  final String adjustment;

  /// The channel's total: exactly `subtotal + shipping_fee + adjustment`.
  final String totalAmount;

  /// The buyer's note.
  final String? notes;

  /// The order as the customer-order workflow takes it (id and number the channel's number,
  /// status from the map, paid unless payment is awaited or due on delivery, no tracking yet).
  final Order order;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'channel': channel.json,
        'number': number,
        'status': status.toJson(),
        'created_at': createdAt,
        'currency': currency,
        'customer': customer.toJson(),
        'shipping_address': shippingAddress.toJson(),
        if (billingAddress != null) 'billing_address': billingAddress!.toJson(),
        if (cargoCompany != null) 'cargo_company': cargoCompany,
        if (paymentMethod != null) 'payment_method': paymentMethod,
        'cash_on_delivery': cashOnDelivery,
        'lines': [for (final e0 in lines) e0.toJson()],
        'subtotal': subtotal,
        if (shippingFee != null) 'shipping_fee': shippingFee,
        'discount': discount,
        'adjustment': adjustment,
        'total_amount': totalAmount,
        if (notes != null) 'notes': notes,
        'order': order.toJson(),
      };
}

/// A line of a channel order.
class ChannelOrderLine {
  const ChannelOrderLine({
    required this.lineId,
    required this.sku,
    this.name,
    required this.quantity,
    required this.unitPrice,
    required this.lineTotal,
    this.status,
  });

  /// The [ChannelOrderLine] in [json], an object as the library writes it.
  factory ChannelOrderLine.fromJson(Map<String, Object?> json) => ChannelOrderLine(
        lineId: json['line_id'] as String,
        sku: json['sku'] as String,
        name: (json['name'] == null ? null : json['name'] as String),
        quantity: json['quantity'] as int,
        unitPrice: json['unit_price'] as String,
        lineTotal: json['line_total'] as String,
        status: (json['status'] == null ? null : json['status'] as String),
      );

  /// The line's id at the channel, which cancellations and updates name (Akinon's item
  /// `remote_id`; Shopee's `item_id` and `model_id`, as `item_id-model_id`).
  final String lineId;

  /// The SKU (Shopee's `model_sku`, else `item_sku`; Akinon's `product`).
  final String sku;

  /// The product's name, where the channel gives it.
  final String? name;

  /// How many (an Akinon item is one unit).
  final int quantity;

  /// The price of one, after the channel's discounts.
  final String unitPrice;

  /// `unit_price × quantity`.
  final String lineTotal;

  /// The line's own customer-order status, where the channel gives lines one (Akinon's item
  /// status), or `cancelled` once a cancellation took it.
  final String? status;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'line_id': lineId,
        'sku': sku,
        if (name != null) 'name': name,
        'quantity': quantity,
        'unit_price': unitPrice,
        'line_total': lineTotal,
        if (status != null) 'status': status,
      };
}

/// What a sales channel's order status means for the customer-order workflow, and what the
/// seller may do at the channel.
class ChannelStatus {
  const ChannelStatus({
    required this.status,
    required this.exact,
    this.condition,
    required this.actions,
    this.cancelledBy,
  });

  /// The [ChannelStatus] in [json], an object as the library writes it.
  factory ChannelStatus.fromJson(Map<String, Object?> json) => ChannelStatus(
        status: json['status'] as String,
        exact: json['exact'] as bool,
        condition: (json['condition'] == null ? null : ChannelCondition.fromJson(json['condition'])),
        actions: <ChannelAction>[for (final e0 in json['actions'] as List<Object?>) ChannelAction.fromJson(e0)],
        cancelledBy: (json['cancelled_by'] == null ? null : Actor.fromJson(json['cancelled_by'])),
      );

  /// The customer-order status (`confirmed`).
  final String status;

  /// Whether the channel's status means this status; false where ordercore has no counterpart
  /// and `status` is the nearest: an order seen for the first time goes there, an order already
  /// past it stays where it is.
  final bool exact;

  /// What is under way at the channel beyond the status, if anything.
  final ChannelCondition? condition;

  /// What the seller may do with the order at the channel now, as the channel's documentation
  /// says (none where it says nothing: Akinon).
  final List<ChannelAction> actions;

  /// Who cancelled the order, where the channel says (Shopee's `cancel_by`).
  final Actor? cancelledBy;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'status': status,
        'exact': exact,
        if (condition != null) 'condition': condition!.json,
        'actions': [for (final e0 in actions) e0.json],
        if (cancelledBy != null) 'cancelled_by': cancelledBy!.json,
      };
}

/// An update as the channel takes it: with the channel's status code.
class ChannelUpdate {
  const ChannelUpdate({
    required this.update,
    required this.code,
  });

  /// The [ChannelUpdate] in [json], an object as the library writes it.
  factory ChannelUpdate.fromJson(Map<String, Object?> json) => ChannelUpdate(
        update: OrderUpdate.fromJson(json['update'] as Map<String, Object?>),
        code: AkinonCode.fromJson(json['code'] as Map<String, Object?>),
      );

  /// The update.
  final OrderUpdate update;

  /// The Akinon status to send for its status.
  final AkinonCode code;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'update': update.toJson(),
        'code': code.toJson(),
      };
}

/// A stable, machine-readable problem code (serialised as a snake_case string).
enum Code {
  /// The input is not well-formed JSON.
  invalidJson('invalid_json'),
  /// The input is not well-formed XML, or uses what this library refuses in XML (a DOCTYPE,
  /// an entity other than the five predefined ones, a character XML 1.0 does not allow).
  invalidXml('invalid_xml'),
  /// A value has the wrong JSON type (a string where an object belongs, …).
  invalidType('invalid_type'),
  /// A value that should be a decimal number is not one.
  invalidNumber('invalid_number'),
  /// A value is not one of the allowed tags.
  unknownValue('unknown_value'),
  /// An object has a field that is not part of its format (a misspelt policy, …).
  unknownField('unknown_field'),
  /// A value is malformed in another way (a bad date, …).
  invalidValue('invalid_value'),
  /// A required field is missing or empty.
  required('required'),
  /// A list has more entries than allowed.
  tooMany('too_many'),
  /// A text is longer than allowed.
  tooLong('too_long'),
  /// A document is nested more deeply than allowed.
  tooDeep('too_deep'),
  /// A number is outside its allowed range.
  outOfRange('out_of_range'),
  /// A number that must be greater than zero is not.
  notPositive('not_positive'),
  /// A count that must be whole has a fraction.
  notWhole('not_whole'),
  /// A number has more decimal places than allowed.
  tooPrecise('too_precise'),
  /// A phone number is not a phone number.
  invalidPhone('invalid_phone'),
  /// A currency code is not an ISO 4217 code with a minor unit.
  unknownCurrency('unknown_currency'),
  /// The same key appears twice where keys must be unique.
  duplicate('duplicate'),
  /// A refund names a line the quote does not have.
  unknownLine('unknown_line'),
  /// A refund asks for more units than remain to refund.
  exceedsQuantity('exceeds_quantity'),
  /// Allocation was asked to split a non-zero amount over weights that are all zero.
  zeroWeights('zero_weights'),
  /// An intermediate result left the supported range (cannot happen with bounded inputs).
  overflow('overflow'),
  /// A quote given back breaks an invariant of the engine (changed, or not made by it).
  inconsistentQuote('inconsistent_quote'),
  /// A quote's seal does not match it (changed since it was sealed, or sealed with another key).
  sealMismatch('seal_mismatch'),
  /// A workflow's final state has transitions leaving it.
  finalWithExits('final_with_exits'),
  /// A workflow's state that is not final has no transition leaving it.
  deadEnd('dead_end'),
  /// No path from a workflow's initial state reaches this state.
  unreachable('unreachable'),
  /// The workflow allows no such change (or action) in the current status, to this actor; the
  /// problem carries the current status and the actions still allowed.
  transitionNotAllowed('transition_not_allowed'),
  /// The status the caller expected is no longer the order's.
  staleStatus('stale_status'),
  /// The order is already in the status asked for.
  repeatedTransition('repeated_transition'),
  /// The order already has a rating.
  alreadyRated('already_rated'),
  /// A defect in the library was caught at its boundary; please report it.
  internal('internal');

  const Code(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Code fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Code', value);
  }
}

/// How an offer code and the customer-category discount combine.
enum Combination {
  /// Both are computed on the original subtotal (the category discount is held to what the
  /// offer leaves).
  bothOnSubtotal('both_on_subtotal'),
  /// The category discount first; the offer on what it leaves, its minimum tested again there.
  sequential('sequential'),
  /// Only the larger applies (the offer on a tie); a code that loses is rejected as `not_combinable`.
  bestOnly('best_only');

  const Combination(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Combination fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Combination', value);
  }
}

/// The customer's category (the seed's `user.category`).
class CustomerCategory {
  const CustomerCategory({
    required this.name,
    required this.discountPercentage,
  });

  /// The [CustomerCategory] in [json], an object as the library writes it.
  factory CustomerCategory.fromJson(Map<String, Object?> json) => CustomerCategory(
        name: json['name'] as String,
        discountPercentage: json['discount_percentage'] as String,
      );

  /// The category's name (`gold`).
  final String name;

  /// Its discount, in percent of the goods.
  final String discountPercentage;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'name': name,
        'discount_percentage': discountPercentage,
      };
}

/// What an actor may do with an order in its current state.
class Decisions {
  const Decisions({
    required this.status,
    required this.statusText,
    required this.category,
    required this.isFinal,
    required this.nextPossibleStatuses,
    required this.canCancel,
    required this.canReorder,
    required this.canRate,
    required this.canUpdateStatus,
    required this.allowedActions,
  });

  /// The [Decisions] in [json], an object as the library writes it.
  factory Decisions.fromJson(Map<String, Object?> json) => Decisions(
        status: json['status'] as String,
        statusText: json['status_text'] as String,
        category: Category.fromJson(json['category']),
        isFinal: json['is_final'] as bool,
        nextPossibleStatuses: <StatusOption>[for (final e0 in json['next_possible_statuses'] as List<Object?>) StatusOption.fromJson(e0 as Map<String, Object?>)],
        canCancel: json['can_cancel'] as bool,
        canReorder: json['can_reorder'] as bool,
        canRate: json['can_rate'] as bool,
        canUpdateStatus: json['can_update_status'] as bool,
        allowedActions: <String>[for (final e0 in json['allowed_actions'] as List<Object?>) e0 as String],
      );

  /// The current status.
  final String status;

  /// Its text in the chosen language.
  final String statusText;

  /// Its category.
  final Category category;

  /// Whether nothing can follow it.
  final bool isFinal;

  /// The statuses the actor may move the order to, in the workflow's order.
  final List<StatusOption> nextPossibleStatuses;

  /// Whether the actor may cancel it (the `cancel` action).
  final bool canCancel;

  /// Whether it may be ordered again (the `reorder` action).
  final bool canReorder;

  /// Whether it may be rated (the `rate` action).
  final bool canRate;

  /// Whether the actor may move it to another status.
  final bool canUpdateStatus;

  /// The state's actions the actor may take (`track`, `rate`, `reorder`, `cancel`, …).
  final List<String> allowedActions;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'status': status,
        'status_text': statusText,
        'category': category.json,
        'is_final': isFinal,
        'next_possible_statuses': [for (final e0 in nextPossibleStatuses) e0.toJson()],
        'can_cancel': canCancel,
        'can_reorder': canReorder,
        'can_rate': canRate,
        'can_update_status': canUpdateStatus,
        'allowed_actions': allowedActions,
      };
}

/// The delivery address of the seed; only `street` and `phone` are required.
class DeliveryAddress {
  const DeliveryAddress({
    required this.street,
    this.building,
    this.apartment,
    this.city,
    this.district,
    this.postalCode,
    required this.phone,
    this.notes,
  });

  /// The [DeliveryAddress] in [json], an object as the library writes it.
  factory DeliveryAddress.fromJson(Map<String, Object?> json) => DeliveryAddress(
        street: json['street'] as String,
        building: (json['building'] == null ? null : json['building'] as String),
        apartment: (json['apartment'] == null ? null : json['apartment'] as String),
        city: (json['city'] == null ? null : json['city'] as String),
        district: (json['district'] == null ? null : json['district'] as String),
        postalCode: (json['postal_code'] == null ? null : json['postal_code'] as String),
        phone: json['phone'] as String,
        notes: (json['notes'] == null ? null : json['notes'] as String),
      );

  /// Street and number.
  final String street;

  /// Building.
  final String? building;

  /// Apartment.
  final String? apartment;

  /// City.
  final String? city;

  /// District.
  final String? district;

  /// Postal code.
  final String? postalCode;

  /// A phone number: 6 to 15 digits (ASCII or Arabic-Indic), with `+`, spaces, dashes, brackets.
  final String phone;

  /// Directions for the driver.
  final String? notes;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'street': street,
        if (building != null) 'building': building,
        if (apartment != null) 'apartment': apartment,
        if (city != null) 'city': city,
        if (district != null) 'district': district,
        if (postalCode != null) 'postal_code': postalCode,
        'phone': phone,
        if (notes != null) 'notes': notes,
      };
}

/// The delivery charge.
class DeliveryCharge {
  const DeliveryCharge({
    required this.baseFee,
    required this.fee,
    this.waivedBy,
    required this.taxRate,
    required this.tax,
    required this.amount,
  });

  /// The [DeliveryCharge] in [json], an object as the library writes it.
  factory DeliveryCharge.fromJson(Map<String, Object?> json) => DeliveryCharge(
        baseFee: json['base_fee'] as String,
        fee: json['fee'] as String,
        waivedBy: (json['waived_by'] == null ? null : Waiver.fromJson(json['waived_by'])),
        taxRate: json['tax_rate'] as String,
        tax: json['tax'] as String,
        amount: json['amount'] as String,
      );

  /// The merchant's fee before any waiver.
  final String baseFee;

  /// The fee charged.
  final String fee;

  /// Why the fee was waived, if it was.
  final Waiver? waivedBy;

  /// The tax rate on delivery, in percent (0 when delivery is not taxed).
  final String taxRate;

  /// The tax on delivery.
  final String tax;

  /// What the customer pays for delivery: `fee`, plus `tax` when prices exclude it.
  final String amount;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'base_fee': baseFee,
        'fee': fee,
        if (waivedBy != null) 'waived_by': waivedBy!.json,
        'tax_rate': taxRate,
        'tax': tax,
        'amount': amount,
      };
}

/// The delivery fee and when it is waived.
class DeliveryPolicy {
  const DeliveryPolicy({
    required this.fee,
    this.freeOver,
    required this.freeOverBasis,
  });

  /// The [DeliveryPolicy] in [json], an object as the library writes it.
  factory DeliveryPolicy.fromJson(Map<String, Object?> json) => DeliveryPolicy(
        fee: json['fee'] as String,
        freeOver: (json['free_over'] == null ? null : json['free_over'] as String),
        freeOverBasis: ThresholdBasis.fromJson(json['free_over_basis']),
      );

  /// The merchant's fee.
  final String fee;

  /// Delivery is free when the measured amount reaches this.
  final String? freeOver;

  /// What `free_over` is measured on.
  final ThresholdBasis freeOverBasis;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'fee': fee,
        if (freeOver != null) 'free_over': freeOver,
        'free_over_basis': freeOverBasis.json,
      };
}

/// An item AddOrder dropped or shortened.
class DroppedItem {
  const DroppedItem({
    required this.index,
    required this.id,
    this.configurationId,
    required this.quantity,
    required this.kept,
  });

  /// The [DroppedItem] in [json], an object as the library writes it.
  factory DroppedItem.fromJson(Map<String, Object?> json) => DroppedItem(
        index: json['index'] as int,
        id: json['id'] as String,
        configurationId: (json['configuration_id'] == null ? null : json['configuration_id'] as String),
        quantity: json['quantity'] as int,
        kept: json['kept'] as int,
      );

  /// Its index among the items sent.
  final int index;

  /// `Id`.
  final String id;

  /// `ConfigurationId`, if one was sent.
  final String? configurationId;

  /// The quantity sent.
  final int quantity;

  /// The quantity the order kept (0 when the item was dropped).
  final int kept;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'index': index,
        'id': id,
        if (configurationId != null) 'configuration_id': configurationId,
        'quantity': quantity,
        'kept': kept,
      };
}

/// The amount loyalty points are earned on.
enum EarnBase {
  /// The total the customer pays.
  totalAmount('total_amount'),
  /// The goods after every discount, without delivery and tax.
  goods('goods');

  const EarnBase(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static EarnBase fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of EarnBase', value);
  }
}

/// A kind of effect a transition yields for the host to carry out.
enum EffectKind {
  /// Append an entry to the order's tracking.
  trackingEntry('tracking_entry'),
  /// Put the order's lines back in stock.
  restoreStock('restore_stock'),
  /// Give back what was paid and the loyalty points redeemed, from the quote's frozen split.
  refund('refund'),
  /// Credit the loyalty points the order earns.
  earnPoints('earn_points'),
  /// Tell the customer (the new state's notice).
  notifyCustomer('notify_customer'),
  /// Tell the shop's staff.
  notifyAdmin('notify_admin');

  const EffectKind(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static EffectKind fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of EffectKind', value);
  }
}

/// The effects of a transition, as data: the host carries them out; none was a check.
class Effects {
  const Effects({
    required this.kinds,
    this.trackingEntry,
    this.restoreStock,
    this.refund,
    this.earnPoints,
    required this.notifications,
  });

  /// The [Effects] in [json], an object as the library writes it.
  factory Effects.fromJson(Map<String, Object?> json) => Effects(
        kinds: <EffectKind>[for (final e0 in json['kinds'] as List<Object?>) EffectKind.fromJson(e0)],
        trackingEntry: (json['tracking_entry'] == null ? null : TrackingEntry.fromJson(json['tracking_entry'] as Map<String, Object?>)),
        restoreStock: (json['restore_stock'] == null ? null : <StockLine>[for (final e0 in json['restore_stock'] as List<Object?>) StockLine.fromJson(e0 as Map<String, Object?>)]),
        refund: (json['refund'] == null ? null : RefundEffect.fromJson(json['refund'] as Map<String, Object?>)),
        earnPoints: (json['earn_points'] == null ? null : json['earn_points'] as int),
        notifications: <Notification>[for (final e0 in json['notifications'] as List<Object?>) Notification.fromJson(e0 as Map<String, Object?>)],
      );

  /// The kinds produced, in the transition's order: those it declares, less those with nothing
  /// to carry out (no quote for stock, refund or points; notifications not sent).
  final List<EffectKind> kinds;

  /// The tracking entry appended.
  final TrackingEntry? trackingEntry;

  /// The lines to put back in stock.
  final List<StockLine>? restoreStock;

  /// What to give back.
  final RefundEffect? refund;

  /// The loyalty points to credit.
  final int? earnPoints;

  /// The notifications to send.
  final List<Notification> notifications;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'kinds': [for (final e0 in kinds) e0.json],
        if (trackingEntry != null) 'tracking_entry': trackingEntry!.toJson(),
        if (restoreStock != null) 'restore_stock': [for (final e0 in restoreStock!) e0.toJson()],
        if (refund != null) 'refund': refund!.toJson(),
        if (earnPoints != null) 'earn_points': earnPoints,
        'notifications': [for (final e0 in notifications) e0.toJson()],
      };
}

/// The object a failure concerns: as many of its names as are known.
class FailedObject {
  const FailedObject({
    this.order,
    this.line,
    this.purchaseId,
    this.batchId,
  });

  /// The [FailedObject] in [json], an object as the library writes it.
  factory FailedObject.fromJson(Map<String, Object?> json) => FailedObject(
        order: (json['order'] == null ? null : json['order'] as String),
        line: (json['line'] == null ? null : json['line'] as String),
        purchaseId: (json['purchase_id'] == null ? null : json['purchase_id'] as String),
        batchId: (json['batch_id'] == null ? null : json['batch_id'] as String),
      );

  /// The order's number (the channel's, or the local order's id).
  final String? order;

  /// The order line: its id at the channel, or its product.
  final String? line;

  /// The purchase's id at the supplier.
  final String? purchaseId;

  /// The batch request's id.
  final String? batchId;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (order != null) 'order': order,
        if (line != null) 'line': line,
        if (purchaseId != null) 'purchase_id': purchaseId,
        if (batchId != null) 'batch_id': batchId,
      };
}

/// Why an object failed (Akinon's failure reason types).
enum FailedReasonType {
  /// A value has no mapping between the host and the channel: fix the data.
  mapping('mapping'),
  /// The channel failed: try again later.
  remote('remote'),
  /// The integration itself failed: the operator decides.
  channelApp('channel_app');

  const FailedReasonType(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static FailedReasonType fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of FailedReasonType', value);
  }
}

/// The seed's `financial` block.
class Financial {
  const Financial({
    required this.subtotal,
    required this.deliveryFee,
    required this.discount,
    required this.categoryDiscount,
    required this.loyaltyDiscount,
    required this.tax,
    required this.totalAmount,
    required this.currency,
  });

  /// The [Financial] in [json], an object as the library writes it.
  factory Financial.fromJson(Map<String, Object?> json) => Financial(
        subtotal: json['subtotal'] as String,
        deliveryFee: json['delivery_fee'] as String,
        discount: json['discount'] as String,
        categoryDiscount: json['category_discount'] as String,
        loyaltyDiscount: json['loyalty_discount'] as String,
        tax: json['tax'] as String,
        totalAmount: json['total_amount'] as String,
        currency: json['currency'] as String,
      );

  /// Σ lines' `unit_price × quantity`, each rounded once.
  final String subtotal;

  /// The delivery fee charged.
  final String deliveryFee;

  /// The offer code's discount.
  final String discount;

  /// The customer category's discount.
  final String categoryDiscount;

  /// The value of the loyalty points redeemed.
  final String loyaltyDiscount;

  /// The tax.
  final String tax;

  /// What the customer pays: `subtotal − discount − category_discount − loyalty_discount +
  /// delivery_fee (+ tax when prices exclude it)`.
  final String totalAmount;

  /// The currency.
  final String currency;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'subtotal': subtotal,
        'delivery_fee': deliveryFee,
        'discount': discount,
        'category_discount': categoryDiscount,
        'loyalty_discount': loyaltyDiscount,
        'tax': tax,
        'total_amount': totalAmount,
        'currency': currency,
      };
}

/// A failed run of a job.
class JobFailure {
  const JobFailure({
    required this.attempt,
    required this.now,
    this.jitterSeconds,
  });

  /// The [JobFailure] in [json], an object as the library writes it.
  factory JobFailure.fromJson(Map<String, Object?> json) => JobFailure(
        attempt: json['attempt'] as int,
        now: json['now'] as String,
        jitterSeconds: (json['jitter_seconds'] == null ? null : json['jitter_seconds'] as int),
      );

  /// Which attempt failed, from 1.
  final int attempt;

  /// When it failed.
  final String now;

  /// The random seconds the host drew for this retry, from 0 to the policy's `jitter_seconds`.
  final int? jitterSeconds;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'attempt': attempt,
        'now': now,
        if (jitterSeconds != null) 'jitter_seconds': jitterSeconds,
      };
}

/// The pending jobs in the order they run.
class JobRunOrder {
  const JobRunOrder({
    required this.due,
    required this.waiting,
  });

  /// The [JobRunOrder] in [json], an object as the library writes it.
  factory JobRunOrder.fromJson(Map<String, Object?> json) => JobRunOrder(
        due: <String>[for (final e0 in json['due'] as List<Object?>) e0 as String],
        waiting: <String>[for (final e0 in json['waiting'] as List<Object?>) e0 as String],
      );

  /// The jobs that may run now, by priority (the smaller first), then the oldest, then by id.
  final List<String> due;

  /// The jobs waiting for their next attempt, the soonest first (then as `due`).
  final List<String> waiting;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'due': due,
        'waiting': waiting,
      };
}

/// The newest tracking entry, as the seed's `latest_tracking` shows it.
class LatestTracking {
  const LatestTracking({
    required this.status,
    required this.statusText,
    required this.timestamp,
    required this.timeAgo,
    this.location,
    this.driverName,
    this.driverPhone,
    this.notes,
  });

  /// The [LatestTracking] in [json], an object as the library writes it.
  factory LatestTracking.fromJson(Map<String, Object?> json) => LatestTracking(
        status: json['status'] as String,
        statusText: json['status_text'] as String,
        timestamp: json['timestamp'] as String,
        timeAgo: json['time_ago'] as String,
        location: (json['location'] == null ? null : json['location'] as String),
        driverName: (json['driver_name'] == null ? null : json['driver_name'] as String),
        driverPhone: (json['driver_phone'] == null ? null : json['driver_phone'] as String),
        notes: (json['notes'] == null ? null : json['notes'] as String),
      );

  /// The status entered.
  final String status;

  /// Its text.
  final String statusText;

  /// When.
  final String timestamp;

  /// How long before `now` (`منذ 15 دقيقة`).
  final String timeAgo;

  /// Where the order was.
  final String? location;

  /// Who carries it.
  final String? driverName;

  /// The driver's phone.
  final String? driverPhone;

  /// A note for the customer.
  final String? notes;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'status': status,
        'status_text': statusText,
        'timestamp': timestamp,
        'time_ago': timeAgo,
        if (location != null) 'location': location,
        if (driverName != null) 'driver_name': driverName,
        if (driverPhone != null) 'driver_phone': driverPhone,
        if (notes != null) 'notes': notes,
      };
}

/// A frame of SearchOrderLines' results.
class LineFrame {
  const LineFrame({
    this.totalCount,
    this.lines = const <SalesLine>[],
  });

  /// The [LineFrame] in [json], an object as the library writes it.
  factory LineFrame.fromJson(Map<String, Object?> json) => LineFrame(
        totalCount: (json['total_count'] == null ? null : json['total_count'] as int),
        lines: json.containsKey('lines') ? <SalesLine>[for (final e0 in json['lines'] as List<Object?>) SalesLine.fromJson(e0 as Map<String, Object?>)] : const <SalesLine>[],
      );

  /// `TotalCount`: lines found in all, beyond this frame.
  final int? totalCount;

  /// `Content`: this frame's lines.
  final List<SalesLine> lines;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (totalCount != null) 'total_count': totalCount,
        'lines': [for (final e0 in lines) e0.toJson()],
      };
}

/// One entry of `LineStatusSummaries`.
class LineStatusSummary {
  const LineStatusSummary({
    this.status,
    this.count,
  });

  /// The [LineStatusSummary] in [json], an object as the library writes it.
  factory LineStatusSummary.fromJson(Map<String, Object?> json) => LineStatusSummary(
        status: (json['status'] == null ? null : json['status'] as String),
        count: (json['count'] == null ? null : json['count'] as int),
      );

  /// `Status`.
  final String? status;

  /// `Count`.
  final int? count;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (status != null) 'status': status,
        if (count != null) 'count': count,
      };
}

/// A local product with its SKU, for binding by SKU.
class LocalProduct {
  const LocalProduct({
    required this.productId,
    this.sku,
  });

  /// The [LocalProduct] in [json], an object as the library writes it.
  factory LocalProduct.fromJson(Map<String, Object?> json) => LocalProduct(
        productId: json['product_id'] as String,
        sku: (json['sku'] == null ? null : json['sku'] as String),
      );

  /// The local product's id.
  final String productId;

  /// Its SKU (Odoo's internal reference, `default_code`).
  final String? sku;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'product_id': productId,
        if (sku != null) 'sku': sku,
      };
}

/// A local order to buy at the supplier, with its products' SKUs.
class LocalPurchase {
  const LocalPurchase({
    required this.orderId,
    required this.status,
    required this.lines,
  });

  /// The [LocalPurchase] in [json], an object as the library writes it.
  factory LocalPurchase.fromJson(Map<String, Object?> json) => LocalPurchase(
        orderId: json['order_id'] as String,
        status: json['status'] as String,
        lines: <PurchaseLine>[for (final e0 in json['lines'] as List<Object?>) PurchaseLine.fromJson(e0 as Map<String, Object?>)],
      );

  /// The local order's id (`59`).
  final String orderId;

  /// Its supplier-purchase status: only `pending` orders are sent.
  final String status;

  /// Its lines.
  final List<PurchaseLine> lines;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'order_id': orderId,
        'status': status,
        'lines': [for (final e0 in lines) e0.toJson()],
      };
}

/// A language the library has texts in.
enum Locale {
  /// English.
  en('en'),
  /// Arabic.
  ar('ar'),
  /// Turkish.
  tr('tr'),
  /// Russian.
  ru('ru'),
  /// Azerbaijani (Latin script).
  az('az'),
  /// Thai.
  th('th');

  const Locale(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Locale fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Locale', value);
  }
}

/// A loyalty program and the customer's standing in it.
class LoyaltyProgram {
  const LoyaltyProgram({
    required this.pointValue,
    required this.pointsBalance,
    required this.maxRedeemPercentage,
    this.asPayment = false,
    required this.earnRate,
    required this.earnOn,
  });

  /// The [LoyaltyProgram] in [json], an object as the library writes it.
  factory LoyaltyProgram.fromJson(Map<String, Object?> json) => LoyaltyProgram(
        pointValue: json['point_value'] as String,
        pointsBalance: json['points_balance'] as int,
        maxRedeemPercentage: json['max_redeem_percentage'] as String,
        asPayment: json.containsKey('as_payment') ? json['as_payment'] as bool : false,
        earnRate: json['earn_rate'] as String,
        earnOn: EarnBase.fromJson(json['earn_on']),
      );

  /// What one point is worth when redeemed.
  final String pointValue;

  /// The customer's points.
  final int pointsBalance;

  /// The largest share of the goods (after discounts) points may pay, in percent.
  final String maxRedeemPercentage;

  /// Points are a means of payment (they do not lower the tax base) rather than a discount.
  final bool asPayment;

  /// Points earned per currency unit of the earning base.
  final String earnRate;

  /// What earns points.
  final EarnBase earnOn;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'point_value': pointValue,
        'points_balance': pointsBalance,
        'max_redeem_percentage': maxRedeemPercentage,
        'as_payment': asPayment,
        'earn_rate': earnRate,
        'earn_on': earnOn.json,
      };
}

/// A pending marketplace job, as the queue knows it.
class MarketplaceJob {
  const MarketplaceJob({
    required this.id,
    required this.jobType,
    required this.shopId,
    this.priority,
    required this.createdAt,
    this.nextAttemptAt,
  });

  /// The [MarketplaceJob] in [json], an object as the library writes it.
  factory MarketplaceJob.fromJson(Map<String, Object?> json) => MarketplaceJob(
        id: json['id'] as String,
        jobType: MarketplaceJobType.fromJson(json['job_type']),
        shopId: json['shop_id'] as String,
        priority: (json['priority'] == null ? null : json['priority'] as int),
        createdAt: json['created_at'] as String,
        nextAttemptAt: (json['next_attempt_at'] == null ? null : json['next_attempt_at'] as String),
      );

  /// The job's id.
  final String id;

  /// What it does.
  final MarketplaceJobType jobType;

  /// The shop.
  final String shopId;

  /// Its priority: the smaller runs sooner (queue_job's convention); the seed's 1, "normal",
  /// when omitted; 0 to 999.
  final int? priority;

  /// When it was created.
  final String createdAt;

  /// When a retried job may run again (`job_retry`'s `next_attempt_at`); omitted: at once.
  final String? nextAttemptAt;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'id': id,
        'job_type': jobType.json,
        'shop_id': shopId,
        if (priority != null) 'priority': priority,
        'created_at': createdAt,
        if (nextAttemptAt != null) 'next_attempt_at': nextAttemptAt,
      };
}

/// The kinds of marketplace job (the seed's Job Type).
enum MarketplaceJobType {
  /// Pull the shop's orders.
  pullOrders('pull_orders'),
  /// Push stock to the shop.
  pushStock('push_stock');

  const MarketplaceJobType(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static MarketplaceJobType fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of MarketplaceJobType', value);
  }
}

/// What to do next about a failure.
enum NextAction {
  /// Run it again later, as the job's retry policy says (`job_retry`): nothing needs fixing.
  retryLater('retry_later'),
  /// Fix the data the report names (a product's SKU, a binding, a channel value the host's
  /// table lacks), then run it again.
  fixData('fix_data'),
  /// Refresh the access token with the refresh token, then run it again.
  refreshToken('refresh_token'),
  /// Authorise the shop again at the supplier or channel.
  reauthorize('reauthorize'),
  /// Top up the account at the supplier, then pay again.
  topUpBalance('top_up_balance'),
  /// Let the operator read the report and decide: it is not retried blindly.
  askOperator('ask_operator');

  const NextAction(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static NextAction fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of NextAction', value);
  }
}

/// What limited or changed a step's result.
enum Note {
  /// Held to the offer's `max_discount`.
  cappedByMaxDiscount('capped_by_max_discount'),
  /// Held to the amount it applies to.
  cappedByBase('capped_by_base'),
  /// Fewer points than asked: the balance.
  limitedByBalance('limited_by_balance'),
  /// Fewer points than asked: the program's maximum share.
  limitedByMaxShare('limited_by_max_share'),
  /// Fewer points than asked: the amount left to pay.
  limitedByAmountDue('limited_by_amount_due'),
  /// The merchant has no loyalty program.
  noLoyaltyProgram('no_loyalty_program'),
  /// Free: the threshold was reached.
  freeOverThreshold('free_over_threshold'),
  /// Free: a free-delivery offer.
  freeDeliveryOffer('free_delivery_offer'),
  /// Not applied: under `best_only` the other discount was larger.
  notCombinable('not_combinable');

  const Note(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Note fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Note', value);
  }
}

/// A notification to send.
class Notification {
  const Notification({
    required this.audience,
    required this.orderId,
    required this.status,
    required this.title,
    required this.text,
    this.reason,
  });

  /// The [Notification] in [json], an object as the library writes it.
  factory Notification.fromJson(Map<String, Object?> json) => Notification(
        audience: Audience.fromJson(json['audience']),
        orderId: json['order_id'] as String,
        status: json['status'] as String,
        title: json['title'] as String,
        text: json['text'] as String,
        reason: (json['reason'] == null ? null : json['reason'] as String),
      );

  /// Who it is for.
  final Audience audience;

  /// The order it is about.
  final String orderId;

  /// The status the order entered.
  final String status;

  /// The status text, a title.
  final String title;

  /// The message.
  final String text;

  /// The reason given, if any.
  final String? reason;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'audience': audience.json,
        'order_id': orderId,
        'status': status,
        'title': title,
        'text': text,
        if (reason != null) 'reason': reason,
      };
}

/// The state and lock an Odoo order is to have.
class OdooOrder {
  const OdooOrder({
    required this.state,
    required this.locked,
  });

  /// The [OdooOrder] in [json], an object as the library writes it.
  factory OdooOrder.fromJson(Map<String, Object?> json) => OdooOrder(
        state: OdooState.fromJson(json['state']),
        locked: json['locked'] as bool,
      );

  /// The state (never the legacy `done`).
  final OdooState state;

  /// Whether the order is to be locked: a delivered one is (what `done` was); a company that
  /// locks orders on confirmation (Odoo's setting) locks the confirmed ones too.
  final bool locked;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'state': state.json,
        'locked': locked,
      };
}

/// An Odoo `sale.order` state.
enum OdooState {
  /// A quotation.
  draft('draft'),
  /// A quotation sent to the customer.
  sent('sent'),
  /// A sales order (confirmed).
  sale('sale'),
  /// Cancelled.
  cancel('cancel'),
  /// Before Odoo 17: a locked sales order, read as `sale` + locked; never given back.
  done('done');

  const OdooState(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static OdooState fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of OdooState', value);
  }
}

/// An offer code.
class Offer {
  const Offer({
    required this.code,
    required this.kind,
    this.value,
    this.minSubtotal,
    this.maxDiscount,
    this.validFrom,
    this.validUntil,
    this.merchantIds = const <String>[],
    this.productIds = const <String>[],
    this.categories = const <String>[],
  });

  /// The [Offer] in [json], an object as the library writes it.
  factory Offer.fromJson(Map<String, Object?> json) => Offer(
        code: json['code'] as String,
        kind: OfferKind.fromJson(json['kind']),
        value: (json['value'] == null ? null : json['value'] as String),
        minSubtotal: (json['min_subtotal'] == null ? null : json['min_subtotal'] as String),
        maxDiscount: (json['max_discount'] == null ? null : json['max_discount'] as String),
        validFrom: (json['valid_from'] == null ? null : json['valid_from'] as String),
        validUntil: (json['valid_until'] == null ? null : json['valid_until'] as String),
        merchantIds: json.containsKey('merchant_ids') ? <String>[for (final e0 in json['merchant_ids'] as List<Object?>) e0 as String] : const <String>[],
        productIds: json.containsKey('product_ids') ? <String>[for (final e0 in json['product_ids'] as List<Object?>) e0 as String] : const <String>[],
        categories: json.containsKey('categories') ? <String>[for (final e0 in json['categories'] as List<Object?>) e0 as String] : const <String>[],
      );

  /// The code customers type; matched ignoring case and surrounding spaces.
  final String code;

  /// What the offer gives.
  final OfferKind kind;

  /// The percentage (`percentage`) or the amount (`fixed`, in the prices' own tax terms);
  /// required for both, unused for `free_delivery`.
  final String? value;

  /// The least subtotal of the eligible lines for the offer to apply.
  final String? minSubtotal;

  /// The most the offer may take off.
  final String? maxDiscount;

  /// The first instant the code is valid (inclusive).
  final String? validFrom;

  /// The last instant the code is valid (inclusive).
  final String? validUntil;

  /// The merchants the code is valid at; empty for all.
  final List<String> merchantIds;

  /// The products it applies to; with `categories` empty too, every product.
  final List<String> productIds;

  /// The product categories it applies to.
  final List<String> categories;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'code': code,
        'kind': kind.json,
        if (value != null) 'value': value,
        if (minSubtotal != null) 'min_subtotal': minSubtotal,
        if (maxDiscount != null) 'max_discount': maxDiscount,
        if (validFrom != null) 'valid_from': validFrom,
        if (validUntil != null) 'valid_until': validUntil,
        'merchant_ids': merchantIds,
        'product_ids': productIds,
        'categories': categories,
      };
}

/// What an offer gives.
enum OfferKind {
  /// A percentage of the eligible lines.
  percentage('percentage'),
  /// A fixed amount off the eligible lines.
  fixed('fixed'),
  /// The delivery fee waived.
  freeDelivery('free_delivery');

  const OfferKind(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static OfferKind fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of OfferKind', value);
  }
}

/// What the operator does about a problem, as the seed says.
enum OperatorAction {
  /// Remove the item from the order.
  removeItem('remove_item'),
  /// Choose another configuration of the item.
  pickAnotherConfiguration('pick_another_configuration'),
  /// Choose the same product at another seller.
  pickAnotherSeller('pick_another_seller'),
  /// Check and correct the data entered.
  correctField('correct_field'),
  /// Cancel the order (CancelSalesOrder) and add it again with other items, if the gaps are
  /// unacceptable.
  cancelOrder('cancel_order'),
  /// Correct the autopurchase address settings.
  correctAutopurchaseAddress('correct_autopurchase_address'),
  /// Deposit funds at the provider and pay for part of the booked orders.
  payProviderOrders('pay_provider_orders'),
  /// Answer the export's question about the discrepancy (quantity, price, …).
  resolveDiscrepancy('resolve_discrepancy'),
  /// Export again (unlink the lines first, RunOrderUnlinkingFromProvider, if some were exported).
  retryExport('retry_export');

  const OperatorAction(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static OperatorAction fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of OperatorAction', value);
  }
}

/// An order as the workflow sees it: its status, its history and its money.
class Order {
  const Order({
    required this.id,
    this.orderNumber,
    required this.status,
    required this.createdAt,
    this.paid = false,
    this.quote,
    this.estimatedDeliveryTime,
    this.tracking = const <TrackingEntry>[],
    this.rating,
  });

  /// The [Order] in [json], an object as the library writes it.
  factory Order.fromJson(Map<String, Object?> json) => Order(
        id: json['id'] as String,
        orderNumber: (json['order_number'] == null ? null : json['order_number'] as String),
        status: json['status'] as String,
        createdAt: json['created_at'] as String,
        paid: json.containsKey('paid') ? json['paid'] as bool : false,
        quote: (json['quote'] == null ? null : Quote.fromJson(json['quote'] as Map<String, Object?>)),
        estimatedDeliveryTime: (json['estimated_delivery_time'] == null ? null : json['estimated_delivery_time'] as String),
        tracking: json.containsKey('tracking') ? <TrackingEntry>[for (final e0 in json['tracking'] as List<Object?>) TrackingEntry.fromJson(e0 as Map<String, Object?>)] : const <TrackingEntry>[],
        rating: (json['rating'] == null ? null : Rating.fromJson(json['rating'] as Map<String, Object?>)),
      );

  /// The order's id.
  final String id;

  /// The number people read (`ORD-2025-001`), if it has one.
  final String? orderNumber;

  /// The current status.
  final String status;

  /// When it was placed.
  final String createdAt;

  /// Whether it has been paid (a refund then gives money back).
  final bool paid;

  /// Its quote, whose frozen split refunds, restocks and points come from.
  final Quote? quote;

  /// When it is expected to arrive.
  final String? estimatedDeliveryTime;

  /// Every status it has entered, oldest first.
  final List<TrackingEntry> tracking;

  /// The customer's rating, once given.
  final Rating? rating;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'id': id,
        if (orderNumber != null) 'order_number': orderNumber,
        'status': status,
        'created_at': createdAt,
        'paid': paid,
        if (quote != null) 'quote': quote!.toJson(),
        if (estimatedDeliveryTime != null) 'estimated_delivery_time': estimatedDeliveryTime,
        'tracking': [for (final e0 in tracking) e0.toJson()],
        if (rating != null) 'rating': rating!.toJson(),
      };
}

/// AddOrder's `xmlAddData`: one order of any number of items, added from the customer's session.
/// The platform prices the items itself: there is no price element.
class OrderAddData {
  const OrderAddData({
    required this.deliveryModeId,
    this.comment,
    this.userProfileId,
    required this.items,
  });

  /// The [OrderAddData] in [json], an object as the library writes it.
  factory OrderAddData.fromJson(Map<String, Object?> json) => OrderAddData(
        deliveryModeId: json['delivery_mode_id'] as String,
        comment: (json['comment'] == null ? null : json['comment'] as String),
        userProfileId: (json['user_profile_id'] == null ? null : json['user_profile_id'] as String),
        items: <OrderAddItem>[for (final e0 in json['items'] as List<Object?>) OrderAddItem.fromJson(e0 as Map<String, Object?>)],
      );

  /// `DeliveryModeId`: the delivery mode, added on the platform beforehand.
  final String deliveryModeId;

  /// `Comment`: the order's comment (the seed suggests your own order reference here).
  final String? comment;

  /// `UserProfileId`: the customer's profile (`GetUserProfileInfoList`).
  final String? userProfileId;

  /// `Items`: 1 to 1 000 items.
  final List<OrderAddItem> items;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'delivery_mode_id': deliveryModeId,
        if (comment != null) 'comment': comment,
        if (userProfileId != null) 'user_profile_id': userProfileId,
        'items': [for (final e0 in items) e0.toJson()],
      };
}

/// One `Item` of [`OrderAddData`].
class OrderAddItem {
  const OrderAddItem({
    required this.id,
    this.configurationId,
    required this.quantity,
    this.weight,
    this.comment,
    this.promotionId,
    this.priceType,
  });

  /// The [OrderAddItem] in [json], an object as the library writes it.
  factory OrderAddItem.fromJson(Map<String, Object?> json) => OrderAddItem(
        id: json['id'] as String,
        configurationId: (json['configuration_id'] == null ? null : json['configuration_id'] as String),
        quantity: json['quantity'] as int,
        weight: (json['weight'] == null ? null : json['weight'] as String),
        comment: (json['comment'] == null ? null : json['comment'] as String),
        promotionId: (json['promotion_id'] == null ? null : json['promotion_id'] as String),
        priceType: (json['price_type'] == null ? null : json['price_type'] as String),
      );

  /// `Id`: the item.
  final String id;

  /// `ConfigurationId`: the configuration (colour, size…), if the item has several.
  final String? configurationId;

  /// `Quantity`: pieces, 1 to 1 000 000.
  final int quantity;

  /// `Weight`: the weight of one piece, if known.
  final String? weight;

  /// `Comment`: a comment for the operator.
  final String? comment;

  /// `PromotionId`: the promotion the price comes from.
  final String? promotionId;

  /// `PriceType`: the kind of price.
  final String? priceType;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'id': id,
        if (configurationId != null) 'configuration_id': configurationId,
        'quantity': quantity,
        if (weight != null) 'weight': weight,
        if (comment != null) 'comment': comment,
        if (promotionId != null) 'promotion_id': promotionId,
        if (priceType != null) 'price_type': priceType,
      };
}

/// One key of a sort: a field of the order and a direction.
class OrderBy {
  const OrderBy({
    required this.field,
    required this.direction,
  });

  /// The [OrderBy] in [json], an object as the library writes it.
  factory OrderBy.fromJson(Map<String, Object?> json) => OrderBy(
        field: json['field'] as String,
        direction: SortDirection.fromJson(json['direction']),
      );

  /// The field, as OT names it (`CreationDate`); no `:` or `;`.
  final String field;

  /// Ascending or descending.
  final SortDirection direction;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'field': field,
        'direction': direction.json,
      };
}

/// CreateOrder's `xmlCreateData`: an order from elements of the customer's basket.
class OrderCreateData {
  const OrderCreateData({
    this.weight,
    required this.elements,
    required this.deliveryModeId,
    this.comment,
    this.userProfileId,
  });

  /// The [OrderCreateData] in [json], an object as the library writes it.
  factory OrderCreateData.fromJson(Map<String, Object?> json) => OrderCreateData(
        weight: (json['weight'] == null ? null : json['weight'] as String),
        elements: <String>[for (final e0 in json['elements'] as List<Object?>) e0 as String],
        deliveryModeId: json['delivery_mode_id'] as String,
        comment: (json['comment'] == null ? null : json['comment'] as String),
        userProfileId: (json['user_profile_id'] == null ? null : json['user_profile_id'] as String),
      );

  /// `Weight`: the order's weight, if known.
  final String? weight;

  /// `Elements`: the basket elements to order, 1 to 1 000.
  final List<String> elements;

  /// `DeliveryModeId`: the delivery mode.
  final String deliveryModeId;

  /// `Comment`: the order's comment.
  final String? comment;

  /// `UserProfileId`: the customer's profile.
  final String? userProfileId;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (weight != null) 'weight': weight,
        'elements': elements,
        'delivery_mode_id': deliveryModeId,
        if (comment != null) 'comment': comment,
        if (userProfileId != null) 'user_profile_id': userProfileId,
      };
}

/// A frame of SearchOrders' results.
class OrderFrame {
  const OrderFrame({
    this.totalCount,
    this.orders = const <OrderInfo>[],
  });

  /// The [OrderFrame] in [json], an object as the library writes it.
  factory OrderFrame.fromJson(Map<String, Object?> json) => OrderFrame(
        totalCount: (json['total_count'] == null ? null : json['total_count'] as int),
        orders: json.containsKey('orders') ? <OrderInfo>[for (final e0 in json['orders'] as List<Object?>) OrderInfo.fromJson(e0 as Map<String, Object?>)] : const <OrderInfo>[],
      );

  /// `TotalCount`: orders found in all, beyond this frame.
  final int? totalCount;

  /// `Content`: this frame's orders.
  final List<OrderInfo> orders;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (totalCount != null) 'total_count': totalCount,
        'orders': [for (final e0 in orders) e0.toJson()],
      };
}

/// An order (`OrderInfo`, `SalesOrderInfo`). Every member is absent when the platform leaves it out.
class OrderInfo {
  const OrderInfo({
    this.id,
    this.statusId,
    this.statusCode,
    this.statusName,
    this.substatusCode,
    this.substatusName,
    this.itemsCount,
    this.goodsAmount,
    this.deliveryAmount,
    this.totalAmount,
    this.remainAmount,
    this.currencyCode,
    this.currencySign,
    this.custComment,
    this.deliveryModeId,
    this.deliveryModeName,
    this.canCancel,
    this.canPurchaseItems,
    this.custId,
    this.custName,
    this.isPaid,
    this.isCancelled,
    this.isCompleted,
    this.createdDateTime,
    this.lineStatusSummaries = const <LineStatusSummary>[],
    this.userAccountAvailableAmount,
  });

  /// The [OrderInfo] in [json], an object as the library writes it.
  factory OrderInfo.fromJson(Map<String, Object?> json) => OrderInfo(
        id: (json['id'] == null ? null : json['id'] as String),
        statusId: (json['status_id'] == null ? null : json['status_id'] as int),
        statusCode: (json['status_code'] == null ? null : json['status_code'] as String),
        statusName: (json['status_name'] == null ? null : json['status_name'] as String),
        substatusCode: (json['substatus_code'] == null ? null : json['substatus_code'] as String),
        substatusName: (json['substatus_name'] == null ? null : json['substatus_name'] as String),
        itemsCount: (json['items_count'] == null ? null : json['items_count'] as int),
        goodsAmount: (json['goods_amount'] == null ? null : json['goods_amount'] as String),
        deliveryAmount: (json['delivery_amount'] == null ? null : json['delivery_amount'] as String),
        totalAmount: (json['total_amount'] == null ? null : json['total_amount'] as String),
        remainAmount: (json['remain_amount'] == null ? null : json['remain_amount'] as String),
        currencyCode: (json['currency_code'] == null ? null : json['currency_code'] as String),
        currencySign: (json['currency_sign'] == null ? null : json['currency_sign'] as String),
        custComment: (json['cust_comment'] == null ? null : json['cust_comment'] as String),
        deliveryModeId: (json['delivery_mode_id'] == null ? null : json['delivery_mode_id'] as String),
        deliveryModeName: (json['delivery_mode_name'] == null ? null : json['delivery_mode_name'] as String),
        canCancel: (json['can_cancel'] == null ? null : json['can_cancel'] as bool),
        canPurchaseItems: (json['can_purchase_items'] == null ? null : json['can_purchase_items'] as bool),
        custId: (json['cust_id'] == null ? null : json['cust_id'] as String),
        custName: (json['cust_name'] == null ? null : json['cust_name'] as String),
        isPaid: (json['is_paid'] == null ? null : json['is_paid'] as bool),
        isCancelled: (json['is_cancelled'] == null ? null : json['is_cancelled'] as bool),
        isCompleted: (json['is_completed'] == null ? null : json['is_completed'] as bool),
        createdDateTime: (json['created_date_time'] == null ? null : json['created_date_time'] as String),
        lineStatusSummaries: json.containsKey('line_status_summaries') ? <LineStatusSummary>[for (final e0 in json['line_status_summaries'] as List<Object?>) LineStatusSummary.fromJson(e0 as Map<String, Object?>)] : const <LineStatusSummary>[],
        userAccountAvailableAmount: (json['user_account_available_amount'] == null ? null : json['user_account_available_amount'] as String),
      );

  /// `Id`: the order (`salesId` in the requests).
  final String? id;

  /// `StatusId` (20, 30, 31, 32, 36–39 are active).
  final int? statusId;

  /// `StatusCode`.
  final String? statusCode;

  /// `StatusName`, in the call's language.
  final String? statusName;

  /// `SubstatusCode`.
  final String? substatusCode;

  /// `SubstatusName`.
  final String? substatusName;

  /// `ItemsCount`: the lines the order kept (fewer than sent when some were dropped).
  final int? itemsCount;

  /// `GoodsAmount`.
  final String? goodsAmount;

  /// `DeliveryAmount`.
  final String? deliveryAmount;

  /// `TotalAmount`.
  final String? totalAmount;

  /// `RemainAmount`: what is left to pay.
  final String? remainAmount;

  /// `CurrencyCode`.
  final String? currencyCode;

  /// `CurrencySign`.
  final String? currencySign;

  /// `CustComment`: the order's comment.
  final String? custComment;

  /// `DeliveryModeId`.
  final String? deliveryModeId;

  /// `DeliveryModeName`.
  final String? deliveryModeName;

  /// `CanCancel`.
  final bool? canCancel;

  /// `CanPurchaseItems`.
  final bool? canPurchaseItems;

  /// `CustId`: the customer (`customerId` in the requests).
  final String? custId;

  /// `CustName`.
  final String? custName;

  /// `IsPaid`.
  final bool? isPaid;

  /// `IsCancelled`.
  final bool? isCancelled;

  /// `IsCompleted`.
  final bool? isCompleted;

  /// `CreatedDateTime`, on the platform's clock (no zone).
  final String? createdDateTime;

  /// `LineStatusSummaries`: how many lines are in each status.
  final List<LineStatusSummary> lineStatusSummaries;

  /// `UserAccountAvailableAmount`: the customer's available balance.
  final String? userAccountAvailableAmount;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (id != null) 'id': id,
        if (statusId != null) 'status_id': statusId,
        if (statusCode != null) 'status_code': statusCode,
        if (statusName != null) 'status_name': statusName,
        if (substatusCode != null) 'substatus_code': substatusCode,
        if (substatusName != null) 'substatus_name': substatusName,
        if (itemsCount != null) 'items_count': itemsCount,
        if (goodsAmount != null) 'goods_amount': goodsAmount,
        if (deliveryAmount != null) 'delivery_amount': deliveryAmount,
        if (totalAmount != null) 'total_amount': totalAmount,
        if (remainAmount != null) 'remain_amount': remainAmount,
        if (currencyCode != null) 'currency_code': currencyCode,
        if (currencySign != null) 'currency_sign': currencySign,
        if (custComment != null) 'cust_comment': custComment,
        if (deliveryModeId != null) 'delivery_mode_id': deliveryModeId,
        if (deliveryModeName != null) 'delivery_mode_name': deliveryModeName,
        if (canCancel != null) 'can_cancel': canCancel,
        if (canPurchaseItems != null) 'can_purchase_items': canPurchaseItems,
        if (custId != null) 'cust_id': custId,
        if (custName != null) 'cust_name': custName,
        if (isPaid != null) 'is_paid': isPaid,
        if (isCancelled != null) 'is_cancelled': isCancelled,
        if (isCompleted != null) 'is_completed': isCompleted,
        if (createdDateTime != null) 'created_date_time': createdDateTime,
        'line_status_summaries': [for (final e0 in lineStatusSummaries) e0.toJson()],
        if (userAccountAvailableAmount != null) 'user_account_available_amount': userAccountAvailableAmount,
      };
}

/// One line of an order.
class OrderItem {
  const OrderItem({
    required this.productId,
    required this.quantity,
    required this.unitPrice,
    required this.sellingType,
    this.unitsPerCarton,
  });

  /// The [OrderItem] in [json], an object as the library writes it.
  factory OrderItem.fromJson(Map<String, Object?> json) => OrderItem(
        productId: json['product_id'] as String,
        quantity: json['quantity'] as int,
        unitPrice: json['unit_price'] as String,
        sellingType: SellingType.fromJson(json['selling_type']),
        unitsPerCarton: (json['units_per_carton'] == null ? null : json['units_per_carton'] as int),
      );

  /// The product.
  final String productId;

  /// How many selling units (pieces or cartons): whole and positive.
  final int quantity;

  /// The price of one selling unit (one piece, or one whole carton).
  final String unitPrice;

  /// Whether the line is sold by the piece or by the carton.
  final SellingType sellingType;

  /// Pieces in one carton, for carton lines that say so; the line then reports its pieces.
  final int? unitsPerCarton;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'product_id': productId,
        'quantity': quantity,
        'unit_price': unitPrice,
        'selling_type': sellingType.json,
        if (unitsPerCarton != null) 'units_per_carton': unitsPerCarton,
      };
}

/// SearchOrderLines' `xmlSearchParameters` (`OrderLineSearchParameters`): the order filter, then
/// the line filters. The seed's two look-ups are one call each: by provider order id
/// (`provider_order_ids`) and by tracking number (`waybills`).
class OrderLineSearchParameters {
  const OrderLineSearchParameters({
    this.order,
    this.statusIds = const <int>[],
    this.canBePurchased,
    this.providerOrderIds = const <String>[],
    this.waybills = const <String>[],
  });

  /// The [OrderLineSearchParameters] in [json], an object as the library writes it.
  factory OrderLineSearchParameters.fromJson(Map<String, Object?> json) => OrderLineSearchParameters(
        order: (json['order'] == null ? null : OrderSearchParameters.fromJson(json['order'] as Map<String, Object?>)),
        statusIds: json.containsKey('status_ids') ? <int>[for (final e0 in json['status_ids'] as List<Object?>) e0 as int] : const <int>[],
        canBePurchased: (json['can_be_purchased'] == null ? null : json['can_be_purchased'] as bool),
        providerOrderIds: json.containsKey('provider_order_ids') ? <String>[for (final e0 in json['provider_order_ids'] as List<Object?>) e0 as String] : const <String>[],
        waybills: json.containsKey('waybills') ? <String>[for (final e0 in json['waybills'] as List<Object?>) e0 as String] : const <String>[],
      );

  /// `OrderSearchParameters`: which orders' lines.
  final OrderSearchParameters? order;

  /// `StatusIdList`: line statuses (2, 3 ready to purchase; 6–10 purchased).
  final List<int> statusIds;

  /// `CanBePurchased`: written `1` or `0`.
  final bool? canBePurchased;

  /// `VendorPurchaseIdList`: provider order ids.
  final List<String> providerOrderIds;

  /// `VendorPurchaseWaybillIdList`: tracking numbers.
  final List<String> waybills;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (order != null) 'order': order!.toJson(),
        'status_ids': statusIds,
        if (canBePurchased != null) 'can_be_purchased': canBePurchased,
        'provider_order_ids': providerOrderIds,
        'waybills': waybills,
      };
}

/// What a customer's app sends to place an order.
///
/// Read it with [`OrderRequest::from_json`] or [`OrderRequest::from_value`], which report every
/// problem at once, each with its path; decimals may be JSON numbers or strings, and ids strings
/// or whole numbers.
class OrderRequest {
  const OrderRequest({
    required this.merchantId,
    required this.items,
    required this.deliveryAddress,
    required this.paymentMethod,
    this.offerCode,
    this.useLoyaltyPoints = 0,
    this.notes,
  });

  /// The [OrderRequest] in [json], an object as the library writes it.
  factory OrderRequest.fromJson(Map<String, Object?> json) => OrderRequest(
        merchantId: json['merchant_id'] as String,
        items: <OrderItem>[for (final e0 in json['items'] as List<Object?>) OrderItem.fromJson(e0 as Map<String, Object?>)],
        deliveryAddress: DeliveryAddress.fromJson(json['delivery_address'] as Map<String, Object?>),
        paymentMethod: json['payment_method'] as String,
        offerCode: (json['offer_code'] == null ? null : json['offer_code'] as String),
        useLoyaltyPoints: json.containsKey('use_loyalty_points') ? json['use_loyalty_points'] as int : 0,
        notes: (json['notes'] == null ? null : json['notes'] as String),
      );

  /// The merchant (store) the order is placed with.
  final String merchantId;

  /// The lines, in the customer's order.
  final List<OrderItem> items;

  /// Where to deliver; `street` and `phone` are required.
  final DeliveryAddress deliveryAddress;

  /// How the customer pays (`cash_on_delivery`, `card`, …).
  final String paymentMethod;

  /// The offer code the customer typed, if any.
  final String? offerCode;

  /// Loyalty points the customer asks to redeem (0 for none).
  final int useLoyaltyPoints;

  /// A note for the merchant.
  final String? notes;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'merchant_id': merchantId,
        'items': [for (final e0 in items) e0.toJson()],
        'delivery_address': deliveryAddress.toJson(),
        'payment_method': paymentMethod,
        if (offerCode != null) 'offer_code': offerCode,
        'use_loyalty_points': useLoyaltyPoints,
        if (notes != null) 'notes': notes,
      };
}

/// SearchOrders' `xmlSearchParameters` (`OrderSearchParameters`): every filter optional, an
/// empty one matches every order.
class OrderSearchParameters {
  const OrderSearchParameters({
    this.creationDateFrom,
    this.creationDateTo,
    this.statusIds = const <int>[],
    this.id,
    this.recipientLastName,
    this.recipientCity,
    this.deliveryModeIds = const <String>[],
    this.providerType,
    this.userIds = const <String>[],
    this.orderIds = const <String>[],
    this.orderBy = const <OrderBy>[],
  });

  /// The [OrderSearchParameters] in [json], an object as the library writes it.
  factory OrderSearchParameters.fromJson(Map<String, Object?> json) => OrderSearchParameters(
        creationDateFrom: (json['creation_date_from'] == null ? null : json['creation_date_from'] as String),
        creationDateTo: (json['creation_date_to'] == null ? null : json['creation_date_to'] as String),
        statusIds: json.containsKey('status_ids') ? <int>[for (final e0 in json['status_ids'] as List<Object?>) e0 as int] : const <int>[],
        id: (json['id'] == null ? null : json['id'] as String),
        recipientLastName: (json['recipient_last_name'] == null ? null : json['recipient_last_name'] as String),
        recipientCity: (json['recipient_city'] == null ? null : json['recipient_city'] as String),
        deliveryModeIds: json.containsKey('delivery_mode_ids') ? <String>[for (final e0 in json['delivery_mode_ids'] as List<Object?>) e0 as String] : const <String>[],
        providerType: (json['provider_type'] == null ? null : json['provider_type'] as String),
        userIds: json.containsKey('user_ids') ? <String>[for (final e0 in json['user_ids'] as List<Object?>) e0 as String] : const <String>[],
        orderIds: json.containsKey('order_ids') ? <String>[for (final e0 in json['order_ids'] as List<Object?>) e0 as String] : const <String>[],
        orderBy: json.containsKey('order_by') ? <OrderBy>[for (final e0 in json['order_by'] as List<Object?>) OrderBy.fromJson(e0 as Map<String, Object?>)] : const <OrderBy>[],
      );

  /// `CreationDateFrom`: created at or after, on the platform's clock.
  final String? creationDateFrom;

  /// `CreationDateTo`: created at or before.
  final String? creationDateTo;

  /// `StatusIdList`: order statuses (20, 30, 31, 32, 36–39 are the active ones).
  final List<int> statusIds;

  /// `Id`: one order.
  final String? id;

  /// `RecipientLastName`.
  final String? recipientLastName;

  /// `RecipientCity`.
  final String? recipientCity;

  /// `DeliveryModeIds`.
  final List<String> deliveryModeIds;

  /// `ProviderType`: `Taobao`, …
  final String? providerType;

  /// `UserIdDelimitedList`: customers, written joined by `;` (inferred: the reference shows one).
  final List<String> userIds;

  /// `OrderIds`: several orders.
  final List<String> orderIds;

  /// `OrderBy`: the sort, as `Field:ASC|DESC` pairs joined by `;`.
  final List<OrderBy> orderBy;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (creationDateFrom != null) 'creation_date_from': creationDateFrom,
        if (creationDateTo != null) 'creation_date_to': creationDateTo,
        'status_ids': statusIds,
        if (id != null) 'id': id,
        if (recipientLastName != null) 'recipient_last_name': recipientLastName,
        if (recipientCity != null) 'recipient_city': recipientCity,
        'delivery_mode_ids': deliveryModeIds,
        if (providerType != null) 'provider_type': providerType,
        'user_ids': userIds,
        'order_ids': orderIds,
        'order_by': [for (final e0 in orderBy) e0.toJson()],
      };
}

/// How long an order has waited and whether someone should look at it.
class OrderTiming {
  const OrderTiming({
    required this.orderAgeHours,
    required this.isOverdue,
    required this.isUrgent,
  });

  /// The [OrderTiming] in [json], an object as the library writes it.
  factory OrderTiming.fromJson(Map<String, Object?> json) => OrderTiming(
        orderAgeHours: json['order_age_hours'] as int,
        isOverdue: json['is_overdue'] as bool,
        isUrgent: json['is_urgent'] as bool,
      );

  /// Whole hours since it was placed (the seed's `order_age_hours`).
  final int orderAgeHours;

  /// Not final and past its estimated delivery time, or, without one, older than
  /// `overdue_after_minutes`.
  final bool isOverdue;

  /// Still in the initial state after `urgent_after_minutes` (the seed's urgent pending orders).
  final bool isUrgent;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'order_age_hours': orderAgeHours,
        'is_overdue': isOverdue,
        'is_urgent': isUrgent,
      };
}

/// A status change to send to the channel: an order's, or one of its lines'.
class OrderUpdate {
  const OrderUpdate({
    required this.order,
    this.line,
    required this.status,
    this.trackingNumber,
  });

  /// The [OrderUpdate] in [json], an object as the library writes it.
  factory OrderUpdate.fromJson(Map<String, Object?> json) => OrderUpdate(
        order: json['order'] as String,
        line: (json['line'] == null ? null : json['line'] as String),
        status: json['status'] as String,
        trackingNumber: (json['tracking_number'] == null ? null : json['tracking_number'] as String),
      );

  /// The channel's order number.
  final String order;

  /// The line, by its id at the channel; none for the whole order.
  final String? line;

  /// The customer-order status to send (`shipped`).
  final String status;

  /// The parcel's tracking number, if any.
  final String? trackingNumber;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'order': order,
        if (line != null) 'line': line,
        'status': status,
        if (trackingNumber != null) 'tracking_number': trackingNumber,
      };
}

/// An answer: its envelope, and the result its method gives (one of the optional members, by
/// method; none for methods that give none, or when the call failed).
class OtAnswer {
  const OtAnswer({
    required this.outcome,
    this.failure,
    this.requestId,
    this.requestTime,
    this.order,
    this.orders,
    this.lines,
    this.orderDetails,
    this.payment,
    this.providerSessions,
    this.activity,
    this.activities,
  });

  /// The [OtAnswer] in [json], an object as the library writes it.
  factory OtAnswer.fromJson(Map<String, Object?> json) => OtAnswer(
        outcome: Outcome.fromJson(json['outcome']),
        failure: (json['failure'] == null ? null : OtFailure.fromJson(json['failure'] as Map<String, Object?>)),
        requestId: (json['request_id'] == null ? null : json['request_id'] as String),
        requestTime: (json['request_time'] == null ? null : json['request_time'] as String),
        order: (json['order'] == null ? null : OrderInfo.fromJson(json['order'] as Map<String, Object?>)),
        orders: (json['orders'] == null ? null : OrderFrame.fromJson(json['orders'] as Map<String, Object?>)),
        lines: (json['lines'] == null ? null : LineFrame.fromJson(json['lines'] as Map<String, Object?>)),
        orderDetails: (json['order_details'] == null ? null : SalesOrderDetails.fromJson(json['order_details'] as Map<String, Object?>)),
        payment: (json['payment'] == null ? null : SalesPaymentInfo.fromJson(json['payment'] as Map<String, Object?>)),
        providerSessions: (json['provider_sessions'] == null ? null : <ProviderSession>[for (final e0 in json['provider_sessions'] as List<Object?>) ProviderSession.fromJson(e0 as Map<String, Object?>)]),
        activity: (json['activity'] == null ? null : BackgroundActivity.fromJson(json['activity'] as Map<String, Object?>)),
        activities: (json['activities'] == null ? null : <BackgroundActivity>[for (final e0 in json['activities'] as List<Object?>) BackgroundActivity.fromJson(e0 as Map<String, Object?>)]),
      );

  /// `ok`, `partial` (`BatchError`: some of it was done) or `failed`.
  final Outcome outcome;

  /// Why it failed or was partial (`ErrorCode`, `ErrorDescription`, `SubErrorCode`).
  final OtFailure? failure;

  /// `RequestId`, for the platform's support.
  final String? requestId;

  /// `RequestTime`, as the platform writes it.
  final String? requestTime;

  /// AddOrder, CreateOrder: the order.
  final OrderInfo? order;

  /// SearchOrders: a frame of orders.
  final OrderFrame? orders;

  /// SearchOrderLines: a frame of lines.
  final LineFrame? lines;

  /// GetSalesOrderDetailsForOperator: the order and its lines.
  final SalesOrderDetails? orderDetails;

  /// GetSalesPaymentInfo, SalesPaymentReserve: the order's payment.
  final SalesPaymentInfo? payment;

  /// GetProviderOrdersIntegrationSessionInfoList: the provider sessions.
  final List<ProviderSession>? providerSessions;

  /// The provider methods (`Run…`): the background activity started.
  final BackgroundActivity? activity;

  /// SearchBackgroundActivities: the activities found.
  final List<BackgroundActivity>? activities;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'outcome': outcome.json,
        if (failure != null) 'failure': failure!.toJson(),
        if (requestId != null) 'request_id': requestId,
        if (requestTime != null) 'request_time': requestTime,
        if (order != null) 'order': order!.toJson(),
        if (orders != null) 'orders': orders!.toJson(),
        if (lines != null) 'lines': lines!.toJson(),
        if (orderDetails != null) 'order_details': orderDetails!.toJson(),
        if (payment != null) 'payment': payment!.toJson(),
        if (providerSessions != null) 'provider_sessions': [for (final e0 in providerSessions!) e0.toJson()],
        if (activity != null) 'activity': activity!.toJson(),
        if (activities != null) 'activities': [for (final e0 in activities!) e0.toJson()],
      };
}

/// One call of a method: the method and its arguments. Give exactly the members the method takes
/// (any other is refused with the list of those it takes); sessions and credentials come from
/// [`OtClient`].
class OtCall {
  const OtCall({
    required this.method,
    this.addData,
    this.createData,
    this.orderSearch,
    this.lineSearch,
    this.activitySearch,
    this.providerParameters,
    this.framePosition,
    this.frameSize,
    this.salesId,
    this.salesLineId,
    this.filter,
    this.queryType,
    this.customerId,
    this.amount,
    this.comment,
    this.isDebit,
    this.transactionDate,
    this.vendPurchId,
    this.vendPurchWaybill,
    this.providerType,
    this.returnUrl,
  });

  /// The [OtCall] in [json], an object as the library writes it.
  factory OtCall.fromJson(Map<String, Object?> json) => OtCall(
        method: OtMethod.fromJson(json['method']),
        addData: (json['add_data'] == null ? null : OrderAddData.fromJson(json['add_data'] as Map<String, Object?>)),
        createData: (json['create_data'] == null ? null : OrderCreateData.fromJson(json['create_data'] as Map<String, Object?>)),
        orderSearch: (json['order_search'] == null ? null : OrderSearchParameters.fromJson(json['order_search'] as Map<String, Object?>)),
        lineSearch: (json['line_search'] == null ? null : OrderLineSearchParameters.fromJson(json['line_search'] as Map<String, Object?>)),
        activitySearch: (json['activity_search'] == null ? null : BackgroundActivitySearchParameters.fromJson(json['activity_search'] as Map<String, Object?>)),
        providerParameters: (json['provider_parameters'] == null ? null : ProviderParameters.fromJson(json['provider_parameters'] as Map<String, Object?>)),
        framePosition: (json['frame_position'] == null ? null : json['frame_position'] as int),
        frameSize: (json['frame_size'] == null ? null : json['frame_size'] as int),
        salesId: (json['sales_id'] == null ? null : json['sales_id'] as String),
        salesLineId: (json['sales_line_id'] == null ? null : json['sales_line_id'] as String),
        filter: (json['filter'] == null ? null : json['filter'] as String),
        queryType: (json['query_type'] == null ? null : json['query_type'] as int),
        customerId: (json['customer_id'] == null ? null : json['customer_id'] as String),
        amount: (json['amount'] == null ? null : json['amount'] as String),
        comment: (json['comment'] == null ? null : json['comment'] as String),
        isDebit: (json['is_debit'] == null ? null : json['is_debit'] as bool),
        transactionDate: (json['transaction_date'] == null ? null : json['transaction_date'] as String),
        vendPurchId: (json['vend_purch_id'] == null ? null : json['vend_purch_id'] as String),
        vendPurchWaybill: (json['vend_purch_waybill'] == null ? null : json['vend_purch_waybill'] as String),
        providerType: (json['provider_type'] == null ? null : json['provider_type'] as String),
        returnUrl: (json['return_url'] == null ? null : json['return_url'] as String),
      );

  /// The method.
  final OtMethod method;

  /// AddOrder's order (`xmlAddData`).
  final OrderAddData? addData;

  /// CreateOrder's order (`xmlCreateData`).
  final OrderCreateData? createData;

  /// SearchOrders' filter (`xmlSearchParameters`).
  final OrderSearchParameters? orderSearch;

  /// SearchOrderLines' filter (`xmlSearchParameters`).
  final OrderLineSearchParameters? lineSearch;

  /// SearchBackgroundActivities' filter (`xmlSearchParameters`).
  final BackgroundActivitySearchParameters? activitySearch;

  /// The provider methods' `xmlParameters` (optional for synchronising: every order).
  final ProviderParameters? providerParameters;

  /// `framePosition`: the first result of the frame (0 when left out).
  final int? framePosition;

  /// `frameSize`: results in the frame, 1 to 1 000.
  final int? frameSize;

  /// `salesId`: the order.
  final String? salesId;

  /// `salesLineId`: the order's line.
  final String? salesLineId;

  /// `filter` of GetSalesOrderDetailsForOperator (empty when left out).
  final String? filter;

  /// `queryType` of GetSalesOrderDetailsForOperator: 0 (every line, when left out), 1 (to
  /// purchase) or 2 (purchased).
  final int? queryType;

  /// `customerId` of PostTransaction (`CustId` in the answers).
  final String? customerId;

  /// `amount`: greater than zero.
  final String? amount;

  /// `comment` of PostTransaction (empty when left out).
  final String? comment;

  /// `isDebit` of PostTransaction: true deposits to the account.
  final bool? isDebit;

  /// `transactionDate` of PostTransaction, on the platform's clock (empty when left out).
  final String? transactionDate;

  /// `vendPurchId`: the provider order id (empty when left out).
  final String? vendPurchId;

  /// `vendPurchWaybill`: the tracking number (empty when left out).
  final String? vendPurchWaybill;

  /// `providerType`: `Taobao`, …
  final String? providerType;

  /// `returnUrl`: where the provider sends the operator back after login.
  final String? returnUrl;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'method': method.json,
        if (addData != null) 'add_data': addData!.toJson(),
        if (createData != null) 'create_data': createData!.toJson(),
        if (orderSearch != null) 'order_search': orderSearch!.toJson(),
        if (lineSearch != null) 'line_search': lineSearch!.toJson(),
        if (activitySearch != null) 'activity_search': activitySearch!.toJson(),
        if (providerParameters != null) 'provider_parameters': providerParameters!.toJson(),
        if (framePosition != null) 'frame_position': framePosition,
        if (frameSize != null) 'frame_size': frameSize,
        if (salesId != null) 'sales_id': salesId,
        if (salesLineId != null) 'sales_line_id': salesLineId,
        if (filter != null) 'filter': filter,
        if (queryType != null) 'query_type': queryType,
        if (customerId != null) 'customer_id': customerId,
        if (amount != null) 'amount': amount,
        if (comment != null) 'comment': comment,
        if (isDebit != null) 'is_debit': isDebit,
        if (transactionDate != null) 'transaction_date': transactionDate,
        if (vendPurchId != null) 'vend_purch_id': vendPurchId,
        if (vendPurchWaybill != null) 'vend_purch_waybill': vendPurchWaybill,
        if (providerType != null) 'provider_type': providerType,
        if (returnUrl != null) 'return_url': returnUrl,
      };
}

/// Who calls: the instance key, the language of the answers' texts, the sessions, and the
/// signing secret with the current time (the core has no clock).
class OtClient {
  const OtClient({
    required this.instanceKey,
    required this.language,
    required this.sessions,
    this.signing,
  });

  /// The [OtClient] in [json], an object as the library writes it.
  factory OtClient.fromJson(Map<String, Object?> json) => OtClient(
        instanceKey: json['instance_key'] as String,
        language: json['language'] as String,
        sessions: OtSessions.fromJson(json['sessions'] as Map<String, Object?>),
        signing: (json['signing'] == null ? null : OtSigning.fromJson(json['signing'] as Map<String, Object?>)),
      );

  /// `instanceKey`, sent with every call.
  final String instanceKey;

  /// `language` (`en`, `ru`, …), sent with the methods that take it.
  final String language;

  /// The sessions the methods need.
  final OtSessions sessions;

  /// Sign every request (`timestamp`, `signature`), if the instance requires it.
  final OtSigning? signing;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'instance_key': instanceKey,
        'language': language,
        'sessions': sessions.toJson(),
        if (signing != null) 'signing': signing!.toJson(),
      };
}

/// Why a call failed, as the platform says it (it publishes no list of codes).
class OtFailure {
  const OtFailure({
    required this.code,
    this.description,
    this.subCode,
  });

  /// The [OtFailure] in [json], an object as the library writes it.
  factory OtFailure.fromJson(Map<String, Object?> json) => OtFailure(
        code: json['code'] as String,
        description: (json['description'] == null ? null : json['description'] as String),
        subCode: (json['sub_code'] == null ? null : json['sub_code'] as String),
      );

  /// `ErrorCode`.
  final String code;

  /// `ErrorDescription`, in the call's language.
  final String? description;

  /// `SubErrorCode`.
  final String? subCode;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'code': code,
        if (description != null) 'description': description,
        if (subCode != null) 'sub_code': subCode,
      };
}

/// Where an order line stands, as the host's table says of a status id.
enum OtLineStage {
  /// Not yet to be bought (the customer has not paid, …).
  waiting('waiting'),
  /// To be bought at the provider (SearchOrderLines' queryType 1).
  readyToPurchase('ready_to_purchase'),
  /// Ordered at the provider, not yet paid there.
  ordered('ordered'),
  /// Bought at the provider (queryType 2).
  purchased('purchased'),
  /// Sent by the provider, on its way to the shop.
  providerShipped('provider_shipped'),
  /// Received from the provider.
  received('received'),
  /// Sent to the customer.
  shipped('shipped'),
  /// Delivered to the customer.
  delivered('delivered'),
  /// Cancelled.
  cancelled('cancelled');

  const OtLineStage(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static OtLineStage fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of OtLineStage', value);
  }
}

/// What an OT line status means for ordercore's workflows.
class OtLineStatus {
  const OtLineStatus({
    required this.stage,
    required this.orderStatus,
    required this.purchaseStatus,
    required this.deletable,
  });

  /// The [OtLineStatus] in [json], an object as the library writes it.
  factory OtLineStatus.fromJson(Map<String, Object?> json) => OtLineStatus(
        stage: OtLineStage.fromJson(json['stage']),
        orderStatus: json['order_status'] as String,
        purchaseStatus: json['purchase_status'] as String,
        deletable: json['deletable'] as bool,
      );

  /// Where the line stands.
  final OtLineStage stage;

  /// The customer-order status of an order whose lines all stand there.
  final String orderStatus;

  /// The supplier-purchase status of the line's purchase.
  final String purchaseStatus;

  /// Whether the line may be deleted.
  final bool deletable;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'stage': stage.json,
        'order_status': orderStatus,
        'purchase_status': purchaseStatus,
        'deletable': deletable,
      };
}

/// What one of the host's OT line status ids means.
class OtLineStatusEntry {
  const OtLineStatusEntry({
    required this.statusId,
    required this.stage,
    this.deletable = false,
  });

  /// The [OtLineStatusEntry] in [json], an object as the library writes it.
  factory OtLineStatusEntry.fromJson(Map<String, Object?> json) => OtLineStatusEntry(
        statusId: json['status_id'] as int,
        stage: OtLineStage.fromJson(json['stage']),
        deletable: json.containsKey('deletable') ? json['deletable'] as bool : false,
      );

  /// The platform's `StatusId`.
  final int statusId;

  /// Where a line in it stands.
  final OtLineStage stage;

  /// Whether a line in it may be deleted.
  final bool deletable;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'status_id': statusId,
        'stage': stage.json,
        'deletable': deletable,
      };
}

/// An OT Platform method (the variant's name is the method's, `add_order` is `AddOrder`).
enum OtMethod {
  /// Adds an order of any number of items (customer session) → `order`.
  addOrder('add_order'),
  /// Creates an order from basket elements (customer session) → `order`.
  createOrder('create_order'),
  /// Searches orders, one frame at a time → `orders`.
  searchOrders('search_orders'),
  /// Searches order lines (by provider order id, by waybill, …), one frame at a time → `lines`.
  searchOrderLines('search_order_lines'),
  /// An order with its lines (`SalesLinesList`) → `order_details`.
  getSalesOrderDetailsForOperator('get_sales_order_details_for_operator'),
  /// What an order costs, what is paid and the customer's balance → `payment`.
  getSalesPaymentInfo('get_sales_payment_info'),
  /// Pays an order from the customer's account → `payment`.
  salesPaymentReserve('sales_payment_reserve'),
  /// Deposits to (`is_debit` true) or withdraws from a customer's account.
  postTransaction('post_transaction'),
  /// Cancels an order (customer session).
  cancelSalesOrder('cancel_sales_order'),
  /// Cancels one line of an order.
  cancelLineSalesOrderForOperator('cancel_line_sales_order_for_operator'),
  /// Sets a line's provider order id and waybill by hand.
  changeSalesOrderLinePurchaseInfoForOperator('change_sales_order_line_purchase_info_for_operator'),
  /// The provider sessions opened so far → `provider_sessions`.
  getProviderOrdersIntegrationSessionInfoList('get_provider_orders_integration_session_info_list'),
  /// The address where the operator opens a provider session (the answer's result is not read).
  getProviderOrdersIntegrationSessionAuthenticationInfo('get_provider_orders_integration_session_authentication_info'),
  /// Exports an order, or some of its lines, to the provider → `activity`.
  runOrderExportingToProvider('run_order_exporting_to_provider'),
  /// Synchronises exported orders with the provider → `activity`.
  runOrdersSynchronizingWithProvider('run_orders_synchronizing_with_provider'),
  /// Links an order with orders bought by hand at the provider → `activity`.
  runOrderLinkingWithProvider('run_order_linking_with_provider'),
  /// Unlinks an order's lines from the provider → `activity`.
  runOrderUnlinkingFromProvider('run_order_unlinking_from_provider'),
  /// Searches background activities (exports, synchronisations, …) → `activities`.
  searchBackgroundActivities('search_background_activities');

  const OtMethod(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static OtMethod fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of OtMethod', value);
  }
}

/// One parameter of a request.
class OtParameter {
  const OtParameter({
    required this.name,
    required this.value,
  });

  /// The [OtParameter] in [json], an object as the library writes it.
  factory OtParameter.fromJson(Map<String, Object?> json) => OtParameter(
        name: json['name'] as String,
        value: json['value'] as String,
      );

  /// Its name: `sessionId`.
  final String name;

  /// Its value, as sent.
  final String value;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'name': name,
        'value': value,
      };
}

/// A problem the seed lists: why AddOrder dropped an item, or why an export failed.
enum OtProblem {
  /// The product is no longer available (ended in the warehouse, …).
  itemUnavailable('item_unavailable'),
  /// The configuration (colour, size, …) is gone or ended.
  configurationUnavailable('configuration_unavailable'),
  /// The seller is gone.
  sellerUnavailable('seller_unavailable'),
  /// A field of the document is wrong.
  invalidField('invalid_field'),
  /// Export: the autopurchase address settings are wrong (the address in China, the phone, …).
  wrongAutopurchaseAddress('wrong_autopurchase_address'),
  /// Export: the provider's limit of unpaid (booked) orders is reached.
  unpaidOrderLimit('unpaid_order_limit'),
  /// Export: a discrepancy found by the check (quantity, price, …) is unresolved.
  unresolvedDiscrepancy('unresolved_discrepancy'),
  /// Export: no connection to the provider, or work under way there or on the platform.
  providerUnreachable('provider_unreachable');

  const OtProblem(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static OtProblem fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of OtProblem', value);
  }
}

/// A request ready to send.
class OtRequest {
  const OtRequest({
    required this.method,
    required this.parameters,
    required this.encoded,
    required this.xmlPath,
    required this.jsonPath,
  });

  /// The [OtRequest] in [json], an object as the library writes it.
  factory OtRequest.fromJson(Map<String, Object?> json) => OtRequest(
        method: json['method'] as String,
        parameters: <OtParameter>[for (final e0 in json['parameters'] as List<Object?>) OtParameter.fromJson(e0 as Map<String, Object?>)],
        encoded: json['encoded'] as String,
        xmlPath: json['xml_path'] as String,
        jsonPath: json['json_path'] as String,
      );

  /// The method's name: `AddOrder`.
  final String method;

  /// The parameters in order: `instanceKey`, the method's, then `timestamp` and `signature`
  /// when signed.
  final List<OtParameter> parameters;

  /// The parameters percent-encoded as `name=value&…` (UTF-8, spaces as `%20`): the body of
  /// the XML endpoint's form POST, or the query of the JSON endpoint's GET.
  final String encoded;

  /// The XML endpoint, after the service's base address: `OtapiWebService2.asmx/AddOrder`.
  final String xmlPath;

  /// The JSON endpoint, after the base address: `service-json/AddOrder`.
  final String jsonPath;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'method': method,
        'parameters': [for (final e0 in parameters) e0.toJson()],
        'encoded': encoded,
        'xml_path': xmlPath,
        'json_path': jsonPath,
      };
}

/// The three sessions of the seed: give those the methods you call need.
class OtSessions {
  const OtSessions({
    this.operator,
    this.customer,
    this.provider,
  });

  /// The [OtSessions] in [json], an object as the library writes it.
  factory OtSessions.fromJson(Map<String, Object?> json) => OtSessions(
        operator: (json['operator'] == null ? null : json['operator'] as String),
        customer: (json['customer'] == null ? null : json['customer'] as String),
        provider: (json['provider'] == null ? null : json['provider'] as String),
      );

  /// The operator's (admin) session, `AuthenticateInstanceOperator`: every operator action.
  final String? operator;

  /// The customer's session, `Authenticate`: AddOrder, CreateOrder, CancelSalesOrder.
  final String? customer;

  /// The provider session (Taobao, …) of the autopurchase module: the provider methods.
  final String? provider;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (operator != null) 'operator': operator,
        if (customer != null) 'customer': customer,
        if (provider != null) 'provider': provider,
      };
}

/// Request signing: the instance's secret and the current UTC time.
class OtSigning {
  const OtSigning({
    required this.secret,
    required this.timestamp,
  });

  /// The [OtSigning] in [json], an object as the library writes it.
  factory OtSigning.fromJson(Map<String, Object?> json) => OtSigning(
        secret: json['secret'] as String,
        timestamp: json['timestamp'] as String,
      );

  /// The signing secret.
  final String secret;

  /// Now, in UTC; sent as `timestamp` (`YYYYMMDDhhmmss`).
  final String timestamp;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'secret': secret,
        'timestamp': timestamp,
      };
}

/// How a call went.
enum Outcome {
  /// `Ok`.
  ok('ok'),
  /// `BatchError`: a partial success, not fatal; the result holds what was done.
  partial('partial'),
  /// Any other code: the call failed.
  failed('failed');

  const Outcome(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Outcome fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Outcome', value);
  }
}

/// The supplier's answer about one purchase of a batch payment.
class PaymentAnswer {
  const PaymentAnswer({
    required this.purchaseId,
    required this.success,
    this.errorCode,
    this.errorMessage,
  });

  /// The [PaymentAnswer] in [json], an object as the library writes it.
  factory PaymentAnswer.fromJson(Map<String, Object?> json) => PaymentAnswer(
        purchaseId: json['purchase_id'] as String,
        success: json['success'] as bool,
        errorCode: (json['error_code'] == null ? null : json['error_code'] as String),
        errorMessage: (json['error_message'] == null ? null : json['error_message'] as String),
      );

  /// The purchase's id at the supplier (`200081134310`).
  final String purchaseId;

  /// Whether it was paid.
  final bool success;

  /// Why not: the supplier's error code (`INSUFFICIENT_BALANCE_FOR_PAYMENT`).
  final String? errorCode;

  /// The supplier's message, if any.
  final String? errorMessage;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'purchase_id': purchaseId,
        'success': success,
        if (errorCode != null) 'error_code': errorCode,
        if (errorMessage != null) 'error_message': errorMessage,
      };
}

/// Purchase ids to pay, in batches of at most 10 (the supplier's limit), in their order.
class PaymentBatch {
  const PaymentBatch({
    required this.purchaseIds,
  });

  /// The [PaymentBatch] in [json], an object as the library writes it.
  factory PaymentBatch.fromJson(Map<String, Object?> json) => PaymentBatch(
        purchaseIds: <String>[for (final e0 in json['purchase_ids'] as List<Object?>) e0 as String],
      );

  /// The ids, 1 to 10 of them.
  final List<String> purchaseIds;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'purchase_ids': purchaseIds,
      };
}

/// A payment answer read: the purchase paid through the workflow, or kept as it was with the
/// failure's report.
class PaymentOutcome {
  const PaymentOutcome({
    required this.order,
    this.effects,
    this.failure,
  });

  /// The [PaymentOutcome] in [json], an object as the library writes it.
  factory PaymentOutcome.fromJson(Map<String, Object?> json) => PaymentOutcome(
        order: Order.fromJson(json['order'] as Map<String, Object?>),
        effects: (json['effects'] == null ? null : Effects.fromJson(json['effects'] as Map<String, Object?>)),
        failure: (json['failure'] == null ? null : SyncFailure.fromJson(json['failure'] as Map<String, Object?>)),
      );

  /// The purchase: `paid` (and marked paid) with its tracking extended, or unchanged.
  final Order order;

  /// The `pay` transition's effects, when paid.
  final Effects? effects;

  /// Why it was not paid (the reason to record) and what to do next (top up, refresh, …).
  final SyncFailure? failure;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'order': order.toJson(),
        if (effects != null) 'effects': effects!.toJson(),
        if (failure != null) 'failure': failure!.toJson(),
      };
}

/// What paying an order from the customer's account takes: deposit `deposit` first
/// (PostTransaction, `isDebit` true, when it is not zero), then reserve `due` (SalesPaymentReserve).
class PaymentPlan {
  const PaymentPlan({
    this.salesId,
    this.customerId,
    this.currencyCode,
    required this.due,
    required this.reservable,
    required this.deposit,
  });

  /// The [PaymentPlan] in [json], an object as the library writes it.
  factory PaymentPlan.fromJson(Map<String, Object?> json) => PaymentPlan(
        salesId: (json['sales_id'] == null ? null : json['sales_id'] as String),
        customerId: (json['customer_id'] == null ? null : json['customer_id'] as String),
        currencyCode: (json['currency_code'] == null ? null : json['currency_code'] as String),
        due: json['due'] as String,
        reservable: json['reservable'] as String,
        deposit: json['deposit'] as String,
      );

  /// The order (`salesId`).
  final String? salesId;

  /// The customer (`customerId` of the deposit).
  final String? customerId;

  /// The currency.
  final String? currencyCode;

  /// What is left to pay: `SalesAmount − SalesPaid`, never below zero.
  final String due;

  /// What the balance pays now: `min(CustBalanceAvail, due)`, never below zero.
  final String reservable;

  /// The shortfall to deposit before reserving `due`: `due − CustBalanceAvail` when the balance
  /// falls short (a debt included), else zero.
  final String deposit;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (salesId != null) 'sales_id': salesId,
        if (customerId != null) 'customer_id': customerId,
        if (currencyCode != null) 'currency_code': currencyCode,
        'due': due,
        'reservable': reservable,
        'deposit': deposit,
      };
}

/// Pricing rules: currency, offers, the customer's category and points, and the delivery, tax
/// and rounding policies. Problems are reported with paths under `rules.`.
class PricingRules {
  const PricingRules({
    required this.currency,
    this.now,
    required this.rounding,
    this.offers = const <Offer>[],
    this.customerCategory,
    required this.combination,
    this.loyalty,
    required this.delivery,
    required this.tax,
    this.products = const <String, ProductInfo>{},
  });

  /// The [PricingRules] in [json], an object as the library writes it.
  factory PricingRules.fromJson(Map<String, Object?> json) => PricingRules(
        currency: json['currency'] as String,
        now: (json['now'] == null ? null : json['now'] as String),
        rounding: RoundingMode.fromJson(json['rounding']),
        offers: json.containsKey('offers') ? <Offer>[for (final e0 in json['offers'] as List<Object?>) Offer.fromJson(e0 as Map<String, Object?>)] : const <Offer>[],
        customerCategory: (json['customer_category'] == null ? null : CustomerCategory.fromJson(json['customer_category'] as Map<String, Object?>)),
        combination: Combination.fromJson(json['combination']),
        loyalty: (json['loyalty'] == null ? null : LoyaltyProgram.fromJson(json['loyalty'] as Map<String, Object?>)),
        delivery: DeliveryPolicy.fromJson(json['delivery'] as Map<String, Object?>),
        tax: TaxPolicy.fromJson(json['tax'] as Map<String, Object?>),
        products: json.containsKey('products') ? (json['products'] as Map<String, Object?>).map<String, ProductInfo>((k0, e0) => MapEntry(k0, ProductInfo.fromJson(e0 as Map<String, Object?>))) : const <String, ProductInfo>{},
      );

  /// The currency of every price and amount.
  final String currency;

  /// The instant offer validity windows are checked against (required when an offer has one).
  final String? now;

  /// How amounts are rounded to the minor unit.
  final RoundingMode rounding;

  /// The offers customers may enter a code for.
  final List<Offer> offers;

  /// The customer's category and its discount, if any.
  final CustomerCategory? customerCategory;

  /// How the offer and the category discount combine.
  final Combination combination;

  /// The loyalty program and the customer's balance, if the merchant has one.
  final LoyaltyProgram? loyalty;

  /// The delivery fee and when it is waived.
  final DeliveryPolicy delivery;

  /// The tax policy.
  final TaxPolicy tax;

  /// What the merchant knows of each product, by product id.
  final Map<String, ProductInfo> products;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'currency': currency,
        if (now != null) 'now': now,
        'rounding': rounding.json,
        'offers': [for (final e0 in offers) e0.toJson()],
        if (customerCategory != null) 'customer_category': customerCategory!.toJson(),
        'combination': combination.json,
        if (loyalty != null) 'loyalty': loyalty!.toJson(),
        'delivery': delivery.toJson(),
        'tax': tax.toJson(),
        'products': products.map((k0, e0) => MapEntry(k0, e0.toJson())),
      };
}

/// One thing wrong with an input.
class Problem {
  const Problem({
    required this.code,
    required this.field,
    this.detail,
    required this.message,
    this.currentStatus,
    this.allowedActions,
  });

  /// The [Problem] in [json], an object as the library writes it.
  factory Problem.fromJson(Map<String, Object?> json) => Problem(
        code: Code.fromJson(json['code']),
        field: json['field'] as String,
        detail: (json['detail'] == null ? null : json['detail'] as String),
        message: json['message'] as String,
        currentStatus: (json['current_status'] == null ? null : json['current_status'] as String),
        allowedActions: (json['allowed_actions'] == null ? null : <String>[for (final e0 in json['allowed_actions'] as List<Object?>) e0 as String]),
      );

  /// The stable code.
  final Code code;

  /// The path of the offending field (`items[1].quantity`); empty for the whole input.
  final String field;

  /// The limit, allowed values or parser detail that the message mentions, if any.
  final String? detail;

  /// The message in English.
  final String message;

  /// For a refused transition: the order's status.
  final String? currentStatus;

  /// For a refused transition: the actions still allowed in the current status.
  final List<String>? allowedActions;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'code': code.json,
        'field': field,
        if (detail != null) 'detail': detail,
        'message': message,
        if (currentStatus != null) 'current_status': currentStatus,
        if (allowedActions != null) 'allowed_actions': allowedActions,
      };
}

/// A shop's local product bound to the channel's product (the seed's Product Bindings form).
class ProductBinding {
  const ProductBinding({
    required this.shopId,
    required this.productId,
    required this.externalProductId,
    this.externalSku,
    this.active = true,
    this.packSize,
    this.lastPushed,
  });

  /// The [ProductBinding] in [json], an object as the library writes it.
  factory ProductBinding.fromJson(Map<String, Object?> json) => ProductBinding(
        shopId: json['shop_id'] as String,
        productId: json['product_id'] as String,
        externalProductId: json['external_product_id'] as String,
        externalSku: (json['external_sku'] == null ? null : json['external_sku'] as String),
        active: json.containsKey('active') ? json['active'] as bool : true,
        packSize: (json['pack_size'] == null ? null : json['pack_size'] as String),
        lastPushed: (json['last_pushed'] == null ? null : json['last_pushed'] as int),
      );

  /// The shop (`95152937`).
  final String shopId;

  /// The local product's id.
  final String productId;

  /// The channel's product id (Shopee's item id; an item's model where the channel has them).
  final String externalProductId;

  /// The channel's SKU; a binding without one is not pushed (`missing_sku`).
  final String? externalSku;

  /// Whether the binding is in use; true when omitted.
  final bool active;

  /// How much of the product one listing unit holds (a pack of 6: 6; 0.5 kg: 0.5); 1 when omitted.
  final String? packSize;

  /// The quantity last pushed through this binding, if any: the same quantity is not pushed again.
  final int? lastPushed;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'shop_id': shopId,
        'product_id': productId,
        'external_product_id': externalProductId,
        if (externalSku != null) 'external_sku': externalSku,
        'active': active,
        if (packSize != null) 'pack_size': packSize,
        if (lastPushed != null) 'last_pushed': lastPushed,
      };
}

/// What the merchant knows of a product.
class ProductInfo {
  const ProductInfo({
    this.name,
    this.category,
  });

  /// The [ProductInfo] in [json], an object as the library writes it.
  factory ProductInfo.fromJson(Map<String, Object?> json) => ProductInfo(
        name: (json['name'] == null ? null : json['name'] as String),
        category: (json['category'] == null ? null : json['category'] as String),
      );

  /// Its name, shown on the quote's line.
  final String? name;

  /// Its category, for offers and tax rates.
  final String? category;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (name != null) 'name': name,
        if (category != null) 'category': category,
      };
}

/// A product's stock, as the host reads it.
class ProductStock {
  const ProductStock({
    required this.productId,
    required this.onHand,
    this.forecast,
  });

  /// The [ProductStock] in [json], an object as the library writes it.
  factory ProductStock.fromJson(Map<String, Object?> json) => ProductStock(
        productId: json['product_id'] as String,
        onHand: json['on_hand'] as String,
        forecast: (json['forecast'] == null ? null : json['forecast'] as String),
      );

  /// The local product's id (Odoo's `product.product` id, as text).
  final String productId;

  /// The quantity on hand, in the product's unit (decimals for a product sold by weight;
  /// negative when oversold), −10¹² to 10¹², 6 decimals at most.
  final String onHand;

  /// The forecast quantity, needed when the rule's source is `forecast`.
  final String? forecast;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'product_id': productId,
        'on_hand': onHand,
        if (forecast != null) 'forecast': forecast,
      };
}

/// One provider order: its lines, their waybills and statuses.
class ProviderOrder {
  const ProviderOrder({
    required this.providerOrderId,
    required this.waybills,
    required this.statuses,
    required this.lines,
  });

  /// The [ProviderOrder] in [json], an object as the library writes it.
  factory ProviderOrder.fromJson(Map<String, Object?> json) => ProviderOrder(
        providerOrderId: json['provider_order_id'] as String,
        waybills: <String>[for (final e0 in json['waybills'] as List<Object?>) e0 as String],
        statuses: <StatusCount>[for (final e0 in json['statuses'] as List<Object?>) StatusCount.fromJson(e0 as Map<String, Object?>)],
        lines: <SalesLine>[for (final e0 in json['lines'] as List<Object?>) SalesLine.fromJson(e0 as Map<String, Object?>)],
      );

  /// `VendPurchId`.
  final String providerOrderId;

  /// The lines' tracking numbers, each once, in the lines' order.
  final List<String> waybills;

  /// How many lines are in each status, in the order the statuses first come.
  final List<StatusCount> statuses;

  /// The lines.
  final List<SalesLine> lines;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'provider_order_id': providerOrderId,
        'waybills': waybills,
        'statuses': [for (final e0 in statuses) e0.toJson()],
        'lines': [for (final e0 in lines) e0.toJson()],
      };
}

/// An order's lines by provider order (`VendPurchId`), and those not exported yet.
class ProviderOrders {
  const ProviderOrders({
    required this.orders,
    required this.notExported,
  });

  /// The [ProviderOrders] in [json], an object as the library writes it.
  factory ProviderOrders.fromJson(Map<String, Object?> json) => ProviderOrders(
        orders: <ProviderOrder>[for (final e0 in json['orders'] as List<Object?>) ProviderOrder.fromJson(e0 as Map<String, Object?>)],
        notExported: <SalesLine>[for (final e0 in json['not_exported'] as List<Object?>) SalesLine.fromJson(e0 as Map<String, Object?>)],
      );

  /// The provider orders, in the order their first line comes.
  final List<ProviderOrder> orders;

  /// The lines without a provider order.
  final List<SalesLine> notExported;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'orders': [for (final e0 in orders) e0.toJson()],
        'not_exported': [for (final e0 in notExported) e0.toJson()],
      };
}

/// The `Parameters` of the provider methods: export and unlinking name an order and, for a part
/// of it, its lines (none: every line); linking also names the provider orders; synchronising may
/// name orders.
class ProviderParameters {
  const ProviderParameters({
    this.orderId,
    this.orderLineIds = const <String>[],
    this.orderIds = const <String>[],
    this.providerOrderIds = const <String>[],
  });

  /// The [ProviderParameters] in [json], an object as the library writes it.
  factory ProviderParameters.fromJson(Map<String, Object?> json) => ProviderParameters(
        orderId: (json['order_id'] == null ? null : json['order_id'] as String),
        orderLineIds: json.containsKey('order_line_ids') ? <String>[for (final e0 in json['order_line_ids'] as List<Object?>) e0 as String] : const <String>[],
        orderIds: json.containsKey('order_ids') ? <String>[for (final e0 in json['order_ids'] as List<Object?>) e0 as String] : const <String>[],
        providerOrderIds: json.containsKey('provider_order_ids') ? <String>[for (final e0 in json['provider_order_ids'] as List<Object?>) e0 as String] : const <String>[],
      );

  /// `OrderId`.
  final String? orderId;

  /// `OrderLineIds`: the lines, for a part of the order.
  final List<String> orderLineIds;

  /// `OrderIds`: several orders (synchronisation).
  final List<String> orderIds;

  /// `ProviderOrderIds`: the provider's orders to link (the element's name is inferred).
  final List<String> providerOrderIds;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (orderId != null) 'order_id': orderId,
        'order_line_ids': orderLineIds,
        'order_ids': orderIds,
        'provider_order_ids': providerOrderIds,
      };
}

/// A provider session (`Id`, `Name`): `providerSessionId` for the provider methods.
class ProviderSession {
  const ProviderSession({
    this.id,
    this.name,
  });

  /// The [ProviderSession] in [json], an object as the library writes it.
  factory ProviderSession.fromJson(Map<String, Object?> json) => ProviderSession(
        id: (json['id'] == null ? null : json['id'] as String),
        name: (json['name'] == null ? null : json['name'] as String),
      );

  /// `Id`.
  final String? id;

  /// `Name`: the provider account.
  final String? name;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (id != null) 'id': id,
        if (name != null) 'name': name,
      };
}

/// What a `pull_orders` payload is read against.
class PullOrdersOptions {
  const PullOrdersOptions({
    required this.now,
    this.zonelessOffsetMinutes,
    this.maxWindowSeconds,
  });

  /// The [PullOrdersOptions] in [json], an object as the library writes it.
  factory PullOrdersOptions.fromJson(Map<String, Object?> json) => PullOrdersOptions(
        now: json['now'] as String,
        zonelessOffsetMinutes: (json['zoneless_offset_minutes'] == null ? null : json['zoneless_offset_minutes'] as int),
        maxWindowSeconds: (json['max_window_seconds'] == null ? null : json['max_window_seconds'] as int),
      );

  /// The present: neither time may be after it.
  final String now;

  /// How far from UTC, in minutes, a time written without an offset is (the seed writes
  /// `2024-11-01T00:00:00`; Odoo stores UTC: 0; Bangkok: 420). Omitted, such a time is refused.
  final int? zonelessOffsetMinutes;

  /// The longest window the channel serves (Shopee's order list: 15 days, 1 296 000 s); a
  /// longer one is refused. Omitted: no limit.
  final int? maxWindowSeconds;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'now': now,
        if (zonelessOffsetMinutes != null) 'zoneless_offset_minutes': zonelessOffsetMinutes,
        if (maxWindowSeconds != null) 'max_window_seconds': maxWindowSeconds,
      };
}

/// A `pull_orders` job's payload: the orders changed from `since` to `until` (now, when null).
class PullOrdersPayload {
  const PullOrdersPayload({
    required this.since,
    this.until,
  });

  /// The [PullOrdersPayload] in [json], an object as the library writes it.
  factory PullOrdersPayload.fromJson(Map<String, Object?> json) => PullOrdersPayload(
        since: json['since'] as String,
        until: (json['until'] == null ? null : json['until'] as String),
      );

  /// From when.
  final String since;

  /// To when; omitted (`null` in the seed) for "until the job runs".
  final String? until;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'since': since,
        if (until != null) 'until': until,
      };
}

/// How a shop's orders are pulled, job after job.
class PullSchedule {
  const PullSchedule({
    this.firstSince,
    this.overlapSeconds,
    this.maxWindowSeconds,
  });

  /// The [PullSchedule] in [json], an object as the library writes it.
  factory PullSchedule.fromJson(Map<String, Object?> json) => PullSchedule(
        firstSince: (json['first_since'] == null ? null : json['first_since'] as String),
        overlapSeconds: (json['overlap_seconds'] == null ? null : json['overlap_seconds'] as int),
        maxWindowSeconds: (json['max_window_seconds'] == null ? null : json['max_window_seconds'] as int),
      );

  /// Where the first pull starts, when none has succeeded yet (the seed's `2024-11-01`).
  final String? firstSince;

  /// How far back before the last pull's end the next one starts, so that an order written
  /// late at the boundary is not missed (the host upserts orders by id, so a repeat is
  /// harmless); 300 when omitted.
  final int? overlapSeconds;

  /// The longest window one job pulls (Shopee: 15 days); the rest is left to the next job.
  /// Omitted: up to now.
  final int? maxWindowSeconds;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (firstSince != null) 'first_since': firstSince,
        if (overlapSeconds != null) 'overlap_seconds': overlapSeconds,
        if (maxWindowSeconds != null) 'max_window_seconds': maxWindowSeconds,
      };
}

/// The window the next `pull_orders` covers: its payload is `{"since": …, "until": …}`.
class PullWindow {
  const PullWindow({
    required this.since,
    required this.until,
    required this.capped,
    required this.due,
  });

  /// The [PullWindow] in [json], an object as the library writes it.
  factory PullWindow.fromJson(Map<String, Object?> json) => PullWindow(
        since: json['since'] as String,
        until: json['until'] as String,
        capped: json['capped'] as bool,
        due: json['due'] as bool,
      );

  /// From when.
  final String since;

  /// To when: always set, so that a retried job pulls the very same window.
  final String until;

  /// Whether `until` was held to the longest window, before now: pull again at once.
  final bool capped;

  /// Whether there is anything to pull (`since` before `until`).
  final bool due;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'since': since,
        'until': until,
        'capped': capped,
        'due': due,
      };
}

/// A line of a local order, with the SKU the shop's stock data gives its product.
class PurchaseLine {
  const PurchaseLine({
    required this.productId,
    this.sku,
    required this.quantity,
  });

  /// The [PurchaseLine] in [json], an object as the library writes it.
  factory PurchaseLine.fromJson(Map<String, Object?> json) => PurchaseLine(
        productId: json['product_id'] as String,
        sku: (json['sku'] == null ? null : json['sku'] as String),
        quantity: json['quantity'] as int,
      );

  /// The local product.
  final String productId;

  /// The supplier's SKU for it (the seed's `product_stocks`), if the shop has one.
  final String? sku;

  /// How many.
  final int quantity;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'product_id': productId,
        if (sku != null) 'sku': sku,
        'quantity': quantity,
      };
}

/// What to send the supplier: a request for each pending order whose data is whole, a failure
/// for each that is not (nothing half-built), and the orders that are not pending.
class PurchasePlan {
  const PurchasePlan({
    required this.requests,
    required this.failures,
    required this.skipped,
  });

  /// The [PurchasePlan] in [json], an object as the library writes it.
  factory PurchasePlan.fromJson(Map<String, Object?> json) => PurchasePlan(
        requests: <PurchaseRequest>[for (final e0 in json['requests'] as List<Object?>) PurchaseRequest.fromJson(e0 as Map<String, Object?>)],
        failures: <SyncFailure>[for (final e0 in json['failures'] as List<Object?>) SyncFailure.fromJson(e0 as Map<String, Object?>)],
        skipped: <SkippedPurchase>[for (final e0 in json['skipped'] as List<Object?>) SkippedPurchase.fromJson(e0 as Map<String, Object?>)],
      );

  /// The requests to send, in the orders' order.
  final List<PurchaseRequest> requests;

  /// A failure for each line that lacks its SKU (`Product missing SKU`, fix the data) or
  /// other wrong data; such an order gets no request.
  final List<SyncFailure> failures;

  /// The orders that are not pending (sent already, or further on).
  final List<SkippedPurchase> skipped;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'requests': [for (final e0 in requests) e0.toJson()],
        'failures': [for (final e0 in failures) e0.toJson()],
        'skipped': [for (final e0 in skipped) e0.toJson()],
      };
}

/// What to send the supplier to create a purchase for a local order.
class PurchaseRequest {
  const PurchaseRequest({
    required this.orderId,
    required this.lines,
  });

  /// The [PurchaseRequest] in [json], an object as the library writes it.
  factory PurchaseRequest.fromJson(Map<String, Object?> json) => PurchaseRequest(
        orderId: json['order_id'] as String,
        lines: <PurchaseRequestLine>[for (final e0 in json['lines'] as List<Object?>) PurchaseRequestLine.fromJson(e0 as Map<String, Object?>)],
      );

  /// The local order's id, sent as the purchase's outer id so that an answer finds its order.
  final String orderId;

  /// The lines, in the order's order.
  final List<PurchaseRequestLine> lines;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'order_id': orderId,
        'lines': [for (final e0 in lines) e0.toJson()],
      };
}

/// A line of a purchase request.
class PurchaseRequestLine {
  const PurchaseRequestLine({
    required this.sku,
    required this.quantity,
    required this.productId,
  });

  /// The [PurchaseRequestLine] in [json], an object as the library writes it.
  factory PurchaseRequestLine.fromJson(Map<String, Object?> json) => PurchaseRequestLine(
        sku: json['sku'] as String,
        quantity: json['quantity'] as int,
        productId: json['product_id'] as String,
      );

  /// The supplier's SKU.
  final String sku;

  /// How many.
  final int quantity;

  /// The local product, for reading the answer back.
  final String productId;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'sku': sku,
        'quantity': quantity,
        'product_id': productId,
      };
}

/// What a provider's status means for the supplier-purchase workflow.
class PurchaseStatus {
  const PurchaseStatus({
    required this.status,
    required this.exact,
  });

  /// The [PurchaseStatus] in [json], an object as the library writes it.
  factory PurchaseStatus.fromJson(Map<String, Object?> json) => PurchaseStatus(
        status: json['status'] as String,
        exact: json['exact'] as bool,
      );

  /// The supplier-purchase status (`paid`).
  final String status;

  /// Whether the provider's status means this status; false where ordercore has no counterpart
  /// and `status` is the nearest.
  final bool exact;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'status': status,
        'exact': exact,
      };
}

/// A `push_stock` job's payload: the products to push; none for every product bound in the shop.
class PushStockPayload {
  const PushStockPayload({
    this.productIds = const <String>[],
  });

  /// The [PushStockPayload] in [json], an object as the library writes it.
  factory PushStockPayload.fromJson(Map<String, Object?> json) => PushStockPayload(
        productIds: json.containsKey('product_ids') ? <String>[for (final e0 in json['product_ids'] as List<Object?>) e0 as String] : const <String>[],
      );

  /// The local products' ids as text (the seed's `[1, 2, 3]` reads as `["1", "2", "3"]`);
  /// empty for all.
  final List<String> productIds;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'product_ids': productIds,
      };
}

/// Where a quantity goes: the binding's listing, in the list's shop.
class PushTarget {
  const PushTarget({
    required this.externalProductId,
    this.externalSku,
  });

  /// The [PushTarget] in [json], an object as the library writes it.
  factory PushTarget.fromJson(Map<String, Object?> json) => PushTarget(
        externalProductId: json['external_product_id'] as String,
        externalSku: (json['external_sku'] == null ? null : json['external_sku'] as String),
      );

  /// The channel's product id.
  final String externalProductId;

  /// The channel's SKU.
  final String? externalSku;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'external_product_id': externalProductId,
        if (externalSku != null) 'external_sku': externalSku,
      };
}

/// A priced order. Every amount is at the currency's scale and none is negative.
class Quote {
  const Quote({
    required this.financial,
    required this.lines,
    required this.delivery,
    this.offerCode,
    required this.rejectedCodes,
    required this.loyaltyPointsUsed,
    required this.pricesIncludeTax,
    required this.rounding,
    required this.taxRounding,
    required this.steps,
    this.seal,
  });

  /// The [Quote] in [json], an object as the library writes it.
  factory Quote.fromJson(Map<String, Object?> json) => Quote(
        financial: Financial.fromJson(json['financial'] as Map<String, Object?>),
        lines: <QuoteLine>[for (final e0 in json['lines'] as List<Object?>) QuoteLine.fromJson(e0 as Map<String, Object?>)],
        delivery: DeliveryCharge.fromJson(json['delivery'] as Map<String, Object?>),
        offerCode: (json['offer_code'] == null ? null : json['offer_code'] as String),
        rejectedCodes: <RejectedCode>[for (final e0 in json['rejected_codes'] as List<Object?>) RejectedCode.fromJson(e0 as Map<String, Object?>)],
        loyaltyPointsUsed: json['loyalty_points_used'] as int,
        pricesIncludeTax: json['prices_include_tax'] as bool,
        rounding: RoundingMode.fromJson(json['rounding']),
        taxRounding: TaxRounding.fromJson(json['tax_rounding']),
        steps: <Step>[for (final e0 in json['steps'] as List<Object?>) Step.fromJson(e0 as Map<String, Object?>)],
        seal: (json['seal'] == null ? null : json['seal'] as String),
      );

  /// The totals, as in the seed's order `financial` block.
  final Financial financial;

  /// The lines, in request order, each with its share of every order-level discount and its tax.
  final List<QuoteLine> lines;

  /// The delivery charge.
  final DeliveryCharge delivery;

  /// The offer code that applied, as the rules spell it.
  final String? offerCode;

  /// Codes that did not apply, and why.
  final List<RejectedCode> rejectedCodes;

  /// Loyalty points redeemed.
  final int loyaltyPointsUsed;

  /// Whether prices include tax (then `tax` is the part of the total that is tax).
  final bool pricesIncludeTax;

  /// The rounding mode used.
  final RoundingMode rounding;

  /// Where tax was rounded: per line, or once per rate over the order.
  final TaxRounding taxRounding;

  /// How each figure was reached, in order.
  final List<Step> steps;

  /// The issuer's seal (see `seal_quote`), when the quote was sealed.
  final String? seal;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'financial': financial.toJson(),
        'lines': [for (final e0 in lines) e0.toJson()],
        'delivery': delivery.toJson(),
        if (offerCode != null) 'offer_code': offerCode,
        'rejected_codes': [for (final e0 in rejectedCodes) e0.toJson()],
        'loyalty_points_used': loyaltyPointsUsed,
        'prices_include_tax': pricesIncludeTax,
        'rounding': rounding.json,
        'tax_rounding': taxRounding.json,
        'steps': [for (final e0 in steps) e0.toJson()],
        if (seal != null) 'seal': seal,
      };
}

/// One priced line.
class QuoteLine {
  const QuoteLine({
    required this.productId,
    this.productName,
    this.category,
    required this.sellingType,
    required this.quantity,
    this.pieces,
    required this.unitPrice,
    required this.totalPrice,
    required this.discount,
    required this.categoryDiscount,
    required this.loyaltyDiscount,
    required this.loyaltyPoints,
    required this.netAmount,
    required this.taxBase,
    required this.taxRate,
    required this.tax,
    required this.amount,
  });

  /// The [QuoteLine] in [json], an object as the library writes it.
  factory QuoteLine.fromJson(Map<String, Object?> json) => QuoteLine(
        productId: json['product_id'] as String,
        productName: (json['product_name'] == null ? null : json['product_name'] as String),
        category: (json['category'] == null ? null : json['category'] as String),
        sellingType: SellingType.fromJson(json['selling_type']),
        quantity: json['quantity'] as int,
        pieces: (json['pieces'] == null ? null : json['pieces'] as int),
        unitPrice: json['unit_price'] as String,
        totalPrice: json['total_price'] as String,
        discount: json['discount'] as String,
        categoryDiscount: json['category_discount'] as String,
        loyaltyDiscount: json['loyalty_discount'] as String,
        loyaltyPoints: json['loyalty_points'] as int,
        netAmount: json['net_amount'] as String,
        taxBase: json['tax_base'] as String,
        taxRate: json['tax_rate'] as String,
        tax: json['tax'] as String,
        amount: json['amount'] as String,
      );

  /// The product.
  final String productId;

  /// The product's name, where the rules know it.
  final String? productName;

  /// The product's category, where the rules know it.
  final String? category;

  /// Sold by the piece or by the carton.
  final SellingType sellingType;

  /// Selling units ordered.
  final int quantity;

  /// Pieces, for carton lines that give their units per carton.
  final int? pieces;

  /// The price of one selling unit.
  final String unitPrice;

  /// `unit_price × quantity`, rounded once.
  final String totalPrice;

  /// This line's share of the offer discount.
  final String discount;

  /// This line's share of the category discount.
  final String categoryDiscount;

  /// This line's share of the loyalty discount.
  final String loyaltyDiscount;

  /// The loyalty points behind `loyalty_discount`, restored when the line is refunded.
  final int loyaltyPoints;

  /// `total_price` less the three discounts.
  final String netAmount;

  /// The amount tax is computed on (`net_amount`, plus the points when they are a payment).
  final String taxBase;

  /// The tax rate, in percent.
  final String taxRate;

  /// The line's tax.
  final String tax;

  /// What the customer pays for the line: `net_amount`, plus `tax` when prices exclude it.
  final String amount;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'product_id': productId,
        if (productName != null) 'product_name': productName,
        if (category != null) 'category': category,
        'selling_type': sellingType.json,
        'quantity': quantity,
        if (pieces != null) 'pieces': pieces,
        'unit_price': unitPrice,
        'total_price': totalPrice,
        'discount': discount,
        'category_discount': categoryDiscount,
        'loyalty_discount': loyaltyDiscount,
        'loyalty_points': loyaltyPoints,
        'net_amount': netAmount,
        'tax_base': taxBase,
        'tax_rate': taxRate,
        'tax': tax,
        'amount': amount,
      };
}

/// A rating accepted: the order carrying it, and the points to credit.
class Rated {
  const Rated({
    required this.order,
    required this.loyaltyPointsEarned,
  });

  /// The [Rated] in [json], an object as the library writes it.
  factory Rated.fromJson(Map<String, Object?> json) => Rated(
        order: Order.fromJson(json['order'] as Map<String, Object?>),
        loyaltyPointsEarned: json['loyalty_points_earned'] as int,
      );

  /// The order, its `rating` set.
  final Order order;

  /// The loyalty points the rating earns (the seed's `loyalty_points_earned`).
  final int loyaltyPointsEarned;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'order': order.toJson(),
        'loyalty_points_earned': loyaltyPointsEarned,
      };
}

/// A customer's rating of an order.
class Rating {
  const Rating({
    required this.rating,
    this.review,
    required this.ratedAt,
  });

  /// The [Rating] in [json], an object as the library writes it.
  factory Rating.fromJson(Map<String, Object?> json) => Rating(
        rating: json['rating'] as int,
        review: (json['review'] == null ? null : json['review'] as String),
        ratedAt: json['rated_at'] as String,
      );

  /// From 1 to 5.
  final int rating;

  /// What the customer wrote.
  final String? review;

  /// When it was given.
  final String ratedAt;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'rating': rating,
        if (review != null) 'review': review,
        'rated_at': ratedAt,
      };
}

/// A channel's reason code and the host's reason for it.
class ReasonMapping {
  const ReasonMapping({
    required this.code,
    required this.reason,
  });

  /// The [ReasonMapping] in [json], an object as the library writes it.
  factory ReasonMapping.fromJson(Map<String, Object?> json) => ReasonMapping(
        code: json['code'] as String,
        reason: json['reason'] as String,
      );

  /// The channel's code.
  final String code;

  /// The host's reason.
  final String reason;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'code': code,
        'reason': reason,
      };
}

/// The host's reasons: the channel's codes mapped to its own, and the one for any other code
/// (Akinon's `reason_mapping` and `cancellation_reason_id`).
class ReasonTable {
  const ReasonTable({
    this.mapping = const <ReasonMapping>[],
    required this.defaultReason,
  });

  /// The [ReasonTable] in [json], an object as the library writes it.
  factory ReasonTable.fromJson(Map<String, Object?> json) => ReasonTable(
        mapping: json.containsKey('mapping') ? <ReasonMapping>[for (final e0 in json['mapping'] as List<Object?>) ReasonMapping.fromJson(e0 as Map<String, Object?>)] : const <ReasonMapping>[],
        defaultReason: json['default_reason'] as String,
      );

  /// The channel's codes and the host's reason for each.
  final List<ReasonMapping> mapping;

  /// The reason for a code the mapping lacks, or for no code.
  final String defaultReason;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'mapping': [for (final e0 in mapping) e0.toJson()],
        'default_reason': defaultReason,
      };
}

/// A refund: money and loyalty points to give back.
class Refund {
  const Refund({
    required this.currency,
    required this.lines,
    required this.delivery,
    required this.tax,
    required this.amount,
    required this.loyaltyPoints,
  });

  /// The [Refund] in [json], an object as the library writes it.
  factory Refund.fromJson(Map<String, Object?> json) => Refund(
        currency: json['currency'] as String,
        lines: <RefundedLine>[for (final e0 in json['lines'] as List<Object?>) RefundedLine.fromJson(e0 as Map<String, Object?>)],
        delivery: json['delivery'] as String,
        tax: json['tax'] as String,
        amount: json['amount'] as String,
        loyaltyPoints: json['loyalty_points'] as int,
      );

  /// The quote's currency.
  final String currency;

  /// Each refunded line's parts.
  final List<RefundedLine> lines;

  /// The delivery charge refunded (with its tax when prices exclude tax).
  final String delivery;

  /// The tax refunded.
  final String tax;

  /// The money to pay back.
  final String amount;

  /// The loyalty points to restore.
  final int loyaltyPoints;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'currency': currency,
        'lines': [for (final e0 in lines) e0.toJson()],
        'delivery': delivery,
        'tax': tax,
        'amount': amount,
        'loyalty_points': loyaltyPoints,
      };
}

/// A refund to give: the whole order, from the quote's frozen split.
class RefundEffect {
  const RefundEffect({
    required this.method,
    required this.paysMoney,
    required this.refund,
  });

  /// The [RefundEffect] in [json], an object as the library writes it.
  factory RefundEffect.fromJson(Map<String, Object?> json) => RefundEffect(
        method: RefundMethod.fromJson(json['method']),
        paysMoney: json['pays_money'] as bool,
        refund: Refund.fromJson(json['refund'] as Map<String, Object?>),
      );

  /// How it is given back.
  final RefundMethod method;

  /// Whether `refund.amount` is paid back (the order was paid); the points redeemed
  /// (`refund.loyalty_points`) go back either way.
  final bool paysMoney;

  /// The split of the whole order, delivery included.
  final Refund refund;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'method': method.json,
        'pays_money': paysMoney,
        'refund': refund.toJson(),
      };
}

/// Units of one quote line to refund.
class RefundLine {
  const RefundLine({
    required this.line,
    required this.quantity,
    this.alreadyRefunded = 0,
  });

  /// The [RefundLine] in [json], an object as the library writes it.
  factory RefundLine.fromJson(Map<String, Object?> json) => RefundLine(
        line: json['line'] as int,
        quantity: json['quantity'] as int,
        alreadyRefunded: json.containsKey('already_refunded') ? json['already_refunded'] as int : 0,
      );

  /// The line's position in the quote, from 0.
  final int line;

  /// Units to refund now.
  final int quantity;

  /// Units of this line refunded before; successive refunds then sum exactly to the line.
  final int alreadyRefunded;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'line': line,
        'quantity': quantity,
        'already_refunded': alreadyRefunded,
      };
}

/// How money is given back.
enum RefundMethod {
  /// To the means of payment.
  originalPayment('original_payment'),
  /// As loyalty points (the seed's `نقاط ولاء`).
  loyaltyPoints('loyalty_points');

  const RefundMethod(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static RefundMethod fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of RefundMethod', value);
  }
}

/// What to refund: units of some lines of a quote, and optionally the delivery charge.
class RefundRequest {
  const RefundRequest({
    required this.lines,
    this.includeDelivery = false,
  });

  /// The [RefundRequest] in [json], an object as the library writes it.
  factory RefundRequest.fromJson(Map<String, Object?> json) => RefundRequest(
        lines: <RefundLine>[for (final e0 in json['lines'] as List<Object?>) RefundLine.fromJson(e0 as Map<String, Object?>)],
        includeDelivery: json.containsKey('include_delivery') ? json['include_delivery'] as bool : false,
      );

  /// The lines, each at most once.
  final List<RefundLine> lines;

  /// Whether the delivery charge is refunded too.
  final bool includeDelivery;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'lines': [for (final e0 in lines) e0.toJson()],
        'include_delivery': includeDelivery,
      };
}

/// The refunded part of one line, component by component.
class RefundedLine {
  const RefundedLine({
    required this.line,
    required this.quantity,
    required this.totalPrice,
    required this.discount,
    required this.categoryDiscount,
    required this.loyaltyDiscount,
    required this.netAmount,
    required this.tax,
    required this.amount,
    required this.loyaltyPoints,
  });

  /// The [RefundedLine] in [json], an object as the library writes it.
  factory RefundedLine.fromJson(Map<String, Object?> json) => RefundedLine(
        line: json['line'] as int,
        quantity: json['quantity'] as int,
        totalPrice: json['total_price'] as String,
        discount: json['discount'] as String,
        categoryDiscount: json['category_discount'] as String,
        loyaltyDiscount: json['loyalty_discount'] as String,
        netAmount: json['net_amount'] as String,
        tax: json['tax'] as String,
        amount: json['amount'] as String,
        loyaltyPoints: json['loyalty_points'] as int,
      );

  /// The line's position in the quote.
  final int line;

  /// Units refunded.
  final int quantity;

  /// The part of `total_price`.
  final String totalPrice;

  /// The part of the offer discount that stays with these units.
  final String discount;

  /// The part of the category discount that stays with these units.
  final String categoryDiscount;

  /// The part of the loyalty discount, returned as points.
  final String loyaltyDiscount;

  /// The part of the net amount.
  final String netAmount;

  /// The part of the tax.
  final String tax;

  /// The money refunded for these units.
  final String amount;

  /// The loyalty points restored for these units.
  final int loyaltyPoints;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'line': line,
        'quantity': quantity,
        'total_price': totalPrice,
        'discount': discount,
        'category_discount': categoryDiscount,
        'loyalty_discount': loyaltyDiscount,
        'net_amount': netAmount,
        'tax': tax,
        'amount': amount,
        'loyalty_points': loyaltyPoints,
      };
}

/// Why an offer code did not apply.
enum RejectReason {
  /// No offer has this code.
  unknownCode('unknown_code'),
  /// The offer is limited to other merchants.
  wrongMerchant('wrong_merchant'),
  /// The offer's window has not opened.
  notYetValid('not_yet_valid'),
  /// The offer's window has closed.
  expired('expired'),
  /// No line is among the offer's products or categories.
  notApplicable('not_applicable'),
  /// The eligible lines are below the offer's minimum.
  belowMinimum('below_minimum'),
  /// Under `best_only`, the category discount was larger.
  notCombinable('not_combinable');

  const RejectReason(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static RejectReason fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of RejectReason', value);
  }
}

/// An offer code that did not apply.
class RejectedCode {
  const RejectedCode({
    required this.code,
    required this.reason,
  });

  /// The [RejectedCode] in [json], an object as the library writes it.
  factory RejectedCode.fromJson(Map<String, Object?> json) => RejectedCode(
        code: json['code'] as String,
        reason: RejectReason.fromJson(json['reason']),
      );

  /// The code as the customer typed it.
  final String code;

  /// Why it did not apply.
  final RejectReason reason;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'code': code,
        'reason': reason.json,
      };
}

/// What a transition's context must carry.
enum Requirement {
  /// A reason (`reason`).
  reason('reason'),
  /// Where the order is (`location`).
  location('location'),
  /// Who carries it (`driver_name` and `driver_phone`).
  driver('driver');

  const Requirement(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Requirement fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Requirement', value);
  }
}

/// The binding found, or why there is none to use.
class ResolvedBinding {
  const ResolvedBinding({
    this.binding,
    this.issue,
  });

  /// The [ResolvedBinding] in [json], an object as the library writes it.
  factory ResolvedBinding.fromJson(Map<String, Object?> json) => ResolvedBinding(
        binding: (json['binding'] == null ? null : ProductBinding.fromJson(json['binding'] as Map<String, Object?>)),
        issue: (json['issue'] == null ? null : SyncIssue.fromJson(json['issue'] as Map<String, Object?>)),
      );

  /// The one active binding that matches.
  final ProductBinding? binding;

  /// Why there is none: `no_binding`, `inactive_binding` (only inactive ones match),
  /// `duplicate_binding` (a product with two active bindings) or `conflicting_binding` (a
  /// listing bound to two products).
  final SyncIssue? issue;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (binding != null) 'binding': binding!.toJson(),
        if (issue != null) 'issue': issue!.toJson(),
      };
}

/// Whether and when a failed job runs again.
class RetryDecision {
  const RetryDecision({
    required this.retry,
    this.attemptsLeft,
    this.delaySeconds,
    this.nextAttemptAt,
  });

  /// The [RetryDecision] in [json], an object as the library writes it.
  factory RetryDecision.fromJson(Map<String, Object?> json) => RetryDecision(
        retry: json['retry'] as bool,
        attemptsLeft: (json['attempts_left'] == null ? null : json['attempts_left'] as int),
        delaySeconds: (json['delay_seconds'] == null ? null : json['delay_seconds'] as int),
        nextAttemptAt: (json['next_attempt_at'] == null ? null : json['next_attempt_at'] as String),
      );

  /// Whether it is retried (the marketplace job's `retry`), or has used every attempt (`fail`).
  final bool retry;

  /// The attempts left after this one; none when retried forever.
  final int? attemptsLeft;

  /// The wait before the next attempt, jitter included.
  final int? delaySeconds;

  /// When the next attempt is due.
  final String? nextAttemptAt;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'retry': retry,
        if (attemptsLeft != null) 'attempts_left': attemptsLeft,
        if (delaySeconds != null) 'delay_seconds': delaySeconds,
        if (nextAttemptAt != null) 'next_attempt_at': nextAttemptAt,
      };
}

/// How a failed job is retried.
class RetryPolicy {
  const RetryPolicy({
    this.maxAttempts,
    required this.backoff,
    this.delaySeconds = 0,
    this.steps = const <RetryStep>[],
    this.maxDelaySeconds,
    this.jitterSeconds = 0,
  });

  /// The [RetryPolicy] in [json], an object as the library writes it.
  factory RetryPolicy.fromJson(Map<String, Object?> json) => RetryPolicy(
        maxAttempts: (json['max_attempts'] == null ? null : json['max_attempts'] as int),
        backoff: Backoff.fromJson(json['backoff']),
        delaySeconds: json.containsKey('delay_seconds') ? json['delay_seconds'] as int : 0,
        steps: json.containsKey('steps') ? <RetryStep>[for (final e0 in json['steps'] as List<Object?>) RetryStep.fromJson(e0 as Map<String, Object?>)] : const <RetryStep>[],
        maxDelaySeconds: (json['max_delay_seconds'] == null ? null : json['max_delay_seconds'] as int),
        jitterSeconds: json.containsKey('jitter_seconds') ? json['jitter_seconds'] as int : 0,
      );

  /// How many attempts in all, the first included; omitted, the job is retried forever
  /// (Odoo's `max_retries = 0`).
  final int? maxAttempts;

  /// How the delay grows.
  final Backoff backoff;

  /// `fixed`: the delay; `exponential`: the first delay, doubled at each further attempt.
  final int delaySeconds;

  /// `steps`: from which failed attempt on each delay applies (the last step at or below the
  /// attempt wins, as Odoo's `retry_pattern`), in increasing order.
  final List<RetryStep> steps;

  /// `exponential`: the longest delay.
  final int? maxDelaySeconds;

  /// The most random seconds added to a delay; the host draws them (`jitter_seconds` of the
  /// failure), from 0 to this.
  final int jitterSeconds;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (maxAttempts != null) 'max_attempts': maxAttempts,
        'backoff': backoff.json,
        'delay_seconds': delaySeconds,
        'steps': [for (final e0 in steps) e0.toJson()],
        if (maxDelaySeconds != null) 'max_delay_seconds': maxDelaySeconds,
        'jitter_seconds': jitterSeconds,
      };
}

/// One step of a delay table: from the `from_attempt`th failed attempt on, wait `seconds`.
class RetryStep {
  const RetryStep({
    required this.fromAttempt,
    required this.seconds,
  });

  /// The [RetryStep] in [json], an object as the library writes it.
  factory RetryStep.fromJson(Map<String, Object?> json) => RetryStep(
        fromAttempt: json['from_attempt'] as int,
        seconds: json['seconds'] as int,
      );

  /// The first failed attempt (from 1) the delay applies to.
  final int fromAttempt;

  /// The delay.
  final int seconds;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'from_attempt': fromAttempt,
        'seconds': seconds,
      };
}

/// How an amount is brought to the minor unit. Amounts here are never negative.
enum RoundingMode {
  /// Half a minor unit or more rounds up (1.005 → 1.01). The default.
  halfUp('half_up'),
  /// Half a minor unit rounds to the even neighbour (1.005 → 1.00, 1.015 → 1.02).
  halfEven('half_even'),
  /// Always towards zero (1.009 → 1.00).
  down('down'),
  /// Always away from zero (1.001 → 1.01).
  up('up');

  const RoundingMode(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static RoundingMode fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of RoundingMode', value);
  }
}

/// The rule a step applies.
enum Rule {
  /// The lines summed.
  subtotal('subtotal'),
  /// The offer code.
  offer('offer'),
  /// The customer category discount.
  categoryDiscount('category_discount'),
  /// Loyalty points redeemed.
  loyalty('loyalty'),
  /// The delivery fee.
  delivery('delivery'),
  /// Tax at one rate.
  tax('tax'),
  /// The total.
  total('total');

  const Rule(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Rule fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Rule', value);
  }
}

/// The sales channel an order came from.
enum SalesChannel {
  /// Shopee (Open Platform v2 order detail).
  shopee('shopee'),
  /// A channel through Akinon's sales-channel integration.
  akinon('akinon');

  const SalesChannel(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static SalesChannel fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of SalesChannel', value);
  }
}

/// An order line (`SalesLine` of `SalesLinesList`, `OrderLineInfo` of SearchOrderLines). Every
/// member is absent when the platform leaves it out; the `vend_purch_*` ones appear once the
/// line is exported to (or linked with) a provider order.
class SalesLine {
  const SalesLine({
    this.id,
    this.orderId,
    this.itemId,
    this.itemTaobaoId,
    this.configId,
    this.configText,
    this.qty,
    this.priceCust,
    this.amountCust,
    this.currencyCust,
    this.purchPrice,
    this.purchDelivery,
    this.purchAmount,
    this.purchCurrency,
    this.vendNick,
    this.vendId,
    this.custComment,
    this.operatorComment,
    this.statusCode,
    this.statusId,
    this.statusName,
    this.vendPurchId,
    this.vendPurchWaybill,
    this.vendPurchAccountId,
    this.vendPurchStatus,
    this.vendPurchItemId,
    this.vendPurchConfigurationId,
    this.vendPurchPromotionId,
    this.lineNum,
    this.weight,
    this.canBePurchased,
    this.providerType,
    this.promotionId,
  });

  /// The [SalesLine] in [json], an object as the library writes it.
  factory SalesLine.fromJson(Map<String, Object?> json) => SalesLine(
        id: (json['id'] == null ? null : json['id'] as String),
        orderId: (json['order_id'] == null ? null : json['order_id'] as String),
        itemId: (json['item_id'] == null ? null : json['item_id'] as String),
        itemTaobaoId: (json['item_taobao_id'] == null ? null : json['item_taobao_id'] as String),
        configId: (json['config_id'] == null ? null : json['config_id'] as String),
        configText: (json['config_text'] == null ? null : json['config_text'] as String),
        qty: (json['qty'] == null ? null : json['qty'] as int),
        priceCust: (json['price_cust'] == null ? null : json['price_cust'] as String),
        amountCust: (json['amount_cust'] == null ? null : json['amount_cust'] as String),
        currencyCust: (json['currency_cust'] == null ? null : json['currency_cust'] as String),
        purchPrice: (json['purch_price'] == null ? null : json['purch_price'] as String),
        purchDelivery: (json['purch_delivery'] == null ? null : json['purch_delivery'] as String),
        purchAmount: (json['purch_amount'] == null ? null : json['purch_amount'] as String),
        purchCurrency: (json['purch_currency'] == null ? null : json['purch_currency'] as String),
        vendNick: (json['vend_nick'] == null ? null : json['vend_nick'] as String),
        vendId: (json['vend_id'] == null ? null : json['vend_id'] as String),
        custComment: (json['cust_comment'] == null ? null : json['cust_comment'] as String),
        operatorComment: (json['operator_comment'] == null ? null : json['operator_comment'] as String),
        statusCode: (json['status_code'] == null ? null : json['status_code'] as String),
        statusId: (json['status_id'] == null ? null : json['status_id'] as int),
        statusName: (json['status_name'] == null ? null : json['status_name'] as String),
        vendPurchId: (json['vend_purch_id'] == null ? null : json['vend_purch_id'] as String),
        vendPurchWaybill: (json['vend_purch_waybill'] == null ? null : json['vend_purch_waybill'] as String),
        vendPurchAccountId: (json['vend_purch_account_id'] == null ? null : json['vend_purch_account_id'] as String),
        vendPurchStatus: (json['vend_purch_status'] == null ? null : json['vend_purch_status'] as String),
        vendPurchItemId: (json['vend_purch_item_id'] == null ? null : json['vend_purch_item_id'] as String),
        vendPurchConfigurationId: (json['vend_purch_configuration_id'] == null ? null : json['vend_purch_configuration_id'] as String),
        vendPurchPromotionId: (json['vend_purch_promotion_id'] == null ? null : json['vend_purch_promotion_id'] as String),
        lineNum: (json['line_num'] == null ? null : json['line_num'] as int),
        weight: (json['weight'] == null ? null : json['weight'] as String),
        canBePurchased: (json['can_be_purchased'] == null ? null : json['can_be_purchased'] as bool),
        providerType: (json['provider_type'] == null ? null : json['provider_type'] as String),
        promotionId: (json['promotion_id'] == null ? null : json['promotion_id'] as String),
      );

  /// `Id`: the line (`salesLineId`).
  final String? id;

  /// `OrderId`.
  final String? orderId;

  /// `ItemId`: the item as AddOrder's `Item/Id` named it.
  final String? itemId;

  /// `ItemTaobaoId`.
  final String? itemTaobaoId;

  /// `ConfigId`: the configuration.
  final String? configId;

  /// `ConfigText`: the configuration, in words.
  final String? configText;

  /// `Qty`.
  final int? qty;

  /// `PriceCust`: the price to the customer.
  final String? priceCust;

  /// `AmountCust`.
  final String? amountCust;

  /// `CurrencyCust`.
  final String? currencyCust;

  /// `PurchPrice`: the provider's price.
  final String? purchPrice;

  /// `PurchDelivery`.
  final String? purchDelivery;

  /// `PurchAmount`.
  final String? purchAmount;

  /// `PurchCurrency`.
  final String? purchCurrency;

  /// `VendNick`: the seller.
  final String? vendNick;

  /// `VendId`.
  final String? vendId;

  /// `CustComment`.
  final String? custComment;

  /// `OperatorComment`.
  final String? operatorComment;

  /// `StatusCode`.
  final String? statusCode;

  /// `StatusId`: follows the provider order's status (2, 3 to purchase; 6–10 purchased).
  final int? statusId;

  /// `StatusName`.
  final String? statusName;

  /// `VendPurchId`: the provider order id.
  final String? vendPurchId;

  /// `VendPurchWaybill`: the tracking number the seller sent.
  final String? vendPurchWaybill;

  /// `VendPurchAccountId`: the provider account that bought the line.
  final String? vendPurchAccountId;

  /// `VendPurchStatus`: the line's own status in the provider order.
  final String? vendPurchStatus;

  /// `VendPurchItemId`: the item in the provider order.
  final String? vendPurchItemId;

  /// `VendPurchConfigurationId`: its configuration in the provider order.
  final String? vendPurchConfigurationId;

  /// `VendPurchPromotionId`: its discount in the provider order.
  final String? vendPurchPromotionId;

  /// `LineNum`.
  final int? lineNum;

  /// `Weight`.
  final String? weight;

  /// `CanBePurchased`.
  final bool? canBePurchased;

  /// `ProviderType`.
  final String? providerType;

  /// `PromotionId`.
  final String? promotionId;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (id != null) 'id': id,
        if (orderId != null) 'order_id': orderId,
        if (itemId != null) 'item_id': itemId,
        if (itemTaobaoId != null) 'item_taobao_id': itemTaobaoId,
        if (configId != null) 'config_id': configId,
        if (configText != null) 'config_text': configText,
        if (qty != null) 'qty': qty,
        if (priceCust != null) 'price_cust': priceCust,
        if (amountCust != null) 'amount_cust': amountCust,
        if (currencyCust != null) 'currency_cust': currencyCust,
        if (purchPrice != null) 'purch_price': purchPrice,
        if (purchDelivery != null) 'purch_delivery': purchDelivery,
        if (purchAmount != null) 'purch_amount': purchAmount,
        if (purchCurrency != null) 'purch_currency': purchCurrency,
        if (vendNick != null) 'vend_nick': vendNick,
        if (vendId != null) 'vend_id': vendId,
        if (custComment != null) 'cust_comment': custComment,
        if (operatorComment != null) 'operator_comment': operatorComment,
        if (statusCode != null) 'status_code': statusCode,
        if (statusId != null) 'status_id': statusId,
        if (statusName != null) 'status_name': statusName,
        if (vendPurchId != null) 'vend_purch_id': vendPurchId,
        if (vendPurchWaybill != null) 'vend_purch_waybill': vendPurchWaybill,
        if (vendPurchAccountId != null) 'vend_purch_account_id': vendPurchAccountId,
        if (vendPurchStatus != null) 'vend_purch_status': vendPurchStatus,
        if (vendPurchItemId != null) 'vend_purch_item_id': vendPurchItemId,
        if (vendPurchConfigurationId != null) 'vend_purch_configuration_id': vendPurchConfigurationId,
        if (vendPurchPromotionId != null) 'vend_purch_promotion_id': vendPurchPromotionId,
        if (lineNum != null) 'line_num': lineNum,
        if (weight != null) 'weight': weight,
        if (canBePurchased != null) 'can_be_purchased': canBePurchased,
        if (providerType != null) 'provider_type': providerType,
        if (promotionId != null) 'promotion_id': promotionId,
      };
}

/// GetSalesOrderDetailsForOperator's result: the order and its lines.
class SalesOrderDetails {
  const SalesOrderDetails({
    this.order,
    this.lines = const <SalesLine>[],
  });

  /// The [SalesOrderDetails] in [json], an object as the library writes it.
  factory SalesOrderDetails.fromJson(Map<String, Object?> json) => SalesOrderDetails(
        order: (json['order'] == null ? null : OrderInfo.fromJson(json['order'] as Map<String, Object?>)),
        lines: json.containsKey('lines') ? <SalesLine>[for (final e0 in json['lines'] as List<Object?>) SalesLine.fromJson(e0 as Map<String, Object?>)] : const <SalesLine>[],
      );

  /// `SalesOrderInfo`.
  final OrderInfo? order;

  /// `SalesLinesList`.
  final List<SalesLine> lines;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (order != null) 'order': order!.toJson(),
        'lines': [for (final e0 in lines) e0.toJson()],
      };
}

/// An order's payment (`SalesPaymentInfo`).
class SalesPaymentInfo {
  const SalesPaymentInfo({
    this.salesId,
    this.custId,
    this.custBalanceAvail,
    this.salesAmount,
    this.salesPaid,
    this.currencyCode,
  });

  /// The [SalesPaymentInfo] in [json], an object as the library writes it.
  factory SalesPaymentInfo.fromJson(Map<String, Object?> json) => SalesPaymentInfo(
        salesId: (json['sales_id'] == null ? null : json['sales_id'] as String),
        custId: (json['cust_id'] == null ? null : json['cust_id'] as String),
        custBalanceAvail: (json['cust_balance_avail'] == null ? null : json['cust_balance_avail'] as String),
        salesAmount: (json['sales_amount'] == null ? null : json['sales_amount'] as String),
        salesPaid: (json['sales_paid'] == null ? null : json['sales_paid'] as String),
        currencyCode: (json['currency_code'] == null ? null : json['currency_code'] as String),
      );

  /// `SalesId`: the order.
  final String? salesId;

  /// `CustId`: the customer.
  final String? custId;

  /// `CustBalanceAvail`: the customer's available balance.
  final String? custBalanceAvail;

  /// `SalesAmount`: what the order costs.
  final String? salesAmount;

  /// `SalesPaid`: what is paid.
  final String? salesPaid;

  /// `CurrencyCode`.
  final String? currencyCode;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (salesId != null) 'sales_id': salesId,
        if (custId != null) 'cust_id': custId,
        if (custBalanceAvail != null) 'cust_balance_avail': custBalanceAvail,
        if (salesAmount != null) 'sales_amount': salesAmount,
        if (salesPaid != null) 'sales_paid': salesPaid,
        if (currencyCode != null) 'currency_code': currencyCode,
      };
}

/// How a line is sold.
enum SellingType {
  /// By the piece.
  unit('unit'),
  /// By the carton; the unit price is the price of a carton.
  carton('carton');

  const SellingType(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static SellingType fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of SellingType', value);
  }
}

/// Who cancelled a Shopee order (`cancel_by`), spelt as Shopee spells it.
enum ShopeeCancelBy {
  /// The buyer.
  buyer('buyer'),
  /// The seller.
  seller('seller'),
  /// Shopee's system.
  system('system'),
  /// Shopee's operations staff.
  ops('Ops');

  const ShopeeCancelBy(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static ShopeeCancelBy fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of ShopeeCancelBy', value);
  }
}

/// What Shopee's order detail says about cancelling; each flag given is preferred to the rules.
class ShopeeCancelFlags {
  const ShopeeCancelFlags({
    this.canFullCancelOrder,
    this.canPartialCancelOrder,
    this.cancelBy,
  });

  /// The [ShopeeCancelFlags] in [json], an object as the library writes it.
  factory ShopeeCancelFlags.fromJson(Map<String, Object?> json) => ShopeeCancelFlags(
        canFullCancelOrder: (json['can_full_cancel_order'] == null ? null : json['can_full_cancel_order'] as bool),
        canPartialCancelOrder: (json['can_partial_cancel_order'] == null ? null : json['can_partial_cancel_order'] as bool),
        cancelBy: (json['cancel_by'] == null ? null : ShopeeCancelBy.fromJson(json['cancel_by'])),
      );

  /// `can_full_cancel_order`: whether the seller may cancel the whole order.
  final bool? canFullCancelOrder;

  /// `can_partial_cancel_order`: whether the seller may cancel some of its items (no rule
  /// infers it: without the flag, no `cancel_items`).
  final bool? canPartialCancelOrder;

  /// `cancel_by`: who cancelled the order.
  final ShopeeCancelBy? cancelBy;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (canFullCancelOrder != null) 'can_full_cancel_order': canFullCancelOrder,
        if (canPartialCancelOrder != null) 'can_partial_cancel_order': canPartialCancelOrder,
        if (cancelBy != null) 'cancel_by': cancelBy!.json,
      };
}

/// A Shopee order status, spelt as Shopee spells it.
enum ShopeeOrderStatus {
  /// Created, not paid yet.
  unpaid('UNPAID'),
  /// Paid: the seller can arrange the shipment (or split the order).
  readyToShip('READY_TO_SHIP'),
  /// The shipment is arranged; its documents exist.
  processed('PROCESSED'),
  /// The carrier's pickup failed: the shipment must be arranged again.
  retryShip('RETRY_SHIP'),
  /// Handed to the carrier.
  shipped('SHIPPED'),
  /// Received by the buyer, who has yet to confirm it.
  toConfirmReceive('TO_CONFIRM_RECEIVE'),
  /// The buyer asked to cancel; the seller accepts or rejects.
  inCancel('IN_CANCEL'),
  /// Cancelled.
  cancelled('CANCELLED'),
  /// The buyer is returning it.
  toReturn('TO_RETURN'),
  /// Completed.
  completed('COMPLETED'),
  /// Paid, waiting for the seller's invoice (newer versions).
  invoicePending('INVOICE_PENDING'),
  /// Held by Shopee under `pending_terms` (only with `request_order_status_pending`).
  pending('PENDING');

  const ShopeeOrderStatus(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static ShopeeOrderStatus fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of ShopeeOrderStatus', value);
  }
}

/// Why a product's stock is not sent, in the order they are tested.
enum SkipReason {
  /// The shop's rule is inactive: no stock is pushed to it.
  ruleInactive('rule_inactive'),
  /// The product has no binding in the shop (an issue: bind it).
  noBinding('no_binding'),
  /// The product's only binding in the shop is inactive.
  inactiveBinding('inactive_binding'),
  /// The product has two or more active bindings in the shop (an issue).
  duplicateBinding('duplicate_binding'),
  /// Another product is bound to the same listing (an issue).
  conflictingBinding('conflicting_binding'),
  /// The binding has no SKU (an issue).
  missingSku('missing_sku'),
  /// The host sent no stock for the product (an issue).
  missingStock('missing_stock'),
  /// The quantity is the one last pushed.
  unchanged('unchanged');

  const SkipReason(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static SkipReason fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of SkipReason', value);
  }
}

/// A local order not sent, and its status.
class SkippedPurchase {
  const SkippedPurchase({
    required this.orderId,
    required this.status,
  });

  /// The [SkippedPurchase] in [json], an object as the library writes it.
  factory SkippedPurchase.fromJson(Map<String, Object?> json) => SkippedPurchase(
        orderId: json['order_id'] as String,
        status: json['status'] as String,
      );

  /// The local order's id.
  final String orderId;

  /// Its status, which is not `pending`.
  final String status;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'order_id': orderId,
        'status': status,
      };
}

/// What binding by SKU found: every local product is in exactly one of `new_bindings`,
/// `unchanged`, `unmatched_products` and the issues about a product.
class SkuBinding {
  const SkuBinding({
    required this.shopId,
    required this.newBindings,
    required this.unchanged,
    required this.unmatchedProducts,
    required this.unmatchedListings,
    required this.issues,
  });

  /// The [SkuBinding] in [json], an object as the library writes it.
  factory SkuBinding.fromJson(Map<String, Object?> json) => SkuBinding(
        shopId: json['shop_id'] as String,
        newBindings: <ProductBinding>[for (final e0 in json['new_bindings'] as List<Object?>) ProductBinding.fromJson(e0 as Map<String, Object?>)],
        unchanged: <String>[for (final e0 in json['unchanged'] as List<Object?>) e0 as String],
        unmatchedProducts: <String>[for (final e0 in json['unmatched_products'] as List<Object?>) e0 as String],
        unmatchedListings: <String>[for (final e0 in json['unmatched_listings'] as List<Object?>) e0 as String],
        issues: <SyncIssue>[for (final e0 in json['issues'] as List<Object?>) SyncIssue.fromJson(e0 as Map<String, Object?>)],
      );

  /// The shop.
  final String shopId;

  /// The bindings to create, active, in the order of the products.
  final List<ProductBinding> newBindings;

  /// The products already bound, actively, to the listing their SKU matches.
  final List<String> unchanged;

  /// The products whose SKU no listing has.
  final List<String> unmatchedProducts;

  /// The listings whose SKU no product has (by the channel's product id).
  final List<String> unmatchedListings;

  /// Every conflict: about products first, in their order, then about listings.
  final List<SyncIssue> issues;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'shop_id': shopId,
        'new_bindings': [for (final e0 in newBindings) e0.toJson()],
        'unchanged': unchanged,
        'unmatched_products': unmatchedProducts,
        'unmatched_listings': unmatchedListings,
        'issues': [for (final e0 in issues) e0.toJson()],
      };
}

/// A sort direction.
enum SortDirection {
  /// `ASC`.
  asc('asc'),
  /// `DESC`.
  desc('desc');

  const SortDirection(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static SortDirection fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of SortDirection', value);
  }
}

/// One status an order can be in, with every fact about it.
class State {
  const State({
    required this.name,
    required this.category,
    required this.isFinal,
    this.actions = const <String>[],
    this.step,
    required this.text,
    this.notice,
  });

  /// The [State] in [json], an object as the library writes it.
  factory State.fromJson(Map<String, Object?> json) => State(
        name: json['name'] as String,
        category: Category.fromJson(json['category']),
        isFinal: json['is_final'] as bool,
        actions: json.containsKey('actions') ? <String>[for (final e0 in json['actions'] as List<Object?>) e0 as String] : const <String>[],
        step: (json['step'] == null ? null : json['step'] as int),
        text: Texts.fromJson(json['text'] as Map<String, Object?>),
        notice: (json['notice'] == null ? null : Texts.fromJson(json['notice'] as Map<String, Object?>)),
      );

  /// The status value (`pending`).
  final String name;

  /// What kind of state it is.
  final Category category;

  /// Whether nothing can follow it.
  final bool isFinal;

  /// What a person may do with an order in this state (`track`, `cancel`, `rate`, `reorder`, …);
  /// an action that is a transition's event is allowed only to the actors that transition allows.
  final List<String> actions;

  /// Its place in the tracking view (1 first), if it is shown there.
  final int? step;

  /// The status text (`status_text`).
  final Texts text;

  /// What the customer is told when an order enters this state, if anything; `{order}`,
  /// `{reason}` and `{driver}` are replaced by the order's number, the reason and the driver.
  final Texts? notice;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'name': name,
        'category': category.json,
        'is_final': isFinal,
        'actions': actions,
        if (step != null) 'step': step,
        'text': text.toJson(),
        if (notice != null) 'notice': notice!.toJson(),
      };
}

/// How many lines are in one status.
class StatusCount {
  const StatusCount({
    this.statusId,
    this.statusName,
    required this.lines,
  });

  /// The [StatusCount] in [json], an object as the library writes it.
  factory StatusCount.fromJson(Map<String, Object?> json) => StatusCount(
        statusId: (json['status_id'] == null ? null : json['status_id'] as int),
        statusName: (json['status_name'] == null ? null : json['status_name'] as String),
        lines: json['lines'] as int,
      );

  /// `StatusId`.
  final int? statusId;

  /// `StatusName`.
  final String? statusName;

  /// The lines in it.
  final int lines;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        if (statusId != null) 'status_id': statusId,
        if (statusName != null) 'status_name': statusName,
        'lines': lines,
      };
}

/// A status offered as a choice: its value and its text.
class StatusOption {
  const StatusOption({
    required this.value,
    required this.text,
  });

  /// The [StatusOption] in [json], an object as the library writes it.
  factory StatusOption.fromJson(Map<String, Object?> json) => StatusOption(
        value: json['value'] as String,
        text: json['text'] as String,
      );

  /// The status value.
  final String value;

  /// Its text in the chosen language.
  final String text;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'value': value,
        'text': text,
      };
}

/// One rule applied: what it was computed on, at what rate, and the result before and after rounding.
class Step {
  const Step({
    required this.rule,
    this.label,
    required this.base,
    this.rate,
    required this.exact,
    required this.amount,
    this.note,
  });

  /// The [Step] in [json], an object as the library writes it.
  factory Step.fromJson(Map<String, Object?> json) => Step(
        rule: Rule.fromJson(json['rule']),
        label: (json['label'] == null ? null : json['label'] as String),
        base: json['base'] as String,
        rate: (json['rate'] == null ? null : json['rate'] as String),
        exact: json['exact'] as String,
        amount: json['amount'] as String,
        note: (json['note'] == null ? null : Note.fromJson(json['note'])),
      );

  /// The rule.
  final Rule rule;

  /// Its name: the offer code, the category, the tax rate's category.
  final String? label;

  /// The amount the rule was computed on.
  final String base;

  /// The rate, in percent (or the value of a point), where the rule has one.
  final String? rate;

  /// The exact result before rounding and limits.
  final String exact;

  /// The result applied.
  final String amount;

  /// What limited or changed the result, if anything.
  final Note? note;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'rule': rule.json,
        if (label != null) 'label': label,
        'base': base,
        if (rate != null) 'rate': rate,
        'exact': exact,
        'amount': amount,
        if (note != null) 'note': note!.json,
      };
}

/// The stock to publish and every step to it, so that a host can say why a listing shows 0.
class StockLevel {
  const StockLevel({
    required this.source,
    required this.quantity,
    required this.afterBuffer,
    required this.afterPercentage,
    required this.units,
    required this.afterMaximum,
    required this.afterRounding,
    required this.published,
    this.zeroBecause,
  });

  /// The [StockLevel] in [json], an object as the library writes it.
  factory StockLevel.fromJson(Map<String, Object?> json) => StockLevel(
        source: StockSource.fromJson(json['source']),
        quantity: json['quantity'] as String,
        afterBuffer: json['after_buffer'] as String,
        afterPercentage: json['after_percentage'] as String,
        units: json['units'] as int,
        afterMaximum: json['after_maximum'] as int,
        afterRounding: json['after_rounding'] as int,
        published: json['published'] as int,
        zeroBecause: (json['zero_because'] == null ? null : ZeroReason.fromJson(json['zero_because'])),
      );

  /// Which quantity it started from.
  final StockSource source;

  /// 1. That quantity, as given.
  final String quantity;

  /// 2. max(0, quantity − buffer).
  final String afterBuffer;

  /// 3. after_buffer × percentage ÷ 100, exact.
  final String afterPercentage;

  /// 4. ⌊after_percentage ÷ pack size⌋: whole listings.
  final int units;

  /// 5. min(units, maximum listed).
  final int afterMaximum;

  /// 6. Rounded down to a multiple of the rounding.
  final int afterRounding;

  /// 7. What to publish: 0 when after_rounding is below the minimum online quantity.
  final int published;

  /// When `published` is 0: the first step that made it so.
  final ZeroReason? zeroBecause;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'source': source.json,
        'quantity': quantity,
        'after_buffer': afterBuffer,
        'after_percentage': afterPercentage,
        'units': units,
        'after_maximum': afterMaximum,
        'after_rounding': afterRounding,
        'published': published,
        if (zeroBecause != null) 'zero_because': zeroBecause!.json,
      };
}

/// A quote line's units to put back in stock.
class StockLine {
  const StockLine({
    required this.productId,
    required this.sellingType,
    required this.quantity,
    this.pieces,
  });

  /// The [StockLine] in [json], an object as the library writes it.
  factory StockLine.fromJson(Map<String, Object?> json) => StockLine(
        productId: json['product_id'] as String,
        sellingType: SellingType.fromJson(json['selling_type']),
        quantity: json['quantity'] as int,
        pieces: (json['pieces'] == null ? null : json['pieces'] as int),
      );

  /// The product.
  final String productId;

  /// How it was sold.
  final SellingType sellingType;

  /// How many, in its selling unit.
  final int quantity;

  /// Pieces, for carton lines that give their units per carton.
  final int? pieces;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'product_id': productId,
        'selling_type': sellingType.json,
        'quantity': quantity,
        if (pieces != null) 'pieces': pieces,
      };
}

/// One product of a push list: the quantity to send, or why none is sent.
class StockPushEntry {
  const StockPushEntry({
    required this.productId,
    this.quantity,
    this.skipped,
    this.target,
    this.level,
  });

  /// The [StockPushEntry] in [json], an object as the library writes it.
  factory StockPushEntry.fromJson(Map<String, Object?> json) => StockPushEntry(
        productId: json['product_id'] as String,
        quantity: (json['quantity'] == null ? null : json['quantity'] as int),
        skipped: (json['skipped'] == null ? null : SkipReason.fromJson(json['skipped'])),
        target: (json['target'] == null ? null : PushTarget.fromJson(json['target'] as Map<String, Object?>)),
        level: (json['level'] == null ? null : StockLevel.fromJson(json['level'] as Map<String, Object?>)),
      );

  /// The local product.
  final String productId;

  /// The quantity to send to `target`, when pushed.
  final int? quantity;

  /// Why nothing is sent, when skipped.
  final SkipReason? skipped;

  /// The listing the binding points to, when the product has one binding in the shop.
  final PushTarget? target;

  /// How the quantity was reached, when it was computed (pushed, or `unchanged`).
  final StockLevel? level;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'product_id': productId,
        if (quantity != null) 'quantity': quantity,
        if (skipped != null) 'skipped': skipped!.json,
        if (target != null) 'target': target!.toJson(),
        if (level != null) 'level': level!.toJson(),
      };
}

/// The push list of a shop's `push_stock` job.
class StockPushList {
  const StockPushList({
    required this.shopId,
    required this.entries,
    required this.toPush,
    required this.skipped,
    required this.issues,
  });

  /// The [StockPushList] in [json], an object as the library writes it.
  factory StockPushList.fromJson(Map<String, Object?> json) => StockPushList(
        shopId: json['shop_id'] as String,
        entries: <StockPushEntry>[for (final e0 in json['entries'] as List<Object?>) StockPushEntry.fromJson(e0 as Map<String, Object?>)],
        toPush: json['to_push'] as int,
        skipped: json['skipped'] as int,
        issues: <SyncIssue>[for (final e0 in json['issues'] as List<Object?>) SyncIssue.fromJson(e0 as Map<String, Object?>)],
      );

  /// The shop (the rule's).
  final String shopId;

  /// One entry per product asked for, in the payload's order; with no ids, one per product
  /// bound in the shop, in the order of its first binding.
  final List<StockPushEntry> entries;

  /// How many entries have a quantity to send.
  final int toPush;

  /// How many are skipped.
  final int skipped;

  /// The skips a person must act on, in the entries' order (not `unchanged`,
  /// `inactive_binding` or `rule_inactive`, which are as the shop wants them).
  final List<SyncIssue> issues;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'shop_id': shopId,
        'entries': [for (final e0 in entries) e0.toJson()],
        'to_push': toPush,
        'skipped': skipped,
        'issues': [for (final e0 in issues) e0.toJson()],
      };
}

/// A shop's stock sync rule (the seed's Sync Rules form).
class StockRule {
  const StockRule({
    required this.shopId,
    this.active = true,
    this.source,
    this.buffer,
    this.percentage,
    this.minOnline = 0,
    this.maxListed,
    this.rounding = 0,
  });

  /// The [StockRule] in [json], an object as the library writes it.
  factory StockRule.fromJson(Map<String, Object?> json) => StockRule(
        shopId: json['shop_id'] as String,
        active: json.containsKey('active') ? json['active'] as bool : true,
        source: (json['source'] == null ? null : StockSource.fromJson(json['source'])),
        buffer: (json['buffer'] == null ? null : json['buffer'] as String),
        percentage: (json['percentage'] == null ? null : json['percentage'] as String),
        minOnline: json.containsKey('min_online') ? json['min_online'] as int : 0,
        maxListed: (json['max_listed'] == null ? null : json['max_listed'] as int),
        rounding: json.containsKey('rounding') ? json['rounding'] as int : 0,
      );

  /// The shop the rule is for (the seed's `95152937`).
  final String shopId;

  /// Whether stock is pushed to the shop at all: an inactive rule skips every product of the
  /// push list (`rule_inactive`); true when omitted.
  final bool active;

  /// Which quantity the rule starts from; `on_hand` when omitted.
  final StockSource? source;

  /// The reserve kept back from the quantity, in its unit (the seed's buffer quantity, 10); 0
  /// when omitted.
  final String? buffer;

  /// The share of what the buffer leaves that is published, in percent (0 to 100); 100 when
  /// omitted.
  final String? percentage;

  /// The least quantity shown online (the seed's 5): a quantity strictly below it publishes 0;
  /// 0 when omitted.
  final int minOnline;

  /// The most listed, if capped (Linnworks' "Max Listed").
  final int? maxListed;

  /// Round down to a multiple of this (the seed's rounding: 0 = none; 1 is none too).
  final int rounding;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'shop_id': shopId,
        'active': active,
        if (source != null) 'source': source!.json,
        if (buffer != null) 'buffer': buffer,
        if (percentage != null) 'percentage': percentage,
        'min_online': minOnline,
        if (maxListed != null) 'max_listed': maxListed,
        'rounding': rounding,
      };
}

/// Which quantity a rule starts from.
enum StockSource {
  /// The quantity on hand (Odoo's `qty_available`).
  onHand('on_hand'),
  /// The forecast quantity (Odoo's `virtual_available`: on hand, less what is promised, plus
  /// what is coming), the OCA connectors' default.
  forecast('forecast');

  const StockSource(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static StockSource fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of StockSource', value);
  }
}

/// What to do next about a supplier's failure.
enum SupplierAction {
  /// Refresh the access token with the refresh token, then call again: no person needed.
  refreshToken('refresh_token'),
  /// Authorise the shop again (a new authorisation code from the supplier's seller center).
  reauthorize('reauthorize'),
  /// Top up the account at the supplier, then pay again.
  topUpBalance('top_up_balance'),
  /// Fix the product's data (its SKU), then call again.
  fixProduct('fix_product'),
  /// Let the operator read the code and decide: an unknown failure is not retried blindly.
  askOperator('ask_operator');

  const SupplierAction(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static SupplierAction fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of SupplierAction', value);
  }
}

/// A supplier's failure, classified: the purchase keeps its status, `code` is the reason to record.
class SupplierFailureAction {
  const SupplierFailureAction({
    required this.cause,
    required this.action,
    required this.code,
  });

  /// The [SupplierFailureAction] in [json], an object as the library writes it.
  factory SupplierFailureAction.fromJson(Map<String, Object?> json) => SupplierFailureAction(
        cause: SupplierFailureCause.fromJson(json['cause']),
        action: SupplierAction.fromJson(json['action']),
        code: json['code'] as String,
      );

  /// Why the call failed.
  final SupplierFailureCause cause;

  /// What to do next.
  final SupplierAction action;

  /// The code as the supplier sent it.
  final String code;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'cause': cause.json,
        'action': action.json,
        'code': code,
      };
}

/// Why a supplier call failed.
enum SupplierFailureCause {
  /// The access token has expired.
  accessTokenExpired('access_token_expired'),
  /// The access token was refused, expired or not as far as the host knows.
  accessTokenRefused('access_token_refused'),
  /// The balance does not cover the payment.
  insufficientBalance('insufficient_balance'),
  /// A product lacks its SKU.
  missingSku('missing_sku'),
  /// A failure the library does not know.
  other('other');

  const SupplierFailureCause(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static SupplierFailureCause fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of SupplierFailureCause', value);
  }
}

/// One failure, as a host lists it and decides about it.
class SyncFailure {
  const SyncFailure({
    required this.code,
    required this.concerns,
    required this.action,
    required this.message,
    required this.problems,
  });

  /// The [SyncFailure] in [json], an object as the library writes it.
  factory SyncFailure.fromJson(Map<String, Object?> json) => SyncFailure(
        code: json['code'] as String,
        concerns: FailedObject.fromJson(json['concerns'] as Map<String, Object?>),
        action: NextAction.fromJson(json['action']),
        message: json['message'] as String,
        problems: <Problem>[for (final e0 in json['problems'] as List<Object?>) Problem.fromJson(e0 as Map<String, Object?>)],
      );

  /// The stable code: the supplier's or channel's own (`INSUFFICIENT_BALANCE_FOR_PAYMENT`,
  /// `Product missing SKU`, `remote`) or, for data ordercore refused, the headline problem's
  /// (`required`, `unknown_value`, …).
  final String code;

  /// What it concerns.
  final FailedObject concerns;

  /// What to do next.
  final NextAction action;

  /// What happened, in English: the supplier's or channel's message, or the headline problem's
  /// field and message (`orders[1].lines[0].sku: is required`).
  final String message;

  /// Every problem found, each with its field's path; empty for a failure the supplier or
  /// channel reported.
  final List<Problem> problems;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'code': code,
        'concerns': concerns.toJson(),
        'action': action.json,
        'message': message,
        'problems': [for (final e0 in problems) e0.toJson()],
      };
}

/// A failure a host must act on: what went wrong, with what, and what to do next.
class SyncIssue {
  const SyncIssue({
    required this.code,
    required this.object,
    required this.id,
    required this.shopId,
    required this.action,
    this.detail,
  });

  /// The [SyncIssue] in [json], an object as the library writes it.
  factory SyncIssue.fromJson(Map<String, Object?> json) => SyncIssue(
        code: SyncIssueCode.fromJson(json['code']),
        object: SyncObject.fromJson(json['object']),
        id: json['id'] as String,
        shopId: json['shop_id'] as String,
        action: NextAction.fromJson(json['action']),
        detail: (json['detail'] == null ? null : json['detail'] as String),
      );

  /// The stable code.
  final SyncIssueCode code;

  /// The kind of object it concerns.
  final SyncObject object;

  /// The object's id: the local product's id, or the channel's product id for a listing.
  final String id;

  /// The shop it happened in.
  final String shopId;

  /// What to do next.
  final NextAction action;

  /// What else the operator needs to see: the SKU, the other product, the listing.
  final String? detail;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'code': code.json,
        'object': object.json,
        'id': id,
        'shop_id': shopId,
        'action': action.json,
        if (detail != null) 'detail': detail,
      };
}

/// Why a sync failed for one object (stable, snake_case in JSON).
enum SyncIssueCode {
  /// The product has no binding in the shop (the seed's "sync stock of a product without a
  /// binding"): bind it.
  noBinding('no_binding'),
  /// The product's only binding in the shop is inactive.
  inactiveBinding('inactive_binding'),
  /// The product has two or more active bindings in the shop: keep one.
  duplicateBinding('duplicate_binding'),
  /// Two or more products are bound to the same listing (channel product id and SKU) in the
  /// shop: each push would overwrite the others'.
  conflictingBinding('conflicting_binding'),
  /// The product, the listing or the binding has no SKU.
  missingSku('missing_sku'),
  /// The host sent no stock for a product it asked to push.
  missingStock('missing_stock'),
  /// Two or more products, or two or more listings, have the same SKU: no match is made for it.
  duplicateSku('duplicate_sku'),
  /// The product is already bound to another listing, or the listing to another product.
  alreadyBound('already_bound');

  const SyncIssueCode(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static SyncIssueCode fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of SyncIssueCode', value);
  }
}

/// The kind of object a [`SyncIssue`] concerns.
enum SyncObject {
  /// A local product, by its id.
  product('product'),
  /// A channel's listing, by the channel's product id.
  listing('listing');

  const SyncObject(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static SyncObject fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of SyncObject', value);
  }
}

/// A Taobao purchase status, spelt as Taobao spells it: the distributor API's five, then the
/// general trade list's own.
enum TaobaoPurchaseStatus {
  /// Being created at the provider (sic).
  buliding('BULIDING'),
  /// Awaiting the buyer's payment.
  waitBuyerP('WAIT_BUYER_P'),
  /// Paid, awaiting shipment.
  waitSellerSendGoods('WAIT_SELLER_SEND_GOODS'),
  /// Shipped, awaiting the buyer's confirmation.
  waitBuyerConfirmGoods('WAIT_BUYER_CONFIRM_GOODS'),
  /// Closed.
  tradeClosed('TRADE_CLOSED'),
  /// The trade list's awaiting payment.
  waitBuyerPay('WAIT_BUYER_PAY'),
  /// The trade list's payment under way.
  payPending('PAY_PENDING'),
  /// The trade list's partly shipped.
  sellerConsignedPart('SELLER_CONSIGNED_PART'),
  /// The trade list's finished.
  tradeFinished('TRADE_FINISHED'),
  /// The trade list's closed by Taobao.
  tradeClosedByTaobao('TRADE_CLOSED_BY_TAOBAO');

  const TaobaoPurchaseStatus(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static TaobaoPurchaseStatus fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of TaobaoPurchaseStatus', value);
  }
}

/// Where a Taobao refund stands.
enum TaobaoRefundStatus {
  /// 0: no refund.
  noRefund('no_refund'),
  /// 10: a refund is applied for.
  applied('applied'),
  /// 20: the seller agreed.
  sellerAgreed('seller_agreed'),
  /// 30: the goods were returned.
  goodsReturned('goods_returned'),
  /// 100: refunded.
  refunded('refunded'),
  /// −10: the seller refused.
  sellerRefused('seller_refused'),
  /// −20: closed.
  closed('closed');

  const TaobaoRefundStatus(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static TaobaoRefundStatus fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of TaobaoRefundStatus', value);
  }
}

/// The tax policy.
class TaxPolicy {
  const TaxPolicy({
    required this.rate,
    this.pricesIncludeTax = false,
    this.includeDelivery = false,
    required this.rounding,
    this.categoryRates = const <String, String>{},
  });

  /// The [TaxPolicy] in [json], an object as the library writes it.
  factory TaxPolicy.fromJson(Map<String, Object?> json) => TaxPolicy(
        rate: json['rate'] as String,
        pricesIncludeTax: json.containsKey('prices_include_tax') ? json['prices_include_tax'] as bool : false,
        includeDelivery: json.containsKey('include_delivery') ? json['include_delivery'] as bool : false,
        rounding: TaxRounding.fromJson(json['rounding']),
        categoryRates: json.containsKey('category_rates') ? (json['category_rates'] as Map<String, Object?>).map<String, String>((k0, e0) => MapEntry(k0, e0 as String)) : const <String, String>{},
      );

  /// The rate, in percent, for products whose category has no rate of its own.
  final String rate;

  /// Prices (and fees, and fixed discounts) include tax.
  final bool pricesIncludeTax;

  /// Delivery is taxed at `rate`.
  final bool includeDelivery;

  /// Where tax is rounded.
  final TaxRounding rounding;

  /// Rates by product category, in percent.
  final Map<String, String> categoryRates;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'rate': rate,
        'prices_include_tax': pricesIncludeTax,
        'include_delivery': includeDelivery,
        'rounding': rounding.json,
        'category_rates': categoryRates,
      };
}

/// Where tax is rounded to the minor unit.
enum TaxRounding {
  /// Each line's tax is rounded; the order's tax is their sum.
  perLine('per_line'),
  /// Each rate's tax is rounded once over the order, then split to the lines exactly.
  perOrder('per_order');

  const TaxRounding(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static TaxRounding fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of TaxRounding', value);
  }
}

/// A text in each language the library speaks; English is required and is used for a language
/// the text lacks.
class Texts {
  const Texts({
    required this.en,
    this.ar,
    this.tr,
    this.ru,
    this.az,
    this.th,
  });

  /// The [Texts] in [json], an object as the library writes it.
  factory Texts.fromJson(Map<String, Object?> json) => Texts(
        en: json['en'] as String,
        ar: (json['ar'] == null ? null : json['ar'] as String),
        tr: (json['tr'] == null ? null : json['tr'] as String),
        ru: (json['ru'] == null ? null : json['ru'] as String),
        az: (json['az'] == null ? null : json['az'] as String),
        th: (json['th'] == null ? null : json['th'] as String),
      );

  /// English.
  final String en;

  /// Arabic.
  final String? ar;

  /// Turkish.
  final String? tr;

  /// Russian.
  final String? ru;

  /// Azerbaijani.
  final String? az;

  /// Thai.
  final String? th;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'en': en,
        if (ar != null) 'ar': ar,
        if (tr != null) 'tr': tr,
        if (ru != null) 'ru': ru,
        if (az != null) 'az': az,
        if (th != null) 'th': th,
      };
}

/// The amount a free-delivery threshold is measured on.
enum ThresholdBasis {
  /// The subtotal, before discounts.
  subtotal('subtotal'),
  /// The subtotal after the offer and category discounts (points do not count: they pay).
  afterDiscounts('after_discounts');

  const ThresholdBasis(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static ThresholdBasis fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of ThresholdBasis', value);
  }
}

/// When an order counts as overdue or urgent.
class TimingThresholds {
  const TimingThresholds({
    required this.urgentAfterMinutes,
    this.overdueAfterMinutes,
  });

  /// The [TimingThresholds] in [json], an object as the library writes it.
  factory TimingThresholds.fromJson(Map<String, Object?> json) => TimingThresholds(
        urgentAfterMinutes: json['urgent_after_minutes'] as int,
        overdueAfterMinutes: (json['overdue_after_minutes'] == null ? null : json['overdue_after_minutes'] as int),
      );

  /// Minutes in the initial state after which an order is urgent.
  final int urgentAfterMinutes;

  /// Minutes after which an order without an estimated delivery time is overdue.
  final int? overdueAfterMinutes;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'urgent_after_minutes': urgentAfterMinutes,
        if (overdueAfterMinutes != null) 'overdue_after_minutes': overdueAfterMinutes,
      };
}

/// What to do with the tokens before calling the supplier.
enum TokenAction {
  /// The access token is valid: use it.
  use('use'),
  /// The access token has expired but the refresh token has not: refresh, then call.
  refresh('refresh'),
  /// Both have expired: the shop must be authorised again (the seed's new authorisation code).
  reauthorize('reauthorize');

  const TokenAction(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static TokenAction fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of TokenAction', value);
  }
}

/// The token decision, with the expiry facts `supplier_failure_action` takes.
class TokenDecision {
  const TokenDecision({
    required this.action,
    required this.expiry,
  });

  /// The [TokenDecision] in [json], an object as the library writes it.
  factory TokenDecision.fromJson(Map<String, Object?> json) => TokenDecision(
        action: TokenAction.fromJson(json['action']),
        expiry: TokenExpiry.fromJson(json['expiry'] as Map<String, Object?>),
      );

  /// What to do.
  final TokenAction action;

  /// Which tokens have expired at `now`.
  final TokenExpiry expiry;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'action': action.json,
        'expiry': expiry.toJson(),
      };
}

/// What the host knows of its tokens when the supplier refuses the access token.
class TokenExpiry {
  const TokenExpiry({
    required this.accessTokenExpired,
    required this.refreshTokenExpired,
  });

  /// The [TokenExpiry] in [json], an object as the library writes it.
  factory TokenExpiry.fromJson(Map<String, Object?> json) => TokenExpiry(
        accessTokenExpired: json['access_token_expired'] as bool,
        refreshTokenExpired: json['refresh_token_expired'] as bool,
      );

  /// Whether the access token's expiry has passed (if not, the supplier refused it for
  /// another reason).
  final bool accessTokenExpired;

  /// Whether the refresh token's expiry has passed too: then only a new authorisation helps.
  final bool refreshTokenExpired;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'access_token_expired': accessTokenExpired,
        'refresh_token_expired': refreshTokenExpired,
      };
}

/// When the host's tokens expire, for deciding before a call whether to use, refresh or replace them.
class TokenTimes {
  const TokenTimes({
    required this.accessTokenExpiresAt,
    required this.refreshTokenExpiresAt,
    this.marginSeconds = 0,
  });

  /// The [TokenTimes] in [json], an object as the library writes it.
  factory TokenTimes.fromJson(Map<String, Object?> json) => TokenTimes(
        accessTokenExpiresAt: json['access_token_expires_at'] as String,
        refreshTokenExpiresAt: json['refresh_token_expires_at'] as String,
        marginSeconds: json.containsKey('margin_seconds') ? json['margin_seconds'] as int : 0,
      );

  /// When the access token expires.
  final String accessTokenExpiresAt;

  /// When the refresh token expires.
  final String refreshTokenExpiresAt;

  /// How long before its expiry a token counts as expired already, so that it does not expire
  /// during the call; 0 when omitted.
  final int marginSeconds;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'access_token_expires_at': accessTokenExpiresAt,
        'refresh_token_expires_at': refreshTokenExpiresAt,
        'margin_seconds': marginSeconds,
      };
}

/// One entry of an order's tracking: a status entered, when, by whom and where.
class TrackingEntry {
  const TrackingEntry({
    required this.status,
    required this.timestamp,
    this.actor,
    this.location,
    this.driverName,
    this.driverPhone,
    this.notes,
    this.reason,
  });

  /// The [TrackingEntry] in [json], an object as the library writes it.
  factory TrackingEntry.fromJson(Map<String, Object?> json) => TrackingEntry(
        status: json['status'] as String,
        timestamp: json['timestamp'] as String,
        actor: (json['actor'] == null ? null : Actor.fromJson(json['actor'])),
        location: (json['location'] == null ? null : json['location'] as String),
        driverName: (json['driver_name'] == null ? null : json['driver_name'] as String),
        driverPhone: (json['driver_phone'] == null ? null : json['driver_phone'] as String),
        notes: (json['notes'] == null ? null : json['notes'] as String),
        reason: (json['reason'] == null ? null : json['reason'] as String),
      );

  /// The status entered.
  final String status;

  /// When.
  final String timestamp;

  /// Who made the change.
  final Actor? actor;

  /// Where the order was.
  final String? location;

  /// Who carries it.
  final String? driverName;

  /// The driver's phone.
  final String? driverPhone;

  /// A note for the customer.
  final String? notes;

  /// Why (a cancellation's reason).
  final String? reason;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'status': status,
        'timestamp': timestamp,
        if (actor != null) 'actor': actor!.json,
        if (location != null) 'location': location,
        if (driverName != null) 'driver_name': driverName,
        if (driverPhone != null) 'driver_phone': driverPhone,
        if (notes != null) 'notes': notes,
        if (reason != null) 'reason': reason,
      };
}

/// One tracked state, as the seed's `tracking_steps` show it.
class TrackingStep {
  const TrackingStep({
    required this.step,
    required this.status,
    required this.statusText,
    required this.completed,
    required this.current,
    this.timestamp,
    this.estimatedTime,
    this.location,
    this.driverName,
    this.driverPhone,
  });

  /// The [TrackingStep] in [json], an object as the library writes it.
  factory TrackingStep.fromJson(Map<String, Object?> json) => TrackingStep(
        step: json['step'] as int,
        status: json['status'] as String,
        statusText: json['status_text'] as String,
        completed: json['completed'] as bool,
        current: json['current'] as bool,
        timestamp: (json['timestamp'] == null ? null : json['timestamp'] as String),
        estimatedTime: (json['estimated_time'] == null ? null : json['estimated_time'] as String),
        location: (json['location'] == null ? null : json['location'] as String),
        driverName: (json['driver_name'] == null ? null : json['driver_name'] as String),
        driverPhone: (json['driver_phone'] == null ? null : json['driver_phone'] as String),
      );

  /// Its number, from 1.
  final int step;

  /// The status.
  final String status;

  /// Its text.
  final String statusText;

  /// Whether the order has passed or reached it.
  final bool completed;

  /// Whether the order is in it now.
  final bool current;

  /// When the order entered it (its latest entry).
  final String? timestamp;

  /// When it is expected to be reached: the order's estimated delivery, on a `done` step not
  /// yet reached.
  final String? estimatedTime;

  /// Where the order was.
  final String? location;

  /// Who carried it.
  final String? driverName;

  /// The driver's phone.
  final String? driverPhone;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'step': step,
        'status': status,
        'status_text': statusText,
        'completed': completed,
        'current': current,
        if (timestamp != null) 'timestamp': timestamp,
        if (estimatedTime != null) 'estimated_time': estimatedTime,
        if (location != null) 'location': location,
        if (driverName != null) 'driver_name': driverName,
        if (driverPhone != null) 'driver_phone': driverPhone,
      };
}

/// An order's progress through the workflow's tracked states.
class TrackingView {
  const TrackingView({
    required this.status,
    required this.statusText,
    required this.progressPercentage,
    required this.trackingSteps,
    this.latestTracking,
    this.estimatedDeliveryTime,
    this.deliveredAt,
    this.cancelledAt,
    this.cancellationReason,
  });

  /// The [TrackingView] in [json], an object as the library writes it.
  factory TrackingView.fromJson(Map<String, Object?> json) => TrackingView(
        status: json['status'] as String,
        statusText: json['status_text'] as String,
        progressPercentage: json['progress_percentage'] as int,
        trackingSteps: <TrackingStep>[for (final e0 in json['tracking_steps'] as List<Object?>) TrackingStep.fromJson(e0 as Map<String, Object?>)],
        latestTracking: (json['latest_tracking'] == null ? null : LatestTracking.fromJson(json['latest_tracking'] as Map<String, Object?>)),
        estimatedDeliveryTime: (json['estimated_delivery_time'] == null ? null : json['estimated_delivery_time'] as String),
        deliveredAt: (json['delivered_at'] == null ? null : json['delivered_at'] as String),
        cancelledAt: (json['cancelled_at'] == null ? null : json['cancelled_at'] as String),
        cancellationReason: (json['cancellation_reason'] == null ? null : json['cancellation_reason'] as String),
      );

  /// The current status.
  final String status;

  /// Its text.
  final String statusText;

  /// How far along the tracked steps the order is: 0 at the first, 100 at the last.
  final int progressPercentage;

  /// Every tracked state, in step order.
  final List<TrackingStep> trackingSteps;

  /// The newest tracking entry, with how long ago it was.
  final LatestTracking? latestTracking;

  /// When the order is expected to arrive.
  final String? estimatedDeliveryTime;

  /// When it entered a `done` state, if it has.
  final String? deliveredAt;

  /// When it entered a `cancelled` state, if it has.
  final String? cancelledAt;

  /// Why it was cancelled, if a reason was given.
  final String? cancellationReason;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'status': status,
        'status_text': statusText,
        'progress_percentage': progressPercentage,
        'tracking_steps': [for (final e0 in trackingSteps) e0.toJson()],
        if (latestTracking != null) 'latest_tracking': latestTracking!.toJson(),
        if (estimatedDeliveryTime != null) 'estimated_delivery_time': estimatedDeliveryTime,
        if (deliveredAt != null) 'delivered_at': deliveredAt,
        if (cancelledAt != null) 'cancelled_at': cancelledAt,
        if (cancellationReason != null) 'cancellation_reason': cancellationReason,
      };
}

/// An allowed change of state.
class Transition {
  const Transition({
    required this.event,
    required this.from,
    required this.to,
    required this.actors,
    this.requires = const <Requirement>[],
    this.effects = const <EffectKind>[],
  });

  /// The [Transition] in [json], an object as the library writes it.
  factory Transition.fromJson(Map<String, Object?> json) => Transition(
        event: json['event'] as String,
        from: <String>[for (final e0 in json['from'] as List<Object?>) e0 as String],
        to: json['to'] as String,
        actors: <Actor>[for (final e0 in json['actors'] as List<Object?>) Actor.fromJson(e0)],
        requires: json.containsKey('requires') ? <Requirement>[for (final e0 in json['requires'] as List<Object?>) Requirement.fromJson(e0)] : const <Requirement>[],
        effects: json.containsKey('effects') ? <EffectKind>[for (final e0 in json['effects'] as List<Object?>) EffectKind.fromJson(e0)] : const <EffectKind>[],
      );

  /// The event's name (`confirm`, `cancel`).
  final String event;

  /// The states it leaves from; none for the transition that places an order (into the
  /// initial state), which a workflow may have once.
  final List<String> from;

  /// The state it enters.
  final String to;

  /// Who may make it.
  final List<Actor> actors;

  /// What the context must carry for it.
  final List<Requirement> requires;

  /// What the host is to carry out when it is made, in order.
  final List<EffectKind> effects;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'event': event,
        'from': from,
        'to': to,
        'actors': [for (final e0 in actors) e0.json],
        'requires': [for (final e0 in requires) e0.json],
        'effects': [for (final e0 in effects) e0.json],
      };
}

/// Everything a transition needs besides the order: now, who acts, the tracking details, and
/// the status the caller believes is current.
class TransitionContext {
  const TransitionContext({
    required this.now,
    required this.actor,
    this.expectedStatus,
    this.reason,
    this.location,
    this.driverName,
    this.driverPhone,
    this.notes,
    this.estimatedDeliveryMinutes,
    this.sendNotification = true,
    this.refundMethod,
    this.loyalty,
    this.locale,
  });

  /// The [TransitionContext] in [json], an object as the library writes it.
  factory TransitionContext.fromJson(Map<String, Object?> json) => TransitionContext(
        now: json['now'] as String,
        actor: Actor.fromJson(json['actor']),
        expectedStatus: (json['expected_status'] == null ? null : json['expected_status'] as String),
        reason: (json['reason'] == null ? null : json['reason'] as String),
        location: (json['location'] == null ? null : json['location'] as String),
        driverName: (json['driver_name'] == null ? null : json['driver_name'] as String),
        driverPhone: (json['driver_phone'] == null ? null : json['driver_phone'] as String),
        notes: (json['notes'] == null ? null : json['notes'] as String),
        estimatedDeliveryMinutes: (json['estimated_delivery_minutes'] == null ? null : json['estimated_delivery_minutes'] as int),
        sendNotification: json.containsKey('send_notification') ? json['send_notification'] as bool : true,
        refundMethod: (json['refund_method'] == null ? null : RefundMethod.fromJson(json['refund_method'])),
        loyalty: (json['loyalty'] == null ? null : LoyaltyProgram.fromJson(json['loyalty'] as Map<String, Object?>)),
        locale: (json['locale'] == null ? null : Locale.fromJson(json['locale'])),
      );

  /// Now.
  final String now;

  /// Who acts.
  final Actor actor;

  /// The status the caller saw; when it is no longer current the transition is refused
  /// (`stale_status`), so that a request sent twice is applied once.
  final String? expectedStatus;

  /// Why (a cancellation's reason).
  final String? reason;

  /// Where the order is.
  final String? location;

  /// Who carries it.
  final String? driverName;

  /// The driver's phone.
  final String? driverPhone;

  /// A note for the customer.
  final String? notes;

  /// Minutes from now until the order is expected to arrive; sets `estimated_delivery_time`.
  final int? estimatedDeliveryMinutes;

  /// Whether to notify anyone (the seed's `send_notification`); true when omitted.
  final bool sendNotification;

  /// How a refund is given back; to the original payment when omitted.
  final RefundMethod? refundMethod;

  /// The loyalty programme, for the points an order earns.
  final LoyaltyProgram? loyalty;

  /// The language of the notifications; English when omitted.
  final Locale? locale;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'now': now,
        'actor': actor.json,
        if (expectedStatus != null) 'expected_status': expectedStatus,
        if (reason != null) 'reason': reason,
        if (location != null) 'location': location,
        if (driverName != null) 'driver_name': driverName,
        if (driverPhone != null) 'driver_phone': driverPhone,
        if (notes != null) 'notes': notes,
        if (estimatedDeliveryMinutes != null) 'estimated_delivery_minutes': estimatedDeliveryMinutes,
        'send_notification': sendNotification,
        if (refundMethod != null) 'refund_method': refundMethod!.json,
        if (loyalty != null) 'loyalty': loyalty!.toJson(),
        if (locale != null) 'locale': locale!.json,
      };
}

/// A transition made: the order in its new state and what the host is to carry out.
class Transitioned {
  const Transitioned({
    required this.order,
    required this.event,
    required this.from,
    required this.effects,
  });

  /// The [Transitioned] in [json], an object as the library writes it.
  factory Transitioned.fromJson(Map<String, Object?> json) => Transitioned(
        order: Order.fromJson(json['order'] as Map<String, Object?>),
        event: json['event'] as String,
        from: json['from'] as String,
        effects: Effects.fromJson(json['effects'] as Map<String, Object?>),
      );

  /// The order, in its new status, its tracking extended.
  final Order order;

  /// The transition's event (`cancel`).
  final String event;

  /// The status it left.
  final String from;

  /// The effects.
  final Effects effects;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'order': order.toJson(),
        'event': event,
        'from': from,
        'effects': effects.toJson(),
      };
}

/// A batch request: its workflow record (`akinon_batch`, `initialized`) and its updates.
class UpdateBatch {
  const UpdateBatch({
    required this.batch,
    required this.updates,
  });

  /// The [UpdateBatch] in [json], an object as the library writes it.
  factory UpdateBatch.fromJson(Map<String, Object?> json) => UpdateBatch(
        batch: Order.fromJson(json['batch'] as Map<String, Object?>),
        updates: <ChannelUpdate>[for (final e0 in json['updates'] as List<Object?>) ChannelUpdate.fromJson(e0 as Map<String, Object?>)],
      );

  /// The batch as the `akinon_batch` workflow takes it: id `<prefix>-<n>` (n from 1),
  /// `initialized` at `now`; move it on with `transition_order`.
  final Order batch;

  /// Its updates, in the order given.
  final List<ChannelUpdate> updates;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'batch': batch.toJson(),
        'updates': [for (final e0 in updates) e0.toJson()],
      };
}

/// Why delivery is free.
enum Waiver {
  /// The order reached the free-delivery threshold.
  threshold('threshold'),
  /// A free-delivery offer code.
  offer('offer');

  const Waiver(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static Waiver fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of Waiver', value);
  }
}

/// A status machine: its states, where an order starts, and the transitions between states.
class Workflow {
  const Workflow({
    required this.name,
    required this.initial,
    required this.states,
    required this.transitions,
  });

  /// The [Workflow] in [json], an object as the library writes it.
  factory Workflow.fromJson(Map<String, Object?> json) => Workflow(
        name: json['name'] as String,
        initial: json['initial'] as String,
        states: <State>[for (final e0 in json['states'] as List<Object?>) State.fromJson(e0 as Map<String, Object?>)],
        transitions: <Transition>[for (final e0 in json['transitions'] as List<Object?>) Transition.fromJson(e0 as Map<String, Object?>)],
      );

  /// The workflow's name (`customer_order`).
  final String name;

  /// The state a new order starts in.
  final String initial;

  /// Every state, in the order a person reads them.
  final List<State> states;

  /// Every allowed change of state.
  final List<Transition> transitions;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'name': name,
        'initial': initial,
        'states': [for (final e0 in states) e0.toJson()],
        'transitions': [for (final e0 in transitions) e0.toJson()],
      };
}

/// The step that made the published stock 0.
enum ZeroReason {
  /// The quantity is 0 or negative.
  noStock('no_stock'),
  /// The buffer keeps back all there is.
  buffer('buffer'),
  /// The rule's percentage is 0.
  percentage('percentage'),
  /// Less than one whole unit (or one pack) is left.
  lessThanOneUnit('less_than_one_unit'),
  /// The maximum listed is 0.
  maximum('maximum'),
  /// Less than one multiple of the rounding is left.
  rounding('rounding'),
  /// Less than the minimum online quantity is left.
  belowMinimum('below_minimum');

  const ZeroReason(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static ZeroReason fromJson(Object? value) {
    for (final variant in values) {
      if (variant.json == value) return variant;
    }
    throw FormatException('not a tag of ZeroReason', value);
  }
}
