//! Relay connection helpers: page sizes and opaque cursors.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use uuid::Uuid;

use crate::graphql::error::{ApiError, ApiResult};

/// The largest page any list hands out.
pub const MAX_PAGE_SIZE: i32 = 100;
/// The page size when `first` is not given.
pub const DEFAULT_PAGE_SIZE: i32 = 20;

/// Checks `first`: between 1 and 100, 20 when absent. Too large is an error rather than a silent
/// cut, so that a client never mistakes a capped page for the whole list.
pub fn page_size(first: Option<i32>) -> ApiResult<u64> {
    let first = first.unwrap_or(DEFAULT_PAGE_SIZE);
    if !(1..=MAX_PAGE_SIZE).contains(&first) {
        return Err(ApiError::validation(
            "first",
            format!("must be between 1 and {MAX_PAGE_SIZE}"),
        ));
    }
    Ok(u64::try_from(first).unwrap_or(1))
}

/// Wraps the keys of a row into an opaque cursor.
pub fn encode_cursor(keys: &str) -> String {
    URL_SAFE_NO_PAD.encode(keys)
}

/// Unwraps a cursor made by `encode_cursor`.
pub fn decode_cursor(cursor: &str) -> ApiResult<String> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(|| ApiError::validation("after", "is not a cursor of this list"))
}

/// The id inside an `after` cursor of a list ordered by id.
pub fn after_id(after: Option<String>) -> ApiResult<Option<Uuid>> {
    after
        .map(|cursor| {
            decode_cursor(&cursor).and_then(|id| parse_id("after", &async_graphql::ID(id)))
        })
        .transpose()
}

/// Pages a short list already in its order (a mentor's mentorships, a mediator's requests, an
/// organisation's groups): such lists are bounded by one person's or one organisation's work,
/// so they are read whole and cut here, with the same `first` and `after` as every list.
pub fn page_of<T: async_graphql::OutputType>(
    items: Vec<T>,
    key: impl Fn(&T) -> Uuid,
    first: Option<i32>,
    after: Option<String>,
) -> ApiResult<async_graphql::connection::Connection<String, T>> {
    let first = usize::try_from(page_size(first)?).unwrap_or(usize::MAX);
    let after = after_id(after)?;
    let start = match after {
        Some(after) => items
            .iter()
            .position(|item| key(item) == after)
            .map(|index| index + 1)
            .ok_or_else(|| ApiError::validation("after", "is not a cursor of this list"))?,
        None => 0,
    };
    let has_next = items.len() > start + first;
    let mut connection = async_graphql::connection::Connection::new(start > 0, has_next);
    connection
        .edges
        .extend(items.into_iter().skip(start).take(first).map(|item| {
            async_graphql::connection::Edge::new(encode_cursor(&key(&item).to_string()), item)
        }));
    Ok(connection)
}

/// Parses an id given as `ID`; a malformed one is a validation error naming the field.
pub fn parse_id(field: &str, id: &async_graphql::ID) -> ApiResult<Uuid> {
    Uuid::parse_str(id.as_str()).map_err(|_| ApiError::validation(field, "is not a valid id"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_size_is_bounded() {
        assert_eq!(page_size(None).ok(), Some(20));
        assert_eq!(page_size(Some(100)).ok(), Some(100));
        assert!(page_size(Some(101)).is_err());
        assert!(page_size(Some(0)).is_err());
    }

    #[test]
    fn cursors_round_trip_and_garbage_is_refused() {
        assert_eq!(
            decode_cursor(&encode_cursor("n|x")).ok().as_deref(),
            Some("n|x")
        );
        assert!(decode_cursor("%%%").is_err());
    }
}
