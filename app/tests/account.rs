//! Use cases of accounts and sign-in sessions, without HTTP, on a real database.

mod common;

use chrono::{Duration, Utc};
use common::*;
use skupaj_app::AppError;
use skupaj_app::session::{RateLimits, SignIn, Started};
use skupaj_domain::DomainError;
use skupaj_domain::membership::MembershipRole;
use skupaj_persistence::{Database, users};
use uuid::Uuid;

const LIMITS: RateLimits = RateLimits {
    per_account: 3,
    per_address: 100,
    window: Duration::minutes(15),
};

fn sign_in<'s>(email: &'s str, password: &str, organisation_id: Option<Uuid>) -> SignIn<'s> {
    SignIn {
        email,
        password: password.to_owned(),
        organisation_id,
        client_address: Some("192.0.2.1"),
    }
}

async fn signs_in(app: &skupaj_app::App, email: &str, password: &str) -> Result<Started, AppError> {
    app.public()
        .sessions()
        .sign_in(
            sign_in(email, password, None),
            &LIMITS,
            Utc::now() + Duration::days(1),
        )
        .await
}

async fn active(db: &Database, id: Uuid) -> bool {
    users::get(db, id)
        .await
        .expect("read")
        .expect("there")
        .active
}

#[tokio::test]
async fn signing_in_acts_in_the_oldest_membership_and_refreshing_rotates_the_token() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let (user, _) = member(&db, &most, "s@most.test", "Sara", MembershipRole::Staff).await;
    let started = signs_in(&app, "s@most.test", PASSWORD)
        .await
        .expect("signed in");
    assert_eq!(started.actor.user_id, user.id);
    assert_eq!(started.organisation_id, Some(most.id));

    let refreshed = app
        .public()
        .sessions()
        .refresh(
            &started.refresh_token,
            None,
            &LIMITS,
            Utc::now() + Duration::days(1),
        )
        .await
        .expect("refreshed");
    assert_eq!(refreshed.session_id, started.session_id);
    assert_ne!(refreshed.refresh_token, started.refresh_token);

    // The old token again: it was copied, so the whole session ends.
    let reused = app
        .public()
        .sessions()
        .refresh(&started.refresh_token, None, &LIMITS, Utc::now())
        .await;
    assert!(matches!(reused, Err(AppError::Unauthenticated(_))));
    let after = app
        .public()
        .sessions()
        .refresh(&refreshed.refresh_token, None, &LIMITS, Utc::now())
        .await;
    assert!(matches!(after, Err(AppError::Unauthenticated(_))));
}

#[tokio::test]
async fn a_wrong_password_an_unknown_address_and_a_stranger_organisation_are_refused() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let other = organisation(&db, "Drugi").await;
    member(&db, &most, "s@most.test", "Sara", MembershipRole::Staff).await;
    let wrong = signs_in(&app, "s@most.test", "not the password").await;
    let unknown = signs_in(&app, "nobody@most.test", PASSWORD).await;
    match (wrong, unknown) {
        (Err(AppError::Unauthenticated(a)), Err(AppError::Unauthenticated(b))) => {
            assert_eq!(a, b, "the same answer, so nobody learns who has an account")
        }
        other => panic!("expected two refusals, got {other:?}"),
    }
    let elsewhere = app
        .public()
        .sessions()
        .sign_in(
            sign_in("s@most.test", PASSWORD, Some(other.id)),
            &LIMITS,
            Utc::now() + Duration::days(1),
        )
        .await;
    assert!(matches!(
        elsewhere,
        Err(AppError::Refused(DomainError::Forbidden))
    ));
}

#[tokio::test]
async fn failures_use_up_the_accounts_limit_even_for_the_right_password() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    member(&db, &most, "s@most.test", "Sara", MembershipRole::Staff).await;
    for _ in 0..LIMITS.per_account {
        assert!(
            signs_in(&app, "s@most.test", "wrong password!")
                .await
                .is_err()
        );
    }
    assert!(matches!(
        signs_in(&app, "s@most.test", PASSWORD).await,
        Err(AppError::RateLimited)
    ));
}

