//! Keyset pages: a slice of a list plus whether more follows.

/// One page of a list, fetched by asking for one row more than the page holds.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub has_next_page: bool,
}

impl<T> Page<T> {
    /// Builds a page from up to `first + 1` rows.
    pub(crate) fn from_overfetch(mut rows: Vec<T>, first: u64) -> Self {
        let limit = usize::try_from(first).unwrap_or(usize::MAX);
        let has_next_page = rows.len() > limit;
        rows.truncate(limit);
        Self {
            items: rows,
            has_next_page,
        }
    }

    /// Converts every row, failing on the first that does not convert.
    pub fn try_map<U, E>(self, f: impl FnMut(T) -> Result<U, E>) -> Result<Page<U>, E> {
        Ok(Page {
            items: self.items.into_iter().map(f).collect::<Result<_, _>>()?,
            has_next_page: self.has_next_page,
        })
    }

    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            has_next_page: self.has_next_page,
        }
    }
}
