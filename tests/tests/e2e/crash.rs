//! A crash (SIGKILL of the server process under write load) never leaves a committed mutation
//! without its audit entry, and loses nothing that was acknowledged.

use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use sea_orm::{ConnectionTrait, Statement};
use skupaj_tests::TestApp;
use skupaj_tests::process::ServerProcess;

use crate::shutdown::{CREATE, create_input, post};

#[tokio::test]
async fn a_killed_server_leaves_no_committed_mutation_without_its_audit_entry() {
    let c = TestApp::with_referral_case_configured(|_| {}).await;
    let token = c.case_manager.access_token.clone();
    let client = reqwest::Client::new();
    let mut acknowledged = Vec::new();
    for round in 0..3u64 {
        let mut server = ServerProcess::start(
            env!("CARGO_BIN_EXE_skupaj-test-server"),
            c.app.database_url(),
            &[],
            Stdio::null(),
        );
        let address = server.address();
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
        server.child.kill().expect("SIGKILL");
        server.child.wait().expect("reap");
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
