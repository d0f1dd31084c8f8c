//! Mediation use cases without HTTP: asking, taking, completing, calling off.

#![allow(clippy::unwrap_used)] // a test fails loudly where its setup does

mod support_seed;

use chrono::{Duration, Utc};
use skupaj_app::AppError;
use skupaj_app::mediation::MediationAsk;
use skupaj_domain::DomainError;
use skupaj_domain::mediation::{MediationAction, MediationStatus};
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::notification::NotificationKind;
use skupaj_domain::organisation::OrganisationKind;
use skupaj_persistence::{mediation, notifications};
use support_seed::World;

fn ask(language: &str) -> MediationAsk {
    MediationAsk {
        language: language.to_owned(),
        starts_at: Utc::now() + Duration::days(2),
        place: None,
        remote: true,
        referral_id: None,
        session_id: None,
        participant_id: None,
        notes: None,
    }
}

fn refusal(result: Result<impl std::fmt::Debug, AppError>) -> DomainError {
    match result {
        Err(AppError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn a_request_reaches_the_mediators_of_its_language_who_take_and_complete_it() {
    let world = World::new().await;
    let ngo = world.organisation("Most", OrganisationKind::Ngo).await;
    let case_manager = world
        .member(
            "cm@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::CaseManager,
        )
        .await;
    let arabic = world
        .member(
            "ar@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::Mediator,
        )
        .await;
    let ukrainian = world
        .member(
            "uk@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::Mediator,
        )
        .await;
    for (mediator, language) in [(&arabic, "ar"), (&ukrainian, "uk")] {
        world
            .app
            .acting_as(mediator)
            .mentorships()
            .save_profile(&[], &[language.to_owned()], 0)
            .await
            .expect("profile");
    }

    let request = world
        .app
        .acting_as(&case_manager)
        .mediation()
        .request(ask("ar"))
        .await
        .expect("request");
    assert_eq!(request.status, MediationStatus::Requested);
    assert_eq!(request.organisation_id, ngo);

    // Only the mediator speaking the language hears of it.
    let heard = |user| notifications::inbox(&world.db, user, false, None, 10);
    let inbox = heard(arabic.user_id).await.unwrap().items;
    assert_eq!(inbox.len(), 1);
    assert_eq!(inbox[0].kind, NotificationKind::MediationRequested);
    assert!(heard(ukrainian.user_id).await.unwrap().items.is_empty());

    // The other mediator may see it is there (same organisation) but not take it.
    let other = world.app.acting_as(&ukrainian).mediation();
    assert_eq!(other.open().await.unwrap().len(), 0);
    assert_eq!(
        refusal(other.step(request.id, MediationAction::Take).await),
        DomainError::Forbidden
    );

    let mediator = world.app.acting_as(&arabic).mediation();
    assert_eq!(mediator.open().await.unwrap().len(), 1);
    let taken = mediator
        .step(request.id, MediationAction::Take)
        .await
        .expect("take");
    assert_eq!(taken.status, MediationStatus::Assigned);
    assert_eq!(taken.mediator_user_id, Some(arabic.user_id));
    // Taking it twice is no step of the machine.
    assert!(matches!(
        refusal(mediator.step(request.id, MediationAction::Take).await),
        DomainError::InvalidTransition(_)
    ));
    let done = mediator
        .step(request.id, MediationAction::Complete)
        .await
        .expect("complete");
    assert_eq!(done.status, MediationStatus::Done);
    assert_eq!(mediator.taken().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_stranger_cannot_find_a_request_and_a_refusal_changes_nothing() {
    let world = World::new().await;
    let ngo = world.organisation("Most", OrganisationKind::Ngo).await;
    let agency = world
        .organisation("Zavod", OrganisationKind::LabourAgency)
        .await;
    let case_manager = world
        .member(
            "cm@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::CaseManager,
        )
        .await;
    let stranger = world
        .member(
            "cm@zavod.example",
            agency,
            OrganisationKind::LabourAgency,
            MembershipRole::CaseManager,
        )
        .await;
    let analyst = world
        .member(
            "an@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::Analyst,
        )
        .await;

    // Only case workers ask; a bad language changes nothing.
    assert_eq!(
        refusal(
            world
                .app
                .acting_as(&analyst)
                .mediation()
                .request(ask("ar"))
                .await
        ),
        DomainError::Forbidden
    );
    let own = world.app.acting_as(&case_manager).mediation();
    assert!(matches!(
        refusal(own.request(ask("not a language")).await),
        DomainError::Validation(error) if error.field == "language"
    ));
    assert!(own.of_organisation().await.unwrap().is_empty());

    let request = own.request(ask("ar")).await.expect("request");
    let theirs = world.app.acting_as(&stranger).mediation();
    assert_eq!(
        refusal(theirs.step(request.id, MediationAction::Cancel).await),
        DomainError::NotFound
    );
    assert!(theirs.of_organisation().await.unwrap().is_empty());
    assert_eq!(
        refusal(theirs.open().await),
        DomainError::Forbidden,
        "only mediators browse open requests"
    );
    let stored = mediation::get(&world.db, request.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, MediationStatus::Requested);

    let cancelled = own
        .step(request.id, MediationAction::Cancel)
        .await
        .expect("cancel");
    assert_eq!(cancelled.status, MediationStatus::Cancelled);
}
