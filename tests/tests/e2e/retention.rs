//! Retention (issue 17, part 4), with the clock moved forward rather than waited for: exactly
//! the expired participants are anonymised (as erasure does), twice is once, a dry run changes
//! nothing, old audit entries go while `skupaj audit verify` still passes, sent e-mails, dead
//! letters, dead sessions and old sign-in failures go while recent ones stay, and two instances
//! at once erase each person once.

use chrono::{DateTime, Duration, Months, TimeZone, Utc};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};
use skupaj_api::retention_cli;
use skupaj_domain::retention::RetentionPolicy;
use skupaj_tests::fixtures::Case;
use skupaj_tests::{
    Session, TestApp, create_referral, error_code, gql, referral_consent, referral_id,
    register_participant, user_id,
};

use crate::erasure::{every_text, holding};
use crate::programmes::{enrol, enrolment_id, programme};

/// Runs `sql`, written with `?` placeholders (numbered for PostgreSQL), with `values`.
async fn exec(app: &TestApp, sql: &str, values: Vec<sea_orm::Value>) -> u64 {
    let backend = app.db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            let mut n = 0;
            sql.chars()
                .map(|c| {
                    if c == '?' {
                        n += 1;
                        format!("${n}")
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        }
        _ => sql.to_owned(),
    };
    app.db
        .execute_raw(Statement::from_sql_and_values(backend, sql, values))
        .await
        .unwrap_or_else(|err| panic!("{err}"))
        .rows_affected()
}

/// One number a query answers (`SELECT COUNT(*) AS n …`).
async fn count(app: &TestApp, sql: &str, values: Vec<sea_orm::Value>) -> i64 {
    let backend = app.db.get_database_backend();
    let sql = if backend == DbBackend::Postgres {
        let mut n = 0;
        sql.chars()
            .map(|c| {
                if c == '?' {
                    n += 1;
                    format!("${n}")
                } else {
                    c.to_string()
                }
            })
            .collect()
    } else {
        sql.to_owned()
    };
    app.db
        .query_one_raw(Statement::from_sql_and_values(backend, sql, values))
        .await
        .expect("reads")
        .expect("a row")
        .try_get::<i64>("", "n")
        .expect("a number")
}

fn uuid(id: &str) -> uuid::Uuid {
    id.parse().expect("an id")
}

fn long_ago() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).unwrap()
}

/// Moves everything that happened to `participant` back to 2020, as if their case had been
/// quiet since.
async fn quiet_since_2020(app: &TestApp, participant: &str) {
    let old = || sea_orm::Value::from(long_ago());
    let id = || sea_orm::Value::from(uuid(participant));
    let of_referrals = "referral_id IN (SELECT id FROM referrals WHERE participant_id = ?)";
    let statements: Vec<(String, Vec<sea_orm::Value>)> = vec![
        (
            "UPDATE participants SET created_at = ?, updated_at = ? WHERE id = ?".into(),
            vec![old(), old(), id()],
        ),
        (
            "UPDATE consents SET given_at = ? WHERE participant_id = ?".into(),
            vec![old(), id()],
        ),
        (
            "UPDATE referrals SET created_at = ?, updated_at = ?, sent_at = ? WHERE participant_id = ?".into(),
            vec![old(), old(), old(), id()],
        ),
        (
            format!("UPDATE referral_events SET at = ? WHERE {of_referrals}"),
            vec![old(), id()],
        ),
        (
            format!("UPDATE referral_notes SET created_at = ? WHERE {of_referrals}"),
            vec![old(), id()],
        ),
        (
            "UPDATE enrolments SET created_at = ?, updated_at = ? WHERE participant_id = ?".into(),
            vec![old(), old(), id()],
        ),
        (
            "UPDATE life_goals SET created_at = ? WHERE participant_id = ?".into(),
            vec![old(), id()],
        ),
        (
            "UPDATE life_entries SET created_at = ? WHERE participant_id = ?".into(),
            vec![old(), id()],
        ),
        (
            "UPDATE caseloads SET assigned_at = ? WHERE participant_id = ?".into(),
            vec![old(), id()],
        ),
    ];
    for (sql, values) in statements {
        exec(app, &sql, values).await;
    }
}

