//! Notifications end to end: in-app and by e-mail through a real SMTP conversation on loopback,
//! in the recipient's language, never lost, never twice, and live over WebSocket.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use skupaj_domain::notification::DeliveryStatus;
use skupaj_persistence::notifications;
use skupaj_tests::fixtures::Platform;
use skupaj_tests::smtp::{Mode, SmtpServer};
use skupaj_tests::{
    PASSWORD, Session, TestApp, create_referral, error_code, referral_consent, referral_id,
    register_participant,
};
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

/// Waits (up to 30 s) until `done` holds.
async fn eventually(what: &str, mut done: impl AsyncFnMut() -> bool) {
    for _ in 0..300 {
        if done().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for {what}");
}

struct World {
    app: TestApp,
    smtp: SmtpServer,
    case_manager: Session,
    receivers: Vec<Session>,
    space: String,
    third: String,
    participant: String,
}

async fn member_in(
    app: &TestApp,
    _admin: &Session,
    org: &str,
    email: &str,
    role: &str,
    locale: &str,
) -> Session {
    app.member_speaking(org, email, role, locale).await
}

async fn world(smtp: SmtpServer, configure: impl FnOnce(&mut skupaj_api::Settings)) -> World {
    let url = smtp.url();
    let Platform { app, admin } = TestApp::with_admin_configured(move |settings| {
        settings.smtp_url = Some(url.into());
        configure(settings);
    })
    .await;
    let ngo = app
        .organisation(&admin, "NGO", "Društvo Most", "Ljubljana")
        .await;
    let space = app
        .organisation(&admin, "CWCS", "Obalni FabLab", "Koper")
        .await;
    let third = app.organisation(&admin, "NGO", "Tretja", "Kranj").await;
    let case_manager = member_in(&app, &admin, &ngo, "nina@most.test", "CASE_MANAGER", "sl").await;
    let receivers = vec![
        member_in(&app, &admin, &space, "olena@fablab.test", "STAFF", "uk").await,
        member_in(&app, &admin, &space, "layla@fablab.test", "STAFF", "ar").await,
    ];
    let participant = register_participant(&app, &case_manager, "Amina").await;
    referral_consent(
        &app,
        &case_manager,
        &participant,
        &[&space, &third],
        &["IDENTITY"],
    )
    .await;
    World {
        app,
        smtp,
        case_manager,
        receivers,
        space,
        third,
        participant,
    }
}

const INBOX: &str = "{ unreadNotificationCount notifications { edges { node { id kind subjectId title readAt } } } }";

#[tokio::test]
async fn a_sent_referral_notifies_each_recipient_in_their_language() {
    let w = world(SmtpServer::start().await, |_| {}).await;
    let id = referral_id(
        &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
    );

    for (receiver, title) in w.receivers.iter().zip([
        "Нове направлення для вашої організації",
        "إحالة جديدة لمؤسستك",
    ]) {
        let inbox = w
            .app
            .graphql(Some(&receiver.access_token), INBOX, json!({}))
            .await;
        assert_eq!(inbox["data"]["unreadNotificationCount"], 1, "{inbox}");
        let node = &inbox["data"]["notifications"]["edges"][0]["node"];
        assert_eq!(node["kind"], "REFERRAL_RECEIVED");
        assert_eq!(node["subjectId"], id.as_str());
        assert_eq!(node["title"], title);
    }
    // The referrer has nothing yet.
    let mine = w
        .app
        .graphql(Some(&w.case_manager.access_token), INBOX, json!({}))
        .await;
    assert_eq!(mine["data"]["unreadNotificationCount"], 0);

    eventually("two e-mails", async || w.smtp.received().len() == 2).await;
    let mail = w.smtp.received();
    let ukrainian = mail
        .iter()
        .find(|m| m.to() == "olena@fablab.test")
        .expect("Olena's e-mail");
    assert_eq!(
        ukrainian.subject(),
        "Нове направлення для вашої організації"
    );
    let arabic = mail
        .iter()
        .find(|m| m.to() == "layla@fablab.test")
        .expect("Layla's e-mail");
    assert_eq!(arabic.subject(), "إحالة جديدة لمؤسستك");
    assert!(arabic.html().contains("dir=\"rtl\""), "{}", arabic.html());
    for message in &mail {
        assert!(
            message.text().contains("/notifications/"),
            "a link: {}",
            message.text()
        );
        for secret in [
            "INTERNATIONAL_PROTECTION",
            "SY",
            "Amina",
            "Haddad",
            "welding",
        ] {
            // A two-letter code can turn up by chance in a random MIME boundary or an encoded
            // word, so the raw message is searched only for the longer secrets; the decoded
            // subject and bodies are searched for all of them.
            if secret.len() > 3 {
                assert!(!message.raw.contains(secret), "{secret} in {}", message.raw);
            }
            assert!(
                !message.subject().contains(secret),
                "{secret} in the subject"
            );
            assert!(!message.text().contains(secret) && !message.html().contains(secret));
        }
    }
    assert_ne!(mail[0].message_id(), mail[1].message_id());
}

#[tokio::test]
async fn the_inbox_marks_read_and_preferences_turn_email_off() {
    let w = world(SmtpServer::start().await, |_| {}).await;
    let olena = &w.receivers[0];
    let off = w
        .app
        .graphql(
            Some(&olena.access_token),
            "mutation { setNotificationPreference(input: { kind: REFERRAL_RECEIVED, email: false }) { email } }",
            json!({}),
        )
        .await;
    assert_eq!(
        off["data"]["setNotificationPreference"]["email"], false,
        "{off}"
    );
    for _ in 0..2 {
        create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await;
    }
    eventually("Layla's two e-mails", async || w.smtp.received().len() == 2).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        w.smtp
            .received()
            .iter()
            .all(|m| m.to() == "layla@fablab.test"),
        "Olena turned e-mail off"
    );

    let inbox = w
        .app
        .graphql(Some(&olena.access_token), INBOX, json!({}))
        .await;
    assert_eq!(
        inbox["data"]["unreadNotificationCount"], 2,
        "in-app is always on: {inbox}"
    );
    let first = inbox["data"]["notifications"]["edges"][0]["node"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let marked = w
        .app
        .graphql(
            Some(&olena.access_token),
            "mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unread } }",
            json!({ "input": { "ids": [first] } }),
        )
        .await;
    assert_eq!(
        marked["data"]["markNotificationsRead"],
        json!({ "marked": 1, "unread": 1 })
    );
    // Too many ids at once is refused and marks nothing.
    let too_many = w
        .app
        .graphql(
            Some(&olena.access_token),
            "mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked } }",
            json!({ "input": { "ids": vec![first.clone(); 101] } }),
        )
        .await;
    assert_eq!(error_code(&too_many), Some("VALIDATION"), "{too_many}");
    // Unread first: the read one comes last.
    let inbox = w
        .app
        .graphql(Some(&olena.access_token), INBOX, json!({}))
        .await;
    let edges = inbox["data"]["notifications"]["edges"]
        .as_array()
        .expect("edges")
        .clone();
    assert!(
        edges[0]["node"]["readAt"].is_null() && !edges[1]["node"]["readAt"].is_null(),
        "{inbox}"
    );
    // Someone else's ids mark nothing.
    let stranger = w
        .app
        .graphql(
            Some(&w.case_manager.access_token),
            "mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked } }",
            json!({ "input": { "all": true } }),
        )
        .await;
    assert_eq!(stranger["data"]["markNotificationsRead"]["marked"], 0);
    let unchanged = w
        .app
        .graphql(
            Some(&olena.access_token),
            "{ unreadNotificationCount }",
            json!({}),
        )
        .await;
    assert_eq!(unchanged["data"]["unreadNotificationCount"], 1);
}

#[tokio::test]
async fn nothing_is_lost_while_smtp_is_down_and_nothing_arrives_twice() {
    let port = SmtpServer::closed_port();
    let w = world(
        SmtpServer::start_on(SmtpServer::closed_port()).await,
        |settings| {
            settings.smtp_url = Some(format!("smtp://127.0.0.1:{port}").into());
        },
    )
    .await;
    for _ in 0..100 {
        referral_id(
            &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
        );
    }
    // The worker has tried and failed; everything waits in the outbox.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (pending, sent, dead) = notifications::depth(&w.app.db).await.expect("depth");
    assert_eq!((pending, sent, dead), (200, 0, 0));

    let smtp = SmtpServer::start_on(port).await;
    eventually("all 200 e-mails", async || smtp.received().len() >= 200).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut ids: Vec<String> = smtp.received().iter().map(|m| m.message_id()).collect();
    assert_eq!(ids.len(), 200, "no e-mail twice");
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 200, "200 different messages");
    assert_eq!(
        notifications::depth(&w.app.db).await.expect("depth"),
        (0, 200, 0)
    );
    let _ = &w.smtp;
}

