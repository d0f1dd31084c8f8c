//! The profile that only coworking and collaborative spaces (CWCS) have: what kind of space
//! they are, where, and what they offer. The field report's interviews are the source.

use crate::ValidationError;

closed_set! {
/// What kind of space a CWCS is; a space may be several at once.
pub enum SpaceType {
    Coworking,
    Collaborative,
    MakerSpace,
    FabLab,
    Accelerator,
    Incubator,
    CreativeHub,
    ArtsScienceLab,
    Educational,
}
}

closed_set! {
/// Whether a space is in a town or in the countryside.
pub enum Setting {
    Urban,
    NonUrban,
}
}

closed_set! {
/// What a space offers its members and visitors.
pub enum Offering {
    Workspace,
    Workshops,
    Community,
    Internships,
    Mentorship,
    ProfessionalSupport,
    TechnicalAdvice,
    LegalAdvice,
    ArtistResidence,
    Childcare,
    Translation,
}
}

/// The CWCS part of an organisation's profile.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CwcsProfile {
    pub space_types: Vec<SpaceType>,
    pub setting: Option<Setting>,
    pub offerings: Vec<Offering>,
    pub member_count: Option<u32>,
}

impl CwcsProfile {
    /// A generous upper bound that still catches a typo of several extra digits.
    pub const MAX_MEMBER_COUNT: u32 = 1_000_000;

    /// Validates the profile and drops repeated entries, keeping their order.
    pub fn normalised(mut self) -> Result<Self, ValidationError> {
        dedup(&mut self.space_types);
        dedup(&mut self.offerings);
        if self
            .member_count
            .is_some_and(|count| count > Self::MAX_MEMBER_COUNT)
        {
            return Err(ValidationError::new(
                "memberCount",
                format!("must be at most {}", Self::MAX_MEMBER_COUNT),
            ));
        }
        Ok(self)
    }
}

fn dedup<T: PartialEq + Copy>(values: &mut Vec<T>) {
    let mut seen = Vec::with_capacity(values.len());
    values.retain(|value| {
        let first = !seen.contains(value);
        seen.push(*value);
        first
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_repeats_and_keeps_order() {
        let profile = CwcsProfile {
            space_types: vec![SpaceType::FabLab, SpaceType::Coworking, SpaceType::FabLab],
            offerings: vec![Offering::Childcare, Offering::Childcare],
            ..CwcsProfile::default()
        }
        .normalised()
        .unwrap();
        assert_eq!(
            profile.space_types,
            vec![SpaceType::FabLab, SpaceType::Coworking]
        );
        assert_eq!(profile.offerings, vec![Offering::Childcare]);
    }

    #[test]
    fn refuses_an_absurd_member_count() {
        let profile = CwcsProfile {
            member_count: Some(5_000_000),
            ..CwcsProfile::default()
        };
        assert_eq!(profile.normalised().unwrap_err().field, "memberCount");
    }

    #[test]
    fn spelled_in_screaming_snake_case() {
        assert_eq!(SpaceType::ArtsScienceLab.to_string(), "ARTS_SCIENCE_LAB");
        assert_eq!("NON_URBAN".parse::<Setting>(), Ok(Setting::NonUrban));
    }
}
