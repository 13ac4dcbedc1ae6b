// Quotes the seed's order with the generated typed API, stores the quote as JSON, reads it back
// and refunds a unit from it; then shows a refused request. Run from bindings/dart with the library
// (built with `--features capi`) on the library path:
//   LD_LIBRARY_PATH=../../target/release dart run example/quote_seed.dart [repository root]
import 'dart:convert';
import 'dart:io';

import 'package:ordercore/ordercore.dart';

void main(List<String> args) {
  final root = args.isEmpty ? '../..' : args.first;
  final core = OrderCore();

  // The seed's bodies as a client sends them (prices as JSON numbers, policies left at their
  // defaults): the library reads them exactly and validates them, reporting every problem, and
  // returns the typed values. (`OrderRequest.fromJson` reads the library's own, complete JSON.)
  final request = core.orderRequestFromJson(File('$root/examples/data/seed_request.json').readAsStringSync());
  final rules = core.pricingRulesFromJson(File('$root/examples/data/seed_rules.json').readAsStringSync());

  final quote = core.quote(request, rules);
  print('total ${quote.financial.totalAmount} ${quote.financial.currency}'); // total 54.81 EGP
  for (final line in quote.lines) {
    print('  ${line.productName ?? line.productId}: ${line.quantity} × ${line.unitPrice} → ${line.amount}');
  }

  // A quote is stored as its JSON and read back as it was: amounts keep their scale ("15.00").
  final stored = jsonEncode(quote.toJson());
  final frozen = Quote.fromJson(jsonDecode(stored) as Map<String, Object?>);
  final refund = core.refund(frozen, const RefundRequest(lines: [RefundLine(line: 0, quantity: 1)]));
  print('refund of one unit of line 0: ${refund.amount}, ${refund.loyaltyPoints} points back');

  try {
    core.quote(
      OrderRequest(
        merchantId: request.merchantId,
        items: const [],
        deliveryAddress: request.deliveryAddress,
        paymentMethod: request.paymentMethod,
      ),
      rules,
    );
  } on OrderCoreException catch (e) {
    for (final p in e.problems) {
      print('${p.field}: ${p.message} (${p.code.json})');
    }
  }
}
