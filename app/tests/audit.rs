//! The audit log's use cases, without HTTP, on a real SQLite database: auditors read it, nobody
//! else opens it, and what an export appends is there to read.

use skupaj_app::audit::AuditFilter;
use skupaj_app::{App, AppError};
use skupaj_domain::DomainError;
use skupaj_domain::access::{ActingMembership, Actor};
use skupaj_domain::audit::{AuditOutcome, AuditRecord};
use skupaj_domain::membership::{MembershipRole, PlatformRole};
use skupaj_domain::organisation::OrganisationKind;
use uuid::Uuid;

async fn app() -> App {
    let path = std::env::temp_dir().join(format!("skupaj-app-audit-{}.db", Uuid::now_v7()));
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let db = skupaj_persistence::database::connect(&url)
        .await
        .expect("connect");
    skupaj_persistence::database::migrate(&db)
        .await
        .expect("migrate");
    App::new(db)
}

fn platform(role: PlatformRole) -> Actor {
    Actor {
        user_id: Uuid::now_v7(),
        platform_role: Some(role),
        acting: None,
    }
}

fn member(role: MembershipRole) -> Actor {
    Actor {
        user_id: Uuid::now_v7(),
        platform_role: None,
        acting: Some(ActingMembership {
            organisation_id: Uuid::now_v7(),
            organisation_kind: OrganisationKind::Ngo,
            organisation_municipality: "Ljubljana".to_owned(),
            role,
        }),
    }
}

fn export_by(actor: &Actor, request_id: &str) -> AuditRecord {
    AuditRecord {
        user_id: Some(actor.user_id),
        organisation_id: actor.organisation_id(),
        role: actor.role(),
        operation: "exportReferrals".to_owned(),
        entity_type: Some("Referral".to_owned()),
        entity_id: None,
        outcome: AuditOutcome::Allowed,
        client_address: Some("192.0.2.7".to_owned()),
        request_id: Some(request_id.to_owned()),
        reason: None,
    }
}

#[tokio::test]
async fn an_auditor_reads_what_an_export_appended() {
    let app = app().await;
    let case_manager = member(MembershipRole::CaseManager);
    app.acting_as(&case_manager)
        .audit_log()
        .append(vec![export_by(&case_manager, "req-1")])
        .await
        .expect("append");

    let auditor = platform(PlatformRole::Auditor);
    let page = app
        .acting_as(&auditor)
        .audit_log()
        .open()
        .expect("auditors open the log")
        .list(&AuditFilter::default(), None, 20)
        .await
        .expect("list");
    assert_eq!(page.items.len(), 1);
    let entry = &page.items[0].entry;
    assert_eq!(entry.operation, "exportReferrals");
    assert_eq!(entry.user_id, Some(case_manager.user_id));
    assert_eq!(entry.organisation_id, case_manager.organisation_id());
    assert_eq!(entry.entity_type.as_deref(), Some("Referral"));
    assert_eq!(entry.outcome, AuditOutcome::Allowed);
    assert_eq!(entry.request_id.as_deref(), Some("req-1"));
}

#[tokio::test]
async fn the_filter_narrows_the_log_and_pages_follow_on() {
    let app = app().await;
    let staff = member(MembershipRole::Staff);
    let records = ["req-a", "req-b", "req-b"]
        .into_iter()
        .map(|request| export_by(&staff, request))
        .collect();
    app.acting_as(&staff)
        .audit_log()
        .append(records)
        .await
        .expect("append");

    let auditor = platform(PlatformRole::Auditor);
    let log = app.acting_as(&auditor).audit_log().open().expect("open");
    let only_b = AuditFilter {
        request_id: Some("req-b".to_owned()),
        ..AuditFilter::default()
    };
    let first = log.list(&only_b, None, 1).await.expect("first page");
    assert_eq!(first.items.len(), 1);
    assert!(first.has_next_page);
    let after = first.items[0].entry.id;
    let second = log
        .list(&only_b, Some(after), 1)
        .await
        .expect("second page");
    assert_eq!(second.items.len(), 1);
    assert!(!second.has_next_page);
    assert_ne!(second.items[0].entry.id, after);
    for line in first.items.iter().chain(&second.items) {
        assert_eq!(line.entry.request_id.as_deref(), Some("req-b"));
    }
}

#[tokio::test]
async fn nobody_but_an_auditor_opens_the_log() {
    let app = app().await;
    let staff = member(MembershipRole::Staff);
    app.acting_as(&staff)
        .audit_log()
        .append(vec![export_by(&staff, "req-1")])
        .await
        .expect("append");
    for actor in [
        platform(PlatformRole::PlatformAdmin),
        member(MembershipRole::OrgAdmin),
        member(MembershipRole::Analyst),
        staff,
    ] {
        let refused = app.acting_as(&actor).audit_log().open();
        assert!(
            matches!(refused, Err(AppError::Refused(DomainError::Forbidden))),
            "{actor:?} opened the log"
        );
    }
}
