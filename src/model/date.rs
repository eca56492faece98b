//! Dates as the documents give them: a day, a month, a year, or a range.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

use super::Citation;

/// A calendar date known to a day, a month or a year (`2021-10-01`, `2021-10`,
/// `2021`). Used where a document gives an effective date loosely
/// ("fra oktober 2021").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartialDate {
    /// A whole year.
    Year(i32),
    /// A month of a year.
    Month(i32, u32),
    /// One day.
    Day(NaiveDate),
}

impl PartialDate {
    /// The first day the date may denote.
    pub fn earliest(&self) -> NaiveDate {
        match *self {
            PartialDate::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(NaiveDate::MIN),
            PartialDate::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MIN),
            PartialDate::Day(d) => d,
        }
    }

    /// The last day the date may denote.
    pub fn latest(&self) -> NaiveDate {
        match *self {
            PartialDate::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(NaiveDate::MAX),
            PartialDate::Month(y, m) => {
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                NaiveDate::from_ymd_opt(ny, nm, 1)
                    .and_then(|d| d.pred_opt())
                    .unwrap_or(NaiveDate::MAX)
            }
            PartialDate::Day(d) => d,
        }
    }
}

/// The years a date may have: four digits, from 1000. The one rule for
/// every date samdiff reads (snapshot files, `--as-of`, dates found in an
/// imported document), so import never writes a date validation rejects:
/// year 0000 or `per 1. januar 99999` is a slip, not a date.
pub const YEARS: std::ops::RangeInclusive<i32> = 1000..=9999;

/// Whether `y` is within [`YEARS`].
pub fn is_valid_year(y: i32) -> bool {
    YEARS.contains(&y)
}

/// Why a date string was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateParseError(pub String);

impl fmt::Display for DateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for PartialDate {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            DateParseError(format!(
                "invalid date `{s}`: expected YYYY, YYYY-MM or YYYY-MM-DD with a real calendar day"
            ))
        };
        let parts: Vec<&str> = s.split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if parts[0].parse::<i32>().is_ok_and(|y| !is_valid_year(y)) {
            return Err(bad());
        }
        match parts.as_slice() {
            [y] if digits(y, 4) => Ok(PartialDate::Year(y.parse().map_err(|_| bad())?)),
            [y, m] if digits(y, 4) && digits(m, 2) => {
                let m: u32 = m.parse().map_err(|_| bad())?;
                if (1..=12).contains(&m) {
                    Ok(PartialDate::Month(y.parse().map_err(|_| bad())?, m))
                } else {
                    Err(bad())
                }
            }
            [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
                NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .map(PartialDate::Day)
                    .map_err(|_| bad())
            }
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "A date known to a year (2021), a month (2021-10) or a day (2021-10-01)."
        })
    }
}

/// The date a snapshot describes, with its precision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "precision", rename_all = "snake_case", deny_unknown_fields)]
pub enum AsOf {
    /// The document states the day it describes ("per 1. januar 2021").
    Day {
        /// The day, `YYYY-MM-DD`.
        date: PartialDate,
        /// Where the document says so.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        evidence: Vec<Citation>,
    },
    /// The document is known to a year only.
    Year {
        /// The year, `YYYY`.
        date: PartialDate,
        /// Where the document says so.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        evidence: Vec<Citation>,
    },
    /// An undated document known to lie between two dates (inclusive).
    Range {
        /// The earliest day it can describe.
        from: PartialDate,
        /// The latest day it can describe.
        to: PartialDate,
        /// Why these bounds: institutions it names that existed only from or
        /// until a known date.
        evidence: Vec<Citation>,
    },
}

impl AsOf {
    /// The earliest day this date may denote; snapshots sort by it first.
    pub fn earliest(&self) -> NaiveDate {
        match self {
            AsOf::Day { date, .. } | AsOf::Year { date, .. } => date.earliest(),
            AsOf::Range { from, .. } => from.earliest(),
        }
    }

    /// The latest day this date may denote.
    pub fn latest(&self) -> NaiveDate {
        match self {
            AsOf::Day { date, .. } | AsOf::Year { date, .. } => date.latest(),
            AsOf::Range { to, .. } => to.latest(),
        }
    }

    /// The single year this date falls in, if it is known to one year.
    pub fn year(&self) -> Option<i32> {
        use chrono::Datelike;
        let (a, b) = (self.earliest().year(), self.latest().year());
        (a == b).then_some(a)
    }

    /// Whether the date is a range rather than a day or a year.
    pub fn is_range(&self) -> bool {
        matches!(self, AsOf::Range { .. })
    }
}

impl fmt::Display for AsOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AsOf::Day { date, .. } | AsOf::Year { date, .. } => write!(f, "{date}"),
            AsOf::Range { from, to, .. } => write!(f, "{from}..{to}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!("2021".parse(), Ok(PartialDate::Year(2021)));
        assert_eq!("2021-10".parse(), Ok(PartialDate::Month(2021, 10)));
        let d: PartialDate = "2020-02-29".parse().unwrap();
        assert_eq!(d.to_string(), "2020-02-29");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2021-02-30",
            "2021-13",
            "21",
            "2021-1-01",
            "2021-10-01x",
            "",
            // Issue 15: one year rule for import and validation.
            "0000",
            "0000-01-01",
            "0999-12",
            "99999-01-01",
        ] {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad}");
        }
    }

    #[test]
    fn month_bounds() {
        let d = PartialDate::Month(2021, 12);
        assert_eq!(d.latest().to_string(), "2021-12-31");
        assert_eq!(
            PartialDate::Month(2020, 2).latest().to_string(),
            "2020-02-29"
        );
    }
}
