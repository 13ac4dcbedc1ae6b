/// ordercore for Dart and Flutter, over the library's JSON C ABI (`ordercore_call`).
///
/// Amounts are decimal strings at the currency's scale ("54.81"), exactly as every other runtime
/// returns them; parse them with `package:decimal` if you compute with them.
library ordercore;

import 'dart:convert';
import 'dart:ffi';
import 'dart:io';

import 'package:ffi/ffi.dart';

typedef _CallC = Pointer<Utf8> Function(Pointer<Utf8> method, Pointer<Utf8> request);
typedef _FreeC = Void Function(Pointer<Utf8> s);
typedef _Free = void Function(Pointer<Utf8> s);

/// What every call throws when the core refuses an input.
class OrderCoreException implements Exception {
  OrderCoreException(this.code, this.field, this.message, this.problems);

  /// The first problem's stable code (`required`, `not_whole`, …).
  final String code;

  /// The first problem's field path (`items[1].quantity`).
  final String field;

  /// The first problem's English message.
  final String message;

  /// Every problem, the first included.
  final List<Problem> problems;

  @override
  String toString() => 'OrderCoreException($field: $message ($code))';
}

/// One thing wrong with an input.
class Problem {
  Problem.fromJson(Map<String, dynamic> j)
      : code = j['code'] as String,
        field = j['field'] as String,
        message = j['message'] as String,
        detail = j['detail'] as String?;
  final String code, field, message;
  final String? detail;
}

/// The seed's `financial` block.
class Financial {
  Financial.fromJson(Map<String, dynamic> j)
      : subtotal = j['subtotal'] as String,
        deliveryFee = j['delivery_fee'] as String,
        discount = j['discount'] as String,
        categoryDiscount = j['category_discount'] as String,
        loyaltyDiscount = j['loyalty_discount'] as String,
        tax = j['tax'] as String,
        totalAmount = j['total_amount'] as String,
        currency = j['currency'] as String;
  final String subtotal, deliveryFee, discount, categoryDiscount, loyaltyDiscount, tax, totalAmount, currency;
}

/// One priced line and its share of every discount.
class QuoteLine {
  QuoteLine.fromJson(Map<String, dynamic> j)
      : productId = j['product_id'] as String,
        quantity = j['quantity'] as int,
        unitPrice = j['unit_price'] as String,
        totalPrice = j['total_price'] as String,
        discount = j['discount'] as String,
        categoryDiscount = j['category_discount'] as String,
        loyaltyDiscount = j['loyalty_discount'] as String,
        loyaltyPoints = j['loyalty_points'] as int,
        netAmount = j['net_amount'] as String,
        taxRate = j['tax_rate'] as String,
        tax = j['tax'] as String,
        amount = j['amount'] as String;
  final String productId, unitPrice, totalPrice, discount, categoryDiscount, loyaltyDiscount, netAmount, taxRate, tax, amount;
  final int quantity, loyaltyPoints;
}

/// An offer code that did not apply, and why (`expired`, `below_minimum`, …).
class RejectedCode {
  RejectedCode.fromJson(Map<String, dynamic> j)
      : code = j['code'] as String,
        reason = j['reason'] as String;
  final String code, reason;
}

/// A priced order. `json` keeps the whole answer: pass it back to [OrderCore.refund].
class Quote {
  Quote.fromJson(this.json)
      : financial = Financial.fromJson(json['financial'] as Map<String, dynamic>),
        lines = [for (final l in json['lines'] as List) QuoteLine.fromJson(l as Map<String, dynamic>)],
        offerCode = json['offer_code'] as String?,
        rejectedCodes = [for (final r in json['rejected_codes'] as List) RejectedCode.fromJson(r as Map<String, dynamic>)],
        loyaltyPointsUsed = json['loyalty_points_used'] as int;
  final Map<String, dynamic> json;
  final Financial financial;
  final List<QuoteLine> lines;
  final String? offerCode;
  final List<RejectedCode> rejectedCodes;
  final int loyaltyPointsUsed;
}

/// A refund: money and loyalty points to give back.
class Refund {
  Refund.fromJson(Map<String, dynamic> j)
      : amount = j['amount'] as String,
        tax = j['tax'] as String,
        delivery = j['delivery'] as String,
        loyaltyPoints = j['loyalty_points'] as int;
  final String amount, tax, delivery;
  final int loyaltyPoints;
}

