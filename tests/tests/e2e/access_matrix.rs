//! The access matrix: for each viewer (by role and relation) and each field group and list, the
//! expected allow or deny is written below, and every cell is checked over HTTP.

use serde_json::{Value, json};
use skupaj_tests::{Session, TestApp, create_referral, error_code, referral_id};

/// What a viewer may see. `by_id: false` means `participant(id)` answers `NOT_FOUND`.
struct Expect {
    viewer: &'static str,
    by_id: bool,
    identity: bool,
    contact: bool,
    legal: bool,
    background: bool,
    in_participant_list: bool,
    sees_referral: bool,
    nested_participant: bool,
    /// `referralStats` is small-cell suppressed (it spans other organisations' referrals).
    suppressed_stats: bool,
    /// `indicators` answers (else `null` with `FORBIDDEN`).
    indicators: bool,
}

#[rustfmt::skip]
const MATRIX: &[Expect] = &[
    //                                              by_id  ident  contact legal  backgr list   referral nested  suppressed stats  indicators
    Expect { viewer: "owner case manager",          by_id: true,  identity: true,  contact: true,  legal: true,  background: true,  in_participant_list: true,  sees_referral: true,  nested_participant: true, suppressed_stats: false, indicators: false },
    Expect { viewer: "engaged staff",               by_id: true,  identity: true,  contact: true,  legal: false, background: false, in_participant_list: true,  sees_referral: true,  nested_participant: true, suppressed_stats: false, indicators: false },
    Expect { viewer: "unrelated case manager",      by_id: false, identity: false, contact: false, legal: false, background: false, in_participant_list: false, sees_referral: false, nested_participant: false, suppressed_stats: false, indicators: false },
    Expect { viewer: "municipal officer, same",     by_id: false, identity: false, contact: false, legal: false, background: false, in_participant_list: false, sees_referral: true,  nested_participant: false, suppressed_stats: true, indicators: true },
    Expect { viewer: "municipal officer, other",    by_id: false, identity: false, contact: false, legal: false, background: false, in_participant_list: false, sees_referral: false, nested_participant: false, suppressed_stats: true, indicators: true },
    // Mentors and mediators see only their own mentees / the participants of their requests;
    // belonging to the owning organisation is not enough, and they see no referral.
    Expect { viewer: "mentor of the owner",         by_id: false, identity: false, contact: false, legal: false, background: false, in_participant_list: false, sees_referral: false, nested_participant: false, suppressed_stats: false, indicators: false },
    Expect { viewer: "mediator of the owner",       by_id: false, identity: false, contact: false, legal: false, background: false, in_participant_list: false, sees_referral: false, nested_participant: false, suppressed_stats: false, indicators: false },
    Expect { viewer: "platform admin",              by_id: false, identity: false, contact: false, legal: false, background: false, in_participant_list: false, sees_referral: false, nested_participant: false, suppressed_stats: false, indicators: true },
];

const BY_ID: &str =
    "query($id: ID!) { participant(id: $id) { referenceCode givenName email legalStatus skills } }";

fn field_error(answer: &Value, field: &str) -> Option<String> {
    answer["errors"].as_array()?.iter().find_map(|error| {
        (error["path"] == json!(["participant", field])).then(|| {
            error["extensions"]["code"]
                .as_str()
                .unwrap_or("")
                .to_owned()
        })
    })
}

