//! Life cards and their corrections, without HTTP, on a real database.

use chrono::{Duration, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access::ParticipantRelation;
use skupaj_domain::life_card::{GoalStatus, LifeDomain};
use skupaj_domain::membership::MembershipRole;
use skupaj_persistence::rectification;

use super::{NewEntry, NewGoal};
use crate::AppError;
use crate::testing::World;

fn refused(result: Result<impl std::fmt::Debug, AppError>) -> DomainError {
    match result {
        Err(AppError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn goal(title: &str) -> NewGoal {
    NewGoal {
        domain: LifeDomain::Employment,
        title: title.to_owned(),
        target_date: None,
    }
}

fn entry(note: &str, goal_id: Option<uuid::Uuid>) -> NewEntry {
    NewEntry {
        domain: LifeDomain::Employment,
        goal_id,
        note: note.to_owned(),
        occurred_on: Utc::now().date_naive() - Duration::days(1),
    }
}

#[tokio::test]
async fn the_owners_case_worker_sets_goals_and_an_analyst_is_refused() {
    let world = World::new().await;
    let org = world.organisation("Most").await;
    let case_manager = world.member(org, MembershipRole::CaseManager).await;
    let analyst = world.member(org, MembershipRole::Analyst).await;
    let id = world.participant(&case_manager, "Amina").await;
    let cards = world.app.acting_as(&case_manager).life_cards();

    let refusal = world
        .app
        .acting_as(&analyst)
        .life_cards()
        .add_goal(id, goal("A job as a welder"))
        .await;
    assert_eq!(refused(refusal), DomainError::Forbidden);
    let owner = ParticipantRelation::Owner;
    assert!(cards.goals(id, &owner).await.expect("goals").is_empty());

    let set = cards
        .add_goal(id, goal("A job as a welder"))
        .await
        .expect("set");
    assert_eq!(set.organisation_id, org);
    let moved = cards
        .set_goal_status(set.id, GoalStatus::InProgress)
        .await
        .expect("moved");
    assert_eq!(moved.status, GoalStatus::InProgress);
    let goals = cards.goals(id, &owner).await.expect("goals");
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].status, GoalStatus::InProgress);
}

#[tokio::test]
async fn an_entry_names_only_a_goal_of_its_participant() {
    let world = World::new().await;
    let org = world.organisation("Most").await;
    let staff = world.member(org, MembershipRole::CaseManager).await;
    let amina = world.participant(&staff, "Amina").await;
    let omar = world.participant(&staff, "Omar").await;
    let cards = world.app.acting_as(&staff).life_cards();
    let omars = cards.add_goal(omar, goal("Training")).await.expect("goal");

    let refusal = cards
        .add_entry(amina, entry("Started the course", Some(omars.id)))
        .await;
    match refused(refusal) {
        DomainError::Validation(invalid) => assert_eq!(invalid.field, "goalId"),
        other => panic!("expected a validation error, got {other:?}"),
    }
    let owner = ParticipantRelation::Owner;
    let timeline = cards
        .timeline(amina, &owner, None, None, 20)
        .await
        .expect("timeline");
    assert!(timeline.items.is_empty(), "nothing was written");

    cards
        .add_entry(amina, entry("Started the course", None))
        .await
        .expect("added");
    let timeline = cards
        .timeline(amina, &owner, None, None, 20)
        .await
        .expect("timeline");
    assert_eq!(timeline.items.len(), 1);
    let housing = cards
        .timeline(amina, &owner, Some(LifeDomain::Housing), None, 20)
        .await
        .expect("timeline");
    assert!(housing.items.is_empty());
}

#[tokio::test]
async fn a_correction_keeps_the_old_note_and_refuses_an_unchanged_one() {
    let world = World::new().await;
    let org = world.organisation("Most").await;
    let author = world.member(org, MembershipRole::Staff).await;
    let colleague = world.member(org, MembershipRole::CaseManager).await;
    let id = world.participant(&author, "Amina").await;
    let written = world
        .app
        .acting_as(&author)
        .life_cards()
        .add_entry(id, entry("Startde the course", None))
        .await
        .expect("added");
    let corrections = world.app.acting_as(&author).corrections();

    let unchanged = corrections
        .life_entry(written.id, "Startde the course")
        .await;
    assert!(matches!(refused(unchanged), DomainError::Validation(_)));
    let not_theirs = world
        .app
        .acting_as(&colleague)
        .corrections()
        .life_entry(written.id, "Started the course")
        .await;
    assert_eq!(refused(not_theirs), DomainError::Forbidden);

    let corrected = corrections
        .life_entry(written.id, "Started the course")
        .await
        .expect("corrected");
    assert_eq!(corrected.note, "Started the course");
    let revisions = rectification::life_entry_revisions(&world.db, &[written.id])
        .await
        .expect("revisions");
    let kept = &revisions[&written.id];
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].text, "Startde the course");
    assert_eq!(kept[0].replaced_by_user_id, author.user_id);
}
