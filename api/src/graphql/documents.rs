//! Parsed GraphQL documents, kept by their text.
//!
//! A dashboard or a console sends the same few documents over and over with different
//! variables. async-graphql parses every request's text anew (a pest grammar: a few percent of
//! the server's time on a plain list request); a copy of a document parsed before is several
//! times cheaper. Only the parse is kept: validation depends on the variables and runs on every
//! request as before, and so do the shape limits (`limits::refusal`).

use std::num::NonZeroUsize;
use std::sync::Mutex;

use async_graphql::Request;
use async_graphql::parser::types::ExecutableDocument;
use lru::LruCache;

/// How many distinct documents are kept. A frontend has tens; the rest is room to spare.
const CAPACITY: NonZeroUsize = NonZeroUsize::new(256).expect("not zero");

/// Documents longer than this are parsed each time: the cache holds what clients repeat, not
/// what an attacker could make large.
const LONGEST_KEPT: usize = 8 * 1024;

/// The most recently used documents, by text.
pub struct DocumentCache {
    documents: Mutex<LruCache<String, ExecutableDocument>>,
}

impl Default for DocumentCache {
    fn default() -> Self {
        Self {
            documents: Mutex::new(LruCache::new(CAPACITY)),
        }
    }
}

impl DocumentCache {
    /// Gives `request` its parsed document: a copy of the one kept for its text, or a fresh
    /// parse that is kept for next time. A text that does not parse is left alone, so that the
    /// executor reports its syntax error as always.
    pub fn prepare(&self, request: &mut Request) {
        if request.query.len() > LONGEST_KEPT {
            return;
        }
        if let Some(document) = self.lock().get(&request.query) {
            request.set_parsed_query(document.clone());
            return;
        }
        if let Ok(document) = request.parsed_query() {
            let document = document.clone();
            self.lock().put(request.query.clone(), document);
        }
    }

    /// The documents, even after a panic elsewhere poisoned the lock: a copy of a parsed
    /// document cannot be left half-written.
    fn lock(&self) -> std::sync::MutexGuard<'_, LruCache<String, ExecutableDocument>> {
        self.documents
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// How many documents are kept.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUERY: &str = "query Page($n: Int) { referrals(first: $n) { edges { node { id } } } }";

    #[test]
    fn a_repeated_document_is_served_from_the_cache_as_it_was_parsed() {
        let cache = DocumentCache::default();
        let mut first = Request::new(QUERY);
        cache.prepare(&mut first);
        assert_eq!(cache.len(), 1);

        let mut second = Request::new(QUERY);
        cache.prepare(&mut second);
        assert_eq!(cache.len(), 1);
        let parsed = async_graphql::parser::parse_query(QUERY).expect("parses");
        assert_eq!(
            format!("{:?}", second.parsed_query().expect("kept")),
            format!("{parsed:?}")
        );
    }

    #[test]
    fn a_syntax_error_is_not_kept_and_still_reported() {
        let cache = DocumentCache::default();
        let mut request = Request::new("{ referrals(first: ) }");
        cache.prepare(&mut request);
        assert_eq!(cache.len(), 0);
        assert!(request.parsed_query().is_err());
    }

    #[test]
    fn a_long_document_is_not_kept() {
        let cache = DocumentCache::default();
        let long = format!("{{ __typename {} }}", "a: __typename ".repeat(LONGEST_KEPT));
        cache.prepare(&mut Request::new(long));
        assert_eq!(cache.len(), 0);
    }

    #[test]
    fn the_least_recently_used_document_makes_room() {
        let cache = DocumentCache::default();
        for n in 0..=CAPACITY.get() {
            cache.prepare(&mut Request::new(format!("{{ a{n}: __typename }}")));
        }
        assert_eq!(cache.len(), CAPACITY.get());
        assert!(!cache.lock().contains("{ a0: __typename }"));
        assert!(cache.lock().contains("{ a1: __typename }"));
    }
}
