//! The programme use cases, without HTTP, on a real SQLite database.

#[path = "programme_common/mod.rs"]
mod common;

use chrono::{Duration, Utc};
use common::{as_mutation, audit_entries, database, member, organisation};
use skupaj_app::AppError;
use skupaj_app::programme::{NewProgramme, ProgrammeFilter, SessionMove};
use skupaj_domain::DomainError;
use skupaj_domain::access::Actor;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::organisation::OrganisationKind;
use skupaj_domain::programme::{
    PartnerRole, Programme, ProgrammeAction, ProgrammeInput, ProgrammeKind, ProgrammeStatus,
};
use skupaj_persistence::programmes;

fn welding_course() -> ProgrammeInput {
    ProgrammeInput {
        kind: Some(ProgrammeKind::VocationalTraining),
        title: vec![("sl".into(), "Varjenje".into())],
        municipality: "Kranj".into(),
        capacity: 12,
        skills_taught: vec!["welding".into()],
        ..ProgrammeInput::default()
    }
}

async fn open(
    app: &skupaj_app::App,
    lead: &Actor,
    partners: Vec<(uuid::Uuid, PartnerRole)>,
) -> Programme {
    app.acting_as(lead)
        .programmes()
        .create(NewProgramme {
            profile: welding_course(),
            partners,
        })
        .await
        .expect("create")
}