#[tokio::test]
async fn a_temporary_refusal_is_retried_and_a_permanent_one_is_a_dead_letter() {
    let smtp = SmtpServer::start().await;
    smtp.set_mode(Mode::Temporary);
    let w = world(smtp, |_| {}).await;
    let id = referral_id(
        &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
    );
    eventually("a few refusals", async || w.smtp.refused() >= 4).await;
    w.smtp.set_mode(Mode::Accept);
    eventually("delivery", async || w.smtp.received().len() == 2).await;
    // The server's 250 comes before the row is marked (marks are batched): wait for the mark.
    let sent = uuid::Uuid::parse_str(&id).expect("id");
    eventually("marked sent", async || {
        notifications::deliveries(&w.app.db, sent)
            .await
            .is_ok_and(|rows| rows.iter().all(|(s, _, _)| *s == DeliveryStatus::Sent))
    })
    .await;
    let deliveries = notifications::deliveries(&w.app.db, sent)
        .await
        .expect("rows");
    for (status, attempts, _) in &deliveries {
        assert_eq!(*status, DeliveryStatus::Sent);
        assert!(*attempts >= 2, "retried: {deliveries:?}");
    }

    w.smtp.set_mode(Mode::Permanent);
    let refused = referral_id(
        &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
    );
    let refused = uuid::Uuid::parse_str(&refused).expect("id");
    eventually("dead letters", async || {
        notifications::deliveries(&w.app.db, refused)
            .await
            .is_ok_and(|rows| {
                rows.len() == 2 && rows.iter().all(|(s, _, _)| *s == DeliveryStatus::Dead)
            })
    })
    .await;
    let rows = notifications::deliveries(&w.app.db, refused)
        .await
        .expect("rows");
    assert!(
        rows.iter()
            .all(|(_, _, error)| error.as_deref().is_some_and(|e| e.contains("550"))),
        "{rows:?}"
    );
}

