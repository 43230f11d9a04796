//! Reading a generated model of an object: [`deserialize_object!`], a
//! `Deserialize` impl that reads the object's properties one by one into its
//! fields, with what does not depend on the model in generic functions here.
//!
//! serde's derive writes, for each model, a field enum and its visitor, a
//! visitor reading the object as a map and another reading it as a sequence,
//! about forty lines a field; rustc spends most of a large client's check on
//! them. An object in an HTTP body is a map, so the impl reads only a map:
//! a line or two a field.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

/// A model read from the properties of an object: what
/// [`deserialize_object!`] implements.
#[doc(hidden)]
pub trait FromProperties: Sized {
    /// The model's name, for errors (`expected struct Name`).
    const NAME: &'static str;

    /// The model from the rest of `map`, the object's properties.
    fn from_properties<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// Reads a [`FromProperties`] model from an object.
#[doc(hidden)]
pub fn deserialize_object<'de, T: FromProperties, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    struct Object<T>(PhantomData<T>);

    impl<'de, T: FromProperties> Visitor<'de> for Object<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "struct {}", T::NAME)
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::from_properties(map)
        }
    }

    deserializer.deserialize_map(Object(PhantomData))
}

/// A property's name, borrowed from the input where it can be.
#[doc(hidden)]
pub struct Key<'de>(pub Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a property name")
            }

            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(value)))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(value.to_owned())))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(value)))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

/// The next property's name, `None` after the last.
#[doc(hidden)]
pub fn next_key<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Key<'de>>, A::Error> {
    map.next_key()
}

/// Reads the value of the property `name` into `slot`; a property given
/// twice is an error, as with serde's derive.
#[doc(hidden)]
pub fn read<'de, T: de::Deserialize<'de>, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of a property the model does not have.
#[doc(hidden)]
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// The value of the required property `name`, an error when it was absent.
#[doc(hidden)]
pub fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// `Deserialize` for a struct whose fields are read from the properties of
/// an object: `field: "name"` for a required property, `field: "name"
/// optional` for one whose field is an `Option` (absent or `null`: `None`).
/// Properties the struct does not have are skipped; a missing required
/// property or one given twice is an error naming it.
///
/// ```
/// use openapi_runtime::__private::{serde, serde_json};
///
/// #[derive(Debug, PartialEq)]
/// pub struct Pet {
///     pub name: String,
///     pub r#type: Option<String>,
/// }
/// openapi_runtime::deserialize_object!(Pet { name: "name", r#type: "type" optional });
///
/// let pet: Pet = serde_json::from_str(r#"{"name": "Rex", "age": 3}"#).unwrap();
/// assert_eq!(pet, Pet { name: "Rex".to_owned(), r#type: None });
/// let error = serde_json::from_str::<Pet>(r#"{"type": "dog"}"#).unwrap_err();
/// assert!(error.to_string().starts_with("missing field `name`"), "{error}");
/// ```
#[macro_export]
macro_rules! deserialize_object {
    ($name:ident { $($field:ident: $json:literal $($optional:ident)?),* $(,)? }) => {
        impl $crate::__private::object::FromProperties for $name {
            const NAME: &'static str = ::std::stringify!($name);

            fn from_properties<'de, A: $crate::__private::serde::de::MapAccess<'de>>(
                mut map: A,
            ) -> ::std::result::Result<Self, A::Error> {
                $(let mut $field = ::std::option::Option::None;)*
                while let ::std::option::Option::Some(key) =
                    $crate::__private::object::next_key(&mut map)?
                {
                    match &*key.0 {
                        $($json => $crate::__private::object::read(&mut $field, &mut map, $json)?,)*
                        _ => $crate::__private::object::skip(&mut map)?,
                    }
                }
                ::std::result::Result::Ok(Self {
                    $($field: $crate::deserialize_object!(@take $field $json $($optional)?),)*
                })
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $crate::__private::object::deserialize_object(deserializer)
            }
        }
    };
    (@take $field:ident $json:literal) => {
        $crate::__private::object::required($field, $json)?
    };
    (@take $field:ident $json:literal optional) => {
        $field.unwrap_or(::std::option::Option::None)
    };
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[derive(Debug, PartialEq, Default)]
    struct Pet {
        name: String,
        tags: Option<Vec<String>>,
        owner: Option<Box<Pet>>,
    }
    crate::deserialize_object!(Pet { name: "name", tags: "tags" optional, owner: "owner" optional });

    fn read(value: serde_json::Value) -> Result<Pet, String> {
        serde_json::from_value(value).map_err(|e| e.to_string())
    }

    #[test]
    fn properties_are_read_into_their_fields_and_others_skipped() {
        let pet = read(json!({"name": "Rex", "tags": ["a"], "age": 3, "owner": {"name": "Ann"}}));
        let owner = Pet {
            name: "Ann".to_owned(),
            ..Pet::default()
        };
        assert_eq!(
            pet,
            Ok(Pet {
                name: "Rex".to_owned(),
                tags: Some(vec!["a".to_owned()]),
                owner: Some(Box::new(owner)),
            })
        );
    }

    #[test]
    fn an_optional_property_absent_or_null_is_none() {
        let expected = Ok(Pet {
            name: "Rex".to_owned(),
            ..Pet::default()
        });
        assert_eq!(read(json!({"name": "Rex"})), expected);
        assert_eq!(read(json!({"name": "Rex", "tags": null})), expected);
    }

    #[test]
    fn errors_name_the_property_and_the_model() {
        let missing = read(json!({"tags": []})).unwrap_err();
        assert_eq!(missing, "missing field `name`");
        let twice = serde_json::from_str::<Pet>(r#"{"name": "a", "name": "b"}"#).unwrap_err();
        assert!(
            twice.to_string().starts_with("duplicate field `name`"),
            "{twice}"
        );
        let wrong = read(json!({"name": 1})).unwrap_err();
        assert!(wrong.contains("expected a string"), "{wrong}");
        let array = read(json!(["Rex"])).unwrap_err();
        assert!(array.contains("expected struct Pet"), "{array}");
    }

    #[test]
    fn an_escaped_property_name_is_matched() {
        let pet = serde_json::from_str::<Pet>(r#"{"n\u0061me": "Rex"}"#).map_err(|e| e.to_string());
        assert_eq!(pet.map(|p| p.name), Ok("Rex".to_owned()));
    }
}