#[tokio::test]
async fn every_cell_of_the_access_matrix() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let admin = &c.admin;
    let same_town = c
        .app
        .organisation(admin, "MUNICIPALITY", "Urad Ljubljana", "Ljubljana")
        .await;
    let other_town = c
        .app
        .organisation(admin, "MUNICIPALITY", "Urad Novo mesto", "Novo mesto")
        .await;
    let viewers: Vec<(&str, Session)> = vec![
        ("owner case manager", c.case_manager.clone()),
        ("engaged staff", c.receiver.clone()),
        (
            "unrelated case manager",
            c.app
                .member(admin, &c.third, "cm@zc.test", "CASE_MANAGER")
                .await,
        ),
        (
            "municipal officer, same",
            c.app
                .member(admin, &same_town, "officer@lj.test", "ANALYST")
                .await,
        ),
        (
            "municipal officer, other",
            c.app
                .member(admin, &other_town, "officer@nm.test", "STAFF")
                .await,
        ),
        (
            "mentor of the owner",
            c.app
                .member(admin, &c.ngo, "mentor@most.test", "MENTOR")
                .await,
        ),
        (
            "mediator of the owner",
            c.app
                .member(admin, &c.ngo, "mediator@most.test", "MEDIATOR")
                .await,
        ),
        ("platform admin", c.admin.clone()),
    ];
    assert_eq!(viewers.len(), MATRIX.len());

    for (expect, (name, session)) in MATRIX.iter().zip(&viewers) {
        assert_eq!(expect.viewer, *name);
        let token = Some(session.access_token.as_str());

        // By id, field group by field group.
        let answer = c
            .app
            .graphql(token, BY_ID, json!({ "id": c.participant }))
            .await;
        if expect.by_id {
            assert!(
                answer["data"]["participant"]["referenceCode"].is_string(),
                "{name}: {answer}"
            );
            for (field, allowed) in [
                ("givenName", expect.identity),
                ("email", expect.contact),
                ("legalStatus", expect.legal),
                ("skills", expect.background),
            ] {
                let value = &answer["data"]["participant"][field];
                if allowed {
                    assert!(!value.is_null(), "{name} should see {field}: {answer}");
                    assert_eq!(field_error(&answer, field), None, "{name}: {field}");
                } else {
                    assert!(value.is_null(), "{name} should not see {field}: {answer}");
                    assert_eq!(
                        field_error(&answer, field).as_deref(),
                        Some("FORBIDDEN"),
                        "{name}: {field}"
                    );
                }
            }
        } else {
            assert_eq!(error_code(&answer), Some("NOT_FOUND"), "{name}: {answer}");
            assert_eq!(
                answer["data"],
                json!({ "participant": null }),
                "{name}: nothing may leak: {answer}"
            );
        }

        // In the participant list (and so in its count).
        let list = c
            .app
            .graphql(
                token,
                "{ participants(first: 100) { edges { node { id } } } }",
                json!({}),
            )
            .await;
        let ids: Vec<&str> = list["data"]["participants"]["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: {list}"))
            .iter()
            .filter_map(|e| e["node"]["id"].as_str())
            .collect();
        assert_eq!(
            ids.contains(&c.participant.as_str()),
            expect.in_participant_list,
            "{name}: {list}"
        );
        if !expect.in_participant_list {
            assert!(ids.is_empty(), "{name} sees other participants: {list}");
        }

        // The referral: in the list, in the counts, by id, and the participant nested under it.
        let referrals = c
            .app
            .graphql(
                token,
                "{ referrals(first: 100) { edges { node { id participantCode participant { givenName } } } } referralStats { total minCell } }",
                json!({}),
            )
            .await;
        let edges = referrals["data"]["referrals"]["edges"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let expected_count = usize::from(expect.sees_referral);
        assert_eq!(edges.len(), expected_count, "{name}: {referrals}");
        // One referral is under k: a viewer whose figures span other organisations sees no
        // count of it, the others see their own organisation's count.
        if expect.suppressed_stats {
            assert_eq!(
                referrals["data"]["referralStats"]["total"],
                Value::Null,
                "{name}: {referrals}"
            );
            assert_eq!(referrals["data"]["referralStats"]["minCell"], 5, "{name}");
        } else {
            assert_eq!(
                referrals["data"]["referralStats"]["total"], expected_count,
                "{name}: {referrals}"
            );
            assert_eq!(referrals["data"]["referralStats"]["minCell"], Value::Null);
        }
        let indicators = c
            .app
            .graphql(
                token,
                "{ indicators(groupBy: [STATUS]) { minCell referrals { total rows { group total } } } }",
                json!({}),
            )
            .await;
        if expect.indicators {
            let table = &indicators["data"]["indicators"]["referrals"];
            assert_eq!(table["total"], Value::Null, "{name}: {indicators}");
            assert!(
                table["rows"]
                    .as_array()
                    .is_some_and(|rows| rows.iter().all(|row| row["total"].is_null())),
                "{name}: {indicators}"
            );
        } else {
            assert_eq!(
                error_code(&indicators),
                Some("FORBIDDEN"),
                "{name}: {indicators}"
            );
            assert_eq!(indicators["data"], json!({ "indicators": null }), "{name}");
        }
        let by_id = c
            .app
            .graphql(
                token,
                "query($id: ID!) { referral(id: $id) { id } }",
                json!({ "id": id }),
            )
            .await;
        if expect.sees_referral {
            assert_eq!(
                by_id["data"]["referral"]["id"],
                id.as_str(),
                "{name}: {by_id}"
            );
            let node = &edges[0]["node"];
            assert!(
                node["participantCode"]
                    .as_str()
                    .is_some_and(|code| code.starts_with("P-")),
                "{name}"
            );
            if expect.nested_participant {
                assert_eq!(
                    node["participant"]["givenName"], "Amina",
                    "{name}: {referrals}"
                );
            } else {
                assert!(node["participant"].is_null(), "{name}: {referrals}");
                assert_eq!(
                    error_code(&referrals),
                    Some("FORBIDDEN"),
                    "{name}: {referrals}"
                );
                assert!(
                    !referrals.to_string().contains("Amina"),
                    "{name}: {referrals}"
                );
            }
        } else {
            assert_eq!(error_code(&by_id), Some("NOT_FOUND"), "{name}: {by_id}");
        }
    }
}

/// Who may do what with invitations. `invite`: `addMember` into the case's NGO (else the code);
/// `answer`: accept / decline the invitation of the space's staff member (else the code);
/// `sees_it`: whether it is in the viewer's `myInvitations`.
struct InvitationExpect {
    viewer: &'static str,
    invite: Option<&'static str>,
    answer: Option<&'static str>,
    sees_it: bool,
}

#[rustfmt::skip]
const INVITATION_MATRIX: &[InvitationExpect] = &[
    //                                                    invite                    answer                       sees_it
    InvitationExpect { viewer: "org admin of the org",    invite: None,             answer: Some("NOT_FOUND"),   sees_it: false },
    InvitationExpect { viewer: "case manager of the org", invite: Some("FORBIDDEN"), answer: Some("NOT_FOUND"),  sees_it: false },
    InvitationExpect { viewer: "org admin elsewhere",     invite: Some("FORBIDDEN"), answer: Some("NOT_FOUND"),  sees_it: false },
    InvitationExpect { viewer: "platform admin",          invite: None,             answer: Some("NOT_FOUND"),   sees_it: false },
    InvitationExpect { viewer: "anonymous",               invite: Some("UNAUTHENTICATED"), answer: Some("UNAUTHENTICATED"), sees_it: false },
    InvitationExpect { viewer: "the invited person",      invite: Some("FORBIDDEN"), answer: None,               sees_it: true },
];

