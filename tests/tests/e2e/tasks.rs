//! Follow-up tasks and reminders: tasks on a participant or a referral, listed for their
//! assignee open first by due date, completed once; a notice when a task falls due; a reminder
//! to the receiving organisation before a referral's respond-by date, once across instances.

use std::time::Duration;

use chrono::{Days, NaiveDate, Utc};
use serde_json::{Value, json};
use skupaj_persistence::scheduled;
use skupaj_tests::{
    Session, TestApp, create_referral, error_code, error_field, referral_id, user_id,
};

use crate::caseload::inbox;

const CREATE: &str = "mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id title dueOn status overdue participantId referralId assignee { id } participant { id } referral { id } completedAt } } }";
const COMPLETE: &str = "mutation($input: CompleteTaskInput!) { completeTask(input: $input) { task { id status completedAt } } }";
const MY_TASKS: &str = "query($first: Int, $after: String) { myTasks(first: $first, after: $after) { edges { cursor node { id title status dueOn } } pageInfo { hasNextPage } } }";

fn day(offset: u64) -> NaiveDate {
    Utc::now()
        .date_naive()
        .checked_add_days(Days::new(offset))
        .expect("a date")
}

async fn create(app: &TestApp, session: &Session, input: Value) -> Value {
    app.graphql(
        Some(&session.access_token),
        CREATE,
        json!({ "input": input }),
    )
    .await
}

fn task_id(answer: &Value) -> String {
    answer["data"]["createTask"]["task"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("createTask failed: {answer}"))
        .to_owned()
}

async fn complete(app: &TestApp, session: &Session, id: &str) -> Value {
    app.graphql(
        Some(&session.access_token),
        COMPLETE,
        json!({ "input": { "id": id } }),
    )
    .await
}

/// (title, status) of every task of `session`, `page` at a time.
async fn my_tasks(app: &TestApp, session: &Session, page: i32) -> Vec<(String, String)> {
    let mut tasks = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let answer = app
            .graphql(
                Some(&session.access_token),
                MY_TASKS,
                json!({ "first": page, "after": after }),
            )
            .await;
        let connection = &answer["data"]["myTasks"];
        for edge in connection["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{answer}"))
        {
            tasks.push((
                edge["node"]["title"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                edge["node"]["status"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            ));
            after = edge["cursor"].as_str().map(str::to_owned);
        }
        if connection["pageInfo"]["hasNextPage"] != true {
            return tasks;
        }
    }
}

fn open(title: &str) -> (String, String) {
    (title.to_owned(), "OPEN".to_owned())
}

#[tokio::test]
async fn tasks_are_listed_open_first_by_due_date_and_completed_once() {
    let c = TestApp::with_referral_case().await;
    let referral = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let nina = user_id(&c.app, &c.case_manager).await;
    let mut ids = Vec::new();
    for (title, due) in [("Call back", 5), ("Book interpreter", 1), ("Send CV", 3)] {
        let answer = create(
            &c.app,
            &c.case_manager,
            json!({ "participantId": c.participant, "title": title, "dueOn": day(due) }),
        )
        .await;
        let task = &answer["data"]["createTask"]["task"];
        assert_eq!(task["status"], "OPEN", "{answer}");
        assert_eq!(task["assignee"]["id"], nina, "{answer}");
        assert_eq!(task["participant"]["id"], c.participant.as_str());
        assert!(task["referral"].is_null() && task["referralId"].is_null());
        ids.push(task_id(&answer));
    }
    // A task on the referral, due today, for the sender's own case manager.
    let on_referral = create(
        &c.app,
        &c.case_manager,
        json!({ "referralId": referral, "title": "Ask how it went", "dueOn": day(0) }),
    )
    .await;
    assert_eq!(
        on_referral["data"]["createTask"]["task"]["referral"]["id"],
        referral.as_str(),
        "{on_referral}"
    );

    assert_eq!(
        my_tasks(&c.app, &c.case_manager, 2).await,
        [
            open("Ask how it went"),
            open("Book interpreter"),
            open("Send CV"),
            open("Call back")
        ]
    );

    // Done goes last; done again is refused and changes nothing.
    let done = complete(&c.app, &c.case_manager, &ids[1]).await;
    assert_eq!(
        done["data"]["completeTask"]["task"]["status"], "DONE",
        "{done}"
    );
    assert!(done["data"]["completeTask"]["task"]["completedAt"].is_string());
    let again = complete(&c.app, &c.case_manager, &ids[1]).await;
    assert_eq!(error_code(&again), Some("INVALID_TRANSITION"), "{again}");
    assert_eq!(
        my_tasks(&c.app, &c.case_manager, 3).await,
        [
            open("Ask how it went"),
            open("Send CV"),
            open("Call back"),
            ("Book interpreter".to_owned(), "DONE".to_owned())
        ]
    );

    // A colleague may be given a task; it is in their list, not the creator's.
    let colleague = c
        .app
        .member(&c.admin, &c.ngo, "marko@most.test", "STAFF")
        .await;
    let marko = user_id(&c.app, &colleague).await;
    let given = create(
        &c.app,
        &c.case_manager,
        json!({ "participantId": c.participant, "title": "Visit", "dueOn": day(2), "assigneeId": marko }),
    )
    .await;
    task_id(&given);
    assert_eq!(my_tasks(&c.app, &colleague, 10).await, [open("Visit")]);
    assert_eq!(my_tasks(&c.app, &c.case_manager, 10).await.len(), 4);

    let bad_cursor = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            MY_TASKS,
            json!({ "after": "bm90LWEtY3Vyc29y" }),
        )
        .await;
    assert_eq!(error_field(&bad_cursor), Some("after"), "{bad_cursor}");
}

