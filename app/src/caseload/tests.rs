//! Caseloads and tasks, without HTTP, on a real database.

use chrono::{Duration, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::notification::NotificationKind;
use skupaj_domain::task::{TaskInput, TaskStatus, TaskSubject};

use super::NewTask;
use crate::AppError;
use crate::testing::World;

fn refused(result: Result<impl std::fmt::Debug, AppError>) -> DomainError {
    match result {
        Err(AppError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn call(subject: TaskSubject, assignee: Option<uuid::Uuid>) -> NewTask {
    NewTask {
        subject,
        input: TaskInput {
            title: "Call about the course".to_owned(),
            due_on: Utc::now().date_naive() + Duration::days(3),
        },
        assignee,
    }
}

#[tokio::test]
async fn only_an_admin_assigns_a_case_and_the_new_case_worker_is_told() {
    let world = World::new().await;
    let org = world.organisation("Most").await;
    let registrar = world.member(org, MembershipRole::CaseManager).await;
    let colleague = world.member(org, MembershipRole::Staff).await;
    let admin = world.member(org, MembershipRole::OrgAdmin).await;
    let id = world.participant(&registrar, "Amina").await;

    let refusal = world
        .app
        .acting_as(&registrar)
        .caseloads()
        .assign_case_worker(id, colleague.user_id)
        .await;
    assert_eq!(refused(refusal), DomainError::Forbidden);
    let theirs = world.app.acting_as(&colleague);
    assert!(
        theirs
            .participants()
            .caseload(None, 20)
            .await
            .expect("caseload")
            .items
            .is_empty()
    );

    let mentor = world.member(org, MembershipRole::Mentor).await;
    let not_a_case_worker = world
        .app
        .acting_as(&admin)
        .caseloads()
        .assign_case_worker(id, mentor.user_id)
        .await;
    assert!(matches!(
        refused(not_a_case_worker),
        DomainError::Validation(_)
    ));

    world
        .app
        .acting_as(&admin)
        .caseloads()
        .assign_case_worker(id, colleague.user_id)
        .await
        .expect("assigned");
    let caseload = theirs
        .participants()
        .caseload(None, 20)
        .await
        .expect("caseload");
    assert_eq!(caseload.items.len(), 1);
    let (inbox, _) = theirs
        .notifications()
        .inbox(false, None, 20)
        .await
        .expect("inbox");
    assert!(
        inbox
            .items
            .iter()
            .any(|notification| notification.kind == NotificationKind::CaseAssigned)
    );
    let registrars = world.app.acting_as(&registrar).participants();
    assert!(
        registrars
            .caseload(None, 20)
            .await
            .expect("caseload")
            .items
            .is_empty()
    );
}

#[tokio::test]
async fn a_task_for_an_outsider_is_refused_and_one_task_is_completed_once() {
    let world = World::new().await;
    let org = world.organisation("Most").await;
    let elsewhere = world.organisation("Drugi").await;
    let staff = world.member(org, MembershipRole::Staff).await;
    let outsider = world.member(elsewhere, MembershipRole::Staff).await;
    let id = world.participant(&staff, "Amina").await;
    let caseloads = world.app.acting_as(&staff).caseloads();

    let refusal = caseloads
        .create_task(call(TaskSubject::Participant(id), Some(outsider.user_id)))
        .await;
    assert!(matches!(refused(refusal), DomainError::Validation(_)));
    assert!(
        caseloads
            .my_tasks(None, 20)
            .await
            .expect("tasks")
            .items
            .is_empty()
    );

    let unseen = world
        .app
        .acting_as(&outsider)
        .caseloads()
        .create_task(call(TaskSubject::Participant(id), None))
        .await;
    assert_eq!(refused(unseen), DomainError::NotFound);

    let task = caseloads
        .create_task(call(TaskSubject::Participant(id), None))
        .await
        .expect("created");
    assert_eq!(task.assignee_id, staff.user_id);
    assert_eq!(
        caseloads
            .my_tasks(None, 20)
            .await
            .expect("tasks")
            .items
            .len(),
        1
    );

    let not_theirs = world
        .app
        .acting_as(&outsider)
        .caseloads()
        .complete_task(task.id)
        .await;
    assert_eq!(refused(not_theirs), DomainError::NotFound);

    let done = caseloads.complete_task(task.id).await.expect("completed");
    assert_eq!(done.status, TaskStatus::Done);
    assert!(done.completed_at.is_some());
    let again = caseloads.complete_task(task.id).await;
    assert!(matches!(refused(again), DomainError::InvalidTransition(_)));
}

#[tokio::test]
async fn roles_that_carry_no_cases_have_no_caseload_or_tasks() {
    let world = World::new().await;
    let org = world.organisation("Most").await;
    let analyst = world.member(org, MembershipRole::Analyst).await;
    let handle = world.app.acting_as(&analyst);
    assert_eq!(
        refused(handle.participants().caseload(None, 20).await),
        DomainError::Forbidden
    );
    assert_eq!(
        refused(handle.caseloads().my_tasks(None, 20).await),
        DomainError::Forbidden
    );
}