#[tokio::test]
async fn every_cell_of_the_invitation_matrix() {
    let c = TestApp::with_referral_case().await;
    let admin = &c.admin;
    let ngo_admin = c
        .app
        .member(admin, &c.ngo, "boss@most.test", "ORG_ADMIN")
        .await;
    let elsewhere_admin = c
        .app
        .member(admin, &c.third, "boss@zc.test", "ORG_ADMIN")
        .await;
    let invitation = skupaj_tests::invitation_id(
        &c.app
            .invite(&ngo_admin, &c.ngo, "luka@fablab.test", "STAFF")
            .await,
    );
    let viewers: Vec<(&str, Option<Session>)> = vec![
        ("org admin of the org", Some(ngo_admin.clone())),
        ("case manager of the org", Some(c.case_manager.clone())),
        ("org admin elsewhere", Some(elsewhere_admin)),
        ("platform admin", Some(admin.clone())),
        ("anonymous", None),
        ("the invited person", Some(c.receiver.clone())),
    ];
    assert_eq!(viewers.len(), INVITATION_MATRIX.len());

    const ANSWER: [&str; 2] = [
        "mutation($input: AnswerInvitationInput!) { declineInvitation(input: $input) { invitation { status } } }",
        "mutation($input: AnswerInvitationInput!) { acceptInvitation(input: $input) { invitation { status } } }",
    ];
    for (n, (expect, (name, session))) in INVITATION_MATRIX.iter().zip(&viewers).enumerate() {
        assert_eq!(expect.viewer, *name);
        let token = session.as_ref().map(|s| s.access_token.as_str());

        let invited = c
            .app
            .graphql(
                token,
                skupaj_tests::INVITE,
                json!({ "input": { "organisationId": c.ngo, "email": format!("new{n}@most.test"),
                        "role": "STAFF", "displayName": "New", "initialPassword": skupaj_tests::PASSWORD } }),
            )
            .await;
        match expect.invite {
            None => assert_eq!(
                invited["data"]["addMember"]["invitation"]["status"], "PENDING",
                "{name}: {invited}"
            ),
            Some(code) => {
                assert_eq!(error_code(&invited), Some(code), "{name}: {invited}");
                assert!(invited["data"].is_null(), "{name}: {invited}");
            }
        }

        let mine = c
            .app
            .graphql(
                token,
                "{ myInvitations { edges { node { id } } } }",
                json!({}),
            )
            .await;
        if session.is_none() {
            assert_eq!(error_code(&mine), Some("UNAUTHENTICATED"), "{mine}");
            assert!(mine["data"]["myInvitations"].is_null(), "{mine}");
        } else {
            let ids: Vec<&str> = mine["data"]["myInvitations"]["edges"]
                .as_array()
                .unwrap_or_else(|| panic!("{name}: {mine}"))
                .iter()
                .filter_map(|e| e["node"]["id"].as_str())
                .collect();
            let expected: Vec<&str> = if expect.sees_it {
                vec![invitation.as_str()]
            } else {
                Vec::new()
            };
            assert_eq!(ids, expected, "{name}: {mine}");
        }

        // The invited person is last: the refusals before leave the invitation pending, so
        // that declining it works there (and then accepting is refused as answered already).
        for query in ANSWER {
            let answered = c
                .app
                .graphql(
                    token,
                    query,
                    json!({ "input": { "invitationId": invitation } }),
                )
                .await;
            match expect.answer {
                None => {
                    if query.contains("decline") {
                        assert!(answered["errors"].is_null(), "{name}: {answered}");
                    } else {
                        assert_eq!(
                            error_code(&answered),
                            Some("INVALID_TRANSITION"),
                            "{name}: {answered}"
                        );
                    }
                }
                Some(code) => {
                    assert_eq!(error_code(&answered), Some(code), "{name}: {answered}");
                    assert!(answered["data"].is_null(), "{name}: {answered}");
                }
            }
        }
    }
}

/// Who may do what with caseloads and tasks (`None`: allowed, else the code). `case_worker`:
/// reading `Participant.caseWorker`; `assign`: `assignCaseWorker` (to the registering case
/// manager, so nothing changes); `assign_referral`: `assignReferral` of the referral to the
/// space (to its staff member); `task`: `createTask` on the participant; `tasks`: how many
/// tasks `myTasks` lists before the viewer creates one (`None`: the list is refused);
/// `in_caseload`: whether `myCaseload` lists the participant.
struct CaseloadExpect {
    viewer: &'static str,
    case_worker: Option<&'static str>,
    assign: Option<&'static str>,
    assign_referral: Option<&'static str>,
    task: Option<&'static str>,
    tasks: Option<usize>,
    in_caseload: bool,
}

#[rustfmt::skip]
const CASELOAD_MATRIX: &[CaseloadExpect] = &[
    //                                                      case_worker          assign               assign_referral      task                 tasks    in_caseload
    CaseloadExpect { viewer: "registering case manager",    case_worker: None,              assign: Some("FORBIDDEN"), assign_referral: Some("FORBIDDEN"), task: None,              tasks: Some(1), in_caseload: true },
    CaseloadExpect { viewer: "org admin of the owner",      case_worker: None,              assign: None,              assign_referral: Some("FORBIDDEN"), task: None,              tasks: Some(0), in_caseload: false },
    CaseloadExpect { viewer: "engaged staff",               case_worker: None,              assign: Some("FORBIDDEN"), assign_referral: Some("FORBIDDEN"), task: None,              tasks: Some(0), in_caseload: false },
    CaseloadExpect { viewer: "engaged case manager",        case_worker: None,              assign: Some("FORBIDDEN"), assign_referral: None,              task: None,              tasks: Some(0), in_caseload: false },
    CaseloadExpect { viewer: "unrelated case manager",      case_worker: Some("NOT_FOUND"), assign: Some("NOT_FOUND"), assign_referral: Some("NOT_FOUND"), task: Some("NOT_FOUND"), tasks: Some(0), in_caseload: false },
    CaseloadExpect { viewer: "analyst of the owner",        case_worker: Some("FORBIDDEN"), assign: Some("FORBIDDEN"), assign_referral: Some("FORBIDDEN"), task: Some("FORBIDDEN"), tasks: None,    in_caseload: false },
    CaseloadExpect { viewer: "mentor of the owner",         case_worker: Some("NOT_FOUND"), assign: Some("NOT_FOUND"), assign_referral: Some("NOT_FOUND"), task: Some("NOT_FOUND"), tasks: None,    in_caseload: false },
    CaseloadExpect { viewer: "municipal officer, same",     case_worker: Some("NOT_FOUND"), assign: Some("NOT_FOUND"), assign_referral: Some("FORBIDDEN"), task: Some("NOT_FOUND"), tasks: None,    in_caseload: false },
    CaseloadExpect { viewer: "platform admin",              case_worker: Some("NOT_FOUND"), assign: Some("NOT_FOUND"), assign_referral: Some("NOT_FOUND"), task: Some("NOT_FOUND"), tasks: None,    in_caseload: false },
];