/// `skupaj retention` (or `--dry-run`) at `now` with the default periods: what it printed and
/// its exit status.
async fn retention(app: &TestApp, now: DateTime<Utc>, dry_run: bool) -> (String, i32) {
    retention_cli::run(&app.db, RetentionPolicy::default(), now, dry_run)
        .await
        .expect("retention runs")
}

/// The count printed on the line `what: N`.
fn printed(text: &str, what: &str) -> u64 {
    text.lines()
        .find_map(|line| line.trim().strip_prefix(&format!("{what}: ")))
        .unwrap_or_else(|| panic!("no {what} in {text}"))
        .parse()
        .expect("a count")
}

const FIGURES: &str = "{ referralStats { total byStatus { status count } } programmes(first: 10) { nodes { stats { enrolled waitlisted completed } } } }";

async fn figures(app: &TestApp, session: &Session) -> Value {
    let answer = gql(app, session, FIGURES, json!({})).await;
    assert!(answer["errors"].is_null(), "{answer}");
    answer["data"].clone()
}

#[tokio::test]
async fn exactly_the_expired_are_anonymised_once_and_a_dry_run_changes_nothing() {
    let c = TestApp::with_referral_case().await;
    let (app, cm) = (&c.app, &c.case_manager);
    // Amina: quiet since 2020, but a referral of hers is still open.
    create_referral(app, cm, &c.participant, &c.space, true).await;
    quiet_since_2020(app, &c.participant).await;
    // Bojana: quiet since 2020, her referral cancelled long ago.
    let bojana = register_participant(app, cm, "Bojana").await;
    referral_consent(app, cm, &bojana, &[&c.space], &["IDENTITY"]).await;
    let sent = create_referral(app, cm, &bojana, &c.space, true).await;
    let cancelled = gql(app, cm, "mutation($input: CancelReferralInput!) { cancelReferral(input: $input) { referral { status } } }",
        json!({ "input": { "id": referral_id(&sent), "version": sent["data"]["createReferral"]["referral"]["version"], "reason": "NO_LONGER_NEEDED" } })).await;
    assert_eq!(
        cancelled["data"]["cancelReferral"]["referral"]["status"], "CANCELLED",
        "{cancelled}"
    );
    quiet_since_2020(app, &bojana).await;
    // Cvetka: registered in 2020, but her case worker set her a goal today.
    let cvetka = register_participant(app, cm, "Cvetka").await;
    quiet_since_2020(app, &cvetka).await;
    let goal = gql(app, cm, "mutation($input: AddLifeGoalInput!) { addLifeGoal(input: $input) { goal { id } } }",
        json!({ "input": { "participantId": cvetka, "domain": "EMPLOYMENT", "title": "A first job" } })).await;
    assert!(goal["errors"].is_null(), "{goal}");
    // Darija: quiet since 2020, but she holds a place on a programme.
    let darija = register_participant(app, cm, "Darija").await;
    let course = programme(app, cm, json!({}), true).await;
    enrolment_id(&enrol(app, cm, &course, &darija, None).await);
    quiet_since_2020(app, &darija).await;

    // The outbox delivers in the background; let it finish so the snapshot holds still.
    for _ in 0..100 {
        let pending = count(
            app,
            "SELECT COUNT(*) AS n FROM email_outbox WHERE status = 'PENDING'",
            vec![],
        )
        .await;
        if pending == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let before = every_text(app).await;
    let figures_before = figures(app, cm).await;
    let tomorrow = Utc::now() + Duration::days(1);

    // The dry run counts Bojana alone and changes nothing at all.
    let (dry, status) = retention(app, tomorrow, true).await;
    assert_eq!(status, 0, "{dry}");
    assert!(dry.contains("nothing was changed"), "{dry}");
    assert_eq!(printed(&dry, "participants anonymised"), 1, "{dry}");
    assert_eq!(every_text(app).await, before);

    let (done, status) = retention(app, tomorrow, false).await;
    assert_eq!(status, 0, "{done}");
    assert_eq!(printed(&done, "participants anonymised"), 1, "{done}");
    assert!(!done.contains("Bojana"), "counts, never names: {done}");
    let after = every_text(app).await;
    assert_eq!(holding(&after, &["Bojana"]), Vec::<&String>::new());
    for kept in ["Amina", "Cvetka", "Darija"] {
        assert!(!holding(&after, &[kept]).is_empty(), "{kept} is untouched");
    }
    // Indicators count the anonymised record as before.
    assert_eq!(figures(app, cm).await, figures_before);
    // The erasure row says why, and names no one as who erased.
    assert_eq!(
        count(
            app,
            "SELECT COUNT(*) AS n FROM erasures WHERE reason = 'retention'",
            vec![]
        )
        .await,
        1
    );
    assert_eq!(
        count(
            app,
            "SELECT COUNT(*) AS n FROM erasures WHERE erased_by = ?",
            vec![uuid::Uuid::nil().into()]
        )
        .await,
        1
    );

    // Twice is once.
    let (again, status) = retention(app, tomorrow, false).await;
    assert_eq!(status, 0, "{again}");
    assert_eq!(printed(&again, "participants anonymised"), 0, "{again}");
    assert_eq!(every_text(app).await, after);

    // Three years on, Cvetka's goal is old too; Amina's open referral and Darija's place still
    // keep them.
    let (later, _) = retention(app, Utc::now() + Duration::days(3 * 365), false).await;
    assert_eq!(printed(&later, "participants anonymised"), 1, "{later}");
    let last = every_text(app).await;
    assert_eq!(holding(&last, &["Bojana", "Cvetka"]), Vec::<&String>::new());
    assert!(!holding(&last, &["Amina"]).is_empty());
    assert!(!holding(&last, &["Darija"]).is_empty());
    assert_eq!(
        count(app, "SELECT COUNT(*) AS n FROM erasures", vec![]).await,
        2
    );
}

#[tokio::test]
async fn old_audit_entries_go_and_the_chain_still_verifies() {
    let skupaj_tests::fixtures::Platform { app, admin } = TestApp::with_admin().await;
    app.organisation(&admin, "NGO", "Društvo Most", "Ljubljana")
        .await;
    app.organisation(&admin, "NGO", "Društvo Luč", "Maribor")
        .await;
    // Everything above is "old", everything after "recent", once the clock is six years on.
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let middle = Utc::now();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    app.organisation(&admin, "NGO", "Društvo Sonce", "Koper")
        .await;
    let old = count(
        &app,
        "SELECT COUNT(*) AS n FROM audit_log WHERE at < ?",
        vec![middle.into()],
    )
    .await;
    let recent = count(
        &app,
        "SELECT COUNT(*) AS n FROM audit_log WHERE at >= ?",
        vec![middle.into()],
    )
    .await;
    assert!(old >= 2 && recent >= 1, "{old} old, {recent} recent");
    let (intact, _) = skupaj_api::audit_chain::verify(&app.db)
        .await
        .expect("verifies");
    assert!(intact);

    let six_years_on = middle.checked_add_months(Months::new(72)).expect("a date");
    let (dry, _) = retention(&app, six_years_on, true).await;
    assert_eq!(printed(&dry, "audit entries"), old as u64, "{dry}");
    let (done, status) = retention(&app, six_years_on, false).await;
    assert_eq!(status, 0, "{done}");
    assert_eq!(printed(&done, "audit entries"), old as u64, "{done}");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) AS n FROM audit_log WHERE at < ?",
            vec![middle.into()]
        )
        .await,
        0,
        "the old entries are gone"
    );
    // The recent ones stay, and one more says what retention pruned.
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) AS n FROM audit_log WHERE at >= ? AND operation <> 'retention'",
            vec![middle.into()]
        )
        .await,
        recent
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'retention' AND entity_type = 'AuditLog'", vec![]).await,
        1
    );
    let (intact, report) = skupaj_api::audit_chain::verify(&app.db)
        .await
        .expect("verifies");
    assert!(intact, "{report}");
    assert!(report.contains("retention checkpoint"), "{report}");

    // Again: nothing more goes, and the chain still holds.
    let (again, _) = retention(&app, six_years_on, false).await;
    assert_eq!(printed(&again, "audit entries"), 0, "{again}");
    assert!(
        skupaj_api::audit_chain::verify(&app.db)
            .await
            .expect("verifies")
            .0
    );

    // Cutting the oldest entry kept is still found.
    exec(
        &app,
        "DELETE FROM audit_log WHERE seq = (SELECT MIN(seq) FROM audit_log)",
        vec![],
    )
    .await;
    let (intact, report) = skupaj_api::audit_chain::verify(&app.db)
        .await
        .expect("verifies");
    assert!(!intact, "{report}");
    assert!(report.contains("missing"), "{report}");
}

