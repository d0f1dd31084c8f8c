//! Demo cases: fictional participants with consents, and referrals in every status between the
//! demo organisations. Seeded once: when the demo NGO already has participants, nothing is added.

use std::collections::HashMap;

use chrono::{Duration, Utc};
use skupaj_app::referral::seed;
use skupaj_domain::consent::{ConsentMethod, ConsentPurpose, ConsentTerms, FieldGroup};
use skupaj_domain::organisation::OrganisationKind;
use skupaj_domain::participant::{
    CefrLevel, EducationLevel, Gender, LegalStatus, LocationPreference, ParticipantInput,
    ParticipantNeed,
};
use skupaj_domain::referral::{
    NeedDomain, ReferralAction, ReferralKind, ReferralPriority, ReferralStatus,
};
use skupaj_persistence::referrals::{ActedBy, NewReferral};
use skupaj_persistence::{Database, consents, participants, referrals, users};
use uuid::Uuid;

const MOST: &str = "Društvo Most";
const SOLIDARNOST: &str = "Dolenjska solidarnost";

/// A demo participant: given name, language, legal status, skills, municipality, owner.
type DemoPerson = (
    &'static str,
    &'static str,
    LegalStatus,
    &'static [&'static str],
    &'static str,
    &'static str,
);

const PEOPLE: &[DemoPerson] = &[
    (
        "Amina",
        "ar",
        LegalStatus::InternationalProtection,
        &["welding", "metalwork"],
        "Ljubljana",
        MOST,
    ),
    (
        "Oleksandr",
        "uk",
        LegalStatus::TemporaryProtection,
        &["carpentry"],
        "Ljubljana",
        MOST,
    ),
    (
        "Farid",
        "fa",
        LegalStatus::AsylumSeeker,
        &["cooking"],
        "Ljubljana",
        MOST,
    ),
    (
        "Maryam",
        "ar",
        LegalStatus::SubsidiaryProtection,
        &["sewing", "design"],
        "Novo mesto",
        SOLIDARNOST,
    ),
    (
        "Dmytro",
        "uk",
        LegalStatus::TemporaryProtection,
        &["programming"],
        "Novo mesto",
        SOLIDARNOST,
    ),
    (
        "Grace",
        "en",
        LegalStatus::LabourMigrant,
        &["nursing"],
        "Ljubljana",
        MOST,
    ),
];

