//! Points in time (`format: date-time`), read leniently.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDateTime, SecondsFormat, Utc};

/// A point in time with its UTC offset.
///
/// RFC 3339 times are accepted, and so are the looser forms servers send:
/// without seconds (`2022-07-29T14:55Z`), with or without fractional seconds,
/// and with a `Z`, a numeric offset, or none (read as UTC). It is written back
/// as RFC 3339.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(DateTime<FixedOffset>);

impl Timestamp {
    /// The time with the offset it was given in.
    pub fn as_datetime(&self) -> DateTime<FixedOffset> {
        self.0
    }

    /// The time in UTC.
    pub fn to_utc(&self) -> DateTime<Utc> {
        self.0.with_timezone(&Utc)
    }
}

impl From<DateTime<FixedOffset>> for Timestamp {
    fn from(value: DateTime<FixedOffset>) -> Self {
        Timestamp(value)
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(value: DateTime<Utc>) -> Self {
        Timestamp(value.fixed_offset())
    }
}

/// A string that is not a time in any form accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a date-time like 2022-07-29T14:55Z or 2022-07-29T14:55:08+08:00")]
pub struct TimestampParseError(String);

impl FromStr for Timestamp {
    type Err = TimestampParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || TimestampParseError(text.to_owned());
        if let Ok(full) = DateTime::parse_from_rfc3339(text) {
            return Ok(Timestamp(full));
        }
        // Split off the offset: `Z`, `+hh:mm`, `-hhmm`, or nothing (UTC).
        let time_start = text.find(['T', 't', ' ']).ok_or_else(invalid)?;
        let (local, offset) = if let Some(local) = text.strip_suffix(['Z', 'z']) {
            (local, FixedOffset::east_opt(0))
        } else if let Some(sign) = text[time_start..].rfind(['+', '-']) {
            let (local, offset) = text.split_at(time_start + sign);
            (local, parse_offset(offset))
        } else {
            (text, FixedOffset::east_opt(0))
        };
        let offset = offset.ok_or_else(invalid)?;
        let local = local.replacen([' ', 't'], "T", 1);
        let naive = NaiveDateTime::parse_from_str(&local, "%Y-%m-%dT%H:%M:%S%.f")
            .or_else(|_| NaiveDateTime::parse_from_str(&local, "%Y-%m-%dT%H:%M"))
            .map_err(|_| invalid())?;
        naive
            .and_local_timezone(offset)
            .single()
            .map(Timestamp)
            .ok_or_else(invalid)
    }
}

fn parse_offset(text: &str) -> Option<FixedOffset> {
    let sign = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = text[1..].chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 && digits.len() != 2 {
        return None;
    }
    let hours: i32 = digits.get(..2)?.parse().ok()?;
    let minutes: i32 = digits
        .get(2..)
        .filter(|m| !m.is_empty())
        .map_or(Some(0), |m| m.parse().ok())?;
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::AutoSi, true))
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::Timestamp;

    fn utc(text: &str) -> String {
        text.parse::<Timestamp>().unwrap().to_utc().to_rfc3339()
    }

    #[test]
    fn accepts_every_documented_form() {
        assert_eq!(utc("2022-07-29T14:55Z"), "2022-07-29T14:55:00+00:00");
        assert_eq!(utc("2022-07-29T14:55:08Z"), "2022-07-29T14:55:08+00:00");
        assert_eq!(
            utc("2022-07-29T14:55:08.250Z"),
            "2022-07-29T14:55:08.250+00:00"
        );
        assert_eq!(utc("2022-07-29T22:55+08:00"), "2022-07-29T14:55:00+00:00");
        assert_eq!(utc("2022-07-29T22:55:08+0800"), "2022-07-29T14:55:08+00:00");
        assert_eq!(utc("2022-07-29T14:55:08"), "2022-07-29T14:55:08+00:00");
        assert_eq!(utc("2022-07-29T14:55"), "2022-07-29T14:55:00+00:00");
        assert_eq!(utc("2022-07-29 09:55-05:00"), "2022-07-29T14:55:00+00:00");
    }

    #[test]
    fn rejects_what_is_not_a_time() {
        for bad in [
            "",
            "yesterday",
            "2022-07-29",
            "2022-13-29T14:55Z",
            "2022-07-29T14:55+99:00",
        ] {
            let err = bad.parse::<Timestamp>().unwrap_err();
            assert!(err.to_string().contains(&format!("`{bad}`")), "{err}");
        }
    }

    #[test]
    fn keeps_the_offset_and_writes_rfc3339() {
        let t: Timestamp = "2022-07-29T22:55+08:00".parse().unwrap();
        assert_eq!(t.to_string(), "2022-07-29T22:55:00+08:00");
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            "\"2022-07-29T22:55:00+08:00\""
        );
        let back: Timestamp = serde_json::from_str("\"2022-07-29T14:55Z\"").unwrap();
        assert_eq!(back.to_string(), "2022-07-29T14:55:00Z");
    }
}
