//! Paging, the same for every list: a cursor (`nextToken`) and a page size
//! (`maxResults`), read from the query or from the request body, and the
//! cursor of the next page in the answer (absent on the last page).

use crate::{Params, Reply};

/// The page sizes a list allows and the error codes it refuses others with.
pub(crate) struct Limits {
    /// The page size when none is asked for.
    pub default: usize,
    /// The largest page size allowed, if any.
    pub max: Option<usize>,
    /// The code for a malformed cursor or size.
    pub invalid: &'static str,
    /// The code for a size above `max`.
    pub too_large: &'static str,
}

/// The storage lists: 50 a page by default and at most.
pub(crate) const STORAGE: Limits = Limits {
    default: 50,
    max: Some(50),
    invalid: "paramError",
    too_large: "paramError",
};

/// Lists of permissions: 50 a page by default, larger pages allowed.
pub(crate) const PERMISSIONS: Limits = Limits {
    default: 50,
    max: None,
    invalid: "paramError",
    too_large: "paramError",
};

/// Which page of a list to answer with.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Paging {
    start: usize,
    size: usize,
}

/// Cursors look opaque but only carry the offset of the page.
const CURSOR_PREFIX: &str = "fake-cursor-";

impl Paging {
    /// The page that `next_token` and `max_results` ask for.
    pub fn new(
        next_token: Option<&str>,
        max_results: Option<i64>,
        limits: &Limits,
    ) -> Result<Paging, Reply> {
        let size = match max_results {
            None => limits.default,
            Some(n) if n < 1 => {
                return Err(Reply::error(
                    400,
                    limits.invalid,
                    "maxResults must be a positive integer",
                ))
            }
            Some(n) => n as usize,
        };
        if limits.max.is_some_and(|max| size > max) {
            return Err(Reply::error(
                400,
                limits.too_large,
                format!("maxResults must be at most {}", limits.max.unwrap_or(0)),
            ));
        }
        let start = match next_token {
            None | Some("") => 0,
            Some(token) => token
                .strip_prefix(CURSOR_PREFIX)
                .and_then(|offset| offset.parse().ok())
                .ok_or_else(|| Reply::error(400, limits.invalid, "invalid nextToken"))?,
        };
        Ok(Paging { start, size })
    }

    /// The page that the query's `nextToken` and `maxResults` ask for.
    pub fn from_query(query: &Params, limits: &Limits) -> Result<Paging, Reply> {
        let max_results = match query.get("maxResults").map(String::as_str) {
            None | Some("") => None,
            Some(n) => Some(n.parse::<i64>().map_err(|_| {
                Reply::error(400, limits.invalid, "maxResults must be a positive integer")
            })?),
        };
        Paging::new(
            query.get("nextToken").map(String::as_str),
            max_results,
            limits,
        )
    }

    /// This page of `items`, and the cursor of the next page if there is one.
    pub fn take<T>(&self, items: Vec<T>) -> (Vec<T>, Option<String>) {
        let total = items.len();
        let end = self.start.saturating_add(self.size).min(total);
        let page: Vec<T> = items
            .into_iter()
            .skip(self.start)
            .take(end.saturating_sub(self.start))
            .collect();
        let next = (end < total).then(|| format!("{CURSOR_PREFIX}{end}"));
        (page, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_follow_each_other_to_the_end() {
        let items: Vec<u32> = (0..7).collect();
        let first = Paging::new(None, Some(3), &STORAGE).unwrap();
        let (page, next) = first.take(items.clone());
        assert_eq!(page, [0, 1, 2]);
        let second = Paging::new(next.as_deref(), Some(3), &STORAGE).unwrap();
        let (page, next) = second.take(items.clone());
        assert_eq!(page, [3, 4, 5]);
        let third = Paging::new(next.as_deref(), Some(3), &STORAGE).unwrap();
        assert_eq!(third.take(items), (vec![6], None));
    }

    #[test]
    fn bad_cursors_and_sizes_are_refused() {
        assert!(Paging::new(Some("12"), None, &STORAGE).is_err());
        assert!(Paging::new(None, Some(0), &STORAGE).is_err());
        assert!(Paging::new(None, Some(51), &STORAGE).is_err());
        assert!(Paging::new(None, Some(500), &PERMISSIONS).is_ok());
    }
}
