//! The legacy host's operations on the wire.

mod common;
