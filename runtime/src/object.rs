//! Writing and reading a generated model of an object: [`object!`], a
//! `Serialize` impl that writes the fields as the object's properties and a
//! `Deserialize` impl that reads the properties one by one into the fields,
//! with what does not depend on the model in generic functions here.
//!
//! serde's derives write, for each model, a field enum and its visitor, a
//! visitor reading the object as a map and another reading it as a sequence,
//! and the attributes that rename and skip fields; rustc spends most of a
//! large client's check on them. An object in an HTTP body is a map, so the
//! impls write and read only a map: a line or two a field, and the model's
//! definition needs no attribute.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

/// A model read from the properties of an object: what [`object!`]
/// implements.
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

/// Starts writing a model of `len` properties as an object.
#[doc(hidden)]
pub fn start<S: Serializer>(
    serializer: S,
    name: &'static str,
    len: usize,
) -> Result<S::SerializeStruct, S::Error> {
    serializer.serialize_struct(name, len)
}

/// Writes the property `name`.
#[doc(hidden)]
pub fn write<S: SerializeStruct, T: Serialize + ?Sized>(
    object: &mut S,
    name: &'static str,
    value: &T,
) -> Result<(), S::Error> {
    object.serialize_field(name, value)
}

/// Writes the optional property `name`, or leaves it out when it is `None`.
#[doc(hidden)]
pub fn write_optional<S: SerializeStruct, T: Serialize>(
    object: &mut S,
    name: &'static str,
    value: &Option<T>,
) -> Result<(), S::Error> {
    match value {
        Some(value) => object.serialize_field(name, value),
        None => object.skip_field(name),
    }
}

/// `Serialize` and `Deserialize` for a struct whose fields are the
/// properties of an object: `field: "name"` for a required property, `field:
/// "name" optional` for one whose field is an `Option` (left out when `None`;
/// absent or `null`: `None`).
///
/// Written, the fields are the object's properties in their order. Read,
/// properties the struct does not have are skipped; a missing required
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
/// openapi_runtime::object!(Pet { name: "name", r#type: "type" optional });
///
/// let pet: Pet = serde_json::from_str(r#"{"name": "Rex", "age": 3}"#).unwrap();
/// assert_eq!(pet, Pet { name: "Rex".to_owned(), r#type: None });
/// assert_eq!(serde_json::to_string(&pet).unwrap(), r#"{"name":"Rex"}"#);
/// let error = serde_json::from_str::<Pet>(r#"{"type": "dog"}"#).unwrap_err();
/// assert!(error.to_string().starts_with("missing field `name`"), "{error}");
/// ```
#[macro_export]
macro_rules! object {
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
                    $($field: $crate::object!(@take $field $json $($optional)?),)*
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

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                let len = 0 $(+ $crate::object!(@count self.$field $(, $optional)?))*;
                #[allow(unused_mut)]
                let mut object = $crate::__private::object::start(serializer, ::std::stringify!($name), len)?;
                $($crate::object!(@write object self.$field, $json $($optional)?);)*
                $crate::__private::serde::ser::SerializeStruct::end(object)
            }
        }
    };
    (@take $field:ident $json:literal) => {
        $crate::__private::object::required($field, $json)?
    };
    (@take $field:ident $json:literal optional) => {
        $field.unwrap_or(::std::option::Option::None)
    };
    (@count $value:expr) => {
        1
    };
    (@count $value:expr, optional) => {
        ::std::primitive::usize::from($value.is_some())
    };
    (@write $object:ident $value:expr, $json:literal) => {
        $crate::__private::object::write(&mut $object, $json, &$value)?
    };
    (@write $object:ident $value:expr, $json:literal optional) => {
        $crate::__private::object::write_optional(&mut $object, $json, &$value)?
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
    crate::object!(Pet { name: "name", tags: "tags" optional, owner: "owner" optional });

    #[derive(Debug, PartialEq)]
    struct Empty {}
    crate::object!(Empty {});

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
    fn fields_are_written_as_properties_in_order_and_none_left_out() {
        let pet = Pet {
            name: "Rex".to_owned(),
            tags: None,
            owner: Some(Box::new(Pet {
                name: "Ann".to_owned(),
                tags: Some(vec![]),
                owner: None,
            })),
        };
        let json = serde_json::to_string(&pet).unwrap();
        assert_eq!(json, r#"{"name":"Rex","owner":{"name":"Ann","tags":[]}}"#);
        assert_eq!(read(serde_json::from_str(&json).unwrap()), Ok(pet));
        let empty = Empty {};
        assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
        assert_eq!(serde_json::from_str::<Empty>(r#"{"a": 1}"#).unwrap(), empty);
    }

    /// Fields named like the impls' own variables and parameters.
    #[derive(Debug, PartialEq, Default)]
    struct Clash {
        object: Option<String>,
        len: Option<i64>,
        map: Option<bool>,
        key: Option<String>,
        serializer: Option<String>,
        deserializer: Option<String>,
        r#type: String,
    }
    crate::object!(Clash {
        object: "object" optional,
        len: "len" optional,
        map: "map" optional,
        key: "key" optional,
        serializer: "serializer" optional,
        deserializer: "deserializer" optional,
        r#type: "type"
    });

    #[test]
    fn fields_named_like_the_impls_variables_are_their_own() {
        let json = json!({"object": "o", "len": 2, "map": true, "key": "k",
            "serializer": "s", "deserializer": "d", "type": "t"});
        let clash: Clash = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(clash.len, Some(2));
        assert_eq!(clash.r#type, "t");
        assert_eq!(serde_json::to_value(&clash).unwrap(), json);
    }

    #[test]
    fn an_escaped_property_name_is_matched() {
        let pet = serde_json::from_str::<Pet>(r#"{"n\u0061me": "Rex"}"#).map_err(|e| e.to_string());
        assert_eq!(pet.map(|p| p.name), Ok("Rex".to_owned()));
    }
}