#[tokio::test]
async fn bad_input_and_other_organisations_change_nothing() {
    let c = TestApp::with_referral_case().await;
    let referral = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let luka = user_id(&c.app, &c.receiver).await;
    let mentor = c
        .app
        .member(&c.admin, &c.ngo, "mentor@most.test", "MENTOR")
        .await;
    let mentor_id = user_id(&c.app, &mentor).await;
    for (input, field) in [
        (
            json!({ "participantId": c.participant, "title": " ", "dueOn": day(1) }),
            "title",
        ),
        (
            json!({ "participantId": c.participant, "title": "x".repeat(201), "dueOn": day(1) }),
            "title",
        ),
        (
            json!({ "participantId": c.participant, "title": "Call", "dueOn": "2020-01-01" }),
            "dueOn",
        ),
        (json!({ "title": "Call", "dueOn": day(1) }), "participantId"),
        (
            json!({ "participantId": c.participant, "referralId": referral, "title": "Call", "dueOn": day(1) }),
            "participantId",
        ),
        (
            json!({ "participantId": "nope", "title": "Call", "dueOn": day(1) }),
            "participantId",
        ),
        (
            json!({ "participantId": c.participant, "title": "Call", "dueOn": day(1), "assigneeId": luka }),
            "assigneeId",
        ),
        (
            json!({ "participantId": c.participant, "title": "Call", "dueOn": day(1), "assigneeId": mentor_id }),
            "assigneeId",
        ),
    ] {
        let answer = create(&c.app, &c.case_manager, input).await;
        assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
        assert_eq!(error_field(&answer), Some(field), "{answer}");
        assert!(answer["data"].is_null());
    }
    assert!(my_tasks(&c.app, &c.case_manager, 10).await.is_empty());

    // Another organisation neither creates a task on someone it may not see, nor sees or
    // completes the tasks about them.
    let task = task_id(
        &create(
            &c.app,
            &c.case_manager,
            json!({ "participantId": c.participant, "title": "Call", "dueOn": day(1) }),
        )
        .await,
    );
    let stranger = create(
        &c.app,
        &c.third_staff,
        json!({ "participantId": c.participant, "title": "Call", "dueOn": day(1) }),
    )
    .await;
    assert_eq!(error_code(&stranger), Some("NOT_FOUND"), "{stranger}");
    let on_referral = create(
        &c.app,
        &c.third_staff,
        json!({ "referralId": referral, "title": "Call", "dueOn": day(1) }),
    )
    .await;
    assert_eq!(error_code(&on_referral), Some("NOT_FOUND"), "{on_referral}");
    let completed = complete(&c.app, &c.third_staff, &task).await;
    assert_eq!(error_code(&completed), Some("NOT_FOUND"), "{completed}");
    assert!(!completed.to_string().contains("Call"));
    let engaged = complete(&c.app, &c.receiver, &task).await;
    assert_eq!(error_code(&engaged), Some("NOT_FOUND"), "{engaged}");
    assert!(my_tasks(&c.app, &c.third_staff, 10).await.is_empty());
    assert!(my_tasks(&c.app, &c.receiver, 10).await.is_empty());
    // A colleague who neither holds nor made it, and is no admin, does not complete it.
    let colleague = c
        .app
        .member(&c.admin, &c.ngo, "marko@most.test", "STAFF")
        .await;
    let refused = complete(&c.app, &colleague, &task).await;
    assert_eq!(error_code(&refused), Some("FORBIDDEN"), "{refused}");
    // Mentors carry no cases and have no task list.
    let list = c
        .app
        .graphql(Some(&mentor.access_token), MY_TASKS, json!({}))
        .await;
    assert_eq!(error_code(&list), Some("FORBIDDEN"), "{list}");
    assert_eq!(
        my_tasks(&c.app, &c.case_manager, 10).await,
        [open("Call")],
        "still open"
    );
}

