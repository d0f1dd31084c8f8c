//! The use cases on participants' records, without HTTP, on a real database.

use skupaj_domain::DomainError;
use skupaj_domain::audit::{AuditOutcome, AuditRecord};
use skupaj_domain::membership::MembershipRole;
use skupaj_persistence::audit;

use crate::AppError;
use crate::testing::{World, profile};

fn refused(result: Result<impl std::fmt::Debug, AppError>) -> DomainError {
    match result {
        Err(AppError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn pending(operation: &str) -> AuditRecord {
    AuditRecord {
        user_id: None,
        organisation_id: None,
        role: None,
        operation: operation.to_owned(),
        entity_type: None,
        entity_id: None,
        outcome: AuditOutcome::Allowed,
        client_address: None,
        request_id: None,
        reason: None,
    }
}

#[tokio::test]
async fn registering_makes_the_registrar_the_case_worker_and_a_mentor_is_refused() {
    let world = World::new().await;
    let org = world.organisation("Most").await;
    let case_manager = world.member(org, MembershipRole::CaseManager).await;
    let id = world.participant(&case_manager, "Amina").await;

    let mine = world.app.acting_as(&case_manager).participants();
    let caseload = mine.caseload(None, 20).await.expect("caseload");
    assert_eq!(caseload.items.len(), 1);
    assert_eq!(caseload.items[0].participant.id, id);
    assert_eq!(caseload.items[0].participant.profile.given_name, "Amina");

    let mentor = world.member(org, MembershipRole::Mentor).await;
    let answer = world
        .app
        .acting_as(&mentor)
        .participants()
        .register(profile("Omar"), true)
        .await;
    assert_eq!(refused(answer), DomainError::Forbidden);
    let listed = mine.list(None, None, 20).await.expect("list");
    assert_eq!(listed.items.len(), 1, "nothing was registered");
}

#[tokio::test]
async fn an_unconfirmed_duplicate_registers_nobody_and_names_the_one_held() {
    let world = World::new().await;
    let org = world.organisation("Most").await;
    let staff = world.member(org, MembershipRole::Staff).await;
    let mut first = profile("Amina");
    first.birth_year = Some(1990);
    let participants = world.app.acting_as(&staff).participants();
    let held = participants
        .register(first.clone(), false)
        .await
        .expect("registered")
        .participant
        .expect("no one like her yet")
        .participant
        .id;

    let again = first;
    let registration = participants.register(again, false).await.expect("answered");
    assert!(registration.participant.is_none());
    assert_eq!(
        registration
            .possible_duplicates
            .iter()
            .map(|(id, _)| *id)
            .collect::<Vec<_>>(),
        [held]
    );
    assert_eq!(
        participants
            .list(None, None, 20)
            .await
            .expect("list")
            .items
            .len(),
        1
    );
}

#[tokio::test]
async fn another_organisation_cannot_edit_and_the_refusal_is_audited_about_the_participant() {
    let world = World::new().await;
    let ours = world.organisation("Most").await;
    let theirs = world.organisation("Drugi").await;
    let owner = world.member(ours, MembershipRole::CaseManager).await;
    let stranger = world.member(theirs, MembershipRole::OrgAdmin).await;
    let id = world.participant(&owner, "Amina").await;

    let (answer, unwritten) = audit::recording(
        pending("updateParticipant"),
        world
            .app
            .acting_as(&stranger)
            .participants()
            .update(id, profile("Mallory")),
    )
    .await;
    assert_eq!(
        refused(answer),
        DomainError::NotFound,
        "existence does not leak"
    );
    let entry = unwritten.expect("nothing was written, so the entry is handed back");
    assert_eq!(entry.entity_type.as_deref(), Some("Participant"));
    assert_eq!(entry.entity_id, Some(id));

    let unchanged = world.app.acting_as(&owner).participants().get(id).await;
    assert_eq!(
        unchanged.expect("seen").participant.profile.given_name,
        "Amina"
    );

    // The owner's own edit is written with its audit entry in the same transaction.
    let (answer, unwritten) = audit::recording(
        pending("updateParticipant"),
        world
            .app
            .acting_as(&owner)
            .participants()
            .update(id, profile("Amira")),
    )
    .await;
    assert_eq!(
        answer.expect("updated").participant.profile.given_name,
        "Amira"
    );
    assert!(unwritten.is_none(), "the entry was written with the change");
}

#[tokio::test]
async fn only_the_owners_admin_erases_and_an_erased_record_leaves_the_lists() {
    let world = World::new().await;
    let org = world.organisation("Most").await;
    let case_manager = world.member(org, MembershipRole::CaseManager).await;
    let admin = world.member(org, MembershipRole::OrgAdmin).await;
    let id = world.participant(&case_manager, "Amina").await;

    let refusal = world
        .app
        .acting_as(&case_manager)
        .participants()
        .erase(id, "asked under art. 17")
        .await;
    assert_eq!(refused(refusal), DomainError::Forbidden);
    let participants = world.app.acting_as(&admin).participants();
    assert_eq!(
        participants
            .list(None, None, 20)
            .await
            .expect("list")
            .items
            .len(),
        1
    );

    let too_short = participants.erase(id, "x").await;
    assert!(matches!(refused(too_short), DomainError::Validation(_)));

    participants
        .erase(id, "asked under art. 17")
        .await
        .expect("erased");
    assert!(
        participants
            .list(None, None, 20)
            .await
            .expect("list")
            .items
            .is_empty()
    );
    let erased = participants.get(id).await.expect("still answers by id");
    assert_eq!(
        erased.participant.profile.given_name,
        skupaj_domain::erasure::ERASED
    );
}

#[tokio::test]
async fn a_merged_record_answers_as_its_survivor() {
    let world = World::new().await;
    let org = world.organisation("Most").await;
    let staff = world.member(org, MembershipRole::Staff).await;
    let survivor = world.participant(&staff, "Amina").await;
    let retired = world.participant(&staff, "Amina H.").await;
    let participants = world.app.acting_as(&staff).participants();

    let merged = participants.merge(survivor, retired).await.expect("merged");
    assert_eq!(merged.participant.id, survivor);
    let found = participants.find(retired).await.expect("found");
    assert_eq!(found.map(|view| view.participant.id), Some(survivor));
    assert_eq!(
        participants
            .list(None, None, 20)
            .await
            .expect("list")
            .items
            .len(),
        1
    );
}
