//! Quotes an order and prints it as a table and as JSON.
//!
//! `cargo run --example quote` quotes the seed's order (examples/data); give two files to quote
//! your own: `cargo run --example quote -- request.json rules.json`.

use std::process::ExitCode;

use ordercore::pricing::{Quote, Step};
use ordercore::{quote_json, Locale};

const SEED_REQUEST: &str = include_str!("data/seed_request.json");
const SEED_RULES: &str = include_str!("data/seed_rules.json");

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (request, rules) = match args.as_slice() {
        [] => (SEED_REQUEST.to_owned(), SEED_RULES.to_owned()),
        [request, rules] => match (std::fs::read_to_string(request), std::fs::read_to_string(rules)) {
            (Ok(request), Ok(rules)) => (request, rules),
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("cannot read the input: {e}");
                return ExitCode::FAILURE;
            }
        },
        _ => {
            eprintln!("usage: cargo run --example quote [-- request.json rules.json]");
            return ExitCode::from(2);
        }
    };
    match quote_json(&request, &rules) {
        Ok(quote) => {
            print_table(&quote);
            match serde_json::to_string_pretty(&quote) {
                Ok(json) => println!("\n{json}"),
                Err(e) => eprintln!("cannot write JSON: {e}"),
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("the order cannot be quoted: {error}");
            for p in error.problems() {
                eprintln!(
                    "  {:<28} {:<16} {} / {}",
                    p.field,
                    p.code,
                    p.message,
                    p.message_in(Locale::Ar)
                );
            }
            ExitCode::FAILURE
        }
    }
}

fn print_table(q: &Quote) {
    let f = &q.financial;
    println!(
        "{:<10} {:>4} {:>9} {:>9} {:>8} {:>8} {:>8} {:>9} {:>7} {:>9}",
        "product", "qty", "unit", "price", "offer", "categ.", "points", "net", "tax", "amount"
    );
    for l in &q.lines {
        println!(
            "{:<10} {:>4} {:>9} {:>9} {:>8} {:>8} {:>8} {:>9} {:>7} {:>9}",
            l.product_id,
            l.quantity,
            l.unit_price,
            l.total_price,
            l.discount,
            l.category_discount,
            l.loyalty_discount,
            l.net_amount,
            l.tax,
            l.amount
        );
    }
    println!(
        "{:<10} {:>4} {:>9} {:>9} {:>8} {:>8} {:>8} {:>9} {:>7} {:>9}",
        "delivery", "", "", q.delivery.base_fee, "", "", "", q.delivery.fee, q.delivery.tax, q.delivery.amount
    );
    println!();
    for (label, amount) in [
        ("subtotal", f.subtotal),
        ("discount", f.discount),
        ("category_discount", f.category_discount),
        ("loyalty_discount", f.loyalty_discount),
        ("delivery_fee", f.delivery_fee),
        ("tax", f.tax),
        ("total_amount", f.total_amount),
    ] {
        println!("{label:<18} {amount:>10} {}", f.currency);
    }
    println!("\nhow it was computed:");
    for s in &q.steps {
        println!("  {}", explain(s));
    }
    for r in &q.rejected_codes {
        println!(
            "  code {} rejected: {}",
            r.code,
            ordercore::i18n::reject_reason_text(r.reason, Locale::En)
        );
    }
}

fn explain(s: &Step) -> String {
    let rule = serde_json::to_value(s.rule)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let label = s.label.as_deref().map(|l| format!(" {l}")).unwrap_or_default();
    let rate = s.rate.map(|r| format!(" at {r}")).unwrap_or_default();
    let note = s
        .note
        .and_then(|n| serde_json::to_value(n).ok())
        .and_then(|v| v.as_str().map(|n| format!(" ({n})")))
        .unwrap_or_default();
    format!("{rule}{label}: on {}{rate} = {} → {}{note}", s.base, s.exact, s.amount)
}
