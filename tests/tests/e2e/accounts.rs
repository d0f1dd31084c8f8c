//! Accounts (issue 15, part 5) over HTTP: changing a password ends the other sessions, a
//! forgotten password is reset by an e-mailed single-use link valid 30 minutes, the request
//! answers the same for an unknown address, and both are rate-limited. Bad input changes
//! nothing; everything is audited without secrets.

use std::time::Duration;

use serde_json::{Value, json};
use skupaj_api::Settings;
use skupaj_domain::membership::PlatformRole;
use skupaj_tests::fixtures::Platform;
use skupaj_tests::smtp::SmtpServer;
use skupaj_tests::{PASSWORD, Session, TestApp, error_code, error_field};

const CHANGE: &str =
    "mutation($input: ChangePasswordInput!) { changePassword(input: $input) { endedSessions } }";
const REQUEST: &str = "mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { validForMinutes } }";
const RESET: &str =
    "mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordChanged } }";
const ME: &str = "{ me { user { email } } }";
const NEW_PASSWORD: &str = "a brand new passphrase 2026";

struct World {
    app: TestApp,
    smtp: SmtpServer,
    admin: Session,
    ngo: String,
}

async fn world(configure: impl FnOnce(&mut Settings) + Send + 'static) -> World {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let Platform { app, admin } = TestApp::with_admin_configured(move |settings| {
        settings.smtp_url = Some(url.into());
        configure(settings);
    })
    .await;
    let ngo = app
        .organisation(&admin, "NGO", "Društvo Most", "Ljubljana")
        .await;
    World {
        app,
        smtp,
        admin,
        ngo,
    }
}

/// Whether a session's access token still works.
async fn works(app: &TestApp, session: &Session) -> bool {
    app.graphql(Some(&session.access_token), ME, json!({}))
        .await["data"]["me"]["user"]["email"]
        .is_string()
}

/// Whether a session's refresh token still works.
async fn refreshes(app: &TestApp, session: &Session) -> bool {
    app.graphql(
        None,
        "mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }",
        json!({ "input": { "refreshToken": session.refresh_token } }),
    )
    .await["data"]["refreshSession"]["accessToken"]
        .is_string()
}

async fn signs_in(app: &TestApp, email: &str, password: &str) -> bool {
    app.try_login(email, password, None).await["data"]["login"]["accessToken"].is_string()
}

async fn change(app: &TestApp, session: &Session, old: &str, new: &str) -> Value {
    app.graphql(
        Some(&session.access_token),
        CHANGE,
        json!({ "input": { "oldPassword": old, "newPassword": new } }),
    )
    .await
}

async fn request_reset(app: &TestApp, email: &str) -> Value {
    app.graphql(None, REQUEST, json!({ "input": { "email": email } }))
        .await
}

async fn reset(app: &TestApp, token: &str, new: &str) -> Value {
    app.graphql(
        None,
        RESET,
        json!({ "input": { "token": token, "newPassword": new } }),
    )
    .await
}

/// The e-mails `address` has received so far: (subject, text).
fn mail_to(smtp: &SmtpServer, address: &str) -> Vec<(String, String)> {
    smtp.received()
        .iter()
        .filter(|m| m.to() == address)
        .map(|m| (m.subject(), m.text()))
        .collect()
}

