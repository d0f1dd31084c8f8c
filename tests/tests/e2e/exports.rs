//! CSV exports over HTTP: the referral list (the API's list for the same filter, nothing of
//! other organisations), indicators (as the API answers them, suppressed cells empty and
//! marked), a programme's attendance (its organisers only); formula injection neutralised,
//! three scripts round-trip, BOM on request, refusals with the API's codes, and an audit entry.

use reqwest::StatusCode;
use reqwest::header;
use serde_json::{Value, json};
use skupaj_domain::audit::AuditOutcome;
use skupaj_persistence::audit::{self, AuditFilter};
use skupaj_tests::fixtures::Platform;
use skupaj_tests::{
    Session, TestApp, create_referral, referral_consent, referral_id, register_participant,
};

use crate::programmes::{enrol, enrolment_id, programme};

/// A name a spreadsheet would run as a formula.
const FORMULA_NAME: &str = "=SUM(1,2) Društvo";
/// Slovenian, Ukrainian and Arabic in one name.
const THREE_SCRIPTS: &str = "Zavod Čebelica — Центр «Добробут» — مركز الأمل";

struct Answer {
    status: StatusCode,
    content_type: String,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&self.body)))
    }

    fn code(&self) -> Option<String> {
        self.json()["errors"][0]["extensions"]["code"]
            .as_str()
            .map(str::to_owned)
    }

    /// The CSV's records (header included), read by the `csv` crate.
    fn records(&self) -> Vec<Vec<String>> {
        assert_eq!(
            self.status,
            StatusCode::OK,
            "{}",
            String::from_utf8_lossy(&self.body)
        );
        let body = self
            .body
            .strip_prefix(b"\xEF\xBB\xBF")
            .unwrap_or(&self.body);
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(body)
            .records()
            .map(|record| {
                record
                    .expect("a CSV record")
                    .iter()
                    .map(str::to_owned)
                    .collect()
            })
            .collect()
    }
}

async fn get(app: &TestApp, token: Option<&str>, path: &str) -> Answer {
    let mut request = app.client().get(format!("{}{path}", app.address));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("the export answers");
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = response.bytes().await.expect("a body").to_vec();
    Answer {
        status,
        content_type,
        body,
    }
}

/// The value of `column` in each data row.
fn column(records: &[Vec<String>], column: &str) -> Vec<String> {
    let at = records[0]
        .iter()
        .position(|c| c == column)
        .unwrap_or_else(|| panic!("no column {column} in {:?}", records[0]));
    records[1..].iter().map(|row| row[at].clone()).collect()
}

