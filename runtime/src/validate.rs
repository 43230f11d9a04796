//! Checking values against the spec's rules (`pattern`, `minLength`/`maxLength`,
//! `minimum`/`maximum`, `minItems`/`maxItems`) before a request is sent.

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Where a value sits in a request: `option.appProperties[3].name`.
#[derive(Debug, Clone, Copy)]
pub struct At<'a> {
    parent: Option<&'a At<'a>>,
    segment: Segment<'a>,
}

#[derive(Debug, Clone, Copy)]
enum Segment<'a> {
    Name(&'a str),
    Index(usize),
    Key(&'a str),
}

impl<'a> At<'a> {
    /// A top-level input, as named in the spec.
    pub fn root(name: &'a str) -> At<'a> {
        At {
            parent: None,
            segment: Segment::Name(name),
        }
    }

    /// The JSON body of a request, whose properties are named as they are.
    pub fn body() -> At<'static> {
        At {
            parent: None,
            segment: Segment::Name(""),
        }
    }

    /// A property of this value.
    pub fn field<'b>(&'b self, name: &'b str) -> At<'b> {
        At {
            parent: Some(self),
            segment: Segment::Name(name),
        }
    }

    /// An item of this array.
    pub fn index<'b>(&'b self, index: usize) -> At<'b> {
        At {
            parent: Some(self),
            segment: Segment::Index(index),
        }
    }

    /// An entry of this map.
    pub fn key<'b>(&'b self, key: &'b str) -> At<'b> {
        At {
            parent: Some(self),
            segment: Segment::Key(key),
        }
    }

    fn render(&self) -> String {
        let mut out = self.parent.map(At::render).unwrap_or_default();
        match self.segment {
            Segment::Name(name) if out.is_empty() => out.push_str(name),
            Segment::Name(name) => {
                out.push('.');
                out.push_str(name);
            }
            Segment::Index(index) => out.push_str(&format!("[{index}]")),
            Segment::Key(key) => out.push_str(&format!("[{key:?}]")),
        }
        out
    }
}

/// A value that breaks one of the spec's rules.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{field}` {rule}")]
pub struct Violation {
    /// Where the value is, with names as in the spec (`option.appProperties`).
    pub field: String,
    /// The rule and the value that broke it.
    pub rule: String,
}

impl Violation {
    fn new(at: &At<'_>, rule: String) -> Violation {
        Violation {
            field: at.render(),
            rule,
        }
    }

    /// The error of a call of `operation_id` refused for this violation.
    pub fn into_error(self, operation_id: &'static str) -> crate::Error {
        crate::Error::InvalidInput {
            operation_id,
            field: self.field,
            rule: self.rule,
        }
    }
}

/// Values that can be checked against the spec's rules. Generated models
/// implement it; `send` checks every input before anything goes on the wire.
pub trait Validate {
    /// Checks the value's own rules: by default there are none.
    fn validate(&self, _at: &At<'_>) -> Result<(), Violation> {
        Ok(())
    }
}

/// The spec's rules for one value where it is used (`minLength`, `pattern`,
/// `minimum`, `maxItems`...), built in a `static` so that a pattern is compiled
/// once:
///
/// ```
/// use openapi_runtime::{At, Rules};
///
/// static NAME: Rules = Rules::new().min_length(1).pattern("^[a-z]+$");
/// assert!(NAME.check("rex", &At::root("name")).is_ok());
/// let violation = NAME.check("Rex", &At::root("name")).unwrap_err();
/// assert_eq!(violation.to_string(), "`name` must match the pattern `^[a-z]+$`, got \"Rex\"");
/// ```
#[derive(Debug)]
pub struct Rules {
    min_length: Option<usize>,
    max_length: Option<usize>,
    pattern: Option<&'static str>,
    minimum: Option<f64>,
    maximum: Option<f64>,
    min_items: Option<usize>,
    max_items: Option<usize>,
    regex: OnceLock<regex::Regex>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules::new()
    }
}

impl Rules {
    /// No rules.
    pub const fn new() -> Rules {
        Rules {
            min_length: None,
            max_length: None,
            pattern: None,
            minimum: None,
            maximum: None,
            min_items: None,
            max_items: None,
            regex: OnceLock::new(),
        }
    }

