//! Indicators on a hand-computed fixture: every dimension, both percentiles, programme outcomes;
//! another municipality's officer sees none of it; no published count is under k.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use serde_json::{Value, json};
use skupaj_domain::referral::{
    NeedDomain, Referral, ReferralKind, ReferralOutcome, ReferralPriority, ReferralStatus,
};
use skupaj_tests::fixtures::Platform;
use skupaj_tests::{Session, TestApp, error_code, register_participant, user_id};
use uuid::Uuid;

use crate::programmes::{enrol, enrolment_id, programme};

const K: u64 = 5;

const INDICATORS: &str = r#"query($groupBy: [ReferralDimension!]!, $filter: IndicatorFilterInput) {
  indicators(groupBy: $groupBy, filter: $filter) {
    minCell groupBy
    referrals { columns rows { group cells total } columnTotals total }
    firstResponse { group count medianHours p90Hours }
    completion { group count medianHours p90Hours }
  }
}"#;

const PROGRAMMES: &str = r#"query($by: ProgrammeDimension!) {
  indicators { programmes(groupBy: $by) {
    group enrolled completed finished completionRate followedUp3Months employedWithin3Months
    followedUp6Months employedWithin6Months
  } }
}"#;

fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 9, 0, 0)
        .single()
        .expect("a time")
}

struct Sent {
    participant: Uuid,
    from: Uuid,
    from_user: Uuid,
    to: Uuid,
    need: NeedDomain,
    status: ReferralStatus,
    sent_at: DateTime<Utc>,
    first_response_at: Option<DateTime<Utc>>,
    /// When it last changed status (its completion, for a completed one).
    changed_at: DateTime<Utc>,
}

fn referral(s: Sent) -> Referral {
    Referral {
        id: Uuid::now_v7(),
        participant_id: s.participant,
        from_organisation_id: s.from,
        from_user_id: s.from_user,
        to_organisation_id: s.to,
        programme_id: None,
        need_domain: s.need,
        priority: ReferralPriority::Normal,
        reason: "Fixture".to_owned(),
        respond_by: NaiveDate::from_ymd_opt(2026, 6, 1).expect("a date"),
        kind: ReferralKind::Service,
        status: s.status,
        consent_id: None,
        redirected_from_id: None,
        decline_reason: None,
        outcome: (s.status == ReferralStatus::Completed)
            .then_some(ReferralOutcome::ServiceProvided),
        cancel_reason: None,
        version: 2,
        sent_at: Some(s.sent_at),
        first_response_at: s.first_response_at,
        created_at: s.sent_at,
        updated_at: s.changed_at,
    }
}