struct World {
    app: TestApp,
    admin: Session,
    case_manager: Session,
    receiver_staff: Session,
    officer: Session,
    other: Session,
    ngo: String,
    receiver: String,
    /// Referrals of the NGO: (id, need, sent).
    referrals: Vec<(String, &'static str, bool)>,
    /// A referral between two other organisations in another municipality.
    foreign: String,
}

/// An NGO in Ljubljana whose name begins with `=` refers to a centre named in three scripts:
/// three sent referrals (employment, housing, language) and one draft; a Maribor pair has one
/// sent referral of its own. A Ljubljana officer tracks the city's sent referrals.
async fn world() -> World {
    let Platform { app, admin } = TestApp::with_admin().await;
    let ngo = app
        .organisation(&admin, "NGO", FORMULA_NAME, "Ljubljana")
        .await;
    let receiver = app
        .organisation(&admin, "SOCIAL_WORK_CENTRE", THREE_SCRIPTS, "Ljubljana")
        .await;
    let town = app
        .organisation(
            &admin,
            "MUNICIPALITY",
            "Mestna občina Ljubljana",
            "Ljubljana",
        )
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
    let receiver_staff = app
        .member(&admin, &receiver, "staff@center.test", "STAFF")
        .await;
    let officer = app
        .member(&admin, &town, "officer@lj.test", "ANALYST")
        .await;
    let other = app
        .member(&admin, &mb_ngo, "cm@drava.test", "CASE_MANAGER")
        .await;

    let amina = register_participant(&app, &case_manager, "Amina").await;
    referral_consent(&app, &case_manager, &amina, &[&receiver], &["IDENTITY"]).await;
    let mut referrals = Vec::new();
    for (need, send) in [
        ("EMPLOYMENT", true),
        ("HOUSING", true),
        ("LANGUAGE", true),
        ("EMPLOYMENT", false),
    ] {
        let respond_by = (chrono::Utc::now() + chrono::Duration::days(7)).date_naive();
        let answer = app
            .graphql(
                Some(&case_manager.access_token),
                "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id status version } } }",
                json!({ "input": {
                    "participantId": amina, "toOrganisationId": receiver, "needDomain": need,
                    "reason": "Needs help", "respondBy": respond_by.to_string(), "send": send
                } }),
            )
            .await;
        referrals.push((referral_id(&answer), need, send));
    }
    let iryna = register_participant(&app, &other, "Iryna").await;
    referral_consent(&app, &other, &iryna, &[&mb_school], &["IDENTITY"]).await;
    let foreign = referral_id(&create_referral(&app, &other, &iryna, &mb_school, true).await);
    World {
        app,
        admin,
        case_manager,
        receiver_staff,
        officer,
        other,
        ngo,
        receiver,
        referrals,
        foreign,
    }
}

/// The ids `referrals(filter:)` lists for `viewer` (every page).
async fn listed(app: &TestApp, viewer: &Session, filter: Value) -> Vec<String> {
    let mut ids = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let answer = app
            .graphql(
                Some(&viewer.access_token),
                "query($filter: ReferralFilterInput, $after: String) { referrals(filter: $filter, first: 100, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage } } }",
                json!({ "filter": filter, "after": after }),
            )
            .await;
        let page = &answer["data"]["referrals"];
        let edges = page["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{answer}"));
        for edge in edges {
            ids.push(edge["node"]["id"].as_str().expect("an id").to_owned());
            after = edge["cursor"].as_str().map(str::to_owned);
        }
        if page["pageInfo"]["hasNextPage"] != json!(true) {
            return ids;
        }
    }
}

async fn exports_of(app: &TestApp, operation: &str) -> Vec<skupaj_domain::audit::AuditEntry> {
    audit::list(
        &app.db,
        &AuditFilter {
            operation: Some(operation.to_owned()),
            ..AuditFilter::default()
        },
        None,
        100,
    )
    .await
    .expect("the audit log")
    .items
    .into_iter()
    .map(|line| line.entry)
    .collect()
}

#[tokio::test]
async fn a_formula_name_comes_out_as_text_and_three_scripts_round_trip() {
    let w = world().await;
    let answer = get(
        &w.app,
        Some(&w.case_manager.access_token),
        "/exports/referrals.csv",
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.content_type, "text/csv; charset=utf-8");
    let text = String::from_utf8(answer.body.clone()).expect("UTF-8");
    // The bytes: the name is quoted (it holds a comma) and starts with `'`, never with `=`.
    assert!(
        text.contains("\"'=SUM(1,2) Društvo\""),
        "the formula is not neutralised: {text}"
    );
    assert!(
        !text.contains(",=SUM") && !text.contains(",\"=SUM"),
        "{text}"
    );
    assert!(
        text.starts_with("id,createdAt,status,"),
        "no BOM unless asked: {text}"
    );
    assert!(text.ends_with("\r\n"), "RFC 4180 line ends");
    let records = answer.records();
    assert_eq!(
        records.len(),
        1 + 4,
        "the header and the NGO's four referrals"
    );
    assert!(
        column(&records, "fromOrganisation")
            .iter()
            .all(|name| name == "'=SUM(1,2) Društvo")
    );
    // Slovenian, Ukrainian and Arabic come back as they went in.
    assert!(
        column(&records, "toOrganisation")
            .iter()
            .all(|name| name == THREE_SCRIPTS)
    );
    // Participants by reference code only: no name, no free text.
    assert!(
        !text.contains("Amina") && !text.contains("Needs help"),
        "{text}"
    );
    assert!(
        column(&records, "participantCode")
            .iter()
            .all(|c| !c.is_empty())
    );

    // With a byte-order mark on request, the same rows after it.
    let with_bom = get(
        &w.app,
        Some(&w.case_manager.access_token),
        "/exports/referrals.csv?bom=true",
    )
    .await;
    assert!(with_bom.body.starts_with(b"\xEF\xBB\xBFid,createdAt,"));
    assert_eq!(with_bom.records(), records);
}