fn refused(result: Result<impl std::fmt::Debug, AppError>) -> DomainError {
    match result {
        Err(AppError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn opening_a_programme_writes_a_draft_with_its_audit_entry() {
    let (app, db) = database().await;
    let ngo = organisation(&db, OrganisationKind::Ngo, "Lead").await;
    let lead = member(&db, ngo, OrganisationKind::Ngo, MembershipRole::CaseManager).await;
    let (created, unwritten) = as_mutation(&lead, "createProgramme", async {
        app.acting_as(&lead)
            .programmes()
            .create(NewProgramme {
                profile: welding_course(),
                partners: Vec::new(),
            })
            .await
    })
    .await;
    let created = created.expect("created");
    assert!(unwritten.is_none(), "the audit entry goes with the change");
    assert_eq!(created.status, ProgrammeStatus::Draft);
    assert_eq!(created.lead_organisation_id, ngo);
    let entries = audit_entries(&db, created.id).await;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].operation, "createProgramme");
    assert_eq!(entries[0].entity_type.as_deref(), Some("Programme"));
}

#[tokio::test]
async fn only_case_workers_open_programmes_and_bad_partners_write_nothing() {
    let (app, db) = database().await;
    let ngo = organisation(&db, OrganisationKind::Ngo, "Lead").await;
    let analyst = member(&db, ngo, OrganisationKind::Ngo, MembershipRole::Analyst).await;
    let staff = member(&db, ngo, OrganisationKind::Ngo, MembershipRole::Staff).await;
    let attempt = app
        .acting_as(&analyst)
        .programmes()
        .create(NewProgramme {
            profile: welding_course(),
            partners: Vec::new(),
        })
        .await;
    assert_eq!(refused(attempt), DomainError::Forbidden);
    // The lead itself, and an organisation that does not exist, are no partners.
    for partner in [ngo, uuid::Uuid::now_v7()] {
        let attempt = app
            .acting_as(&staff)
            .programmes()
            .create(NewProgramme {
                profile: welding_course(),
                partners: vec![(partner, PartnerRole::HostSpace)],
            })
            .await;
        match refused(attempt) {
            DomainError::Validation(why) => assert_eq!(why.field, "partners[0].organisationId"),
            other => panic!("expected VALIDATION, got {other:?}"),
        }
    }
    let own = app
        .acting_as(&staff)
        .programme_catalogue()
        .search(ProgrammeFilter::default(), true, None, 10)
        .await
        .expect("search");
    assert!(own.items.is_empty(), "nothing was written");
}

#[tokio::test]
async fn a_draft_is_hidden_from_others_and_moves_on_only_by_its_lead() {
    let (app, db) = database().await;
    let ngo = organisation(&db, OrganisationKind::Ngo, "Lead").await;
    let host = organisation(&db, OrganisationKind::Ngo, "Host").await;
    let other = organisation(&db, OrganisationKind::Ngo, "Other").await;
    let lead = member(&db, ngo, OrganisationKind::Ngo, MembershipRole::Staff).await;
    let partner = member(&db, host, OrganisationKind::Ngo, MembershipRole::Staff).await;
    let stranger = member(&db, other, OrganisationKind::Ngo, MembershipRole::Staff).await;
    let draft = open(&app, &lead, vec![(host, PartnerRole::HostSpace)]).await;

    let attempt = app
        .acting_as(&stranger)
        .programmes()
        .step(draft.id, ProgrammeAction::Publish)
        .await;
    assert_eq!(
        refused(attempt),
        DomainError::NotFound,
        "a draft is not shown to strangers"
    );
    let attempt = app
        .acting_as(&partner)
        .programmes()
        .step(draft.id, ProgrammeAction::Publish)
        .await;
    assert_eq!(
        refused(attempt),
        DomainError::Forbidden,
        "partners run, the lead manages"
    );
    let attempt = app
        .acting_as(&lead)
        .programmes()
        .step(draft.id, ProgrammeAction::Complete)
        .await;
    assert!(matches!(
        refused(attempt),
        DomainError::InvalidTransition(_)
    ));
    let stored = programmes::get(&db, draft.id).await.unwrap().unwrap();
    assert_eq!(
        stored.status,
        ProgrammeStatus::Draft,
        "no refusal changed it"
    );

    let (published, _) = as_mutation(&lead, "publishProgramme", async {
        app.acting_as(&lead)
            .programmes()
            .step(draft.id, ProgrammeAction::Publish)
            .await
    })
    .await;
    assert_eq!(
        published.expect("published").status,
        ProgrammeStatus::Published
    );
    let entries = audit_entries(&db, draft.id).await;
    assert!(
        entries
            .iter()
            .any(|e| e.operation == "publishProgramme"
                && e.entity_type.as_deref() == Some("Programme")),
        "{entries:?}"
    );
    // Now public: anyone reads it.
    assert!(
        app.public()
            .programme_catalogue()
            .get(draft.id)
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn sessions_are_scheduled_by_the_lead_and_by_partners_only_when_let() {
    let (app, db) = database().await;
    let ngo = organisation(&db, OrganisationKind::Ngo, "Lead").await;
    let host = organisation(&db, OrganisationKind::Ngo, "Host").await;
    let lead = member(&db, ngo, OrganisationKind::Ngo, MembershipRole::Staff).await;
    let partner = member(&db, host, OrganisationKind::Ngo, MembershipRole::Staff).await;
    let programme = open(&app, &lead, vec![(host, PartnerRole::HostSpace)]).await;
    let starts = Utc::now() + Duration::days(3);

    let attempt = app
        .acting_as(&partner)
        .programmes()
        .add_session(programme.id, starts, starts + Duration::hours(2), None)
        .await;
    assert_eq!(refused(attempt), DomainError::Forbidden);
    assert!(
        programmes::sessions(&db, programme.id)
            .await
            .unwrap()
            .is_empty()
    );

    let (session, _) = as_mutation(&lead, "addProgrammeSession", async {
        app.acting_as(&lead)
            .programmes()
            .add_session(
                programme.id,
                starts,
                starts + Duration::hours(2),
                Some("Room 2".into()),
            )
            .await
    })
    .await;
    let session = session.expect("scheduled");
    let entries = audit_entries(&db, session.id).await;
    assert_eq!(
        entries.len(),
        1,
        "the session's creation is audited with it"
    );
    assert_eq!(entries[0].entity_type.as_deref(), Some("ProgrammeSession"));

    // Moving it into the past is refused and changes nothing.
    let attempt = app
        .acting_as(&lead)
        .programmes()
        .move_session(
            session.id,
            SessionMove {
                starts_at: Some(Utc::now() - Duration::hours(1)),
                ends_at: Some(Utc::now() + Duration::hours(1)),
                place: None,
            },
        )
        .await;
    assert!(matches!(refused(attempt), DomainError::Validation(_)));
    let stored = programmes::session(&db, session.id).await.unwrap().unwrap();
    assert_eq!(stored.starts_at, session.starts_at);

    // Back to the venue, a day later.
    let moved = app
        .acting_as(&lead)
        .programmes()
        .move_session(
            session.id,
            SessionMove {
                starts_at: Some(starts + Duration::days(1)),
                ends_at: Some(starts + Duration::days(1) + Duration::hours(2)),
                place: Some(None),
            },
        )
        .await
        .expect("moved");
    assert_eq!(moved.place, None);
    assert_eq!(moved.starts_at, starts + Duration::days(1));

    let of = app
        .acting_as(&lead)
        .programmes()
        .cancel_session(session.id)
        .await
        .expect("cancelled");
    assert_eq!(of.id, programme.id);
    assert!(
        programmes::sessions(&db, programme.id)
            .await
            .unwrap()
            .is_empty()
    );
    let attempt = app
        .acting_as(&lead)
        .programmes()
        .cancel_session(session.id)
        .await;
    assert!(matches!(
        attempt,
        Err(AppError::Refused(DomainError::NotFound))
    ));
}