#[tokio::test]
async fn every_cell_of_the_caseload_matrix() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let admin = &c.admin;
    let nina = skupaj_tests::user_id(&c.app, &c.case_manager).await;
    let luka = skupaj_tests::user_id(&c.app, &c.receiver).await;
    let due = (chrono::Utc::now() + chrono::Duration::days(2))
        .date_naive()
        .to_string();
    const CREATE_TASK: &str =
        "mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }";
    let first = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            CREATE_TASK,
            json!({ "input": { "participantId": c.participant, "title": "Call", "dueOn": due } }),
        )
        .await;
    assert!(first["errors"].is_null(), "{first}");
    let ljubljana = c
        .app
        .organisation(admin, "MUNICIPALITY", "Urad Ljubljana", "Ljubljana")
        .await;
    let viewers: Vec<(&str, Session)> = vec![
        ("registering case manager", c.case_manager.clone()),
        (
            "org admin of the owner",
            c.app
                .member(admin, &c.ngo, "boss@most.test", "ORG_ADMIN")
                .await,
        ),
        ("engaged staff", c.receiver.clone()),
        (
            "engaged case manager",
            c.app
                .member(admin, &c.space, "cm@fablab.test", "CASE_MANAGER")
                .await,
        ),
        (
            "unrelated case manager",
            c.app
                .member(admin, &c.third, "cm@zc.test", "CASE_MANAGER")
                .await,
        ),
        (
            "analyst of the owner",
            c.app
                .member(admin, &c.ngo, "analyst@most.test", "ANALYST")
                .await,
        ),
        (
            "mentor of the owner",
            c.app
                .member(admin, &c.ngo, "mentor@most.test", "MENTOR")
                .await,
        ),
        (
            "municipal officer, same",
            c.app
                .member(admin, &ljubljana, "officer@lj.test", "ANALYST")
                .await,
        ),
        ("platform admin", c.admin.clone()),
    ];
    assert_eq!(viewers.len(), CASELOAD_MATRIX.len());
    let expect_code = |name: &str, what: &str, answer: &Value, expected: Option<&str>| {
        assert_eq!(error_code(answer), expected, "{name}: {what}: {answer}");
        if expected.is_some() {
            assert!(
                !answer.to_string().contains(&nina) || what == "caseWorker",
                "{name}: {what} leaks: {answer}"
            );
        }
    };

    for (expect, (name, session)) in CASELOAD_MATRIX.iter().zip(&viewers) {
        assert_eq!(expect.viewer, *name);
        let token = Some(session.access_token.as_str());

        let seen = c
            .app
            .graphql(
                token,
                "query($id: ID!) { participant(id: $id) { caseWorker { id } } }",
                json!({ "id": c.participant }),
            )
            .await;
        expect_code(name, "caseWorker", &seen, expect.case_worker);
        if expect.case_worker.is_none() {
            assert_eq!(
                seen["data"]["participant"]["caseWorker"]["id"], nina,
                "{name}"
            );
        } else {
            assert!(!seen.to_string().contains(&nina), "{name}: {seen}");
        }

        let tasks = c
            .app
            .graphql(token, "{ myTasks { edges { node { id } } } }", json!({}))
            .await;
        match expect.tasks {
            Some(count) => assert_eq!(
                tasks["data"]["myTasks"]["edges"].as_array().map(Vec::len),
                Some(count),
                "{name}: {tasks}"
            ),
            None => expect_code(name, "myTasks", &tasks, Some("FORBIDDEN")),
        }

        let caseload = c
            .app
            .graphql(token, "{ myCaseload { edges { node { id } } } }", json!({}))
            .await;
        let listed = caseload["data"]["myCaseload"]["edges"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert_eq!(
            listed.len(),
            usize::from(expect.in_caseload),
            "{name}: {caseload}"
        );

        let assigned = c
            .app
            .graphql(
                token,
                "mutation($input: AssignCaseWorkerInput!) { assignCaseWorker(input: $input) { participant { id } } }",
                json!({ "input": { "participantId": c.participant, "userId": nina } }),
            )
            .await;
        expect_code(name, "assignCaseWorker", &assigned, expect.assign);

        let assigned = c
            .app
            .graphql(
                token,
                "mutation($input: AssignReferralInput!) { assignReferral(input: $input) { referral { id } } }",
                json!({ "input": { "referralId": id, "userId": luka } }),
            )
            .await;
        expect_code(name, "assignReferral", &assigned, expect.assign_referral);

        let task = c
            .app
            .graphql(
                token,
                CREATE_TASK,
                json!({ "input": { "participantId": c.participant, "title": "Call", "dueOn": due } }),
            )
            .await;
        expect_code(name, "createTask", &task, expect.task);
    }
}

/// Who may change what was planned and record job outcomes: `None` is allowed, else the code.
/// A programme led by the space (published, so everyone may see it), Amina owned by the NGO and
/// referred to the space (which sees her identity and contact only).
struct PlanningExpect {
    viewer: &'static str,
    update_programme: Option<&'static str>,
    add_session: Option<&'static str>,
    move_session: Option<&'static str>,
    record_placement: Option<&'static str>,
    match_vacancies: Option<&'static str>,
    /// `participant.history` (the participant `NOT_FOUND` altogether, or the field `FORBIDDEN`).
    history: Option<&'static str>,
}

