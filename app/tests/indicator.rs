//! The indicators' use cases, without HTTP, on a real SQLite database: who may count, what a
//! bad request is told, and that a refusal is decided before anything is read.

use chrono::{Duration, Utc};
use skupaj_app::indicator::IndicatorFilter;
use skupaj_app::{App, AppError};
use skupaj_domain::DomainError;
use skupaj_domain::access::{ActingMembership, Actor};
use skupaj_domain::indicators::ReferralDimension;
use skupaj_domain::membership::{MembershipRole, PlatformRole};
use skupaj_domain::organisation::OrganisationKind;
use uuid::Uuid;

async fn app() -> App {
    let path = std::env::temp_dir().join(format!("skupaj-app-indicator-{}.db", Uuid::now_v7()));
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let db = skupaj_persistence::database::connect(&url)
        .await
        .expect("connect");
    skupaj_persistence::database::migrate(&db)
        .await
        .expect("migrate");
    App::new(db)
}

fn admin() -> Actor {
    Actor {
        user_id: Uuid::now_v7(),
        platform_role: Some(PlatformRole::PlatformAdmin),
        acting: None,
    }
}

fn member(role: MembershipRole, kind: OrganisationKind) -> Actor {
    Actor {
        user_id: Uuid::now_v7(),
        platform_role: None,
        acting: Some(ActingMembership {
            organisation_id: Uuid::now_v7(),
            organisation_kind: kind,
            organisation_municipality: "Ljubljana".to_owned(),
            role,
        }),
    }
}

fn invalid_field(result: Result<impl std::fmt::Debug, AppError>) -> String {
    match result {
        Err(AppError::Refused(DomainError::Validation(invalid))) => invalid.field,
        other => panic!("expected VALIDATION, got {other:?}"),
    }
}

#[tokio::test]
async fn officers_analysts_and_admins_count_what_they_may() {
    let app = app().await;
    for actor in [
        admin(),
        member(MembershipRole::Analyst, OrganisationKind::Ngo),
        member(MembershipRole::Staff, OrganisationKind::Municipality),
    ] {
        let indicators = app.acting_as(&actor).indicators();
        let facts = indicators
            .referral_facts(&IndicatorFilter::default(), &[ReferralDimension::Status])
            .await
            .expect("referral facts");
        assert!(facts.is_empty());
        let enrolments = indicators.enrolment_facts().await.expect("enrolments");
        assert!(enrolments.is_empty());
    }
}

#[tokio::test]
async fn case_workers_are_refused_before_their_request_is_looked_at() {
    let app = app().await;
    let case_manager = member(MembershipRole::CaseManager, OrganisationKind::Ngo);
    let indicators = app.acting_as(&case_manager).indicators();
    let too_many = [
        ReferralDimension::Status,
        ReferralDimension::Month,
        ReferralDimension::Gender,
    ];
    for group_by in [&[][..], &too_many[..]] {
        let refused = indicators
            .referral_facts(&IndicatorFilter::default(), group_by)
            .await;
        assert!(matches!(
            refused,
            Err(AppError::Refused(DomainError::Forbidden))
        ));
    }
    assert!(matches!(
        indicators.enrolment_facts().await,
        Err(AppError::Refused(DomainError::Forbidden))
    ));
}

#[tokio::test]
async fn a_bad_request_names_the_field_at_fault() {
    let app = app().await;
    let admin = admin();
    let indicators = app.acting_as(&admin).indicators();
    let any = IndicatorFilter::default();

    let three = [
        ReferralDimension::Status,
        ReferralDimension::Month,
        ReferralDimension::Gender,
    ];
    assert_eq!(
        invalid_field(indicators.referral_facts(&any, &three).await),
        "groupBy"
    );
    let twice = [ReferralDimension::Month, ReferralDimension::Month];
    assert_eq!(
        invalid_field(indicators.referral_facts(&any, &twice).await),
        "groupBy"
    );
    let now = Utc::now();
    let backwards = IndicatorFilter {
        sent_from: Some(now),
        sent_to: Some(now - Duration::days(1)),
        ..IndicatorFilter::default()
    };
    assert_eq!(
        invalid_field(indicators.referral_facts(&backwards, &[]).await),
        "filter.sentTo"
    );
}
