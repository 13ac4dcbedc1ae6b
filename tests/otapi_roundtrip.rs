//! Property tests of the OT documents: whatever a document holds — any Unicode text, markup
//! characters, line ends, Arabic, Chinese, emoji — reads back exactly as it was built; a character
//! XML cannot carry is an error at its field, never dropped; an answer never panics the reader.

#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, NaiveDateTime};
use ordercore::otapi::*;
use ordercore::Code;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A character XML can carry, often one that needs care: markup, line ends, scripts, emoji.
fn xml_char() -> impl Strategy<Value = char> {
    prop_oneof![
        any::<char>().prop_filter(
            "XML 1.0 characters",
            |&c| matches!(c, '\t' | '\n' | '\r' | ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        ),
        prop::sample::select(vec![
            '<', '>', '&', '"', '\'', '\r', '\n', '\t', ' ', 'ع', 'ب', '中', '文', '😀', '📦', ';', ':'
        ]),
    ]
}

/// A text of 1 to `max` such characters (space alone included).
fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(xml_char(), 1..=max).prop_map(|chars| chars.into_iter().collect::<String>())
}

/// An id: a text that is not only space, without the separators the search document joins lists with.
fn id() -> impl Strategy<Value = String> {
    text(20).prop_filter("an id", |s| !s.trim().is_empty() && !s.contains([';', ':']))
}

fn weight() -> impl Strategy<Value = Decimal> {
    (0i64..=1_000_000_000_000, 0u32..=6).prop_map(|(units, scale)| Decimal::new(units, scale))
}

fn date() -> impl Strategy<Value = NaiveDateTime> {
    (0i64..=253_402_300_799).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap().naive_utc())
}

fn item() -> impl Strategy<Value = OrderAddItem> {
    (
        id(),
        prop::option::of(id()),
        1u32..=1_000_000,
        prop::option::of(weight()),
        prop::option::of(text(40)),
        prop::option::of(id()),
        prop::option::of(id()),
    )
        .prop_map(
            |(id, configuration_id, quantity, weight, comment, promotion_id, price_type)| OrderAddItem {
                id,
                configuration_id,
                quantity,
                weight,
                comment,
                promotion_id,
                price_type,
            },
        )
}

fn add_data() -> impl Strategy<Value = OrderAddData> {
    (
        id(),
        prop::option::of(text(60)),
        prop::option::of(id()),
        prop::collection::vec(item(), 1..5),
    )
        .prop_map(|(delivery_mode_id, comment, user_profile_id, items)| OrderAddData {
            delivery_mode_id,
            comment,
            user_profile_id,
            items,
        })
}

