//! Test support: starts the real Skupaj server on port 0 with a fresh database, and talks
//! GraphQL to it over HTTP.
//!
//! The database is a new SQLite file per test, or, when `SKUPAJ_TEST_DATABASE_URL` points at a
//! PostgreSQL server, a new database on that server per test. Either is removed when the
//! `TestApp` that made it is dropped, whether the test passed or failed.
//!
//! Every GraphQL answer that passes through the harness (`graphql`, `post_graphql`,
//! `get_graphql`) is checked against its query and `schema.graphql` (`spec_check`): an answer
//! that breaks the GraphQL specification fails the test that received it.

#[cfg(test)]
mod executor;
pub mod fixtures;
pub mod process;
pub mod smtp;
pub mod spec_check;
pub mod tidy;

use std::sync::Arc;
use std::sync::Once;

use reqwest::StatusCode;
use serde_json::{Value, json};
use skupaj_api::settings::{Environment, Settings};
use skupaj_api::{Application, accounts};
use skupaj_domain::membership::PlatformRole;
use skupaj_domain::password::NewPassword;
use skupaj_domain::user::NewUser;
use skupaj_persistence::Database;

/// The JWT key every test server signs with, so tests can forge tokens that differ in one way.
pub const TEST_JWT_SECRET: &str = "test-secret-of-at-least-thirty-two-bytes!";
pub const TEST_ISSUER: &str = "skupaj";
pub const TEST_AUDIENCE: &str = "skupaj-api";
/// The password of every account the tests open.
pub const PASSWORD: &str = "correct horse battery staple";

static ANNOUNCE: Once = Once::new();

/// A running server and a handle on its database.
pub struct TestApp {
    pub address: String,
    database_url: String,
    pub db: Database,
    client: reqwest::Client,
    metrics: Arc<skupaj_api::metrics::Metrics>,
    shutdown: skupaj_api::shutdown::Shutdown,
    /// The server's runtime; dropped without waiting when the test ends.
    runtime: Option<tokio::runtime::Runtime>,
    /// The database this server was started on, when it made it (a second instance started
    /// with `spawn_at` on someone else's database owns nothing).
    owned: Option<OwnedDatabase>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// A test database, removed when dropped.
enum OwnedDatabase {
    /// The SQLite file; its `-wal`, `-shm` and `-journal` files go with it.
    Sqlite(std::path::PathBuf),
    /// A database on the PostgreSQL server of `server_url`.
    Postgres { server_url: String, name: String },
}

impl Drop for OwnedDatabase {
    fn drop(&mut self) {
        match self {
            OwnedDatabase::Sqlite(path) => {
                for suffix in ["", "-wal", "-shm", "-journal"] {
                    let mut file = path.clone().into_os_string();
                    file.push(suffix);
                    // Gone already, or never made: either way nothing is left.
                    let _ = std::fs::remove_file(file);
                }
            }
            OwnedDatabase::Postgres { server_url, name } => {
                // Drop runs inside the test's runtime, which cannot be blocked on from within:
                // a thread of its own drops the database. `WITH (FORCE)` (PostgreSQL 13+) ends
                // the connections the server's pools still hold; the server is not used again.
                let server_url = server_url.clone();
                let statement = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                let dropped = std::thread::spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .ok()?;
                    runtime.block_on(async {
                        use sea_orm::ConnectionTrait;
                        let admin = sea_orm::Database::connect(&server_url).await.ok()?;
                        let result = admin.execute_unprepared(&statement).await;
                        admin.close().await.ok();
                        result.ok()
                    })
                })
                .join();
                if !matches!(dropped, Ok(Some(_))) {
                    announce(&format!("could not drop the test database {name}"));
                }
            }
        }
    }
}

/// Tokens of one signed-in user.
#[derive(Debug, Clone)]
pub struct Session {
    pub access_token: String,
    pub refresh_token: String,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Starts a server whose settings `configure` has adjusted.
    pub async fn spawn_with(configure: impl FnOnce(&mut Settings)) -> Self {
        let (database_url, owned) = fresh_database().await;
        let mut app = Self::spawn_at(database_url, configure).await;
        app.owned = Some(owned);
        app
    }

    /// The URL of this server's database, to start a second instance on it.
    pub fn database_url(&self) -> &str {
        &self.database_url
    }

