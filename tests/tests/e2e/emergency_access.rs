//! Emergency access ("break-the-glass", issue 17 part 5): a case worker of an organisation
//! engaged through an open referral may read, for a limited time and giving a reason, what the
//! consent withholds; every read under it is audited with the reason, the owner's admins and
//! the auditors hear of it at once, and it ends on time.

use std::time::Duration;

use serde_json::{Value, json};
use skupaj_domain::membership::PlatformRole;
use skupaj_tests::fixtures::Case;
use skupaj_tests::smtp::SmtpServer;
use skupaj_tests::{Session, TestApp, create_referral, error_code, error_field, referral_id};

const REQUEST: &str = "mutation($input: RequestEmergencyAccessInput!) { requestEmergencyAccess(input: $input) { grant { id participantId reason grantedAt expiresAt active holder { id } organisation { id } } } }";
const GRANTS: &str = "query($after: String) { emergencyAccessGrants(first: 10, after: $after) { edges { node { id participantId participantReferenceCode reason grantedAt expiresAt active holder { id } organisation { id } } } pageInfo { hasNextPage endCursor } } }";
const READ: &str = "query($id: ID!) { participant(id: $id) { referenceCode givenName email legalStatus countryOfOrigin skills } }";
const REASON: &str = "Medical emergency during the workshop, next of kin needed";

pub(crate) async fn request(
    app: &TestApp,
    who: &Session,
    participant: &str,
    reason: &str,
) -> Value {
    app.graphql(
        Some(&who.access_token),
        REQUEST,
        json!({ "input": { "participantId": participant, "reason": reason } }),
    )
    .await
}

pub(crate) async fn grants(app: &TestApp, who: &Session) -> Value {
    app.graphql(Some(&who.access_token), GRANTS, json!({}))
        .await
}

fn refused_on(answer: &Value, field: &str) -> bool {
    answer["errors"].as_array().is_some_and(|errors| {
        errors.iter().any(|error| {
            error["path"] == json!(["participant", field])
                && error["extensions"]["code"] == "FORBIDDEN"
        })
    })
}

/// The auditor's view of every grant (their ids).
async fn grant_count(c: &Case, auditor: &Session) -> usize {
    let answer = grants(&c.app, auditor).await;
    answer["data"]["emergencyAccessGrants"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"))
        .len()
}

#[tokio::test]
async fn refused_without_an_engaging_referral_or_a_reason() {
    let c = TestApp::with_referral_case().await;
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;

    // The consent covers the space, but no referral engages it yet.
    let answer = request(&c.app, &c.receiver, &c.participant, REASON).await;
    assert_eq!(error_code(&answer), Some("FORBIDDEN"), "{answer}");
    assert!(answer["data"].is_null(), "{answer}");
    // A participant that does not exist is refused the same way: nothing leaks.
    let nobody = uuid::Uuid::now_v7().to_string();
    let unknown = request(&c.app, &c.receiver, &nobody, REASON).await;
    assert_eq!(
        unknown["errors"][0]["extensions"],
        answer["errors"][0]["extensions"]
    );
    assert_eq!(
        unknown["errors"][0]["message"],
        answer["errors"][0]["message"]
    );

    let created = create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    let referral = referral_id(&created);
    let version = created["data"]["createReferral"]["referral"]["version"].clone();
    // An organisation with no referral for the participant, and the owner itself.
    for who in [&c.third_staff, &c.case_manager] {
        let answer = request(&c.app, who, &c.participant, REASON).await;
        assert_eq!(error_code(&answer), Some("FORBIDDEN"), "{answer}");
    }
    // Without a reason, or with too short a one.
    for reason in ["", "   ", "urgent"] {
        let answer = request(&c.app, &c.receiver, &c.participant, reason).await;
        assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
        assert_eq!(error_field(&answer), Some("reason"), "{answer}");
    }
    // Nothing was granted: the withheld fields stay withheld, the list stays empty.
    let read = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            READ,
            json!({ "id": c.participant }),
        )
        .await;
    assert!(refused_on(&read, "legalStatus"), "{read}");
    assert_eq!(grant_count(&c, &auditor).await, 0);

    // Once the referral is closed, the receiver is no longer engaged.
    let declined = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "mutation($id: ID!, $version: Int!) { declineReferral(input: { id: $id, version: $version, reason: NO_CAPACITY, comment: \"Full\" }) { referral { status } } }",
            json!({ "id": referral, "version": version }),
        )
        .await;
    assert!(declined["errors"].is_null(), "{declined}");
    let answer = request(&c.app, &c.receiver, &c.participant, REASON).await;
    assert_eq!(error_code(&answer), Some("FORBIDDEN"), "{answer}");
    assert_eq!(grant_count(&c, &auditor).await, 0);
}

