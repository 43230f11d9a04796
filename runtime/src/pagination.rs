//! Streams over cursor-paginated operations.

use std::future::Future;

use futures_util::stream::{self, BoxStream, StreamExt, TryStreamExt};

use crate::Error;

/// Pages of a paginated operation: sends `request` with cursor `first`, then with each
/// page's `next` cursor, until a page has an empty or missing one. Ends after the first error.
pub fn pages<B, P, E, F, Fut>(
    request: B,
    first: Option<String>,
    send: F,
    next: fn(&P) -> Option<String>,
) -> BoxStream<'static, Result<P, Error<E>>>
where
    B: Send + 'static,
    P: Send + 'static,
    E: 'static,
    F: Fn(&B, Option<String>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<P, Error<E>>> + Send + 'static,
{
    stream::unfold(Some(first), move |cursor| {
        let page = cursor.map(|cursor| send(&request, cursor));
        async move {
            match page?.await {
                Ok(page) => {
                    let next = next(&page).filter(|cursor| !cursor.is_empty());
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