/// Waits for the `n`-th e-mail to `address` and returns the token of its reset link.
async fn reset_token(smtp: &SmtpServer, address: &str, n: usize) -> String {
    for _ in 0..300 {
        if let Some((_, text)) = mail_to(smtp, address).get(n - 1) {
            let start = text.find("/reset#token=").expect("a reset link") + "/reset#token=".len();
            return text[start..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no reset e-mail {n} for {address}");
}

#[tokio::test]
async fn changing_the_password_ends_every_other_session_and_keeps_this_one() {
    let w = world(|_| {}).await;
    let here = w
        .app
        .member(&w.admin, &w.ngo, "nina@most.test", "CASE_MANAGER")
        .await;
    let laptop = w.app.login("nina@most.test", PASSWORD).await;
    let phone = w.app.login("nina@most.test", PASSWORD).await;

    // Bad input changes nothing: a wrong current password, a new one too short, the same one.
    let wrong = change(&w.app, &here, "not my password at all", NEW_PASSWORD).await;
    assert_eq!(error_code(&wrong), Some("VALIDATION"), "{wrong}");
    assert_eq!(error_field(&wrong), Some("oldPassword"), "{wrong}");
    let short = change(&w.app, &here, PASSWORD, "short").await;
    assert_eq!(error_field(&short), Some("newPassword"), "{short}");
    let same = change(&w.app, &here, PASSWORD, PASSWORD).await;
    assert_eq!(error_field(&same), Some("newPassword"), "{same}");
    assert!(works(&w.app, &laptop).await && works(&w.app, &phone).await);
    assert!(signs_in(&w.app, "nina@most.test", PASSWORD).await);
    let anonymous = w
        .app
        .graphql(
            None,
            CHANGE,
            json!({ "input": { "oldPassword": PASSWORD, "newPassword": NEW_PASSWORD } }),
        )
        .await;
    assert_eq!(error_code(&anonymous), Some("UNAUTHENTICATED"));

    // The signed-in session from the last `login` above is the fourth; all but `here` end.
    let changed = change(&w.app, &here, PASSWORD, NEW_PASSWORD).await;
    assert_eq!(
        changed["data"]["changePassword"]["endedSessions"], 3,
        "{changed}"
    );
    assert!(works(&w.app, &here).await, "this session stays");
    assert!(refreshes(&w.app, &here).await, "and keeps refreshing");
    for other in [&laptop, &phone] {
        assert!(
            !works(&w.app, other).await,
            "another session's access token"
        );
        assert!(
            !refreshes(&w.app, other).await,
            "another session's refresh token"
        );
    }
    assert!(!signs_in(&w.app, "nina@most.test", PASSWORD).await);
    assert!(signs_in(&w.app, "nina@most.test", NEW_PASSWORD).await);

    // Audited, without secrets.
    let auditor = w
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    let log = w
        .app
        .graphql(
            Some(&auditor.access_token),
            "query($filter: AuditFilterInput) { auditLog(first: 100, filter: $filter) { edges { node { operation outcome } } } }",
            json!({ "filter": { "operation": "changePassword" } }),
        )
        .await;
    let outcomes: Vec<&str> = log["data"]["auditLog"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{log}"))
        .iter()
        .filter_map(|e| e["node"]["outcome"].as_str())
        .collect();
    assert!(
        outcomes.contains(&"ALLOWED") && outcomes.contains(&"FAILED"),
        "{log}"
    );
    assert!(!log.to_string().contains(NEW_PASSWORD) && !log.to_string().contains(PASSWORD));
}

#[tokio::test]
async fn wrong_current_passwords_are_rate_limited_like_signing_in() {
    let w = world(|settings| settings.auth_failures_per_account = 3).await;
    let nina = w
        .app
        .member(&w.admin, &w.ngo, "nina@most.test", "CASE_MANAGER")
        .await;
    for _ in 0..3 {
        let wrong = change(&w.app, &nina, "guessing the password", NEW_PASSWORD).await;
        assert_eq!(error_field(&wrong), Some("oldPassword"), "{wrong}");
    }
    // Even the right one is refused now, and sign-in shares the count.
    let limited = change(&w.app, &nina, PASSWORD, NEW_PASSWORD).await;
    assert_eq!(error_code(&limited), Some("RATE_LIMITED"), "{limited}");
    let login = w.app.try_login("nina@most.test", PASSWORD, None).await;
    assert_eq!(error_code(&login), Some("RATE_LIMITED"), "{login}");
}

#[tokio::test]
async fn a_reset_link_works_once_and_the_answer_never_tells_whether_an_account_exists() {
    let w = world(|_| {}).await;
    let olena = w
        .app
        .member_speaking(&w.ngo, "olena@most.test", "CASE_MANAGER", "uk")
        .await;

    let known = request_reset(&w.app, "olena@most.test").await;
    let unknown = request_reset(&w.app, "nobody@most.test").await;
    assert_eq!(
        known["data"]["requestPasswordReset"],
        json!({ "validForMinutes": 30 }),
        "{known}"
    );
    assert_eq!(known, unknown, "the same answer either way");
    let bad = request_reset(&w.app, "not an address").await;
    assert_eq!(error_field(&bad), Some("email"), "{bad}");

    // One e-mail, to the account, in its language, with a link to the console.
    let token = reset_token(&w.smtp, "olena@most.test", 1).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        w.smtp.received().len(),
        1,
        "nothing for the unknown address"
    );
    let (subject, text) = &mail_to(&w.smtp, "olena@most.test")[0];
    assert_eq!(subject, "Скидання пароля Skupaj");
    assert!(text.contains("30 хвилин"), "{text}");
    assert!(text.contains("/reset#token="), "{text}");
    // The database holds the token's hash only.
    let stored = stored_reset_hashes(&w.app).await;
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token);
    assert!(!stored[0].contains(&token));

    // Bad input changes nothing: the token still works after a refused password.
    let short = reset(&w.app, &token, "short").await;
    assert_eq!(error_field(&short), Some("newPassword"), "{short}");
    let forged = reset(&w.app, "not-a-token", NEW_PASSWORD).await;
    assert_eq!(error_code(&forged), Some("VALIDATION"), "{forged}");
    assert_eq!(error_field(&forged), Some("token"), "{forged}");
    assert!(signs_in(&w.app, "olena@most.test", PASSWORD).await);

    let done = reset(&w.app, &token, NEW_PASSWORD).await;
    assert_eq!(
        done["data"]["resetPassword"]["passwordChanged"], true,
        "{done}"
    );
    assert!(!works(&w.app, &olena).await, "every session ends");
    assert!(!refreshes(&w.app, &olena).await);
    assert!(!signs_in(&w.app, "olena@most.test", PASSWORD).await);
    assert!(signs_in(&w.app, "olena@most.test", NEW_PASSWORD).await);

    // Once only.
    let again = reset(&w.app, &token, "yet another passphrase 2026").await;
    assert_eq!(error_field(&again), Some("token"), "{again}");
    assert!(signs_in(&w.app, "olena@most.test", NEW_PASSWORD).await);

    // Audited without the token or the password.
    let auditor = w
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    for operation in ["requestPasswordReset", "resetPassword"] {
        let log = w
            .app
            .graphql(
                Some(&auditor.access_token),
                "query($filter: AuditFilterInput) { auditLog(first: 100, filter: $filter) { edges { node { operation outcome entityId } } } }",
                json!({ "filter": { "operation": operation } }),
            )
            .await;
        let entries = log["data"]["auditLog"]["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{log}"));
        assert!(!entries.is_empty(), "{operation}: {log}");
        assert!(!log.to_string().contains(&token) && !log.to_string().contains(NEW_PASSWORD));
    }
}

#[tokio::test]
async fn a_reset_link_expires_after_thirty_minutes() {
    let w = world(|_| {}).await;
    w.app
        .member(&w.admin, &w.ngo, "nina@most.test", "CASE_MANAGER")
        .await;
    request_reset(&w.app, "nina@most.test").await;
    let token = reset_token(&w.smtp, "nina@most.test", 1).await;
    // Thirty-one minutes pass: the request's expiry moves into the past.
    age_resets(&w.app, chrono::Duration::minutes(31)).await;
    let late = reset(&w.app, &token, NEW_PASSWORD).await;
    assert_eq!(error_field(&late), Some("token"), "{late}");
    assert!(signs_in(&w.app, "nina@most.test", PASSWORD).await);

    // A newer request works, and using it voids any other still open.
    request_reset(&w.app, "nina@most.test").await;
    request_reset(&w.app, "nina@most.test").await;
    let second = reset_token(&w.smtp, "nina@most.test", 2).await;
    let third = reset_token(&w.smtp, "nina@most.test", 3).await;
    assert_ne!(second, third);
    let done = reset(&w.app, &third, NEW_PASSWORD).await;
    assert_eq!(
        done["data"]["resetPassword"]["passwordChanged"], true,
        "{done}"
    );
    let voided = reset(&w.app, &second, "yet another passphrase 2026").await;
    assert_eq!(error_field(&voided), Some("token"), "{voided}");
}

#[tokio::test]
async fn reset_requests_are_rate_limited_for_known_and_unknown_addresses_alike() {
    let w = world(|settings| settings.auth_failures_per_account = 2).await;
    w.app
        .member(&w.admin, &w.ngo, "nina@most.test", "CASE_MANAGER")
        .await;
    for address in ["nina@most.test", "nobody@most.test"] {
        for _ in 0..2 {
            let answer = request_reset(&w.app, address).await;
            assert!(
                answer["data"]["requestPasswordReset"].is_object(),
                "{answer}"
            );
        }
        let limited = request_reset(&w.app, address).await;
        assert_eq!(
            error_code(&limited),
            Some("RATE_LIMITED"),
            "{address}: {limited}"
        );
    }
    // Two e-mails went out, no more.
    reset_token(&w.smtp, "nina@most.test", 2).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(w.smtp.received().len(), 2);
}

async fn stored_reset_hashes(app: &TestApp) -> Vec<String> {
    use sea_orm::ConnectionTrait;
    let rows = app
        .db
        .query_all_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT token_hash FROM password_resets",
        ))
        .await
        .expect("read");
    rows.iter()
        .map(|row| row.try_get::<String>("", "token_hash").expect("a hash"))
        .collect()
}

/// Moves every reset request `by` into the past, as waiting would.
async fn age_resets(app: &TestApp, by: chrono::Duration) {
    use sea_orm::ConnectionTrait;
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
    let update = Query::update()
        .table(Alias::new("password_resets"))
        .value(
            Alias::new("expires_at"),
            chrono::Utc::now() + chrono::Duration::minutes(30) - by,
        )
        .and_where(Expr::col(Alias::new("used_at")).is_null())
        .to_owned();
    let statement = app.db.get_database_backend().build(&update);
    app.db.execute_raw(statement).await.expect("age the resets");
}