fn order_search() -> impl Strategy<Value = OrderSearchParameters> {
    let dates = (prop::option::of(date()), prop::option::of(date())).prop_map(|(a, b)| match (a, b) {
        (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
        dates => dates,
    });
    let order_by = (id(), prop::bool::ANY).prop_map(|(field, desc)| OrderBy {
        field,
        direction: if desc { SortDirection::Desc } else { SortDirection::Asc },
    });
    (
        dates,
        prop::collection::vec(any::<u32>(), 0..4),
        prop::option::of(id()),
        (prop::option::of(text(30)), prop::option::of(text(30))),
        prop::collection::vec(id(), 0..3),
        prop::option::of(id()),
        prop::collection::vec(id(), 0..3),
        prop::collection::vec(id(), 0..3),
        prop::collection::vec(order_by, 0..3),
    )
        .prop_map(
            |(
                (from, to),
                status_ids,
                id,
                (last_name, city),
                delivery_mode_ids,
                provider_type,
                user_ids,
                order_ids,
                order_by,
            )| {
                OrderSearchParameters {
                    creation_date_from: from,
                    creation_date_to: to,
                    status_ids,
                    id,
                    recipient_last_name: last_name,
                    recipient_city: city,
                    delivery_mode_ids,
                    provider_type,
                    user_ids,
                    order_ids,
                    order_by,
                }
            },
        )
}

fn line_search() -> impl Strategy<Value = OrderLineSearchParameters> {
    (
        prop::option::of(order_search()),
        prop::collection::vec(any::<u32>(), 0..3),
        prop::option::of(prop::bool::ANY),
        prop::collection::vec(id(), 0..3),
        prop::collection::vec(id(), 0..3),
    )
        .prop_map(|(order, status_ids, can_be_purchased, provider_order_ids, waybills)| {
            OrderLineSearchParameters {
                order,
                status_ids,
                can_be_purchased,
                provider_order_ids,
                waybills,
            }
        })
}

fn provider_parameters() -> impl Strategy<Value = ProviderParameters> {
    (
        prop::option::of(id()),
        prop::collection::vec(id(), 0..3),
        prop::collection::vec(id(), 0..3),
        prop::collection::vec(id(), 0..3),
    )
        .prop_map(
            |(order_id, order_line_ids, order_ids, provider_order_ids)| ProviderParameters {
                order_id,
                order_line_ids,
                order_ids,
                provider_order_ids,
            },
        )
}

/// A character XML 1.0 cannot carry.
fn forbidden() -> impl Strategy<Value = char> {
    prop_oneof![
        (0u32..0x20)
            .prop_filter("not a space", |c| ![9, 10, 13].contains(c))
            .prop_map(|c| char::from_u32(c).unwrap()),
        Just('\u{FFFE}'),
        Just('\u{FFFF}'),
    ]
}

proptest! {
    #[test]
    fn order_add_data_reads_back_exactly(data in add_data()) {
        let xml = data.to_xml().unwrap();
        prop_assert_eq!(OrderAddData::from_xml(&xml).unwrap(), data);
    }

    #[test]
    fn order_create_data_reads_back_exactly(
        weight in prop::option::of(weight()), elements in prop::collection::vec(id(), 1..4),
        delivery_mode_id in id(), comment in prop::option::of(text(60)), user_profile_id in prop::option::of(id()),
    ) {
        let data = OrderCreateData { weight, elements, delivery_mode_id, comment, user_profile_id };
        prop_assert_eq!(OrderCreateData::from_xml(&data.to_xml().unwrap()).unwrap(), data);
    }

    #[test]
    fn search_parameters_read_back_exactly(parameters in line_search()) {
        let xml = parameters.to_xml().unwrap();
        prop_assert_eq!(OrderLineSearchParameters::from_xml(&xml).unwrap(), parameters);
    }

    #[test]
    fn provider_parameters_read_back_exactly(parameters in provider_parameters()) {
        prop_assert_eq!(ProviderParameters::from_xml(&parameters.to_xml().unwrap()).unwrap(), parameters);
    }

    #[test]
    fn activity_search_reads_back_exactly(types in prop::collection::vec(id(), 0..4)) {
        let parameters = BackgroundActivitySearchParameters { types };
        prop_assert_eq!(BackgroundActivitySearchParameters::from_xml(&parameters.to_xml().unwrap()).unwrap(), parameters);
    }

    #[test]
    fn a_character_xml_cannot_carry_is_an_error_at_its_field(
        mut data in add_data(), c in forbidden(), at in any::<prop::sample::Index>(), in_item in prop::bool::ANY,
    ) {
        let target = if in_item { &mut data.items[0].id } else { data.comment.get_or_insert_with(|| "note".into()) };
        let mut chars: Vec<char> = target.chars().collect();
        chars.insert(at.index(chars.len() + 1), c);
        *target = chars.into_iter().collect();
        let error = data.to_xml().unwrap_err();
        let field = if in_item { "document.items[0].id" } else { "document.comment" };
        prop_assert!(error.problems().any(|p| p.code == Code::InvalidValue && p.field == field), "{error:?}");
    }

    #[test]
    fn any_text_is_an_answer_or_a_typed_error(text in "\\PC{0,200}", method in 0usize..3) {
        let method = [OtMethod::AddOrder, OtMethod::GetSalesOrderDetailsForOperator, OtMethod::SearchOrderLines][method];
        for answer in [answer(method, &text), answer_json(method, &text)] {
            if let Err(e) = answer {
                prop_assert!(!e.is_internal(), "{e:?}");
            }
        }
    }
}
