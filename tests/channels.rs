//! Channel status maps: every value's mapping as a table a reviewer reads (insta snapshots), the
//! statuses they give checked against the built-in workflows, and the maps that go both ways.

#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Debug;

use ordercore::channels::{
    akinon_code_for, akinon_order_status, odoo_order_status, odoo_state_for, ot_line_status, shopee_order_status,
    supplier_failure_action, taobao_purchase_status, taobao_refund_status, AkinonStatus, ChannelStatus, OdooState,
    OtLineStage, OtLineStatusEntry, ShopeeCancelBy, ShopeeCancelFlags, ShopeeOrderStatus, TaobaoPurchaseStatus,
    TaobaoRefundStatus, TokenExpiry, ILLEGAL_ACCESS_TOKEN, INSUFFICIENT_BALANCE_FOR_PAYMENT, MISSING_SKU,
};
use ordercore::workflow::{BuiltinWorkflow, Workflow};
use ordercore::Code;
use serde::Serialize;

/// A value as its JSON text.
fn json(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap()
}

/// One line of a table: the channel's value, then what it maps to, as JSON.
fn row(from: &str, to: &impl Serialize) -> String {
    format!("{from:<40} → {}\n", json(to))
}

/// The JSON tag of an enum value (`READY_TO_SHIP`).
fn tag(value: &impl Serialize) -> String {
    json(value).trim_matches('"').to_owned()
}

const STAGES: [OtLineStage; 9] = [
    OtLineStage::Waiting,
    OtLineStage::ReadyToPurchase,
    OtLineStage::Ordered,
    OtLineStage::Purchased,
    OtLineStage::ProviderShipped,
    OtLineStage::Received,
    OtLineStage::Shipped,
    OtLineStage::Delivered,
    OtLineStage::Cancelled,
];

/// A host's table giving each stage an id (1, 2, …), the first one deletable.
fn host_table() -> Vec<OtLineStatusEntry> {
    (1..)
        .zip(STAGES)
        .map(|(status_id, stage)| OtLineStatusEntry {
            status_id,
            stage,
            deletable: status_id == 1,
        })
        .collect()
}

fn statuses(which: BuiltinWorkflow) -> Vec<String> {
    Workflow::builtin(which)
        .unwrap()
        .states
        .into_iter()
        .map(|s| s.name)
        .collect()
}

#[test]
fn shopee_table() {
    let mut out = String::from("without Shopee's flags:\n");
    for status in ShopeeOrderStatus::ALL {
        out += &row(&tag(&status), &shopee_order_status(status, None));
    }
    out += "with Shopee's flags, preferred to the rules:\n";
    let flags = [
        (ShopeeOrderStatus::READY_TO_SHIP, Some(false), Some(true), None),
        (ShopeeOrderStatus::SHIPPED, Some(true), None, None),
        (
            ShopeeOrderStatus::CANCELLED,
            Some(false),
            Some(false),
            Some(ShopeeCancelBy::Ops),
        ),
    ];
    for (status, full, partial, by) in flags {
        let flags = ShopeeCancelFlags {
            can_full_cancel_order: full,
            can_partial_cancel_order: partial,
            cancel_by: by,
        };
        out += &row(
            &format!("{} {}", tag(&status), json(&flags)),
            &shopee_order_status(status, Some(&flags)),
        );
    }
    insta::assert_snapshot!(out);
}

#[test]
fn akinon_table() {
    let mut out = String::from("code (name) → customer order:\n");
    for status in AkinonStatus::ALL {
        let from = format!("{} ({})", status.code(), tag(&status));
        out += &row(&from, &akinon_order_status(status.code()).unwrap());
    }
    out += "customer order → code to send:\n";
    for status in statuses(BuiltinWorkflow::CustomerOrder) {
        out += &row(&status, &akinon_code_for(&status).unwrap());
    }
    insta::assert_snapshot!(out);
}

