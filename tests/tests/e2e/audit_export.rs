//! The audit log as CSV (`GET /exports/audit-log.csv`): the entries `auditLog` lists for the
//! same filter, in the same order (told apart by their chain hash), each filter narrowing it;
//! names a spreadsheet would run neutralised; bad parameters refused with the field; the export
//! itself audited. Who may not export is in the access matrix (`access_matrix.rs`).

use reqwest::StatusCode;
use reqwest::header;
use serde_json::{Value, json};
use skupaj_domain::membership::PlatformRole;
use skupaj_tests::fixtures::Case;
use skupaj_tests::{Session, TestApp};

/// An organisation's name that a spreadsheet would run as a formula.
const FORMULA_NAME: &str = "=HYPERLINK(\"http://evil.test\",\"open\")";

pub struct Answer {
    pub status: StatusCode,
    pub content_type: String,
    pub request_id: String,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn code(&self) -> Option<String> {
        self.json()["errors"][0]["extensions"]["code"]
            .as_str()
            .map(str::to_owned)
    }

    fn field(&self) -> Option<String> {
        self.json()["errors"][0]["extensions"]["field"]
            .as_str()
            .map(str::to_owned)
    }

    /// The CSV's records, header included.
    fn records(&self) -> Vec<Vec<String>> {
        assert_eq!(
            self.status,
            StatusCode::OK,
            "{}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(self.content_type, "text/csv; charset=utf-8");
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

/// `GET /exports/audit-log.csv` with these query parameters.
pub async fn export(app: &TestApp, token: Option<&str>, params: &[(&str, &str)]) -> Answer {
    let mut request = app
        .client()
        .get(format!("{}/exports/audit-log.csv", app.address))
        .query(params);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("the export answers");
    let header = |name: header::HeaderName| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let (status, content_type, request_id) = (
        response.status(),
        header(header::CONTENT_TYPE),
        header(header::HeaderName::from_static("x-request-id")),
    );
    let body = response.bytes().await.expect("a body").to_vec();
    Answer {
        status,
        content_type,
        request_id,
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

const LOG: &str = "query($filter: AuditFilterInput, $after: String) { auditLog(first: 100, filter: $filter, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id at requestId userName organisationName role operation entityType entityId outcome reason hash } } } }";

/// Every entry `auditLog` lists for `filter`, page after page.
async fn log(app: &TestApp, auditor: &Session, filter: &Value) -> Vec<Value> {
    let mut entries = Vec::new();
    let mut after = Value::Null;
    loop {
        let answer = app
            .graphql(
                Some(&auditor.access_token),
                LOG,
                json!({ "filter": filter, "after": after }),
            )
            .await;
        let page = &answer["data"]["auditLog"];
        entries.extend(
            page["edges"]
                .as_array()
                .unwrap_or_else(|| panic!("{answer}"))
                .iter()
                .map(|edge| edge["node"].clone()),
        );
        if page["pageInfo"]["hasNextPage"] != json!(true) {
            return entries;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
}

/// The chain hash of each entry.
fn hashes(entries: &[Value]) -> Vec<String> {
    entries
        .iter()
        .map(|e| e["hash"].as_str().expect("a hash").to_owned())
        .collect()
}

/// The GraphQL filter as the export's query parameters.
fn params(filter: &Value) -> Vec<(String, String)> {
    filter
        .as_object()
        .expect("a filter object")
        .iter()
        .map(|(key, value)| {
            let value = value
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| value.to_string());
            (key.clone(), value)
        })
        .collect()
}

/// A user's id, from `me`.
async fn user_id(app: &TestApp, session: &Session) -> String {
    let me = app
        .graphql(
            Some(&session.access_token),
            "{ me { user { id } } }",
            json!({}),
        )
        .await;
    me["data"]["me"]["user"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{me}"))
        .to_owned()
}

/// The referral case with an auditor, and some history: the case manager reads the
/// participant twice, a colleague of the space is refused, an organisation named like a
/// formula has a member refused the log.
async fn world() -> (Case, Session, String) {
    let c = TestApp::with_referral_case().await;
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    for _ in 0..2 {
        let read = c
            .app
            .graphql(
                Some(&c.case_manager.access_token),
                "query($id: ID!) { participant(id: $id) { givenName } }",
                json!({ "id": c.participant }),
            )
            .await;
        assert_eq!(read["data"]["participant"]["givenName"], "Amina", "{read}");
    }
    let refused = c
        .app
        .graphql(
            Some(&c.third_staff.access_token),
            "query($id: ID!) { participant(id: $id) { givenName } }",
            json!({ "id": c.participant }),
        )
        .await;
    assert!(refused["data"]["participant"].is_null(), "{refused}");
    let formula = c
        .app
        .organisation(&c.admin, "NGO", FORMULA_NAME, "Ljubljana")
        .await;
    let member = c
        .app
        .member(&c.admin, &formula, "formula@zavod.test", "STAFF")
        .await;
    let denied = c
        .app
        .graphql(Some(&member.access_token), LOG, json!({}))
        .await;
    assert!(denied["data"]["auditLog"].is_null(), "{denied}");
    (c, auditor, formula)
}

#[tokio::test]
async fn the_csv_holds_what_the_same_filter_lists_and_each_filter_narrows_it() {
    let (c, auditor, formula) = world().await;
    let token = Some(auditor.access_token.as_str());
    let whole = export(&c.app, token, &[]).await.records();
    assert_eq!(
        whole[0],
        [
            "at",
            "requestId",
            "userName",
            "organisation",
            "role",
            "operation",
            "entityType",
            "entityId",
            "outcome",
            "reason",
            "hash"
        ]
    );
    // The whole log, the export's own entry at its top.
    let listed = log(&c.app, &auditor, &json!({})).await;
    assert_eq!(column(&whole, "hash"), hashes(&listed));
    assert_eq!(column(&whole, "operation")[0], "exportAuditLog");
    assert!(listed.len() > 10, "{listed:?}");

    // Each cell is what `auditLog` answers for the entry.
    for (row, entry) in whole[1..].iter().zip(&listed) {
        let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        let expected = [
            text(&entry["at"]),
            text(&entry["requestId"]),
            text(&entry["userName"]),
            text(&entry["organisationName"]),
            text(&entry["role"]),
            text(&entry["operation"]),
            text(&entry["entityType"]),
            text(&entry["entityId"]),
            text(&entry["outcome"]),
            text(&entry["reason"]),
            text(&entry["hash"]),
        ];
        let mut expected = expected.to_vec();
        // The one name that begins like a formula is written as text.
        if expected[3] == FORMULA_NAME {
            expected[3] = format!("'{FORMULA_NAME}");
        }
        let at = chrono::DateTime::parse_from_rfc3339(&row[0]).expect("an RFC 3339 time");
        let listed_at = chrono::DateTime::parse_from_rfc3339(&expected[0]).expect("a time");
        assert_eq!(at, listed_at, "{row:?}");
        assert_eq!(row[1..], expected[1..], "{entry}");
    }

    // Each filter: the same entries as the API, fewer than the whole log, at least one.
    let case_manager = user_id(&c.app, &c.case_manager).await;
    let reads = log(
        &c.app,
        &auditor,
        &json!({ "operation": "readParticipant", "outcome": "ALLOWED" }),
    )
    .await;
    let request_id = reads[0]["requestId"].as_str().expect("a request id");
    let (from, to) = (
        listed[listed.len() - 3]["at"].as_str().expect("a time"),
        listed[3]["at"].as_str().expect("a time"),
    );
    let filters = [
        json!({ "userId": case_manager }),
        json!({ "organisationId": c.ngo }),
        json!({ "entityType": "Participant" }),
        json!({ "entityType": "Participant", "entityId": c.participant }),
        json!({ "operation": "readParticipant" }),
        json!({ "outcome": "DENIED" }),
        json!({ "requestId": request_id }),
        json!({ "from": from, "to": to }),
        json!({ "from": from, "outcome": "ALLOWED", "organisationId": c.ngo }),
        json!({ "organisationId": formula }),
    ];
    for filter in filters {
        let owned = params(&filter);
        let pairs: Vec<(&str, &str)> = owned
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let exported = export(&c.app, token, &pairs).await.records();
        let listed_now = log(&c.app, &auditor, &filter).await;
        assert_eq!(
            column(&exported, "hash"),
            hashes(&listed_now),
            "{filter}: {exported:?}"
        );
        assert!(!listed_now.is_empty(), "{filter}");
        assert!(listed_now.len() < listed.len(), "{filter} narrows nothing");
    }

    // What the filters say, the rows hold.
    let denied = export(&c.app, token, &[("outcome", "DENIED")])
        .await
        .records();
    assert!(column(&denied, "outcome").iter().all(|o| o == "DENIED"));
    let by_request = export(&c.app, token, &[("requestId", request_id)])
        .await
        .records();
    assert_eq!(column(&by_request, "requestId"), [request_id]);
    assert_eq!(column(&by_request, "userName"), ["Test Person"]);
    assert_eq!(column(&by_request, "role"), ["CASE_MANAGER"]);
    assert_eq!(column(&by_request, "entityId"), [c.participant.as_str()]);
    // Empty parameters (a form's empty fields) narrow nothing.
    let empty = export(&c.app, token, &[("userId", ""), ("outcome", " ")]).await;
    assert_eq!(
        empty.records().len() - 1,
        log(&c.app, &auditor, &json!({})).await.len(),
        "the whole log, its own entry included"
    );
}

#[tokio::test]
async fn a_name_a_spreadsheet_would_run_is_written_as_text() {
    let (c, auditor, formula) = world().await;
    let answer = export(
        &c.app,
        Some(auditor.access_token.as_str()),
        &[("organisationId", formula.as_str()), ("bom", "true")],
    )
    .await;
    assert!(answer.body.starts_with(b"\xEF\xBB\xBF"));
    let records = answer.records();
    assert_eq!(
        column(&records, "organisation"),
        [format!("'{FORMULA_NAME}")]
    );
    assert_eq!(column(&records, "operation"), ["readAuditLog"]);
    assert_eq!(column(&records, "outcome"), ["DENIED"]);
    assert!(
        !String::from_utf8_lossy(&answer.body).contains(&format!(",{FORMULA_NAME}")),
        "no cell starts with the formula"
    );
}

#[tokio::test]
async fn bad_parameters_are_refused_with_their_name_and_nothing_is_written() {
    let (c, auditor, _) = world().await;
    let token = Some(auditor.access_token.as_str());
    for (params, field) in [
        (vec![("outcome", "MAYBE")], "outcome"),
        (vec![("userId", "nobody")], "userId"),
        (vec![("organisationId", "1")], "organisationId"),
        (vec![("entityId", "x")], "entityId"),
        (vec![("from", "yesterday")], "from"),
        (vec![("to", "2026-13-01T00:00:00Z")], "to"),
        (vec![("bom", "yes")], "bom"),
        (vec![("participantName", "Amina")], "participantName"),
    ] {
        let answer = export(&c.app, token, &params).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{params:?}");
        assert_eq!(answer.code().as_deref(), Some("VALIDATION"), "{params:?}");
        assert_eq!(answer.field().as_deref(), Some(field), "{params:?}");
    }
    let exports = log(&c.app, &auditor, &json!({ "operation": "exportAuditLog" })).await;
    assert!(
        exports.is_empty(),
        "a refused export is not one: {exports:?}"
    );
}

#[tokio::test]
async fn exporting_is_audited_with_its_request() {
    let (c, auditor, _) = world().await;
    let answer = export(
        &c.app,
        Some(auditor.access_token.as_str()),
        &[("outcome", "DENIED")],
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    let exports = log(&c.app, &auditor, &json!({ "operation": "exportAuditLog" })).await;
    assert_eq!(exports.len(), 1, "{exports:?}");
    let entry = &exports[0];
    assert_eq!(entry["outcome"], "ALLOWED");
    assert_eq!(entry["entityType"], "AuditLog");
    assert_eq!(entry["userName"], "Platform person");
    assert_eq!(entry["requestId"], answer.request_id.as_str());
    assert!(entry["hash"].as_str().is_some_and(|h| h.len() == 64));
    // A refused export is audited as denied, and leaks nothing.
    let refused = export(&c.app, Some(c.case_manager.access_token.as_str()), &[]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.code().as_deref(), Some("FORBIDDEN"));
    let denied = log(
        &c.app,
        &auditor,
        &json!({ "operation": "exportAuditLog", "outcome": "DENIED" }),
    )
    .await;
    assert_eq!(denied.len(), 1, "{denied:?}");
    assert_eq!(denied[0]["requestId"], refused.request_id.as_str());
    assert_eq!(denied[0]["role"], "CASE_MANAGER");
}
