//! Mentorship use cases without HTTP: profiles, pairing, the meeting log, ending.

#![allow(clippy::unwrap_used)] // a test fails loudly where its setup does

mod support_seed;

use chrono::{Duration, Utc};
use skupaj_app::AppError;
use skupaj_domain::DomainError;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::mentorship::MentorshipStatus;
use skupaj_domain::organisation::OrganisationKind;
use skupaj_persistence::mentorships;
use support_seed::World;

fn refusal(result: Result<impl std::fmt::Debug, AppError>) -> DomainError {
    match result {
        Err(AppError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn a_pairing_respects_consent_and_capacity_and_its_log_stays_with_the_mentor() {
    let world = World::new().await;
    let ngo = world.organisation("Most", OrganisationKind::Ngo).await;
    let lab = world
        .organisation("FabLab", OrganisationKind::Company)
        .await;
    let case_manager = world
        .member(
            "cm@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::CaseManager,
        )
        .await;
    let own_mentor = world
        .member(
            "mentor@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::Mentor,
        )
        .await;
    let far_mentor = world
        .member(
            "mentor@lab.example",
            lab,
            OrganisationKind::Company,
            MembershipRole::Mentor,
        )
        .await;
    let stranger = world
        .member(
            "cm@lab.example",
            lab,
            OrganisationKind::Company,
            MembershipRole::CaseManager,
        )
        .await;
    let amina = world.participant(ngo, "Amina").await;
    let omar = world.participant(ngo, "Omar").await;
    for mentor in [&own_mentor, &far_mentor] {
        world
            .app
            .acting_as(mentor)
            .mentorships()
            .save_profile(&["welding".to_owned()], &["ar".to_owned()], 1)
            .await
            .expect("profile");
    }
    let found = world
        .app
        .acting_as(&case_manager)
        .mentorships()
        .find_mentors(Some("Welding"), Some("ar"))
        .await
        .unwrap();
    assert_eq!(found.len(), 2);
    assert_eq!(
        refusal(
            world
                .app
                .acting_as(&own_mentor)
                .mentorships()
                .find_mentors(None, None)
                .await
        ),
        DomainError::Forbidden
    );

    let arranging = world.app.acting_as(&case_manager).mentorships();
    // A mentor from another organisation needs a consent covering it: nothing is written.
    assert_eq!(
        refusal(arranging.arrange(amina, far_mentor.user_id, "Work").await),
        DomainError::ConsentRequired
    );
    assert_eq!(
        mentorships::active_mentees(&world.db, far_mentor.user_id)
            .await
            .unwrap(),
        0
    );
    // Someone who is no mentor.
    assert!(matches!(
        refusal(arranging.arrange(amina, case_manager.user_id, "Work").await),
        DomainError::Validation(error) if error.field == "mentorUserId"
    ));
    // Another organisation's case worker cannot see the participant.
    assert_eq!(
        refusal(
            world
                .app
                .acting_as(&stranger)
                .mentorships()
                .arrange(amina, far_mentor.user_id, "Work")
                .await
        ),
        DomainError::NotFound
    );

    let pairing = arranging
        .arrange(amina, own_mentor.user_id, "  Prepare for the shipyard ")
        .await
        .expect("arrange");
    assert_eq!(pairing.status, MentorshipStatus::Active);
    assert_eq!(pairing.organisation_id, ngo);
    assert_eq!(pairing.goals, "Prepare for the shipyard");
    assert_eq!(pairing.started_on, Utc::now().date_naive());
    // The mentor takes one mentee.
    assert!(matches!(
        refusal(arranging.arrange(omar, own_mentor.user_id, "Work").await),
        DomainError::Capacity(_)
    ));

    let mentor = world.app.acting_as(&own_mentor).mentorships();
    assert_eq!(mentor.mine().await.unwrap().len(), 1);
    let today = Utc::now().date_naive();
    assert!(matches!(
        refusal(mentor.log_meeting(pairing.id, today + Duration::days(1), "Later").await),
        DomainError::Validation(error) if error.field == "heldOn"
    ));
    assert_eq!(
        refusal(arranging.log_meeting(pairing.id, today, "Not theirs").await),
        DomainError::NotFound
    );
    mentor
        .log_meeting(pairing.id, today, "Visited the workshop")
        .await
        .expect("log");
    assert_eq!(arranging.meetings(&pairing).await.unwrap().len(), 1);
    assert_eq!(
        refusal(
            world
                .app
                .acting_as(&stranger)
                .mentorships()
                .meetings(&pairing)
                .await
        ),
        DomainError::Forbidden
    );

    assert_eq!(
        refusal(
            world
                .app
                .acting_as(&stranger)
                .mentorships()
                .end(pairing.id)
                .await
        ),
        DomainError::NotFound
    );
    let still = mentorships::get(&world.db, pairing.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(still.status, MentorshipStatus::Active);
    let ended = arranging.end(pairing.id).await.expect("end");
    assert_eq!(ended.status, MentorshipStatus::Ended);
    // The place is free again.
    arranging
        .arrange(omar, own_mentor.user_id, "Work")
        .await
        .expect("the freed place");
}
