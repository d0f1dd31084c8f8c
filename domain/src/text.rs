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
/// `max_chars`, lower-cased; repeats dropped, order kept. A bad one is named `field[index]`.
pub fn tags(
    field: &str,
    values: &[String],
    max_chars: usize,
) -> Result<Vec<String>, ValidationError> {
    let mut tags: Vec<String> = Vec::with_capacity(values.len());
    for (index, value) in values.iter().enumerate() {
        let tag = required(&format!("{field}[{index}]"), value, max_chars)?.to_lowercase();
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    Ok(tags)
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
        let raw = vec!["Welding".to_owned(), "welding".to_owned(), "CNC".to_owned()];
        assert_eq!(tags("skills", &raw, 10).unwrap(), vec!["welding", "cnc"]);
        let raw = vec!["ok".to_owned(), " ".to_owned()];
        assert_eq!(tags("skills", &raw, 10).unwrap_err().field, "skills[1]");
    }

    #[test]
    fn control_characters_are_refused() {
        assert!(required("name", "a\u{0}b", 10).is_err());
        assert!(required("description", "line\nline", 20).is_ok());
    }
}
