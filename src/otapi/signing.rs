//! Request signing: `signature = hex(sha256(<Method> + <every value, by its parameter's name> +
//! <secret>))`, over every parameter sent (`instanceKey` and `timestamp` included).

use sha2::{Digest, Sha256};

use super::requests::OtParameter;

/// The lowercase hex SHA-256 of the method, the parameters' values in the order of their names
/// (byte order), and the secret.
pub(crate) fn signature(method: &str, parameters: &[OtParameter], secret: &str) -> String {
    let mut sorted: Vec<&OtParameter> = parameters.iter().collect();
    crate::sort::sort_by(&mut sorted, |a, b| a.name.cmp(&b.name));
    let mut hash = Sha256::new();
    hash.update(method.as_bytes());
    for p in sorted {
        hash.update(p.value.as_bytes());
    }
    hash.update(secret.as_bytes());
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parameter(name: &str, value: &str) -> OtParameter {
        OtParameter {
            name: name.into(),
            value: value.into(),
        }
    }

    /// The digest computed independently, by coreutils:
    /// `printf '%s' 'GetSalesPaymentInfokeyORD-1sid20240131235959secret' | sha256sum`.
    #[test]
    fn the_signature_is_the_sha256_of_the_values_in_the_order_of_their_names() {
        let parameters = [
            parameter("instanceKey", "key"),
            parameter("sessionId", "sid"),
            parameter("salesId", "ORD-1"),
            parameter("timestamp", "20240131235959"),
        ];
        assert_eq!(
            signature("GetSalesPaymentInfo", &parameters, "secret"),
            "15753569d6e4c656f8bb49d9c27c691903bf04ee7867ed86bae5259132650ffe"
        );
    }
}
