//! Closing the loop for the sender (issue 15, part 4): the referrer hears, in-app and by
//! e-mail in their own language, of every step that answers or closes their referral, whoever
//! or whatever took it (the receiver, a colleague, an enrolment, a withdrawn consent, the
//! expiry scan), with the code of how it ended and following their preferences.

use std::time::Duration;

use serde_json::{Value, json};
use skupaj_tests::fixtures::Platform;
use skupaj_tests::smtp::SmtpServer;
use skupaj_tests::{
    Session, TestApp, create_referral, error_code, error_field, referral_consent, referral_id,
    register_participant,
};

struct World {
    app: TestApp,
    smtp: SmtpServer,
    /// The referrer, who reads Ukrainian.
    olena: Session,
    /// Her colleague at the referring organisation.
    nina: Session,
    /// Staff of the receiving organisation.
    luka: Session,
    space: String,
    third: String,
    participant: String,
    consent: String,
}

async fn world() -> World {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let Platform { app, admin } =
        TestApp::with_admin_configured(move |settings| settings.smtp_url = Some(url.into())).await;
    let ngo = app
        .organisation(&admin, "NGO", "Društvo Most", "Ljubljana")
        .await;
    let space = app
        .organisation(&admin, "CWCS", "Obalni FabLab", "Koper")
        .await;
    let third = app
        .organisation(&admin, "LABOUR_AGENCY", "Zaposlitveni center", "Kranj")
        .await;
    let olena = app
        .member_speaking(&ngo, "olena@most.test", "CASE_MANAGER", "uk")
        .await;
    let nina = app
        .member_speaking(&ngo, "nina@most.test", "CASE_MANAGER", "sl")
        .await;
    let luka = app
        .member_speaking(&space, "luka@fablab.test", "STAFF", "sl")
        .await;
    let participant = register_participant(&app, &olena, "Amina").await;
    let consent = referral_consent(
        &app,
        &olena,
        &participant,
        &[&space, &third],
        &["IDENTITY", "CONTACT", "BACKGROUND", "LEGAL"],
    )
    .await;
    World {
        app,
        smtp,
        olena,
        nina,
        luka,
        space,
        third,
        participant,
        consent,
    }
}

impl World {
    async fn sent(&self) -> String {
        referral_id(
            &create_referral(&self.app, &self.olena, &self.participant, &self.space, true).await,
        )
    }

    /// Runs a referral step as `session`, at the referral's current version.
    async fn step(&self, session: &Session, mutation: &str, id: &str, extra: Value) -> Value {
        let current = self
            .app
            .graphql(
                Some(&self.olena.access_token),
                "query($id: ID!) { referral(id: $id) { version } }",
                json!({ "id": id }),
            )
            .await;
        let mut input = extra;
        input["id"] = json!(id);
        input["version"] = current["data"]["referral"]["version"].clone();
        let input_type = match mutation {
            "declineReferral" | "completeReferral" | "redirectReferral" | "cancelReferral" => {
                format!("{}{}Input", mutation[..1].to_uppercase(), &mutation[1..])
            }
            _ => "ReferralStepInput".to_owned(),
        };
        let answer = self
            .app
            .graphql(
                Some(&session.access_token),
                &format!(
                    "mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ referral {{ status }} }} }}"
                ),
                json!({ "input": input }),
            )
            .await;
        assert!(
            answer["data"][mutation]["referral"]["status"].is_string(),
            "{mutation}: {answer}"
        );
        answer
    }

