//! The referral lifecycle over HTTP: the right side drives each step, illegal steps change
//! nothing, concurrent answers (and competing transfers) conflict, history starts at creation, a
//! reopened referral measures its new response time, mentors and mediators see no referral, and
//! the loop closes.

use serde_json::{Value, json};
use skupaj_tests::{TestApp, create_referral, error_code, error_field, gql, referral_id};

#[tokio::test]
async fn the_whole_lifecycle_driven_by_each_side() {
    let c = TestApp::with_referral_case().await;
    let draft = create_referral(&c.app, &c.case_manager, &c.participant, &c.space, false).await;
    let id = referral_id(&draft);
    assert_eq!(
        draft["data"]["createReferral"]["referral"]["status"],
        "DRAFT"
    );

    // The receiver does not see a draft.
    let hidden = c.referral(&c.receiver, &id).await;
    assert_eq!(error_code(&hidden), Some("NOT_FOUND"));

    let steps = [
        (&c.case_manager, "sendReferral", json!({}), "SENT"),
        (
            &c.receiver,
            "acceptReferral",
            json!({ "comment": "We have a place" }),
            "ACCEPTED",
        ),
        (&c.receiver, "startReferral", json!({}), "IN_PROGRESS"),
        (
            &c.receiver,
            "holdReferral",
            json!({ "comment": "Summer break" }),
            "ON_HOLD",
        ),
        (
            &c.receiver_colleague,
            "resumeReferral",
            json!({}),
            "IN_PROGRESS",
        ),
        (
            &c.receiver,
            "completeReferral",
            json!({ "outcome": "EMPLOYED" }),
            "COMPLETED",
        ),
    ];
    for (version, (session, mutation, extra, expected)) in (1..).zip(steps) {
        let answer = c.step(session, mutation, &id, extra).await;
        let referral = &answer["data"][mutation]["referral"];
        assert_eq!(referral["status"], expected, "{mutation}: {answer}");
        assert_eq!(referral["version"], version + 1, "{mutation}");
    }
    let done = c.snapshot(&id).await;
    assert_eq!(done["outcome"], "EMPLOYED");
    let history: Vec<(&str, &str)> = done["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap_or(""),
                e["toStatus"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        history,
        [
            ("CREATE", "DRAFT"),
            ("SEND", "SENT"),
            ("ACCEPT", "ACCEPTED"),
            ("START", "IN_PROGRESS"),
            ("HOLD", "ON_HOLD"),
            ("RESUME", "IN_PROGRESS"),
            ("COMPLETE", "COMPLETED"),
        ]
    );
    assert_eq!(done["history"][0]["fromStatus"], Value::Null);
    assert_eq!(done["history"][1]["fromStatus"], "DRAFT");
    assert_eq!(done["history"][2]["comment"], "We have a place");
}

#[tokio::test]
async fn illegal_transitions_change_nothing() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let before = c.snapshot(&id).await;
    // From SENT, the receiver may accept, decline or redirect, but not start, hold, resume or complete.
    for (mutation, extra) in [
        ("startReferral", json!({})),
        ("holdReferral", json!({})),
        ("resumeReferral", json!({})),
        ("completeReferral", json!({ "outcome": "EMPLOYED" })),
    ] {
        let answer = c.step(&c.receiver, mutation, &id, extra).await;
        assert_eq!(
            error_code(&answer),
            Some("INVALID_TRANSITION"),
            "{mutation}: {answer}"
        );
        assert_eq!(
            c.snapshot(&id).await,
            before,
            "{mutation} changed the referral"
        );
    }
    // The sender may not send again or reopen a referral that was not declined or expired.
    for (mutation, extra) in [
        ("sendReferral", json!({})),
        (
            "reopenReferral",
            json!({ "note": "again", "respondBy": "2099-01-01" }),
        ),
    ] {
        let answer = c.step(&c.case_manager, mutation, &id, extra).await;
        assert_eq!(
            error_code(&answer),
            Some("INVALID_TRANSITION"),
            "{mutation}: {answer}"
        );
        assert_eq!(c.snapshot(&id).await, before);
    }
    // Completed is final.
    c.step(&c.receiver, "acceptReferral", &id, json!({})).await;
    c.step(&c.receiver, "startReferral", &id, json!({})).await;
    c.step(
        &c.receiver,
        "completeReferral",
        &id,
        json!({ "outcome": "SERVICE_PROVIDED" }),
    )
    .await;
    let completed = c.snapshot(&id).await;
    for (mutation, session, extra) in [
        ("acceptReferral", &c.receiver, json!({})),
        (
            "cancelReferral",
            &c.case_manager,
            json!({ "reason": "OTHER" }),
        ),
    ] {
        let answer = c.step(session, mutation, &id, extra).await;
        assert_eq!(
            error_code(&answer),
            Some("INVALID_TRANSITION"),
            "{mutation}: {answer}"
        );
        assert_eq!(c.snapshot(&id).await, completed);
    }
}

