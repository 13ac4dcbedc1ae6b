//! The document readers (`from_xml`), the first byte choosing the document: whatever they read,
//! writing it again either succeeds and reads back the same, or is refused by the document's checks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ordercore::otapi::*;

/// Reads `xml` as a `D`; if it reads and writes again, the text written reads back the same.
macro_rules! round_trip {
    ($d:ty, $xml:expr) => {
        if let Ok(document) = <$d>::from_xml($xml) {
            match document.to_xml() {
                Ok(written) => assert_eq!(<$d>::from_xml(&written).unwrap(), document, "{written}"),
                Err(e) => assert!(!e.is_internal(), "{e}"),
            }
        }
    };
}

fuzz_target!(|data: &[u8]| {
    let Some((first, rest)) = data.split_first() else { return };
    let Ok(xml) = std::str::from_utf8(rest) else { return };
    match first % 6 {
        0 => round_trip!(OrderAddData, xml),
        1 => round_trip!(OrderCreateData, xml),
        2 => round_trip!(OrderSearchParameters, xml),
        3 => round_trip!(OrderLineSearchParameters, xml),
        4 => round_trip!(ProviderParameters, xml),
        _ => round_trip!(BackgroundActivitySearchParameters, xml),
    }
});
