//! The web console as a browser meets it: its page at every deep link with strict security
//! headers, its hashed assets, and the cookie sign-in endpoints under `/auth/`.

use reqwest::StatusCode;
use reqwest::header::{self, HeaderMap};
use serde_json::{Value, json};
use skupaj_tests::fixtures::{MOST, OneOrganisation};
use skupaj_tests::{PASSWORD, TestApp, error_code};

const EMAIL: &str = "nina@most.test";

async fn app_with_member() -> TestApp {
    let OneOrganisation { app, .. } = TestApp::with_member(MOST, EMAIL, "CASE_MANAGER").await;
    app
}

fn assert_console_headers(headers: &HeaderMap, what: &str) {
    let csp = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_else(|| panic!("{what}: no Content-Security-Policy"));
    for directive in [
        "default-src 'none'",
        "script-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ] {
        assert!(csp.contains(directive), "{what}: {directive} in {csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{what}");
    assert_eq!(headers[header::REFERRER_POLICY], "no-referrer", "{what}");
}

#[tokio::test]
async fn every_deep_link_opens_the_console_with_strict_headers() {
    let app = TestApp::spawn().await;
    let client = app.client();
    let mut first_page = None;
    for path in [
        "/",
        "/dashboard",
        "/referrals/0190d5e4-7a1b-7cc3-9a4e-1f2e3d4c5b6a",
        "/notifications/0190d5e4-7a1b-7cc3-9a4e-1f2e3d4c5b6a",
    ] {
        let response = client
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .expect("send");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_console_headers(response.headers(), path);
        assert_eq!(response.headers()[header::CACHE_CONTROL], "no-cache");
        assert!(
            response.headers()[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/html"),
            "{path}"
        );
        let page = response.text().await.expect("text");
        assert!(
            !page.contains("<script>"),
            "no inline script on {path}: {page}"
        );
        match &first_page {
            None => first_page = Some(page),
            Some(first) => assert_eq!(first, &page, "{path} is the same page"),
        }
    }
    // The page's script: hashed, cached for a year, JavaScript.
    let page = first_page.expect("a page");
    let script = page
        .split("src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a script src");
    assert!(script.starts_with("/assets/"), "{script}");
    let response = client
        .get(format!("{}{script}", app.address))
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert!(
        response.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert_console_headers(response.headers(), script);

    // A missing file, or a server path with the wrong method, is a 404, not the page; the
    // API's routes are untouched.
    for missing in [
        "/assets/nope-123.js",
        "/favicon.ico",
        "/auth/refresh",
        "/graphql/nope",
    ] {
        let response = client
            .get(format!("{}{missing}", app.address))
            .send()
            .await
            .expect("send");
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{missing}");
    }
    let health = client
        .get(format!("{}/healthz", app.address))
        .send()
        .await
        .expect("send");
    assert_eq!(health.status(), StatusCode::OK);
    let answer = app.graphql(None, "{ __typename }", json!({})).await;
    assert_eq!(answer["data"]["__typename"], "QueryRoot", "{answer}");
}

/// The `skupaj_refresh` cookie a response sets: its value and its attributes.
fn set_cookie(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::SET_COOKIE)?.to_str().ok()?.to_owned();
    let (pair, attributes) = value.split_once(';').unwrap_or((&value, ""));
    let (name, token) = pair.split_once('=')?;
    assert_eq!(name, "skupaj_refresh", "{value}");
    Some((token.to_owned(), attributes.trim().to_owned()))
}

async fn post(
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
    body: Value,
) -> (StatusCode, HeaderMap, Value) {
    let mut request = app
        .client()
        .post(format!("{}{path}", app.address))
        .json(&body);
    if let Some(token) = cookie {
        request = request.header(header::COOKIE, format!("other=1; skupaj_refresh={token}"));
    }
    let response = request.send().await.expect("send");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.json().await.expect("JSON");
    (status, headers, body)
}

async fn acting_role(app: &TestApp, access: &str) -> Value {
    let me = app
        .graphql(Some(access), "{ me { actingRole } }", json!({}))
        .await;
    me["data"]["me"]["actingRole"].clone()
}

#[tokio::test]
async fn the_refresh_token_lives_in_an_http_only_cookie_until_logout() {
    let app = app_with_member().await;
    let (status, headers, body) = post(
        &app,
        "/auth/login",
        None,
        json!({ "email": EMAIL, "password": PASSWORD }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (first, attributes) = set_cookie(&headers).expect("a cookie");
    assert_eq!(
        attributes, "Path=/auth; Max-Age=2592000; HttpOnly; SameSite=Strict",
        "plain http: not Secure"
    );
    assert!(first.len() >= 40, "{first}");
    assert!(
        body.get("refreshToken").is_none(),
        "no token for scripts: {body}"
    );
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    let access = body["accessToken"]
        .as_str()
        .expect("access token")
        .to_owned();
    assert_eq!(acting_role(&app, &access).await, "CASE_MANAGER");

    // A reload: the cookie alone gives a new access token and a new cookie.
    let (status, headers, body) = post(&app, "/auth/refresh", Some(&first), json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (second, _) = set_cookie(&headers).expect("a new cookie");
    assert_ne!(first, second, "the refresh token rotates");
    let refreshed = body["accessToken"]
        .as_str()
        .expect("access token")
        .to_owned();
    assert_eq!(acting_role(&app, &refreshed).await, "CASE_MANAGER");

    // Logout ends the session and clears the cookie.
    let (status, headers, body) = post(&app, "/auth/logout", Some(&second), json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["endedSessions"], 1, "{body}");
    let (cleared, attributes) = set_cookie(&headers).expect("a clearing cookie");
    assert_eq!(cleared, "");
    assert!(attributes.contains("Max-Age=0"), "{attributes}");
    let (status, headers, body) = post(&app, "/auth/refresh", Some(&second), json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"), "{body}");
    assert_eq!(set_cookie(&headers).map(|(v, _)| v), Some(String::new()));
    assert!(
        acting_role(&app, &refreshed).await.is_null(),
        "the session's access tokens stop working"
    );
}

#[tokio::test]
async fn the_cookie_endpoints_refuse_what_a_foreign_page_could_send() {
    let app = app_with_member().await;
    let url = format!("{}/auth/login", app.address);
    let credentials = json!({ "email": EMAIL, "password": PASSWORD }).to_string();

    // A cross-site form can only send form or text bodies.
    for content_type in ["application/x-www-form-urlencoded", "text/plain"] {
        let response = app
            .client()
            .post(&url)
            .header(header::CONTENT_TYPE, content_type)
            .body(credentials.clone())
            .send()
            .await
            .expect("send");
        assert_eq!(
            response.status(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type}"
        );
        assert!(set_cookie(response.headers()).is_none());
        let body: Value = response.json().await.expect("JSON");
        assert_eq!(error_code(&body), Some("VALIDATION"), "{body}");
    }
    // Another origin is refused, even with a JSON body.
    let response = app
        .client()
        .post(&url)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ORIGIN, "https://evil.example")
        .body(credentials.clone())
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(set_cookie(response.headers()).is_none());
    // The server's own origin is fine.
    let response = app
        .client()
        .post(&url)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ORIGIN, &app.address)
        .body(credentials)
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), StatusCode::OK);

    // A wrong password sets nothing; nor does a refresh without or with a made-up cookie.
    let (status, headers, body) = post(
        &app,
        "/auth/login",
        None,
        json!({ "email": EMAIL, "password": "wrong password" }),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"), "{body}");
    assert!(set_cookie(&headers).is_none());
    let (status, _, body) = post(&app, "/auth/refresh", None, json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    let (status, _, body) = post(&app, "/auth/refresh", Some("made-up"), json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"), "{body}");
    // A body that is not the expected shape.
    let (status, _, body) = post(&app, "/auth/login", None, json!({ "user": EMAIL })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(error_code(&body), Some("VALIDATION"), "{body}");
}

#[tokio::test]
async fn over_https_the_cookie_is_secure() {
    let OneOrganisation { app, .. } = TestApp::with_member_configured(
        |settings| {
            settings.public_url = Some("https://skupaj.example.org".into());
        },
        MOST,
        EMAIL,
        "CASE_MANAGER",
    )
    .await;
    let (status, headers, body) = post(
        &app,
        "/auth/login",
        None,
        json!({ "email": EMAIL, "password": PASSWORD }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, attributes) = set_cookie(&headers).expect("a cookie");
    assert!(attributes.ends_with("; Secure"), "{attributes}");
}