#[tokio::test]
async fn the_wrong_side_is_forbidden() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let before = c.snapshot(&id).await;
    let sender_accepts = c
        .step(&c.case_manager, "acceptReferral", &id, json!({}))
        .await;
    assert_eq!(
        error_code(&sender_accepts),
        Some("FORBIDDEN"),
        "{sender_accepts}"
    );
    let receiver_cancels = c
        .step(
            &c.receiver,
            "cancelReferral",
            &id,
            json!({ "reason": "OTHER" }),
        )
        .await;
    assert_eq!(error_code(&receiver_cancels), Some("FORBIDDEN"));
    // An unrelated organisation does not even see it.
    let stranger = c
        .step(&c.third_staff, "acceptReferral", &id, json!({}))
        .await;
    assert_eq!(error_code(&stranger), Some("NOT_FOUND"));
    assert_eq!(c.snapshot(&id).await, before);
}

#[tokio::test]
async fn two_staff_accepting_at_once_one_wins_the_other_conflicts() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let (a, b) = tokio::join!(
        c.step_at(&c.receiver, "acceptReferral", &id, 1, json!({})),
        c.step_at(&c.receiver_colleague, "acceptReferral", &id, 1, json!({})),
    );
    let codes = [error_code(&a), error_code(&b)];
    assert!(codes.contains(&None), "one must succeed: {a} {b}");
    assert!(
        codes.contains(&Some("CONFLICT")),
        "the other must conflict: {a} {b}"
    );
    let after = c.snapshot(&id).await;
    assert_eq!(after["status"], "ACCEPTED");
    assert_eq!(after["version"], 2);
    let accepts = after["history"]
        .as_array()
        .expect("history")
        .iter()
        .filter(|e| e["action"] == "ACCEPT")
        .count();
    assert_eq!(accepts, 1);

    // A stale version is a conflict too, and changes nothing.
    let stale = c
        .step_at(&c.receiver, "startReferral", &id, 1, json!({}))
        .await;
    assert_eq!(error_code(&stale), Some("CONFLICT"));
    assert_eq!(c.snapshot(&id).await, after);
}

