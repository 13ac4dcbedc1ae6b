//! The seed's example order under each tax-base policy: which policy gives which tax (README table).

use ordercore::pricing::{CustomerCategory, OrderRequest, PricingRules};
use ordercore::quote;
use rust_decimal::Decimal;

const SEED_REQUEST: &str = include_str!("../examples/data/seed_request.json");
const SEED_RULES: &str = include_str!("../examples/data/seed_rules.json");

/// One policy and the figures it gives.
struct Row {
    category: u32,
    as_payment: bool,
    delivery_taxed: bool,
    category_discount: &'static str,
    tax: &'static str,
    total: &'static str,
}

const fn row(category: u32, as_payment: bool, delivery_taxed: bool, figures: [&'static str; 3]) -> Row {
    let [category_discount, tax, total] = figures;
    Row {
        category,
        as_payment,
        delivery_taxed,
        category_discount,
        tax,
        total,
    }
}

const TABLE: [Row; 6] = [
    row(5, false, true, ["2.09", "6.73", "54.81"]),
    row(5, true, true, ["2.09", "7.08", "55.16"]),
    row(5, false, false, ["2.09", "4.63", "52.71"]),
    row(5, true, false, ["2.09", "4.98", "53.06"]),
    row(10, false, true, ["4.19", "6.44", "52.42"]),
    row(10, true, true, ["4.19", "6.79", "52.77"]),
];

#[test]
fn the_seed_figures_and_the_policies_behind_its_tax() {
    let request = OrderRequest::from_json(SEED_REQUEST).unwrap();
    let base = PricingRules::from_json(SEED_RULES).unwrap();
    for Row {
        category,
        as_payment,
        delivery_taxed,
        category_discount,
        tax,
        total,
    } in TABLE
    {
        let mut rules = base.clone();
        rules.customer_category = Some(CustomerCategory {
            name: "c".into(),
            discount_percentage: Decimal::from(category),
        });
        if let Some(loyalty) = rules.loyalty.as_mut() {
            loyalty.as_payment = as_payment;
        }
        rules.tax.include_delivery = delivery_taxed;
        let f = quote(&request, &rules).unwrap().financial;
        let case = format!("{category} %, points as payment: {as_payment}, delivery taxed: {delivery_taxed}");
        // The seed's own figures, whatever the tax policy.
        assert_eq!(f.subtotal.to_string(), "41.86", "{case}");
        assert_eq!(f.discount.to_string(), "4.19", "{case}");
        assert_eq!(f.loyalty_discount.to_string(), "2.50", "{case}");
        assert_eq!(f.delivery_fee.to_string(), "15.00", "{case}");
        assert_eq!(
            (
                f.category_discount.to_string().as_str(),
                f.tax.to_string().as_str(),
                f.total_amount.to_string().as_str()
            ),
            (category_discount, tax, total),
            "{case}"
        );
    }
}