    /// Every notification of `session`'s inbox: (kind, subject, code, title).
    async fn inbox(&self, session: &Session) -> Vec<(String, String, Value, String)> {
        let answer = self
            .app
            .graphql(
                Some(&session.access_token),
                "{ notifications(first: 100) { edges { node { kind subjectId declineReason outcome cancelReason title } } } }",
                json!({}),
            )
            .await;
        answer["data"]["notifications"]["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{answer}"))
            .iter()
            .map(|edge| {
                let node = &edge["node"];
                let code = [
                    &node["declineReason"],
                    &node["outcome"],
                    &node["cancelReason"],
                ]
                .into_iter()
                .find(|v| !v.is_null())
                .cloned()
                .unwrap_or(Value::Null);
                (
                    node["kind"].as_str().unwrap_or_default().to_owned(),
                    node["subjectId"].as_str().unwrap_or_default().to_owned(),
                    code,
                    node["title"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }

    /// Waits until `address` has received `count` e-mails, and returns their (subject, text).
    async fn mail_to(&self, address: &str, count: usize) -> Vec<(String, String)> {
        for _ in 0..300 {
            let mail: Vec<(String, String)> = self
                .smtp
                .received()
                .iter()
                .filter(|m| m.to() == address)
                .map(|m| (m.subject(), m.text()))
                .collect();
            if mail.len() >= count {
                return mail;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{address} did not get {count} e-mails");
    }
}

#[tokio::test]
async fn every_closing_step_reaches_the_referrer_in_their_language() {
    let w = world().await;

    // Expired by the scan (first, while it is the only referral sent).
    let expired = w.sent().await;
    let in_ten_days = (chrono::Utc::now() + chrono::Duration::days(10)).date_naive();
    let scanned = skupaj_persistence::referrals::expire_overdue(&w.app.db, in_ten_days)
        .await
        .expect("the scan");
    assert_eq!(scanned, 1);

    // Declined by the receiver, with a reason.
    let declined = w.sent().await;
    w.step(
        &w.luka,
        "declineReferral",
        &declined,
        json!({ "reason": "NO_CAPACITY", "comment": "Full until March" }),
    )
    .await;

    // Accepted, started and completed by the receiver, with an outcome.
    let completed = w.sent().await;
    w.step(&w.luka, "acceptReferral", &completed, json!({}))
        .await;
    w.step(&w.luka, "startReferral", &completed, json!({}))
        .await;
    w.step(
        &w.luka,
        "completeReferral",
        &completed,
        json!({ "outcome": "EMPLOYED" }),
    )
    .await;

    // Passed on to another organisation.
    let redirected = w.sent().await;
    w.step(
        &w.luka,
        "redirectReferral",
        &redirected,
        json!({ "toOrganisationId": w.third, "comment": "They place welders" }),
    )
    .await;

    // Cancelled by a colleague of the referrer.
    let cancelled = w.sent().await;
    w.step(
        &w.nina,
        "cancelReferral",
        &cancelled,
        json!({ "reason": "NO_LONGER_NEEDED" }),
    )
    .await;

    // Completed by an enrolment ending: no user took that step on the referral.
    let programme = crate::programmes::programme(&w.app, &w.luka, json!({}), true).await;
    let enrolled = w.sent().await;
    w.step(&w.luka, "acceptReferral", &enrolled, json!({}))
        .await;
    let enrolment = crate::programmes::enrolment_id(
        &crate::programmes::enrol(&w.app, &w.luka, &programme, &w.participant, Some(&enrolled))
            .await,
    );
    let withdrawn = w
        .app
        .graphql(
            Some(&w.luka.access_token),
            "mutation($input: WithdrawEnrolmentInput!) { withdrawEnrolment(input: $input) { enrolment { status } } }",
            json!({ "input": { "id": enrolment } }),
        )
        .await;
    assert!(
        withdrawn["data"]["withdrawEnrolment"]["enrolment"]["status"].is_string(),
        "{withdrawn}"
    );

    // Cancelled by the platform when the consent is withdrawn (the redirected follow-up,
    // still sent, relies on it too).
    let consent_gone = w.sent().await;
    let withdrawal = w
        .app
        .graphql(
            Some(&w.olena.access_token),
            "mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { cancelledReferralIds } }",
            json!({ "input": { "consentId": w.consent } }),
        )
        .await;
    let cancelled_ids = withdrawal["data"]["withdrawConsent"]["cancelledReferralIds"]
        .as_array()
        .unwrap_or_else(|| panic!("{withdrawal}"))
        .clone();
    assert!(cancelled_ids.contains(&json!(consent_gone)), "{withdrawal}");
    assert_eq!(cancelled_ids.len(), 2, "{withdrawal}");

    let inbox = w.inbox(&w.olena).await;
    let has = |kind: &str, subject: &str, code: Value, title: &str| {
        assert!(
            inbox
                .iter()
                .any(|(k, s, c, t)| k == kind && s == subject && *c == code && t == title),
            "{kind} for {subject} with {code} titled {title} in {inbox:#?}"
        );
    };
    has(
        "REFERRAL_EXPIRED",
        &expired,
        Value::Null,
        "Термін вашого направлення минув",
    );
    has(
        "REFERRAL_DECLINED",
        &declined,
        json!("NO_CAPACITY"),
        "Ваше направлення відхилено",
    );
    has(
        "REFERRAL_ACCEPTED",
        &completed,
        Value::Null,
        "Ваше направлення прийнято",
    );
    has(
        "REFERRAL_COMPLETED",
        &completed,
        json!("EMPLOYED"),
        "Ваше направлення завершено",
    );
    has(
        "REFERRAL_REDIRECTED",
        &redirected,
        Value::Null,
        "Ваше направлення передано далі",
    );
    has(
        "REFERRAL_CANCELLED",
        &cancelled,
        json!("NO_LONGER_NEEDED"),
        "Ваше направлення скасовано",
    );
    has(
        "REFERRAL_ACCEPTED",
        &enrolled,
        Value::Null,
        "Ваше направлення прийнято",
    );
    has(
        "REFERRAL_COMPLETED",
        &enrolled,
        json!("PARTICIPANT_WITHDREW"),
        "Ваше направлення завершено",
    );
    has(
        "REFERRAL_CANCELLED",
        &consent_gone,
        json!("CONSENT_WITHDRAWN"),
        "Ваше направлення скасовано",
    );
    // Nothing about receiving: the referrer's organisation received nothing. (Besides the
    // ten referral steps, the participant's case workers heard of the place.)
    assert!(inbox.iter().all(|(k, ..)| k != "REFERRAL_RECEIVED"));
    let steps = inbox
        .iter()
        .filter(|(k, ..)| k.starts_with("REFERRAL_"))
        .count();
    assert_eq!(steps, 10, "{inbox:#?}");

    // The receiver was told the expired one was overdue; the referrer's colleague nothing.
    let luka = w.inbox(&w.luka).await;
    assert!(
        luka.iter()
            .any(|(k, s, ..)| k == "REFERRAL_OVERDUE" && *s == expired),
        "{luka:#?}"
    );
    // A cancellation the platform made (the consent withdrawn) reaches the receiver too: it
    // loses the participant with it.
    assert!(
        luka.iter()
            .all(|(k, _, detail, ..)| k == "REFERRAL_RECEIVED"
                || k == "REFERRAL_OVERDUE"
                || (k == "REFERRAL_CANCELLED" && *detail == "CONSENT_WITHDRAWN")),
        "{luka:#?}"
    );
    assert!(
        luka.iter().any(|(k, ..)| k == "REFERRAL_CANCELLED"),
        "{luka:#?}"
    );
    let nina = w.inbox(&w.nina).await;
    assert!(
        nina.iter().all(|(k, ..)| k == "ENROLMENT_CONFIRMED"),
        "{nina:#?}"
    );

    // One e-mail per notification, in Ukrainian, saying how it ended in words, without codes
    // or personal details.
    let mail = w.mail_to("olena@most.test", inbox.len()).await;
    assert_eq!(mail.len(), inbox.len());
    let texts: Vec<&str> = mail.iter().map(|(_, text)| text.as_str()).collect();
    for wanted in [
        "Причина: немає вільних місць.",
        "Результат: працевлаштовано.",
        "Результат: людина вибула.",
        "Причина: більше не потрібно.",
        "Причина: згоду відкликано.",
    ] {
        assert!(
            texts.iter().any(|text| text.contains(wanted)),
            "{wanted} in {texts:#?}"
        );
    }
    assert!(
        mail.iter()
            .any(|(subject, _)| subject == "Термін вашого направлення минув")
    );
    for (subject, text) in &mail {
        for secret in [
            "Amina",
            "Haddad",
            "Full until March",
            "NO_CAPACITY",
            "EMPLOYED",
        ] {
            assert!(
                !subject.contains(secret) && !text.contains(secret),
                "{secret}: {text}"
            );
        }
    }
}

#[tokio::test]
async fn preferences_are_honoured_and_a_reset_email_cannot_be_turned_off() {
    let w = world().await;
    const PREFERENCE: &str = "mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind email } }";
    let off = w
        .app
        .graphql(
            Some(&w.olena.access_token),
            PREFERENCE,
            json!({ "input": { "kind": "REFERRAL_DECLINED", "email": false } }),
        )
        .await;
    assert_eq!(
        off["data"]["setNotificationPreference"]["email"], false,
        "{off}"
    );
    // The password reset's e-mail is the reset: it cannot be turned off, nor is it listed.
    let refused = w
        .app
        .graphql(
            Some(&w.olena.access_token),
            PREFERENCE,
            json!({ "input": { "kind": "PASSWORD_RESET", "email": false } }),
        )
        .await;
    assert_eq!(error_code(&refused), Some("VALIDATION"), "{refused}");
    assert_eq!(error_field(&refused), Some("kind"), "{refused}");
    let listed = w
        .app
        .graphql(
            Some(&w.olena.access_token),
            "{ notificationPreferences { kind email } }",
            json!({}),
        )
        .await;
    let kinds = listed["data"]["notificationPreferences"]
        .as_array()
        .expect("preferences");
    assert!(
        kinds.iter().all(|p| p["kind"] != "PASSWORD_RESET"),
        "{listed}"
    );
    assert!(
        kinds
            .iter()
            .any(|p| p["kind"] == "REFERRAL_DECLINED" && p["email"] == false),
        "{listed}"
    );

    let declined = w.sent().await;
    w.step(
        &w.luka,
        "declineReferral",
        &declined,
        json!({ "reason": "OUT_OF_AREA", "comment": "Too far" }),
    )
    .await;
    let completed = w.sent().await;
    w.step(&w.luka, "acceptReferral", &completed, json!({}))
        .await;

    // In-app: both. By e-mail: the acceptance only (it went out after the decline, so the
    // decline's e-mail would have been there by then).
    let inbox = w.inbox(&w.olena).await;
    assert!(
        inbox.iter().any(|(k, s, c, _)| k == "REFERRAL_DECLINED"
            && *s == declined
            && *c == json!("OUT_OF_AREA")),
        "{inbox:#?}"
    );
    let mail = w.mail_to("olena@most.test", 1).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mail_after = w.mail_to("olena@most.test", 1).await;
    assert_eq!(mail.len(), 1, "{mail:#?}");
    assert_eq!(mail_after.len(), 1, "{mail_after:#?}");
    assert_eq!(mail[0].0, "Ваше направлення прийнято");
}
