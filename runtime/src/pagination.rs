//! Streams over cursor-paginated operations.

use std::future::Future;

use futures_util::stream::{self, BoxStream, StreamExt, TryStreamExt};

use crate::Error;

/// A page's cursor: a string, empty after the last page, or a number.
pub trait Cursor: Clone + PartialEq + Send + 'static {
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
/// page's `next` cursor, until a page has an empty or missing one, or the one
/// it was asked with: a server that hands the same cursor back would
/// otherwise be asked for the same page without end. Ends after the first
/// error.
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
        let sent = cursor.clone().flatten();
        let page = cursor.map(|cursor| send(&request, cursor));
        async move {
            match page?.await {
                Ok(page) => {
                    let next = next(&page)
                        .filter(|cursor| !cursor.is_end() && Some(cursor) != sent.as_ref());
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    /// The cursors a stream of pages is asked with, each page answering `next`.
    async fn asked<C: Cursor + std::fmt::Debug>(
        first: Option<C>,
        answer: fn(&Option<C>) -> Option<C>,
    ) -> Vec<Option<C>> {
        let sent = Arc::new(std::sync::Mutex::new(Vec::new()));
        let calls = Arc::new(AtomicUsize::new(0));
        let (log, count) = (sent.clone(), calls.clone());
        let stream = pages(
            (),
            first,
            move |_, cursor: Option<C>| {
                log.lock().unwrap().push(cursor.clone());
                let n = count.fetch_add(1, Ordering::SeqCst);
                // A guard for the test itself: the stream must end on its own.
                assert!(
                    n < 10,
                    "asked for page after page: {:?}",
                    log.lock().unwrap()
                );
                let next = answer(&cursor);
                async move { Ok::<_, Error<()>>(next) }
            },
            |page: &Option<C>| page.clone(),
        );
        let pages: Vec<_> = stream.collect().await;
        assert!(pages.iter().all(Result::is_ok));
        let sent = sent.lock().unwrap().clone();
        sent
    }

    #[tokio::test]
    async fn a_cursor_handed_back_unchanged_ends_the_pages() {
        // A string cursor: the second page gives the cursor it was asked with.
        let sent = asked(None, |_| Some("b".to_owned())).await;
        assert_eq!(sent, [None, Some("b".to_owned())]);
        // An integer cursor that starts at 0 and stays there.
        let sent = asked(Some(0_i64), |_| Some(0)).await;
        assert_eq!(sent, [Some(0)]);
    }

    #[tokio::test]
    async fn pages_follow_each_new_cursor_to_an_empty_or_missing_one() {
        let sent = asked(Some(0_i32), |cursor| match cursor {
            Some(n) if *n < 20 => Some(n + 10),
            _ => None,
        })
        .await;
        assert_eq!(sent, [Some(0), Some(10), Some(20)]);
        let sent = asked(None, |cursor| match cursor.as_deref() {
            None => Some("p2".to_owned()),
            Some("p2") => Some(String::new()),
            Some(other) => panic!("asked with {other}"),
        })
        .await;
        assert_eq!(sent, [None, Some("p2".to_owned())]);
    }
}
