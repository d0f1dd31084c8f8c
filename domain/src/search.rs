//! Finding people: what a case worker types, matched regardless of case and diacritics
//! ("saric" finds "Šarić", "SARIC" too), against only the parts of a record the searcher may
//! see. Transliteration between alphabets is not attempted: "Олена" is found by "олена", not by
//! "olena".

use std::collections::BTreeSet;

use unicode_normalization::UnicodeNormalization;

use crate::ValidationError;
use crate::access::ParticipantFacet;
use crate::participant::{Participant, ParticipantProfile};
use crate::text;

/// The longest search accepted, in characters.
pub const MAX_CHARS: usize = 100;
/// The shortest search accepted, in characters after folding (one letter would match nearly
/// everyone, which is a listing, not a search).
pub const MIN_CHARS: usize = 2;
/// Digits a search needs before it is also compared with phone numbers.
const MIN_PHONE_DIGITS: usize = 5;

/// A text without case and diacritics: decomposed, combining marks dropped, lower-cased, with
/// the letters that do not decompose (đ, ł, ø, ß, æ, œ, ı) spelled with their base letters, and
/// runs of white space made one space.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        for lower in c.to_lowercase() {
            match lower {
                'đ' => folded.push('d'),
                'ł' => folded.push('l'),
                'ø' => folded.push('o'),
                'ß' => folded.push_str("ss"),
                'æ' => folded.push_str("ae"),
                'œ' => folded.push_str("oe"),
                'ı' => folded.push('i'),
                c if c.is_whitespace() => folded.push(' '),
                c => folded.push(c),
            }
        }
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Combining diacritical marks (and their supplement and extended blocks).
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// The digits of a phone number, for comparing numbers however they were spaced.
pub fn phone_digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

/// What is stored beside a participant so that a search can run in the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchKeys {
    /// Given and family name, folded.
    pub name: String,
    /// E-mail folded, then the phone's digits.
    pub contact: String,
}

impl SearchKeys {
    pub fn of(profile: &ParticipantProfile) -> Self {
        Self::from_parts(
            &profile.given_name,
            profile.family_name.as_deref(),
            profile.email.as_ref().map(|e| e.as_str()),
            profile.phone.as_deref(),
        )
    }

    /// The keys of a record's stored parts (also what the migration fills in for records
    /// stored before the keys existed).
    pub fn from_parts(
        given_name: &str,
        family_name: Option<&str>,
        email: Option<&str>,
        phone: Option<&str>,
    ) -> Self {
        let name = fold(&format!("{given_name} {}", family_name.unwrap_or_default()));
        let contact = [email.map(fold), phone.map(phone_digits)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        Self { name, contact }
    }
}

/// Whether a new profile may describe a person the organisation already holds: the same name
/// (folded) and birth year, or the same phone number, or the same e-mail address. Registering
/// such a person twice splits their case between two records, so the caller is asked first.
pub fn possible_duplicate(new: &ParticipantProfile, held: &ParticipantProfile) -> bool {
    let new_keys = SearchKeys::of(new);
    let held_keys = SearchKeys::of(held);
    let same_name_and_year = new_keys.name == held_keys.name
        && new.birth_year.is_some()
        && new.birth_year == held.birth_year;
    let same_phone = match (&new.phone, &held.phone) {
        (Some(a), Some(b)) => same_phone_number(a, b),
        _ => false,
    };
    let email = |profile: &ParticipantProfile| profile.email.as_ref().map(|e| fold(e.as_str()));
    let same_email = email(new).is_some() && email(new) == email(held);
    same_name_and_year || same_phone || same_email
}

/// Digits a phone number needs for two spellings of it to be taken as one (a Slovenian
/// national number without its trunk prefix has eight).
const PHONE_SAME_DIGITS: usize = 8;

/// Whether two phone numbers are one, however written: "041 555 123", "+386 41 555 123" and
/// "00386 41 555123" are. Leading zeros (trunk or international prefix) are dropped, then one
/// must end with the other, which has at least eight digits.
pub fn same_phone_number(a: &str, b: &str) -> bool {
    let a = phone_digits(a);
    let b = phone_digits(b);
    let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= PHONE_SAME_DIGITS && long.ends_with(short)
}

/// A search as typed, checked and folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    /// The folded words; a name matches when it holds every word.
    pub words: Vec<String>,
    /// The whole search folded (for codes and e-mail addresses).
    pub whole: String,
    /// The search's digits after any leading zeros, when it reads as a phone number (only
    /// digits, spaces, `+`, `-`, `/`, `(`, `)`) with enough of them.
    pub phone: Option<String>,
    /// The search as a birth year, when it is one.
    pub year: Option<i32>,
}

