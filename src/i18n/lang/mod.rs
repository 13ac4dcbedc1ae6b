//! Each language's texts, one file per language; adding a language is a file here and its
//! [`Locale`] variant.

use super::relative::Words;
use super::Locale;
use crate::error::Code;
use crate::pricing::RejectReason;

mod ar;
mod az;
mod en;
mod ru;
mod th;
mod tr;

/// Every text of one language.
pub(super) struct Texts {
    /// The message for a problem code, without its detail.
    pub(super) problem: fn(Code) -> &'static str,
    /// The word that names an order in a notification (`Order ORD-1: Shipped`).
    pub(super) order: &'static str,
    /// Why an offer code did not apply.
    pub(super) reject_reason: fn(RejectReason) -> &'static str,
    /// How long ago, or how soon.
    pub(super) relative: Words,
}

/// The texts of `locale`.
pub(super) fn of(locale: Locale) -> &'static Texts {
    match locale {
        Locale::En => &en::TEXTS,
        Locale::Ar => &ar::TEXTS,
        Locale::Tr => &tr::TEXTS,
        Locale::Ru => &ru::TEXTS,
        Locale::Az => &az::TEXTS,
        Locale::Th => &th::TEXTS,
    }
}