    /// The fewest characters a string may have.
    pub const fn min_length(mut self, min: usize) -> Rules {
        self.min_length = Some(min);
        self
    }

    /// The most characters a string may have.
    pub const fn max_length(mut self, max: usize) -> Rules {
        self.max_length = Some(max);
        self
    }

    /// A regular expression (Rust's `regex` syntax) that strings must match somewhere.
    pub const fn pattern(mut self, pattern: &'static str) -> Rules {
        self.pattern = Some(pattern);
        self
    }

    /// The smallest a number may be.
    pub const fn minimum(mut self, min: f64) -> Rules {
        self.minimum = Some(min);
        self
    }

    /// The largest a number may be.
    pub const fn maximum(mut self, max: f64) -> Rules {
        self.maximum = Some(max);
        self
    }

    /// The fewest items a list may have.
    pub const fn min_items(mut self, min: usize) -> Rules {
        self.min_items = Some(min);
        self
    }

    /// The most items a list may have.
    pub const fn max_items(mut self, max: usize) -> Rules {
        self.max_items = Some(max);
        self
    }

    /// Checks `value`, located at `at`, against these rules.
    pub fn check<T: Check + ?Sized>(&self, value: &T, at: &At<'_>) -> Result<(), Violation> {
        value.check(self, at)
    }

    fn check_str(&self, value: &str, at: &At<'_>) -> Result<(), Violation> {
        if self.min_length.is_some() || self.max_length.is_some() {
            check_length(at, value, self.min_length, self.max_length)?;
        }
        if let Some(pattern) = self.pattern {
            // An invalid pattern never reaches here: the generator refuses it.
            let regex = self.regex.get_or_init(|| {
                regex::Regex::new(pattern).unwrap_or_else(|_| regex::Regex::new("").unwrap())
            });
            check_pattern(at, value, regex, pattern)?;
        }
        Ok(())
    }

    fn check_number(&self, value: f64, at: &At<'_>) -> Result<(), Violation> {
        if self.minimum.is_some() || self.maximum.is_some() {
            check_range(at, value, self.minimum, self.maximum)?;
        }
        Ok(())
    }
}

