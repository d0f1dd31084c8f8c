//! Who corrects a text already written (rectification, GDPR art. 16): its author, and the
//! admins of the organisation it belongs to. The text it replaces is kept as a revision, shown
//! to whoever sees the record.

use uuid::Uuid;

use super::{Actor, ParticipantRelation, Permit, acting_side, allow_if, write_life_entries};
use crate::DomainError;
use crate::life_card::LifeEntry;
use crate::membership::MembershipRole;
use crate::referral::{Referral, ReferralNote};

/// Correcting a life-card entry: its author, acting for the organisation it was written in and
/// still allowed to write entries on this card; or an admin of the organisation that owns the
/// participant (who coordinates the card). The caller checks first that the viewer sees the
/// entry at all (participant and domain). Answers the organisation the correction is made for
/// (the one acted in) with the permit.
pub fn correct_life_entry(
    actor: &Actor,
    entry: &LifeEntry,
    owner_organisation: Uuid,
    relation: &ParticipantRelation,
) -> Result<(Uuid, Permit), DomainError> {
    let author = actor.user_id == entry.author_user_id
        && actor.organisation_id() == Some(entry.organisation_id)
        && write_life_entries(actor, relation).is_ok();
    let owners_admin = actor.role_in(owner_organisation) == Some(MembershipRole::OrgAdmin);
    allow_if(author || owners_admin)?;
    let organisation = actor.organisation_id().ok_or(DomainError::Forbidden)?;
    Ok((organisation, Permit::granted()))
}

/// Correcting a referral note: its author, acting for the side they wrote it for and still
/// working on the referral there; or an admin of that organisation (the note is its message to
/// the other side; the other side's admins do not rewrite it). The caller checks first that the
/// viewer may read the notes. Answers the organisation the correction is made for (the one
/// acted in) with the permit.
pub fn correct_referral_note(
    actor: &Actor,
    note: &ReferralNote,
    referral: &Referral,
) -> Result<(Uuid, Permit), DomainError> {
    let on_its_side = actor.organisation_id() == Some(note.author_organisation_id)
        && acting_side(actor, referral).is_ok();
    let author = actor.user_id == note.author_user_id && on_its_side;
    let admin = on_its_side && actor.role() == Some(MembershipRole::OrgAdmin);
    allow_if(author || admin)?;
    Ok((note.author_organisation_id, Permit::granted()))
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Utc};

    use super::*;
    use crate::access::fixtures::{member, org, platform};
    use crate::life_card::LifeDomain;
    use crate::membership::PlatformRole;
    use crate::referral::{NeedDomain, ReferralKind, ReferralPriority, ReferralStatus};

    fn entry_by(author: &Actor) -> LifeEntry {
        LifeEntry {
            id: Uuid::from_u128(70),
            participant_id: Uuid::from_u128(60),
            domain: LifeDomain::Employment,
            goal_id: None,
            note: "found work".into(),
            occurred_on: NaiveDate::from_ymd_opt(2026, 11, 1).expect("date"),
            author_user_id: author.user_id,
            organisation_id: author.organisation_id().expect("acting"),
            created_at: Utc::now(),
        }
    }

    fn engaged() -> ParticipantRelation {
        ParticipantRelation::Engaged {
            shared: Default::default(),
        }
    }

    #[test]
    fn a_life_entry_is_corrected_by_its_author_or_the_owners_admin() {
        // Written by a staff member of organisation 2, engaged with organisation 1's participant.
        let author = member(MembershipRole::Staff, 2);
        let entry = entry_by(&author);
        assert_eq!(
            correct_life_entry(&author, &entry, org(1), &engaged()).map(|(o, _)| o),
            Ok(org(2))
        );
        // The author no longer engaged (the referral closed): no longer.
        assert!(
            correct_life_entry(&author, &entry, org(1), &ParticipantRelation::Unrelated).is_err()
        );
        // The owner's admin, yes; the owner's case manager, no.
        let owners_admin = member(MembershipRole::OrgAdmin, 1);
        assert!(
            correct_life_entry(&owners_admin, &entry, org(1), &ParticipantRelation::Owner).is_ok()
        );
        let owners_case_manager = member(MembershipRole::CaseManager, 1);
        assert!(
            correct_life_entry(
                &owners_case_manager,
                &entry,
                org(1),
                &ParticipantRelation::Owner
            )
            .is_err()
        );
        // A colleague of the author, even their admin: no (the owner coordinates the card).
        let mut colleague = member(MembershipRole::OrgAdmin, 2);
        colleague.user_id = Uuid::from_u128(4242);
        assert!(correct_life_entry(&colleague, &entry, org(1), &engaged()).is_err());
        // The author acting as a mentor, a platform auditor: no.
        let mut as_mentor = member(MembershipRole::Mentor, 2);
        as_mentor.user_id = author.user_id;
        assert!(correct_life_entry(&as_mentor, &entry, org(1), &engaged()).is_err());
        assert!(
            correct_life_entry(&platform(PlatformRole::Auditor), &entry, org(1), &engaged())
                .is_err()
        );
    }

    fn referral() -> Referral {
        Referral {
            id: Uuid::from_u128(50),
            participant_id: Uuid::from_u128(60),
            from_organisation_id: org(1),
            from_user_id: Uuid::from_u128(1001),
            to_organisation_id: org(2),
            programme_id: None,
            need_domain: NeedDomain::Employment,
            priority: ReferralPriority::Normal,
            reason: "work".to_owned(),
            respond_by: NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
            kind: ReferralKind::Service,
            status: ReferralStatus::Accepted,
            consent_id: None,
            redirected_from_id: None,
            decline_reason: None,
            outcome: None,
            cancel_reason: None,
            version: 1,
            sent_at: None,
            first_response_at: None,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        }
    }

    fn note_by(author: &Actor) -> ReferralNote {
        ReferralNote {
            id: Uuid::from_u128(80),
            referral_id: Uuid::from_u128(50),
            author_user_id: author.user_id,
            author_organisation_id: author.organisation_id().expect("acting"),
            body: "see you on Monday".into(),
            created_at: Utc::now(),
        }
    }

    #[test]
    fn a_note_is_corrected_by_its_author_or_their_sides_admin() {
        let author = member(MembershipRole::CaseManager, 1);
        let note = note_by(&author);
        assert!(correct_referral_note(&author, &note, &referral()).is_ok());
        let mut own_admin = member(MembershipRole::OrgAdmin, 1);
        own_admin.user_id = Uuid::from_u128(4242);
        assert!(correct_referral_note(&own_admin, &note, &referral()).is_ok());
        let mut colleague = member(MembershipRole::Staff, 1);
        colleague.user_id = Uuid::from_u128(4243);
        assert!(correct_referral_note(&colleague, &note, &referral()).is_err());
        // The other side, its admin included, does not rewrite someone else's message.
        assert!(
            correct_referral_note(&member(MembershipRole::OrgAdmin, 2), &note, &referral())
                .is_err()
        );
        // An analyst of the author's side, or the author acting elsewhere: no.
        let mut analyst = member(MembershipRole::Analyst, 1);
        analyst.user_id = author.user_id;
        assert!(correct_referral_note(&analyst, &note, &referral()).is_err());
        let mut elsewhere = member(MembershipRole::CaseManager, 3);
        elsewhere.user_id = author.user_id;
        assert!(correct_referral_note(&elsewhere, &note, &referral()).is_err());
    }
}