#[tokio::test]
async fn the_export_holds_the_api_list_for_the_same_filter_and_nothing_else() {
    let w = world().await;
    let cases: [(&str, Value); 5] = [
        ("", json!(null)),
        ("?statuses=SENT", json!({ "statuses": ["SENT"] })),
        (
            "?statuses=DRAFT,SENT&needDomains=EMPLOYMENT",
            json!({ "statuses": ["DRAFT", "SENT"], "needDomains": ["EMPLOYMENT"] }),
        ),
        (
            "?needDomains=HOUSING,LANGUAGE",
            json!({ "needDomains": ["HOUSING", "LANGUAGE"] }),
        ),
        (
            "?municipality=Maribor",
            json!({ "municipality": "Maribor" }),
        ),
    ];
    for viewer in [&w.case_manager, &w.receiver_staff, &w.officer, &w.other] {
        for (query, filter) in &cases {
            let csv = get(
                &w.app,
                Some(&viewer.access_token),
                &format!("/exports/referrals.csv{query}"),
            )
            .await;
            let exported = column(&csv.records(), "id");
            let api = listed(&w.app, viewer, filter.clone()).await;
            assert_eq!(
                exported, api,
                "the export differs from the list for {query}"
            );
        }
    }
    let all = |viewer: &Session| {
        let app = &w.app;
        let token = viewer.access_token.clone();
        async move {
            column(
                &get(app, Some(&token), "/exports/referrals.csv")
                    .await
                    .records(),
                "id",
            )
        }
    };
    // The NGO sees its four; the receiver and the officer the three sent; Maribor only its own.
    let ngo: Vec<&str> = w.referrals.iter().map(|(id, _, _)| id.as_str()).collect();
    let sent: Vec<&str> = w
        .referrals
        .iter()
        .filter(|(_, _, sent)| *sent)
        .map(|(id, _, _)| id.as_str())
        .collect();
    let mut mine = all(&w.case_manager).await;
    mine.sort();
    let mut expected: Vec<String> = ngo.iter().map(|s| (*s).to_owned()).collect();
    expected.sort();
    assert_eq!(mine, expected);
    // The receiver sees the three sent; the officer those and the Maribor one too, whose
    // participant lives in Ljubljana (every fixture participant does).
    let mut sent: Vec<String> = sent.iter().map(|s| (*s).to_owned()).collect();
    sent.sort();
    let mut seen = all(&w.receiver_staff).await;
    seen.sort();
    assert_eq!(seen, sent);
    let mut tracked = all(&w.officer).await;
    tracked.sort();
    let mut expected = sent.clone();
    expected.push(w.foreign.clone());
    expected.sort();
    assert_eq!(tracked, expected);
    assert_eq!(all(&w.other).await, vec![w.foreign.clone()]);
    let _ = (&w.ngo, &w.receiver, &w.admin);
}

#[tokio::test]
async fn bad_filters_are_refused_with_the_field_and_nothing_is_exported() {
    let w = world().await;
    let token = Some(w.case_manager.access_token.as_str());
    for (query, field) in [
        ("?statuses=SENT,LOST", "statuses"),
        ("?needDomains=food", "needDomains"),
        ("?fromOrganisationId=not-an-id", "filter.fromOrganisationId"),
        ("?createdFrom=yesterday", "createdFrom"),
        (
            "?createdFrom=2026-02-01T00:00:00Z&createdTo=2026-01-01T00:00:00Z",
            "filter.createdTo",
        ),
        ("?overdue=perhaps", "overdue"),
        ("?bom=maybe", "bom"),
        ("?colour=red", "colour"),
    ] {
        let answer = get(&w.app, token, &format!("/exports/referrals.csv{query}")).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(answer.code().as_deref(), Some("VALIDATION"), "{query}");
        assert_eq!(
            answer.json()["errors"][0]["extensions"]["field"],
            json!(field),
            "{query}"
        );
    }
    assert!(exports_of(&w.app, "exportReferrals").await.is_empty());
}

