//! Calling from code that is not async, such as a script's `main`: each
//! thread that calls [`block_on`] gets one single-threaded Tokio runtime,
//! kept for its later calls, which drives the call to its end.
//!
//! ```no_run
//! # fn get_space() -> impl std::future::Future<Output = Result<u64, openapi_runtime::Error>> { async { Ok(1) } }
//! // `get_space()` stands for any request, such as
//! // `client.storage_1_0().get_space(input).send()`.
//! let space = openapi_runtime::blocking::block_on(get_space())?;
//! # Ok::<(), openapi_runtime::Error>(())
//! ```
//!
//! This is the whole blocking API: every request builder's `send()` (and
//! every page stream, transfer and token renewal under it) works unchanged,
//! so a blocking flavour of each operation would only repeat the generated
//! code. A client made on one thread can be used from others, each with its
//! own runtime; connections are kept by the thread that opened them.

use std::cell::RefCell;
use std::future::Future;

thread_local! {
    static RUNTIME: RefCell<Option<tokio::runtime::Runtime>> = const { RefCell::new(None) };
}

/// Runs `future` to its end on this thread's runtime and returns its output.
///
/// # Panics
///
/// When called from async code (inside a Tokio runtime), as
/// `reqwest::blocking` does: a thread that is driving a runtime cannot block
/// on another. Use `.await` there. Also when the runtime cannot be made
/// (the operating system refuses its I/O driver), which a thread meets on its
/// first call.
pub fn block_on<F: Future>(future: F) -> F::Output {
    if tokio::runtime::Handle::try_current().is_ok() {
        panic!("openapi_runtime::blocking::block_on was called inside an async runtime; use `.await` instead");
    }
    RUNTIME.with(|cell| {
        let mut slot = cell.borrow_mut();
        let runtime = slot.get_or_insert_with(|| {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap_or_else(|e| panic!("cannot start a Tokio runtime for blocking calls: {e}"))
        });
        runtime.block_on(future)
    })
}