#[test]
fn taobao_table() {
    let mut out = String::from("purchase status → supplier purchase:\n");
    for status in TaobaoPurchaseStatus::ALL {
        out += &row(&tag(&status), &taobao_purchase_status(status));
    }
    out += "refund status code → refund status:\n";
    for status in TaobaoRefundStatus::ALL {
        out += &row(status.code(), &taobao_refund_status(status.code()).unwrap());
    }
    insta::assert_snapshot!(out);
}

#[test]
fn odoo_table() {
    let mut out = String::from("state, locked → customer order:\n");
    for state in OdooState::ALL {
        for locked in [None, Some(false), Some(true)] {
            let from = format!("{}, {locked:?}", tag(&state));
            out += &row(&from, &odoo_order_status(state, locked));
        }
    }
    out += "customer order → state and lock:\n";
    for status in statuses(BuiltinWorkflow::CustomerOrder) {
        out += &row(&status, &odoo_state_for(&status).unwrap());
    }
    insta::assert_snapshot!(out);
}

#[test]
fn ot_table() {
    let table = host_table();
    let mut out = String::from("the host's id (stage) → both workflows:\n");
    for entry in &table {
        let from = format!("{} ({})", entry.status_id, tag(&entry.stage));
        out += &row(&from, &ot_line_status(entry.status_id, &table).unwrap());
    }
    insta::assert_snapshot!(out);
}

#[test]
fn supplier_failure_table() {
    let mut out = String::new();
    let facts = [
        None,
        Some((false, false)),
        Some((true, false)),
        Some((true, true)),
        Some((false, true)),
    ];
    for (access, refresh) in facts.iter().map(|f| f.unzip()) {
        let tokens = access.zip(refresh).map(|(a, r)| TokenExpiry {
            access_token_expired: a,
            refresh_token_expired: r,
        });
        let from = format!("{ILLEGAL_ACCESS_TOKEN}, access expired {access:?}, refresh expired {refresh:?}");
        out += &row(
            &from,
            &supplier_failure_action(ILLEGAL_ACCESS_TOKEN, tokens.as_ref()).unwrap(),
        );
    }
    for code in [INSUFFICIENT_BALANCE_FOR_PAYMENT, MISSING_SKU, "ISV.SOMETHING_ELSE"] {
        out += &row(code, &supplier_failure_action(code, None).unwrap());
    }
    insta::assert_snapshot!(out);
}

/// Every status a map gives is a state of the built-in workflow it targets.
#[test]
fn every_status_given_is_a_state_of_its_workflow() {
    let orders = statuses(BuiltinWorkflow::CustomerOrder);
    let purchases = statuses(BuiltinWorkflow::SupplierPurchase);
    let mut given: Vec<ChannelStatus> = ShopeeOrderStatus::ALL
        .into_iter()
        .map(|s| shopee_order_status(s, None))
        .collect();
    given.extend(AkinonStatus::ALL.map(|s| akinon_order_status(s.code()).unwrap()));
    given.extend(
        OdooState::ALL
            .into_iter()
            .flat_map(|s| [None, Some(true)].map(|locked| odoo_order_status(s, locked))),
    );
    for status in &given {
        assert!(orders.contains(&status.status), "{status:?}");
    }
    for status in TaobaoPurchaseStatus::ALL.map(taobao_purchase_status) {
        assert!(purchases.contains(&status.status), "{status:?}");
    }
    let table = host_table();
    for entry in &table {
        let line = ot_line_status(entry.status_id, &table).unwrap();
        assert!(orders.contains(&line.order_status), "{line:?}");
        assert!(purchases.contains(&line.purchase_status), "{line:?}");
    }
    // Every state is reachable from some channel value (none is left out by the maps).
    for state in &orders {
        assert!(given.iter().any(|g| &g.status == state), "{state}");
    }
}