#[tokio::test]
async fn exports_refuse_strangers_without_telling_what_exists() {
    let w = world().await;
    let app = &w.app;
    for path in [
        "/exports/referrals.csv",
        "/exports/indicators.csv",
        "/exports/programmes/0190b3a0-0000-7000-8000-000000000000/attendance.csv",
    ] {
        let none = get(app, None, path).await;
        assert_eq!(none.status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(none.code().as_deref(), Some("UNAUTHENTICATED"));
        let bad = get(app, Some("not.a.token"), path).await;
        assert_eq!(bad.status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(bad.code().as_deref(), Some("UNAUTHENTICATED"));
    }
    // Indicators are for officers, analysts and platform admins: a case manager is refused.
    let refused = get(
        app,
        Some(&w.case_manager.access_token),
        "/exports/indicators.csv",
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.code().as_deref(), Some("FORBIDDEN"));

    // Attendance: the organisers only. Another organisation's published programme is 403, its
    // draft and an unknown id are 404 alike.
    let published = programme(
        app,
        &w.case_manager,
        json!({ "municipality": "Ljubljana" }),
        true,
    )
    .await;
    let draft = programme(
        app,
        &w.case_manager,
        json!({ "municipality": "Ljubljana" }),
        false,
    )
    .await;
    let attendance = |id: &str| format!("/exports/programmes/{id}/attendance.csv");
    let foreign = get(app, Some(&w.other.access_token), &attendance(&published)).await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);
    assert_eq!(foreign.code().as_deref(), Some("FORBIDDEN"));
    let hidden = get(app, Some(&w.other.access_token), &attendance(&draft)).await;
    let unknown = get(
        app,
        Some(&w.other.access_token),
        &attendance("0190b3a0-0000-7000-8000-000000000000"),
    )
    .await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(
        hidden.body, unknown.body,
        "a hidden programme answers as an unknown one"
    );
    assert_eq!(hidden.code(), unknown.code());
    let denied = exports_of(app, "exportAttendance").await;
    assert_eq!(denied.len(), 3);
    assert!(denied.iter().all(|e| e.outcome == AuditOutcome::Denied));
}

#[tokio::test]
async fn every_export_is_audited_once_without_personal_data() {
    let w = world().await;
    let app = &w.app;
    get(
        app,
        Some(&w.officer.access_token),
        "/exports/referrals.csv?statuses=SENT",
    )
    .await
    .records();
    get(
        app,
        Some(&w.officer.access_token),
        "/exports/indicators.csv?groupBy=NEED_DOMAIN",
    )
    .await
    .records();
    for (operation, entity) in [
        ("exportReferrals", "Referral"),
        ("exportIndicators", "Indicators"),
    ] {
        let entries = exports_of(app, operation).await;
        assert_eq!(entries.len(), 1, "{operation}");
        let entry = &entries[0];
        assert_eq!(entry.outcome, AuditOutcome::Allowed);
        assert_eq!(entry.entity_type.as_deref(), Some(entity));
        assert_eq!(entry.client_address.as_deref(), Some("127.0.0.1"));
        assert!(entry.user_id.is_some());
    }
}

const INDICATORS: &str = r#"query($groupBy: [ReferralDimension!]!) {
  indicators(groupBy: $groupBy) {
    referrals { columns rows { group cells total } columnTotals total }
    firstResponse { group count medianHours p90Hours }
  }
}"#;

fn count(value: &Value) -> String {
    value.as_u64().map(|v| v.to_string()).unwrap_or_default()
}

