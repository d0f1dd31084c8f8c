//! Free-text fields: trimmed, bounded, and required where the domain says so.

use crate::ValidationError;

/// A trimmed text that must not be empty and must not exceed `max_chars` characters.
pub fn required(field: &str, value: &str, max_chars: usize) -> Result<String, ValidationError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(ValidationError::new(field, "must not be empty"));
    }
    bounded(field, trimmed, max_chars)
}

/// A trimmed text that may be absent; an empty or blank value counts as absent.
pub fn optional(
    field: &str,
    value: Option<&str>,
    max_chars: usize,
) -> Result<Option<String>, ValidationError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(trimmed) => bounded(field, trimmed, max_chars).map(Some),
    }
}

/// Tags (skills, interests, expertise, occupations): each trimmed, non-empty, at most
/// `max_chars`, lower-cased, order kept. A bad one, or a repeat of an earlier one (compared
/// lower-cased), is named `field[index]`.
pub fn tags(
    field: &str,
    values: &[String],
    max_chars: usize,
) -> Result<Vec<String>, ValidationError> {
    let mut tags: Vec<String> = Vec::with_capacity(values.len());
    for (index, value) in values.iter().enumerate() {
        let field = format!("{field}[{index}]");
        let tag = required(&field, value, max_chars)?.to_lowercase();
        if tags.contains(&tag) {
            return Err(repeated(field));
        }
        tags.push(tag);
    }
    Ok(tags)
}

/// The error for an entry of a list that repeats an earlier one.
pub fn repeated(field: impl Into<String>) -> ValidationError {
    ValidationError::new(field, "repeats an earlier entry of the list")
}

/// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make a
/// text display in another order than it is stored ("Trojan Source"), so names and texts refuse
/// them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn bounded(field: &str, trimmed: &str, max_chars: usize) -> Result<String, ValidationError> {
    if trimmed.chars().count() > max_chars {
        return Err(ValidationError::new(
            field,
            format!("must be at most {max_chars} characters"),
        ));
    }
    if trimmed
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(ValidationError::new(
            field,
            "must not contain control characters",
        ));
    }
    if trimmed.chars().any(is_bidi_control) {
        return Err(ValidationError::new(
            field,
            "must not contain bidirectional override or isolate characters",
        ));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_trims_and_refuses_blank() {
        assert_eq!(required("name", "  Kovač  ", 10).as_deref(), Ok("Kovač"));
        assert_eq!(required("name", "   ", 10).unwrap_err().field, "name");
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(required("name", "ščćžđščćžđ", 10).is_ok());
        assert!(required("name", "ščćžđščćžđš", 10).is_err());
    }

    #[test]
    fn optional_treats_blank_as_absent() {
        assert_eq!(optional("d", Some("  "), 5), Ok(None));
        assert_eq!(optional("d", None, 5), Ok(None));
        assert!(optional("d", Some("abcdef"), 5).is_err());
    }

    #[test]
    fn tags_are_lower_case_unique_and_named_by_position() {
        let raw = vec!["Welding".to_owned(), "CNC".to_owned()];
        assert_eq!(tags("skills", &raw, 10).unwrap(), vec!["welding", "cnc"]);
        let raw = vec!["Welding".to_owned(), "CNC".to_owned(), "welding".to_owned()];
        assert_eq!(tags("skills", &raw, 10).unwrap_err().field, "skills[2]");
        let raw = vec!["ok".to_owned(), " ".to_owned()];
        assert_eq!(tags("skills", &raw, 10).unwrap_err().field, "skills[1]");
    }

    #[test]
    fn control_characters_are_refused() {
        assert!(required("name", "a\u{0}b", 10).is_err());
        assert!(required("description", "line\nline", 20).is_ok());
    }

    #[test]
    fn bidirectional_overrides_and_isolates_are_refused() {
        for c in ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}'] {
            assert_eq!(
                required("name", &format!("a{c}b"), 10).unwrap_err().field,
                "name"
            );
        }
        for c in ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'] {
            assert!(optional("d", Some(&format!("a{c}b")), 10).is_err());
        }
        // Right-to-left text itself is welcome.
        assert!(required("name", "أمينة", 10).is_ok());
        assert!(required("name", "a\u{200F}b", 10).is_ok());
    }
}
