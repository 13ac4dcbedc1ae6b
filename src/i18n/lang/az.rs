//! Azerbaijani, in the Latin script.

use super::Texts;
use crate::error::Code;
use crate::i18n::relative::{Form::*, Phrase, Unit, Words};
use crate::pricing::RejectReason;

/// Every text in this language.
pub(super) static TEXTS: Texts = Texts {
    problem,
    order: "Sifariş",
    reject_reason,
    relative: Words {
        just_now: "indicə",
        past: Phrase {
            before: "",
            after: " əvvəl",
        },
        future: Phrase {
            before: "",
            after: " sonra",
        },
        and: " ",
        minute: Unit {
            forms: &[],
            other: Counted("dəqiqə"),
        },
        hour: Unit {
            forms: &[],
            other: Counted("saat"),
        },
        day: Unit {
            forms: &[],
            other: Counted("gün"),
        },
    },
};

fn problem(code: Code) -> &'static str {
    match code {
        Code::InvalidJson => "Düzgün JSON deyil",
        Code::InvalidXml => "Düzgün XML deyil",
        Code::InvalidType => "Dəyərin tipi yanlışdır",
        Code::InvalidNumber => "Düzgün ədəd deyil",
        Code::UnknownValue => "İcazə verilən dəyərlərdən biri deyil",
        Code::UnknownField => "Naməlum sahə",
        Code::InvalidValue => "Yanlış dəyər",
        Code::Required => "Bu sahə mütləq doldurulmalıdır",
        Code::TooMany => "Elementlərin sayı icazə veriləndən çoxdur",
        Code::TooLong => "Mətn icazə veriləndən uzundur",
        Code::TooDeep => "İç-içəlik dərinliyi icazə veriləndən çoxdur",
        Code::OutOfRange => "Dəyər icazə verilən aralıqdan kənardadır",
        Code::NotPositive => "Dəyər sıfırdan böyük olmalıdır",
        Code::NotWhole => "Dəyər tam ədəd olmalıdır",
        Code::TooPrecise => "Vergüldən sonrakı rəqəmlərin sayı icazə veriləndən çoxdur",
        Code::InvalidPhone => "Telefon nömrəsi yanlışdır",
        Code::UnknownCurrency => "Valyuta kodu naməlumdur",
        Code::Duplicate => "Dəyər təkrarlanır",
        Code::UnknownLine => "Qiymət təklifində bu nömrəli sətir yoxdur",
        Code::ExceedsQuantity => "Miqdar geri qaytarılmağa qalan miqdardan çoxdur",
        Code::ZeroWeights => "Məbləği sıfır çəkilər üzrə bölmək mümkün deyil",
        Code::Overflow => "Dəyər hesablamaq üçün çox böyükdür",
        Code::InconsistentQuote => "Qiymət təklifinin qalan hissəsi ilə uyğun gəlmir",
        Code::SealMismatch => "Möhür qiymət təklifinə uyğun gəlmir: təklif dəyişdirilib və ya başqa açarla möhürlənib",
        Code::FinalWithExits => "Son vəziyyətdən çıxan keçidlər var",
        Code::DeadEnd => "Vəziyyət son deyil, lakin ondan heç bir keçid çıxmır",
        Code::Unreachable => "Bu vəziyyətə başlanğıc vəziyyətdən çatmaq mümkün deyil",
        Code::TransitionNotAllowed => "Sifarişin cari statusunda buna icazə verilmir",
        Code::StaleStatus => "Bu artıq sifarişin statusu deyil",
        Code::RepeatedTransition => "Artıq edilmiş dəyişikliyi təkrarlayır",
        Code::AlreadyRated => "Bu sifariş artıq qiymətləndirilib",
        Code::Internal => "Kitabxanada daxili xəta baş verdi; lütfən, bu barədə bildirin",
    }
}

fn reject_reason(reason: RejectReason) -> &'static str {
    match reason {
        RejectReason::UnknownCode => "Belə kod mövcud deyil",
        RejectReason::WrongMerchant => "Bu kod bu mağazada keçərli deyil",
        RejectReason::NotYetValid => "Bu kod hələ keçərli deyil",
        RejectReason::Expired => "Bu kodun müddəti bitib",
        RejectReason::NotApplicable => "Bu kod bu məhsullara şamil edilmir",
        RejectReason::BelowMinimum => "Sifarişin məbləği bu kodun minimum həddindən azdır",
        RejectReason::NotCombinable => "Müştəri endiriminiz bu kodun endirimindən böyükdür",
    }
}
