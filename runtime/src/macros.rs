//! Code every generated client would otherwise repeat for each operation or
//! enum, written once as macros.

/// The per-call settings of a request builder with a `call: Call` field:
/// `retry`, `timeout`, `operation_timeout` and `max_response_size`.
#[macro_export]
macro_rules! call_options {
    () => {
        /// Retries for this call, instead of the client's.
        pub fn retry(mut self, policy: $crate::RetryPolicy) -> Self {
            self.call.options().retry = ::std::option::Option::Some(policy);
            self
        }

        /// Timeout of each attempt of this call, instead of the client's.
        pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.call.options().timeout = ::std::option::Option::Some(timeout);
            self
        }

        /// Timeout of the whole call, instead of the client's: every attempt
        /// and every wait before a retry included. When it passes, or a wait
        /// before a retry would pass it, the call fails with
        /// `Error::OperationTimeout`.
        pub fn operation_timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.call.options().operation_timeout = ::std::option::Option::Some(timeout);
            self
        }

        /// The largest response body this call reads, in bytes after
        /// decompression, instead of the client's.
        pub fn max_response_size(mut self, bytes: u64) -> Self {
            self.call.options().max_response_size = ::std::option::Option::Some(bytes);
            self
        }
    };
}

/// An operation's request builder: `request!(GetPet: "getPet",
/// Client::get_pet { id: String, body: NewPet })` is the struct `GetPet`
/// holding its [`Call`](crate::Call) and the given fields, made by
/// `Client::get_pet` and given the per-call settings of [`call_options!`].
/// It derives `Debug` unless it starts with `redacted`, for a builder
/// holding a secret, whose `Debug` is written apart.
#[macro_export]
macro_rules! request {
    (redacted $name:ident: $id:literal, $client:ident::$method:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        $crate::request!(@struct [Clone] $name: $id, $client::$method { $($field: $ty),* });
    };
    ($name:ident: $id:literal, $client:ident::$method:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        $crate::request!(@struct [Debug, Clone] $name: $id, $client::$method { $($field: $ty),* });
    };
    (@struct [$($derive:ident),*] $name:ident: $id:literal, $client:ident::$method:ident { $($field:ident: $ty:ty),* }) => {
        #[doc = ::std::concat!(
            " A `", $id, "` request, made by [`", ::std::stringify!($client), "::",
            ::std::stringify!($method), "`](", ::std::stringify!($client), "::",
            ::std::stringify!($method), "): set optional inputs with its methods, then call [`send`](Self::send)."
        )]
        #[derive($($derive),*)]
        #[must_use = "a request does nothing until it is sent with `.send().await`"]
        pub struct $name {
            call: $crate::Call,
            $($field: $ty,)*
        }

        impl $name {
            $crate::call_options!();
        }
    };
}

/// The impls of a string enum that keeps the values it does not know: an enum
/// with unit variants, each written as its string, and `Other(String)`, which
/// any other string reads as, so that a value a server starts sending later
/// does not fail a response.
///
/// ```
/// #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
/// pub enum Colour {
///     Blue,
///     Red,
///     Other(String),
/// }
/// openapi_runtime::open_enum!(Colour { Blue = "blue", Red = "red" });
///
/// assert_eq!(Colour::from("blue"), Colour::Blue);
/// assert_eq!(Colour::from("teal"), Colour::Other("teal".to_owned()));
/// assert_eq!(Colour::Red.to_string(), "red");
/// assert_eq!(Colour::KNOWN_VALUES, ["blue", "red"]);
/// ```
#[macro_export]
macro_rules! open_enum {
    ($name:ident { $($variant:ident = $value:literal),* $(,)? }) => {
        impl $name {
            /// The values this client knows, as sent on the wire.
            pub const KNOWN_VALUES: &'static [&'static str] = &[$($value),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Other(value) => value.as_str(),
                }
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    $($value => Self::$variant,)*
                    _ => Self::Other(value),
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;

            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $crate::__private::deserialize_open_enum(deserializer)
            }
        }

        impl $crate::Validate for $name {}
    };
}

/// Serialization of a union of objects told apart by the value of one
/// property (an OpenAPI `discriminator`): an enum whose variants each hold a
/// model, and a last variant holding any other object as JSON, so that a kind
/// a server starts sending later does not fail a response.
///
/// An object is read as the variant its property names (`"dog"`, or any of
/// several values mapped to one variant); an object whose property has
/// another value, or none, as the last variant. A variant is written as its
/// model, with the property set to the variant's first value when the model
/// does not set it itself.
///
/// ```
/// use openapi_runtime::__private::{serde, serde_json::{self, json}};
///
/// #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
/// #[serde(crate = "openapi_runtime::__private::serde")]
/// pub struct Dog {
///     pub barks: bool,
/// }
///
/// #[derive(Debug, PartialEq)]
/// pub enum Pet {
///     Dog(Dog),
///     Other(serde_json::Value),
/// }
/// openapi_runtime::tagged_union!(Pet, "kind" { Dog = ["dog", "puppy"] }, Other);
///
/// let pet: Pet = serde_json::from_value(json!({"kind": "puppy", "barks": true})).unwrap();
/// assert_eq!(pet, Pet::Dog(Dog { barks: true }));
/// assert_eq!(serde_json::to_value(&pet).unwrap(), json!({"barks": true, "kind": "dog"}));
/// let cat: Pet = serde_json::from_value(json!({"kind": "cat"})).unwrap();
/// assert_eq!(cat, Pet::Other(json!({"kind": "cat"})));
/// ```
#[macro_export]
macro_rules! tagged_union {
    ($name:ident, $property:literal {
        $($variant:ident = [$first:literal $(, $more:literal)*]),* $(,)?
    }, $other:ident) => {
        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    $(Self::$variant(value) => {
                        $crate::__private::serialize_tagged(serializer, $property, $first, value)
                    })*
                    Self::$other(value) => {
                        $crate::__private::serde::Serialize::serialize(value, serializer)
                    }
                }
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let value = <$crate::__private::serde_json::Value as $crate::__private::serde::Deserialize>::deserialize(deserializer)?;
                match value.get($property).and_then(|tag| tag.as_str()) {
                    $(::std::option::Option::Some($first $(| $more)*) => {
                        $crate::__private::from_tagged(value).map(Self::$variant)
                    })*
                    _ => ::std::result::Result::Ok(Self::$other(value)),
                }
            }
        }
    };
}