#[rustfmt::skip]
const PLANNING_MATRIX: &[PlanningExpect] = &[
    //                                                 updateProgramme           addSession                moveSession               recordPlacement            matchVacancies             history
    PlanningExpect { viewer: "lead staff",             update_programme: None,              add_session: None,              move_session: None,              record_placement: Some("FORBIDDEN"), match_vacancies: Some("FORBIDDEN"), history: Some("FORBIDDEN") },
    PlanningExpect { viewer: "owner case manager",     update_programme: Some("FORBIDDEN"), add_session: Some("FORBIDDEN"), move_session: Some("FORBIDDEN"), record_placement: Some("FORBIDDEN"), match_vacancies: None,              history: None },
    PlanningExpect { viewer: "unrelated labour agency", update_programme: Some("FORBIDDEN"), add_session: Some("FORBIDDEN"), move_session: Some("FORBIDDEN"), record_placement: Some("NOT_FOUND"), match_vacancies: Some("NOT_FOUND"), history: Some("NOT_FOUND") },
    PlanningExpect { viewer: "mentor of the owner",    update_programme: Some("FORBIDDEN"), add_session: Some("FORBIDDEN"), move_session: Some("FORBIDDEN"), record_placement: Some("NOT_FOUND"), match_vacancies: Some("NOT_FOUND"), history: Some("NOT_FOUND") },
    PlanningExpect { viewer: "platform admin",         update_programme: Some("FORBIDDEN"), add_session: Some("FORBIDDEN"), move_session: Some("FORBIDDEN"), record_placement: Some("NOT_FOUND"), match_vacancies: Some("NOT_FOUND"), history: Some("NOT_FOUND") },
];

#[tokio::test]
async fn every_cell_of_the_planning_matrix() {
    let c = TestApp::with_referral_case().await;
    let sent = create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    assert!(sent["errors"].is_null(), "{sent}");
    let programme = crate::programmes::programme(&c.app, &c.receiver, json!({}), true).await;
    let session = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "mutation($input: AddProgrammeSessionInput!) { addProgrammeSession(input: $input) { session { id } } }",
            json!({ "input": { "programmeId": programme, "startsAt": "2099-03-02T09:00:00Z", "endsAt": "2099-03-02T12:00:00Z" } }),
        )
        .await["data"]["addProgrammeSession"]["session"]["id"]
        .as_str()
        .expect("a session")
        .to_owned();
    let viewers: Vec<(&str, Session)> = vec![
        ("lead staff", c.receiver.clone()),
        ("owner case manager", c.case_manager.clone()),
        (
            "unrelated labour agency",
            c.app
                .member(&c.admin, &c.third, "cm@zc.test", "CASE_MANAGER")
                .await,
        ),
        (
            "mentor of the owner",
            c.app
                .member(&c.admin, &c.ngo, "mentor@most.test", "MENTOR")
                .await,
        ),
        ("platform admin", c.admin.clone()),
    ];
    assert_eq!(viewers.len(), PLANNING_MATRIX.len());
    let check =
        |name: &str, what: &str, answer: &Value, field: &str, expect: Option<&str>| match expect {
            None => assert!(answer["errors"].is_null(), "{name} {what}: {answer}"),
            Some(code) => {
                assert_eq!(error_code(answer), Some(code), "{name} {what}: {answer}");
                assert_eq!(
                    answer["data"][field],
                    Value::Null,
                    "{name} {what}: {answer}"
                );
            }
        };
    for (expect, (name, session_of)) in PLANNING_MATRIX.iter().zip(&viewers) {
        assert_eq!(expect.viewer, *name);
        let token = Some(session_of.access_token.as_str());
        let run = async |query: &str, input: Value| {
            c.app.graphql(token, query, json!({ "input": input })).await
        };
        let answer = run(
            "mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { programme { capacity } } }",
            json!({ "id": programme, "capacity": 11 }),
        )
        .await;
        check(
            name,
            "updateProgramme",
            &answer,
            "updateProgramme",
            expect.update_programme,
        );
        let answer = run(
            "mutation($input: AddProgrammeSessionInput!) { addProgrammeSession(input: $input) { session { id } } }",
            json!({ "programmeId": programme, "startsAt": "2099-04-02T09:00:00Z", "endsAt": "2099-04-02T12:00:00Z" }),
        )
        .await;
        check(
            name,
            "addProgrammeSession",
            &answer,
            "addProgrammeSession",
            expect.add_session,
        );
        let answer = run(
            "mutation($input: UpdateSessionInput!) { updateSession(input: $input) { session { id } } }",
            json!({ "id": session, "place": "Room 3" }),
        )
        .await;
        check(
            name,
            "updateSession",
            &answer,
            "updateSession",
            expect.move_session,
        );
        let answer = run(
            "mutation($input: RecordPlacementInput!) { recordPlacement(input: $input) { placement { id } } }",
            json!({ "participantId": c.participant, "employerName": "Novak", "occupation": "cook",
                    "contractType": "PERMANENT", "hoursPerWeek": 40, "startsOn": "2026-01-15" }),
        )
        .await;
        check(
            name,
            "recordPlacement",
            &answer,
            "recordPlacement",
            expect.record_placement,
        );
        let answer = c
            .app
            .graphql(
                token,
                "query($id: ID!) { matchVacancies(participantId: $id) { score } }",
                json!({ "id": c.participant }),
            )
            .await;
        check(
            name,
            "matchVacancies",
            &answer,
            "matchVacancies",
            expect.match_vacancies,
        );
        let answer = c
            .app
            .graphql(
                token,
                "query($id: ID!) { participant(id: $id) { id history { placements { id } } } }",
                json!({ "id": c.participant }),
            )
            .await;
        match expect.history {
            None => assert!(answer["errors"].is_null(), "{name} history: {answer}"),
            Some("NOT_FOUND") => {
                assert_eq!(error_code(&answer), Some("NOT_FOUND"), "{name}: {answer}");
                assert_eq!(
                    answer["data"]["participant"],
                    Value::Null,
                    "{name}: {answer}"
                );
            }
            Some(code) => {
                assert_eq!(error_code(&answer), Some(code), "{name}: {answer}");
                assert!(
                    !answer["data"]["participant"]["id"].is_null(),
                    "{name}: {answer}"
                );
                assert_eq!(
                    answer["data"]["participant"]["history"],
                    Value::Null,
                    "{name}: {answer}"
                );
            }
        }
    }
    // Nothing was recorded by anyone refused.
    let history = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { participant(id: $id) { history { placements { id } } } }",
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(
        history["data"]["participant"]["history"]["placements"],
        json!([]),
        "{history}"
    );
}