/// Values the [`Rules`] of a place apply to.
pub trait Check {
    /// Checks this value, located at `at`, against `rules`.
    fn check(&self, rules: &Rules, at: &At<'_>) -> Result<(), Violation>;
}

impl Check for str {
    fn check(&self, rules: &Rules, at: &At<'_>) -> Result<(), Violation> {
        rules.check_str(self, at)
    }
}

impl Check for String {
    fn check(&self, rules: &Rules, at: &At<'_>) -> Result<(), Violation> {
        rules.check_str(self, at)
    }
}

/// A date-time is checked by its text, as it is sent.
impl Check for crate::Timestamp {
    fn check(&self, rules: &Rules, at: &At<'_>) -> Result<(), Violation> {
        rules.check_str(&self.to_string(), at)
    }
}

macro_rules! numbers {
    ($($ty:ty),*) => {$(
        impl Check for $ty {
            fn check(&self, rules: &Rules, at: &At<'_>) -> Result<(), Violation> {
                rules.check_number(*self as f64, at)
            }
        }
    )*};
}

numbers!(i32, i64, f32, f64);

impl<T> Check for Vec<T> {
    fn check(&self, rules: &Rules, at: &At<'_>) -> Result<(), Violation> {
        if rules.min_items.is_some() || rules.max_items.is_some() {
            check_items(at, self.len(), rules.min_items, rules.max_items)?;
        }
        Ok(())
    }
}

impl<T: Check> Check for Option<T> {
    fn check(&self, rules: &Rules, at: &At<'_>) -> Result<(), Violation> {
        self.as_ref().map_or(Ok(()), |value| value.check(rules, at))
    }
}

macro_rules! nothing_to_check {
    ($($ty:ty),*) => {$(
        impl Validate for $ty {}
    )*};
}

nothing_to_check!(
    String,
    bool,
    i32,
    i64,
    f32,
    f64,
    crate::Timestamp,
    serde_json::Value
);

impl<T: Validate + ?Sized> Validate for Box<T> {
    fn validate(&self, at: &At<'_>) -> Result<(), Violation> {
        (**self).validate(at)
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate(&self, at: &At<'_>) -> Result<(), Violation> {
        self.as_ref().map_or(Ok(()), |value| value.validate(at))
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self, at: &At<'_>) -> Result<(), Violation> {
        self.iter()
            .enumerate()
            .try_for_each(|(i, item)| item.validate(&at.index(i)))
    }
}

impl<T: Validate> Validate for BTreeMap<String, T> {
    fn validate(&self, at: &At<'_>) -> Result<(), Violation> {
        self.iter()
            .try_for_each(|(key, value)| value.validate(&at.key(key)))
    }
}

/// `minLength` / `maxLength`, counted in characters.
fn check_length(
    at: &At<'_>,
    value: &str,
    min: Option<usize>,
    max: Option<usize>,
) -> Result<(), Violation> {
    let length = value.chars().count();
    if let Some(min) = min.filter(|min| length < *min) {
        return Err(Violation::new(
            at,
            format!("must be at least {min} characters long (minLength), got {length}"),
        ));
    }
    if let Some(max) = max.filter(|max| length > *max) {
        return Err(Violation::new(
            at,
            format!("must be at most {max} characters long (maxLength), got {length}"),
        ));
    }
    Ok(())
}

/// `pattern`.
fn check_pattern(
    at: &At<'_>,
    value: &str,
    regex: &regex::Regex,
    pattern: &str,
) -> Result<(), Violation> {
    if regex.is_match(value) {
        Ok(())
    } else {
        Err(Violation::new(
            at,
            format!("must match the pattern `{pattern}`, got {value:?}"),
        ))
    }
}

/// `minimum` / `maximum`.
fn check_range(
    at: &At<'_>,
    value: f64,
    min: Option<f64>,
    max: Option<f64>,
) -> Result<(), Violation> {
    if let Some(min) = min.filter(|min| value < *min) {
        return Err(Violation::new(
            at,
            format!("must be at least {min} (minimum), got {value}"),
        ));
    }
    if let Some(max) = max.filter(|max| value > *max) {
        return Err(Violation::new(
            at,
            format!("must be at most {max} (maximum), got {value}"),
        ));
    }
    Ok(())
}

/// `minItems` / `maxItems`.
fn check_items(
    at: &At<'_>,
    count: usize,
    min: Option<usize>,
    max: Option<usize>,
) -> Result<(), Violation> {
    if let Some(min) = min.filter(|min| count < *min) {
        return Err(Violation::new(
            at,
            format!("must have at least {min} items (minItems), got {count}"),
        ));
    }
    if let Some(max) = max.filter(|max| count > *max) {
        return Err(Violation::new(
            at,
            format!("must have at most {max} items (maxItems), got {count}"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_like_the_json() {
        let root = At::root("option");
        let list = root.field("appProperties");
        let item = list.index(3);
        let map = item.field("labels");
        assert_eq!(item.field("name").render(), "option.appProperties[3].name");
        assert_eq!(
            map.key("a b").render(),
            "option.appProperties[3].labels[\"a b\"]"
        );
    }

    #[test]
    fn rules_name_the_field_the_rule_and_the_value() {
        let at = At::root("name");
        assert_eq!(
            check_length(&at, "ab", Some(3), None)
                .unwrap_err()
                .to_string(),
            "`name` must be at least 3 characters long (minLength), got 2"
        );
        assert_eq!(check_length(&at, "日本語", None, Some(3)), Ok(()));
        assert_eq!(
            check_range(&at, 0.0, Some(1.0), None).unwrap_err().rule,
            "must be at least 1 (minimum), got 0"
        );
        assert_eq!(
            check_items(&at, 4, None, Some(3)).unwrap_err().rule,
            "must have at most 3 items (maxItems), got 4"
        );
        let regex = regex::Regex::new("^[a-z]+$").unwrap();
        assert_eq!(
            check_pattern(&at, "A", &regex, "^[a-z]+$")
                .unwrap_err()
                .rule,
            "must match the pattern `^[a-z]+$`, got \"A\""
        );
    }
}