#[tokio::test]
async fn decline_then_reopen_then_redirect() {
    let c = TestApp::with_referral_case().await;
    // The consent covers the third organisation too, so the redirect may go there.
    skupaj_tests::referral_consent(
        &c.app,
        &c.case_manager,
        &c.participant,
        &[&c.space, &c.third],
        &["IDENTITY"],
    )
    .await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );

    let empty = c
        .step(
            &c.receiver,
            "declineReferral",
            &id,
            json!({ "reason": "NO_CAPACITY", "comment": "  " }),
        )
        .await;
    assert_eq!(error_field(&empty), Some("comment"));
    assert_eq!(c.snapshot(&id).await["status"], "SENT");

    let declined = c
        .step(
            &c.receiver,
            "declineReferral",
            &id,
            json!({ "reason": "NO_CAPACITY", "comment": "Full until March" }),
        )
        .await;
    assert_eq!(
        declined["data"]["declineReferral"]["referral"]["status"], "DECLINED",
        "{declined}"
    );
    assert_eq!(c.snapshot(&id).await["declineReason"], "NO_CAPACITY");

    let past = c
        .step(
            &c.case_manager,
            "reopenReferral",
            &id,
            json!({ "note": "A place opened?", "respondBy": "2020-01-01" }),
        )
        .await;
    assert_eq!(error_field(&past), Some("respondBy"));
    let reopened = c
        .step(
            &c.case_manager,
            "reopenReferral",
            &id,
            json!({ "note": "A place opened?", "respondBy": "2099-01-01" }),
        )
        .await;
    assert_eq!(
        reopened["data"]["reopenReferral"]["referral"]["status"], "SENT",
        "{reopened}"
    );
    assert_eq!(c.snapshot(&id).await["respondBy"], "2099-01-01");

    let redirected = c
        .step(
            &c.receiver,
            "redirectReferral",
            &id,
            json!({ "toOrganisationId": c.third, "comment": "They place welders" }),
        )
        .await;
    let payload = &redirected["data"]["redirectReferral"];
    assert_eq!(payload["referral"]["status"], "REDIRECTED", "{redirected}");
    assert_eq!(payload["redirectedTo"]["status"], "SENT");
    let new_id = payload["redirectedTo"]["id"].as_str().expect("new id");
    let seen_by_third = c
        .app
        .graphql(
            Some(&c.third_staff.access_token),
            "query($id: ID!) { referral(id: $id) { status redirectedFromId fromOrganisation { name } } }",
            json!({ "id": new_id }),
        )
        .await;
    assert_eq!(
        seen_by_third["data"]["referral"]["redirectedFromId"],
        id.as_str(),
        "{seen_by_third}"
    );
    assert_eq!(
        seen_by_third["data"]["referral"]["fromOrganisation"]["name"],
        "Društvo Most"
    );
}

#[tokio::test]
async fn a_redirect_needs_consent_for_the_third_organisation() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let before = c.snapshot(&id).await;
    let answer = c
        .step(
            &c.receiver,
            "redirectReferral",
            &id,
            json!({ "toOrganisationId": c.third, "comment": "Better there" }),
        )
        .await;
    assert_eq!(error_code(&answer), Some("CONSENT_REQUIRED"), "{answer}");
    assert_eq!(c.snapshot(&id).await, before);
}

#[tokio::test]
async fn an_accepted_transfer_moves_the_participant() {
    let c = TestApp::with_referral_case().await;
    let respond_by = (chrono::Utc::now() + chrono::Duration::days(3))
        .date_naive()
        .to_string();
    let created = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } } }",
            json!({ "input": { "participantId": c.participant, "toOrganisationId": c.space, "needDomain": "SOCIAL",
                "reason": "Moving to Koper", "respondBy": respond_by, "kind": "TRANSFER", "send": true } }),
        )
        .await;
    let id = referral_id(&created);
    c.step(&c.receiver, "acceptReferral", &id, json!({})).await;
    let owner = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "query($id: ID!) { participant(id: $id) { ownerOrganisation { name } legalStatus } }",
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(
        owner["data"]["participant"]["ownerOrganisation"]["name"], "Obalni FabLab",
        "{owner}"
    );
    // As the new owner, the space now sees legal data too.
    assert_eq!(
        owner["data"]["participant"]["legalStatus"],
        "INTERNATIONAL_PROTECTION"
    );
}

