//! The seed's example order under each tax-base policy: which policy gives which tax (README table).

#![cfg(not(target_arch = "wasm32"))]

use ordercore::pricing::{CustomerCategory, OrderRequest, PricingRules};
use ordercore::quote;
use rust_decimal::Decimal;

const SEED_REQUEST: &str = include_str!("../examples/data/seed_request.json");
const SEED_RULES: &str = include_str!("../examples/data/seed_rules.json");

/// Category %, points are a payment, delivery is taxed.
type Policy = (u32, bool, bool);
/// Category discount, tax, total.
type Figures = [&'static str; 3];

const TABLE: [(Policy, Figures); 6] = [
    ((5, false, true), ["2.09", "6.73", "54.81"]),
    ((5, true, true), ["2.09", "7.08", "55.16"]),
    ((5, false, false), ["2.09", "4.63", "52.71"]),
    ((5, true, false), ["2.09", "4.98", "53.06"]),
    ((10, false, true), ["4.19", "6.44", "52.42"]),
    ((10, true, true), ["4.19", "6.79", "52.77"]),
];

#[test]
fn the_seed_figures_and_the_policies_behind_its_tax() {
    let request = OrderRequest::from_json(SEED_REQUEST).unwrap();
    let base = PricingRules::from_json(SEED_RULES).unwrap();
    for ((category, as_payment, delivery_taxed), figures) in TABLE {
        let mut rules = base.clone();
        let discount_percentage = Decimal::from(category);
        rules.customer_category = Some(CustomerCategory {
            name: "c".into(),
            discount_percentage,
        });
        rules.loyalty.as_mut().unwrap().as_payment = as_payment;
        rules.tax.include_delivery = delivery_taxed;
        let f = quote(&request, &rules).unwrap().financial;
        let case = format!("{category} %, points as payment: {as_payment}, delivery taxed: {delivery_taxed}");
        // The seed's own figures, whatever the tax policy.
        let seed = [f.subtotal, f.discount, f.loyalty_discount, f.delivery_fee].map(|d| d.to_string());
        assert_eq!(seed, ["41.86", "4.19", "2.50", "15.00"], "{case}");
        let got = [f.category_discount, f.tax, f.total_amount].map(|d| d.to_string());
        assert_eq!(got, figures, "{case}");
    }
}
