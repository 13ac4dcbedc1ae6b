//! The OT Platform protocol: every document snapshotted, answers read from the fixtures, hostile
//! answers refused with a typed error, and the seed's whole flow from AddOrder to a waybill.

#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use ordercore::otapi::{self, *};
use ordercore::Code;
use rust_decimal_macros::dec;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/otapi/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn date(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, s)
        .unwrap()
}

fn add_data() -> OrderAddData {
    OrderAddData {
        delivery_mode_id: "DM-1".into(),
        comment: Some("ordercore order 42 — يرجى الاتصال".into()),
        user_profile_id: Some("123".into()),
        items: vec![
            OrderAddItem {
                id: "abb-522401".into(),
                configuration_id: Some("3232483:3232480".into()),
                quantity: 2,
                weight: Some(dec!(0.5)),
                comment: Some("<gift> & \"wrap\" 🎁".into()),
                promotion_id: Some("PROMO-5".into()),
                price_type: Some("Promotion".into()),
            },
            OrderAddItem {
                id: "abb-600100".into(),
                quantity: 1,
                ..OrderAddItem::default()
            },
        ],
    }
}

fn order_search() -> OrderSearchParameters {
    OrderSearchParameters {
        creation_date_from: Some(date(2024, 1, 1, 0, 0, 0)),
        creation_date_to: Some(date(2024, 1, 31, 23, 59, 59)),
        status_ids: vec![20, 30],
        id: Some("ORD-1001".into()),
        recipient_last_name: Some("O'Brien".into()),
        recipient_city: Some("القاهرة".into()),
        delivery_mode_ids: vec!["DM-1".into()],
        provider_type: Some("Taobao".into()),
        user_ids: vec!["123".into(), "456".into()],
        order_ids: vec!["ORD-1001".into()],
        order_by: vec![OrderBy {
            field: "CreationDate".into(),
            direction: SortDirection::Desc,
        }],
    }
}

#[test]
fn every_document_is_written_as_the_reference_gives_it() {
    insta::assert_snapshot!("order_add_data", add_data().to_xml().unwrap());
    let create = OrderCreateData {
        weight: Some(dec!(1.25)),
        elements: vec!["BE-1".into(), "BE-2".into()],
        delivery_mode_id: "DM-1".into(),
        comment: Some("from the basket".into()),
        user_profile_id: Some("123".into()),
    };
    insta::assert_snapshot!("order_create_data", create.to_xml().unwrap());
    insta::assert_snapshot!("order_search_parameters", order_search().to_xml().unwrap());
    let lines = OrderLineSearchParameters {
        order: Some(order_search()),
        status_ids: vec![2, 3],
        can_be_purchased: Some(true),
        provider_order_ids: vec!["P-2024-0001".into()],
        waybills: vec!["YT1234567890".into()],
    };
    insta::assert_snapshot!("order_line_search_parameters", lines.to_xml().unwrap());
    let by_waybill = OrderLineSearchParameters {
        waybills: vec!["YT1234567890".into()],
        ..OrderLineSearchParameters::default()
    };
    insta::assert_snapshot!("order_line_search_by_waybill", by_waybill.to_xml().unwrap());
    let provider = ProviderParameters {
        order_id: Some("ORD-1001".into()),
        order_line_ids: vec!["L-1".into(), "L-2".into()],
        ..ProviderParameters::default()
    };
    insta::assert_snapshot!("provider_parameters", provider.to_xml().unwrap());
    let activities = BackgroundActivitySearchParameters {
        types: vec!["ProviderOrdersIntegrationExporting".into()],
    };
    insta::assert_snapshot!("background_activity_search_parameters", activities.to_xml().unwrap());
}

#[test]
fn a_document_reads_back_as_written() {
    let xml = add_data().to_xml().unwrap();
    assert_eq!(OrderAddData::from_xml(&xml).unwrap(), add_data());
    assert_eq!(
        OrderSearchParameters::from_xml(&order_search().to_xml().unwrap()).unwrap(),
        order_search()
    );
    let error = OrderAddData::from_xml("<Parameters/>").unwrap_err();
    assert_eq!((error.code(), error.field()), (Code::InvalidValue, "xml"));
}

fn client() -> OtClient {
    OtClient {
        instance_key: "demo-instance-key".into(),
        language: "en".into(),
        sessions: OtSessions {
            operator: Some("op-session-1".into()),
            customer: Some("cust-session-7".into()),
            provider: Some("taobao-session-1".into()),
        },
        signing: None,
    }
}

#[test]
fn a_signed_request_carries_the_timestamp_and_the_signature_last() {
    let signing = OtSigning {
        secret: "s3cret".into(),
        timestamp: DateTime::parse_from_rfc3339("2024-01-31T23:59:59Z").unwrap().to_utc(),
    };
    let call = OtCall {
        sales_id: Some("ORD-1001".into()),
        ..OtCall::new(OtMethod::GetSalesPaymentInfo)
    };
    let request = otapi::request(
        &call,
        &OtClient {
            signing: Some(signing),
            ..client()
        },
    )
    .unwrap();
    let names: Vec<&str> = request.parameters.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["instanceKey", "sessionId", "salesId", "timestamp", "signature"]);
    // Independently: printf '%s' 'GetSalesPaymentInfodemo-instance-keyORD-1001op-session-120240131235959s3cret' | sha256sum
    assert_eq!(
        request.parameters[4].value,
        "77cf5906290d5bf54fd0aa29db9e0d663a4c4a2f99809afe004abf1fb8af8735"
    );
    insta::assert_json_snapshot!("signed_request", request);
}

