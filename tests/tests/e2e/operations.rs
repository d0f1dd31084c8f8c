//! Running behind a reverse proxy: forwarded addresses believed only from trusted proxies, a
//! request id on every response, JSON log lines without variables, and a readiness probe that
//! turns 503 on SIGTERM while the instance still serves.

use std::process::Stdio;
use std::time::Duration;

use serde_json::{Value, json};
use skupaj_api::Settings;
use skupaj_domain::membership::PlatformRole;
use skupaj_tests::fixtures::Platform;
use skupaj_tests::process::ServerProcess;
use skupaj_tests::{Session, TestApp, error_code, spec_check};

const REFRESH: &str =
    "mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }";

/// A bad refresh (a failure counted against the client's address), sent with `headers`.
async fn bad_refresh(app: &TestApp, headers: &[(&str, &str)]) -> Value {
    let mut request = app
        .client()
        .post(format!("{}/graphql", app.address))
        .json(&json!({ "query": REFRESH, "variables": { "input": { "refreshToken": "guess" } } }));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request
        .send()
        .await
        .expect("send")
        .json()
        .await
        .expect("JSON")
}

#[tokio::test]
async fn a_spoofed_forwarded_address_from_an_untrusted_peer_changes_nothing() {
    let app = TestApp::spawn_with(|settings: &mut Settings| {
        settings.auth_failures_per_address = 3;
    })
    .await;
    for n in 0..3 {
        let forwarded = format!("198.51.100.{n}");
        let answer = bad_refresh(&app, &[("x-forwarded-for", &forwarded)]).await;
        assert_eq!(error_code(&answer), Some("UNAUTHENTICATED"), "{answer}");
    }
    // A new forwarded address does not buy a new allowance: the socket's address counts.
    let answer = bad_refresh(
        &app,
        &[
            ("x-forwarded-for", "203.0.113.77"),
            ("forwarded", "for=203.0.113.78"),
        ],
    )
    .await;
    assert_eq!(error_code(&answer), Some("RATE_LIMITED"), "{answer}");
}

#[tokio::test]
async fn a_trusted_proxy_sets_the_address_that_rate_limits_count() {
    let app = TestApp::spawn_with(|settings: &mut Settings| {
        settings.auth_failures_per_address = 3;
        settings.trusted_proxies = vec!["127.0.0.0/8".to_owned()];
    })
    .await;
    let mallory = [("x-forwarded-for", "198.51.100.66")];
    for _ in 0..3 {
        let answer = bad_refresh(&app, &mallory).await;
        assert_eq!(error_code(&answer), Some("UNAUTHENTICATED"), "{answer}");
    }
    let limited = bad_refresh(&app, &mallory).await;
    assert_eq!(error_code(&limited), Some("RATE_LIMITED"), "{limited}");
    // Everyone else behind the same proxy is not locked out with her.
    let someone_else = bad_refresh(&app, &[("x-forwarded-for", "203.0.113.5")]).await;
    assert_eq!(
        error_code(&someone_else),
        Some("UNAUTHENTICATED"),
        "{someone_else}"
    );
    let standard = bad_refresh(&app, &[("forwarded", "for=\"203.0.113.6:1234\"")]).await;
    assert_eq!(error_code(&standard), Some("UNAUTHENTICATED"), "{standard}");
}

const CREATE_ORGANISATION: &str = "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }";

