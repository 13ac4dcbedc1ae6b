//! Every OT method, for a fuzz input's first byte to choose from.

use ordercore::otapi::OtMethod;

/// The method the first byte names, and the rest as text.
pub fn split(data: &[u8]) -> Option<(OtMethod, &str)> {
    let (first, rest) = data.split_first()?;
    let method = OtMethod::ALL[usize::from(*first) % OtMethod::ALL.len()];
    Some((method, std::str::from_utf8(rest).ok()?))
}