#[tokio::test]
async fn a_temporary_refusal_is_retried_at_the_deadline_and_only_then_dead() {
    // Retries after 1.2 s, then 2.4 s more (past the 3 s deadline): the last try is moved to
    // the deadline itself instead of giving up at 1.2 s.
    let smtp = SmtpServer::start().await;
    smtp.set_mode(Mode::Temporary);
    let w = world(smtp, |settings| {
        settings.outbox_deadline_seconds = 3;
        settings.outbox_backoff_ms = 600;
    })
    .await;
    let written = std::time::Instant::now();
    let id = referral_id(
        &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
    );
    let id = uuid::Uuid::parse_str(&id).expect("id");
    let statuses = async || {
        notifications::deliveries(&w.app.db, id)
            .await
            .expect("rows")
            .into_iter()
            .map(|(status, _, _)| status)
            .collect::<Vec<_>>()
    };
    // Half a second before the deadline, both e-mails still wait for another try.
    tokio::time::sleep_until((written + Duration::from_millis(2500)).into()).await;
    assert_eq!(
        statuses().await,
        vec![DeliveryStatus::Pending, DeliveryStatus::Pending],
        "refused {} times so far",
        w.smtp.refused()
    );
    eventually("dead letters after the deadline", async || {
        statuses().await == vec![DeliveryStatus::Dead, DeliveryStatus::Dead]
    })
    .await;
    // Each e-mail was tried at the start, after the backoff, and at the deadline.
    let at_deadline = w
        .smtp
        .refused_at()
        .iter()
        .filter(|at| **at >= written + Duration::from_secs(3))
        .count();
    assert_eq!(at_deadline, 2, "one last try each, at the deadline");
    let rows = notifications::deliveries(&w.app.db, id)
        .await
        .expect("rows");
    assert!(
        rows.iter().all(|(_, attempts, error)| *attempts == 3
            && error.as_deref().is_some_and(|e| e.contains("451"))),
        "{rows:?}"
    );
    assert!(w.smtp.received().is_empty());
}

/// A worker like the server's, driven by the test.
fn test_worker(w: &World, concurrency: usize, lease_ms: i64) -> skupaj_notifier::worker::Worker {
    skupaj_notifier::worker::Worker {
        db: w.app.db.clone(),
        mailer: skupaj_notifier::mailer::Mailer::smtp(
            &w.smtp.url(),
            Duration::from_secs(5),
            concurrency,
        )
        .expect("mailer"),
        templates: std::sync::Arc::new(
            skupaj_notifier::templates::Templates::load().expect("templates"),
        ),
        settings: skupaj_notifier::worker::WorkerSettings {
            poll: Duration::from_millis(50),
            batch: 1,
            concurrency,
            lease: chrono::Duration::milliseconds(lease_ms),
            deadline: chrono::Duration::hours(1),
            backoff_unit: chrono::Duration::milliseconds(50),
            from: "Skupaj <no-reply@skupaj.invalid>".to_owned(),
            link_base: "http://127.0.0.1".to_owned(),
            reset_key: skupaj_notifier::reset::ResetKey::random(),
        },
        counters: skupaj_notifier::worker::DeliveryCounters::unregistered().expect("counters"),
    }
}

#[tokio::test]
async fn a_stopped_worker_first_records_the_e_mails_in_flight_and_then_claims_nothing() {
    // The server's own worker looks once at start and then sleeps, so this test drives delivery.
    let w = world(SmtpServer::start().await, |settings| {
        settings.outbox_poll_ms = 3_600_000
    })
    .await;
    w.smtp.set_delay(Duration::from_millis(800));
    let first = referral_id(
        &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
    );
    let first = uuid::Uuid::parse_str(&first).expect("id");
    let outbox = test_worker(&w, 4, 5_000).spawn();
    eventually("both e-mails on their way", async || w.smtp.started() == 2).await;
    assert!(w.smtp.received().is_empty(), "still being accepted");
    outbox.stop().await;
    assert!(outbox.is_stopped());
    // Both were accepted and marked sent before `stop` returned: a restart sends neither again.
    assert_eq!(w.smtp.received().len(), 2);
    let rows = notifications::deliveries(&w.app.db, first)
        .await
        .expect("rows");
    assert!(
        rows.iter()
            .all(|(status, attempts, _)| *status == DeliveryStatus::Sent && *attempts == 1),
        "{rows:?}"
    );
    // A stopped worker takes nothing new.
    let second = referral_id(
        &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
    );
    let second = uuid::Uuid::parse_str(&second).expect("id");
    tokio::time::sleep(Duration::from_millis(500)).await;
    let rows = notifications::deliveries(&w.app.db, second)
        .await
        .expect("rows");
    assert!(
        rows.len() == 2
            && rows
                .iter()
                .all(|(status, attempts, _)| *status == DeliveryStatus::Pending && *attempts == 0),
        "{rows:?}"
    );
    assert_eq!(w.smtp.started(), 2);
    // Stopping again returns at once.
    tokio::time::timeout(Duration::from_secs(1), outbox.stop())
        .await
        .expect("already stopped");
}