#[tokio::test]
async fn the_indicators_file_is_what_the_api_answers_with_suppressed_cells_marked() {
    let w = world().await;
    let app = &w.app;
    let token = Some(w.officer.access_token.as_str());
    // One dimension: a line per group, then the total.
    let api = app
        .graphql(token, INDICATORS, json!({ "groupBy": ["NEED_DOMAIN"] }))
        .await;
    let table = &api["data"]["indicators"]["referrals"];
    let csv = get(app, token, "/exports/indicators.csv?groupBy=NEED_DOMAIN")
        .await
        .records();
    assert_eq!(csv[0], ["NEED_DOMAIN", "count", "suppressed"]);
    let mut expected = vec![csv[0].clone()];
    for row in table["rows"].as_array().expect("rows") {
        expected.push(vec![
            row["group"].as_str().expect("a group").to_owned(),
            count(&row["total"]),
            row["total"].is_null().to_string(),
        ]);
    }
    expected.push(vec![
        "TOTAL".into(),
        count(&table["total"]),
        table["total"].is_null().to_string(),
    ]);
    assert_eq!(csv, expected);
    // Three referrals, one per need: every cell is under k, so withheld, and marked.
    assert!(
        csv[1..]
            .iter()
            .any(|line| line[1].is_empty() && line[2] == "true")
    );
    assert!(
        csv[1..]
            .iter()
            .all(|line| line[1].is_empty() == (line[2] == "true"))
    );

    // Two dimensions: cells, row totals, column totals, grand total.
    let api = app
        .graphql(
            token,
            INDICATORS,
            json!({ "groupBy": ["STATUS", "NEED_DOMAIN"] }),
        )
        .await;
    let table = &api["data"]["indicators"]["referrals"];
    let csv = get(
        app,
        token,
        "/exports/indicators.csv?groupBy=STATUS,NEED_DOMAIN",
    )
    .await
    .records();
    let columns: Vec<&str> = table["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let rows = table["rows"].as_array().expect("rows");
    assert_eq!(
        csv.len(),
        1 + rows.len() * (columns.len() + 1) + columns.len() + 1
    );
    assert_eq!(csv[0], ["STATUS", "NEED_DOMAIN", "count", "suppressed"]);

    // Durations.
    let csv = get(
        app,
        token,
        "/exports/indicators.csv?groupBy=NEED_DOMAIN&table=firstResponse",
    )
    .await
    .records();
    assert_eq!(
        csv[0],
        [
            "NEED_DOMAIN",
            "count",
            "medianHours",
            "p90Hours",
            "suppressed"
        ]
    );
    let api = app
        .graphql(token, INDICATORS, json!({ "groupBy": ["NEED_DOMAIN"] }))
        .await;
    let figures = api["data"]["indicators"]["firstResponse"]
        .as_array()
        .expect("figures");
    assert_eq!(csv.len(), 1 + figures.len());
    assert_eq!(csv[1][0], "TOTAL");

    // A bad dimension is refused like the API refuses it.
    let bad = get(app, token, "/exports/indicators.csv?groupBy=COLOUR").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.json()["errors"][0]["extensions"]["field"], "groupBy");
    let three = get(
        app,
        token,
        "/exports/indicators.csv?groupBy=STATUS,NEED_DOMAIN,GENDER",
    )
    .await;
    assert_eq!(three.status, StatusCode::BAD_REQUEST);
    let table = get(app, token, "/exports/indicators.csv?table=pie").await;
    assert_eq!(table.json()["errors"][0]["extensions"]["field"], "table");
}

#[tokio::test]
async fn the_attendance_file_has_a_line_per_enrolment_and_session() {
    let w = world().await;
    let app = &w.app;
    let staff = &w.case_manager;
    let id = programme(
        app,
        staff,
        json!({ "municipality": "Ljubljana", "minAttendancePercent": 0 }),
        true,
    )
    .await;
    let mut enrolments = Vec::new();
    for name in ["Olena", "Omar"] {
        let person = register_participant(app, staff, name).await;
        enrolments.push(enrolment_id(&enrol(app, staff, &id, &person, None).await));
    }
    let mut sessions = Vec::new();
    for day in 1..=2 {
        let answer = app
            .graphql(
                Some(&staff.access_token),
                "mutation($input: AddProgrammeSessionInput!) { addProgrammeSession(input: $input) { session { id } } }",
                json!({ "input": { "programmeId": id, "startsAt": format!("2025-03-0{day}T09:00:00Z"), "endsAt": format!("2025-03-0{day}T12:00:00Z") } }),
            )
            .await;
        sessions.push(
            answer["data"]["addProgrammeSession"]["session"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("{answer}"))
                .to_owned(),
        );
    }
    let recorded = app
        .graphql(
            Some(&staff.access_token),
            "mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { recorded } }",
            json!({ "input": { "sessionId": sessions[0], "entries": [
                { "enrolmentId": enrolments[0], "status": "PRESENT" },
                { "enrolmentId": enrolments[1], "status": "ABSENT" }
            ] } }),
        )
        .await;
    assert_eq!(
        recorded["data"]["recordAttendance"]["recorded"], 2,
        "{recorded}"
    );
    let csv = get(
        app,
        Some(&staff.access_token),
        &format!("/exports/programmes/{id}/attendance.csv"),
    )
    .await
    .records();
    assert_eq!(
        csv[0],
        [
            "participantCode",
            "enrolmentStatus",
            "position",
            "sessionId",
            "sessionStartsAt",
            "attendance"
        ]
    );
    let lines: Vec<(String, String, String)> = csv[1..]
        .iter()
        .map(|l| (l[2].clone(), l[3].clone(), l[5].clone()))
        .collect();
    assert_eq!(
        lines,
        vec![
            ("1".into(), sessions[0].clone(), "PRESENT".into()),
            ("1".into(), sessions[1].clone(), String::new()),
            ("2".into(), sessions[0].clone(), "ABSENT".into()),
            ("2".into(), sessions[1].clone(), String::new()),
        ]
    );
    assert!(
        csv[1..]
            .iter()
            .all(|l| l[1] == "ENROLLED" && !l[0].is_empty())
    );
    assert!(
        !String::from_utf8_lossy(
            &get(
                app,
                Some(&staff.access_token),
                &format!("/exports/programmes/{id}/attendance.csv")
            )
            .await
            .body
        )
        .contains("Olena")
    );
    let entries = exports_of(app, "exportAttendance").await;
    assert_eq!(entries.len(), 2);
    assert!(entries.iter().all(|e| e.outcome == AuditOutcome::Allowed
        && e.entity_id.map(|i| i.to_string()) == Some(id.clone())));
}