/// Waits until the outbox has sent at least `n` e-mails.
async fn sent_emails(app: &TestApp, n: i64) {
    for _ in 0..200 {
        if count(
            app,
            "SELECT COUNT(*) AS n FROM email_outbox WHERE status = 'SENT'",
            vec![],
        )
        .await
            >= n
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the outbox did not send {n} e-mails");
}

#[tokio::test]
async fn sent_emails_dead_letters_dead_sessions_and_old_failures_go_recent_ones_stay() {
    let c = TestApp::with_referral_case().await;
    let app = &c.app;
    // E-mails: the space's two staff hear of a referral, the third organisation's of another.
    create_referral(app, &c.case_manager, &c.participant, &c.space, true).await;
    referral_consent(
        app,
        &c.case_manager,
        &c.participant,
        &[&c.third],
        &["IDENTITY"],
    )
    .await;
    create_referral(app, &c.case_manager, &c.participant, &c.third, true).await;
    sent_emails(app, 3).await;
    let sent = count(
        app,
        "SELECT COUNT(*) AS n FROM email_outbox WHERE status = 'SENT'",
        vec![],
    )
    .await;
    let ids: Vec<uuid::Uuid> = app
        .db
        .query_all_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT id FROM email_outbox WHERE status = 'SENT' ORDER BY id",
        ))
        .await
        .expect("reads")
        .iter()
        .map(|row| row.try_get("", "id").expect("an id"))
        .collect();
    let forty_days_ago = Utc::now() - Duration::days(40);
    let half_a_year_ago = Utc::now() - Duration::days(180);
    exec(
        app,
        "UPDATE email_outbox SET sent_at = ? WHERE id = ?",
        vec![forty_days_ago.into(), ids[0].into()],
    )
    .await;
    exec(
        app,
        "UPDATE email_outbox SET status = 'DEAD', sent_at = NULL, created_at = ? WHERE id = ?",
        vec![half_a_year_ago.into(), ids[1].into()],
    )
    .await;
    // Sessions: Sara signs out; Petra's sign-in lapsed (its refresh tokens expired).
    let sara = uuid(&user_id(app, &c.receiver_colleague).await);
    let ended = gql(
        app,
        &c.receiver_colleague,
        "mutation { logout(input: {}) { endedSessions } }",
        json!({}),
    )
    .await;
    assert_eq!(ended["data"]["logout"]["endedSessions"], 1, "{ended}");
    let petra = uuid(&user_id(app, &c.third_staff).await);
    exec(app, "UPDATE refresh_tokens SET expires_at = ? WHERE session_id IN (SELECT id FROM sessions WHERE user_id = ?)",
        vec![(Utc::now() - Duration::hours(1)).into(), petra.into()]).await;
    // Sign-in failures: one an hour ago (outside the 15-minute window), one now. Both are made
    // first and the older one aged afterwards, because a new failure itself forgets the
    // failures older than the window.
    let failed = app
        .try_login("nina@most.test", "wrong password", None)
        .await;
    assert_eq!(error_code(&failed), Some("UNAUTHENTICATED"), "{failed}");
    let first_failure = Utc::now();
    let failed = app.try_login("nina@most.test", "wrong again", None).await;
    assert_eq!(error_code(&failed), Some("UNAUTHENTICATED"), "{failed}");
    exec(
        app,
        "UPDATE auth_attempts SET at = ? WHERE at <= ?",
        vec![
            (Utc::now() - Duration::hours(1)).into(),
            first_failure.into(),
        ],
    )
    .await;
    let old_failures = count(
        app,
        "SELECT COUNT(*) AS n FROM auth_attempts WHERE at < ?",
        vec![(Utc::now() - Duration::minutes(30)).into()],
    )
    .await;
    assert!(old_failures > 0, "the first failure was aged");
    let all_failures = count(app, "SELECT COUNT(*) AS n FROM auth_attempts", vec![]).await;
    let dead_sessions = count(
        app,
        "SELECT COUNT(*) AS n FROM sessions WHERE user_id = ? OR user_id = ?",
        vec![petra.into(), sara.into()],
    )
    .await;

    let now = Utc::now() + Duration::minutes(1);
    let (dry, _) = retention(app, now, true).await;
    let (done, status) = retention(app, now, false).await;
    assert_eq!(status, 0, "{done}");
    for text in [&dry, &done] {
        assert_eq!(printed(text, "sent e-mails"), 1, "{text}");
        assert_eq!(printed(text, "dead letters"), 1, "{text}");
        assert_eq!(
            printed(text, "ended sessions"),
            dead_sessions as u64,
            "{text}"
        );
        assert_eq!(
            printed(text, "old sign-in failures"),
            old_failures as u64,
            "{text}"
        );
    }
    assert_eq!(
        count(
            app,
            "SELECT COUNT(*) AS n FROM email_outbox WHERE status = 'SENT'",
            vec![]
        )
        .await,
        sent - 2,
        "the recent e-mails stay"
    );
    assert_eq!(
        count(app, "SELECT COUNT(*) AS n FROM auth_attempts", vec![]).await,
        all_failures - old_failures,
        "the recent failure still counts"
    );
    assert_eq!(
        count(
            app,
            "SELECT COUNT(*) AS n FROM sessions WHERE user_id = ? OR user_id = ?",
            vec![petra.into(), sara.into()]
        )
        .await,
        0
    );
    // Petra's lapsed session no longer lets her in; Nina's, still live, does.
    let me = gql(app, &c.third_staff, "{ me { user { id } } }", json!({})).await;
    assert_eq!(error_code(&me), Some("UNAUTHENTICATED"), "{me}");
    let me = gql(app, &c.case_manager, "{ me { user { id } } }", json!({})).await;
    assert!(me["errors"].is_null(), "{me}");

    let (again, _) = retention(app, now, false).await;
    assert_eq!(printed(&again, "sent e-mails"), 0, "{again}");
    assert_eq!(printed(&again, "ended sessions"), 0, "{again}");
}