#[tokio::test]
async fn cancel_and_notes() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    const NOTE: &str = "mutation($input: AddReferralNoteInput!) { addReferralNote(input: $input) { note { body authorOrganisation { name } } } }";
    let note = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            NOTE,
            json!({ "input": { "referralId": id, "body": "Can she start Monday?" } }),
        )
        .await;
    assert_eq!(
        note["data"]["addReferralNote"]["note"]["authorOrganisation"]["name"], "Obalni FabLab",
        "{note}"
    );
    let oversized = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            NOTE,
            json!({ "input": { "referralId": id, "body": "x".repeat(2001) } }),
        )
        .await;
    assert_eq!(error_field(&oversized), Some("body"));
    let stranger = c
        .app
        .graphql(
            Some(&c.third_staff.access_token),
            NOTE,
            json!({ "input": { "referralId": id, "body": "hello" } }),
        )
        .await;
    assert_eq!(error_code(&stranger), Some("NOT_FOUND"));
    let notes = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { referral(id: $id) { notes { body } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        notes["data"]["referral"]["notes"],
        json!([{ "body": "Can she start Monday?" }])
    );

    let platform_only = c
        .step(
            &c.case_manager,
            "cancelReferral",
            &id,
            json!({ "reason": "CONSENT_WITHDRAWN" }),
        )
        .await;
    assert_eq!(error_field(&platform_only), Some("reason"));
    let cancelled = c
        .step(
            &c.case_manager,
            "cancelReferral",
            &id,
            json!({ "reason": "NO_LONGER_NEEDED" }),
        )
        .await;
    assert_eq!(
        cancelled["data"]["cancelReferral"]["referral"]["status"],
        "CANCELLED"
    );
}

#[tokio::test]
async fn the_expiry_scan_expires_once() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let in_ten_days = (chrono::Utc::now() + chrono::Duration::days(10)).date_naive();
    let (first, second) = tokio::join!(
        skupaj_persistence::referrals::expire_overdue(&c.app.db, in_ten_days),
        skupaj_persistence::referrals::expire_overdue(&c.app.db, in_ten_days),
    );
    assert_eq!(first.expect("scan") + second.expect("scan"), 1);
    let expired = c.snapshot(&id).await;
    assert_eq!(expired["status"], "EXPIRED");
    let expiries = expired["history"]
        .as_array()
        .expect("history")
        .iter()
        .filter(|e| e["action"] == "EXPIRE")
        .count();
    assert_eq!(expiries, 1);
    // The referrer may reopen an expired referral.
    let reopened = c
        .step(
            &c.case_manager,
            "reopenReferral",
            &id,
            json!({ "note": "Still interested", "respondBy": "2099-01-01" }),
        )
        .await;
    assert_eq!(
        reopened["data"]["reopenReferral"]["referral"]["status"], "SENT",
        "{reopened}"
    );
}

#[tokio::test]
async fn bad_input_changes_nothing() {
    let c = TestApp::with_referral_case().await;
    const CREATE: &str = "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } } }";
    let base = json!({ "participantId": c.participant, "toOrganisationId": c.space, "needDomain": "EMPLOYMENT",
        "reason": "Work", "respondBy": "2099-01-01" });
    let with = |key: &str, value: serde_json::Value| {
        let mut input = base.clone();
        input[key] = value;
        json!({ "input": input })
    };
    let cases = [
        (with("respondBy", json!("2020-01-01")), "VALIDATION"),
        (with("reason", json!(" ")), "VALIDATION"),
        (with("reason", json!("x".repeat(2001))), "VALIDATION"),
        (
            with("participantId", json!(uuid::Uuid::now_v7())),
            "NOT_FOUND",
        ),
        (with("participantId", json!("not-an-id")), "VALIDATION"),
        (
            with("toOrganisationId", json!(uuid::Uuid::now_v7())),
            "NOT_FOUND",
        ),
        (with("toOrganisationId", json!(c.ngo)), "VALIDATION"),
    ];
    for (variables, code) in cases {
        let answer = c
            .app
            .graphql(
                Some(&c.case_manager.access_token),
                CREATE,
                variables.clone(),
            )
            .await;
        assert_eq!(error_code(&answer), Some(code), "{variables}: {answer}");
    }
    let unknown = c
        .step_at(
            &c.receiver,
            "acceptReferral",
            &uuid::Uuid::now_v7().to_string(),
            1,
            json!({}),
        )
        .await;
    assert_eq!(error_code(&unknown), Some("NOT_FOUND"));
    let list = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "{ referrals { edges { cursor } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        list["data"]["referrals"]["edges"],
        json!([]),
        "nothing was created"
    );
}

