//! Streams over cursor-paginated operations.

use std::future::Future;

use futures_util::stream::{self, BoxStream, StreamExt, TryStreamExt};

use crate::Error;

/// A page's cursor: a string, empty after the last page, or a number.
pub trait Cursor: Send + 'static {
    /// Whether the cursor says there is no next page.
    fn is_end(&self) -> bool;
}

impl Cursor for String {
    fn is_end(&self) -> bool {
        self.is_empty()
    }
}

impl Cursor for i32 {
    fn is_end(&self) -> bool {
        false
    }
}

impl Cursor for i64 {
    fn is_end(&self) -> bool {
        false
    }
}

/// Pages of a paginated operation: sends `request` with cursor `first`, then with each
/// page's `next` cursor, until a page has an empty or missing one. Ends after the first error.
pub fn pages<B, P, E, F, Fut, C>(
    request: B,
    first: Option<C>,
    send: F,
    next: fn(&P) -> Option<C>,
) -> BoxStream<'static, Result<P, Error<E>>>
where
    B: Send + 'static,
    P: Send + 'static,
    E: 'static,
    C: Cursor,
    F: Fn(&B, Option<C>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<P, Error<E>>> + Send + 'static,
{
    stream::unfold(Some(first), move |cursor| {
        let page = cursor.map(|cursor| send(&request, cursor));
        async move {
            match page?.await {
                Ok(page) => {
                    let next = next(&page).filter(|cursor| !cursor.is_end());
                    Some((Ok(page), next.map(Some)))
                }
                Err(error) => Some((Err(error), None)),
            }
        }
    })
    .boxed()
}

/// The items of every page, in order.
pub fn items<P, I, E>(
    pages: BoxStream<'static, Result<P, Error<E>>>,
    take: fn(P) -> Vec<I>,
) -> BoxStream<'static, Result<I, Error<E>>>
where
    P: Send + 'static,
    E: 'static,
    I: Send + 'static,
{
    pages
        .map_ok(move |page| stream::iter(take(page).into_iter().map(Ok)))
        .try_flatten()
        .boxed()
}
