//! Checking values against the spec's rules (`pattern`, `minLength`/`maxLength`,
//! `minimum`/`maximum`, `minItems`/`maxItems`) before a request is sent.

use std::collections::BTreeMap;

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
    fn validate(&self, at: &At<'_>) -> Result<(), Violation>;
}

macro_rules! nothing_to_check {
    ($($ty:ty),*) => {$(
        impl Validate for $ty {
            fn validate(&self, _at: &At<'_>) -> Result<(), Violation> {
                Ok(())
            }
        }
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
pub fn check_length(
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
pub fn check_pattern(
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
pub fn check_range(
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
pub fn check_items(
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
