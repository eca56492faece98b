//! Identifier newtypes: snapshot ids, arrangement ids and municipality names.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};

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
/// once for the whole process (one allocation per distinct name), which
/// takes a quarter off the memory of a loaded snapshot (issue 16). An
/// interned name is copied as a pointer, without a reference count: two
/// threads diffing a register copy the same few names a million times,
/// and a shared count made each copy wait for the other core. Names past
/// `MAX_INTERNED` (or longer than `MAX_INTERNED_LEN` bytes) are counted
/// copies instead, so no input makes the table grow without bound.
/// Compared, ordered and hashed as text.
#[derive(Clone)]
pub struct Municipality(Name);

/// The two ways a [`Municipality`] holds its name. Both are one thin
/// pointer, so a name is as small as a `&str`.
#[derive(Clone)]
enum Name {
    /// In the process's table of names, for as long as the process runs.
    Interned(&'static String),
    /// Its own counted copy.
    Counted(Arc<String>),
}

impl Municipality {
    /// The name as a string slice.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Name::Interned(s) => s,
            Name::Counted(s) => s,
        }
    }

    /// The shared copy of `name`: the same allocation for the same name,
    /// up to `MAX_INTERNED` distinct names per process.
    pub fn interned(name: &str) -> Municipality {
        thread_local! {
            /// The process table's names this thread has looked up: most
            /// lookups take no lock.
            static SEEN: RefCell<HashMap<&'static str, &'static String>> =
                RefCell::new(HashMap::new());
        }
        if let Some(s) = SEEN.with(|seen| seen.borrow().get(name).copied()) {
            return Municipality(Name::Interned(s));
        }
        match intern(name) {
            Some(s) => {
                SEEN.with(|seen| seen.borrow_mut().insert(s, s));
                Municipality(Name::Interned(s))
            }
            None => Municipality(Name::Counted(Arc::new(name.to_owned()))),
        }
    }
}

/// `name` in the process's table of names, added if there is room.
fn intern(name: &str) -> Option<&'static String> {
    static TABLE: Mutex<Option<HashMap<&'static str, &'static String>>> = Mutex::new(None);
    let mut table = TABLE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let table = table.get_or_insert_with(HashMap::new);
    if let Some(s) = table.get(name) {
        return Some(s);
    }
    if table.len() >= MAX_INTERNED || name.len() > MAX_INTERNED_LEN {
        return None;
    }
    let s: &'static String = Box::leak(Box::new(name.to_owned()));
    table.insert(s, s);
    Some(s)
}

/// How many distinct municipality names the process shares at most:
/// Norway has 357 municipalities, and documents name counties, former
/// municipalities and bodies outside too.
pub const MAX_INTERNED: usize = 4096;

/// The longest name (in bytes) the process's table takes.
pub const MAX_INTERNED_LEN: usize = 128;

impl PartialEq for Municipality {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            // The table holds each name once.
            (Name::Interned(a), Name::Interned(b)) => std::ptr::eq(*a, *b),
            _ => self.as_str() == other.as_str(),
        }
    }
}

impl Eq for Municipality {}

impl PartialOrd for Municipality {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Municipality {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        if let (Name::Interned(a), Name::Interned(b)) = (&self.0, &other.0)
            && std::ptr::eq(*a, *b)
        {
            return std::cmp::Ordering::Equal;
        }
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Municipality {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for Municipality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Municipality").field(&self.as_str()).finish()
    }
}

impl JsonSchema for Municipality {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        String::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

impl fmt::Display for Municipality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
        s.serialize_str(self.as_str())
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
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        assert_eq!(a, b);
        assert!(Municipality::from("Alfa") < Municipality::from("Beta"));
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"Øyer\"");
        assert!(serde_json::from_str::<Municipality>("1").is_err());
    }

    #[test]
    fn a_name_outside_the_table_is_compared_ordered_and_hashed_as_text() {
        let long = "x".repeat(MAX_INTERNED_LEN + 1);
        let (a, b) = (
            Municipality::from(long.as_str()),
            Municipality::from(long.clone()),
        );
        assert!(!std::ptr::eq(a.as_str(), b.as_str()));
        assert_eq!(a, b);
        assert_eq!(a.cmp(&b), std::cmp::Ordering::Equal);
        assert!(Municipality::from("Øyer") > a);
        let set: std::collections::HashSet<Municipality> = [a, b].into_iter().collect();
        assert_eq!(set.len(), 1);
        assert_eq!(
            format!("{:?}", Municipality::from("Øyer")),
            "Municipality(\"Øyer\")"
        );
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