/// The outbox rows of a referral: (id, status, attempts), in id order.
async fn rows_of(w: &World, referral: &str) -> Vec<(DeliveryStatus, u32)> {
    notifications::deliveries(&w.app.db, uuid::Uuid::parse_str(referral).expect("id"))
        .await
        .expect("rows")
        .into_iter()
        .map(|(status, attempts, _)| (status, attempts))
        .collect()
}

#[tokio::test]
async fn a_stopped_worker_gives_back_the_e_mails_it_claimed_but_had_not_started() {
    // The server's own worker looks once at start and then sleeps, so this test drives delivery.
    let w = world(SmtpServer::start().await, |settings| {
        settings.outbox_poll_ms = 3_600_000
    })
    .await;
    w.smtp.set_delay(Duration::from_millis(800));
    let mut referrals = Vec::new();
    for _ in 0..3 {
        referrals.push(referral_id(
            &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
        ));
    }
    // One e-mail at a time, but all six claimed at once (a lease far longer than the test).
    let mut worker = test_worker(&w, 1, 600_000);
    worker.settings.batch = 10;
    let outbox = worker.spawn();
    eventually("the first e-mail on its way", async || {
        w.smtp.started() == 1
    })
    .await;
    outbox.stop().await;
    assert_eq!(
        w.smtp.received().len(),
        1,
        "only the one in flight was sent"
    );
    let mut all = Vec::new();
    for referral in &referrals {
        all.extend(rows_of(&w, referral).await);
    }
    all.sort_by_key(|(status, _)| *status != DeliveryStatus::Sent);
    assert_eq!(all[0], (DeliveryStatus::Sent, 1), "{all:?}");
    assert!(
        all[1..]
            .iter()
            .all(|row| *row == (DeliveryStatus::Pending, 0)),
        "the rest untouched: {all:?}"
    );
    // Given back, not held until the lease runs out: another worker takes them at once.
    let taken = notifications::claim(
        &w.app.db,
        uuid::Uuid::now_v7(),
        chrono::Duration::seconds(60),
        100,
    )
    .await
    .expect("claim");
    assert_eq!(taken.len(), 5);
}

#[tokio::test]
async fn an_e_mail_sent_after_its_lease_ran_out_is_marked_only_by_its_new_holder() {
    let w = world(SmtpServer::start().await, |settings| {
        settings.outbox_poll_ms = 3_600_000
    })
    .await;
    w.smtp.set_delay(Duration::from_millis(1_000));
    let referral = referral_id(
        &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
    );
    // The first worker's lease (300 ms) runs out while the SMTP server takes a second.
    let mut first = test_worker(&w, 2, 300);
    // It looks once more (nothing left) and then not again during the test.
    first.settings.poll = Duration::from_secs(3_600);
    let counted = first.counters.sent.clone();
    let outbox = first.spawn();
    eventually("both e-mails on their way", async || w.smtp.started() == 2).await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    // A second instance claims both rows meanwhile.
    let second = uuid::Uuid::now_v7();
    let taken = notifications::claim(&w.app.db, second, chrono::Duration::seconds(60), 10)
        .await
        .expect("claim");
    assert_eq!(taken.len(), 2, "the lease ran out");
    eventually("both accepted", async || w.smtp.received().len() == 2).await;
    // Stopping writes every mark the first worker has: it holds no claim, so it marks nothing.
    outbox.stop().await;
    assert_eq!(counted.get(), 0, "not counted as sent by the first worker");
    assert_eq!(
        rows_of(&w, &referral).await,
        vec![(DeliveryStatus::Pending, 0); 2],
        "still the second instance's to send"
    );
    // The holder's marks count (its resend carries the same Message-ID).
    let ids: Vec<uuid::Uuid> = taken.iter().map(|item| item.id).collect();
    let marked = notifications::finish_many(&w.app.db, &ids, second, DeliveryStatus::Sent, None)
        .await
        .expect("mark");
    assert_eq!(marked.len(), 2);
    assert_eq!(
        rows_of(&w, &referral).await,
        vec![(DeliveryStatus::Sent, 1); 2]
    );
}

#[tokio::test]
async fn e_mails_are_claimed_and_marked_in_batches_not_one_statement_each() {
    let w = world(SmtpServer::start().await, |settings| {
        settings.outbox_poll_ms = 3_600_000
    })
    .await;
    for _ in 0..100 {
        create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await;
    }
    let mut worker = test_worker(&w, 8, 60_000);
    worker.settings.batch = 256;
    worker.settings.poll = Duration::from_secs(3_600);
    let before = w.app.statements();
    let outbox = worker.spawn();
    eventually("200 e-mails", async || w.smtp.received().len() >= 200).await;
    outbox.stop().await;
    let statements = w.app.statements() - before;
    assert_eq!(
        notifications::depth(&w.app.db).await.expect("depth"),
        (0, 200, 0)
    );
    // One statement per e-mail (or more) before; now a claim per batch and a mark per batch.
    assert!(statements < 100, "{statements} statements for 200 e-mails");
}

