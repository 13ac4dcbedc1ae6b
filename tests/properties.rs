//! Invariants that hold for every order and every policy.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use ordercore::limits::{MAX_AMOUNT, MAX_EARN_RATE, MAX_POINTS, MAX_QUANTITY};
use ordercore::money::{allocate, Currency, RoundingMode};
use ordercore::pricing::{
    points_earned, refund, seal_quote, verify, verify_quote_seal, Combination, CustomerCategory, DeliveryAddress,
    DeliveryPolicy, EarnBase, LoyaltyProgram, Offer, OfferKind, OrderItem, OrderRequest, PricingRules, ProductInfo,
    Quote, RefundLine, RefundRequest, SellingType, TaxPolicy, TaxRounding, ThresholdBasis,
};
use ordercore::{quote, quote_json, Code};
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;
use serde_json::Value;

fn currency() -> impl Strategy<Value = Currency> {
    select(vec!["EGP", "JPY", "KWD", "USD", "CLF"]).prop_map(|c| Currency::from_code(c).unwrap())
}

/// A decimal from 0 to `max_units / 10^scale`.
fn amount(max_units: i64, scale: u32) -> impl Strategy<Value = Decimal> {
    (0..=max_units).prop_map(move |u| Decimal::new(u, scale))
}

fn item() -> impl Strategy<Value = OrderItem> {
    (select(vec!["a", "b", "c", "d"]), 1u32..=40, 0u32..=4, 0i64..=2_000_000).prop_map(
        |(id, quantity, scale, units)| OrderItem {
            product_id: id.to_owned(),
            quantity,
            unit_price: Decimal::new(units, scale),
            selling_type: SellingType::Unit,
            units_per_carton: None,
        },
    )
}

fn request(items: Vec<OrderItem>, code: Option<String>, points: u64) -> OrderRequest {
    OrderRequest {
        merchant_id: "1".into(),
        items,
        delivery_address: DeliveryAddress {
            street: "x".into(),
            phone: "01234567890".into(),
            ..DeliveryAddress::default()
        },
        payment_method: "card".into(),
        offer_code: code,
        use_loyalty_points: points,
        notes: None,
    }
}

fn offer() -> impl Strategy<Value = Offer> {
    (
        select(vec![OfferKind::Percentage, OfferKind::Fixed, OfferKind::FreeDelivery]),
        0i64..=100,
        prop::option::of(amount(50_000, 0)),
        prop::option::of(amount(5_000, 0)),
        prop::option::of(select(vec!["a", "b"])),
    )
        .prop_map(|(kind, value, min_subtotal, max_discount, only)| Offer {
            code: "CODE".into(),
            kind,
            value: Some(Decimal::from(value)),
            min_subtotal,
            max_discount,
            valid_from: None,
            valid_until: None,
            merchant_ids: vec![],
            product_ids: only.map(|p| vec![p.to_owned()]).unwrap_or_default(),
            categories: vec![],
        })
}

prop_compose! {
    fn rules()(
        currency in currency(),
        rounding in select(vec![RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::Down, RoundingMode::Up]),
        offer in prop::option::of(offer()),
        category in prop::option::of(0i64..=100),
        combination in select(vec![Combination::BothOnSubtotal, Combination::Sequential, Combination::BestOnly]),
        loyalty in prop::option::of((1i64..=500, 0u64..=5000, 0i64..=100, any::<bool>())),
        fee in 0i64..=3000,
        free_over in prop::option::of(0i64..=100_000),
        basis in select(vec![ThresholdBasis::Subtotal, ThresholdBasis::AfterDiscounts]),
        rate in 0i64..=30,
        food_rate in prop::option::of(0i64..=30),
        inclusive in any::<bool>(),
        include_delivery in any::<bool>(),
        per_order in any::<bool>(),
    ) -> PricingRules {
        let mut rules = PricingRules::new(currency);
        rules.rounding = rounding;
        rules.offers = offer.into_iter().collect();
        rules.customer_category = category.map(|p| CustomerCategory { name: "c".into(), discount_percentage: Decimal::from(p) });
        rules.combination = combination;
        rules.loyalty = loyalty.map(|(value, balance, share, as_payment)| LoyaltyProgram {
            point_value: Decimal::new(value, 2),
            points_balance: balance,
            max_redeem_percentage: Decimal::from(share),
            as_payment,
            earn_rate: Decimal::ONE,
            earn_on: Default::default(),
        });
        rules.delivery = DeliveryPolicy { fee: Decimal::from(fee), free_over: free_over.map(Decimal::from), free_over_basis: basis };
        rules.tax = TaxPolicy {
            rate: Decimal::from(rate),
            prices_include_tax: inclusive,
            include_delivery,
            rounding: if per_order { TaxRounding::PerOrder } else { TaxRounding::PerLine },
            category_rates: food_rate.map(|r| HashMap::from([("food".to_owned(), Decimal::from(r))])).unwrap_or_default(),
        };
        rules.products = HashMap::from([("b".to_owned(), ProductInfo { name: None, category: Some("food".into()) })]);
        rules
    }
}

