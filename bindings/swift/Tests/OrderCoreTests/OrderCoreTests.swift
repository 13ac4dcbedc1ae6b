// The Swift bindings: every vector in tests/vectors/quote, the typed API, and errors.
// Run with `swift test` in bindings/swift after build-xcframework.sh (a Mac; not runnable on the CI machine).
import Foundation
import OrderCore
import XCTest

final class OrderCoreTests: XCTestCase {
    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func json(_ value: Any) throws -> String {
        if let text = value as? String { return text }
        return String(decoding: try JSONSerialization.data(withJSONObject: value), as: UTF8.self)
    }

    func decimalText(_ d: Decimal) -> String {
        NSDecimalNumber(decimal: d).description(withLocale: Foundation.Locale(identifier: "en_US_POSIX"))
    }

    /// Checks the financial block, the applied and rejected codes, and errors, for every vector.
    func testEveryVector() throws {
        let dir = root.appendingPathComponent("tests/vectors/quote")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 30)
        for file in files {
            let data = try Data(contentsOf: dir.appendingPathComponent(file))
            let vector = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
            let request = try json(vector["request"]!)
            let rules = try json(vector["rules"]!)
            do {
                let quote = try quoteJson(request: request, rules: rules)
                XCTAssertNil(vector["error"], "\(file): expected an error")
                let expected = try XCTUnwrap(vector["expected"] as? [String: Any])
                if let financial = expected["financial"] as? [String: String] {
                    let f = quote.financial
                    // Foundation.Decimal drops trailing zeros: compare values, not scales.
                    let actual: [String: Decimal] = [
                        "subtotal": f.subtotal, "delivery_fee": f.deliveryFee, "discount": f.discount,
                        "category_discount": f.categoryDiscount, "loyalty_discount": f.loyaltyDiscount,
                        "tax": f.tax, "total_amount": f.totalAmount,
                    ]
                    for (key, value) in financial where key != "currency" {
                        XCTAssertEqual(actual[key], Decimal(string: value), "\(file): \(key)")
                    }
                    XCTAssertEqual(f.currency, financial["currency"], file)
                }
                if let rejected = expected["rejected_codes"] as? [[String: String]] {
                    XCTAssertEqual(quote.rejectedCodes.map { $0.code }, rejected.map { $0["code"]! }, file)
                }
            } catch let OrderCoreError.Invalid(_, _, _, problems) {
                let expected = try XCTUnwrap(vector["error"] as? [[String: String]], "\(file): unexpected error")
                XCTAssertEqual(problems.map { $0.field }, expected.map { $0["field"]! }, file)
            }
        }
    }

    func testTypedRecordsQuoteTheSeed() throws {
        let request = try orderRequestFromJson(json: text("examples/data/seed_request.json"))
        let rules = try pricingRulesFromJson(json: text("examples/data/seed_rules.json"))
        let quote = try OrderCore.quote(request: request, rules: rules)
        XCTAssertEqual(quote.financial.totalAmount, Decimal(string: "54.81"))
        XCTAssertEqual(quote.loyaltyPointsUsed, 50)
        XCTAssertEqual(request.items[1].sellingType, .carton)
        let refund = try OrderCore.refund(quote: quote, request: RefundRequest(
            lines: [RefundLine(line: 1, quantity: 1, alreadyRefunded: 0)], includeDelivery: true))
        XCTAssertEqual(decimalText(refund.amount), "49.43")
    }

    func testErrorsCarryCodeFieldAndEveryProblem() {
        XCTAssertThrowsError(try quoteJson(request: #"{"items": []}"#, rules: #"{"currency": "EGP"}"#)) { error in
            guard case let OrderCoreError.Invalid(code, field, reason, problems) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(code, .required)
            XCTAssertEqual(field, "merchant_id")
            XCTAssertEqual(reason, "is required")
            XCTAssertEqual(problems.count, 5)
        }
        XCTAssertThrowsError(try allocate(amount: Decimal.nan, weights: [1], currency: "USD"))
    }

    func testTexts() {
        XCTAssertEqual(problemMessage(code: .required, detail: nil, locale: .ar), "هذا الحقل مطلوب")
        XCTAssertFalse(version().isEmpty)
    }
}
