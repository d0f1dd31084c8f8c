//! A participant's data export (GDPR arts. 15 and 20) as a query; `http::data_export` serves
//! the same document as a download.

mod query;

pub use query::*;