#[tokio::test]
async fn one_connection_sends_without_waiting_for_acknowledgements() {
    // Without TCP_NODELAY each e-mail's final "." waited for the server's delayed ACK: 40 ms or
    // more per e-mail, however fast the server.
    let w = world(SmtpServer::start().await, |settings| {
        settings.outbox_poll_ms = 3_600_000
    })
    .await;
    create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await;
    let worker = test_worker(&w, 1, 60_000);
    let item = notifications::claim(
        &w.app.db,
        uuid::Uuid::now_v7(),
        chrono::Duration::seconds(60),
        1,
    )
    .await
    .expect("claim")
    .pop()
    .expect("an e-mail");
    let mut took = Vec::new();
    for _ in 0..30 {
        let message = worker.message(&item).expect("message");
        let started = std::time::Instant::now();
        worker
            .mailer
            .send(message, &item.id.to_string())
            .await
            .expect("accepted");
        took.push(started.elapsed());
    }
    assert_eq!(w.smtp.received().len(), 30);
    took.sort();
    assert!(
        took[15] < Duration::from_millis(20),
        "median {:?} per e-mail on one connection",
        took[15]
    );
}

#[tokio::test]
async fn a_resend_after_a_crash_carries_the_same_message_id() {
    // The server's own worker looks once at start and then sleeps, so this test drives delivery.
    let w = world(SmtpServer::start().await, |settings| {
        settings.outbox_poll_ms = 3_600_000
    })
    .await;
    create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await;
    let worker = test_worker(&w, 1, 500);
    // A worker claims an e-mail and the SMTP server accepts it, then the worker dies before it
    // can mark the row sent.
    let claimed = notifications::claim(
        &w.app.db,
        uuid::Uuid::now_v7(),
        chrono::Duration::milliseconds(500),
        1,
    )
    .await
    .expect("claim");
    let item = claimed.first().expect("an e-mail");
    let message = worker.message(item).expect("message");
    worker
        .mailer
        .send(message, &item.id.to_string())
        .await
        .expect("accepted");
    assert_eq!(w.smtp.received().len(), 1);
    // After the lease, a restarted worker sends it again, recognisably the same message.
    tokio::time::sleep(Duration::from_millis(700)).await;
    for _ in 0..4 {
        worker.drain_once().await.expect("drain");
    }
    let resent: Vec<_> = w
        .smtp
        .received()
        .iter()
        .filter(|m| m.to() == item.to_address)
        .cloned()
        .collect();
    assert_eq!(resent.len(), 2, "sent twice to {}", item.to_address);
    assert_eq!(resent[0].message_id(), resent[1].message_id());
    assert_eq!(
        resent[0].message_id(),
        skupaj_domain::notification::message_id(item.id).trim_matches(['<', '>'])
    );
}

#[tokio::test]
async fn a_rolled_back_mutation_sends_nothing() {
    let w = world(SmtpServer::start().await, |_| {}).await;
    let admin = w.app.platform_admin().await;
    let third_staff = member_in(&w.app, &admin, &w.third, "petra@tretja.test", "STAFF", "sl").await;
    // Two transfers of the same participant; the second acceptance rolls back (the case moved).
    let respond_by = (chrono::Utc::now() + chrono::Duration::days(3))
        .date_naive()
        .to_string();
    let mut ids = Vec::new();
    for to in [&w.space, &w.third] {
        let created = w
            .app
            .graphql(
                Some(&w.case_manager.access_token),
                "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } } }",
                json!({ "input": { "participantId": w.participant, "toOrganisationId": to, "needDomain": "SOCIAL",
                    "reason": "Moving", "respondBy": respond_by, "kind": "TRANSFER", "send": true } }),
            )
            .await;
        ids.push(referral_id(&created));
    }
    const ACCEPT: &str = "mutation($input: ReferralStepInput!) { acceptReferral(input: $input) { referral { status } } }";
    let first = w
        .app
        .graphql(
            Some(&w.receivers[0].access_token),
            ACCEPT,
            json!({ "input": { "id": ids[0], "version": 1 } }),
        )
        .await;
    assert_eq!(
        first["data"]["acceptReferral"]["referral"]["status"], "ACCEPTED",
        "{first}"
    );
    let second = w
        .app
        .graphql(
            Some(&third_staff.access_token),
            ACCEPT,
            json!({ "input": { "id": ids[1], "version": 1 } }),
        )
        .await;
    assert_eq!(error_code(&second), Some("CONFLICT"), "{second}");

    tokio::time::sleep(Duration::from_millis(500)).await;
    let inbox = w
        .app
        .graphql(Some(&w.case_manager.access_token), INBOX, json!({}))
        .await;
    let accepted: Vec<&Value> = inbox["data"]["notifications"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .filter(|e| e["node"]["kind"] == "REFERRAL_ACCEPTED")
        .collect();
    assert_eq!(accepted.len(), 1, "{inbox}");
    assert_eq!(accepted[0]["node"]["subjectId"], ids[0].as_str());
    let to_referrer: Vec<_> = w
        .smtp
        .received()
        .into_iter()
        .filter(|m| m.to() == "nina@most.test")
        .collect();
    assert_eq!(
        to_referrer.len(),
        1,
        "one e-mail for the acceptance that happened"
    );
}

const SUBSCRIPTION: &str = "subscription { notificationReceived { kind subjectId title } }";

/// A graphql-transport-ws client subscribed to `notificationReceived`.
async fn subscribe(
    app: &TestApp,
    session: &Session,
) -> tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>> {
    let url = format!("{}/graphql/ws", app.address.replace("http://", "ws://"));
    let mut request = url.into_client_request().expect("request");
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().expect("header"),
    );
    let (mut socket, _) = tokio_tungstenite::connect_async(request)
        .await
        .expect("connect");
    let init = json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {}", session.access_token) } });
    socket
        .send(WsMessage::Text(init.to_string().into()))
        .await
        .expect("init");
    let ack = socket.next().await.expect("ack").expect("ack");
    assert!(
        ack.to_text().unwrap_or_default().contains("connection_ack"),
        "{ack:?}"
    );
    let subscribe = json!({ "id": "1", "type": "subscribe", "payload": { "query": SUBSCRIPTION } });
    socket
        .send(WsMessage::Text(subscribe.to_string().into()))
        .await
        .expect("subscribe");
    socket
}

