//! The OT Platform protocol: a 10-item AddOrder document and its whole request built from typed
//! values, the document against the peer a user writes by hand (`push_str`, `write!` and a tiny
//! escape function, no checks), and a 1 000-line `SalesLinesList` answer read from XML and from
//! JSON (throughput in bytes of the answer).

use std::fmt::Write;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ordercore::otapi::{self, OrderAddData, OrderAddItem, OtCall, OtClient, OtMethod, OtSessions};
use rust_decimal::Decimal;

fn add_data(items: usize) -> OrderAddData {
    OrderAddData {
        delivery_mode_id: "DM-1".into(),
        comment: Some("ordercore order 42 — يرجى الاتصال قبل التوصيل".into()),
        user_profile_id: Some("123".into()),
        items: (0..items)
            .map(|i| OrderAddItem {
                id: format!("abb-{}", 522_401 + i),
                configuration_id: Some(format!("3232483:{}", 3_232_480 + i)),
                quantity: 1 + i as u32 % 3,
                weight: Some(Decimal::new(5 + i as i64, 1)),
                comment: Some(format!("{} EGP <gift> & wrap", 5 + i)),
                promotion_id: None,
                price_type: None,
            })
            .collect(),
    }
}

/// The AddOrder document as a user writes it by hand: `push_str`, `write!` for the numbers and a
/// tiny escape function; no checks of any kind.
fn add_data_by_hand(data: &OrderAddData) -> String {
    fn escape(out: &mut String, text: &str) {
        for c in text.chars() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                '\'' => out.push_str("&apos;"),
                '"' => out.push_str("&quot;"),
                '\r' => out.push_str("&#13;"),
                c => out.push(c),
            }
        }
    }
    fn element(out: &mut String, name: &str, text: Option<&str>) {
        if let Some(text) = text.filter(|t| !t.is_empty()) {
            write!(out, "<{name}>").unwrap();
            escape(out, text);
            write!(out, "</{name}>").unwrap();
        }
    }
    let mut out = String::from("<OrderAddData>");
    element(&mut out, "DeliveryModeId", Some(&data.delivery_mode_id));
    element(&mut out, "Comment", data.comment.as_deref());
    element(&mut out, "UserProfileId", data.user_profile_id.as_deref());
    out.push_str("<Items>");
    for item in &data.items {
        out.push_str("<Item>");
        element(&mut out, "Id", Some(&item.id));
        element(&mut out, "ConfigurationId", item.configuration_id.as_deref());
        write!(out, "<Quantity>{}</Quantity>", item.quantity).unwrap();
        if let Some(weight) = item.weight {
            write!(out, "<Weight>{weight}</Weight>").unwrap();
        }
        element(&mut out, "Comment", item.comment.as_deref());
        element(&mut out, "PromotionId", item.promotion_id.as_deref());
        element(&mut out, "PriceType", item.price_type.as_deref());
        out.push_str("</Item>");
    }
    out.push_str("</Items></OrderAddData>");
    out
}

