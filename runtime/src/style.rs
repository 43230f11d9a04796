//! Parameter styles: how OpenAPI's `style` and `explode` write a value, an
//! array or an object into a query, a path segment or a header.

/// How a parameter's value is written: OpenAPI's `style` (with `explode`,
/// given beside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Query: `a=1&a=2` exploded, `a=1,2` not; an object `k=v&k2=v2` or `a=k,v,k2,v2`.
    Form,
    /// Query: `a=1%202`.
    SpaceDelimited,
    /// Query: `a=1|2`.
    PipeDelimited,
    /// Query: an object as `a[k]=v&a[k2]=v2`.
    DeepObject,
    /// Path and headers: `1,2`; an object `k,v,k2,v2`, or `k=v,k2=v2` exploded.
    Simple,
    /// Path: `.1,2`, or `.1.2` exploded.
    Label,
    /// Path: `;a=1,2`, or `;a=1;a=2` exploded.
    Matrix,
}

impl std::fmt::Display for Style {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Style::Form => "form",
            Style::SpaceDelimited => "spaceDelimited",
            Style::PipeDelimited => "pipeDelimited",
            Style::DeepObject => "deepObject",
            Style::Simple => "simple",
            Style::Label => "label",
            Style::Matrix => "matrix",
        })
    }
}

/// A parameter's value as styles see it, its parts not yet encoded.
pub(crate) enum Shape {
    /// Nothing to send (`null`).
    Absent,
    Value(String),
    List(Vec<String>),
    Pairs(Vec<(String, String)>),
}

impl Shape {
    /// `None` when the value nests arrays or objects, which no style writes.
    pub(crate) fn of(value: &serde_json::Value) -> Option<Shape> {
        use serde_json::Value;
        let scalar = |value: &Value| match value {
            Value::String(text) => Some(text.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        };
        Some(match value {
            Value::Null => Shape::Absent,
            Value::Array(items) => Shape::List(items.iter().map(scalar).collect::<Option<_>>()?),
            // `null` properties are left out.
            Value::Object(object) => Shape::Pairs(
                object
                    .iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| Some((k.clone(), scalar(v)?)))
                    .collect::<Option<_>>()?,
            ),
            other => Shape::Value(scalar(other)?),
        })
    }

    /// The pieces of the parameter named `name` (encoded) in `style`: query
    /// `name=value` pieces, or the one text of a path segment or header.
    pub(crate) fn write(
        self,
        name: &str,
        style: Style,
        explode: bool,
        encode: fn(&str) -> String,
    ) -> Vec<String> {
        let join = |items: &[String], separator: &str| {
            items
                .iter()
                .map(|item| encode(item))
                .collect::<Vec<_>>()
                .join(separator)
        };
        let flat = |pairs: &[(String, String)]| -> Vec<String> {
            pairs
                .iter()
                .flat_map(|(k, v)| [k.clone(), v.clone()])
                .collect()
        };
        let assigned = |pairs: &[(String, String)]| -> Vec<String> {
            pairs
                .iter()
                .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                .collect()
        };
        match style {
            Style::Form | Style::SpaceDelimited | Style::PipeDelimited | Style::DeepObject => {
                let separator = match style {
                    Style::SpaceDelimited => "%20",
                    Style::PipeDelimited => "|",
                    _ => ",",
                };
                match self {
                    Shape::Absent => Vec::new(),
                    Shape::Value(value) => vec![format!("{name}={}", encode(&value))],
                    Shape::List(items) if explode => items
                        .iter()
                        .map(|item| format!("{name}={}", encode(item)))
                        .collect(),
                    Shape::List(items) => vec![format!("{name}={}", join(&items, separator))],
                    Shape::Pairs(pairs) if style == Style::DeepObject => pairs
                        .iter()
                        .map(|(k, v)| format!("{name}[{}]={}", encode(k), encode(v)))
                        .collect(),
                    Shape::Pairs(pairs) if explode => assigned(&pairs),
                    Shape::Pairs(pairs) => {
                        vec![format!("{name}={}", join(&flat(&pairs), separator))]
                    }
                }
            }
            Style::Simple | Style::Label | Style::Matrix => {
                let (prefix, exploded) = match style {
                    Style::Label => (".", "."),
                    Style::Matrix => (";", ";"),
                    _ => ("", ","),
                };
                let matrix = style == Style::Matrix;
                let text = match self {
                    Shape::Absent => return Vec::new(),
                    Shape::Value(value) if matrix => format!("{name}={}", encode(&value)),
                    Shape::Value(value) => encode(&value),
                    Shape::List(items) if matrix && explode => items
                        .iter()
                        .map(|item| format!("{name}={}", encode(item)))
                        .collect::<Vec<_>>()
                        .join(";"),
                    Shape::List(items) if matrix => format!("{name}={}", join(&items, ",")),
                    Shape::List(items) => join(&items, if explode { exploded } else { "," }),
                    Shape::Pairs(pairs) if explode => assigned(&pairs).join(exploded),
                    Shape::Pairs(pairs) if matrix => format!("{name}={}", join(&flat(&pairs), ",")),
                    Shape::Pairs(pairs) => join(&flat(&pairs), ","),
                };
                vec![format!("{prefix}{text}")]
            }
        }
    }
}
