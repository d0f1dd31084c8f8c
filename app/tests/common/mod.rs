//! A real SQLite file database for use-case tests, and the people and organisations they need.

#![allow(dead_code)]

use skupaj_app::App;
use skupaj_app::account::password;
use skupaj_domain::access::{ActingMembership, Actor, platform_job};
use skupaj_domain::audit::{AuditOutcome, AuditRecord};
use skupaj_domain::membership::{MembershipRole, PlatformRole};
use skupaj_domain::organisation::{
    Organisation, OrganisationInput, OrganisationKind, OrganisationSector,
};
use skupaj_domain::user::{NewUser, User};
use skupaj_persistence::{Database, audit, connect, migrate, organisations, users};
use uuid::Uuid;

/// The password every seeded account has.
pub const PASSWORD: &str = "correct horse battery staple";

/// A migrated SQLite database in a file of its own.
pub async fn database() -> Database {
    let path = std::env::temp_dir().join(format!("skupaj-app-{}.db", Uuid::now_v7()));
    let db = connect(&format!("sqlite://{}?mode=rwc", path.display()))
        .await
        .expect("connect");
    migrate(&db).await.expect("migrate");
    db
}

pub async fn app() -> (App, Database) {
    let db = database().await;
    (App::new(db.clone()), db)
}

pub async fn organisation(db: &Database, name: &str) -> Organisation {
    let profile = OrganisationInput {
        kind: OrganisationKind::Ngo,
        name: name.to_owned(),
        description: None,
        municipality: "Ljubljana".to_owned(),
        region: None,
        address: None,
        coordinates: None,
        contact_email: None,
        working_languages: vec!["sl".to_owned()],
        sector: OrganisationSector::Private,
        cwcs: None,
    }
    .validate()
    .expect("a valid profile");
    organisations::create(db, platform_job(), &profile)
        .await
        .expect("organisation")
}

/// An active account with [`PASSWORD`].
pub async fn user(db: &Database, email: &str, name: &str, platform: Option<PlatformRole>) -> User {
    let new = NewUser::parse(email, name, "sl").expect("a valid user");
    let hash = password::hash(PASSWORD).expect("hash");
    users::create(db, &new, hash, platform).await.expect("user")
}

/// An account that is a member of `organisation` with `role`, and the actor acting there.
pub async fn member(
    db: &Database,
    organisation: &Organisation,
    email: &str,
    name: &str,
    role: MembershipRole,
) -> (User, Actor) {
    let user = user(db, email, name, None).await;
    users::add_membership(db, user.id, organisation.id, role)
        .await
        .expect("membership");
    let actor = acting(&user, organisation, role);
    (user, actor)
}

pub fn acting(user: &User, organisation: &Organisation, role: MembershipRole) -> Actor {
    Actor {
        user_id: user.id,
        platform_role: None,
        acting: Some(ActingMembership {
            organisation_id: organisation.id,
            organisation_kind: organisation.profile.kind,
            organisation_municipality: organisation.profile.municipality.clone(),
            role,
        }),
    }
}

pub async fn platform_admin(db: &Database) -> Actor {
    let user = user(
        db,
        "admin@skupaj.test",
        "Admin",
        Some(PlatformRole::PlatformAdmin),
    )
    .await;
    Actor {
        user_id: user.id,
        platform_role: Some(PlatformRole::PlatformAdmin),
        acting: None,
    }
}

/// Runs `mutation` as the API runs one, with its audit entry pending; answers its result and
/// the entry when the change did not write it.
pub async fn audited<F: Future>(
    actor: &Actor,
    operation: &str,
    mutation: F,
) -> (F::Output, Option<AuditRecord>) {
    let record = AuditRecord {
        user_id: Some(actor.user_id),
        organisation_id: actor.organisation_id(),
        role: actor.role(),
        operation: operation.to_owned(),
        entity_type: None,
        entity_id: None,
        outcome: AuditOutcome::Allowed,
        client_address: None,
        request_id: None,
        reason: None,
    };
    audit::recording(record, mutation).await
}

/// The newest audit entries of `operation`.
pub async fn audit_entries(
    db: &Database,
    operation: &str,
) -> Vec<skupaj_domain::audit::AuditEntry> {
    let filter = audit::AuditFilter {
        operation: Some(operation.to_owned()),
        ..Default::default()
    };
    audit::list(db, &filter, None, 10)
        .await
        .expect("audit log")
        .items
        .into_iter()
        .map(|line| line.entry)
        .collect()
}