fn all_amounts(q: &Quote) -> Vec<Decimal> {
    let f = &q.financial;
    let mut v = vec![
        f.subtotal,
        f.delivery_fee,
        f.discount,
        f.category_discount,
        f.loyalty_discount,
        f.tax,
        f.total_amount,
    ];
    v.extend([q.delivery.base_fee, q.delivery.fee, q.delivery.tax, q.delivery.amount]);
    for l in &q.lines {
        v.extend([
            l.total_price,
            l.discount,
            l.category_discount,
            l.loyalty_discount,
            l.net_amount,
            l.tax_base,
            l.tax,
            l.amount,
        ]);
    }
    v
}

fn total(values: impl Iterator<Item = Decimal>) -> Decimal {
    values.sum()
}

proptest! {
    // 400 cases each unless PROPTEST_CASES says otherwise (scripts/test-all runs 10 000 in release).
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400)
    ))]

    #[test]
    fn quotes_keep_every_invariant(
        items in prop::collection::vec(item(), 1..12),
        rules in rules(),
        code in prop::option::of(Just("code".to_owned())),
        points in 0u64..=3000,
    ) {
        let q = quote(&request(items, code, points), &rules).unwrap();
        let f = &q.financial;
        let scale = rules.currency.minor_units();
        for a in all_amounts(&q) {
            prop_assert!(!a.is_sign_negative(), "negative amount {a}");
            prop_assert_eq!(a.scale(), scale, "{} is not at the currency's scale", a);
        }
        let before_tax = f.subtotal - f.discount - f.category_discount - f.loyalty_discount + f.delivery_fee;
        prop_assert_eq!(f.total_amount, if q.prices_include_tax { before_tax } else { before_tax + f.tax });
        prop_assert_eq!(total(q.lines.iter().map(|l| l.total_price)), f.subtotal);
        prop_assert_eq!(total(q.lines.iter().map(|l| l.discount)), f.discount);
        prop_assert_eq!(total(q.lines.iter().map(|l| l.category_discount)), f.category_discount);
        prop_assert_eq!(total(q.lines.iter().map(|l| l.loyalty_discount)), f.loyalty_discount);
        prop_assert_eq!(total(q.lines.iter().map(|l| l.tax)) + q.delivery.tax, f.tax);
        prop_assert_eq!(total(q.lines.iter().map(|l| l.amount)) + q.delivery.amount, f.total_amount);
        prop_assert_eq!(q.lines.iter().map(|l| l.loyalty_points).sum::<u64>(), q.loyalty_points_used);
        prop_assert!(q.loyalty_points_used <= points);
        for l in &q.lines {
            prop_assert!(l.discount + l.category_discount + l.loyalty_discount <= l.total_price);
            prop_assert_eq!(l.net_amount, l.total_price - l.discount - l.category_discount - l.loyalty_discount);
        }
        if let Some(program) = &rules.loyalty {
            prop_assert!(q.loyalty_points_used <= program.points_balance);
        }
        // A refund of everything gives back exactly what was paid, and every point.
        let everything = RefundRequest {
            lines: (0..q.lines.len()).map(|i| RefundLine { line: i as u32, quantity: q.lines[i].quantity, already_refunded: 0 }).collect(),
            include_delivery: true,
        };
        let r = refund(&q, &everything).unwrap();
        prop_assert_eq!(r.amount, f.total_amount);
        prop_assert_eq!(r.tax, f.tax);
        prop_assert_eq!(r.loyalty_points, q.loyalty_points_used);
    }

    #[test]
    fn unit_by_unit_refunds_sum_to_the_line(items in prop::collection::vec(item(), 1..6), rules in rules(), points in 0u64..=3000) {
        let q = quote(&request(items, Some("code".into()), points), &rules).unwrap();
        for (i, line) in q.lines.iter().enumerate() {
            let mut amount = Decimal::ZERO;
            let mut pts = 0;
            for already in 0..line.quantity {
                let one = RefundRequest { lines: vec![RefundLine { line: i as u32, quantity: 1, already_refunded: already }], include_delivery: false };
                let r = refund(&q, &one).unwrap();
                prop_assert!(!r.amount.is_sign_negative());
                amount += r.amount;
                pts += r.loyalty_points;
            }
            prop_assert_eq!(amount, line.amount);
            prop_assert_eq!(pts, line.loyalty_points);
        }
    }

    #[test]
    fn totals_do_not_depend_on_line_order(
        items in prop::collection::vec(item(), 1..8),
        mut rules in rules(),
        points in 0u64..=3000,
        seed in any::<u64>(),
    ) {
        // One tax rate for every line: with several, which line takes a tied leftover cent can
        // change the per-line tax rounding, and only that.
        rules.tax.category_rates.clear();
        let mut shuffled = items.clone();
        let n = shuffled.len();
        for i in (1..n).rev() {
            shuffled.swap(i, (seed as usize).wrapping_mul(i + 7) % (i + 1));
        }
        let a = quote(&request(items, Some("code".into()), points), &rules).unwrap();
        let b = quote(&request(shuffled, Some("code".into()), points), &rules).unwrap();
        prop_assert_eq!(a.financial, b.financial);
    }

    #[test]
    fn allocation_sums_exactly_and_ignores_order(
        amount in amount(10_000_000, 2),
        weights in prop::collection::vec(amount(1_000_000, 3), 1..20),
        seed in any::<u64>(),
    ) {
        prop_assume!(weights.iter().any(|w| !w.is_zero()));
        let usd = Currency::from_code("USD").unwrap();
        let parts = allocate(amount, &weights, usd).unwrap();
        prop_assert_eq!(parts.iter().copied().sum::<Decimal>(), amount);
        let total_weight: Decimal = weights.iter().copied().sum();
        for (p, w) in parts.iter().zip(&weights) {
            // Within one minor unit of the exact share.
            let exact = amount * *w / total_weight;
            prop_assert!((*p - exact).abs() < Decimal::new(1, 2));
        }
        let mut order: Vec<usize> = (0..weights.len()).collect();
        order.rotate_left((seed as usize) % weights.len());
        order.reverse();
        let permuted: Vec<Decimal> = order.iter().map(|&i| weights[i]).collect();
        let permuted_parts = allocate(amount, &permuted, usd).unwrap();
        let mut a: Vec<(Decimal, Decimal)> = weights.iter().copied().zip(parts).collect();
        let mut b: Vec<(Decimal, Decimal)> = permuted.into_iter().zip(permuted_parts).collect();
        a.sort();
        b.sort();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn any_order_within_the_bounds_is_priced(
        lines in select(vec![1usize, 2, 3, 10, 999, 1000]),
        quantity in select(vec![1u32, 7, MAX_QUANTITY]),
        digits in 0u32..=6,
        rules in rules(),
        points in select(vec![0, 1, MAX_POINTS]),
        point_value in select(vec!["0.000001", "1", "1000000000000"]),
        earn_rate in select(vec![Decimal::ZERO, Decimal::from(MAX_EARN_RATE)]),
        share in select(vec![Decimal::ZERO, Decimal::ONE_HUNDRED]),
    ) {
        // The largest unit price each line may have: lines × quantity × price stays within 10^12.
        let per_line = MAX_AMOUNT / Decimal::from(lines as u64);
        let price = (per_line / Decimal::from(quantity)).trunc_with_scale(digits);
        prop_assume!(!price.is_zero());
        let items = (0..lines)
            .map(|i| OrderItem {
                product_id: format!("p{i}"),
                quantity,
                unit_price: price,
                selling_type: SellingType::Unit,
                units_per_carton: None,
            })
            .collect();
        let mut rules = rules;
        rules.currency = Currency::from_code("CLF").unwrap(); // four decimals: the finest scale
        rules.delivery.fee = MAX_AMOUNT;
        rules.delivery.free_over = None;
        rules.tax.rate = Decimal::ONE_HUNDRED;
        rules.loyalty = Some(LoyaltyProgram {
            point_value: point_value.parse().unwrap(),
            points_balance: MAX_POINTS,
            max_redeem_percentage: share,
            as_payment: false,
            earn_rate,
            earn_on: EarnBase::TotalAmount,
        });
        rules.offers.iter_mut().for_each(|o| o.max_discount = None);
        let q = quote(&request(items, Some("code".into()), points), &rules);
        let q = q.map_err(|e| format!("{e}"));
        prop_assert!(q.is_ok(), "{:?}", q);
        let q = q.unwrap();
        let program = rules.loyalty.unwrap();
        prop_assert!(points_earned(&q, &program).is_ok());
        let everything = RefundRequest {
            lines: (0..q.lines.len()).map(|i| RefundLine { line: i as u32, quantity, already_refunded: 0 }).collect(),
            include_delivery: true,
        };
        prop_assert_eq!(refund(&q, &everything).unwrap().amount, q.financial.total_amount);
    }

    #[test]
    fn every_quote_verifies_and_one_minor_unit_more_anywhere_is_caught(
        items in prop::collection::vec(item(), 1..8),
        rules in rules(),
        points in 0u64..=3000,
        field in 0usize..13,
        line_pick in any::<usize>(),
    ) {
        let mut q = quote(&request(items, Some("code".into()), points), &rules).unwrap();
        prop_assert_eq!(verify(&q), Ok(()));
        let unit = Decimal::new(1, rules.currency.minor_units());
        let l = line_pick % q.lines.len();
        let line = &mut q.lines[l];
        match field {
            0 => line.total_price += unit,
            1 => line.discount += unit,
            2 => line.category_discount += unit,
            3 => line.loyalty_discount += unit,
            4 => line.net_amount += unit,
            5 => line.tax += unit,
            6 => line.amount += unit,
            7 => line.loyalty_points += 1,
            8 => q.delivery.fee += unit,
            9 => q.delivery.tax += unit,
            10 => q.delivery.amount += unit,
            11 => q.financial.total_amount += unit,
            _ => q.financial.subtotal += unit,
        }
        let e = verify(&q).unwrap_err();
        prop_assert_eq!(e.code(), Code::InconsistentQuote);
    }

    #[test]
    fn a_quote_from_json_is_the_quote_from_typed_values(
        items in prop::collection::vec(item(), 1..8),
        rules in rules(),
        code in prop::option::of(Just("code".to_owned())),
        points in 0u64..=3000,
    ) {
        let request = request(items, code, points);
        let typed = quote(&request, &rules).unwrap();
        let texts = (serde_json::to_string(&request).unwrap(), serde_json::to_string(&rules).unwrap());
        prop_assert_eq!(quote_json(&texts.0, &texts.1).unwrap(), typed);
    }

    #[test]
    fn a_line_refunded_in_two_parts_is_the_line_refunded_at_once(
        items in prop::collection::vec(item(), 1..6),
        rules in rules(),
        points in 0u64..=3000,
        cut in any::<u32>(),
    ) {
        let q = quote(&request(items, Some("code".into()), points), &rules).unwrap();
        for (i, line) in q.lines.iter().enumerate() {
            let first = cut % line.quantity;
            let part = |quantity, already_refunded| RefundRequest {
                lines: vec![RefundLine { line: i as u32, quantity, already_refunded }],
                include_delivery: false,
            };
            let whole = refund(&q, &part(line.quantity, 0)).unwrap();
            let second = refund(&q, &part(line.quantity - first, first)).unwrap();
            let (amount, points) = match first {
                0 => (second.amount, second.loyalty_points),
                _ => {
                    let one = refund(&q, &part(first, 0)).unwrap();
                    (one.amount + second.amount, one.loyalty_points + second.loyalty_points)
                }
            };
            prop_assert_eq!(amount, whole.amount);
            prop_assert_eq!(points, whole.loyalty_points);
            prop_assert_eq!(whole.amount, line.amount);
        }
    }

    #[test]
    fn a_seal_holds_for_its_quote_and_key_only(
        items in prop::collection::vec(item(), 1..4),
        rules in rules(),
        key in "[ -~]{32,64}",
        other in "[ -~]{32,64}",
        name in "\\PC{0,20}",
    ) {
        let q = quote(&request(items, None, 0), &rules).unwrap();
        let sealed = seal_quote(q, &key).unwrap();
        prop_assert!(verify_quote_seal(sealed.clone(), &key).is_ok());
        if other != key {
            prop_assert_eq!(verify_quote_seal(sealed.clone(), &other).unwrap_err().code(), Code::SealMismatch);
        }
        let mut renamed = sealed;
        if renamed.lines[0].product_name.as_deref() != Some(name.as_str()) {
            renamed.lines[0].product_name = Some(name);
            prop_assert_eq!(verify_quote_seal(renamed, &key).unwrap_err().code(), Code::SealMismatch);
        }
    }

    #[test]
    fn number_literals_are_read_digit_for_digit(
        (scale, units) in (0u32..=6).prop_flat_map(|s| (Just(s), 0i64..=1_000_000_000_000 * 10i64.pow(s))),
        exponent in -6i32..=6,
    ) {
        let price = Decimal::new(units, scale);
        // The same value written plainly, and as digits with an exponent: 1234.5 = 12345e-1.
        let plain = price.to_string();
        let mantissa = price.mantissa().to_string();
        let with_exponent = format!("{mantissa}e{}", -(price.scale() as i32) + exponent);
        let shifted = if exponent >= 0 { price * Decimal::from(10i64.pow(exponent as u32)) } else { price / Decimal::from(10i64.pow(exponent.unsigned_abs())) };
        for (literal, value) in [(plain, price), (with_exponent, shifted)] {
            let request = format!(
                r#"{{"merchant_id": 1, "items": [{{"product_id": "a", "quantity": 1, "unit_price": {literal}, "selling_type": "unit"}}],
                    "delivery_address": {{"street": "x", "phone": "01234567890"}}, "payment_method": "card"}}"#
            );
            match OrderRequest::from_json(&request) {
                Ok(r) => prop_assert_eq!(r.items[0].unit_price, value),
                Err(e) => prop_assert!(value > MAX_AMOUNT || value.normalize().scale() > 6, "{literal}: {e}"),
            }
        }
    }

    #[test]
    fn any_json_is_a_quote_or_a_typed_error(request in json(), rules in json()) {
        if let Err(e) = quote_json(&request.to_string(), &rules.to_string()) {
            prop_assert!(e.problems().count() >= 1);
            prop_assert!(!e.message().is_empty());
        }
    }

    #[test]
    fn mutated_valid_requests_never_panic(path_index in 0usize..64, replacement in json()) {
        let mut request: Value = serde_json::from_str(include_str!("../examples/data/seed_request.json")).unwrap();
        let rules = include_str!("../examples/data/seed_rules.json");
        replace_nth(&mut request, path_index, replacement);
        let _ = quote_json(&request.to_string(), rules);
    }
}