#[test]
fn the_fixtures_read_as_typed_answers() {
    let details = otapi::answer(OtMethod::GetSalesOrderDetailsForOperator, &fixture("order_details.xml")).unwrap();
    insta::assert_json_snapshot!("order_details_answer", details);
    let from_json = otapi::answer_json(
        OtMethod::GetSalesOrderDetailsForOperator,
        &fixture("order_details.json"),
    )
    .unwrap();
    let (xml_lines, json_lines) = (
        &details.order_details.unwrap().lines,
        &from_json.order_details.unwrap().lines,
    );
    assert_eq!(json_lines[0].price_cust, xml_lines[0].price_cust);
    assert_eq!(json_lines[0].vend_purch_waybill, xml_lines[0].vend_purch_waybill);
    assert_eq!(json_lines[1].vend_purch_id, None);
}

/// The code of the error an answer is refused with.
fn refused(method: OtMethod, xml: &str) -> Code {
    otapi::answer(method, xml).unwrap_err().code()
}

#[test]
fn hostile_answers_are_typed_errors() {
    let add = OtMethod::AddOrder;
    assert_eq!(refused(add, &fixture("truncated.xml")), Code::InvalidXml);
    assert_eq!(refused(add, &fixture("billion_laughs.xml")), Code::InvalidXml);
    assert_eq!(refused(add, &fixture("external_entity.xml")), Code::InvalidXml);
    assert_eq!(refused(add, &fixture("undeclared_entity.xml")), Code::InvalidXml);
    let wrong = otapi::answer(OtMethod::GetSalesOrderDetailsForOperator, &fixture("wrong_types.xml")).unwrap_err();
    assert_eq!(wrong.problems().count(), 7);
}

#[test]
fn a_100_mb_answer_is_refused_before_it_is_read() {
    let huge = format!(
        "<A><ErrorCode>Ok</ErrorCode><Result>{}</Result></A>",
        "x".repeat(100 << 20)
    );
    assert_eq!(refused(OtMethod::AddOrder, &huge), Code::TooLong);
    let huge_json = format!(
        "{{\"ErrorCode\":\"Ok\",\"Result\":{{\"Id\":\"{}\"}}}}",
        "x".repeat(100 << 20)
    );
    assert_eq!(
        otapi::answer_json(OtMethod::AddOrder, &huge_json).unwrap_err().code(),
        Code::TooLong
    );
}

#[test]
fn a_10_000_deep_answer_is_refused() {
    let deep = "<a>".repeat(10_000) + &"</a>".repeat(10_000);
    assert_eq!(refused(OtMethod::AddOrder, &deep), Code::TooDeep);
    let deep_json = "{\"a\":".repeat(10_000) + "1" + &"}".repeat(10_000);
    assert_eq!(
        otapi::answer_json(OtMethod::AddOrder, &deep_json).unwrap_err().code(),
        Code::TooDeep
    );
}

#[test]
fn too_many_elements_are_refused() {
    let wide = format!(
        "<A><ErrorCode>Ok</ErrorCode><Result>{}</Result></A>",
        "<Id/>".repeat(MAX_ELEMENTS)
    );
    assert_eq!(refused(OtMethod::AddOrder, &wide), Code::TooMany);
}

/// The seed's flow, as the README walks it: add an order, reserve its payment (depositing the
/// shortfall), export it, synchronise, find a line by its waybill.
#[test]
fn the_seeds_flow() {
    let client = client();
    let add = otapi::request(
        &OtCall {
            add_data: Some(add_data()),
            ..OtCall::new(OtMethod::AddOrder)
        },
        &client,
    )
    .unwrap();
    assert_eq!(add.parameters[2].value, "cust-session-7");
    let order = otapi::answer(OtMethod::AddOrder, &fixture("add_order.xml"))
        .unwrap()
        .order
        .unwrap();
    let payment = otapi::answer(OtMethod::GetSalesPaymentInfo, &fixture("payment_info.xml"))
        .unwrap()
        .payment
        .unwrap();
    let plan = otapi::payment_plan(&payment).unwrap();
    assert_eq!(
        (plan.due, plan.reservable, plan.deposit),
        (dec!(447.50), dec!(100.00), dec!(347.50))
    );
    let deposit = OtCall {
        customer_id: plan.customer_id.clone(),
        amount: Some(plan.deposit),
        is_debit: Some(true),
        ..OtCall::new(OtMethod::PostTransaction)
    };
    assert!(otapi::request(&deposit, &client)
        .unwrap()
        .encoded
        .contains("isDebit=true"));
    let export = OtCall {
        provider_type: Some("Taobao".into()),
        provider_parameters: Some(ProviderParameters {
            order_id: order.id.clone(),
            ..ProviderParameters::default()
        }),
        ..OtCall::new(OtMethod::RunOrderExportingToProvider)
    };
    assert!(otapi::request(&export, &client).is_ok());
    let details = otapi::answer(OtMethod::GetSalesOrderDetailsForOperator, &fixture("order_details.xml"))
        .unwrap()
        .order_details
        .unwrap();
    let found = otapi::lines_by_waybill(&details.lines, " YT1234567890\n").unwrap();
    assert_eq!(found.len(), 2);
    assert_eq!(otapi::provider_orders(&details.lines).orders.len(), 2);
}
