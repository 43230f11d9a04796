//! What kind of failure an error is ([`ErrorKind`]), read from the error and,
//! for transport failures, from the chain of causes under it.

use std::error::Error as StdError;
use std::fmt;
use std::io;

/// What kind of failure an [`Error`](crate::Error) is, for code that handles
/// kinds differently without reading messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The server answered with an error status ([`Error::Api`](crate::Error::Api)).
    Api,
    /// Nothing accepted the connection: no server listens at the address.
    ConnectionRefused,
    /// The server's host name could not be resolved.
    Dns,
    /// The TLS handshake failed: the certificate was refused, or the other
    /// side does not speak TLS.
    Tls,
    /// The connection took longer than the connect timeout.
    ConnectTimeout,
    /// The connection could not be made for another reason.
    Connect,
    /// An attempt took longer than the attempt timeout (`timeout`).
    AttemptTimeout,
    /// The call, every attempt and wait included, took or would take longer
    /// than its operation timeout (`operation_timeout`).
    OperationTimeout,
    /// The connection was reset or closed before the whole response arrived.
    ConnectionReset,
    /// Another failure before a complete response arrived.
    Transport,
    /// A response arrived but its body is not what the spec describes.
    Decode,
    /// The server answered with a redirect, which is never followed.
    Redirect,
    /// The response body passed the size limit.
    ResponseTooLarge,
    /// Moving a file's contents to or from storage failed.
    Transfer,
    /// A transfer's body moved too slowly for too long, every try.
    Stalled,
    /// The storage refused fresh URLs again and again.
    UrlsRefused,
    /// Reading or writing a local file failed.
    Io,
    /// The request was refused before sending.
    InvalidInput,
    /// The client is misconfigured.
    Config,
}

impl ErrorKind {
    /// What happened, in a few words, as messages start.
    pub fn describe(self) -> &'static str {
        match self {
            ErrorKind::Api => "the server answered with an error",
            ErrorKind::ConnectionRefused => "connection refused",
            ErrorKind::Dns => "the host name could not be resolved (DNS)",
            ErrorKind::Tls => "the TLS handshake failed",
            ErrorKind::ConnectTimeout => "timed out connecting (the connect timeout)",
            ErrorKind::Connect => "the connection could not be made",
            ErrorKind::AttemptTimeout => "timed out (the attempt timeout)",
            ErrorKind::OperationTimeout => "timed out (the operation timeout)",
            ErrorKind::ConnectionReset => {
                "the connection was reset or closed before the whole response arrived"
            }
            ErrorKind::Transport => "the request failed before a complete response arrived",
            ErrorKind::Decode => "the response could not be decoded",
            ErrorKind::Redirect => "the server answered with a redirect",
            ErrorKind::ResponseTooLarge => "the response is larger than the limit",
            ErrorKind::Transfer => "the transfer failed",
            ErrorKind::Stalled => "the transfer stalled",
            ErrorKind::UrlsRefused => "the storage kept refusing fresh URLs",
            ErrorKind::Io => "a local file could not be read or written",
            ErrorKind::InvalidInput => "invalid input",
            ErrorKind::Config => "invalid client configuration",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// The kind of a failure of the HTTP client, from its flags and the causes
/// under it.
pub(crate) fn transport_kind(error: &reqwest::Error) -> ErrorKind {
    if error.is_timeout() {
        return if error.is_connect() {
            ErrorKind::ConnectTimeout
        } else {
            ErrorKind::AttemptTimeout
        };
    }
    let mut found = None;
    for cause in causes(error) {
        // Each message below is the `Display` of a cause the HTTP stack
        // (hyper) gives no other way to tell.
        let kind = match io_kind(cause) {
            Some(io::ErrorKind::ConnectionRefused) => Some(ErrorKind::ConnectionRefused),
            Some(io::ErrorKind::InvalidData) if error.is_connect() => Some(ErrorKind::Tls),
            Some(
                io::ErrorKind::ConnectionReset
                | io::ErrorKind::ConnectionAborted
                | io::ErrorKind::BrokenPipe
                | io::ErrorKind::UnexpectedEof,
            ) => Some(ErrorKind::ConnectionReset),
            _ => match cause.to_string().as_str() {
                "dns error" => Some(ErrorKind::Dns),
                "connection closed before message completed" => Some(ErrorKind::ConnectionReset),
                _ => None,
            },
        };
        found = kind.or(found);
    }
    match found {
        Some(kind) => kind,
        None if error.is_connect() => ErrorKind::Connect,
        None => ErrorKind::Transport,
    }
}

/// The kind of an I/O error among `error`'s causes, looking inside I/O
/// errors that wrap another (TLS errors come as one I/O error inside another).
fn io_kind(cause: &(dyn StdError + 'static)) -> Option<io::ErrorKind> {
    let mut io = cause.downcast_ref::<io::Error>()?;
    while let Some(inner) = io.get_ref().and_then(|e| e.downcast_ref::<io::Error>()) {
        if io.kind() != io::ErrorKind::Other {
            break;
        }
        io = inner;
    }
    Some(io.kind())
}

/// `error` and the causes under it, outermost first.
fn causes<'a>(
    error: &'a (dyn StdError + 'static),
) -> impl Iterator<Item = &'a (dyn StdError + 'static)> {
    std::iter::successors(Some(error), |&e| e.source())
}

/// `error`'s message and those of its causes, on one line, each said once.
pub(crate) fn chain(error: &(dyn StdError + 'static)) -> String {
    let mut line = String::new();
    let mut last = String::new();
    for cause in causes(error) {
        let message = cause.to_string();
        if message.is_empty() || last.contains(&message) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&message);
        last = message;
    }
    line
}