async fn participant(
    app: &TestApp,
    case_worker: &Session,
    name: &str,
    gender: &str,
    born: i32,
    municipality: &str,
) -> Uuid {
    let answer = app
        .graphql(
            Some(&case_worker.access_token),
            "mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { participant { id } } }",
            json!({ "input": { "profile": {
                "givenName": name, "birthYear": born, "gender": gender, "preferredLanguage": "uk",
                "municipality": municipality
            } } }),
        )
        .await;
    answer["data"]["registerParticipant"]["participant"]["id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("registerParticipant failed: {answer}"))
}

fn uuid(id: &str) -> Uuid {
    id.parse().expect("an id")
}

struct World {
    app: TestApp,
    admin: Session,
    officer: Session,
    other_officer: Session,
    analyst: Session,
    case_manager: Session,
    staff: Session,
}

/// Ljubljana: 18 referrals from an NGO to a labour agency.
/// - 10 `EMPLOYMENT`, sent 2026-01-05, a woman born 1990 (35–44), answered after 1, 2, … 10
///   hours, completed after 10, 11, … 19 days;
/// - 6 `LANGUAGE`, sent 2026-02-10, a man born 2000 (25–34), accepted after 2, 4, … 12 hours;
/// - 2 `HOUSING`, sent 2026-03-03, the same man, unanswered.
///
/// Maribor: 6 `EDUCATION` referrals between two Maribor organisations, unanswered.
/// A vocational programme in Ljubljana: six enrolments, all completed (five 300 days ago, one
/// today); within 3 months two found work, within 6 months three.
async fn world() -> World {
    let Platform { app, admin } = TestApp::with_admin().await;
    let ngo = app
        .organisation(&admin, "NGO", "Društvo Most", "Ljubljana")
        .await;
    let agency = app
        .organisation(
            &admin,
            "LABOUR_AGENCY",
            "Zavod za zaposlovanje",
            "Ljubljana",
        )
        .await;
    let town = app
        .organisation(
            &admin,
            "MUNICIPALITY",
            "Mestna občina Ljubljana",
            "Ljubljana",
        )
        .await;
    let other_town = app
        .organisation(&admin, "MUNICIPALITY", "Mestna občina Maribor", "Maribor")
        .await;
    let mb_ngo = app
        .organisation(&admin, "NGO", "Društvo Drava", "Maribor")
        .await;
    let mb_school = app
        .organisation(&admin, "EDUCATION", "Ljudska univerza Maribor", "Maribor")
        .await;
    let case_manager = app
        .member(&admin, &ngo, "cm@most.test", "CASE_MANAGER")
        .await;
    let staff = app.member(&admin, &ngo, "staff@most.test", "STAFF").await;
    let analyst = app
        .member(&admin, &ngo, "analyst@most.test", "ANALYST")
        .await;
    let officer = app
        .member(&admin, &town, "officer@lj.test", "ANALYST")
        .await;
    let other_officer = app
        .member(&admin, &other_town, "officer@mb.test", "STAFF")
        .await;
    let mb_case_manager = app
        .member(&admin, &mb_ngo, "cm@drava.test", "CASE_MANAGER")
        .await;

    let woman = participant(&app, &case_manager, "Olena", "FEMALE", 1990, "Ljubljana").await;
    let man = participant(&app, &case_manager, "Omar", "MALE", 2000, "Ljubljana").await;
    let mb_person = participant(&app, &mb_case_manager, "Iryna", "FEMALE", 1985, "Maribor").await;
    let cm = uuid(&user_id(&app, &case_manager).await);
    let mb_cm = uuid(&user_id(&app, &mb_case_manager).await);
    let (ngo_id, agency_id) = (uuid(&ngo), uuid(&agency));

    let mut rows = Vec::new();
    for i in 0..10 {
        let sent = at(2026, 1, 5);
        rows.push(referral(Sent {
            participant: woman,
            from: ngo_id,
            from_user: cm,
            to: agency_id,
            need: NeedDomain::Employment,
            status: ReferralStatus::Completed,
            sent_at: sent,
            first_response_at: Some(sent + Duration::hours(i + 1)),
            changed_at: sent + Duration::days(10 + i),
        }));
    }
    for i in 0..6 {
        let sent = at(2026, 2, 10);
        let answered = sent + Duration::hours(2 * (i + 1));
        rows.push(referral(Sent {
            participant: man,
            from: ngo_id,
            from_user: cm,
            to: agency_id,
            need: NeedDomain::Language,
            status: ReferralStatus::Accepted,
            sent_at: sent,
            first_response_at: Some(answered),
            changed_at: answered,
        }));
    }
    for _ in 0..2 {
        let sent = at(2026, 3, 3);
        rows.push(referral(Sent {
            participant: man,
            from: ngo_id,
            from_user: cm,
            to: agency_id,
            need: NeedDomain::Housing,
            status: ReferralStatus::Sent,
            sent_at: sent,
            first_response_at: None,
            changed_at: sent,
        }));
    }
    for _ in 0..6 {
        let sent = at(2026, 2, 20);
        rows.push(referral(Sent {
            participant: mb_person,
            from: uuid(&mb_ngo),
            from_user: mb_cm,
            to: uuid(&mb_school),
            need: NeedDomain::Education,
            status: ReferralStatus::Sent,
            sent_at: sent,
            first_response_at: None,
            changed_at: sent,
        }));
    }
    skupaj_persistence::bulk::insert_referrals(&app.db, &rows)
        .await
        .expect("referrals inserted");

    // The programme: completions and outcomes through the API.
    let id = programme(
        &app,
        &case_manager,
        json!({ "municipality": "Ljubljana", "minAttendancePercent": 0 }),
        true,
    )
    .await;
    let today = Utc::now().date_naive();
    let long_ago = today - Duration::days(300);
    let mut enrolments = Vec::new();
    for name in ["A", "B", "C", "D", "E", "F"] {
        let person = register_participant(&app, &case_manager, name).await;
        enrolments.push(enrolment_id(
            &enrol(&app, &case_manager, &id, &person, None).await,
        ));
    }
    for (i, enrolment) in enrolments.iter().enumerate() {
        let on = if i < 5 { long_ago } else { today };
        let done = app
            .graphql(
                Some(&case_manager.access_token),
                "mutation($input: CompleteEnrolmentInput!) { completeEnrolment(input: $input) { enrolment { status } } }",
                json!({ "input": { "id": enrolment, "completedOn": on.to_string() } }),
            )
            .await;
        assert_eq!(
            done["data"]["completeEnrolment"]["enrolment"]["status"], "COMPLETED",
            "{done}"
        );
    }
    // A employed after 30 days, B after 60, C self-employed after 120, D looking after 20.
    for (enrolment, outcome, days) in [
        (&enrolments[0], "EMPLOYED", 30),
        (&enrolments[1], "EMPLOYED", 60),
        (&enrolments[2], "SELF_EMPLOYED", 120),
        (&enrolments[3], "JOB_SEEKING", 20),
    ] {
        let answer = app
            .graphql(
                Some(&case_manager.access_token),
                "mutation($input: RecordFollowUpOutcomeInput!) { recordFollowUpOutcome(input: $input) { enrolment { id } } }",
                json!({ "input": { "enrolmentId": enrolment, "outcome": outcome, "on": (long_ago + Duration::days(days)).to_string() } }),
            )
            .await;
        assert!(answer["errors"].is_null(), "{answer}");
    }
    World {
        app,
        admin,
        officer,
        other_officer,
        analyst,
        case_manager,
        staff,
    }
}

async fn indicators(app: &TestApp, who: &Session, group_by: &[&str]) -> Value {
    let answer = app
        .graphql(
            Some(&who.access_token),
            INDICATORS,
            json!({ "groupBy": group_by }),
        )
        .await;
    assert!(answer["errors"].is_null(), "{answer}");
    no_count_under_k(&answer);
    answer["data"]["indicators"].clone()
}

/// Every count anywhere in the answer is `null` or at least k.
fn no_count_under_k(answer: &Value) {
    fn walk(value: &Value, key: &str, answer: &Value) {
        match value {
            Value::Object(map) => map.iter().for_each(|(k, v)| walk(v, k, answer)),
            Value::Array(items) => items.iter().for_each(|v| walk(v, key, answer)),
            Value::Number(n) => {
                let counted = [
                    "total",
                    "cells",
                    "columnTotals",
                    "count",
                    "enrolled",
                    "completed",
                    "finished",
                    "followedUp3Months",
                    "followedUp6Months",
                ];
                if counted.contains(&key) {
                    assert!(
                        n.as_u64().is_some_and(|n| n >= K),
                        "{key} = {n} is under k: {answer}"
                    );
                }
            }
            _ => {}
        }
    }
    walk(answer, "", answer);
}

/// The rows of a one-dimension table as (group, count) pairs.
fn rows(indicators: &Value) -> Vec<(String, Value)> {
    indicators["referrals"]["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|row| {
            (
                row["group"].as_str().expect("group").to_owned(),
                row["total"].clone(),
            )
        })
        .collect()
}

