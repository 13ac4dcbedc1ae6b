// Every vector in tests/vectors/<method>/<case>.json through the C ABI (`OrderCore.callJson`): the
// answer must equal the vector's expected result or error, compared as canonical JSON (objects'
// keys sorted, so equal texts mean deeply equal values). Then the typed API on the seed's order.
//
// Run from bindings/dart: `dart test`, with the library built with `--features capi` where
// `OrderCore()` finds it, or named by ORDERCORE_LIB
// (`ORDERCORE_LIB=../../target/release/libordercore.so dart test`).
//
// Reviewed, not run here: no Dart SDK exists on the machines that build this repository. The same
// vectors run through the same C ABI from Python (ctypes) there, and `dart-bindgen --check-vectors`
// proves that every result reads into the generated classes and writes back unchanged.
import 'dart:convert';
import 'dart:ffi';
import 'dart:io';

import 'package:ordercore/ordercore.dart';
import 'package:test/test.dart';

void main() {
  final libraryPath = Platform.environment['ORDERCORE_LIB'];
  final core = libraryPath == null ? OrderCore() : OrderCore(DynamicLibrary.open(libraryPath));

  final vectors = Directory('../../tests/vectors')
      .listSync(recursive: true)
      .whereType<File>()
      .where((file) => file.path.endsWith('.json'))
      .toList()
    ..sort((a, b) => a.path.compareTo(b.path));

  test('the vectors are there', () => expect(vectors, isNotEmpty));

  for (final file in vectors) {
    final segments = file.uri.pathSegments;
    final method = segments[segments.length - 2];
    test('$method/${segments.last}', () {
      final text = file.readAsStringSync();
      final vector = jsonDecode(text) as Map<String, Object?>;
      // The arguments as written: a number keeps every digit (no double between), a repeated key
      // stays repeated (no map can hold it).
      final answer = jsonDecode(core.callJson(method, memberText(text, 'args')));
      final expected = vector.containsKey('error')
          ? {'ok': false, 'error': vector['error']}
          : {'ok': true, 'result': vector['result']};
      expect(canonical(answer), canonical(expected));
    });
  }

  test('the typed API: the seed order quoted, stored, read back and refunded', () {
    final request = core.orderRequestFromJson(File('../../examples/data/seed_request.json').readAsStringSync());
    final rules = core.pricingRulesFromJson(File('../../examples/data/seed_rules.json').readAsStringSync());
    expect(request.items.first.unitPrice, '2.99');
    expect(rules.tax.rounding, TaxRounding.perLine);

    final quote = core.quote(request, rules);
    expect(quote.financial.totalAmount, '54.81');
    expect(quote.financial.currency, 'EGP');
    expect(quote.rounding, RoundingMode.halfUp);

    final stored = jsonEncode(quote.toJson());
    final readBack = Quote.fromJson(jsonDecode(stored) as Map<String, Object?>);
    expect(canonical(readBack.toJson()), canonical(quote.toJson()));

    final refund = core.refund(readBack, const RefundRequest(lines: [RefundLine(line: 0, quantity: 1)]));
    expect(refund.amount, '2.69');
    expect(refund.loyaltyPoints, 4);
    expect(core.pointsEarned(quote, rules.loyalty!), 54);
  });

  test('the typed API: refusals and texts', () {
    expect(
      () => core.allocate('10.00', ['1', '1', '1'], 'XXX'),
      throwsA(isA<OrderCoreException>()
          .having((e) => e.code, 'code', Code.unknownCurrency)
          .having((e) => e.field, 'field', 'currency')
          .having((e) => e.isInternal, 'isInternal', false)),
    );
    expect(core.allocate('10.00', ['1', '1', '1'], 'USD'), ['3.34', '3.33', '3.33']);
    expect(core.problemMessage(Code.required, null, Locale.ar), 'هذا الحقل مطلوب');
    expect(core.validateOrderRequest('{}', Locale.en)['items'], ['is required']);
    expect(Code.fromJson('not_whole'), Code.notWhole);
    expect(() => Code.fromJson('no_such_code'), throwsFormatException);
  });
}

/// JSON text with every object's keys sorted.
String canonical(Object? value) => jsonEncode(sorted(value));

/// [value] with every object's keys sorted, recursively.
Object? sorted(Object? value) => switch (value) {
      Map<String, Object?> map => {for (final key in map.keys.toList()..sort()) key: sorted(map[key])},
      List<Object?> list => [for (final item in list) sorted(item)],
      _ => value,
    };

/// The raw text of the value of [key] in the JSON object [text], as written there.
String memberText(String text, String key) {
  var at = text.indexOf('{') + 1;
  void space() {
    while (' \t\r\n'.contains(text[at])) {
      at++;
    }
  }

  void skipString() {
    at++;
    while (text[at] != '"') {
      if (text[at] == '\\') at++;
      at++;
    }
    at++;
  }

  void skipValue() {
    if (text[at] == '"') return skipString();
    if (text[at] != '{' && text[at] != '[') {
      while (at < text.length && !',}] \t\r\n'.contains(text[at])) {
        at++;
      }
      return;
    }
    var depth = 0;
    do {
      if (text[at] == '"') {
        skipString();
        continue;
      }
      if (text[at] == '{' || text[at] == '[') depth++;
      if (text[at] == '}' || text[at] == ']') depth--;
      at++;
    } while (depth > 0);
  }

  while (true) {
    space();
    final keyStart = at;
    skipString();
    final name = jsonDecode(text.substring(keyStart, at)) as String;
    space();
    at++; // the colon
    space();
    final start = at;
    skipValue();
    if (name == key) return text.substring(start, at);
    space();
    at++; // the comma
  }
}