#[tokio::test]
async fn an_org_admin_deactivates_their_own_people_only_and_the_sessions_end() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let other = organisation(&db, "Drugi").await;
    let (_, admin) = member(&db, &most, "a@most.test", "Ana", MembershipRole::OrgAdmin).await;
    let (staff, _) = member(&db, &most, "s@most.test", "Sara", MembershipRole::Staff).await;
    let (both, _) = member(&db, &most, "b@most.test", "Bojan", MembershipRole::Staff).await;
    users::add_membership(&db, both.id, other.id, MembershipRole::Mentor)
        .await
        .expect("second membership");
    let session = signs_in(&app, "s@most.test", PASSWORD).await.expect("in");

    let (deactivated, _) = audited(
        &admin,
        "deactivateUser",
        app.acting_as(&admin).accounts().set_active(staff.id, false),
    )
    .await;
    assert!(!deactivated.expect("deactivated").active);
    assert!(!active(&db, staff.id).await);
    let entry = &audit_entries(&db, "deactivateUser").await[0];
    assert_eq!(entry.entity_type.as_deref(), Some("User"));
    assert_eq!(entry.entity_id, Some(staff.id));
    assert!(
        app.public()
            .sessions()
            .refresh(&session.refresh_token, None, &LIMITS, Utc::now())
            .await
            .is_err(),
        "the session ended with the account"
    );
    assert!(signs_in(&app, "s@most.test", PASSWORD).await.is_err());

    let refused = app
        .acting_as(&admin)
        .accounts()
        .set_active(both.id, false)
        .await;
    assert!(matches!(
        refused,
        Err(AppError::Refused(DomainError::Forbidden))
    ));
    assert!(
        active(&db, both.id).await,
        "a member elsewhere too stays active"
    );

    app.acting_as(&admin)
        .accounts()
        .set_active(staff.id, true)
        .await
        .expect("reactivated");
    assert!(signs_in(&app, "s@most.test", PASSWORD).await.is_ok());
}

#[tokio::test]
async fn changing_the_password_ends_the_other_sessions_and_needs_the_current_one() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let (_, staff) = member(&db, &most, "s@most.test", "Sara", MembershipRole::Staff).await;
    let here = signs_in(&app, "s@most.test", PASSWORD).await.expect("in");
    let there = signs_in(&app, "s@most.test", PASSWORD).await.expect("in");
    let accounts = app.acting_as(&staff).accounts();
    let new = "a brand new long password";

    let wrong = accounts
        .change_password(
            here.session_id,
            "not it at all".to_owned(),
            new,
            None,
            &LIMITS,
        )
        .await;
    match wrong {
        Err(AppError::Refused(DomainError::Validation(v))) => assert_eq!(v.field, "oldPassword"),
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert!(
        signs_in(&app, "s@most.test", PASSWORD).await.is_ok(),
        "unchanged"
    );

    let ended = accounts
        .change_password(here.session_id, PASSWORD.to_owned(), new, None, &LIMITS)
        .await
        .expect("changed");
    assert!(ended >= 1);
    assert!(
        app.public()
            .sessions()
            .refresh(&there.refresh_token, None, &LIMITS, Utc::now())
            .await
            .is_err(),
        "the other session ended"
    );
    assert!(signs_in(&app, "s@most.test", PASSWORD).await.is_err());
    assert!(signs_in(&app, "s@most.test", new).await.is_ok());
}

#[tokio::test]
async fn a_reset_token_that_does_not_work_is_refused_and_changes_nothing() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    member(&db, &most, "s@most.test", "Sara", MembershipRole::Staff).await;
    let recovery = app.public().account_recovery();
    for token in [None, Some("0".repeat(64))] {
        let refused = recovery
            .reset(token, "a brand new long password", None, &LIMITS)
            .await;
        match refused {
            Err(AppError::Refused(DomainError::Validation(v))) => assert_eq!(v.field, "token"),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }
    assert!(signs_in(&app, "s@most.test", PASSWORD).await.is_ok());
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let (_, staff) = member(&db, &most, "s@most.test", "Sara", MembershipRole::Staff).await;
    let one = signs_in(&app, "s@most.test", PASSWORD).await.expect("in");
    let two = signs_in(&app, "s@most.test", PASSWORD).await.expect("in");
    let ended = app
        .acting_as(&staff)
        .sessions()
        .sign_out(one.session_id, true)
        .await
        .expect("out");
    assert_eq!(ended, 2);
    for session in [one, two] {
        assert!(
            app.public()
                .sessions()
                .refresh(&session.refresh_token, None, &LIMITS, Utc::now())
                .await
                .is_err()
        );
    }
}

#[tokio::test]
async fn a_session_switches_only_to_an_organisation_of_the_user() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let other = organisation(&db, "Drugi").await;
    let third = organisation(&db, "Tretji").await;
    let (user, staff) = member(&db, &most, "s@most.test", "Sara", MembershipRole::Staff).await;
    users::add_membership(&db, user.id, other.id, MembershipRole::Mentor)
        .await
        .expect("second membership");
    let session = signs_in(&app, "s@most.test", PASSWORD).await.expect("in");
    let sessions = app.acting_as(&staff).sessions();

    let refused = sessions
        .switch_organisation(session.session_id, third.id)
        .await;
    assert!(matches!(
        refused,
        Err(AppError::Refused(DomainError::Forbidden))
    ));

    let now = sessions
        .switch_organisation(session.session_id, other.id)
        .await
        .expect("switched");
    assert_eq!(now.organisation_id(), Some(other.id));
    let refreshed = app
        .public()
        .sessions()
        .refresh(
            &session.refresh_token,
            None,
            &LIMITS,
            Utc::now() + Duration::days(1),
        )
        .await
        .expect("refreshed");
    assert_eq!(
        refreshed.organisation_id,
        Some(other.id),
        "the refresh keeps it"
    );
}
