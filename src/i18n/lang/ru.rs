//! Russian.

use super::Texts;
use crate::error::Code;
use crate::i18n::plural::Category::*;
use crate::i18n::relative::{Form::*, Phrase, Unit, Words};
use crate::pricing::RejectReason;

/// Every text in this language.
pub(super) static TEXTS: Texts = Texts {
    problem,
    order: "Заказ",
    reject_reason,
    relative: Words {
        just_now: "только что",
        past: Phrase {
            before: "",
            after: " назад",
        },
        future: Phrase {
            before: "через ",
            after: "",
        },
        and: " ",
        minute: Unit {
            forms: &[(One, Counted("минуту")), (Few, Counted("минуты"))],
            other: Counted("минут"),
        },
        hour: Unit {
            forms: &[(One, Counted("час")), (Few, Counted("часа"))],
            other: Counted("часов"),
        },
        day: Unit {
            forms: &[(One, Counted("день")), (Few, Counted("дня"))],
            other: Counted("дней"),
        },
    },
};

fn problem(code: Code) -> &'static str {
    match code {
        Code::InvalidJson => "Некорректный JSON",
        Code::InvalidXml => "Некорректный XML",
        Code::InvalidType => "Неверный тип значения",
        Code::InvalidNumber => "Некорректное число",
        Code::UnknownValue => "Значение не входит в число допустимых",
        Code::UnknownField => "Неизвестное поле",
        Code::InvalidValue => "Некорректное значение",
        Code::Required => "Обязательное поле",
        Code::TooMany => "Слишком много элементов",
        Code::TooLong => "Слишком длинный текст",
        Code::TooDeep => "Слишком глубокая вложенность",
        Code::OutOfRange => "Значение вне допустимого диапазона",
        Code::NotPositive => "Значение должно быть больше нуля",
        Code::NotWhole => "Значение должно быть целым числом",
        Code::TooPrecise => "Слишком много знаков после запятой",
        Code::InvalidPhone => "Некорректный номер телефона",
        Code::UnknownCurrency => "Неизвестный код валюты",
        Code::Duplicate => "Значение повторяется",
        Code::UnknownLine => "В расчёте нет строки с таким номером",
        Code::ExceedsQuantity => "Количество больше, чем осталось к возврату",
        Code::ZeroWeights => "Нельзя распределить сумму по нулевым весам",
        Code::Overflow => "Значение слишком велико для вычисления",
        Code::InconsistentQuote => "Не согласуется с остальными данными расчёта",
        Code::SealMismatch => "Подпись не соответствует расчёту: он изменён или подписан другим ключом",
        Code::FinalWithExits => "Из конечного состояния есть переходы",
        Code::DeadEnd => "Состояние не конечное, но из него нет переходов",
        Code::Unreachable => "Это состояние недостижимо из начального",
        Code::TransitionNotAllowed => "Недопустимо в текущем статусе заказа",
        Code::StaleStatus => "Заказ уже не в этом статусе",
        Code::RepeatedTransition => "Повторяет уже выполненное изменение",
        Code::AlreadyRated => "Этот заказ уже оценён",
        Code::Internal => "Внутренняя ошибка библиотеки; пожалуйста, сообщите о ней",
    }
}

fn reject_reason(reason: RejectReason) -> &'static str {
    match reason {
        RejectReason::UnknownCode => "Такого промокода не существует",
        RejectReason::WrongMerchant => "Этот промокод не действует в этом магазине",
        RejectReason::NotYetValid => "Этот промокод ещё не действует",
        RejectReason::Expired => "Срок действия этого промокода истёк",
        RejectReason::NotApplicable => "Этот промокод не распространяется на эти товары",
        RejectReason::BelowMinimum => "Сумма заказа меньше минимальной для этого промокода",
        RejectReason::NotCombinable => "Ваша скидка покупателя больше, чем по этому промокоду",
    }
}
