//! Points in time (`format: date-time`), read leniently.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, Utc};

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
        match parse_usual(text.as_bytes()) {
            Some(time) => Ok(Timestamp(time)),
            None => parse_any(text),
        }
    }
}

/// The usual forms, read directly without a general parser: `YYYY-MM-DD`,
/// `T` (or `t` or a space), `HH:MM`, optionally `:SS` and then `.` and 1 to 9
/// digits, and `Z` (or `z`), `±HH:MM`, `±HHMM` or nothing (UTC). `None` for
/// anything else, including times that do not exist, which [`parse_any`] then
/// reads or refuses.
fn parse_usual(text: &[u8]) -> Option<DateTime<FixedOffset>> {
    let (date, rest) = text.split_at_checked(10)?;
    let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *date else {
        return None;
    };
    let (time, mut rest) = rest.split_at_checked(6)?;
    let [b'T' | b't' | b' ', h1, h2, b':', n1, n2] = *time else {
        return None;
    };
    let (mut second, mut nano) = (0, 0);
    if let [b':', s1, s2, after @ ..] = rest {
        second = number(&[*s1, *s2])?;
        rest = after;
        if let [b'.', after @ ..] = rest {
            let digits = after.iter().take_while(|b| b.is_ascii_digit()).count();
            if !(1..=9).contains(&digits) {
                return None;
            }
            nano = number(&after[..digits])? * 10u32.pow(9 - digits as u32);
            rest = &after[digits..];
        }
    }
    let offset = match *rest {
        [] | [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] | [sign @ (b'+' | b'-'), h1, h2, m1, m2] => {
            let (hours, minutes) = (number(&[h1, h2])?, number(&[m1, m2])?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let seconds = (hours * 3600 + minutes * 60) as i32;
            if sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    // A leap second (`:60`) is left to the general parser.
    if second > 59 {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(
        number(&[y1, y2, y3, y4])? as i32,
        number(&[m1, m2])?,
        number(&[d1, d2])?,
    )?;
    let time = NaiveTime::from_hms_nano_opt(number(&[h1, h2])?, number(&[n1, n2])?, second, nano)?;
    date.and_time(time)
        .and_local_timezone(FixedOffset::east_opt(offset)?)
        .single()
}

/// The value of ASCII decimal digits; `None` if any is not one.
fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |value, digit| {
        digit
            .is_ascii_digit()
            .then(|| value * 10 + u32::from(digit - b'0'))
    })
}

/// Every accepted form, by chrono's RFC 3339 parser and then piece by piece.
fn parse_any(text: &str) -> Result<Timestamp, TimestampParseError> {
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

/// `+hh:mm`, `-hhmm` or `+hh`, at most 23 hours and 59 minutes.
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
    if minutes > 59 {
        return None;
    }
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
        struct Visitor;

        impl serde::de::Visitor<'_> for Visitor {
            type Value = Timestamp;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date-time string")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Timestamp, E> {
                text.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_any, parse_usual, Timestamp};

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

    #[test]
    fn reads_the_usual_forms_directly() {
        for usual in [
            "2022-07-29T14:55Z",
            "2022-07-29T14:55:08Z",
            "2022-07-29T14:55:08.250Z",
            "2022-07-29T22:55+08:00",
            "2022-07-29T22:55:08+0800",
            "2022-07-29T14:55:08",
            "2022-07-29 09:55-05:00",
            "2022-07-29t14:55z",
        ] {
            assert!(parse_usual(usual.as_bytes()).is_some(), "{usual}");
        }
    }

    #[test]
    fn reads_lowercase_letters_and_a_space_like_the_usual_form() {
        assert_eq!(utc("2022-07-29t14:55:08z"), "2022-07-29T14:55:08+00:00");
        assert_eq!(utc("2022-07-29t14:55z"), "2022-07-29T14:55:00+00:00");
        assert_eq!(
            utc("2022-07-29 22:55:08+08:00"),
            "2022-07-29T14:55:08+00:00"
        );
        assert_eq!(utc("2022-07-29 14:55:08"), "2022-07-29T14:55:08+00:00");
        assert_eq!(
            utc("2022-07-29T14:55:08.123456789Z"),
            "2022-07-29T14:55:08.123456789+00:00"
        );
        assert_eq!(
            utc("2022-07-29T14:55:08.5-0130"),
            "2022-07-29T16:25:08.500+00:00"
        );
        assert_eq!(utc("2024-02-29T10:00Z"), "2024-02-29T10:00:00+00:00");
        assert_eq!(utc("2022-07-29T00:30+23:59"), "2022-07-28T00:31:00+00:00");
    }

    #[test]
    fn rejects_times_that_do_not_exist_and_offsets_out_of_range() {
        for bad in [
            "2023-02-30T10:00Z",
            "2023-02-29T10:00Z",
            "2022-04-31T10:00:00Z",
            "2022-00-10T10:00Z",
            "2022-07-29T24:00Z",
            "2022-07-29T14:60Z",
            "2022-07-29T14:55:61Z",
            "2022-07-29T14:55+24:00",
            "2022-07-29T14:55-2400",
            "2022-07-29T14:55+08:60",
            "2022-07-29T14:55+0860",
            "2022-07-29T14:55:08.Z",
            "2022-07-29T14:55Zz",
            "2022-07-29_14:55Z",
        ] {
            let err = bad.parse::<Timestamp>().unwrap_err();
            assert!(err.to_string().contains(&format!("`{bad}`")), "{err}");
        }
    }

    /// Whatever the direct reading accepts, the general parser reads as the
    /// same time; whatever it leaves, the general parser decides alone.
    #[test]
    fn the_direct_reading_agrees_with_the_general_parser() {
        let dates = [
            "2022-07-29",
            "2024-02-29",
            "2023-02-29",
            "2023-02-30",
            "2022-04-31",
            "2022-13-01",
            "2022-00-10",
            "2022-12-31",
            "0000-01-01",
            "9999-12-31",
            "2022-7-29",
            "20x2-07-29",
        ];
        let separators = ["T", "t", " ", "_"];
        let times = [
            "14:55",
            "00:00",
            "23:59",
            "24:00",
            "14:60",
            "14:55:08",
            "14:55:59",
            "23:59:60",
            "14:55:61",
            "14:55:08.2",
            "14:55:08.250",
            "14:55:08.123456789",
            "14:55:08.1234567890",
            "14:55:08.",
            "14:5",
            "1x:55",
        ];
        let offsets = [
            "", "Z", "z", "+08:00", "-05:00", "+0800", "-0530", "+08", "+23:59", "-23:59",
            "+24:00", "-99:00", "+08:60", "+0860", "-00:00", "+8:00", "Zz", " Z", "+08:0x",
        ];
        let (mut direct, mut total) = (0, 0);
        for date in dates {
            for separator in separators {
                for time in times {
                    for offset in offsets {
                        let text = format!("{date}{separator}{time}{offset}");
                        let general = parse_any(&text).ok().map(|t| t.0);
                        if let Some(usual) = parse_usual(text.as_bytes()) {
                            assert_eq!(Some(usual), general, "{text}");
                            direct += 1;
                        }
                        let parsed = text.parse::<Timestamp>().ok().map(|t| t.0);
                        assert_eq!(parsed, general, "{text}");
                        total += 1;
                    }
                }
            }
        }
        assert!(direct >= 1_000, "{direct} of {total} read directly");
    }
}