    /// Starts a server on an existing database (a second instance, say).
    pub async fn spawn_at(database_url: String, configure: impl FnOnce(&mut Settings)) -> Self {
        let mut settings = Settings {
            environment: Environment::Development,
            database_url: database_url.clone(),
            bind_address: "127.0.0.1:0".to_owned(),
            jwt_secret: Some(TEST_JWT_SECRET.to_owned().into()),
            jwt_issuer: TEST_ISSUER.to_owned(),
            jwt_audience: TEST_AUDIENCE.to_owned(),
            // Tests run the expiry scan themselves, at a moment they choose.
            schedule_interval_seconds: 0,
            // And retention, with the clock they choose.
            retention_interval_seconds: 0,
            // E-mails go to the log unless a test starts an SMTP server; workers poll briskly.
            mail_folder: None,
            outbox_poll_ms: 50,
            live_poll_ms: 50,
            outbox_backoff_ms: 100,
            outbox_lease_seconds: 2,
            ..Settings::default()
        };
        configure(&mut settings);
        // The server gets a runtime of its own, as in production (the process's main runtime):
        // its database work then runs on threads of its own, not inside the test's future.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("test-server")
            .thread_stack_size(skupaj_api::runtime::THREAD_STACK_BYTES)
            .enable_all()
            .build()
            .expect("a runtime for the server");
        let (db, application) = runtime
            .spawn(async move {
                let db = skupaj_persistence::connect(&settings.database_url)
                    .await
                    .expect("connect to the test database");
                skupaj_persistence::migrate(&db).await.expect("migrate");
                let application = Application::build_with_database(settings, db.clone())
                    .expect("build the server");
                (db, application)
            })
            .await
            .expect("start the server");
        let address = format!("http://127.0.0.1:{}", application.port());
        let metrics = application.metrics();
        let shutdown = application.shutdown();
        runtime.spawn(application.run_until_stopped());
        Self {
            address,
            database_url,
            db,
            client: reqwest::Client::new(),
            metrics,
            shutdown,
            runtime: Some(runtime),
            owned: None,
        }
    }

    /// Asks the server to stop as SIGTERM does. The server closes its database pool when it
    /// has stopped, and `db` with it: open a new connection to look at the data afterwards.
    pub fn begin_shutdown(&self) {
        self.shutdown.begin();
    }

    /// How many SQL statements the server has run so far.
    pub fn statements(&self) -> u64 {
        self.metrics.sql_statements.get()
    }

