//! The participant data export without HTTP: the owner's case manager gets the person's
//! records and nobody else's, every export (and every refusal) is in the audit log first.

#![allow(clippy::unwrap_used)] // a test fails loudly where its setup does

mod support_seed;

use skupaj_app::AppError;
use skupaj_app::data_export::RequestOrigin;
use skupaj_domain::DomainError;
use skupaj_domain::access::platform_job;
use skupaj_domain::audit::AuditOutcome;
use skupaj_domain::life_card::LifeDomain;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::organisation::OrganisationKind;
use skupaj_persistence::{audit, life_cards};
use support_seed::World;

fn origin() -> RequestOrigin {
    RequestOrigin {
        client_address: Some("192.0.2.7".to_owned()),
        request_id: Some("request-1".to_owned()),
    }
}

#[tokio::test]
async fn the_owners_case_manager_exports_one_person_and_it_is_audited() {
    let world = World::new().await;
    let ngo = world.organisation("Most", OrganisationKind::Ngo).await;
    let other = world.organisation("Drugi", OrganisationKind::Ngo).await;
    let case_manager = world
        .member(
            "cm@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::CaseManager,
        )
        .await;
    let staff = world
        .member(
            "staff@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::Staff,
        )
        .await;
    let stranger = world
        .member(
            "cm@drugi.example",
            other,
            OrganisationKind::Ngo,
            MembershipRole::CaseManager,
        )
        .await;
    let amina = world.participant(ngo, "Amina").await;
    let boris = world.participant(ngo, "Boris").await;
    for (who, title) in [(amina, "Welding course"), (boris, "Driving licence")] {
        life_cards::add_goal(
            &world.db,
            platform_job(),
            who,
            LifeDomain::Employment,
            title.to_owned(),
            None,
            ngo,
        )
        .await
        .unwrap();
    }

    let document = world
        .app
        .acting_as(&case_manager)
        .data_exports()
        .participant(amina, &origin())
        .await
        .unwrap();
    assert_eq!(document.format_version, 1);
    assert_eq!(document.participant.given_name, "Amina");
    assert_eq!(document.controller.name.as_deref(), Some("Most"));
    let goals: Vec<&str> = document
        .life_card
        .goals
        .iter()
        .map(|g| g.title.as_str())
        .collect();
    assert_eq!(goals, ["Welding course"]);
    let json = document.to_json().to_string();
    assert!(!json.contains("Boris") && !json.contains("Driving licence"));
    assert!(!json.contains(&boris.to_string()));
    // The export's own entry is written before the reading, so the document ends with it.
    let last = document.access_log.last().unwrap();
    assert_eq!(last.operation, "participantDataExport");
    assert_eq!(last.outcome, AuditOutcome::Allowed);
    assert_eq!(last.role, Some(MembershipRole::CaseManager));
    assert_eq!(
        last.organisation.as_ref().and_then(|o| o.name.as_deref()),
        Some("Most")
    );

    // Refusals: the owner's staff may not, another organisation does not see her at all.
    let refused = |result: Result<_, AppError>| match result {
        Err(AppError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    };
    let by_staff = world
        .app
        .acting_as(&staff)
        .data_exports()
        .participant(amina, &origin())
        .await;
    assert_eq!(refused(by_staff), DomainError::Forbidden);
    let by_stranger = world
        .app
        .acting_as(&stranger)
        .data_exports()
        .participant(amina, &origin())
        .await;
    assert_eq!(refused(by_stranger), DomainError::NotFound);

    let filter = audit::AuditFilter {
        operation: Some("participantDataExport".to_owned()),
        ..Default::default()
    };
    let entries = audit::list(&world.db, &filter, None, 10)
        .await
        .unwrap()
        .items;
    let outcomes: Vec<(AuditOutcome, Option<uuid::Uuid>)> = entries
        .iter()
        .rev()
        .map(|line| (line.entry.outcome, line.entry.user_id))
        .collect();
    assert_eq!(
        outcomes,
        [
            (AuditOutcome::Allowed, Some(case_manager.user_id)),
            (AuditOutcome::Denied, Some(staff.user_id)),
            (AuditOutcome::Denied, Some(stranger.user_id)),
        ]
    );
    assert!(
        entries
            .iter()
            .all(|line| line.entry.entity_id == Some(amina)
                && line.entry.request_id.as_deref() == Some("request-1")
                && line.entry.client_address.as_deref() == Some("192.0.2.7"))
    );
}
