//! Who sees a referral, and who acts on it for which side.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{Actor, Permit, allow_if};
use crate::DomainError;
use crate::consent::Consent;
use crate::membership::MembershipRole;
use crate::referral::{Referral, ReferralStatus, Side};

/// Where a referral touches: the municipalities of both organisations and of the participant.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReferralPlaces {
    pub municipalities: Vec<String>,
}

/// Members of either organisation see the referral (the receiver once it is sent), except its
/// mentors and mediators, who see their mentees and their mediation requests only; municipal
/// officers see every sent referral that touches their municipality.
pub fn can_view_referral(actor: &Actor, referral: &Referral, places: &ReferralPlaces) -> bool {
    let Some(organisation) = referral_organisation(actor) else {
        return false;
    };
    let sent = referral.status != ReferralStatus::Draft;
    organisation == referral.from_organisation_id
        || (sent && organisation == referral.to_organisation_id)
        || (sent
            && actor
                .tracked_municipality()
                .is_some_and(|m| places.municipalities.iter().any(|p| p == m)))
}

/// Which referrals a list may contain, as the two halves of the rule of `can_view_referral`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReferralScope {
    /// Referrals sent by this organisation, and sent (not draft) referrals to it.
    pub organisation: Option<Uuid>,
    /// Sent referrals touching this municipality (for municipal officers).
    pub municipality: Option<String>,
}

/// The scope of referral lists for this actor; both halves empty means nothing.
pub fn referral_scope(actor: &Actor) -> ReferralScope {
    ReferralScope {
        organisation: referral_organisation(actor),
        municipality: actor.tracked_municipality().map(str::to_owned),
    }
}

/// The organisation whose referrals the actor reads: the one they act in, unless their role
/// there is mentoring or mediation (those roles work with people, not with referrals).
fn referral_organisation(actor: &Actor) -> Option<Uuid> {
    let acting = actor.acting.as_ref()?;
    (!matches!(
        acting.role,
        MembershipRole::Mentor | MembershipRole::Mediator
    ))
    .then_some(acting.organisation_id)
}

/// The roles that work on referrals (mentors, mediators and analysts only read).
fn works_on_referrals(role: MembershipRole) -> bool {
    matches!(
        role,
        MembershipRole::CaseManager | MembershipRole::Staff | MembershipRole::OrgAdmin
    )
}

/// The side the actor acts for on this referral, or `Forbidden`.
pub fn acting_side(actor: &Actor, referral: &Referral) -> Result<Side, DomainError> {
    let organisation = actor.organisation_id().ok_or(DomainError::Forbidden)?;
    let role = actor.role().ok_or(DomainError::Forbidden)?;
    allow_if(works_on_referrals(role))?;
    referral.side_of(organisation).ok_or(DomainError::Forbidden)
}

/// Taking a step on a referral: a case worker of either side, for that side (which steps a side
/// may take from which status is the state machine's, `referral::transition`). Answers the
/// side and the permit to write the step.
pub fn take_referral_step(
    actor: &Actor,
    referral: &Referral,
) -> Result<(Side, Permit), DomainError> {
    acting_side(actor, referral).map(|side| (side, Permit::granted()))
}

/// Sending a referral's participant data on (send, reopen): only the organisation that owns
/// the case. After a transfer elsewhere, the old owner's drafts and closed referrals stay where
/// they are.
pub fn pass_on_participant(
    referral: &Referral,
    owner_organisation: Option<Uuid>,
) -> Result<(), DomainError> {
    allow_if(owner_organisation == Some(referral.from_organisation_id))
}

/// A change that follows by the domain's rules from a change the policy allowed (an accepted
/// transfer moving the case, a redirect's onward referral, the referral step an enrolment
/// change drives) is allowed by the same decision: its permit, made from the first one's.
pub fn consequence_of(_allowed: &Permit) -> Permit {
    Permit::granted()
}

/// Changing enrolments (enrolling, withdrawing, attendance, completion, outcomes): a case worker
/// of an organisation running the programme (`run_programme`).
pub fn change_enrolment(
    actor: &Actor,
    programme: &crate::programme::Programme,
) -> Result<Permit, DomainError> {
    super::run_programme(actor, programme).map(|()| Permit::granted())
}

/// A referral follows the enrolments that answer it: the permit an enrolment change (allowed by
/// [`change_enrolment`] or by the programme's own management) lends to the referral steps it
/// drives, for `actor`.
pub fn follow_enrolments(_actor: &Actor) -> Permit {
    Permit::granted()
}

