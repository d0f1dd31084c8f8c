//! The web console as a browser meets it: the cookie sign-in endpoints under `/auth/`.

use reqwest::StatusCode;
use reqwest::header::{self, HeaderMap};
use serde_json::{Value, json};
use skupaj_tests::{PASSWORD, TestApp, error_code};

const EMAIL: &str = "nina@most.test";

async fn app_with_member() -> TestApp {
    let app = TestApp::spawn().await;
    let admin = app.platform_admin().await;
    let org = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    app.member(&admin, &org, EMAIL, "CASE_MANAGER").await;
    app
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
    let app = TestApp::spawn_with(|settings| {
        settings.public_url = Some("https://skupaj.example.org".into());
    })
    .await;
    let admin = app.platform_admin().await;
    let org = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    app.member(&admin, &org, EMAIL, "CASE_MANAGER").await;
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