/// A GetSalesOrderDetailsForOperator answer with `lines` lines, every field the reader knows.
fn details_xml(lines: usize) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<SalesOrderDetailsAnswer>\n  <ErrorCode>Ok</ErrorCode>\n  <RequestId>9e0f1c2d</RequestId>\n  <Result>\n    <SalesOrderInfo><Id>ORD-1001</Id><StatusId>30</StatusId><TotalAmount>447.5000</TotalAmount><CurrencyCode>CNY</CurrencyCode><CustId>CUST-77</CustId><IsPaid>true</IsPaid></SalesOrderInfo>\n    <SalesLinesList>\n");
    for i in 0..lines {
        xml.push_str(&format!(
            "      <SalesLine><Id>L-{i}</Id><OrderId>ORD-1001</OrderId><ItemId>abb-{i}</ItemId><ItemTaobaoId>{i}</ItemTaobaoId><ConfigId>3232483:{i}</ConfigId><ConfigText>颜色: 红色; 尺码: M</ConfigText><Qty>2</Qty><PriceCust>100.2500</PriceCust><AmountCust>200.5000</AmountCust><CurrencyCust>CNY</CurrencyCust><PurchPrice>88.00</PurchPrice><PurchDelivery>6.00</PurchDelivery><PurchAmount>182.00</PurchAmount><PurchCurrency>CNY</PurchCurrency><VendNick>好店铺</VendNick><VendId>V-9</VendId><CustComment>gift wrap &lt;please&gt;</CustComment><OperatorComment>checked</OperatorComment><StatusCode>Purchased</StatusCode><StatusId>7</StatusId><StatusName>Sent by seller</StatusName><VendPurchId>P-{}</VendPurchId><VendPurchWaybill>YT{i:010}</VendPurchWaybill><VendPurchAccountId>buyer_account_1</VendPurchAccountId><VendPurchStatus>WAIT_BUYER_CONFIRM_GOODS</VendPurchStatus><VendPurchItemId>{i}</VendPurchItemId><VendPurchConfigurationId>3232483:{i}</VendPurchConfigurationId><VendPurchPromotionId>PROMO-5</VendPurchPromotionId><LineNum>{i}</LineNum><Weight>0.5</Weight><CanBePurchased>false</CanBePurchased><ProviderType>Taobao</ProviderType><PromotionId>PROMO-5</PromotionId></SalesLine>\n",
            i / 3
        ));
    }
    xml.push_str("    </SalesLinesList>\n  </Result>\n</SalesOrderDetailsAnswer>\n");
    xml
}

fn bench(c: &mut Criterion) {
    let data = add_data(10);
    let client = OtClient {
        instance_key: "demo-instance-key".into(),
        language: "en".into(),
        sessions: OtSessions {
            customer: Some("cust-session-7".into()),
            ..OtSessions::default()
        },
        signing: None,
    };
    let call = OtCall {
        add_data: Some(data.clone()),
        ..OtCall::new(OtMethod::AddOrder)
    };
    assert_eq!(
        add_data_by_hand(&data),
        data.to_xml().unwrap(),
        "the peer writes the same document"
    );
    let mut build = c.benchmark_group("otapi_build");
    build.bench_function("order_add_data_10_items", |b| b.iter(|| data.to_xml().unwrap()));
    build.bench_function("order_add_data_10_items_by_hand", |b| {
        b.iter(|| add_data_by_hand(std::hint::black_box(&data)))
    });
    build.bench_function("add_order_request_10_items", |b| {
        b.iter(|| otapi::request(&call, &client).unwrap())
    });
    build.finish();

    let xml = details_xml(1000);
    let answer = otapi::answer(OtMethod::GetSalesOrderDetailsForOperator, &xml).unwrap();
    let json = serde_json::to_string(&serde_json::json!({
        "ErrorCode": "Ok",
        "Result": { "SalesLinesList": answer.order_details.unwrap().lines.iter().map(ot_json).collect::<Vec<_>>() },
    }))
    .unwrap();
    let mut read = c.benchmark_group("otapi_read");
    read.throughput(Throughput::Bytes(xml.len() as u64));
    read.bench_function(format!("sales_lines_1000_xml_{}_bytes", xml.len()), |b| {
        b.iter(|| otapi::answer(OtMethod::GetSalesOrderDetailsForOperator, &xml).unwrap())
    });
    read.throughput(Throughput::Bytes(json.len() as u64));
    read.bench_function(format!("sales_lines_1000_json_{}_bytes", json.len()), |b| {
        b.iter(|| otapi::answer_json(OtMethod::GetSalesOrderDetailsForOperator, &json).unwrap())
    });
    read.finish();
}

/// A line as the JSON endpoint names its members (OT's PascalCase names).
fn ot_json(line: &otapi::SalesLine) -> serde_json::Value {
    let value = serde_json::to_value(line).unwrap();
    let members = value.as_object().unwrap().iter().map(|(k, v)| {
        let name: String = k.split('_').map(|w| w[..1].to_uppercase() + &w[1..]).collect();
        (name, v.clone())
    });
    serde_json::Value::Object(members.collect())
}

criterion_group!(benches, bench);
criterion_main!(benches);
