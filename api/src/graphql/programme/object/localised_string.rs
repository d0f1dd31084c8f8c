//! `LocalisedString`: a text in one language.

use async_graphql::SimpleObject;
use skupaj_domain::programme;

/// A text in one language.
#[derive(SimpleObject, Debug, Clone)]
pub struct LocalisedString {
    /// ISO 639 code.
    pub language: String,
    /// The text.
    pub text: String,
}

pub(super) fn localised(text: &programme::LocalisedText) -> Vec<LocalisedString> {
    text.iter()
        .map(|(language, text)| LocalisedString {
            language: language.to_string(),
            text: text.clone(),
        })
        .collect()
}