/// Who may do what with accounts (issue 15, part 5). `search_members`: the case NGO's
/// `members(search:)` answers (else the code); `change_password`: the code a wrong current
/// password gets (`VALIDATION` on `oldPassword` means the viewer may change their own);
/// everyone, signed in or not, may ask for a reset and gets the same answer.
struct AccountExpect {
    viewer: &'static str,
    search_members: Option<&'static str>,
    change_password: &'static str,
}

#[rustfmt::skip]
const ACCOUNT_MATRIX: &[AccountExpect] = &[
    //                                                 search_members                 change_password
    AccountExpect { viewer: "org admin of the org",    search_members: None,                    change_password: "VALIDATION" },
    AccountExpect { viewer: "case manager of the org", search_members: None,                    change_password: "VALIDATION" },
    AccountExpect { viewer: "org admin elsewhere",     search_members: Some("FORBIDDEN"),       change_password: "VALIDATION" },
    AccountExpect { viewer: "platform admin",          search_members: None,                    change_password: "VALIDATION" },
    AccountExpect { viewer: "anonymous",               search_members: Some("UNAUTHENTICATED"), change_password: "UNAUTHENTICATED" },
];

#[tokio::test]
async fn every_cell_of_the_account_matrix() {
    let c = TestApp::with_referral_case().await;
    let admin = &c.admin;
    let ngo_admin = c
        .app
        .member(admin, &c.ngo, "boss@most.test", "ORG_ADMIN")
        .await;
    let elsewhere_admin = c
        .app
        .member(admin, &c.third, "boss@zc.test", "ORG_ADMIN")
        .await;
    let viewers: Vec<(&str, Option<Session>)> = vec![
        ("org admin of the org", Some(ngo_admin)),
        ("case manager of the org", Some(c.case_manager.clone())),
        ("org admin elsewhere", Some(elsewhere_admin)),
        ("platform admin", Some(admin.clone())),
        ("anonymous", None),
    ];
    assert_eq!(viewers.len(), ACCOUNT_MATRIX.len());
    let mut reset_answers = Vec::new();
    for (expect, (name, session)) in ACCOUNT_MATRIX.iter().zip(&viewers) {
        assert_eq!(expect.viewer, *name);
        let token = session.as_ref().map(|s| s.access_token.as_str());
        let search = c
            .app
            .graphql(
                token,
                "query($id: ID!) { organisation(id: $id) { members(first: 10, search: \"most\") { edges { node { user { email } } } } } }",
                json!({ "id": c.ngo }),
            )
            .await;
        match expect.search_members {
            None => assert!(
                search["data"]["organisation"]["members"]["edges"].is_array(),
                "{name}: {search}"
            ),
            Some(code) => {
                assert_eq!(error_code(&search), Some(code), "{name}: {search}");
                assert_eq!(search["data"]["organisation"]["members"], Value::Null);
            }
        }
        let change = c
            .app
            .graphql(
                token,
                "mutation($input: ChangePasswordInput!) { changePassword(input: $input) { endedSessions } }",
                json!({ "input": { "oldPassword": "not the password", "newPassword": "a new passphrase 2026" } }),
            )
            .await;
        assert_eq!(
            error_code(&change),
            Some(expect.change_password),
            "{name}: {change}"
        );
        reset_answers.push(
            c.app
                .graphql(
                    token,
                    "mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { validForMinutes } }",
                    json!({ "input": { "email": "nina@most.test" } }),
                )
                .await,
        );
    }
    assert!(
        reset_answers.windows(2).all(|pair| pair[0] == pair[1]),
        "{reset_answers:?}"
    );
}

/// Who may take a participant's data export (`participantDataExport` and its download):
/// `None` is allowed, else the GraphQL code, with the download's status beside it.
struct DataExportExpect {
    viewer: &'static str,
    export: Option<&'static str>,
    download: u16,
}

#[rustfmt::skip]
const DATA_EXPORT_MATRIX: &[DataExportExpect] = &[
    DataExportExpect { viewer: "owner case manager",     export: None,                    download: 200 },
    DataExportExpect { viewer: "owner org admin",        export: None,                    download: 200 },
    // The owner's other roles see the participant (or not at all) but may not export.
    DataExportExpect { viewer: "owner staff",            export: Some("FORBIDDEN"),       download: 403 },
    DataExportExpect { viewer: "owner analyst",          export: Some("FORBIDDEN"),       download: 403 },
    DataExportExpect { viewer: "owner mentor",           export: Some("NOT_FOUND"),       download: 404 },
    DataExportExpect { viewer: "owner mediator",         export: Some("NOT_FOUND"),       download: 404 },
    // An organisation engaged through an open referral sees some of her, and exports nothing.
    DataExportExpect { viewer: "engaged staff",          export: Some("FORBIDDEN"),       download: 403 },
    DataExportExpect { viewer: "engaged org admin",      export: Some("FORBIDDEN"),       download: 403 },
    DataExportExpect { viewer: "unrelated case manager", export: Some("NOT_FOUND"),       download: 404 },
    DataExportExpect { viewer: "unrelated org admin",    export: Some("NOT_FOUND"),       download: 404 },
    DataExportExpect { viewer: "platform admin",         export: Some("NOT_FOUND"),       download: 404 },
    DataExportExpect { viewer: "auditor",                export: Some("NOT_FOUND"),       download: 404 },
    DataExportExpect { viewer: "anonymous",              export: Some("UNAUTHENTICATED"), download: 401 },
];