/// Creating a referral: a case worker of the organisation that owns the participant.
pub fn create_referral(actor: &Actor, owner_organisation: Uuid) -> Result<Permit, DomainError> {
    allow_if(
        actor
            .role_in(owner_organisation)
            .is_some_and(works_on_referrals),
    )
    .map(|()| Permit::granted())
}

/// Writing a note: a case worker of either side.
pub fn write_referral_note(actor: &Actor, referral: &Referral) -> Result<Permit, DomainError> {
    acting_side(actor, referral).map(|_| Permit::granted())
}

/// Whether the actor may read the free texts of a referral (reason, comments, notes), which
/// can name the participant: the sender's case workers always; the receiver's while the
/// referral engages them (sent and open) under a consent (`consent`, the one the referral
/// relies on) that is active `now`. Nobody else, not even a municipal officer tracking it.
pub fn may_read_referral_texts(
    actor: &Actor,
    referral: &Referral,
    consent: Option<&Consent>,
    now: DateTime<Utc>,
) -> bool {
    match acting_side(actor, referral) {
        Ok(Side::Sender) => true,
        Ok(Side::Receiver) => {
            referral.status.engages_receiver()
                && referral.consent_id.is_some()
                && consent.is_some_and(|consent| {
                    Some(consent.id) == referral.consent_id && consent.is_active(now)
                })
        }
        _ => false,
    }
}

