//! Identifier newtypes: snapshot ids, arrangement ids and municipality names.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! string_newtype {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The identifier as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

string_newtype!(
    /// A snapshot's id, as typed on the command line (`region-2019`).
    ///
    /// Lowercase ASCII letters, digits and hyphens; checked by validation.
    SnapshotId
);

string_newtype!(
    /// An arrangement's stable id: the same id in every snapshot that lists it.
    ///
    /// Lowercase ASCII letters, digits and hyphens; checked by validation.
    ArrangementId
);

string_newtype!(
    /// A municipality's name as the snapshot declares it in its scope (`Øyer`).
    Municipality
);

/// Whether `s` is a well-formed id: lowercase ASCII letters, digits and single
/// hyphens, starting with a letter or digit.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_rules() {
        assert!(is_valid_id("region-2019"));
        assert!(is_valid_id("glor"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("Glor"));
        assert!(!is_valid_id("a--b"));
        assert!(!is_valid_id("-a"));
        assert!(!is_valid_id("øyer"));
    }
}