impl Search {
    /// Checks `typed` (named `field` in errors): trimmed, at most 100 characters, no control or
    /// bidirectional characters, and at least two characters once folded.
    pub fn parse(field: &str, typed: &str) -> Result<Self, ValidationError> {
        let trimmed = text::required(field, typed, MAX_CHARS)?;
        if trimmed.contains(['\n', '\t']) {
            return Err(ValidationError::new(field, "must be on one line"));
        }
        let whole = fold(&trimmed);
        if whole.chars().count() < MIN_CHARS {
            return Err(ValidationError::new(
                field,
                format!("must have at least {MIN_CHARS} characters"),
            ));
        }
        let looks_like_phone = trimmed
            .chars()
            .all(|c| c.is_ascii_digit() || " +-/()".contains(c));
        // Leading zeros are the trunk or international prefix ("041 …", "00386 …"), which the
        // stored number may write another way ("+386 41 …"): compare what follows them.
        let digits = phone_digits(&trimmed).trim_start_matches('0').to_owned();
        let phone = (looks_like_phone && digits.len() >= MIN_PHONE_DIGITS).then_some(digits);
        let year = (whole.len() == 4)
            .then(|| whole.parse::<i32>().ok())
            .flatten();
        Ok(Self {
            words: whole.split(' ').map(str::to_owned).collect(),
            whole,
            phone,
            year,
        })
    }

