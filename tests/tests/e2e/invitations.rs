//! Invitations: an organisation admin invites an address; the answer is the same whether it has
//! an account or not; the invited person hears of it in-app and by e-mail and alone decides.

use std::time::Duration;

use serde_json::{Value, json};
use skupaj_domain::membership::PlatformRole;
use skupaj_tests::fixtures::Platform;
use skupaj_tests::smtp::SmtpServer;
use skupaj_tests::{
    INVITE, PASSWORD, Session, TestApp, error_code, error_field, invitation_id,
    register_participant,
};

const MY_INVITATIONS: &str =
    "{ myInvitations { edges { node { id status role email organisation { name } } } } }";
const INBOX: &str =
    "{ unreadNotificationCount notifications { edges { node { kind subjectId readAt } } } }";
const DECLINE: &str = "mutation($input: AnswerInvitationInput!) { declineInvitation(input: $input) { invitation { id status answeredAt } membership { id } } }";
const MEMBERS: &str = "query($id: ID!) { organisation(id: $id) { members(first: 10) { edges { node { role user { email } } } } } }";

/// Waits (up to 30 s) until `done` holds.
async fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..300 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for {what}");
}

/// An answer with what must differ between two invitations (ids, times, the address) blanked.
fn without_ids(answer: &Value, email: &str) -> Value {
    assert_eq!(
        answer["data"]["addMember"]["invitation"]["email"], email,
        "{answer}"
    );
    let mut answer = answer.clone();
    let invitation = &mut answer["data"]["addMember"]["invitation"];
    for key in ["id", "createdAt", "expiresAt"] {
        assert!(invitation[key].is_string(), "{key}");
        invitation[key] = json!("…");
    }
    invitation["email"] = json!("…");
    answer
}

struct World {
    app: TestApp,
    admin: Session,
    most: String,
    boss: Session,
    /// An existing account, a member of another organisation.
    luka: Session,
}

async fn world(configure: impl FnOnce(&mut skupaj_api::Settings)) -> World {
    let Platform { app, admin } = TestApp::with_admin_configured(configure).await;
    let most = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    let tkalnica = app.organisation(&admin, "CWCS", "Tkalnica", "Kranj").await;
    let boss = app
        .member(&admin, &most, "boss@most.test", "ORG_ADMIN")
        .await;
    let luka = app
        .member_speaking(&tkalnica, "luka@tkalnica.test", "STAFF", "uk")
        .await;
    World {
        app,
        admin,
        most,
        boss,
        luka,
    }
}

