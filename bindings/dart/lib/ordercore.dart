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

  /// Reads and validates an order request from JSON text, reporting every problem.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  OrderRequest orderRequestFromJson(String json) {
    final answer = _invoke('order_request_from_json', {
      'json': json,
    });
    return OrderRequest.fromJson(answer as Map<String, Object?>);
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

  /// The library's version.
  ///
  /// Throws [OrderCoreException] when the library refuses the arguments.
  String version() {
    final answer = _invoke('version', const <String, Object?>{});
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

/// A stable, machine-readable problem code (serialised as a snake_case string).
enum Code {
  /// The input is not well-formed JSON.
  invalidJson('invalid_json'),
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

/// A language the library has texts in.
enum Locale {
  /// English.
  en('en'),
  /// Arabic.
  ar('ar');

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
  });

  /// The [Problem] in [json], an object as the library writes it.
  factory Problem.fromJson(Map<String, Object?> json) => Problem(
        code: Code.fromJson(json['code']),
        field: json['field'] as String,
        detail: (json['detail'] == null ? null : json['detail'] as String),
        message: json['message'] as String,
      );

  /// The stable code.
  final Code code;

  /// The path of the offending field (`items[1].quantity`); empty for the whole input.
  final String field;

  /// The limit, allowed values or parser detail that the message mentions, if any.
  final String? detail;

  /// The message in English.
  final String message;

  /// Its JSON object, as the library reads it (a `null` optional field is left out).
  Map<String, Object?> toJson() => {
        'code': code.json,
        'field': field,
        if (detail != null) 'detail': detail,
        'message': message,
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