async fn next_event(
    socket: &mut tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
    wait: Duration,
) -> Option<Value> {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let message = tokio::time::timeout_at(deadline, socket.next())
            .await
            .ok()??
            .ok()?;
        let value: Value = serde_json::from_str(message.to_text().ok()?).ok()?;
        if value["type"] == "next" {
            // Each event is an answer to the subscription, checked as every answer is.
            skupaj_tests::spec_check::assert_answer(SUBSCRIPTION, &json!({}), &value["payload"]);
            return Some(value["payload"]["data"]["notificationReceived"].clone());
        }
    }
}

#[tokio::test]
async fn a_subscriber_receives_their_own_notifications_and_never_anothers() {
    let w = world(SmtpServer::start().await, |_| {}).await;
    let admin = w.app.platform_admin().await;
    let third_staff = member_in(&w.app, &admin, &w.third, "petra@tretja.test", "STAFF", "sl").await;
    let mut olena = subscribe(&w.app, &w.receivers[0]).await;
    let mut petra = subscribe(&w.app, &third_staff).await;
    tokio::time::sleep(Duration::from_millis(200)).await;

    let id = referral_id(
        &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
    );
    let event = next_event(&mut olena, Duration::from_secs(10))
        .await
        .expect("Olena's notification");
    assert_eq!(event["kind"], "REFERRAL_RECEIVED");
    assert_eq!(event["subjectId"], id.as_str());
    assert_eq!(event["title"], "Нове направлення для вашої організації");
    assert!(
        next_event(&mut petra, Duration::from_secs(1))
            .await
            .is_none(),
        "Petra's organisation was not referred to"
    );

    let to_third = referral_id(
        &create_referral(&w.app, &w.case_manager, &w.participant, &w.third, true).await,
    );
    let event = next_event(&mut petra, Duration::from_secs(10))
        .await
        .expect("Petra's notification");
    assert_eq!(event["subjectId"], to_third.as_str());
    assert!(
        next_event(&mut olena, Duration::from_secs(1))
            .await
            .is_none(),
        "not Olena's"
    );

    // A subscription ends with its session: Nina subscribes, signs out of that session, and
    // hears nothing live of Petra's decline; it is still in her inbox.
    let mut nina = subscribe(&w.app, &w.case_manager).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let signed_out = w
        .app
        .graphql(
            Some(&w.case_manager.access_token),
            "mutation { logout(input: {}) { endedSessions } }",
            json!({}),
        )
        .await;
    assert_eq!(
        signed_out["data"]["logout"]["endedSessions"], 1,
        "{signed_out}"
    );
    let declined = w
        .app
        .graphql(
            Some(&third_staff.access_token),
            "mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { referral { status } } }",
            json!({ "input": { "id": to_third, "version": 1, "reason": "NO_CAPACITY", "comment": "Full until spring" } }),
        )
        .await;
    assert_eq!(
        declined["data"]["declineReferral"]["referral"]["status"], "DECLINED",
        "{declined}"
    );
    assert!(
        next_event(&mut nina, Duration::from_secs(2))
            .await
            .is_none(),
        "a signed-out session receives nothing"
    );
    let again = w.app.login("nina@most.test", PASSWORD).await;
    let inbox = w
        .app
        .graphql(Some(&again.access_token), INBOX, json!({}))
        .await;
    assert_eq!(
        inbox["data"]["notifications"]["edges"][0]["node"]["kind"], "REFERRAL_DECLINED",
        "{inbox}"
    );
}