/// The case, with a sent referral to the space, an org admin of the owner (reading Ukrainian)
/// and an auditor, on a server whose grants last `seconds` and whose e-mail goes to `smtp`.
async fn engaged(smtp: &SmtpServer, seconds: u64) -> (Case, Session, Session) {
    let url = smtp.url();
    let c = TestApp::with_referral_case_configured(move |settings| {
        settings.smtp_url = Some(url.into());
        settings.emergency_access_seconds = seconds;
    })
    .await;
    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    let owner_admin = c
        .app
        .member_speaking(&c.ngo, "admin@most.test", "ORG_ADMIN", "uk")
        .await;
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    (c, owner_admin, auditor)
}

#[tokio::test]
async fn a_grant_opens_the_record_to_its_holder_audits_every_read_and_ends_on_time() {
    let smtp = SmtpServer::start().await;
    let (c, owner_admin, auditor) = engaged(&smtp, 4).await;

    let before = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            READ,
            json!({ "id": c.participant }),
        )
        .await;
    assert!(refused_on(&before, "legalStatus"), "{before}");
    assert!(refused_on(&before, "skills"), "{before}");

    let answer = request(&c.app, &c.receiver, &c.participant, REASON).await;
    assert!(answer["errors"].is_null(), "{answer}");
    let grant = &answer["data"]["requestEmergencyAccess"]["grant"];
    assert_eq!(grant["reason"], REASON);
    assert_eq!(grant["active"], true);
    let granted_at: chrono::DateTime<chrono::Utc> =
        grant["grantedAt"].as_str().unwrap().parse().unwrap();
    let expires_at: chrono::DateTime<chrono::Utc> =
        grant["expiresAt"].as_str().unwrap().parse().unwrap();
    assert_eq!(expires_at - granted_at, chrono::Duration::seconds(4));

    // The holder now sees what the consent withholds.
    let during = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            READ,
            json!({ "id": c.participant }),
        )
        .await;
    assert!(during["errors"].is_null(), "{during}");
    assert_eq!(
        during["data"]["participant"]["legalStatus"],
        "INTERNATIONAL_PROTECTION"
    );
    assert_eq!(during["data"]["participant"]["countryOfOrigin"], "SY");
    assert_eq!(during["data"]["participant"]["skills"], json!(["welding"]));
    // A second read in another request is audited again.
    let again = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            READ,
            json!({ "id": c.participant }),
        )
        .await;
    assert!(again["errors"].is_null(), "{again}");
    // Only the holder: a colleague at the same organisation still sees what the consent shares.
    let colleague = c
        .app
        .graphql(
            Some(&c.receiver_colleague.access_token),
            READ,
            json!({ "id": c.participant }),
        )
        .await;
    assert!(refused_on(&colleague, "legalStatus"), "{colleague}");

    // It ends on time, checked at read time.
    let left = expires_at - chrono::Utc::now();
    if let Ok(left) = left.to_std() {
        tokio::time::sleep(left + Duration::from_millis(300)).await;
    }
    let after = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            READ,
            json!({ "id": c.participant }),
        )
        .await;
    assert!(refused_on(&after, "legalStatus"), "{after}");
    assert_eq!(
        after["data"]["participant"]["givenName"], "Amina",
        "{after}"
    );

    // Every read under the grant is in the log with its reason; the read after it is not.
    let holder = skupaj_tests::user_id(&c.app, &c.receiver).await;
    let log = c
        .app
        .graphql(
            Some(&auditor.access_token),
            "query($filter: AuditFilterInput) { auditLog(first: 100, filter: $filter) { edges { node { operation outcome reason requestId } } } }",
            json!({ "filter": { "userId": holder, "entityId": c.participant, "operation": "readParticipant" } }),
        )
        .await;
    let reads: Vec<&Value> = log["data"]["auditLog"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{log}"))
        .iter()
        .map(|edge| &edge["node"])
        .filter(|node| node["outcome"] == "ALLOWED")
        .collect();
    let under_grant = reads.iter().filter(|node| node["reason"] == REASON).count();
    assert_eq!(under_grant, 2, "{log}");
    assert_eq!(reads.len(), 4, "before, two under the grant, after: {log}");
    let grant_id = grant["id"].as_str().unwrap();
    let requested = c
        .app
        .graphql(
            Some(&auditor.access_token),
            "query($filter: AuditFilterInput) { auditLog(first: 10, filter: $filter) { edges { node { operation entityType entityId outcome } } } }",
            json!({ "filter": { "operation": "requestEmergencyAccess" } }),
        )
        .await;
    assert_eq!(
        requested["data"]["auditLog"]["edges"][0]["node"],
        json!({ "operation": "requestEmergencyAccess", "entityType": "EmergencyAccessGrant", "entityId": grant_id, "outcome": "ALLOWED" }),
        "{requested}"
    );

    // The list shows it ended.
    let listed = grants(&c.app, &auditor).await;
    assert_eq!(
        listed["data"]["emergencyAccessGrants"]["edges"][0]["node"]["active"], false,
        "{listed}"
    );
    let _ = owner_admin;
}

