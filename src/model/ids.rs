//! Identifier newtypes: snapshot ids, arrangement ids and municipality names.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::sync::Arc;

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

/// A municipality's name as the snapshot declares it in its scope (`Øyer`).
///
/// Shared rather than copied: a national set names the same few hundred
/// municipalities in every row, so a name read from a file is interned
/// (one allocation per distinct name), which takes a quarter off the memory
/// of a loaded snapshot (issue 16). Compared, ordered and hashed as text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[schemars(transparent)]
pub struct Municipality(pub Arc<str>);

impl Municipality {
    /// The name as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The shared copy of `name`: the same allocation for the same name,
    /// up to `MAX_INTERNED` distinct names per thread (after that, each
    /// gets its own, so no input can make the table grow without bound).
    pub fn interned(name: &str) -> Municipality {
        thread_local! {
            static NAMES: RefCell<HashSet<Arc<str>>> = RefCell::new(HashSet::new());
        }
        NAMES.with(|names| {
            let mut names = names.borrow_mut();
            if let Some(shared) = names.get(name) {
                return Municipality(shared.clone());
            }
            let fresh: Arc<str> = Arc::from(name);
            if names.len() < MAX_INTERNED {
                names.insert(fresh.clone());
            }
            Municipality(fresh)
        })
    }
}

/// How many distinct municipality names a thread shares at most: Norway
/// has 357 municipalities, and documents name counties, former
/// municipalities and bodies outside too.
pub const MAX_INTERNED: usize = 4096;

impl fmt::Display for Municipality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Municipality {
    fn from(s: &str) -> Self {
        Municipality::interned(s)
    }
}

impl From<String> for Municipality {
    fn from(s: String) -> Self {
        Municipality::interned(&s)
    }
}

impl Serialize for Municipality {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Municipality {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Name;
        impl serde::de::Visitor<'_> for Name {
            type Value = Municipality;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Municipality, E> {
                Ok(Municipality::interned(v))
            }
        }
        d.deserialize_str(Name)
    }
}

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
    fn municipalities_share_their_name_and_read_as_text() {
        let a: Municipality = serde_json::from_str("\"Øyer\"").unwrap();
        let b = Municipality::from("Øyer");
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, b);
        assert!(Municipality::from("Alfa") < Municipality::from("Beta"));
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"Øyer\"");
        assert!(serde_json::from_str::<Municipality>("1").is_err());
    }

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