/// A GraphQL request sent with `headers` (as a proxy, or a liar, would send them), its answer
/// checked against the specification.
async fn graphql_with(
    app: &TestApp,
    token: Option<&str>,
    headers: &[(&str, &str)],
    query: &str,
    variables: Value,
) -> Value {
    let mut request = app
        .client()
        .post(format!("{}/graphql", app.address))
        .json(&json!({ "query": query, "variables": &variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let answer: Value = request
        .send()
        .await
        .expect("send")
        .json()
        .await
        .expect("JSON");
    spec_check::assert_answer(query, &variables, &answer);
    answer
}

/// Creates an organisation as `admin`, sending `headers`; answers its id.
async fn create_organisation(
    app: &TestApp,
    admin: &Session,
    headers: &[(&str, &str)],
    name: &str,
) -> String {
    let answer = graphql_with(
        app,
        Some(&admin.access_token),
        headers,
        CREATE_ORGANISATION,
        json!({ "input": {
            "kind": "NGO", "name": name, "municipality": "Ljubljana",
            "sector": "PUBLIC", "workingLanguages": ["sl"]
        } }),
    )
    .await;
    answer["data"]["createOrganisation"]["organisation"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("createOrganisation failed: {answer}"))
        .to_owned()
}

/// The addresses the audit log recorded for `operation` (and `entity`), newest first, as an
/// auditor reads them.
async fn audited_addresses(
    app: &TestApp,
    auditor: &Session,
    operation: &str,
    entity: Option<&str>,
) -> Vec<(String, Value)> {
    let query = "query($filter: AuditFilterInput) { auditLog(first: 100, filter: $filter) { edges { node { operation outcome entityId clientAddress } } } }";
    let answer = app
        .graphql(
            Some(&auditor.access_token),
            query,
            json!({ "filter": { "operation": operation, "entityId": entity } }),
        )
        .await;
    answer["data"]["auditLog"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"))
        .iter()
        .map(|edge| {
            let node = &edge["node"];
            (
                node["outcome"].as_str().unwrap_or_default().to_owned(),
                node["clientAddress"].clone(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_audit_log_keeps_the_socket_address_whatever_an_untrusted_peer_forwards() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let auditor = app
        .platform_user("auditor@skupaj.test", PlatformRole::Auditor)
        .await;
    let spoofed = [
        ("x-forwarded-for", "198.51.100.23"),
        ("forwarded", "for=198.51.100.24"),
    ];
    // A change, whose entry commits with it, and a refusal, whose entry goes with the trail.
    let organisation = create_organisation(&app, &admin, &spoofed, "Spoofed NGO").await;
    let refused = bad_refresh(&app, &spoofed).await;
    assert_eq!(error_code(&refused), Some("UNAUTHENTICATED"), "{refused}");

    let created =
        audited_addresses(&app, &auditor, "createOrganisation", Some(&organisation)).await;
    assert_eq!(
        created,
        vec![("ALLOWED".to_owned(), json!("127.0.0.1"))],
        "the entry must name the socket's address, not the forwarded one"
    );
    let refreshes = audited_addresses(&app, &auditor, "refreshSession", None).await;
    assert_eq!(refreshes.len(), 1, "{refreshes:?}");
    assert_eq!(refreshes[0].1, json!("127.0.0.1"), "{refreshes:?}");
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_audit_log_names_the_forwarded_client() {
    let Platform { app, admin } = TestApp::with_admin_configured(|settings: &mut Settings| {
        settings.trusted_proxies = vec!["127.0.0.0/8".to_owned()];
    })
    .await;
    let auditor = app
        .platform_user("auditor@skupaj.test", PlatformRole::Auditor)
        .await;
    // The change's entry, written in its transaction, names the client the proxy forwarded
    // for: the nearest untrusted hop, not the lie the client put first, nor the proxy.
    let organisation = create_organisation(
        &app,
        &admin,
        &[("x-forwarded-for", "6.6.6.6, 198.51.100.23")],
        "Proxied NGO",
    )
    .await;
    assert_eq!(
        audited_addresses(&app, &auditor, "createOrganisation", Some(&organisation)).await,
        vec![("ALLOWED".to_owned(), json!("198.51.100.23"))]
    );
    // A refusal, written after the answer with the request's trail, too; the standard
    // `Forwarded` header with an IPv6 address and a port.
    let refused = bad_refresh(&app, &[("forwarded", "for=\"[2001:db8::7]:4711\"")]).await;
    assert_eq!(error_code(&refused), Some("UNAUTHENTICATED"), "{refused}");
    let refreshes = audited_addresses(&app, &auditor, "refreshSession", None).await;
    assert_eq!(refreshes.len(), 1, "{refreshes:?}");
    assert_eq!(refreshes[0].1, json!("2001:db8::7"), "{refreshes:?}");
    // The proxy's own request (nothing forwarded) is the proxy's.
    let own = create_organisation(&app, &admin, &[], "Proxy's own NGO").await;
    assert_eq!(
        audited_addresses(&app, &auditor, "createOrganisation", Some(&own)).await,
        vec![("ALLOWED".to_owned(), json!("127.0.0.1"))]
    );
}

/// The standard header alone (RFC 7239), in the forms a liar may choose: bare, quoted with a
/// port, upper-case key, several elements, extra parameters, IPv6.
const SPOOFED_FORWARDED: [&str; 4] = [
    "for=198.51.100.40",
    "For=\"198.51.100.41:4711\";proto=https",
    "for=192.0.2.1, for=198.51.100.42;by=127.0.0.1",
    "for=\"[2001:db8::42]\"",
];

#[tokio::test]
async fn a_spoofed_forwarded_header_alone_from_an_untrusted_peer_changes_nothing() {
    let Platform { app, admin } = TestApp::with_admin_configured(|settings: &mut Settings| {
        settings.auth_failures_per_address = 3;
    })
    .await;
    let auditor = app
        .platform_user("auditor@skupaj.test", PlatformRole::Auditor)
        .await;
    // Three failures, each claiming another client: they all count against the socket's
    // address, so a fourth claim buys no new allowance.
    for forwarded in &SPOOFED_FORWARDED[..3] {
        let answer = bad_refresh(&app, &[("forwarded", forwarded)]).await;
        assert_eq!(error_code(&answer), Some("UNAUTHENTICATED"), "{answer}");
    }
    let limited = bad_refresh(&app, &[("forwarded", SPOOFED_FORWARDED[3])]).await;
    assert_eq!(error_code(&limited), Some("RATE_LIMITED"), "{limited}");

    // The audit log names the socket's address, for a change and for the refusals.
    let organisation = create_organisation(
        &app,
        &admin,
        &[("forwarded", "for=198.51.100.43;proto=https")],
        "Forwarded-spoofed NGO",
    )
    .await;
    assert_eq!(
        audited_addresses(&app, &auditor, "createOrganisation", Some(&organisation)).await,
        vec![("ALLOWED".to_owned(), json!("127.0.0.1"))],
        "the entry must name the socket's address, not the one in `Forwarded`"
    );
    let refreshes = audited_addresses(&app, &auditor, "refreshSession", None).await;
    assert!(refreshes.len() >= 3, "{refreshes:?}");
    assert!(
        refreshes
            .iter()
            .all(|(_, address)| *address == json!("127.0.0.1")),
        "{refreshes:?}"
    );
}

#[tokio::test]
async fn a_forwarded_header_from_a_trusted_proxy_sets_the_rate_limit_and_audit_address() {
    let Platform { app, admin } = TestApp::with_admin_configured(|settings: &mut Settings| {
        settings.auth_failures_per_address = 3;
        settings.trusted_proxies = vec!["127.0.0.0/8".to_owned()];
    })
    .await;
    let auditor = app
        .platform_user("auditor@skupaj.test", PlatformRole::Auditor)
        .await;
    // One client, named by the proxy in three spellings of the standard header (the nearest
    // element counts): her fourth failure is refused, as it would be without the proxy.
    let mallory = [
        "for=198.51.100.66",
        "For=\"198.51.100.66:50123\";proto=https",
        "for=_hidden, for=198.51.100.66;by=127.0.0.1",
    ];
    for forwarded in mallory {
        let answer = bad_refresh(&app, &[("forwarded", forwarded)]).await;
        assert_eq!(error_code(&answer), Some("UNAUTHENTICATED"), "{answer}");
    }
    let limited = bad_refresh(&app, &[("forwarded", mallory[0])]).await;
    assert_eq!(error_code(&limited), Some("RATE_LIMITED"), "{limited}");
    // Another client behind the same proxy keeps her own allowance.
    let someone_else = bad_refresh(&app, &[("forwarded", "for=\"[2001:db8::5]:443\"")]).await;
    assert_eq!(
        error_code(&someone_else),
        Some("UNAUTHENTICATED"),
        "{someone_else}"
    );

    // The audit log names the forwarded clients, never the proxy.
    let refreshes = audited_addresses(&app, &auditor, "refreshSession", None).await;
    assert!(refreshes.len() >= 4, "{refreshes:?}");
    for (_, address) in &refreshes {
        assert!(
            *address == json!("198.51.100.66") || *address == json!("2001:db8::5"),
            "{refreshes:?}"
        );
    }
    assert!(
        refreshes
            .iter()
            .any(|(_, address)| *address == json!("2001:db8::5")),
        "{refreshes:?}"
    );
    let organisation = create_organisation(
        &app,
        &admin,
        &[(
            "forwarded",
            "for=198.51.100.23;proto=https;host=skupaj.test",
        )],
        "Forwarded NGO",
    )
    .await;
    assert_eq!(
        audited_addresses(&app, &auditor, "createOrganisation", Some(&organisation)).await,
        vec![("ALLOWED".to_owned(), json!("198.51.100.23"))]
    );
    // With both headers the standard one is believed (the reference balancers drop a
    // client's own `Forwarded` and append to `X-Forwarded-For`).
    let both = create_organisation(
        &app,
        &admin,
        &[
            ("x-forwarded-for", "203.0.113.99"),
            ("forwarded", "for=198.51.100.31"),
        ],
        "Doubly forwarded NGO",
    )
    .await;
    assert_eq!(
        audited_addresses(&app, &auditor, "createOrganisation", Some(&both)).await,
        vec![("ALLOWED".to_owned(), json!("198.51.100.31"))]
    );
}

async fn request_id_of(app: &TestApp, path: &str, incoming: Option<&str>) -> String {
    let mut request = app.client().get(format!("{}{path}", app.address));
    if let Some(id) = incoming {
        request = request.header("x-request-id", id);
    }
    let response = request.send().await.expect("send");
    response
        .headers()
        .get("x-request-id")
        .unwrap_or_else(|| panic!("no X-Request-Id on {path}"))
        .to_str()
        .expect("ASCII")
        .to_owned()
}

#[tokio::test]
async fn every_response_carries_a_request_id_kept_only_from_a_trusted_proxy() {
    let direct = TestApp::spawn().await;
    let first = request_id_of(&direct, "/healthz", None).await;
    let second = request_id_of(&direct, "/graphql?query=%7B__typename%7D", None).await;
    let missing = request_id_of(&direct, "/no-such-page", None).await;
    assert!(
        first != second && second != missing,
        "ids repeat: {first} {second} {missing}"
    );
    let spoofed = request_id_of(&direct, "/healthz", Some("chosen-by-client")).await;
    assert_ne!(spoofed, "chosen-by-client");

    let proxied = TestApp::spawn_with(|settings: &mut Settings| {
        settings.trusted_proxies = vec!["127.0.0.1".to_owned()];
    })
    .await;
    let kept = request_id_of(&proxied, "/healthz", Some("edge-4711.a")).await;
    assert_eq!(kept, "edge-4711.a");
    let unusable = request_id_of(&proxied, "/healthz", Some("bad id\twith tab")).await;
    assert_ne!(unusable, "bad id\twith tab");
}

#[tokio::test]
async fn json_log_lines_parse_and_carry_no_variables() {
    let app = TestApp::spawn().await;
    let log = std::env::temp_dir().join(format!("skupaj-log-{}.jsonl", uuid::Uuid::now_v7()));
    let file = std::fs::File::create(&log).expect("a log file");
    let server = ServerProcess::start(
        env!("CARGO_BIN_EXE_skupaj-test-server"),
        app.database_url(),
        &[("SKUPAJ_LOG_FORMAT", "json"), ("SKUPAJ_LOG_FILTER", "info")],
        Stdio::from(file),
    );
    let client = reqwest::Client::new();
    let secret_email = "amina.sarić.marker@mail.test";
    let secret_password = "marker-password-4711";
    let answer: Value = client
        .post(format!("{}/graphql", server.address()))
        .json(&json!({
            "query": "mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken } }",
            "operationName": "SignIn",
            "variables": { "input": { "email": secret_email, "password": secret_password } }
        }))
        .send()
        .await
        .expect("send")
        .json()
        .await
        .expect("JSON");
    assert!(answer["errors"].is_array(), "{answer}");
    let _ = client
        .get(format!(
            "{}/graphql?query=query%20Q(%24x%3AString)%7B__typename%7D&variables=%7B%22x%22%3A%22marker-in-get%22%7D",
            server.address()
        ))
        .send()
        .await
        .expect("send");
    tokio::time::sleep(Duration::from_millis(200)).await;
    drop(server);
    let text = std::fs::read_to_string(&log).expect("read the log");
    let _ = std::fs::remove_file(&log);
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    assert!(!lines.is_empty(), "no log lines");
    let mut finished = Vec::new();
    for line in &lines {
        let entry: Value = serde_json::from_str(line)
            .unwrap_or_else(|err| panic!("not a JSON line ({err}): {line}"));
        assert!(
            entry["timestamp"].is_string() && entry["level"].is_string(),
            "{line}"
        );
        assert!(
            !line.contains("\u{1b}["),
            "ANSI codes in a log file: {line}"
        );
        for secret in [secret_email, secret_password, "marker-in-get", "sari"] {
            assert!(!line.contains(secret), "the log carries a variable: {line}");
        }
        if entry["message"] == "request finished" {
            finished.push(entry);
        }
    }
    let sign_in = finished
        .iter()
        .find(|entry| entry["operation"] == "SignIn")
        .unwrap_or_else(|| panic!("no line for the SignIn request: {text}"));
    assert!(sign_in["request_id"].is_string(), "{sign_in}");
    assert_eq!(sign_in["status"], 200, "{sign_in}");
    assert!(sign_in["duration_ms"].is_number(), "{sign_in}");
    assert_eq!(sign_in["client"], "127.0.0.1", "{sign_in}");
    assert_eq!(sign_in["path"], "/graphql", "{sign_in}");
}

#[tokio::test]
async fn readiness_turns_503_on_sigterm_while_the_instance_still_serves() {
    let app = TestApp::spawn().await;
    let mut server = ServerProcess::start(
        env!("CARGO_BIN_EXE_skupaj-test-server"),
        app.database_url(),
        &[("SKUPAJ_SHUTDOWN_DRAIN_SECONDS", "2")],
        Stdio::null(),
    );
    let client = reqwest::Client::new();
    let ready = |client: reqwest::Client, address: String| async move {
        client
            .get(format!("{address}/readyz"))
            .send()
            .await
            .map(|response| response.status().as_u16())
    };
    assert_eq!(
        ready(client.clone(), server.address()).await.expect("up"),
        200
    );
    server.terminate();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        ready(client.clone(), server.address())
            .await
            .expect("still listening"),
        503,
        "/readyz must say 503 as soon as the shutdown starts"
    );
    let answer: Value = client
        .post(format!("{}/graphql", server.address()))
        .json(&json!({ "query": "{ __typename }" }))
        .send()
        .await
        .expect("still serving while draining")
        .json()
        .await
        .expect("JSON");
    assert_eq!(answer["data"]["__typename"], "QueryRoot", "{answer}");
    // After the drain period it stops, cleanly.
    let status = tokio::task::spawn_blocking(move || server.child.wait())
        .await
        .expect("join")
        .expect("wait");
    assert!(
        status.success(),
        "the server did not stop cleanly: {status}"
    );
}