    /// Whether the participant matches in a part of the record the searcher sees (`facets`): the
    /// reference code, the name (every word in the given or family name the searcher sees), the
    /// birth year, the e-mail or the phone. A match only in a part the searcher may not see is
    /// no match, so a search never reveals what a record holds.
    pub fn matches(&self, participant: &Participant, facets: &BTreeSet<ParticipantFacet>) -> bool {
        let sees = |facet| facets.contains(&facet);
        let profile = &participant.profile;
        if sees(ParticipantFacet::ReferenceCode)
            && fold(&participant.reference_code).contains(&self.whole)
        {
            return true;
        }
        let mut name = String::new();
        if sees(ParticipantFacet::GivenName) {
            name.push_str(&fold(&profile.given_name));
        }
        if sees(ParticipantFacet::FamilyName)
            && let Some(family) = &profile.family_name
        {
            name.push(' ');
            name.push_str(&fold(family));
        }
        if !name.trim().is_empty() && self.words.iter().all(|word| name.contains(word.as_str())) {
            return true;
        }
        if sees(ParticipantFacet::Demographics)
            && self.year.is_some()
            && self.year == profile.birth_year
        {
            return true;
        }
        if sees(ParticipantFacet::Contact) {
            if profile
                .email
                .as_ref()
                .is_some_and(|email| fold(email.as_str()).contains(&self.whole))
            {
                return true;
            }
            if let (Some(digits), Some(phone)) = (&self.phone, &profile.phone)
                && phone_digits(phone).contains(digits.as_str())
            {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_diacritics() {
        assert_eq!(fold("Šarić"), "saric");
        assert_eq!(fold("ŠARIĆ"), "saric");
        assert_eq!(fold("Đurđević"), "durdevic");
        assert_eq!(fold("Łukasz  Müller"), "lukasz muller");
        assert_eq!(fold("Straße"), "strasse");
        // Other alphabets keep their letters, without case.
        assert_eq!(fold("Олена"), "олена");
        assert_eq!(fold("فاطمة"), "فاطمة");
    }

    #[test]
    fn a_search_is_checked_and_read_as_words_phone_and_year() {
        let search = Search::parse("filter.search", "  Ana   ŠARIĆ ").expect("valid");
        assert_eq!(search.words, vec!["ana", "saric"]);
        assert_eq!(search.phone, None);
        let phone = Search::parse("filter.search", "+386 41 555-123").expect("valid");
        assert_eq!(phone.phone.as_deref(), Some("38641555123"));
        assert_eq!(
            Search::parse("filter.search", "1990").expect("valid").year,
            Some(1990)
        );
        assert_eq!(
            Search::parse("filter.search", "1234").expect("valid").phone,
            None
        );
        for bad in ["", " ", "a", "š", "a\u{202E}b"] {
            let err = Search::parse("filter.search", bad).expect_err(bad);
            assert_eq!(err.field, "filter.search", "{bad}");
        }
        assert!(Search::parse("filter.search", &"x".repeat(MAX_CHARS + 1)).is_err());
    }

    fn ana() -> Participant {
        let profile = crate::participant::ParticipantInput {
            given_name: "Ana".into(),
            family_name: Some("Šarić".into()),
            birth_year: Some(1990),
            email: Some("Ana.Saric@example.org".into()),
            phone: Some("+386 41 555 123".into()),
            preferred_language: "sl".into(),
            ..Default::default()
        }
        .validate(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"))
        .expect("valid profile");
        Participant {
            id: uuid::Uuid::nil(),
            reference_code: "P-AB12-CD34".into(),
            owner_organisation_id: uuid::Uuid::nil(),
            profile,
            created_at: chrono::DateTime::UNIX_EPOCH,
            updated_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    fn search(typed: &str) -> Search {
        Search::parse("filter.search", typed).expect("valid search")
    }

    #[test]
    fn every_part_of_a_record_is_found_by_whoever_sees_it_all() {
        use ParticipantFacet::*;
        let all: BTreeSet<_> = [ReferenceCode, GivenName, FamilyName, Demographics, Contact].into();
        for typed in [
            "saric",
            "ŠARIĆ",
            "šarić",
            "ana s",
            "saric ana",
            "p-ab12",
            "1990",
            "555 123",
            "041555123",
            "00386 41 555 123",
            "ana.saric@",
            "EXAMPLE.ORG",
        ] {
            assert!(search(typed).matches(&ana(), &all), "{typed}");
        }
        for typed in ["novak", "ana x", "1991", "555 124"] {
            assert!(!search(typed).matches(&ana(), &all), "{typed}");
        }
    }

    #[test]
    fn a_duplicate_shares_name_and_birth_year_or_phone_or_e_mail() {
        let held = ana().profile;
        let mut same_name = held.clone();
        same_name.email = None;
        same_name.phone = None;
        same_name.given_name = "ANA".into();
        same_name.family_name = Some("Saric".into());
        assert!(possible_duplicate(&same_name, &held));
        same_name.birth_year = Some(1991);
        assert!(!possible_duplicate(&same_name, &held), "another year");
        same_name.birth_year = None;
        assert!(!possible_duplicate(&same_name, &held), "no year to compare");
        let mut same_phone = same_name.clone();
        for written in ["+386 (41) 555-123", "041 555 123", "00386 41 555123"] {
            same_phone.phone = Some(written.into());
            assert!(possible_duplicate(&same_phone, &held), "{written}");
        }
        same_phone.phone = Some("555 123".into());
        assert!(
            !possible_duplicate(&same_phone, &held),
            "too few digits to tell"
        );
        let mut same_email = same_name.clone();
        same_email.email = held.email.clone();
        assert!(possible_duplicate(&same_email, &held));
    }

    #[test]
    fn a_part_the_searcher_may_not_see_finds_nothing() {
        use ParticipantFacet::*;
        let code_only: BTreeSet<_> = [ReferenceCode].into();
        for typed in ["saric", "ana", "1990", "555 123", "ana.saric@"] {
            assert!(!search(typed).matches(&ana(), &code_only), "{typed}");
        }
        assert!(search("p-ab12-cd34").matches(&ana(), &code_only));
        let names: BTreeSet<_> = [ReferenceCode, GivenName, FamilyName].into();
        assert!(search("saric").matches(&ana(), &names));
        assert!(!search("+386 41 555 123").matches(&ana(), &names));
        let given_only: BTreeSet<_> = [ReferenceCode, GivenName].into();
        assert!(!search("saric").matches(&ana(), &given_only));
        assert!(search("ana").matches(&ana(), &given_only));
    }
}