#[tokio::test]
async fn a_websocket_without_a_valid_token_is_refused() {
    let app = TestApp::spawn().await;
    let url = format!("{}/graphql/ws", app.address.replace("http://", "ws://"));
    let mut request = url.into_client_request().expect("request");
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().expect("header"),
    );
    let (mut socket, _) = tokio_tungstenite::connect_async(request)
        .await
        .expect("connect");
    let init =
        json!({ "type": "connection_init", "payload": { "Authorization": "Bearer forged" } });
    socket
        .send(WsMessage::Text(init.to_string().into()))
        .await
        .expect("init");
    let answer = tokio::time::timeout(Duration::from_secs(5), socket.next())
        .await
        .expect("an answer");
    let acknowledged = answer
        .and_then(|m| m.ok())
        .and_then(|m| m.to_text().ok().map(str::to_owned))
        .is_some_and(|text| text.contains("connection_ack"));
    assert!(!acknowledged, "a forged token must not be acknowledged");
}

#[tokio::test]
async fn two_instances_deliver_each_email_once_and_share_live_events() {
    let smtp = SmtpServer::start().await;
    let w = world(smtp, |_| {}).await;
    if !w.app.database_url().starts_with("postgres") {
        // Several instances share one PostgreSQL; on SQLite there is one instance by design.
        return;
    }
    let url = w.smtp.url();
    let second = TestApp::spawn_at(w.app.database_url().to_owned(), move |settings| {
        settings.smtp_url = Some(url.into());
    })
    .await;
    // A subscriber on the second instance hears of an event raised through the first.
    let mut olena = subscribe(&second, &w.receivers[0]).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    for _ in 0..30 {
        create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await;
    }
    let event = next_event(&mut olena, Duration::from_secs(10))
        .await
        .expect("an event from the other instance");
    assert_eq!(event["kind"], "REFERRAL_RECEIVED");

    eventually("60 e-mails", async || w.smtp.received().len() >= 60).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let mut ids: Vec<String> = w.smtp.received().iter().map(|m| m.message_id()).collect();
    assert_eq!(
        ids.len(),
        60,
        "each e-mail once, whichever instance sent it"
    );
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 60);
}