/// The groups shown with a count; every other group is `null`.
fn shown(indicators: &Value) -> Vec<(String, u64)> {
    rows(indicators)
        .into_iter()
        .filter_map(|(group, count)| count.as_u64().map(|n| (group, n)))
        .collect()
}

fn pairs(expected: &[(&str, u64)]) -> Vec<(String, u64)> {
    expected
        .iter()
        .map(|(g, n)| ((*g).to_owned(), *n))
        .collect()
}

#[tokio::test]
async fn indicators_match_a_hand_computed_fixture() {
    let w = world().await;
    let app = &w.app;

    // By need: EMPLOYMENT 10, LANGUAGE 6, HOUSING 2, the rest 0. The 2 and the zeros are
    // withheld, but together they are 2 people, which 18 − 10 − 6 would give away: the
    // smallest shown count (LANGUAGE, 6) is withheld with them.
    let by_need = indicators(app, &w.officer, &["NEED_DOMAIN"]).await;
    assert_eq!(by_need["minCell"], 5);
    assert_eq!(by_need["referrals"]["total"], 18, "{by_need}");
    assert_eq!(shown(&by_need), pairs(&[("EMPLOYMENT", 10)]), "{by_need}");
    assert_eq!(rows(&by_need).len(), 9, "every need is listed");

    // First answers: overall 16 answered, sorted hours 1 2 2 3 4 4 5 6 6 7 8 8 9 10 10 12:
    // median (6 + 6) / 2 = 6, 90th percentile the 15th = 10. EMPLOYMENT 1…10: median 5.5,
    // p90 the 9th = 9. LANGUAGE 2…12: median 7, p90 the 6th = 12. HOUSING: nobody answered.
    let first = by_need["firstResponse"].as_array().expect("figures");
    assert_eq!(
        first[0],
        json!({ "group": null, "count": 16, "medianHours": 6.0, "p90Hours": 10.0 })
    );
    let of = |figures: &[Value], group: &str| {
        figures
            .iter()
            .find(|f| f["group"] == group)
            .cloned()
            .unwrap_or_else(|| panic!("no {group}"))
    };
    assert_eq!(
        of(first, "EMPLOYMENT"),
        json!({ "group": "EMPLOYMENT", "count": 10, "medianHours": 5.5, "p90Hours": 9.0 })
    );
    assert_eq!(
        of(first, "LANGUAGE"),
        json!({ "group": "LANGUAGE", "count": 6, "medianHours": 7.0, "p90Hours": 12.0 })
    );
    assert_eq!(
        of(first, "HOUSING"),
        json!({ "group": "HOUSING", "count": null, "medianHours": null, "p90Hours": null })
    );
    // Completion: the ten EMPLOYMENT referrals, after 10…19 days: median 14.5 days (348 h),
    // p90 the 9th, 18 days (432 h).
    let completion = by_need["completion"].as_array().expect("figures");
    assert_eq!(
        completion[0],
        json!({ "group": null, "count": 10, "medianHours": 348.0, "p90Hours": 432.0 })
    );
    assert_eq!(of(completion, "EMPLOYMENT")["p90Hours"], 432.0);
    assert_eq!(of(completion, "LANGUAGE")["count"], Value::Null);

    // Status: COMPLETED 10, ACCEPTED 6, SENT 2; no DRAFT row.
    let by_status = indicators(app, &w.officer, &["STATUS"]).await;
    assert_eq!(
        shown(&by_status),
        pairs(&[("COMPLETED", 10)]),
        "{by_status}"
    );
    assert!(rows(&by_status).iter().all(|(g, _)| g != "DRAFT"));
    // Month: January 10, February 6, March 2.
    let by_month = indicators(app, &w.officer, &["MONTH"]).await;
    assert_eq!(
        rows(&by_month)
            .iter()
            .map(|(g, _)| g.as_str())
            .collect::<Vec<_>>(),
        vec!["2026-01", "2026-02", "2026-03"]
    );
    assert_eq!(shown(&by_month), pairs(&[("2026-01", 10)]), "{by_month}");
    // Organisation kinds: all 18 from an NGO to a labour agency; the other kinds are zeros,
    // which alone would add up to 0, so the single large count is withheld too.
    for dimension in ["REFERRING_ORGANISATION_KIND", "RECEIVING_ORGANISATION_KIND"] {
        let by_kind = indicators(app, &w.officer, &[dimension]).await;
        assert_eq!(shown(&by_kind), Vec::new(), "{by_kind}");
        assert_eq!(by_kind["referrals"]["total"], 18);
        assert_eq!(rows(&by_kind).len(), 13);
    }
    // Gender: FEMALE 10, MALE 8; age: 35-44 10 (born 1990), 25-34 8 (born 2000). The 8 goes
    // with the zeros.
    let by_gender = indicators(app, &w.officer, &["GENDER"]).await;
    assert_eq!(shown(&by_gender), pairs(&[("FEMALE", 10)]), "{by_gender}");
    let by_age = indicators(app, &w.officer, &["AGE_BAND"]).await;
    assert_eq!(shown(&by_age), pairs(&[("35-44", 10)]), "{by_age}");

    // Two dimensions: every shown cell is the true count, the small ones are withheld, and no
    // count is under k (checked on every answer). January's 10 women go with the zeros of
    // their row (a row of 10 whose other cells add up to 0).
    let table = indicators(app, &w.officer, &["MONTH", "GENDER"]).await;
    let table = &table["referrals"];
    assert_eq!(
        table["columns"],
        json!(["FEMALE", "MALE", "NON_BINARY", "UNDISCLOSED", "UNKNOWN"])
    );
    let truth = [[10, 0, 0, 0, 0], [0, 6, 0, 0, 0], [0, 2, 0, 0, 0]];
    for (r, row) in truth.iter().enumerate() {
        for (c, count) in row.iter().enumerate() {
            let cell = &table["rows"][r]["cells"][c];
            assert!(cell.is_null() || *cell == json!(count), "{table}");
        }
    }
    assert_eq!(table["rows"][2]["cells"][1], Value::Null, "March's 2 men");
    assert_eq!(table["rows"][2]["total"], Value::Null);
    assert_eq!(table["total"], 18);

    // Filters narrow what is counted.
    let answer = app
        .graphql(
            Some(&w.officer.access_token),
            INDICATORS,
            json!({ "groupBy": ["NEED_DOMAIN"], "filter": { "sentFrom": "2026-02-01T00:00:00Z", "needDomains": ["LANGUAGE", "HOUSING"] } }),
        )
        .await;
    assert_eq!(
        answer["data"]["indicators"]["referrals"]["total"], 8,
        "{answer}"
    );

    // The analyst of the NGO: its own 18 referrals; the platform admin: all 24.
    let analyst = indicators(app, &w.analyst, &["NEED_DOMAIN"]).await;
    assert_eq!(analyst["referrals"]["total"], 18);
    let everything = indicators(app, &w.admin, &["NEED_DOMAIN"]).await;
    assert_eq!(everything["referrals"]["total"], 24, "{everything}");
    // EDUCATION 6 (Maribor) and LANGUAGE 6 tie; the first listed is withheld with HOUSING.
    assert_eq!(
        shown(&everything),
        pairs(&[("EMPLOYMENT", 10), ("LANGUAGE", 6)]),
        "{everything}"
    );
}