    /// POSTs a GraphQL request, optionally with a bearer token, and returns the JSON answer
    /// (checked against the specification, as every answer is).
    pub async fn graphql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let (_, body) = self.post_graphql(token, query, variables).await;
        body
    }

    pub async fn post_graphql(
        &self,
        token: Option<&str>,
        query: &str,
        variables: Value,
    ) -> (StatusCode, Value) {
        let mut request = self
            .client
            .post(format!("{}/graphql", self.address))
            .json(&json!({ "query": query, "variables": &variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("send");
        let status = response.status();
        let answer = response.json().await.expect("a JSON answer");
        spec_check::assert_answer(query, &variables, &answer);
        (status, answer)
    }

    /// Sends a GraphQL request by GET (query and variables in the URL) and returns the status
    /// and the JSON answer, checked against the specification.
    pub async fn get_graphql(
        &self,
        token: Option<&str>,
        query: &str,
        variables: Value,
    ) -> (StatusCode, Value) {
        let mut request = self
            .client
            .get(format!("{}/graphql", self.address))
            .query(&[("query", query), ("variables", &variables.to_string())]);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("send");
        let status = response.status();
        let answer = response.json().await.expect("a JSON answer");
        spec_check::assert_answer(query, &variables, &answer);
        (status, answer)
    }

    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// Opens a platform account directly in the database (as `skupaj create-admin` does).
    pub async fn platform_user(&self, email: &str, role: PlatformRole) -> Session {
        let new_user = NewUser::parse(email, "Platform person", "en").expect("valid user");
        let password = NewPassword::parse("password", PASSWORD).expect("valid password");
        accounts::ensure_platform_user(&self.db, &new_user, &password, role)
            .await
            .expect("open platform account");
        self.login(email, PASSWORD).await
    }

    pub async fn platform_admin(&self) -> Session {
        self.platform_user("root@skupaj.test", PlatformRole::PlatformAdmin)
            .await
    }

    /// Signs in and panics when that fails.
    pub async fn login(&self, email: &str, password: &str) -> Session {
        let answer = self.try_login(email, password, None).await;
        session_of(&answer["data"]["login"])
            .unwrap_or_else(|| panic!("login of {email} failed: {answer}"))
    }

    pub async fn try_login(
        &self,
        email: &str,
        password: &str,
        organisation: Option<&str>,
    ) -> Value {
        self.graphql(
            None,
            "mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }",
            json!({ "input": { "email": email, "password": password, "organisationId": organisation } }),
        )
        .await
    }

    /// Creates an organisation as `admin` and returns its id.
    pub async fn organisation(
        &self,
        admin: &Session,
        kind: &str,
        name: &str,
        municipality: &str,
    ) -> String {
        let answer = self
            .graphql(
                Some(&admin.access_token),
                "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }",
                json!({ "input": {
                    "kind": kind, "name": name, "municipality": municipality,
                    "sector": "PRIVATE", "workingLanguages": ["sl", "en"]
                } }),
            )
            .await;
        answer["data"]["createOrganisation"]["organisation"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("createOrganisation failed: {answer}"))
            .to_owned()
    }

    /// A member of an organisation at once, signed in. Joining through the API takes an
    /// invitation the person accepts (`invite` and `accept_invitation`); fixtures that only need
    /// a member seed it outside the API (`accounts::ensure_member`, as the demo does), so that
    /// no invitation notification or e-mail shows in tests about something else. `_admin` names
    /// who would have invited them, for the reader.
    pub async fn member(
        &self,
        _admin: &Session,
        organisation: &str,
        email: &str,
        role: &str,
    ) -> Session {
        self.member_speaking(organisation, email, role, "sl").await
    }

    /// [`TestApp::member`] with a preferred language.
    pub async fn member_speaking(
        &self,
        organisation: &str,
        email: &str,
        role: &str,
        locale: &str,
    ) -> Session {
        let new_user = NewUser::parse(email, "Test Person", locale).expect("valid user");
        let password = NewPassword::parse("password", PASSWORD).expect("valid password");
        let organisation = uuid::Uuid::parse_str(organisation).expect("an organisation id");
        let role = role.parse().expect("a membership role");
        accounts::ensure_member(&self.db, &new_user, &password, organisation, role)
            .await
            .expect("seed a member");
        self.login(email, PASSWORD).await
    }

    /// Invites `email` into `organisation` as `admin` (`addMember`) and returns the answer.
    pub async fn invite(
        &self,
        admin: &Session,
        organisation: &str,
        email: &str,
        role: &str,
    ) -> Value {
        self.graphql(
            Some(&admin.access_token),
            INVITE,
            json!({ "input": {
                "organisationId": organisation, "email": email, "role": role,
                "displayName": "Test Person", "initialPassword": PASSWORD
            } }),
        )
        .await
    }

    /// Accepts an invitation as `invited` and returns the answer.
    pub async fn accept_invitation(&self, invited: &Session, invitation: &str) -> Value {
        self.graphql(
            Some(&invited.access_token),
            "mutation($input: AnswerInvitationInput!) { acceptInvitation(input: $input) { invitation { id status } membership { id role } } }",
            json!({ "input": { "invitationId": invitation } }),
        )
        .await
    }
}

/// `addMember`, selecting the whole invitation.
pub const INVITE: &str = "mutation($input: AddMemberInput!) { addMember(input: $input) { invitation { id organisation { id name } role email status createdAt expiresAt answeredAt } } }";

/// The invitation id in an `addMember` answer.
pub fn invitation_id(answer: &Value) -> String {
    answer["data"]["addMember"]["invitation"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("addMember failed: {answer}"))
        .to_owned()
}

/// The tokens in a `login` or `refreshSession` payload, if it has them.
pub fn session_of(payload: &Value) -> Option<Session> {
    Some(Session {
        access_token: payload["accessToken"].as_str()?.to_owned(),
        refresh_token: payload["refreshToken"].as_str()?.to_owned(),
    })
}

/// The `extensions.code` of the first error, or `None` when there is no error.
pub fn error_code(answer: &Value) -> Option<&str> {
    answer["errors"][0]["extensions"]["code"].as_str()
}

/// The `extensions.field` of the first error.
pub fn error_field(answer: &Value) -> Option<&str> {
    answer["errors"][0]["extensions"]["field"].as_str()
}

/// Writes straight to standard error: the test harness captures `eprintln!`, and this line
/// must be seen in every run.
fn announce(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{message}");
}

/// A new, empty database: its URL, and the guard that removes it.
async fn fresh_database() -> (String, OwnedDatabase) {
    match std::env::var("SKUPAJ_TEST_DATABASE_URL") {
        Ok(server) if !server.is_empty() => {
            ANNOUNCE
                .call_once(|| eprintln!("SKUPAJ_TEST_DATABASE_URL is set: running on PostgreSQL"));
            fresh_postgres_database(&server).await
        }
        _ => {
            ANNOUNCE.call_once(|| {
                announce(
                    "SKUPAJ_TEST_DATABASE_URL is not set: running on SQLite only \
                     (set it to a postgres:// URL, or use scripts/with-postgres.sh, \
                     to run the suite on PostgreSQL)",
                )
            });
            let path =
                std::env::temp_dir().join(format!("skupaj-test-{}.db", uuid::Uuid::now_v7()));
            (
                format!("sqlite://{}?mode=rwc", path.display()),
                OwnedDatabase::Sqlite(path),
            )
        }
    }
}

/// Creates an empty database named after a fresh UUID on the server of `server_url`.
async fn fresh_postgres_database(server_url: &str) -> (String, OwnedDatabase) {
    use sea_orm::ConnectionTrait;
    let name = format!("skupaj_test_{}", uuid::Uuid::now_v7().simple());
    let admin = sea_orm::Database::connect(server_url)
        .await
        .expect("connect to SKUPAJ_TEST_DATABASE_URL");
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create a test database");
    admin.close().await.ok();
    let (base, query) = match server_url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (server_url, String::new()),
    };
    let without_path = match base.rfind('/') {
        Some(slash) if base[..slash].contains("//") && slash > base.find("//").unwrap_or(0) + 1 => {
            &base[..slash]
        }
        _ => base,
    };
    (
        format!("{without_path}/{name}{query}"),
        OwnedDatabase::Postgres {
            server_url: server_url.to_owned(),
            name,
        },
    )
}

/// Sends `query` with `variables` as `who` and returns the answer (checked as every answer is).
pub async fn gql(app: &TestApp, who: &Session, query: &str, variables: Value) -> Value {
    app.graphql(Some(&who.access_token), query, variables).await
}

/// The id of the signed-in user.
pub async fn user_id(app: &TestApp, session: &Session) -> String {
    let answer = app
        .graphql(
            Some(&session.access_token),
            "{ me { user { id } } }",
            json!({}),
        )
        .await;
    answer["data"]["me"]["user"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("me failed: {answer}"))
        .to_owned()
}

/// Registers a participant as `case_worker` with a profile that fills every field group (the
/// same contact details every time, confirmed past the duplicate warning).
pub async fn register_participant(
    app: &TestApp,
    case_worker: &Session,
    given_name: &str,
) -> String {
    let answer = app
        .graphql(
            Some(&case_worker.access_token),
            "mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { participant { id } } }",
            json!({ "input": { "profile": {
                "givenName": given_name, "familyName": "Haddad", "birthYear": 1990, "gender": "FEMALE",
                "email": "amina@mail.test", "phone": "+386 40 000 000",
                "legalStatus": "INTERNATIONAL_PROTECTION", "countryOfOrigin": "SY", "arrivalDate": "2023-05-01",
                "preferredLanguage": "ar", "languages": [{ "language": "ar", "level": "NATIVE" }, { "language": "en", "level": "B1" }],
                "slovenianLevel": "A2", "educationLevel": "VOCATIONAL", "skills": ["welding"], "interests": ["cooking"],
                "needs": ["CHILDCARE"], "locationPreference": "URBAN", "maxTravelKm": 30, "municipality": "Ljubljana"
            // Every fixture shares one phone and e-mail: registering knowingly, past the
            // duplicate warning (tested in `search.rs`).
            }, "confirmed": true } }),
        )
        .await;
    answer["data"]["registerParticipant"]["participant"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("registerParticipant failed: {answer}"))
        .to_owned()
}

/// Records a referral consent covering `organisations`, sharing `groups`; returns its id.
pub async fn referral_consent(
    app: &TestApp,
    case_worker: &Session,
    participant: &str,
    organisations: &[&str],
    groups: &[&str],
) -> String {
    let answer = app
        .graphql(
            Some(&case_worker.access_token),
            "mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } } }",
            json!({ "input": {
                "participantId": participant, "purpose": "REFERRAL", "coveredOrganisationIds": organisations,
                "fieldGroups": groups, "method": "WRITTEN", "language": "ar"
            } }),
        )
        .await;
    answer["data"]["recordConsent"]["consent"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("recordConsent failed: {answer}"))
        .to_owned()
}

/// Creates a referral (sent when `send`), returning the whole answer.
pub async fn create_referral(
    app: &TestApp,
    case_worker: &Session,
    participant: &str,
    to: &str,
    send: bool,
) -> Value {
    let respond_by = (chrono::Utc::now() + chrono::Duration::days(7)).date_naive();
    app.graphql(
        Some(&case_worker.access_token),
        "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id status version } } }",
        json!({ "input": {
            "participantId": participant, "toOrganisationId": to, "needDomain": "EMPLOYMENT",
            "reason": "Looking for work as a welder", "respondBy": respond_by.to_string(), "send": send
        } }),
    )
    .await
}

/// The id of the referral in a `createReferral` answer.
pub fn referral_id(answer: &Value) -> String {
    answer["data"]["createReferral"]["referral"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("createReferral failed: {answer}"))
        .to_owned()
}
