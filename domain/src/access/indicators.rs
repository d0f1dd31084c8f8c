//! Who may read indicators, and over which records.

use uuid::Uuid;

use super::{Actor, ReferralScope, referral_scope};
use crate::DomainError;
use crate::membership::MembershipRole;

/// Which programmes' enrolments programme indicators count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgrammeScope {
    /// Every programme (platform admins).
    All,
    /// Programmes taking place in this municipality (municipal officers).
    Municipality(String),
    /// Programmes this organisation runs, as lead or partner (analysts).
    Organisation(Uuid),
}

/// The records indicators are computed from: the referrals (`None`: every referral) and the
/// programmes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorScope {
    pub referrals: Option<ReferralScope>,
    pub programmes: ProgrammeScope,
}

/// Indicators are for platform admins (everything), municipal officers (the referrals they
/// track and the programmes in their municipality) and analysts (their organisation's
/// referrals and programmes). The referrals are those the caller may list, by the same
/// `referral_scope`; everyone else is refused.
pub fn indicator_scope(actor: &Actor) -> Result<IndicatorScope, DomainError> {
    if actor.is_platform_admin() {
        return Ok(IndicatorScope {
            referrals: None,
            programmes: ProgrammeScope::All,
        });
    }
    if let Some(municipality) = actor.tracked_municipality() {
        return Ok(IndicatorScope {
            referrals: Some(referral_scope(actor)),
            programmes: ProgrammeScope::Municipality(municipality.to_owned()),
        });
    }
    match actor.acting.as_ref() {
        Some(acting) if acting.role == MembershipRole::Analyst => Ok(IndicatorScope {
            referrals: Some(referral_scope(actor)),
            programmes: ProgrammeScope::Organisation(acting.organisation_id),
        }),
        _ => Err(DomainError::Forbidden),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{member, member_of_kind, org, platform};
    use crate::membership::PlatformRole;
    use crate::organisation::OrganisationKind;

    #[test]
    fn officers_analysts_and_admins_read_indicators_of_their_own_scope() {
        let officer = member_of_kind(MembershipRole::Staff, 1, OrganisationKind::Municipality);
        let scope = indicator_scope(&officer).expect("officer");
        assert_eq!(
            scope.programmes,
            ProgrammeScope::Municipality("Ljubljana".to_owned())
        );
        assert_eq!(
            scope.referrals.and_then(|s| s.municipality).as_deref(),
            Some("Ljubljana")
        );

        let analyst = member(MembershipRole::Analyst, 2);
        let scope = indicator_scope(&analyst).expect("analyst");
        assert_eq!(scope.programmes, ProgrammeScope::Organisation(org(2)));
        assert_eq!(
            scope.referrals,
            Some(ReferralScope {
                organisation: Some(org(2)),
                municipality: None
            })
        );

        let admin = platform(PlatformRole::PlatformAdmin);
        assert_eq!(
            indicator_scope(&admin),
            Ok(IndicatorScope {
                referrals: None,
                programmes: ProgrammeScope::All
            })
        );
    }

    #[test]
    fn case_workers_mentors_and_other_platform_roles_are_refused() {
        for role in [
            MembershipRole::CaseManager,
            MembershipRole::Staff,
            MembershipRole::OrgAdmin,
            MembershipRole::Mentor,
            MembershipRole::Mediator,
        ] {
            assert_eq!(
                indicator_scope(&member(role, 1)),
                Err(DomainError::Forbidden),
                "{role}"
            );
        }
        let mentor_of_municipality =
            member_of_kind(MembershipRole::Mentor, 1, OrganisationKind::Municipality);
        assert_eq!(
            indicator_scope(&mentor_of_municipality),
            Err(DomainError::Forbidden)
        );
        assert_eq!(
            indicator_scope(&platform(PlatformRole::Auditor)),
            Err(DomainError::Forbidden)
        );
    }
}