/// Units of one quote line to refund.
class RefundLine {
  const RefundLine(this.line, this.quantity, {this.alreadyRefunded = 0});
  final int line, quantity, alreadyRefunded;
  Map<String, dynamic> toJson() => {'line': line, 'quantity': quantity, 'already_refunded': alreadyRefunded};
}

/// The library, loaded from its shared object (`libordercore.so`, `ordercore.dll`,
/// `libordercore.dylib`, or the process itself on iOS where it is linked statically).
class OrderCore {
  OrderCore([DynamicLibrary? library]) : _lib = library ?? _open() {
    _call = _lib.lookupFunction<_CallC, _CallC>('ordercore_call');
    _free = _lib.lookupFunction<_FreeC, _Free>('ordercore_free');
  }

  final DynamicLibrary _lib;
  late final _CallC _call;
  late final _Free _free;

  static DynamicLibrary _open() {
    if (Platform.isIOS || Platform.isMacOS) return DynamicLibrary.process();
    if (Platform.isWindows) return DynamicLibrary.open('ordercore.dll');
    return DynamicLibrary.open('libordercore.so');
  }

  /// Prices an order (the seed's `POST /orders` body) under the merchant's [rules].
  Quote quote(Map<String, dynamic> request, Map<String, dynamic> rules) =>
      Quote.fromJson(_invoke('quote', {'request': request, 'rules': rules}) as Map<String, dynamic>);

  /// Prices an order given as JSON texts (the request body and the rules, as a server receives them).
  Quote quoteJson(String request, String rules) =>
      Quote.fromJson(_invoke('quote_json', {'request': request, 'rules': rules}) as Map<String, dynamic>);

  /// Reads and validates an order request from JSON text; throws with every problem.
  Map<String, dynamic> orderRequestFromJson(String json) =>
      _invoke('order_request_from_json', {'json': json}) as Map<String, dynamic>;

  /// Reads and validates pricing rules from JSON text.
  Map<String, dynamic> pricingRulesFromJson(String json) =>
      _invoke('pricing_rules_from_json', {'json': json}) as Map<String, dynamic>;

  /// Refunds units of [quote]'s lines from the split frozen in it.
  Refund refund(Quote quote, List<RefundLine> lines, {bool includeDelivery = false}) => Refund.fromJson(_invoke('refund', {
        'quote': quote.json,
        'refund': {'lines': [for (final l in lines) l.toJson()], 'include_delivery': includeDelivery},
      }) as Map<String, dynamic>);

  /// The loyalty points [quote] earns under [program].
  int pointsEarned(Quote quote, Map<String, dynamic> program) =>
      _invoke('points_earned', {'quote': quote.json, 'program': program}) as int;

  /// Splits [amount] over [weights] exactly at [currency]'s minor unit.
  List<String> allocate(String amount, List<String> weights, String currency) =>
      (_invoke('allocate', {'amount': amount, 'weights': weights, 'currency': currency}) as List).cast<String>();

  /// A problem's message in [locale] (`en`, `ar`).
  String problemMessage(String code, String locale, {String? detail}) =>
      _invoke('problem_message', {'code': code, 'detail': detail, 'locale': locale}) as String;

  /// Why an offer code did not apply, in [locale].
  String rejectReasonText(String reason, String locale) =>
      _invoke('reject_reason_text', {'reason': reason, 'locale': locale}) as String;

  /// The library's version.
  String version() => _invoke('version', {}) as String;

  Object? _invoke(String method, Map<String, dynamic> args) {
    final m = method.toNativeUtf8();
    final a = jsonEncode(args).toNativeUtf8();
    final Pointer<Utf8> out = _call(m, a);
    malloc.free(m);
    malloc.free(a);
    final response = jsonDecode(out.toDartString()) as Map<String, dynamic>;
    _free(out);
    if (response['ok'] == true) return response['result'];
    final e = response['error'] as Map<String, dynamic>;
    throw OrderCoreException(e['code'] as String, e['field'] as String, e['message'] as String,
        [for (final p in e['problems'] as List) Problem.fromJson(p as Map<String, dynamic>)]);
  }
}
