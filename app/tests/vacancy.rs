//! Vacancy use cases without HTTP: posting, listing, closing.

#![allow(clippy::unwrap_used)] // a test fails loudly where its setup does

mod support_seed;

use chrono::{Duration, Utc};
use skupaj_app::AppError;
use skupaj_app::vacancy::{VacancyPost, VacancySearch};
use skupaj_domain::DomainError;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::organisation::OrganisationKind;
use skupaj_domain::participant::CefrLevel;
use skupaj_persistence::vacancies;
use support_seed::World;

fn welder() -> VacancyPost {
    VacancyPost {
        occupation: " Welder ".to_owned(),
        skills: vec!["welding".to_owned()],
        min_language: Some(("sl".to_owned(), CefrLevel::A2)),
        municipality: "Koper".to_owned(),
        openings: 2,
        valid_until: Utc::now().date_naive() + Duration::days(30),
    }
}

fn refusal(result: Result<impl std::fmt::Debug, AppError>) -> DomainError {
    match result {
        Err(AppError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn an_employer_posts_and_closes_and_a_closed_vacancy_leaves_the_open_list() {
    let world = World::new().await;
    let company = world
        .organisation("Ladjedelnica", OrganisationKind::Company)
        .await;
    let staff = world
        .member(
            "hr@ladja.example",
            company,
            OrganisationKind::Company,
            MembershipRole::Staff,
        )
        .await;
    let vacancies = world.app.acting_as(&staff).vacancies();
    let posted = vacancies.post(welder()).await.expect("post");
    assert_eq!(posted.organisation_id, company);
    assert_eq!(posted.occupation, "welder");

    let open = vacancies
        .list(VacancySearch::default(), None, 20)
        .await
        .unwrap();
    assert_eq!(open.items.len(), 1);

    let closed = vacancies.close(posted.id).await.expect("close");
    assert!(closed.valid_until < Utc::now().date_naive());
    let open = vacancies
        .list(VacancySearch::default(), None, 20)
        .await
        .unwrap();
    assert!(open.items.is_empty());
    let all = vacancies
        .list(
            VacancySearch {
                include_closed: true,
                ..VacancySearch::default()
            },
            None,
            20,
        )
        .await
        .unwrap();
    assert_eq!(all.items.len(), 1);
}

#[tokio::test]
async fn others_cannot_post_or_close_and_bad_input_writes_nothing() {
    let world = World::new().await;
    let company = world
        .organisation("Ladjedelnica", OrganisationKind::Company)
        .await;
    let other = world.organisation("Druga", OrganisationKind::Company).await;
    let ngo = world.organisation("Most", OrganisationKind::Ngo).await;
    let staff = world
        .member(
            "hr@ladja.example",
            company,
            OrganisationKind::Company,
            MembershipRole::Staff,
        )
        .await;
    let competitor = world
        .member(
            "hr@druga.example",
            other,
            OrganisationKind::Company,
            MembershipRole::Staff,
        )
        .await;
    let ngo_staff = world
        .member(
            "cm@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::Staff,
        )
        .await;

    assert_eq!(
        refusal(
            world
                .app
                .acting_as(&ngo_staff)
                .vacancies()
                .post(welder())
                .await
        ),
        DomainError::Forbidden
    );
    let own = world.app.acting_as(&staff).vacancies();
    let bad_language = VacancyPost {
        min_language: Some(("xx-not".to_owned(), CefrLevel::A2)),
        ..welder()
    };
    assert!(matches!(
        refusal(own.post(bad_language).await),
        DomainError::Validation(error) if error.field == "minLanguage.language"
    ));
    assert!(
        own.list(VacancySearch::default(), None, 20)
            .await
            .unwrap()
            .items
            .is_empty()
    );

    let posted = own.post(welder()).await.expect("post");
    assert_eq!(
        refusal(
            world
                .app
                .acting_as(&competitor)
                .vacancies()
                .close(posted.id)
                .await
        ),
        DomainError::NotFound
    );
    assert_eq!(
        refusal(
            world
                .app
                .acting_as(&ngo_staff)
                .vacancies()
                .close(posted.id)
                .await
        ),
        DomainError::Forbidden
    );
    let stored = vacancies::get(&world.db, posted.id).await.unwrap().unwrap();
    assert_eq!(stored.valid_until, posted.valid_until);
}