#[tokio::test]
async fn every_cell_of_the_data_export_matrix() {
    use crate::data_export::{download, export};
    let c = TestApp::with_referral_case().await;
    referral_id(&create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await);
    let admin = &c.admin;
    let member = |org: &str, email: &'static str, role: &'static str| {
        let (app, org) = (&c.app, org.to_owned());
        async move { app.member(admin, &org, email, role).await }
    };
    let viewers: Vec<(&str, Option<Session>)> = vec![
        ("owner case manager", Some(c.case_manager.clone())),
        (
            "owner org admin",
            Some(member(&c.ngo, "boss@most.test", "ORG_ADMIN").await),
        ),
        (
            "owner staff",
            Some(member(&c.ngo, "staff@most.test", "STAFF").await),
        ),
        (
            "owner analyst",
            Some(member(&c.ngo, "analyst@most.test", "ANALYST").await),
        ),
        (
            "owner mentor",
            Some(member(&c.ngo, "mentor@most.test", "MENTOR").await),
        ),
        (
            "owner mediator",
            Some(member(&c.ngo, "mediator@most.test", "MEDIATOR").await),
        ),
        ("engaged staff", Some(c.receiver.clone())),
        (
            "engaged org admin",
            Some(member(&c.space, "boss@fablab.test", "ORG_ADMIN").await),
        ),
        (
            "unrelated case manager",
            Some(member(&c.third, "cm@zc.test", "CASE_MANAGER").await),
        ),
        (
            "unrelated org admin",
            Some(member(&c.third, "boss@zc.test", "ORG_ADMIN").await),
        ),
        ("platform admin", Some(admin.clone())),
        (
            "auditor",
            Some(
                c.app
                    .platform_user(
                        "auditor@skupaj.test",
                        skupaj_domain::membership::PlatformRole::Auditor,
                    )
                    .await,
            ),
        ),
        ("anonymous", None),
    ];
    assert_eq!(viewers.len(), DATA_EXPORT_MATRIX.len());
    let mut refused = 0;
    for (expect, (name, session)) in DATA_EXPORT_MATRIX.iter().zip(&viewers) {
        assert_eq!(expect.viewer, *name);
        let answer = export(&c.app, session.as_ref(), &c.participant).await;
        let (status, _, body) = download(&c.app, session.as_ref(), &c.participant).await;
        assert_eq!(status.as_u16(), expect.download, "{name}: {body}");
        match expect.export {
            None => {
                assert!(answer["errors"].is_null(), "{name}: {answer}");
                assert_eq!(
                    answer["data"]["participantDataExport"]["participant"]["givenName"], "Amina",
                    "{name}"
                );
                assert!(body.contains("Amina"), "{name}");
            }
            Some(code) => {
                assert_eq!(error_code(&answer), Some(code), "{name}: {answer}");
                assert_eq!(
                    answer["data"]["participantDataExport"],
                    Value::Null,
                    "{name}: {answer}"
                );
                let body: Value = serde_json::from_str(&body).expect("a JSON refusal");
                assert_eq!(body["errors"][0]["extensions"]["code"], code, "{name}");
                for leaked in [answer.to_string(), body.to_string()] {
                    assert!(!leaked.contains("Amina"), "{name}: {leaked}");
                    assert!(!leaked.contains("Haddad"), "{name}: {leaked}");
                }
                if session.is_some() {
                    refused += 2;
                }
            }
        }
    }
    // Every signed-in refusal is in the audit log, as denied.
    let auditor = viewers
        .iter()
        .find(|(name, _)| *name == "auditor")
        .and_then(|(_, s)| s.clone())
        .expect("the auditor");
    let log = c
        .app
        .graphql(
            Some(&auditor.access_token),
            "{ auditLog(first: 100, filter: { operation: \"participantDataExport\", outcome: DENIED }) { edges { node { entityId } } } }",
            json!({}),
        )
        .await;
    let denied = log["data"]["auditLog"]["edges"].as_array().expect("a list");
    assert_eq!(denied.len(), refused, "{log}");
}