#[tokio::test]
async fn a_serving_organisation_loses_its_tasks_with_its_sight_of_the_participant() {
    let c = TestApp::with_referral_case().await;
    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    let task = task_id(
        &create(
            &c.app,
            &c.receiver,
            json!({ "participantId": c.participant, "title": "Prepare a place", "dueOn": day(1) }),
        )
        .await,
    );
    assert_eq!(
        my_tasks(&c.app, &c.receiver, 10).await,
        [open("Prepare a place")]
    );
    let withdrawn = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { consent { id } } }",
            json!({ "input": { "consentId": c.consent } }),
        )
        .await;
    assert!(withdrawn["errors"].is_null(), "{withdrawn}");
    assert!(my_tasks(&c.app, &c.receiver, 10).await.is_empty());
    let completed = complete(&c.app, &c.receiver, &task).await;
    assert_eq!(error_code(&completed), Some("NOT_FOUND"), "{completed}");
}

#[tokio::test]
async fn a_task_falling_due_tells_its_assignee_once() {
    let c = TestApp::with_referral_case().await;
    let colleague = c
        .app
        .member(&c.admin, &c.ngo, "marko@most.test", "STAFF")
        .await;
    let marko = user_id(&c.app, &colleague).await;
    let today = day(0);
    let due = task_id(
        &create(
            &c.app,
            &c.case_manager,
            json!({ "participantId": c.participant, "title": "Call", "dueOn": today, "assigneeId": marko }),
        )
        .await,
    );
    let later = task_id(
        &create(
            &c.app,
            &c.case_manager,
            json!({ "participantId": c.participant, "title": "Later", "dueOn": day(3), "assigneeId": marko }),
        )
        .await,
    );
    let (first, second) = tokio::join!(
        scheduled::send_due_notices(&c.app.db, today),
        scheduled::send_due_notices(&c.app.db, today)
    );
    let (first, second) = (first.expect("scan"), second.expect("scan"));
    assert_eq!(
        first.tasks_due + second.tasks_due,
        1,
        "{first:?} {second:?}"
    );
    let again = scheduled::send_due_notices(&c.app.db, today)
        .await
        .expect("scan");
    assert_eq!(again.tasks_due, 0);
    assert_eq!(
        inbox(&c.app, &colleague).await,
        [("TASK_DUE".to_owned(), due.clone())]
    );
    assert!(inbox(&c.app, &c.case_manager).await.is_empty());
    // A done task does not fall due.
    complete(&c.app, &colleague, &later).await;
    let then = scheduled::send_due_notices(&c.app.db, day(3))
        .await
        .expect("scan");
    assert_eq!(then.tasks_due, 0, "{then:?}");
}

/// A referral to answer by tomorrow is in its reminder window whatever the weekday (one working
/// day before any day is today or earlier); one due in ten days is not.
#[tokio::test]
async fn the_respond_by_reminder_goes_out_once_with_two_instances() {
    let c =
        TestApp::with_referral_case_configured(|settings| settings.schedule_interval_seconds = 1)
            .await;
    let second = if c.app.database_url().starts_with("postgres") {
        Some(
            TestApp::spawn_at(c.app.database_url().to_owned(), |settings| {
                settings.schedule_interval_seconds = 1;
            })
            .await,
        )
    } else {
        // One SQLite instance by design; two scans race below instead.
        None
    };
    let create = async |respond_by: NaiveDate| {
        referral_id(
            &c.app
                .graphql(
                    Some(&c.case_manager.access_token),
                    "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } } }",
                    json!({ "input": {
                        "participantId": c.participant, "toOrganisationId": c.space, "needDomain": "EMPLOYMENT",
                        "reason": "Looking for work", "respondBy": respond_by.to_string(), "send": true
                    } }),
                )
                .await,
        )
    };
    let soon = create(day(1)).await;
    let later = create(day(10)).await;
    let reminded = async |session: &Session| {
        inbox(&c.app, session)
            .await
            .into_iter()
            .filter(|(kind, _)| kind == "REFERRAL_RESPOND_BY_SOON")
            .map(|(_, subject)| subject)
            .collect::<Vec<_>>()
    };
    for _ in 0..100 {
        if !reminded(&c.receiver).await.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Several more scans on each instance, and two racing by hand.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (first, other) = tokio::join!(
        scheduled::send_due_notices(&c.app.db, day(0)),
        scheduled::send_due_notices(&c.app.db, day(0))
    );
    assert_eq!(first.expect("scan").respond_by_reminders, 0);
    assert_eq!(other.expect("scan").respond_by_reminders, 0);

    for session in [&c.receiver, &c.receiver_colleague] {
        assert_eq!(reminded(session).await, vec![soon.clone()], "once each");
    }
    assert!(!reminded(&c.receiver).await.contains(&later));
    assert!(reminded(&c.case_manager).await.is_empty(), "not the sender");
    drop(second);
}
