//! A small world for referral tests: an NGO that owns a participant, a space it refers to, a
//! third organisation, their staff, and a referral consent covering the space.

use serde_json::{Value, json};
use skupaj_tests::{Session, TestApp, referral_consent, register_participant};

pub struct Case {
    pub app: TestApp,
    pub admin: Session,
    pub ngo: String,
    pub space: String,
    pub third: String,
    pub case_manager: Session,
    pub receiver: Session,
    pub receiver_colleague: Session,
    pub third_staff: Session,
    pub participant: String,
    pub consent: String,
}

pub async fn case() -> Case {
    case_with(|_| {}).await
}

/// The same case, on a server with adjusted settings.
pub async fn case_with(configure: impl FnOnce(&mut skupaj_api::Settings)) -> Case {
    let app = TestApp::spawn_with(configure).await;
    let admin = app.platform_admin().await;
    let ngo = app
        .organisation(&admin, "NGO", "Društvo Most", "Ljubljana")
        .await;
    let space = app
        .organisation(&admin, "CWCS", "Obalni FabLab", "Koper")
        .await;
    let third = app
        .organisation(&admin, "LABOUR_AGENCY", "Zaposlitveni center", "Kranj")
        .await;
    let case_manager = app
        .member(&admin, &ngo, "nina@most.test", "CASE_MANAGER")
        .await;
    let receiver = app
        .member(&admin, &space, "luka@fablab.test", "STAFF")
        .await;
    let receiver_colleague = app
        .member(&admin, &space, "sara@fablab.test", "STAFF")
        .await;
    let third_staff = app.member(&admin, &third, "petra@zc.test", "STAFF").await;
    let participant = register_participant(&app, &case_manager, "Amina").await;
    let consent = referral_consent(
        &app,
        &case_manager,
        &participant,
        &[&space],
        &["IDENTITY", "CONTACT"],
    )
    .await;
    Case {
        app,
        admin,
        ngo,
        space,
        third,
        case_manager,
        receiver,
        receiver_colleague,
        third_staff,
        participant,
        consent,
    }
}

pub const REFERRAL: &str = "query($id: ID!) { referral(id: $id) { id status version declineReason outcome cancelReason respondBy history { action fromStatus toStatus comment } } }";

impl Case {
    pub async fn referral(&self, session: &Session, id: &str) -> Value {
        self.app
            .graphql(Some(&session.access_token), REFERRAL, json!({ "id": id }))
            .await
    }

    /// The referral as its sender sees it.
    pub async fn snapshot(&self, id: &str) -> Value {
        self.referral(&self.case_manager, id).await["data"]["referral"].clone()
    }

    /// Runs a lifecycle mutation with `input` (id and version added) as `session`.
    pub async fn step(&self, session: &Session, mutation: &str, id: &str, extra: Value) -> Value {
        let version = self.snapshot(id).await["version"].as_i64().unwrap_or(0);
        self.step_at(session, mutation, id, version, extra).await
    }

    pub async fn step_at(
        &self,
        session: &Session,
        mutation: &str,
        id: &str,
        version: i64,
        extra: Value,
    ) -> Value {
        let input_type = input_type(mutation);
        let mut input = extra;
        input["id"] = json!(id);
        input["version"] = json!(version);
        let query = format!(
            "mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ referral {{ id status version }} redirectedTo {{ id status }} }} }}"
        );
        self.app
            .graphql(
                Some(&session.access_token),
                &query,
                json!({ "input": input }),
            )
            .await
    }
}

fn input_type(mutation: &str) -> &'static str {
    match mutation {
        "declineReferral" => "DeclineReferralInput",
        "completeReferral" => "CompleteReferralInput",
        "redirectReferral" => "RedirectReferralInput",
        "cancelReferral" => "CancelReferralInput",
        "reopenReferral" => "ReopenReferralInput",
        _ => "ReferralStepInput",
    }
}
