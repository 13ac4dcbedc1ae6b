// The Swift bindings: every vector in tests/vectors/<method>/ through callJson, the typed API, and errors.
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

    /// The raw text of the value of `key` in the JSON object `bytes`, as written there.
    func memberText(_ bytes: [UInt8], _ key: String) -> String {
        var at = (bytes.firstIndex(of: UInt8(ascii: "{")) ?? 0) + 1
        let blank: Set<UInt8> = [0x20, 0x09, 0x0D, 0x0A]
        func space() { while blank.contains(bytes[at]) { at += 1 } }
        func skipString() {
            at += 1
            while bytes[at] != UInt8(ascii: "\"") {
                if bytes[at] == UInt8(ascii: "\\") { at += 1 }
                at += 1
            }
            at += 1
        }
        func skipValue() {
            if bytes[at] == UInt8(ascii: "\"") { return skipString() }
            let opening: Set<UInt8> = [UInt8(ascii: "{"), UInt8(ascii: "[")]
            let closing: Set<UInt8> = [UInt8(ascii: "}"), UInt8(ascii: "]")]
            if !opening.contains(bytes[at]) {
                while at < bytes.count && !(blank.contains(bytes[at]) || closing.contains(bytes[at]) || bytes[at] == UInt8(ascii: ",")) {
                    at += 1
                }
                return
            }
            var depth = 0
            repeat {
                if bytes[at] == UInt8(ascii: "\"") { skipString(); continue }
                if opening.contains(bytes[at]) { depth += 1 }
                if closing.contains(bytes[at]) { depth -= 1 }
                at += 1
            } while depth > 0
        }
        while true {
            space()
            let keyStart = at
            skipString()
            let name = String(decoding: bytes[(keyStart + 1)..<(at - 1)], as: UTF8.self)
            space()
            at += 1 // the colon
            space()
            let start = at
            skipValue()
            if name == key { return String(decoding: bytes[start..<at], as: UTF8.self) }
            space()
            at += 1 // the comma
        }
    }

    func decimalText(_ d: Decimal) -> String {
        NSDecimalNumber(decimal: d).description(withLocale: Foundation.Locale(identifier: "en_US_POSIX"))
    }

    /// Every vector of every operation through the JSON entry: the envelope must equal the
    /// vector's whole result or whole error (compared as parsed JSON, deeply).
    func testEveryVector() throws {
        let dir = root.appendingPathComponent("tests/vectors")
        var count = 0
        for method in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
            let folder = dir.appendingPathComponent(method)
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".json") }).sorted() {
                let data = try Data(contentsOf: folder.appendingPathComponent(file))
                let vector = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
                // The arguments as written: a number keeps every digit, a repeated key stays repeated.
                let args = memberText(Array(data), "args")
                let answer = try JSONSerialization.jsonObject(with: Data(callJson(method: method, args: args).utf8)) as? NSDictionary
                let expected: NSDictionary = vector["error"] != nil
                    ? ["ok": false, "error": vector["error"]!] : ["ok": true, "result": vector["result"]!]
                XCTAssertEqual(answer, expected, "\(method)/\(file)")
                count += 1
            }
        }
        XCTAssertGreaterThan(count, 90)
    }

    func testTypedRecordsQuoteTheSeed() throws {
        let request = try orderRequestFromJson(json: text("examples/data/seed_request.json"))
        let rules = try pricingRulesFromJson(json: text("examples/data/seed_rules.json"))
        let quote = try OrderCore.quote(request: request, rules: rules)
        XCTAssertEqual(quote.financial.totalAmount, Decimal(string: "54.81"))
        XCTAssertEqual(quote.loyaltyPointsUsed, 50)
        XCTAssertEqual(request.items[1].sellingType, .carton)
        let refund = try OrderCore.refund(quote: quote, request: RefundRequest(
            lines: [RefundLine(line: 1, quantity: 1)], includeDelivery: true))
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

    func testTexts() throws {
        XCTAssertEqual(try problemMessage(code: .required, detail: nil, locale: .ar), "هذا الحقل مطلوب")
        XCTAssertFalse(try version().isEmpty)
        XCTAssertEqual(try validateOrderRequest(json: text("examples/data/seed_request.json"), locale: .en), [:])
    }
}