/// Arbitrary JSON, with the keys and values a request or rules have mixed in.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        select(vec![
            "",
            "1",
            "-1",
            "2.5",
            "1e400",
            "abc",
            "unit",
            "carton",
            "EGP",
            "SAVE10",
            "99999999999999999999"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        let keys = select(vec![
            "merchant_id",
            "items",
            "quantity",
            "unit_price",
            "selling_type",
            "delivery_address",
            "phone",
            "street",
            "currency",
            "offers",
            "tax",
            "rate",
            "use_loyalty_points",
            "x",
        ]);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(keys.prop_map(str::to_owned), inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the `n`-th value (depth-first, modulo the count) of `v` with `with`.
fn replace_nth(v: &mut Value, n: usize, with: Value) {
    fn count(v: &Value) -> usize {
        1 + match v {
            Value::Array(a) => a.iter().map(count).sum(),
            Value::Object(o) => o.values().map(count).sum(),
            _ => 0,
        }
    }
    fn walk(v: &mut Value, n: &mut usize, with: &mut Option<Value>) {
        if *n == 0 {
            if let Some(w) = with.take() {
                *v = w;
            }
            return;
        }
        *n -= 1;
        match v {
            Value::Array(a) => a.iter_mut().for_each(|x| walk(x, n, with)),
            Value::Object(o) => o.values_mut().for_each(|x| walk(x, n, with)),
            _ => {}
        }
    }
    let mut n = n % count(v);
    walk(v, &mut n, &mut Some(with));
}