/// A referral can ask for a programme the receiving organisation runs; the dashboard then shows
/// the programme. A programme the receiver does not run is refused and names the field, and an
/// unknown one is `NOT_FOUND`; neither creates anything.
#[tokio::test]
async fn a_referral_into_a_programme_of_the_receiver() {
    let c = TestApp::with_referral_case().await;
    let theirs = crate::programmes::programme(
        &c.app,
        &c.receiver,
        json!({ "municipality": "Ljubljana" }),
        true,
    )
    .await;
    let elsewhere = crate::programmes::programme(
        &c.app,
        &c.third_staff,
        json!({ "municipality": "Kranj" }),
        true,
    )
    .await;
    const CREATE: &str = "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id programmeId programme { id } } } }";
    let input = |programme: &str| {
        json!({ "input": {
            "participantId": c.participant, "toOrganisationId": c.space, "programmeId": programme,
            "needDomain": "EDUCATION", "reason": "Vocational course",
            "respondBy": (chrono::Utc::now() + chrono::Duration::days(7)).date_naive().to_string(),
            "send": true
        } })
    };
    let token = Some(c.case_manager.access_token.as_str());
    let made = c.app.graphql(token, CREATE, input(&theirs)).await;
    assert_eq!(
        made["data"]["createReferral"]["referral"]["programme"]["id"], theirs,
        "{made}"
    );

    // The dashboard's list shows the programme (joined to the page), and after the programme
    // is cancelled only its organisers see it there: others get `null` with `FORBIDDEN`.
    let listed = |token: &str| {
        let app = &c.app;
        let token = token.to_owned();
        async move {
            app.graphql(
                Some(&token),
                r#"{ referrals(first: 50, filter: { statuses: [SENT] }) { edges { node { programme { id titleIn(language: "sl") } } } } }"#,
                json!({}),
            )
            .await
        }
    };
    let shown = listed(&c.case_manager.access_token).await;
    assert_eq!(
        shown["data"]["referrals"]["edges"][0]["node"]["programme"]["id"], theirs,
        "{shown}"
    );
    assert!(
        shown["data"]["referrals"]["edges"][0]["node"]["programme"]["titleIn"].is_string(),
        "{shown}"
    );
    let cancelled = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "mutation($input: ProgrammeStepInput!) { cancelProgramme(input: $input) { programme { status } } }",
            json!({ "input": { "id": theirs } }),
        )
        .await;
    assert_eq!(
        cancelled["data"]["cancelProgramme"]["programme"]["status"], "CANCELLED",
        "{cancelled}"
    );
    let hidden = listed(&c.case_manager.access_token).await;
    assert_eq!(
        hidden["data"]["referrals"]["edges"][0]["node"]["programme"],
        Value::Null,
        "{hidden}"
    );
    assert_eq!(error_code(&hidden), Some("FORBIDDEN"), "{hidden}");
    let organiser = listed(&c.receiver.access_token).await;
    assert_eq!(
        organiser["data"]["referrals"]["edges"][0]["node"]["programme"]["id"], theirs,
        "{organiser}"
    );

    let count = |answer: Value| {
        answer["data"]["referrals"]["edges"]
            .as_array()
            .map(Vec::len)
            .unwrap_or_default()
    };
    let list = "{ referrals(first: 50) { edges { node { id } } } }";
    let before = count(c.app.graphql(token, list, json!({})).await);
    let wrong = c.app.graphql(token, CREATE, input(&elsewhere)).await;
    assert_eq!(error_code(&wrong), Some("VALIDATION"), "{wrong}");
    assert_eq!(error_field(&wrong), Some("programmeId"), "{wrong}");
    let unknown = c
        .app
        .graphql(token, CREATE, input(&uuid::Uuid::now_v7().to_string()))
        .await;
    assert_eq!(error_code(&unknown), Some("NOT_FOUND"), "{unknown}");
    assert_eq!(count(c.app.graphql(token, list, json!({})).await), before);
}