/// A session tomorrow, a consent expiring within the warning span and a completion 100 days ago
/// each produce one notice per case worker, however many scans run, at once or later.
#[tokio::test]
async fn scheduled_notices_go_out_once_however_many_scans_run() {
    use crate::programmes::{enrol, enrolment_id, programme};
    use skupaj_persistence::scheduled;

    let w = world(SmtpServer::start().await, |_| {}).await;
    let staff = &w.receivers[0];
    let today = chrono::Utc::now().date_naive();
    let day = |offset: i64| today + chrono::Duration::days(offset);

    // Bor has a place in a course that meets tomorrow at nine and again in three days.
    let course = programme(
        &w.app,
        staff,
        json!({ "startsOn": day(-1).to_string() }),
        true,
    )
    .await;
    let bor = register_participant(&w.app, staff, "Bor").await;
    enrolment_id(&enrol(&w.app, staff, &course, &bor, None).await);
    for offset in [1, 3] {
        let answer = w.app.graphql(
            Some(&staff.access_token),
            "mutation($input: AddProgrammeSessionInput!) { addProgrammeSession(input: $input) { session { id } } }",
            json!({ "input": { "programmeId": course, "startsAt": format!("{}T09:00:00Z", day(offset)), "endsAt": format!("{}T12:00:00Z", day(offset)) } }),
        ).await;
        assert!(answer["errors"].is_null(), "{answer}");
    }
    // Cvetka completed another course 100 days ago: her 3-month follow-up is due.
    let earlier = programme(
        &w.app,
        staff,
        json!({ "startsOn": day(-200).to_string(), "minAttendancePercent": 0 }),
        true,
    )
    .await;
    let cvetka = register_participant(&w.app, staff, "Cvetka").await;
    let place = enrolment_id(&enrol(&w.app, staff, &earlier, &cvetka, None).await);
    let done = w.app.graphql(
        Some(&staff.access_token),
        "mutation($input: CompleteEnrolmentInput!) { completeEnrolment(input: $input) { enrolment { status } } }",
        json!({ "input": { "id": place, "modulesCompleted": [], "completedOn": day(-100).to_string() } }),
    ).await;
    assert_eq!(
        done["data"]["completeEnrolment"]["enrolment"]["status"], "COMPLETED",
        "{done}"
    );
    // Bor's consent runs out in a week; Cvetka's in a month (too early to warn).
    for (who, expires) in [(&bor, day(7)), (&cvetka, day(30))] {
        let answer = w.app.graphql(
            Some(&staff.access_token),
            "mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } } }",
            json!({ "input": { "participantId": who, "purpose": "REFERRAL", "coveredOrganisationIds": [w.third],
                "fieldGroups": ["IDENTITY"], "method": "WRITTEN", "language": "sl", "expiresAt": format!("{expires}T12:00:00Z") } }),
        ).await;
        assert!(answer["errors"].is_null(), "{answer}");
    }

    // The two confirmations of a place went out to both staff already.
    eventually("four confirmations", async || w.smtp.received().len() == 4).await;

    // Two scans race (two instances); a third runs later the same day, a fourth tomorrow.
    let (first, second) = tokio::join!(
        scheduled::send_due_notices(&w.app.db, today),
        scheduled::send_due_notices(&w.app.db, today)
    );
    let (first, second) = (first.expect("scan"), second.expect("scan"));
    assert_eq!(
        first.session_reminders + second.session_reminders,
        1,
        "{first:?} {second:?}"
    );
    assert_eq!(first.consents_expiring + second.consents_expiring, 1);
    assert_eq!(first.follow_ups_due + second.follow_ups_due, 1);
    let later = scheduled::send_due_notices(&w.app.db, today)
        .await
        .expect("scan");
    assert_eq!(later.total(), 0, "{later:?}");
    let tomorrow = scheduled::send_due_notices(&w.app.db, day(1))
        .await
        .expect("scan");
    assert_eq!(tomorrow.total(), 0, "{tomorrow:?}");

    // Both staff of the space (it runs the courses and supports Bor and Cvetka) hear of each,
    // in the app and by e-mail in their language; the NGO, which is not involved, hears nothing.
    for receiver in &w.receivers {
        let inbox = w
            .app
            .graphql(Some(&receiver.access_token), INBOX, json!({}))
            .await;
        let mut kinds: Vec<String> = inbox["data"]["notifications"]["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .map(|e| e["node"]["kind"].as_str().unwrap_or_default().to_owned())
            .filter(|kind| kind != "ENROLMENT_CONFIRMED")
            .collect();
        kinds.sort();
        assert_eq!(
            kinds,
            ["CONSENT_EXPIRING", "FOLLOW_UP_DUE", "SESSION_REMINDER"],
            "{inbox}"
        );
    }
    let ngo = w
        .app
        .graphql(Some(&w.case_manager.access_token), INBOX, json!({}))
        .await;
    assert_eq!(ngo["data"]["unreadNotificationCount"], 0, "{ngo}");

    eventually("six more e-mails", async || w.smtp.received().len() >= 10).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mail = w.smtp.received();
    assert_eq!(mail.len(), 10, "each notice once per recipient");
    assert!(
        mail.iter()
            .any(|m| m.to() == "olena@fablab.test" && m.subject() == "Завтра заняття"),
        "Olena's reminder is in Ukrainian"
    );
    for m in &mail {
        assert!(
            !m.text().contains("Bor") && !m.text().contains("Cvetka"),
            "no names in e-mails"
        );
    }
}

/// On PostgreSQL one instance at a time runs the scheduled scan; the lock frees when dropped.
#[tokio::test]
async fn one_instance_at_a_time_holds_the_scan_lock() {
    use skupaj_persistence::scheduled::try_scan_lock;

    let app = TestApp::spawn().await;
    let first = try_scan_lock(&app.db).await.expect("lock query");
    assert!(first.is_some(), "a free lock is granted");
    if !app.database_url().starts_with("postgres") {
        // One SQLite instance by design: the lock is always granted.
        return;
    }
    let second = try_scan_lock(&app.db).await.expect("lock query");
    assert!(second.is_none(), "a held lock is refused");
    first.expect("granted").release().await.expect("released");
    let third = try_scan_lock(&app.db).await.expect("lock query");
    assert!(third.is_some(), "a dropped lock is free again");
}

#[tokio::test]
async fn an_e_mail_link_opens_its_notification_for_its_recipient_only() {
    let w = world(SmtpServer::start().await, |_| {}).await;
    let olena = &w.receivers[0];
    create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await;
    let inbox = w
        .app
        .graphql(Some(&olena.access_token), INBOX, json!({}))
        .await;
    let listed = inbox["data"]["notifications"]["edges"][0]["node"].clone();
    let id = listed["id"].as_str().expect("a notification").to_owned();
    const ONE: &str =
        "query($id: ID!) { notification(id: $id) { id kind subjectId title readAt } }";

    let opened = w
        .app
        .graphql(Some(&olena.access_token), ONE, json!({ "id": id }))
        .await;
    assert_eq!(opened["data"]["notification"], listed, "{opened}");

    // Someone else's, a made-up one and a malformed id are all just not there.
    let theirs = w
        .app
        .graphql(Some(&w.case_manager.access_token), ONE, json!({ "id": id }))
        .await;
    assert_eq!(error_code(&theirs), Some("NOT_FOUND"), "{theirs}");
    assert!(theirs["data"]["notification"].is_null());
    for made_up in ["0190d5e4-7a1b-7cc3-9a4e-1f2e3d4c5b6a", "not-an-id"] {
        let answer = w
            .app
            .graphql(Some(&olena.access_token), ONE, json!({ "id": made_up }))
            .await;
        assert_eq!(error_code(&answer), Some("NOT_FOUND"), "{answer}");
    }
    let anonymous = w.app.graphql(None, ONE, json!({ "id": id })).await;
    assert_eq!(
        error_code(&anonymous),
        Some("UNAUTHENTICATED"),
        "{anonymous}"
    );
}
