//! Turkish.

use super::Texts;
use crate::error::Code;
use crate::i18n::relative::{Form::*, Phrase, Unit, Words};
use crate::pricing::RejectReason;

/// Every text in this language.
pub(super) static TEXTS: Texts = Texts {
    problem,
    order: "Sipariş",
    reject_reason,
    relative: Words {
        just_now: "az önce",
        past: Phrase {
            before: "",
            after: " önce",
        },
        future: Phrase {
            before: "",
            after: " sonra",
        },
        and: " ",
        minute: Unit {
            forms: &[],
            other: Counted("dakika"),
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
        Code::InvalidJson => "Geçerli bir JSON değil",
        Code::InvalidXml => "Geçerli bir XML değil",
        Code::InvalidType => "Değerin türü yanlış",
        Code::InvalidNumber => "Geçerli bir sayı değil",
        Code::UnknownValue => "İzin verilen değerlerden biri değil",
        Code::UnknownField => "Bilinmeyen alan",
        Code::InvalidValue => "Geçersiz değer",
        Code::Required => "Bu alan zorunludur",
        Code::TooMany => "Öğe sayısı izin verilenden fazla",
        Code::TooLong => "Metin izin verilenden uzun",
        Code::TooDeep => "İç içe geçme derinliği izin verilenden fazla",
        Code::OutOfRange => "Değer izin verilen aralığın dışında",
        Code::NotPositive => "Değer sıfırdan büyük olmalıdır",
        Code::NotWhole => "Değer tam sayı olmalıdır",
        Code::TooPrecise => "Ondalık basamak sayısı izin verilenden fazla",
        Code::InvalidPhone => "Telefon numarası geçersiz",
        Code::UnknownCurrency => "Para birimi kodu bilinmiyor",
        Code::Duplicate => "Değer tekrarlanıyor",
        Code::UnknownLine => "Fiyat teklifinde bu numaralı satır yok",
        Code::ExceedsQuantity => "Miktar, iade edilebilecek kalan miktardan fazla",
        Code::ZeroWeights => "Bir tutar sıfır ağırlıklara dağıtılamaz",
        Code::Overflow => "Değer hesaplanamayacak kadar büyük",
        Code::InconsistentQuote => "Fiyat teklifinin geri kalanıyla uyuşmuyor",
        Code::SealMismatch => {
            "Mühür fiyat teklifiyle eşleşmiyor: teklif değiştirilmiş ya da başka bir anahtarla mühürlenmiş"
        }
        Code::FinalWithExits => "Son durumdan çıkan geçişler var",
        Code::DeadEnd => "Son durum değil, ancak bu durumdan çıkan bir geçiş yok",
        Code::Unreachable => "Bu duruma başlangıç durumundan ulaşılamıyor",
        Code::TransitionNotAllowed => "Siparişin mevcut durumunda buna izin verilmiyor",
        Code::StaleStatus => "Bu artık siparişin durumu değil",
        Code::RepeatedTransition => "Daha önce yapılmış bir değişikliği tekrarlıyor",
        Code::AlreadyRated => "Bu sipariş zaten değerlendirildi",
        Code::Internal => "Kütüphanede iç hata oluştu; lütfen bildirin",
    }
}

fn reject_reason(reason: RejectReason) -> &'static str {
    match reason {
        RejectReason::UnknownCode => "Bu kod mevcut değil",
        RejectReason::WrongMerchant => "Bu kod bu mağazada geçerli değil",
        RejectReason::NotYetValid => "Bu kod henüz geçerli değil",
        RejectReason::Expired => "Bu kodun süresi doldu",
        RejectReason::NotApplicable => "Bu kod bu ürünlerde geçerli değil",
        RejectReason::BelowMinimum => "Sipariş tutarı bu kodun alt limitinin altında",
        RejectReason::NotCombinable => "Müşteri indiriminiz bu kodun indiriminden daha büyük",
    }
}