#[tokio::test]
async fn of_two_transfers_only_the_first_accepted_moves_the_case() {
    let c = TestApp::with_referral_case().await;
    skupaj_tests::referral_consent(
        &c.app,
        &c.case_manager,
        &c.participant,
        &[&c.space, &c.third],
        &["IDENTITY"],
    )
    .await;
    let respond_by = (chrono::Utc::now() + chrono::Duration::days(3))
        .date_naive()
        .to_string();
    let mut ids = Vec::new();
    for to in [&c.space, &c.third] {
        let created = c
            .app
            .graphql(
                Some(&c.case_manager.access_token),
                "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } } }",
                json!({ "input": { "participantId": c.participant, "toOrganisationId": to, "needDomain": "SOCIAL",
                    "reason": "Moving", "respondBy": respond_by, "kind": "TRANSFER", "send": true } }),
            )
            .await;
        ids.push(referral_id(&created));
    }
    let first = c
        .step(&c.receiver, "acceptReferral", &ids[0], json!({}))
        .await;
    assert_eq!(
        first["data"]["acceptReferral"]["referral"]["status"], "ACCEPTED",
        "{first}"
    );
    let second = c
        .step(&c.third_staff, "acceptReferral", &ids[1], json!({}))
        .await;
    assert_eq!(error_code(&second), Some("CONFLICT"), "{second}");
    let owner = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "query($id: ID!) { participant(id: $id) { ownerOrganisation { name } } }",
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(
        owner["data"]["participant"]["ownerOrganisation"]["name"],
        "Obalni FabLab"
    );
    // The old owner can no longer send the participant's data anywhere.
    let draft = create_referral(&c.app, &c.case_manager, &c.participant, &c.third, false).await;
    assert!(
        matches!(error_code(&draft), Some("FORBIDDEN" | "NOT_FOUND")),
        "{draft}"
    );
}

#[tokio::test]
async fn a_reopened_referral_measures_its_new_response_time() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    c.step(
        &c.receiver,
        "declineReferral",
        &id,
        json!({ "reason": "NO_CAPACITY", "comment": "Full" }),
    )
    .await;
    c.step(
        &c.case_manager,
        "reopenReferral",
        &id,
        json!({ "note": "Now?", "respondBy": "2099-01-01" }),
    )
    .await;
    let reopened = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { referral(id: $id) { sentAt firstResponseAt } }",
            json!({ "id": id }),
        )
        .await;
    assert!(
        reopened["data"]["referral"]["firstResponseAt"].is_null(),
        "{reopened}"
    );
    c.step(&c.receiver, "acceptReferral", &id, json!({})).await;
    let stats = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "{ referralStats { responded medianFirstResponseHours } }",
            json!({}),
        )
        .await;
    let hours = stats["data"]["referralStats"]["medianFirstResponseHours"].as_f64();
    assert!(hours.is_some_and(|h| h >= 0.0), "{stats}");
}

const REFERRAL_DETAIL: &str = "query($id: ID!) { referral(id: $id) { id status participantCode needDomain fromOrganisation { name } toOrganisation { name } history { action } } }";

