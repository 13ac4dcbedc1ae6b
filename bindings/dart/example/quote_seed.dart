// Quotes the seed's order through the C ABI (run from the repository root with libordercore on the library path).
import 'dart:convert';
import 'dart:io';

import 'package:ordercore/ordercore.dart';

void main() {
  final core = OrderCore();
  final request = jsonDecode(File('examples/data/seed_request.json').readAsStringSync()) as Map<String, dynamic>;
  final rules = jsonDecode(File('examples/data/seed_rules.json').readAsStringSync()) as Map<String, dynamic>;
  final quote = core.quote(request, rules);
  print('total ${quote.financial.totalAmount} ${quote.financial.currency}');
  final refund = core.refund(quote, [const RefundLine(0, 1)]);
  print('refund of one unit of line 0: ${refund.amount}, ${refund.loyaltyPoints} points back');
  try {
    core.quote({'items': []}, rules);
  } on OrderCoreException catch (e) {
    for (final p in e.problems) print('${p.field}: ${p.message} (${p.code})');
  }
}
