//! A client generated at build time: `build.rs` runs the generator on
//! `spec/greetings.yaml` and writes the client, as one file, into `OUT_DIR`;
//! this crate includes it as the module [`greetings`] and re-exports what a
//! caller needs.
//!
//! ```no_run
//! # async fn run() -> Result<(), openapi_runtime::Error> {
//! let client = build_script_example::Client::new("a token")?;
//! let greeting = client.get_greeting("ada").send().await?;
//! println!("{}", greeting.text);
//! # Ok(())
//! # }
//! ```

/// The Greetings client, generated from `spec/greetings.yaml` by `build.rs`.
pub mod greetings {
    include!(concat!(env!("OUT_DIR"), "/client.rs"));
}

pub use greetings::models::{Greeting, Language, NewGreeting, Problem};
pub use greetings::{Client, CreateGreeting, CreateGreetingInput, ErrorCode, GetGreeting};
pub use openapi_runtime::Error;