#[tokio::test]
async fn programme_outcomes_answer_half_got_a_job() {
    let w = world().await;
    let outcomes = w
        .app
        .graphql(
            Some(&w.officer.access_token),
            PROGRAMMES,
            json!({ "by": "PROGRAMME_KIND" }),
        )
        .await;
    no_count_under_k(&outcomes);
    let list = outcomes["data"]["indicators"]["programmes"]
        .as_array()
        .unwrap_or_else(|| panic!("{outcomes}"));
    let vocational = list
        .iter()
        .find(|o| o["group"] == "VOCATIONAL_TRAINING")
        .expect("the kind is listed");
    // Six completed of six finished; five completions are old enough for either window
    // (F completed today); in work within 3 months A and B (2/5), within 6 also C (3/5).
    // Nobody holds a place now: 0 is withheld.
    assert_eq!(
        *vocational,
        json!({ "group": "VOCATIONAL_TRAINING", "enrolled": null, "completed": 6, "finished": 6,
                "completionRate": 1.0, "followedUp3Months": 5, "employedWithin3Months": 0.4,
                "followedUp6Months": 5, "employedWithin6Months": 0.6 }),
        "{outcomes}"
    );
    assert!(
        list.iter()
            .filter(|o| o["group"] != "VOCATIONAL_TRAINING")
            .all(|o| o["completed"].is_null() && o["employedWithin6Months"].is_null()),
        "{outcomes}"
    );
    let by_cohort = w
        .app
        .graphql(
            Some(&w.analyst.access_token),
            PROGRAMMES,
            json!({ "by": "COHORT" }),
        )
        .await;
    let year = Utc::now().format("%Y").to_string();
    assert_eq!(
        by_cohort["data"]["indicators"]["programmes"],
        json!([{ "group": year, "enrolled": null, "completed": 6, "finished": 6,
                 "completionRate": 1.0, "followedUp3Months": 5, "employedWithin3Months": 0.4,
                 "followedUp6Months": 5, "employedWithin6Months": 0.6 }]),
        "{by_cohort}"
    );
    // Maribor's officer: no programme there, so nothing but withheld figures.
    let other = w
        .app
        .graphql(
            Some(&w.other_officer.access_token),
            PROGRAMMES,
            json!({ "by": "PROGRAMME_KIND" }),
        )
        .await;
    assert!(
        other["data"]["indicators"]["programmes"]
            .as_array()
            .is_some_and(|list| list.iter().all(|o| o["completed"].is_null())),
        "{other}"
    );
}