/// Who may read the audit log, over GraphQL (`auditLog`) and as CSV
/// (`/exports/audit-log.csv`): platform auditors only; everyone else gets the code (HTTP status
/// for the CSV) and nothing of the log, not even a count.
struct AuditLogExpect {
    viewer: &'static str,
    /// `None`: allowed.
    refused: Option<(&'static str, u16)>,
}

#[rustfmt::skip]
const AUDIT_LOG_MATRIX: &[AuditLogExpect] = &[
    AuditLogExpect { viewer: "platform auditor",          refused: None },
    AuditLogExpect { viewer: "platform admin",            refused: Some(("FORBIDDEN", 403)) },
    AuditLogExpect { viewer: "org admin of the owner",    refused: Some(("FORBIDDEN", 403)) },
    AuditLogExpect { viewer: "owner case manager",        refused: Some(("FORBIDDEN", 403)) },
    AuditLogExpect { viewer: "engaged staff",             refused: Some(("FORBIDDEN", 403)) },
    AuditLogExpect { viewer: "municipal officer",         refused: Some(("FORBIDDEN", 403)) },
    AuditLogExpect { viewer: "mentor of the owner",       refused: Some(("FORBIDDEN", 403)) },
    AuditLogExpect { viewer: "mediator of the owner",     refused: Some(("FORBIDDEN", 403)) },
    AuditLogExpect { viewer: "anonymous",                 refused: Some(("UNAUTHENTICATED", 401)) },
];

#[tokio::test]
async fn every_cell_of_the_audit_log_matrix() {
    use skupaj_domain::membership::PlatformRole;

    let c = TestApp::with_referral_case().await;
    let admin = &c.admin;
    let town = c
        .app
        .organisation(admin, "MUNICIPALITY", "Urad Ljubljana", "Ljubljana")
        .await;
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    let viewers: Vec<(&str, Option<Session>)> = vec![
        ("platform auditor", Some(auditor.clone())),
        ("platform admin", Some(admin.clone())),
        (
            "org admin of the owner",
            Some(
                c.app
                    .member(admin, &c.ngo, "boss@most.test", "ORG_ADMIN")
                    .await,
            ),
        ),
        ("owner case manager", Some(c.case_manager.clone())),
        ("engaged staff", Some(c.receiver.clone())),
        (
            "municipal officer",
            Some(
                c.app
                    .member(admin, &town, "officer@lj.test", "ANALYST")
                    .await,
            ),
        ),
        (
            "mentor of the owner",
            Some(
                c.app
                    .member(admin, &c.ngo, "mentor@most.test", "MENTOR")
                    .await,
            ),
        ),
        (
            "mediator of the owner",
            Some(
                c.app
                    .member(admin, &c.ngo, "mediator@most.test", "MEDIATOR")
                    .await,
            ),
        ),
        ("anonymous", None),
    ];
    assert_eq!(viewers.len(), AUDIT_LOG_MATRIX.len());
    for (expect, (name, session)) in AUDIT_LOG_MATRIX.iter().zip(&viewers) {
        assert_eq!(expect.viewer, *name);
        let token = session.as_ref().map(|s| s.access_token.as_str());
        let answer = c
            .app
            .graphql(
                token,
                "{ auditLog(first: 100) { edges { node { id operation } } } }",
                json!({}),
            )
            .await;
        let csv = crate::audit_export::export(&c.app, token, &[]).await;
        match expect.refused {
            None => {
                assert!(
                    answer["data"]["auditLog"]["edges"]
                        .as_array()
                        .is_some_and(|edges| !edges.is_empty()),
                    "{name}: {answer}"
                );
                assert_eq!(csv.status.as_u16(), 200, "{name}");
                assert!(csv.body.starts_with(b"at,requestId,"), "{name}");
            }
            Some((code, status)) => {
                assert_eq!(error_code(&answer), Some(code), "{name}: {answer}");
                assert_eq!(
                    answer["data"],
                    json!({ "auditLog": null }),
                    "{name}: nothing leaks: {answer}"
                );
                assert_eq!(csv.status.as_u16(), status, "{name}");
                assert_eq!(csv.code().as_deref(), Some(code), "{name}");
                assert_eq!(
                    csv.json().as_object().map(|o| o.len()),
                    Some(1),
                    "{name}: the refusal and nothing else: {}",
                    String::from_utf8_lossy(&csv.body)
                );
            }
        }
    }
    // Every signed-in refusal of the file is in the log, as denied.
    let denied = c
        .app
        .graphql(
            Some(&auditor.access_token),
            "{ auditLog(first: 100, filter: { operation: \"exportAuditLog\", outcome: DENIED }) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    let refused_signed_in = AUDIT_LOG_MATRIX
        .iter()
        .filter(|e| matches!(e.refused, Some(("FORBIDDEN", _))))
        .count();
    assert_eq!(
        denied["data"]["auditLog"]["edges"].as_array().map(Vec::len),
        Some(refused_signed_in),
        "{denied}"
    );
}

/// Emergency access (issue 17 part 5): who may ask for it (`requestEmergencyAccess`) and who
/// lists the grants (`emergencyAccessGrants`). A refusal leaks nothing: `data` is `null` (the
/// list's field is `null`) with `FORBIDDEN`, and no grant is made.
#[tokio::test]
async fn every_cell_of_the_emergency_access_matrix() {
    use skupaj_domain::membership::PlatformRole;

    let c = TestApp::with_referral_case().await;
    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    let admin = &c.admin;
    let member = |org: &str, email: &'static str, role: &'static str| {
        let org = org.to_owned();
        let app = &c.app;
        async move { app.member(admin, &org, email, role).await }
    };
    // (viewer, may ask, lists: None = refused, Some(n) = sees n grants)
    let cells: Vec<(&str, Session, bool, Option<usize>)> = vec![
        ("owner case manager", c.case_manager.clone(), false, None),
        (
            "owner org admin",
            member(&c.ngo, "admin@most.test", "ORG_ADMIN").await,
            false,
            Some(1),
        ),
        (
            "owner mentor",
            member(&c.ngo, "mentor@most.test", "MENTOR").await,
            false,
            None,
        ),
        (
            "engaged org admin",
            member(&c.space, "admin@fablab.test", "ORG_ADMIN").await,
            false,
            Some(0),
        ),
        (
            "engaged mentor",
            member(&c.space, "mentor@fablab.test", "MENTOR").await,
            false,
            None,
        ),
        (
            "engaged mediator",
            member(&c.space, "mediator@fablab.test", "MEDIATOR").await,
            false,
            None,
        ),
        (
            "engaged analyst",
            member(&c.space, "analyst@fablab.test", "ANALYST").await,
            false,
            None,
        ),
        (
            "unrelated case manager",
            member(&c.third, "cm@zc.test", "CASE_MANAGER").await,
            false,
            None,
        ),
        ("platform admin", c.admin.clone(), false, None),
        (
            "auditor",
            c.app
                .platform_user("audit@skupaj.test", PlatformRole::Auditor)
                .await,
            false,
            Some(1),
        ),
        ("engaged staff", c.receiver.clone(), true, None),
    ];
    const REQUEST: &str = "mutation($input: RequestEmergencyAccessInput!) { requestEmergencyAccess(input: $input) { grant { id reason } } }";
    const LIST: &str = "{ emergencyAccessGrants(first: 10) { edges { node { id reason } } } }";
    let reason = "Medical emergency during the workshop";
    for (viewer, session, may_ask, _) in &cells {
        let answer = c
            .app
            .graphql(
                Some(&session.access_token),
                REQUEST,
                json!({ "input": { "participantId": c.participant, "reason": reason } }),
            )
            .await;
        if *may_ask {
            assert!(answer["errors"].is_null(), "{viewer}: {answer}");
        } else {
            assert_eq!(error_code(&answer), Some("FORBIDDEN"), "{viewer}: {answer}");
            assert!(answer["data"].is_null(), "{viewer}: {answer}");
        }
    }
    for (viewer, session, _, lists) in &cells {
        let answer = c
            .app
            .graphql(Some(&session.access_token), LIST, json!({}))
            .await;
        match lists {
            None => {
                assert_eq!(error_code(&answer), Some("FORBIDDEN"), "{viewer}: {answer}");
                assert!(
                    answer["data"]["emergencyAccessGrants"].is_null(),
                    "{viewer}: {answer}"
                );
            }
            Some(count) => {
                assert!(answer["errors"].is_null(), "{viewer}: {answer}");
                assert_eq!(
                    answer["data"]["emergencyAccessGrants"]["edges"]
                        .as_array()
                        .map(Vec::len),
                    Some(*count),
                    "{viewer}: {answer}"
                );
            }
        }
    }
}
