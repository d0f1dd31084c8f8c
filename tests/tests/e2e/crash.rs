//! A crash (SIGKILL of the server process under write load) never leaves a committed mutation
//! without its audit entry, and loses nothing that was acknowledged.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use sea_orm::{ConnectionTrait, Statement};
use skupaj_tests::TEST_JWT_SECRET;

use crate::shutdown::{CREATE, create_input, post};
use crate::support::case_with;

/// The test server as a child process on `database_url`, and the port it listens on.
fn start_child(database_url: &str) -> (Child, u16) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_skupaj-test-server"))
        .env("SKUPAJ_DATABASE_URL", database_url)
        .env("SKUPAJ_BIND_ADDRESS", "127.0.0.1:0")
        .env("SKUPAJ_JWT_SECRET", TEST_JWT_SECRET)
        .env("SKUPAJ_SCHEDULE_INTERVAL_SECONDS", "0")
        .env("SKUPAJ_MAIL_FOLDER", "")
        .env("SKUPAJ_LOG_FILTER", "error")
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the test server");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("the port line");
    let port = line.trim().parse().expect("a port");
    (child, port)
}

#[tokio::test]
async fn a_killed_server_leaves_no_committed_mutation_without_its_audit_entry() {
    let c = case_with(|_| {}).await;
    let token = c.case_manager.access_token.clone();
    let client = reqwest::Client::new();
    let mut acknowledged = Vec::new();
    for round in 0..3u64 {
        let (mut child, port) = start_child(c.app.database_url());
        let address = format!("http://127.0.0.1:{port}");
        let stop = Arc::new(AtomicBool::new(false));
        let mut writers = Vec::new();
        for _ in 0..8 {
            let (client, address, token, stop) =
                (client.clone(), address.clone(), token.clone(), stop.clone());
            let input = create_input(&c);
            writers.push(tokio::spawn(async move {
                let mut ids = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    match post(&client, &address, &token, CREATE, input.clone()).await {
                        Ok((_, _, body)) => {
                            if let Some(id) =
                                body["data"]["createReferral"]["referral"]["id"].as_str()
                            {
                                ids.push(id.to_owned());
                            }
                        }
                        Err(_) => break, // the server is gone
                    }
                }
                ids
            }));
        }
        // Mid-load, at a different moment each round.
        tokio::time::sleep(Duration::from_millis(400 + 170 * round)).await;
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        stop.store(true, Ordering::Relaxed);
        for writer in writers {
            acknowledged.extend(writer.await.expect("writer"));
        }
    }
    assert!(
        !acknowledged.is_empty(),
        "no referral was written before the kills"
    );

    let db = &c.app.db;
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(Statement::from_string(backend, "SELECT id FROM referrals"))
        .await
        .expect("referrals");
    let committed: Vec<String> = rows
        .iter()
        .map(|row| {
            row.try_get::<uuid::Uuid>("", "id")
                .expect("an id")
                .to_string()
        })
        .collect();
    // Nothing acknowledged was lost.
    for id in &acknowledged {
        assert!(
            committed.contains(id),
            "acknowledged referral {id} is missing"
        );
    }
    // Every referral that committed, acknowledged or not, has its audit entry.
    let unaudited = db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT COUNT(*) AS n FROM referrals r WHERE NOT EXISTS (SELECT 1 FROM audit_log a \
             WHERE a.entity_id = r.id AND a.operation = 'createReferral' AND a.outcome = 'ALLOWED')",
        ))
        .await
        .expect("count")
        .expect("a row")
        .try_get::<i64>("", "n")
        .expect("a count");
    eprintln!(
        "{} referrals committed across three kills, {} acknowledged",
        committed.len(),
        acknowledged.len()
    );
    assert_eq!(
        unaudited, 0,
        "committed referrals without their audit entry"
    );
}