/// Whether the texts may be read needs the consent only for the receiver of an engaged
/// referral: the consent to load for [`may_read_referral_texts`], if any.
pub fn texts_need_consent(actor: &Actor, referral: &Referral) -> Option<Uuid> {
    match acting_side(actor, referral) {
        Ok(Side::Receiver) if referral.status.engages_receiver() => referral.consent_id,
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{member, member_of_kind, org};
    use crate::organisation::OrganisationKind;
    use crate::referral::*;
    use chrono::{NaiveDate, Utc};

    fn referral(status: ReferralStatus) -> Referral {
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
            respond_by: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            kind: ReferralKind::Service,
            status,
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

    fn places(municipality: &str) -> ReferralPlaces {
        ReferralPlaces {
            municipalities: vec![municipality.to_owned()],
        }
    }

    #[test]
    fn both_sides_see_it_the_receiver_once_sent() {
        let sender = member(MembershipRole::Analyst, 1);
        let receiver = member(MembershipRole::Staff, 2);
        let stranger = member(MembershipRole::Staff, 3);
        let draft = referral(ReferralStatus::Draft);
        let sent = referral(ReferralStatus::Sent);
        assert!(can_view_referral(&sender, &draft, &places("Koper")));
        assert!(!can_view_referral(&receiver, &draft, &places("Koper")));
        assert!(can_view_referral(&receiver, &sent, &places("Koper")));
        assert!(!can_view_referral(&stranger, &sent, &places("Koper")));
    }

    #[test]
    fn mentors_and_mediators_see_no_referral() {
        for role in [MembershipRole::Mentor, MembershipRole::Mediator] {
            for organisation in [1, 2] {
                let actor = member(role, organisation);
                for status in [ReferralStatus::Draft, ReferralStatus::Sent] {
                    assert!(!can_view_referral(
                        &actor,
                        &referral(status),
                        &places("Ljubljana")
                    ));
                }
                assert_eq!(referral_scope(&actor), ReferralScope::default());
            }
        }
        let analyst = member(MembershipRole::Analyst, 1);
        assert_eq!(referral_scope(&analyst).organisation, Some(org(1)));
    }

    #[test]
    fn municipal_officers_see_sent_referrals_in_their_municipality() {
        let officer = member_of_kind(MembershipRole::Analyst, 9, OrganisationKind::Municipality);
        let sent = referral(ReferralStatus::Sent);
        assert!(can_view_referral(&officer, &sent, &places("Ljubljana")));
        assert!(!can_view_referral(&officer, &sent, &places("Koper")));
        assert!(!can_view_referral(
            &officer,
            &referral(ReferralStatus::Draft),
            &places("Ljubljana")
        ));
        let case_manager = member_of_kind(
            MembershipRole::CaseManager,
            9,
            OrganisationKind::Municipality,
        );
        assert!(!can_view_referral(
            &case_manager,
            &sent,
            &places("Ljubljana")
        ));
    }

    #[test]
    fn only_case_workers_act_and_only_for_their_side() {
        let sent = referral(ReferralStatus::Sent);
        assert_eq!(
            acting_side(&member(MembershipRole::Staff, 1), &sent),
            Ok(Side::Sender)
        );
        assert_eq!(
            acting_side(&member(MembershipRole::CaseManager, 2), &sent),
            Ok(Side::Receiver)
        );
        assert!(acting_side(&member(MembershipRole::Analyst, 2), &sent).is_err());
        assert!(acting_side(&member(MembershipRole::Mentor, 1), &sent).is_err());
        assert!(acting_side(&member(MembershipRole::Staff, 3), &sent).is_err());
    }

    #[test]
    fn only_the_owners_case_workers_create_referrals() {
        assert!(create_referral(&member(MembershipRole::CaseManager, 1), org(1)).is_ok());
        assert!(create_referral(&member(MembershipRole::CaseManager, 2), org(1)).is_err());
        assert!(create_referral(&member(MembershipRole::Mediator, 1), org(1)).is_err());
    }

    fn consent(id: Uuid, withdrawn: bool) -> crate::consent::Consent {
        use crate::consent::{ConsentMethod, ConsentPurpose, FieldGroup};
        crate::consent::Consent {
            id,
            participant_id: Uuid::from_u128(60),
            purpose: ConsentPurpose::Referral,
            covered_organisations: vec![org(2)],
            covered_kinds: Vec::new(),
            field_groups: vec![FieldGroup::Identity],
            method: ConsentMethod::Written,
            language: crate::language::LanguageCode::parse("language", "sl").unwrap(),
            given_at: Utc::now() - chrono::Duration::days(1),
            expires_at: None,
            withdrawn_at: withdrawn.then(Utc::now),
        }
    }

    #[test]
    fn the_sender_reads_texts_always_the_receiver_under_an_active_consent_only() {
        let now = Utc::now();
        let sender = member(MembershipRole::CaseManager, 1);
        let receiver = member(MembershipRole::Staff, 2);
        let consent_id = Uuid::from_u128(70);
        let mut sent = referral(ReferralStatus::Sent);
        sent.consent_id = Some(consent_id);
        let active = consent(consent_id, false);
        let withdrawn = consent(consent_id, true);
        assert!(may_read_referral_texts(&sender, &sent, None, now));
        assert!(may_read_referral_texts(
            &receiver,
            &sent,
            Some(&active),
            now
        ));
        assert!(!may_read_referral_texts(
            &receiver,
            &sent,
            Some(&withdrawn),
            now
        ));
        assert!(!may_read_referral_texts(&receiver, &sent, None, now));
        // Another consent than the one the referral relies on opens nothing.
        let other = consent(Uuid::from_u128(71), false);
        assert!(!may_read_referral_texts(
            &receiver,
            &sent,
            Some(&other),
            now
        ));
        // Closed, the receiver reads nothing more.
        let mut completed = sent.clone();
        completed.status = ReferralStatus::Completed;
        assert!(!may_read_referral_texts(
            &receiver,
            &completed,
            Some(&active),
            now
        ));
        assert_eq!(texts_need_consent(&receiver, &completed), None);
        assert_eq!(texts_need_consent(&receiver, &sent), Some(consent_id));
        assert_eq!(texts_need_consent(&sender, &sent), None);
        // A municipal officer tracking it, an analyst, a stranger: never.
        let officer = member_of_kind(MembershipRole::Analyst, 9, OrganisationKind::Municipality);
        let analyst = member(MembershipRole::Analyst, 1);
        let stranger = member(MembershipRole::Staff, 3);
        for reader in [officer, analyst, stranger] {
            assert!(!may_read_referral_texts(&reader, &sent, Some(&active), now));
        }
    }

    #[test]
    fn steps_and_notes_need_a_case_worker_of_a_side() {
        let sent = referral(ReferralStatus::Sent);
        assert_eq!(
            take_referral_step(&member(MembershipRole::Staff, 2), &sent).map(|(side, _)| side),
            Ok(Side::Receiver)
        );
        assert!(take_referral_step(&member(MembershipRole::Analyst, 1), &sent).is_err());
        assert!(take_referral_step(&member(MembershipRole::Staff, 3), &sent).is_err());
        assert!(write_referral_note(&member(MembershipRole::OrgAdmin, 1), &sent).is_ok());
        assert!(write_referral_note(&member(MembershipRole::Mediator, 1), &sent).is_err());
    }

    #[test]
    fn only_the_owner_passes_the_participant_on() {
        let draft = referral(ReferralStatus::Draft);
        assert!(pass_on_participant(&draft, Some(org(1))).is_ok());
        assert_eq!(
            pass_on_participant(&draft, Some(org(2))),
            Err(DomainError::Forbidden)
        );
        assert_eq!(
            pass_on_participant(&draft, None),
            Err(DomainError::Forbidden)
        );
    }
}
