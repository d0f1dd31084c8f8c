//! Stakeholder group use cases without HTTP: convening, listing, seeing one.

#![allow(clippy::unwrap_used)] // a test fails loudly where its setup does

mod support_seed;

use skupaj_app::AppError;
use skupaj_domain::DomainError;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::organisation::OrganisationKind;
use support_seed::World;
use uuid::Uuid;

fn refusal(result: Result<impl std::fmt::Debug, AppError>) -> DomainError {
    match result {
        Err(AppError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn a_municipality_convenes_a_group_its_members_see_and_strangers_do_not() {
    let world = World::new().await;
    let town = world
        .organisation("Občina", OrganisationKind::Municipality)
        .await;
    let ngo = world.organisation("Most", OrganisationKind::Ngo).await;
    let outsider_org = world.organisation("Drugi", OrganisationKind::Ngo).await;
    let officer = world
        .member(
            "staff@obcina.example",
            town,
            OrganisationKind::Municipality,
            MembershipRole::Staff,
        )
        .await;
    let coordinator = world
        .member(
            "cm@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::CaseManager,
        )
        .await;
    let outsider = world
        .member(
            "cm@drugi.example",
            outsider_org,
            OrganisationKind::Ngo,
            MembershipRole::CaseManager,
        )
        .await;

    let group = world
        .app
        .acting_as(&officer)
        .stakeholder_groups()
        .convene(
            "  Partnerstvo  ",
            vec![ngo],
            vec![officer.user_id, coordinator.user_id],
        )
        .await
        .expect("convene");
    assert_eq!(group.convener_id, town);
    assert_eq!(group.member_ids, vec![ngo]);
    assert_eq!(group.coordinator_ids.len(), 2);

    let member = world.app.acting_as(&coordinator).stakeholder_groups();
    assert_eq!(member.of_organisation().await.unwrap().len(), 1);
    assert!(member.one(group.id).await.unwrap().is_some());
    assert!(member.programmes(&group).await.unwrap().is_empty());

    let stranger = world.app.acting_as(&outsider).stakeholder_groups();
    assert!(stranger.of_organisation().await.unwrap().is_empty());
    assert!(stranger.one(group.id).await.unwrap().is_none());
}

#[tokio::test]
async fn only_a_municipality_convenes_and_bad_members_or_coordinators_write_nothing() {
    let world = World::new().await;
    let town = world
        .organisation("Občina", OrganisationKind::Municipality)
        .await;
    let ngo = world.organisation("Most", OrganisationKind::Ngo).await;
    let elsewhere = world.organisation("Drugi", OrganisationKind::Ngo).await;
    let officer = world
        .member(
            "staff@obcina.example",
            town,
            OrganisationKind::Municipality,
            MembershipRole::Staff,
        )
        .await;
    let analyst = world
        .member(
            "an@obcina.example",
            town,
            OrganisationKind::Municipality,
            MembershipRole::Analyst,
        )
        .await;
    let member_worker = world
        .member(
            "cm@most.example",
            ngo,
            OrganisationKind::Ngo,
            MembershipRole::CaseManager,
        )
        .await;
    let far_away = world
        .member(
            "cm@drugi.example",
            elsewhere,
            OrganisationKind::Ngo,
            MembershipRole::CaseManager,
        )
        .await;

    assert_eq!(
        refusal(
            world
                .app
                .acting_as(&analyst)
                .stakeholder_groups()
                .convene(
                    "Partnerstvo",
                    vec![ngo],
                    vec![officer.user_id, member_worker.user_id]
                )
                .await
        ),
        DomainError::Forbidden
    );
    let groups = world.app.acting_as(&officer).stakeholder_groups();
    let unknown = Uuid::now_v7();
    assert!(matches!(
        refusal(
            groups
                .convene("Partnerstvo", vec![unknown], vec![officer.user_id, member_worker.user_id])
                .await
        ),
        DomainError::Validation(error) if error.field == "memberOrganisationIds[0]"
    ));
    assert!(matches!(
        refusal(
            groups
                .convene("Partnerstvo", vec![ngo], vec![officer.user_id, far_away.user_id])
                .await
        ),
        DomainError::Validation(error) if error.field.starts_with("coordinatorUserIds[")
    ));
    assert!(matches!(
        refusal(
            groups
                .convene("Partnerstvo", vec![ngo], vec![officer.user_id])
                .await
        ),
        DomainError::Validation(_)
    ));
    assert!(groups.of_organisation().await.unwrap().is_empty());
}