/// Seeds the demo cases when there are none yet; returns (participants, referrals) created.
pub async fn seed(
    db: &Database,
    organisations: &HashMap<&str, Uuid>,
) -> anyhow::Result<(usize, usize)> {
    let most = organisations[MOST];
    let existing = participants::list_related(
        db,
        skupaj_domain::access::ParticipantScope::Organisation(most),
        None,
        Utc::now(),
        None,
        1,
    )
    .await?;
    if !existing.items.is_empty() {
        return Ok((0, 0));
    }
    let today = Utc::now().date_naive();
    let mut people = Vec::new();
    for (name, language, status, skills, municipality, owner) in PEOPLE {
        let profile = ParticipantInput {
            given_name: (*name).to_owned(),
            family_name: Some("Demo".to_owned()),
            birth_year: Some(1992),
            gender: Some(Gender::Undisclosed),
            legal_status: Some(*status),
            preferred_language: (*language).to_owned(),
            languages: vec![
                ((*language).to_owned(), CefrLevel::Native),
                ("sl".to_owned(), CefrLevel::A2),
            ],
            slovenian_level: Some(CefrLevel::A2),
            education_level: Some(EducationLevel::Secondary),
            skills: skills.iter().map(|s| (*s).to_owned()).collect(),
            interests: vec!["language exchange".to_owned()],
            needs: vec![ParticipantNeed::Interpretation],
            location_preference: Some(LocationPreference::Any),
            max_travel_km: Some(40),
            municipality: Some((*municipality).to_owned()),
            ..ParticipantInput::default()
        }
        .validate(today)?;
        let owner_id = organisations[owner];
        let recorder = users::case_worker_of(db, owner_id)
            .await?
            .ok_or_else(|| anyhow::anyhow!("{owner} has no demo staff"))?;
        let participant = participants::create(
            db,
            skupaj_domain::access::platform_job(),
            owner_id,
            &profile,
            Some(recorder),
        )
        .await?;
        let terms = ConsentTerms::parse(
            ConsentPurpose::Referral,
            Vec::new(),
            vec![
                OrganisationKind::Cwcs,
                OrganisationKind::LabourAgency,
                OrganisationKind::Education,
                OrganisationKind::SocialWorkCentre,
            ],
            vec![
                FieldGroup::Identity,
                FieldGroup::Contact,
                FieldGroup::Background,
            ],
            ConsentMethod::Written,
            language,
            Some(Utc::now() + Duration::days(365)),
            Utc::now(),
        )?;
        let consent = consents::record(
            db,
            skupaj_domain::access::platform_job(),
            participant.id,
            &terms,
            recorder,
        )
        .await?;
        people.push((participant, consent.id, owner_id, recorder));
    }

    let to = |name: &str| organisations[name];
    // (person, receiver, need, the statuses to walk through)
    let plans: &[(usize, &str, NeedDomain, ReferralStatus)] = &[
        (
            0,
            "Obalni FabLab",
            NeedDomain::Employment,
            ReferralStatus::Draft,
        ),
        (
            0,
            "Skupni Prostor coworking",
            NeedDomain::Employment,
            ReferralStatus::Sent,
        ),
        (
            1,
            "Zaposlitveni center Ljubljana",
            NeedDomain::Employment,
            ReferralStatus::Accepted,
        ),
        (
            1,
            "Ljudska šola jezikov",
            NeedDomain::Language,
            ReferralStatus::InProgress,
        ),
        (
            2,
            "Skupni Prostor coworking",
            NeedDomain::Mentorship,
            ReferralStatus::OnHold,
        ),
        (
            2,
            "Ljudska šola jezikov",
            NeedDomain::Language,
            ReferralStatus::Completed,
        ),
        (
            3,
            "Podjetniški inkubator Vipava",
            NeedDomain::Employment,
            ReferralStatus::Declined,
        ),
        (
            4,
            "Tkalnica coworking",
            NeedDomain::Employment,
            ReferralStatus::Expired,
        ),
        (
            4,
            "Kreativni hub Soča",
            NeedDomain::Education,
            ReferralStatus::Redirected,
        ),
        (
            5,
            "Center za socialno delo Bežigrad",
            NeedDomain::Social,
            ReferralStatus::Cancelled,
        ),
    ];
    let mut created = 0;
    for (person, receiver, need, target) in plans {
        let (participant, consent, owner, user) = &people[*person];
        let sender = ActedBy {
            user_id: Some(*user),
            organisation_id: Some(*owner),
        };
        let receiving = ActedBy {
            user_id: None,
            organisation_id: Some(to(receiver)),
        };
        let respond_by = if *target == ReferralStatus::Expired {
            today - Duration::days(1)
        } else {
            today + Duration::days(14)
        };
        let new = NewReferral {
            participant_id: participant.id,
            from_organisation_id: *owner,
            from_user_id: *user,
            to_organisation_id: to(receiver),
            programme_id: None,
            need_domain: *need,
            priority: ReferralPriority::Normal,
            reason: format!("Demo referral ({need})"),
            respond_by,
            kind: ReferralKind::Service,
            redirected_from_id: None,
        };
        let send = (*target != ReferralStatus::Draft).then_some(*consent);
        let mut referral = seed::create(db, &new, send, sender).await?;
        created += 1;
        let steps: &[ReferralAction] = match target {
            ReferralStatus::Accepted => &[ReferralAction::Accept],
            ReferralStatus::InProgress => &[ReferralAction::Accept, ReferralAction::Start],
            ReferralStatus::OnHold => &[
                ReferralAction::Accept,
                ReferralAction::Start,
                ReferralAction::Hold,
            ],
            ReferralStatus::Completed => &[
                ReferralAction::Accept,
                ReferralAction::Start,
                ReferralAction::Complete,
            ],
            ReferralStatus::Declined => &[ReferralAction::Decline],
            ReferralStatus::Redirected => &[ReferralAction::Redirect],
            ReferralStatus::Cancelled => &[ReferralAction::Cancel],
            _ => &[],
        };
        for action in steps {
            let actor = if *action == ReferralAction::Cancel {
                sender
            } else {
                receiving
            };
            let follow_up = (*action == ReferralAction::Redirect).then(|| {
                let mut next = new.clone();
                next.to_organisation_id = to("Zaposlitveni center Ljubljana");
                next.redirected_from_id = Some(referral.id);
                (next, *consent)
            });
            created += usize::from(follow_up.is_some());
            referral = seed::step(db, &referral, *action, follow_up, actor).await?;
        }
        if *target == ReferralStatus::Expired {
            referrals::expire_overdue(db, today).await?;
        }
    }
    Ok((people.len(), created))
}