/// A map that goes both ways: the code or state sent for a customer-order status reads back as
/// that status, exactly.
#[test]
fn maps_that_go_both_ways_round_trip() {
    for status in statuses(BuiltinWorkflow::CustomerOrder) {
        let sent = akinon_code_for(&status).unwrap();
        assert_eq!(AkinonStatus::from_code(&sent.code), Some(sent.name));
        let read = akinon_order_status(&sent.code).unwrap();
        assert_eq!(
            (read.status.as_str(), read.exact),
            (status.as_str(), true),
            "Akinon {sent:?}"
        );
    }
    // Odoo's state does not follow the delivery (its pickings do): preparing, shipped and
    // delivered are all a sales order; the statuses an Odoo state gives round-trip.
    for state in OdooState::ALL {
        let status = odoo_order_status(state, None).status;
        let sent = odoo_state_for(&status).unwrap();
        let read = odoo_order_status(sent.state, Some(sent.locked));
        assert_eq!((read.status, read.exact), (status, true), "Odoo {state:?}");
    }
}

/// An enum that keeps a channel's spelling has no serde rename: its JSON tag is its Rust name,
/// which is what dart-bindgen (and every runtime reading uniffi's names) relies on.
#[test]
fn verbatim_enums_are_tagged_by_their_rust_names() {
    fn check<T: Serialize + Debug>(values: impl IntoIterator<Item = T>) {
        for value in values {
            assert_eq!(tag(&value), format!("{value:?}"));
        }
    }
    check(ShopeeOrderStatus::ALL);
    check(TaobaoPurchaseStatus::ALL);
    check([
        ShopeeCancelBy::buyer,
        ShopeeCancelBy::seller,
        ShopeeCancelBy::system,
        ShopeeCancelBy::Ops,
    ]);
}

/// Each `ALL` lists every variant, in their order (serde's list of the variants).
#[test]
fn every_list_of_values_is_whole() {
    fn whole<T: Serialize + serde::de::DeserializeOwned + Debug>(all: &[T]) {
        let refused = serde_json::from_str::<T>(r#""?""#).unwrap_err().to_string();
        let listed: Vec<String> = all.iter().map(|v| format!("`{}`", tag(v))).collect();
        assert!(
            refused.contains(&format!("expected one of {} ", listed.join(", "))),
            "{refused}"
        );
    }
    whole(&ShopeeOrderStatus::ALL);
    whole(&TaobaoPurchaseStatus::ALL);
    whole(&TaobaoRefundStatus::ALL);
    whole(&AkinonStatus::ALL);
    whole(&OdooState::ALL);
    whole(&STAGES);
}

/// Unknown codes and statuses list the known ones: Akinon's codes, Taobao's refund codes, the
/// workflow's statuses.
#[test]
fn an_unknown_code_or_status_lists_the_known_ones() {
    fn allowed<T: Debug>(result: Result<T, ordercore::Error>, field: &str) -> String {
        let error = result.unwrap_err();
        assert_eq!((error.code(), error.field()), (Code::UnknownValue, field));
        let detail = error.problems().next().unwrap().detail.clone();
        detail.unwrap()
    }
    let codes: Vec<&str> = AkinonStatus::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(allowed(akinon_order_status("x"), "code"), codes.join(", "));
    let codes: Vec<&str> = TaobaoRefundStatus::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(allowed(taobao_refund_status("x"), "code"), codes.join(", "));
    let statuses = statuses(BuiltinWorkflow::CustomerOrder).join(", ");
    assert_eq!(allowed(akinon_code_for("x"), "status"), statuses);
    assert_eq!(allowed(odoo_state_for("x"), "status"), statuses);
}

/// A table past the bound is refused (its entries' duplicates are hidden under it), and only the
/// entries within the bound are compared: a hostile table costs at most the bound squared.
#[test]
fn a_table_past_the_bound_is_refused_cheaply() {
    let entry = OtLineStatusEntry {
        status_id: 1,
        stage: OtLineStage::Waiting,
        deletable: false,
    };
    let table = vec![entry; 100_000];
    let error = ot_line_status(1, &table).unwrap_err();
    assert_eq!((error.code(), error.field()), (Code::TooMany, "table"));
    assert_eq!(error.problems().count(), 1);
}