#[tokio::test]
async fn a_long_export_comes_in_batches_with_every_row_once_newest_first() {
    use skupaj_domain::referral::{
        NeedDomain, Referral, ReferralKind, ReferralPriority, ReferralStatus,
    };
    let w = world().await;
    let app = &w.app;
    let cm = skupaj_tests::user_id(app, &w.case_manager).await;
    let participant = w.referrals[0].0.clone();
    let amina = app
        .graphql(
            Some(&w.case_manager.access_token),
            "query($id: ID!) { referral(id: $id) { participant { id } } }",
            json!({ "id": participant }),
        )
        .await["data"]["referral"]["participant"]["id"]
        .as_str()
        .expect("the participant")
        .to_owned();
    // More than two batches of 2,000.
    let now = chrono::Utc::now();
    let rows: Vec<Referral> = (0..4_500)
        .map(|i| Referral {
            id: uuid::Uuid::now_v7(),
            participant_id: amina.parse().expect("an id"),
            from_organisation_id: w.ngo.parse().expect("an id"),
            from_user_id: cm.parse().expect("an id"),
            to_organisation_id: w.receiver.parse().expect("an id"),
            programme_id: None,
            need_domain: NeedDomain::Education,
            priority: ReferralPriority::Normal,
            reason: "Bulk".to_owned(),
            respond_by: now.date_naive(),
            kind: ReferralKind::Service,
            status: if i % 2 == 0 {
                ReferralStatus::Sent
            } else {
                ReferralStatus::Declined
            },
            consent_id: None,
            redirected_from_id: None,
            decline_reason: None,
            outcome: None,
            cancel_reason: None,
            version: 2,
            sent_at: Some(now),
            first_response_at: None,
            created_at: now,
            updated_at: now,
        })
        .collect();
    for chunk in rows.chunks(500) {
        skupaj_persistence::bulk::insert_referrals(&app.db, chunk)
            .await
            .expect("referrals inserted");
    }
    let csv = get(
        app,
        Some(&w.case_manager.access_token),
        "/exports/referrals.csv",
    )
    .await;
    let ids = column(&csv.records(), "id");
    assert_eq!(ids.len(), 4 + 4_500);
    let mut sorted = ids.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    sorted.dedup();
    assert_eq!(sorted, ids, "every row once, newest first");
    // A filter holds across batches too, and `overdue` (respond-by today, still sent) is true.
    let sent = get(
        app,
        Some(&w.case_manager.access_token),
        "/exports/referrals.csv?needDomains=EDUCATION&statuses=SENT",
    )
    .await
    .records();
    assert_eq!(sent.len(), 1 + 2_250);
    assert!(column(&sent, "overdue").iter().all(|o| o == "true"));
}