#[tokio::test]
async fn an_existing_and_a_new_address_get_the_same_answer() {
    let w = world(|_| {}).await;
    let existing = w
        .app
        .invite(&w.boss, &w.most, "Luka@Tkalnica.test", "STAFF")
        .await;
    let new = w
        .app
        .invite(&w.boss, &w.most, "Nobody@Most.test", "STAFF")
        .await;
    assert!(existing["errors"].is_null(), "{existing}");
    assert_eq!(
        existing["data"]["addMember"]["invitation"]["status"],
        "PENDING"
    );
    assert_eq!(
        without_ids(&existing, "luka@tkalnica.test"),
        without_ids(&new, "nobody@most.test")
    );

    // Refusals do not tell the two apart either: every field is checked in both cases.
    for (field, display_name, password) in [
        ("displayName", "", PASSWORD),
        ("initialPassword", "Someone", "short"),
    ] {
        let mut answers = Vec::new();
        for email in ["luka@tkalnica.test", "another@most.test"] {
            let answer = w
                .app
                .graphql(
                    Some(&w.boss.access_token),
                    INVITE,
                    json!({ "input": { "organisationId": w.most, "email": email, "role": "STAFF",
                            "displayName": display_name, "initialPassword": password } }),
                )
                .await;
            assert_eq!(error_field(&answer), Some(field), "{answer}");
            answers.push(answer);
        }
        assert_eq!(answers[0], answers[1]);
    }
    // An existing account keeps its own password and joins nowhere by being invited.
    let luka = w.app.login("luka@tkalnica.test", PASSWORD).await;
    let me = w
        .app
        .graphql(
            Some(&luka.access_token),
            "{ me { actingOrganisation { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(me["data"]["me"]["actingOrganisation"]["name"], "Tkalnica");
    let members = w
        .app
        .graphql(Some(&w.boss.access_token), MEMBERS, json!({ "id": w.most }))
        .await;
    assert_eq!(
        members["data"]["organisation"]["members"]["edges"]
            .as_array()
            .map(Vec::len),
        Some(1),
        "{members}"
    );
}

#[tokio::test]
async fn the_invited_person_hears_in_app_and_by_email_and_accepting_lets_them_work_there() {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let w = world(move |settings| settings.smtp_url = Some(url.into())).await;
    let invited = w
        .app
        .invite(&w.boss, &w.most, "luka@tkalnica.test", "CASE_MANAGER")
        .await;
    let id = invitation_id(&invited);
    let newcomer = w
        .app
        .invite(&w.boss, &w.most, "mila@most.test", "STAFF")
        .await;
    invitation_id(&newcomer);

    // In-app: the notification and the invitation itself.
    let inbox = w
        .app
        .graphql(Some(&w.luka.access_token), INBOX, json!({}))
        .await;
    assert_eq!(inbox["data"]["unreadNotificationCount"], 1, "{inbox}");
    let node = &inbox["data"]["notifications"]["edges"][0]["node"];
    assert_eq!(node["kind"], "INVITATION_RECEIVED");
    assert_eq!(node["subjectId"], id.as_str());
    let mine = w
        .app
        .graphql(Some(&w.luka.access_token), MY_INVITATIONS, json!({}))
        .await;
    let edges = mine["data"]["myInvitations"]["edges"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(edges.len(), 1, "{mine}");
    assert_eq!(edges[0]["node"]["id"], id.as_str());
    assert_eq!(edges[0]["node"]["organisation"]["name"], "Most");
    assert_eq!(edges[0]["node"]["role"], "CASE_MANAGER");

    // By e-mail: to both addresses, in the recipient's language, a link and no personal data.
    eventually("two e-mails", || smtp.received().len() == 2).await;
    let mail = smtp.received();
    let to_luka = mail
        .iter()
        .find(|m| m.to() == "luka@tkalnica.test")
        .expect("Luka's e-mail");
    assert_eq!(
        to_luka.subject(),
        "Вас запрошують приєднатися до організації"
    );
    let to_mila = mail
        .iter()
        .find(|m| m.to() == "mila@most.test")
        .expect("Mila's e-mail");
    assert_eq!(to_mila.subject(), "Vabljeni ste v organizacijo");
    for message in &mail {
        assert!(
            message.text().contains("/notifications/"),
            "{}",
            message.text()
        );
        for secret in ["Most", "Test Person", "boss@most.test", "CASE_MANAGER"] {
            assert!(
                !message.text().contains(secret),
                "{secret}: {}",
                message.text()
            );
            assert!(!message.subject().contains(secret), "{secret}");
        }
    }

    // Before accepting, Luka cannot act in Most.
    const SWITCH: &str = "mutation($input: SwitchOrganisationInput!) { switchOrganisation(input: $input) { accessToken } }";
    let early = w
        .app
        .graphql(
            Some(&w.luka.access_token),
            SWITCH,
            json!({ "input": { "organisationId": w.most } }),
        )
        .await;
    assert_eq!(error_code(&early), Some("FORBIDDEN"), "{early}");

    let accepted = w.app.accept_invitation(&w.luka, &id).await;
    let payload = &accepted["data"]["acceptInvitation"];
    assert_eq!(payload["invitation"]["status"], "ACCEPTED", "{accepted}");
    assert_eq!(payload["membership"]["role"], "CASE_MANAGER");
    // The notification is done with, and the invitation no longer waits.
    let inbox = w
        .app
        .graphql(Some(&w.luka.access_token), INBOX, json!({}))
        .await;
    assert_eq!(inbox["data"]["unreadNotificationCount"], 0, "{inbox}");
    let mine = w
        .app
        .graphql(Some(&w.luka.access_token), MY_INVITATIONS, json!({}))
        .await;
    assert_eq!(mine["data"]["myInvitations"]["edges"], json!([]), "{mine}");

    // Now he acts in Most as a case manager: registering a participant there.
    let switched = w
        .app
        .graphql(
            Some(&w.luka.access_token),
            SWITCH,
            json!({ "input": { "organisationId": w.most } }),
        )
        .await;
    let token = switched["data"]["switchOrganisation"]["accessToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{switched}"));
    let acting = Session {
        access_token: token.to_owned(),
        refresh_token: String::new(),
    };
    register_participant(&w.app, &acting, "Amina").await;
    let members = w
        .app
        .graphql(Some(token), MEMBERS, json!({ "id": w.most }))
        .await;
    assert_eq!(
        members["data"]["organisation"]["members"]["edges"][1]["node"]["user"]["email"],
        "luka@tkalnica.test",
        "{members}"
    );
}

/// Sets an invitation's expiry a day in the past, as fourteen days of waiting would.
async fn lapse(app: &TestApp, id: &str) {
    use sea_orm::ConnectionTrait;
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
    let update = Query::update()
        .table(Alias::new("invitations"))
        .value(
            Alias::new("expires_at"),
            chrono::Utc::now() - chrono::Duration::days(1),
        )
        .and_where(Expr::col(Alias::new("id")).eq(uuid::Uuid::parse_str(id).expect("an id")))
        .to_owned();
    let statement = app.db.get_database_backend().build(&update);
    app.db.execute_raw(statement).await.expect("lapse");
}

#[tokio::test]
async fn refusals_leave_the_invitation_and_the_memberships_as_they_were() {
    let w = world(|_| {}).await;
    let id = invitation_id(
        &w.app
            .invite(&w.boss, &w.most, "luka@tkalnica.test", "STAFF")
            .await,
    );
    let stranger = w
        .app
        .member(&w.admin, &w.most, "stranger@most.test", "STAFF")
        .await;

    // Re-inviting while it is pending renews the same invitation: no second one, no second
    // notification.
    let again = w
        .app
        .invite(&w.boss, &w.most, "luka@tkalnica.test", "MENTOR")
        .await;
    assert_eq!(invitation_id(&again), id);
    assert_eq!(again["data"]["addMember"]["invitation"]["role"], "MENTOR");
    let inbox = w
        .app
        .graphql(Some(&w.luka.access_token), INBOX, json!({}))
        .await;
    assert_eq!(inbox["data"]["unreadNotificationCount"], 1, "{inbox}");

    // Someone else (the admin who sent it, a colleague, a platform admin) cannot answer it,
    // nor learn that it exists.
    for other in [&w.boss, &stranger, &w.admin] {
        let answer = w.app.accept_invitation(other, &id).await;
        assert_eq!(error_code(&answer), Some("NOT_FOUND"), "{answer}");
        assert!(answer["data"].is_null(), "{answer}");
        let declined = w
            .app
            .graphql(
                Some(&other.access_token),
                DECLINE,
                json!({ "input": { "invitationId": id } }),
            )
            .await;
        assert_eq!(error_code(&declined), Some("NOT_FOUND"), "{declined}");
        let mine = w
            .app
            .graphql(Some(&other.access_token), MY_INVITATIONS, json!({}))
            .await;
        assert_eq!(mine["data"]["myInvitations"]["edges"], json!([]), "{mine}");
    }
    let anonymous = w
        .app
        .graphql(None, DECLINE, json!({ "input": { "invitationId": id } }))
        .await;
    assert_eq!(error_code(&anonymous), Some("UNAUTHENTICATED"));
    let unknown = w
        .app
        .accept_invitation(&w.luka, &uuid::Uuid::now_v7().to_string())
        .await;
    assert_eq!(error_code(&unknown), Some("NOT_FOUND"));
    let malformed = w.app.accept_invitation(&w.luka, "not-an-id").await;
    assert_eq!(error_field(&malformed), Some("invitationId"));

    // Declining: no membership, and it cannot be accepted afterwards.
    let declined = w
        .app
        .graphql(
            Some(&w.luka.access_token),
            DECLINE,
            json!({ "input": { "invitationId": id } }),
        )
        .await;
    let payload = &declined["data"]["declineInvitation"];
    assert_eq!(payload["invitation"]["status"], "DECLINED", "{declined}");
    assert!(payload["membership"].is_null());
    assert!(payload["invitation"]["answeredAt"].is_string());
    let late = w.app.accept_invitation(&w.luka, &id).await;
    assert_eq!(error_code(&late), Some("INVALID_TRANSITION"), "{late}");
    let members = w
        .app
        .graphql(Some(&w.boss.access_token), MEMBERS, json!({ "id": w.most }))
        .await;
    let emails = members.to_string();
    assert!(!emails.contains("luka@tkalnica.test"), "{members}");

    // A new invitation after the answer is a new one; accepting it twice is refused.
    let second = invitation_id(
        &w.app
            .invite(&w.boss, &w.most, "luka@tkalnica.test", "STAFF")
            .await,
    );
    assert_ne!(second, id);
    let accepted = w.app.accept_invitation(&w.luka, &second).await;
    assert_eq!(
        accepted["data"]["acceptInvitation"]["invitation"]["status"], "ACCEPTED",
        "{accepted}"
    );
    let twice = w.app.accept_invitation(&w.luka, &second).await;
    assert_eq!(error_code(&twice), Some("INVALID_TRANSITION"), "{twice}");
    assert!(twice["data"].is_null());
    let members = w
        .app
        .graphql(Some(&w.boss.access_token), MEMBERS, json!({ "id": w.most }))
        .await;
    assert_eq!(
        members.to_string().matches("luka@tkalnica.test").count(),
        1,
        "one membership: {members}"
    );

    // Every step is in the audit log, with its outcome, and no address or name in it.
    let auditor = w
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    let log = w
        .app
        .graphql(
            Some(&auditor.access_token),
            "query($filter: AuditFilterInput) { auditLog(first: 100, filter: $filter) { edges { node { operation entityType entityId outcome } } } }",
            json!({ "filter": { "entityId": id } }),
        )
        .await;
    let steps: Vec<(String, String)> = log["data"]["auditLog"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{log}"))
        .iter()
        .map(|edge| {
            assert_eq!(edge["node"]["entityType"], "Invitation", "{log}");
            (
                edge["node"]["operation"].as_str().unwrap_or("").to_owned(),
                edge["node"]["outcome"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    for step in [
        ("addMember", "ALLOWED"),
        ("acceptInvitation", "DENIED"),
        ("declineInvitation", "DENIED"),
        ("declineInvitation", "ALLOWED"),
        ("acceptInvitation", "FAILED"),
    ] {
        assert!(
            steps.contains(&(step.0.to_owned(), step.1.to_owned())),
            "{step:?} in {steps:?}"
        );
    }
    assert!(!log.to_string().contains("luka@"), "{log}");
}

#[tokio::test]
async fn an_expired_invitation_cannot_be_answered_and_a_new_one_replaces_it() {
    let w = world(|_| {}).await;
    let id = invitation_id(
        &w.app
            .invite(&w.boss, &w.most, "luka@tkalnica.test", "STAFF")
            .await,
    );
    lapse(&w.app, &id).await;

    let mine = w
        .app
        .graphql(Some(&w.luka.access_token), MY_INVITATIONS, json!({}))
        .await;
    assert_eq!(mine["data"]["myInvitations"]["edges"], json!([]), "{mine}");
    for query in [
        "mutation($input: AnswerInvitationInput!) { acceptInvitation(input: $input) { invitation { id } } }",
        DECLINE,
    ] {
        let answer = w
            .app
            .graphql(
                Some(&w.luka.access_token),
                query,
                json!({ "input": { "invitationId": id } }),
            )
            .await;
        assert_eq!(error_code(&answer), Some("INVALID_TRANSITION"), "{answer}");
    }
    let switched = w
        .app
        .graphql(
            Some(&w.luka.access_token),
            "mutation($input: SwitchOrganisationInput!) { switchOrganisation(input: $input) { accessToken } }",
            json!({ "input": { "organisationId": w.most } }),
        )
        .await;
    assert_eq!(
        error_code(&switched),
        Some("FORBIDDEN"),
        "no membership: {switched}"
    );

    // Inviting again makes a fresh invitation, which works.
    let renewed = invitation_id(
        &w.app
            .invite(&w.boss, &w.most, "luka@tkalnica.test", "STAFF")
            .await,
    );
    assert_ne!(renewed, id);
    let accepted = w.app.accept_invitation(&w.luka, &renewed).await;
    assert_eq!(
        accepted["data"]["acceptInvitation"]["membership"]["role"], "STAFF",
        "{accepted}"
    );
}