#[tokio::test]
async fn two_instances_running_retention_at_once_erase_each_person_once() {
    let c: Case = TestApp::with_referral_case().await;
    let mut quiet = vec![c.participant.clone()];
    for name in ["Bojana", "Cvetka", "Darija", "Eva"] {
        quiet.push(register_participant(&c.app, &c.case_manager, name).await);
    }
    for participant in &quiet {
        quiet_since_2020(&c.app, participant).await;
    }
    let second = TestApp::spawn_at(c.app.database_url().to_owned(), |_| {}).await;
    let tomorrow = Utc::now() + Duration::days(1);
    let ((one, one_status), (two, two_status)) = tokio::join!(
        retention(&c.app, tomorrow, false),
        retention(&second, tomorrow, false)
    );
    let mut erased = 0;
    for (text, status) in [(&one, one_status), (&two, two_status)] {
        match status {
            0 => erased += printed(text, "participants anonymised"),
            3 => assert!(text.contains("Another instance"), "{text}"),
            other => panic!("exit status {other}: {text}"),
        }
    }
    assert_eq!(erased, quiet.len() as u64, "{one}\n{two}");
    assert_eq!(
        count(&c.app, "SELECT COUNT(*) AS n FROM erasures", vec![]).await,
        quiet.len() as i64,
        "one erasure row per person"
    );
    assert_eq!(
        count(
            &c.app,
            "SELECT COUNT(*) AS n FROM participants WHERE erased_at IS NOT NULL",
            vec![]
        )
        .await,
        quiet.len() as i64
    );
}
