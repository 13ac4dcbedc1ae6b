//! The OT Platform flow of the seed: add an order, reserve its payment (depositing the shortfall),
//! export it to the provider, synchronise, and find a line by its waybill. The core builds each
//! request and reads each answer; here the answers are the ones in tests/fixtures/otapi, where a
//! host would send `request.encoded` to `<service>/{request.xml_path}` and read what comes back.
//!
//! `cargo run --example ot_flow`

use ordercore::otapi::{self, AddOrderSettings, OtCall, OtClient, OtMethod, OtSessions, ProviderParameters};
use ordercore::otapi::{OrderLineSearchParameters, OtAnswer, Outcome};
use ordercore::pricing::{OrderRequest, PricingRules};
use ordercore::Error;

/// What the platform answers `method` with (a fixture, as the host would receive it).
fn platform(method: OtMethod, fixture: &str) -> Result<OtAnswer, Error> {
    let xml = std::fs::read_to_string(format!("tests/fixtures/otapi/{fixture}")).expect("run from the repository root");
    let answer = otapi::answer(method, &xml)?;
    if answer.outcome == Outcome::Failed {
        eprintln!("{method:?} failed: {:?}", answer.failure);
    }
    Ok(answer)
}

fn main() -> Result<(), Error> {
    let client = OtClient {
        instance_key: "demo-instance-key".into(),
        language: "en".into(),
        sessions: OtSessions {
            operator: Some("op-session-1".into()),
            customer: Some("cust-session-7".into()),
            provider: Some("taobao-session-1".into()),
        },
        signing: None,
    };

    // 1. Add the order: the AddOrder document from an ordercore order and its quote.
    let mut request = OrderRequest::from_json(include_str!("data/seed_request.json"))?;
    request.items[1].units_per_carton = Some(12);
    let quote = ordercore::quote(
        &request,
        &PricingRules::from_json(include_str!("data/seed_rules.json"))?,
    )?;
    let settings = AddOrderSettings {
        delivery_mode_id: "DM-1".into(),
        user_profile_id: Some("123".into()),
    };
    let add_data = otapi::order_add_data(&request, &quote, &settings)?;
    let add = otapi::request(
        &OtCall {
            add_data: Some(add_data),
            ..OtCall::new(OtMethod::AddOrder)
        },
        &client,
    )?;
    println!("POST {} ({} bytes)", add.xml_path, add.encoded.len());
    let order = platform(OtMethod::AddOrder, "add_order.xml")?.order.unwrap_or_default();
    let order_id = order.id.unwrap_or_default();
    println!("order {order_id}: {} items kept", order.items_count.unwrap_or(0));

    // 2. Pay it from the customer's account, depositing the shortfall first.
    let payment = platform(OtMethod::GetSalesPaymentInfo, "payment_info.xml")?
        .payment
        .unwrap_or_default();
    let plan = otapi::payment_plan(&payment)?;
    if !plan.deposit.is_zero() {
        let deposit = OtCall {
            customer_id: plan.customer_id.clone(),
            amount: Some(plan.deposit),
            is_debit: Some(true),
            ..OtCall::new(OtMethod::PostTransaction)
        };
        println!(
            "deposit {}: {}",
            plan.deposit,
            otapi::request(&deposit, &client)?.encoded
        );
    }
    let reserve = OtCall {
        sales_id: Some(order_id.clone()),
        amount: Some(plan.due),
        ..OtCall::new(OtMethod::SalesPaymentReserve)
    };
    println!("reserve {}: {}", plan.due, otapi::request(&reserve, &client)?.encoded);

    // 3. Export it to the provider (every line), then synchronise.
    let export = OtCall {
        provider_type: Some("Taobao".into()),
        provider_parameters: Some(ProviderParameters {
            order_id: Some(order_id.clone()),
            ..ProviderParameters::default()
        }),
        ..OtCall::new(OtMethod::RunOrderExportingToProvider)
    };
    otapi::request(&export, &client)?;
    let activity = platform(OtMethod::RunOrderExportingToProvider, "export_activity.xml")?.activity;
    println!("export running as activity {:?}", activity.and_then(|a| a.id));
    let sync = OtCall {
        provider_type: Some("Taobao".into()),
        ..OtCall::new(OtMethod::RunOrdersSynchronizingWithProvider)
    };
    otapi::request(&sync, &client)?;

    // 4. A parcel arrives: find its lines by the scanned waybill (one SearchOrderLines call), and
    //    see the order's lines by provider order.
    let scanned = "YT1234567890\n";
    let search = OtCall {
        line_search: Some(OrderLineSearchParameters {
            waybills: vec![scanned.trim().into()],
            ..OrderLineSearchParameters::default()
        }),
        frame_size: Some(50),
        ..OtCall::new(OtMethod::SearchOrderLines)
    };
    otapi::request(&search, &client)?;
    let found = platform(OtMethod::SearchOrderLines, "order_lines_by_waybill.xml")?
        .lines
        .unwrap_or_default();
    println!(
        "waybill {}: lines {:?}",
        scanned.trim(),
        found.lines.iter().map(|l| &l.id).collect::<Vec<_>>()
    );
    let details = platform(OtMethod::GetSalesOrderDetailsForOperator, "order_details.xml")?
        .order_details
        .unwrap_or_default();
    for provider_order in otapi::provider_orders(&details.lines).orders {
        println!(
            "provider order {}: {} lines, waybills {:?}",
            provider_order.provider_order_id,
            provider_order.lines.len(),
            provider_order.waybills
        );
    }
    assert_eq!(otapi::lines_by_waybill(&details.lines, scanned)?.len(), 2);
    Ok(())
}