#[tokio::test]
async fn another_municipality_sees_none_of_it_and_others_are_refused() {
    let w = world().await;
    let app = &w.app;
    // Maribor's officer counts Maribor's six referrals only: not Ljubljana's 18.
    let other = indicators(app, &w.other_officer, &["NEED_DOMAIN"]).await;
    assert_eq!(other["referrals"]["total"], 6, "{other}");
    assert_eq!(shown(&other), Vec::new(), "EDUCATION 6 goes with the zeros");
    assert_eq!(other["firstResponse"][0]["count"], Value::Null);
    let months = indicators(app, &w.other_officer, &["MONTH"]).await;
    assert_eq!(
        rows(&months),
        vec![("2026-02".to_owned(), json!(6))],
        "{months}"
    );

    // Case workers and staff get no indicators; nor does anyone signed out.
    for who in [&w.case_manager, &w.staff] {
        let refused = app
            .graphql(
                Some(&who.access_token),
                INDICATORS,
                json!({ "groupBy": ["STATUS"] }),
            )
            .await;
        assert_eq!(error_code(&refused), Some("FORBIDDEN"), "{refused}");
        assert_eq!(refused["data"], json!({ "indicators": null }));
    }
    let anonymous = app
        .graphql(None, INDICATORS, json!({ "groupBy": ["STATUS"] }))
        .await;
    assert_eq!(error_code(&anonymous), Some("UNAUTHENTICATED"));

    // Bad input: a clear VALIDATION naming the field.
    for (group_by, filter) in [
        (json!(["STATUS", "STATUS"]), json!(null)),
        (json!(["STATUS", "MONTH", "GENDER"]), json!(null)),
        (
            json!(["STATUS"]),
            json!({ "sentFrom": "2026-03-01T00:00:00Z", "sentTo": "2026-01-01T00:00:00Z" }),
        ),
    ] {
        let answer = app
            .graphql(
                Some(&w.officer.access_token),
                INDICATORS,
                json!({ "groupBy": group_by, "filter": filter }),
            )
            .await;
        assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
        assert_eq!(answer["data"], json!({ "indicators": null }));
    }
}