#[tokio::test]
async fn the_owners_admins_and_the_auditors_hear_at_once_in_their_language() {
    let smtp = SmtpServer::start().await;
    let (c, owner_admin, auditor) = engaged(&smtp, 3600).await;
    let answer = request(&c.app, &c.receiver, &c.participant, REASON).await;
    assert!(answer["errors"].is_null(), "{answer}");
    let grant = answer["data"]["requestEmergencyAccess"]["grant"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    const INBOX: &str = "{ notifications(first: 100) { edges { node { kind subjectId title } } } }";
    for who in [&owner_admin, &auditor] {
        let inbox = c
            .app
            .graphql(Some(&who.access_token), INBOX, json!({}))
            .await;
        let kinds: Vec<&Value> = inbox["data"]["notifications"]["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{inbox}"))
            .iter()
            .map(|edge| &edge["node"])
            .filter(|node| node["kind"] == "EMERGENCY_ACCESS_GRANTED")
            .collect();
        assert_eq!(kinds.len(), 1, "{inbox}");
        assert_eq!(kinds[0]["subjectId"], grant.as_str());
    }
    // Nobody else: not the holder, not the owner's case manager.
    for who in [&c.receiver, &c.case_manager] {
        let inbox = c
            .app
            .graphql(Some(&who.access_token), INBOX, json!({}))
            .await;
        assert!(
            !inbox.to_string().contains("EMERGENCY_ACCESS_GRANTED"),
            "{inbox}"
        );
    }

    // The e-mails: each in its reader's language, naming nobody.
    let code = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { participant(id: $id) { referenceCode } }",
            json!({ "id": c.participant }),
        )
        .await["data"]["participant"]["referenceCode"]
        .as_str()
        .unwrap()
        .to_owned();
    for (address, subject) in [
        ("admin@most.test", "Надано екстрений доступ"),
        ("audit@skupaj.test", "Emergency access was granted"),
    ] {
        let mut mail = Vec::new();
        for _ in 0..300 {
            mail = smtp
                .received()
                .into_iter()
                .filter(|m| m.to() == address && m.subject() == subject)
                .collect();
            if !mail.is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(mail.len(), 1, "{address} got no e-mail titled {subject}");
        let text = mail[0].text();
        for personal in ["Amina", "Haddad", code.as_str(), REASON] {
            assert!(!text.contains(personal), "{text}");
        }
    }
}

#[tokio::test]
async fn auditors_list_every_grant_and_owners_admins_their_own() {
    let smtp = SmtpServer::start().await;
    let (c, owner_admin, auditor) = engaged(&smtp, 3600).await;
    let answer = request(&c.app, &c.receiver, &c.participant, REASON).await;
    assert!(answer["errors"].is_null(), "{answer}");
    let grant = answer["data"]["requestEmergencyAccess"]["grant"].clone();
    let holder = skupaj_tests::user_id(&c.app, &c.receiver).await;
    let code = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { participant(id: $id) { referenceCode } }",
            json!({ "id": c.participant }),
        )
        .await["data"]["participant"]["referenceCode"]
        .clone();

    for who in [&auditor, &owner_admin] {
        let listed = grants(&c.app, who).await;
        assert!(listed["errors"].is_null(), "{listed}");
        let edges = listed["data"]["emergencyAccessGrants"]["edges"]
            .as_array()
            .unwrap();
        assert_eq!(edges.len(), 1, "{listed}");
        let node = &edges[0]["node"];
        assert_eq!(node["id"], grant["id"]);
        assert_eq!(node["participantId"], c.participant.as_str());
        assert_eq!(node["participantReferenceCode"], code);
        assert_eq!(node["reason"], REASON);
        assert_eq!(node["holder"]["id"], holder.as_str());
        assert_eq!(node["organisation"]["id"], c.space.as_str());
        assert_eq!(node["active"], true);
        assert_eq!(node["expiresAt"], grant["expiresAt"]);
    }

    // The admin of another organisation lists none of it (theirs are empty).
    let space_admin = c
        .app
        .member(&c.admin, &c.space, "admin@fablab.test", "ORG_ADMIN")
        .await;
    let theirs = grants(&c.app, &space_admin).await;
    assert_eq!(
        theirs["data"]["emergencyAccessGrants"]["edges"],
        json!([]),
        "{theirs}"
    );
}
