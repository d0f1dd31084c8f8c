//! Recording placements and matching, without HTTP, on a real SQLite database.

#[path = "programme_common/mod.rs"]
mod common;

use chrono::Utc;
use common::{as_mutation, audit_entries, database, member, organisation, participant};
use skupaj_app::AppError;
use skupaj_app::placement::JobStarted;
use skupaj_app::programme::NewProgramme;
use skupaj_domain::DomainError;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::organisation::OrganisationKind;
use skupaj_domain::placement::{ContractType, PlacementInput};
use skupaj_domain::programme::{ProgrammeAction, ProgrammeInput, ProgrammeKind};
use skupaj_persistence::placements;

fn job() -> PlacementInput {
    PlacementInput {
        employer_organisation_id: None,
        employer_name: Some("Varilnica d.o.o.".into()),
        occupation: "welder".into(),
        contract_type: ContractType::FixedTerm,
        hours_per_week: 40,
        starts_on: Utc::now().date_naive(),
        uses_training: true,
    }
}

#[tokio::test]
async fn a_labour_agency_records_a_job_of_a_participant_it_sees() {
    let (app, db) = database().await;
    let agency = organisation(&db, OrganisationKind::LabourAgency, "Agency").await;
    let other = organisation(&db, OrganisationKind::LabourAgency, "Other agency").await;
    let staff = member(
        &db,
        agency,
        OrganisationKind::LabourAgency,
        MembershipRole::CaseManager,
    )
    .await;
    let stranger = member(
        &db,
        other,
        OrganisationKind::LabourAgency,
        MembershipRole::CaseManager,
    )
    .await;
    let analyst = member(
        &db,
        agency,
        OrganisationKind::LabourAgency,
        MembershipRole::Analyst,
    )
    .await;
    let person = participant(&db, agency).await;
    let started = JobStarted {
        participant_id: person,
        enrolment_id: None,
        programme_id: None,
        job: job(),
    };

    // Someone who may not see the participant learns nothing of them.
    let attempt = app
        .acting_as(&stranger)
        .placements()
        .record(started.clone())
        .await;
    assert!(matches!(
        attempt,
        Err(AppError::Refused(DomainError::NotFound))
    ));
    let attempt = app
        .acting_as(&analyst)
        .placements()
        .record(started.clone())
        .await;
    assert!(
        matches!(attempt, Err(AppError::Refused(DomainError::Forbidden))),
        "{attempt:?}"
    );
    // A programme named without an enrolment in it is a validation error.
    let mut unlinked = started.clone();
    unlinked.programme_id = Some(uuid::Uuid::now_v7());
    let attempt = app.acting_as(&staff).placements().record(unlinked).await;
    assert!(
        matches!(attempt, Err(AppError::Refused(DomainError::Validation(_)))),
        "{attempt:?}"
    );
    assert!(
        placements::of_participant(&db, person)
            .await
            .unwrap()
            .is_empty()
    );

    let (placement, unwritten) = as_mutation(&staff, "recordPlacement", async {
        app.acting_as(&staff).placements().record(started).await
    })
    .await;
    let placement = placement.expect("recorded");
    assert!(unwritten.is_none());
    assert_eq!(placement.recorded_by_organisation_id, agency);
    assert_eq!(
        placements::of_participant(&db, person).await.unwrap().len(),
        1
    );
    let entries = audit_entries(&db, placement.id).await;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].entity_type.as_deref(), Some("Placement"));
}

#[tokio::test]
async fn matching_finds_programmes_for_a_participant_only_for_those_who_see_them() {
    let (app, db) = database().await;
    let agency = organisation(&db, OrganisationKind::LabourAgency, "Agency").await;
    let ngo = organisation(&db, OrganisationKind::Ngo, "School").await;
    let staff = member(
        &db,
        agency,
        OrganisationKind::LabourAgency,
        MembershipRole::CaseManager,
    )
    .await;
    let teacher = member(&db, ngo, OrganisationKind::Ngo, MembershipRole::Staff).await;
    let person = participant(&db, agency).await;
    let course = app
        .acting_as(&teacher)
        .programmes()
        .create(NewProgramme {
            profile: ProgrammeInput {
                kind: Some(ProgrammeKind::VocationalTraining),
                title: vec![("sl".into(), "Varjenje".into())],
                municipality: "Kranj".into(),
                capacity: 10,
                skills_taught: vec!["welding".into()],
                ..ProgrammeInput::default()
            },
            partners: Vec::new(),
        })
        .await
        .expect("created");
    // A draft is matched to nobody.
    let found = app
        .acting_as(&staff)
        .matching()
        .programmes_for(person, 10)
        .await
        .unwrap();
    assert!(found.is_empty());
    app.acting_as(&teacher)
        .programmes()
        .step(course.id, ProgrammeAction::Publish)
        .await
        .expect("published");

    let found = app
        .acting_as(&staff)
        .matching()
        .programmes_for(person, 10)
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0.id, course.id);
    assert!(found[0].1.score > 0);

    let attempt = app
        .acting_as(&teacher)
        .matching()
        .programmes_for(person, 10)
        .await;
    assert!(matches!(
        attempt,
        Err(AppError::Refused(DomainError::NotFound))
    ));
    let attempt = app
        .acting_as(&teacher)
        .matching()
        .vacancies_for(person, 10)
        .await;
    assert!(matches!(
        attempt,
        Err(AppError::Refused(DomainError::NotFound))
    ));

    let fits = app
        .acting_as(&staff)
        .matching()
        .participants_for(course.id, 10)
        .await
        .unwrap();
    assert_eq!(fits.len(), 1);
    assert_eq!(fits[0].0.participant.id, person);
    let fits = app
        .acting_as(&teacher)
        .matching()
        .participants_for(course.id, 10)
        .await
        .unwrap();
    assert!(fits.is_empty(), "the school sees no one of the agency's");
}