#[tokio::test]
async fn mentors_and_mediators_see_no_referral_of_their_organisation() {
    let c = TestApp::with_referral_case().await;
    let draft = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, false).await,
    );
    let sent = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let mediator = c
        .app
        .member(&c.admin, &c.ngo, "mediator@most.test", "MEDIATOR")
        .await;
    let mentor = c
        .app
        .member(&c.admin, &c.space, "mentor@fablab.test", "MENTOR")
        .await;
    for (who, ids) in [(&mediator, vec![&draft, &sent]), (&mentor, vec![&sent])] {
        let list = gql(
            &c.app,
            who,
            "{ referrals(first: 100) { edges { node { id } } } referralStats { total } }",
            json!({}),
        )
        .await;
        assert_eq!(list["data"]["referrals"]["edges"], json!([]), "{list}");
        assert_eq!(list["data"]["referralStats"]["total"], 0, "{list}");
        for id in ids {
            let one = gql(&c.app, who, REFERRAL_DETAIL, json!({ "id": id })).await;
            assert_eq!(error_code(&one), Some("NOT_FOUND"), "{one}");
            assert!(one["data"]["referral"].is_null(), "{one}");
            assert!(!one.to_string().contains("EMPLOYMENT"), "{one}");
        }
    }
    // The organisation's case manager still sees both.
    let list = gql(
        &c.app,
        &c.case_manager,
        "{ referrals(first: 100) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        list["data"]["referrals"]["edges"].as_array().map(Vec::len),
        Some(2),
        "{list}"
    );
}

#[tokio::test]
async fn history_starts_with_creation_and_the_note_refusal_is_documented() {
    let c = TestApp::with_referral_case().await;
    let draft = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, false).await,
    );
    const HISTORY: &str =
        "query($id: ID!) { referral(id: $id) { history { action fromStatus toStatus } } }";
    let created = gql(&c.app, &c.case_manager, HISTORY, json!({ "id": draft })).await;
    assert_eq!(
        created["data"]["referral"]["history"],
        json!([{ "action": "CREATE", "fromStatus": null, "toStatus": "DRAFT" }]),
        "{created}"
    );
    let sent = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let history = gql(&c.app, &c.receiver, HISTORY, json!({ "id": sent })).await;
    assert_eq!(
        history["data"]["referral"]["history"],
        json!([
            { "action": "CREATE", "fromStatus": null, "toStatus": "DRAFT" },
            { "action": "SEND", "fromStatus": "DRAFT", "toStatus": "SENT" }
        ]),
        "{history}"
    );

    // A note on a closed referral: refused with the code the schema documents.
    let cancelled = c
        .step(
            &c.case_manager,
            "cancelReferral",
            &sent,
            json!({ "reason": "OTHER" }),
        )
        .await;
    assert_eq!(
        cancelled["data"]["cancelReferral"]["referral"]["status"], "CANCELLED",
        "{cancelled}"
    );
    let note = gql(
        &c.app,
        &c.case_manager,
        "mutation($input: AddReferralNoteInput!) { addReferralNote(input: $input) { note { id } } }",
        json!({ "input": { "referralId": sent, "body": "Anything new?" } }),
    )
    .await;
    let code = error_code(&note).unwrap_or_else(|| panic!("{note}"));
    let docs = app_docs(&c.app).await;
    let doc = docs["addReferralNote"].as_str().unwrap_or_default();
    assert!(
        doc.contains(code),
        "addReferralNote answers {code}; its documentation says: {doc}"
    );
    let from_status = history_doc(&c.app).await;
    assert!(from_status.contains("null"), "{from_status}");
}

/// The descriptions of the mutations, by name, as the schema publishes them.
async fn app_docs(app: &TestApp) -> Value {
    let answer = app
        .graphql(
            None,
            "{ __type(name: \"MutationRoot\") { fields { name description } } }",
            json!({}),
        )
        .await;
    let mut docs = serde_json::Map::new();
    for field in answer["data"]["__type"]["fields"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"))
    {
        docs.insert(
            field["name"].as_str().unwrap_or_default().to_owned(),
            field["description"].clone(),
        );
    }
    Value::Object(docs)
}

async fn history_doc(app: &TestApp) -> String {
    let answer = app
        .graphql(
            None,
            "{ __type(name: \"ReferralEvent\") { fields { name description } } }",
            json!({}),
        )
        .await;
    answer["data"]["__type"]["fields"]
        .as_array()
        .and_then(|fields| fields.iter().find(|f| f["name"] == "fromStatus"))
        .map(|f| f["description"].to_string())
        .unwrap_or_default()
}
