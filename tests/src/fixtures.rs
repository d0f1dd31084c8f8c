//! Typed fixtures: the openings many tests share, built once on [`TestApp`] and handed back as
//! handles that carry the ids and the signed-in sessions a test goes on with.
//!
//! - [`TestApp::with_admin`]: a server and its platform administrator ([`Platform`]);
//! - [`TestApp::with_member`] (and [`TestApp::with_case_manager`],
//!   [`TestApp::with_space_case_manager`]): one organisation and one member of it
//!   ([`OneOrganisation`]);
//! - [`TestApp::with_referral_case`]: the small world of referral tests ([`Case`]): an NGO that
//!   owns a participant, a space it refers to, a third organisation, their staff, and a referral
//!   consent covering the space.
//!
//! Each `…_configured` variant starts the server with adjusted [`Settings`].

use serde_json::{Value, json};
use skupaj_api::Settings;

use crate::{Session, TestApp, referral_consent, register_participant};

/// An organisation to open: its kind, name and municipality, as `createOrganisation` takes them.
#[derive(Debug, Clone, Copy)]
pub struct Org {
    pub kind: &'static str,
    pub name: &'static str,
    pub municipality: &'static str,
}

impl Org {
    pub const fn new(kind: &'static str, name: &'static str, municipality: &'static str) -> Self {
        Self {
            kind,
            name,
            municipality,
        }
    }
}

/// An NGO in Ljubljana, by its short name.
pub const MOST: Org = Org::new("NGO", "Most", "Ljubljana");
/// The same NGO by its full name (the sender in referral tests).
pub const DRUSTVO_MOST: Org = Org::new("NGO", "Društvo Most", "Ljubljana");
/// A co-working space in Koper (the receiver in referral tests, the organiser of programmes).
pub const FABLAB: Org = Org::new("CWCS", "Obalni FabLab", "Koper");
/// A co-working space in Kranj.
pub const TKALNICA: Org = Org::new("CWCS", "Tkalnica", "Kranj");

/// A fresh server and its platform administrator, signed in.
pub struct Platform {
    pub app: TestApp,
    pub admin: Session,
}

impl Platform {
    /// Opens `org` as the platform administrator and returns its id.
    pub async fn organisation(&self, org: Org) -> String {
        self.app
            .organisation(&self.admin, org.kind, org.name, org.municipality)
            .await
    }
}

/// A fresh server, its platform administrator, one organisation and one member of it; both
/// signed in.
pub struct OneOrganisation {
    pub app: TestApp,
    pub admin: Session,
    /// The organisation's id.
    pub organisation: String,
    pub member: Session,
}

impl OneOrganisation {
    /// Registers a participant as the member (see [`register_participant`]); returns the id.
    pub async fn participant(&self, given_name: &str) -> String {
        register_participant(&self.app, &self.member, given_name).await
    }
}

impl TestApp {
    /// A fresh server with its platform administrator signed in.
    pub async fn with_admin() -> Platform {
        Self::with_admin_configured(|_| {}).await
    }

    /// [`TestApp::with_admin`] on a server with adjusted settings.
    pub async fn with_admin_configured(configure: impl FnOnce(&mut Settings)) -> Platform {
        let app = Self::spawn_with(configure).await;
        let admin = app.platform_admin().await;
        Platform { app, admin }
    }

    /// A fresh server with one organisation, `org`, and one member of it: `email` in `role`.
    pub async fn with_member(org: Org, email: &str, role: &str) -> OneOrganisation {
        Self::with_member_configured(|_| {}, org, email, role).await
    }

    /// [`TestApp::with_member`] on a server with adjusted settings.
    pub async fn with_member_configured(
        configure: impl FnOnce(&mut Settings),
        org: Org,
        email: &str,
        role: &str,
    ) -> OneOrganisation {
        let Platform { app, admin } = Self::with_admin_configured(configure).await;
        let organisation = app
            .organisation(&admin, org.kind, org.name, org.municipality)
            .await;
        let member = app.member(&admin, &organisation, email, role).await;
        OneOrganisation {
            app,
            admin,
            organisation,
            member,
        }
    }

    /// Nina, case manager of the NGO [`MOST`].
    pub async fn with_case_manager() -> OneOrganisation {
        Self::with_member(MOST, "nina@most.test", "CASE_MANAGER").await
    }

    /// Luka, case manager of the space [`FABLAB`] (who organises programmes there).
    pub async fn with_space_case_manager() -> OneOrganisation {
        Self::with_member(FABLAB, "luka@fablab.test", "CASE_MANAGER").await
    }

    /// The small world of referral tests (see [`Case`]).
    pub async fn with_referral_case() -> Case {
        Self::with_referral_case_configured(|_| {}).await
    }

    /// [`TestApp::with_referral_case`] on a server with adjusted settings.
    pub async fn with_referral_case_configured(configure: impl FnOnce(&mut Settings)) -> Case {
        let Platform { app, admin } = Self::with_admin_configured(configure).await;
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
}

/// A small world for referral tests: an NGO ("Društvo Most", Ljubljana) that owns a participant
/// (Amina), a space ("Obalni FabLab", Koper) it refers to, a third organisation (a labour agency
/// in Kranj), their staff, and a referral consent covering the space (identity and contact).
pub struct Case {
    pub app: TestApp,
    pub admin: Session,
    pub ngo: String,
    pub space: String,
    pub third: String,
    /// Nina, case manager of the NGO.
    pub case_manager: Session,
    /// Luka, staff of the space.
    pub receiver: Session,
    /// Sara, staff of the space.
    pub receiver_colleague: Session,
    /// Petra, staff of the third organisation.
    pub third_staff: Session,
    pub participant: String,
    pub consent: String,
}

/// The referral, as `Case::referral` reads it.
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