/// `From` each variant's type for a union, so that a variant's value is
/// given where the union is taken.
///
/// ```
/// #[derive(Debug, PartialEq)]
/// pub struct Dog;
///
/// #[derive(Debug, PartialEq)]
/// pub enum Pet {
///     Dog(Dog),
///     Name(String),
/// }
/// openapi_runtime::variants_from!(Pet { Dog(Dog), Name(String) });
///
/// assert_eq!(Pet::from(Dog), Pet::Dog(Dog));
/// let named: Pet = String::from("Rex").into();
/// assert_eq!(named, Pet::Name("Rex".to_owned()));
/// ```
#[macro_export]
macro_rules! variants_from {
    ($name:ident { $($variant:ident($ty:ty)),* $(,)? }) => {
        $(impl ::std::convert::From<$ty> for $name {
            fn from(value: $ty) -> Self {
                Self::$variant(value)
            }
        })*
    };
}

/// Reads a string into an [`open_enum!`] enum: a value it knows without
/// allocating, any other as `Other` with the string.
pub fn deserialize_open_enum<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: for<'a> From<&'a str> + From<String>,
{
    struct Visitor<T>(std::marker::PhantomData<T>);

    impl<T> serde::de::Visitor<'_> for Visitor<T>
    where
        T: for<'a> From<&'a str> + From<String>,
    {
        type Value = T;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<T, E> {
            Ok(T::from(value))
        }

        fn visit_string<E: serde::de::Error>(self, value: String) -> Result<T, E> {
            Ok(T::from(value))
        }
    }

    deserializer.deserialize_string(Visitor(std::marker::PhantomData))
}

/// Error codes as an open enum: `From<&str>` reads a code as its variant,
/// or else as `Other` holding it, and `as_str` gives it back as sent.
///
/// ```
/// #[derive(Debug, Clone, PartialEq, Eq, Hash)]
/// pub enum ErrorCode {
///     NotFound,
///     Other(String),
/// }
/// openapi_runtime::error_codes!(ErrorCode { NotFound = "thingNotFound" });
///
/// assert_eq!(ErrorCode::from("thingNotFound"), ErrorCode::NotFound);
/// assert_eq!(ErrorCode::from("busy").as_str(), "busy");
/// ```
#[macro_export]
macro_rules! error_codes {
    ($name:ident { $($variant:ident = $value:literal),* $(,)? }) => {
        impl $name {
            /// The code as the server sends it.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Other(value) => value.as_str(),
                }
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// The [`OperationError`](crate::OperationError) impl of one or more
/// operations' request builders that read errors alike: the type their
/// error codes are read as and, when the spec gives their error responses a
/// body of one type, the [`ErrorBody`](crate::ErrorBody) impl too, from the
/// error statuses and those with a body (all of them when only one list is
/// given): `operation_error!(GetPet, ListPets: ErrorCode, Problem, ["404",
/// "default"])`.
#[macro_export]
macro_rules! operation_error {
    ($($name:ident),+ : $code:ty) => {
        $(impl $crate::OperationError for $name {
            type Code = $code;
        })+
    };
    ($($name:ident),+ : $code:ty, $body:ty, $declared:tt) => {
        $crate::operation_error!($($name),+ : $code, $body, $declared, $declared);
    };
    ($($name:ident),+ : $code:ty, $body:ty, $declared:tt, $with_body:tt) => {
        $($crate::operation_error!($name: $code);

        impl $crate::ErrorBody for $name {
            type Body = $body;

            fn read(
                api: &$crate::ApiError,
            ) -> ::std::option::Option<::std::result::Result<$body, $crate::Error>> {
                let status = api.declared_status(&$declared)?;
                $with_body.contains(&status).then(|| api.decode_body())
            }
        })+
    };
}

#[cfg(test)]
mod tests {
    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
    enum Colour {
        Blue,
        Red,
        Other(String),
    }
    crate::open_enum!(Colour { Blue = "blue", Red = "red" });

    #[test]
    fn an_open_enum_reads_known_and_unknown_values() {
        let read = |json: &str| serde_json::from_str::<Colour>(json);
        assert_eq!(read(r#""blue""#).unwrap(), Colour::Blue);
        assert_eq!(read(r#""red""#).unwrap(), Colour::Red);
        assert_eq!(read(r#""teal""#).unwrap(), Colour::Other("teal".into()));
        assert_eq!(read(r#""te\"al""#).unwrap(), Colour::Other("te\"al".into()));
        assert_eq!(read(r#""\u0062lue""#).unwrap(), Colour::Blue);
        let from_value = serde_json::from_value::<Colour>(serde_json::json!("ochre"));
        assert_eq!(from_value.unwrap(), Colour::Other("ochre".into()));
        assert_eq!(Colour::KNOWN_VALUES, ["blue", "red"]);
        let err = read("3").unwrap_err().to_string();
        assert!(err.contains("expected a string"), "{err}");
    }
}
