//! Texts for people, in the seeds' languages: problem messages, offer-code rejection reasons and
//! how long ago something happened. Each language's texts are one file of `lang/`.

use serde::{Deserialize, Serialize};

use crate::error::Code;
use crate::pricing::RejectReason;

mod lang;
pub mod plural;
mod relative;

pub use relative::{relative_time, time_ago};

/// A language the library has texts in.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Arabic.
    Ar,
    /// Turkish.
    Tr,
    /// Russian.
    Ru,
    /// Azerbaijani (Latin script).
    Az,
    /// Thai.
    Th,
}

impl Locale {
    /// Every locale, in declaration order.
    pub const ALL: [Locale; 6] = [Locale::En, Locale::Ar, Locale::Tr, Locale::Ru, Locale::Az, Locale::Th];

    /// Its tag: `en`, `ar`, `tr`, `ru`, `az`, `th`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Tr => "tr",
            Locale::Ru => "ru",
            Locale::Az => "az",
            Locale::Th => "th",
        }
    }
}

/// The message for a problem `code`, with its `detail` (a limit, the allowed values) where the
/// message names one.
pub fn problem_message(code: Code, detail: Option<&str>, locale: Locale) -> String {
    let text = (lang::of(locale).problem)(code);
    match detail {
        Some(d) => format!("{text} ({d})"),
        None => text.to_owned(),
    }
}

/// Why an offer code did not apply, for the customer.
pub fn reject_reason_text(reason: RejectReason, locale: Locale) -> &'static str {
    (lang::of(locale).reject_reason)(reason)
}

/// What the shop's staff are told when an order enters a status.
pub fn status_changed_text(order: &str, status_text: &str, locale: Locale) -> String {
    format!("{} {order}: {status_text}", lang::of(locale).order)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    const REASONS: [RejectReason; 7] = [
        RejectReason::UnknownCode,
        RejectReason::WrongMerchant,
        RejectReason::NotYetValid,
        RejectReason::Expired,
        RejectReason::NotApplicable,
        RejectReason::BelowMinimum,
        RejectReason::NotCombinable,
    ];

    /// Every text of `locale`: the problem messages, then the rejection reasons.
    fn texts(locale: Locale) -> Vec<String> {
        let problems = Code::ALL.map(|code| problem_message(code, None, locale));
        let reasons = REASONS.map(|reason| reject_reason_text(reason, locale).to_owned());
        problems.into_iter().chain(reasons).collect()
    }

    #[test]
    fn every_language_has_its_own_text_for_everything() {
        let english = texts(Locale::En);
        for locale in Locale::ALL {
            let texts = texts(locale);
            let distinct: BTreeSet<&String> = texts.iter().collect();
            assert_eq!(distinct.len(), texts.len(), "{locale:?} says two things alike");
            for (text, en) in texts.iter().zip(&english) {
                assert!(!text.trim().is_empty() && text.trim() == text, "{locale:?}: {text:?}");
                assert!(locale == Locale::En || text != en, "{locale:?} left {en:?} in English");
            }
        }
    }

    #[test]
    fn azerbaijani_is_in_the_latin_script() {
        let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
        assert!(texts(Locale::Az).iter().all(|t| !t.chars().any(cyrillic)));
    }

    #[test]
    fn a_detail_follows_the_message_in_turkish_too() {
        assert_eq!(
            problem_message(Code::TooLong, Some("at most 100 characters"), Locale::Tr),
            "Metin izin verilenden uzun (at most 100 characters)"
        );
        assert_eq!(problem_message(Code::Required, None, Locale::Ru), "Обязательное поле");
    }

    #[test]
    fn locales_are_lowercase_tags() {
        let tags: Vec<String> = Locale::ALL.iter().map(|l| serde_json::to_string(l).unwrap()).collect();
        assert_eq!(tags, ["\"en\"", "\"ar\"", "\"tr\"", "\"ru\"", "\"az\"", "\"th\""]);
    }
}
