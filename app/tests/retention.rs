//! Retention without HTTP, on a SQLite file, with the clock moved rather than waited for: a
//! record is kept while it has been active within the period, and anonymised as erasure does,
//! once, when the period has run out.

mod common;

use chrono::{Duration, Utc};
use skupaj_app::retention::{OPERATION, RetentionRun};
use skupaj_domain::erasure::ERASED;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::participant::ParticipantInput;
use skupaj_domain::retention::RetentionPolicy;

use common::{app, audit_entries, audited, member, organisation};

#[tokio::test]
async fn a_record_is_kept_within_the_period_and_anonymised_once_after_it() {
    let (app, db) = app().await;
    let ngo = organisation(&db, "Društvo Most").await;
    let (_, cm) = member(
        &db,
        &ngo,
        "nina@most.test",
        "Nina",
        MembershipRole::CaseManager,
    )
    .await;
    let input = ParticipantInput {
        given_name: "Omar".to_owned(),
        preferred_language: "ar".to_owned(),
        ..ParticipantInput::default()
    };
    let omar = audited(&cm, "registerParticipant", async {
        app.acting_as(&cm)
            .participants()
            .register(input, true)
            .await
    })
    .await
    .0
    .expect("registered")
    .participant
    .expect("a participant")
    .participant
    .id;
    let retention = app.retention(RetentionPolicy::default());
    let run = |now| async move {
        match retention.run(now).await.expect("runs") {
            RetentionRun::Done(report) => report,
            RetentionRun::Busy => panic!("nobody else holds the lock"),
        }
    };

    // Registered today: a day on, nothing is due.
    let tomorrow = Utc::now() + Duration::days(1);
    assert_eq!(
        retention
            .dry_run(tomorrow)
            .await
            .expect("counts")
            .participants,
        0
    );
    assert_eq!(run(tomorrow).await.participants, 0);
    let kept = app
        .acting_as(&cm)
        .participants()
        .get(omar)
        .await
        .expect("read");
    assert_eq!(kept.participant.profile.given_name, "Omar");

    // 25 months on, the record is due: the dry run counts it and changes nothing.
    let later = Utc::now() + Duration::days(25 * 31);
    assert_eq!(
        retention.dry_run(later).await.expect("counts").participants,
        1
    );
    let still = app
        .acting_as(&cm)
        .participants()
        .get(omar)
        .await
        .expect("read");
    assert_eq!(still.participant.profile.given_name, "Omar");
    let report = run(later).await;
    assert_eq!(report.participants, 1, "{report:?}");
    assert!(report.failed.is_empty(), "{report:?}");
    let erased = app
        .acting_as(&cm)
        .participants()
        .get(omar)
        .await
        .expect("read");
    assert_eq!(erased.participant.profile.given_name, ERASED);
    assert_eq!(erased.participant.profile.family_name, None);

    // Twice is once: nothing more, and one audit entry names the erasure, not the person, and
    // no one as who erased.
    assert_eq!(run(later).await.participants, 0);
    let entries = audit_entries(&db, OPERATION).await;
    let erasures: Vec<_> = entries
        .iter()
        .filter(|entry| entry.entity_type.as_deref() == Some("Erasure"))
        .collect();
    assert_eq!(erasures.len(), 1, "{entries:?}");
    assert_eq!(erasures[0].user_id, None);
    assert_ne!(erasures[0].entity_id, Some(omar));
}
