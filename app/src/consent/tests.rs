//! Consents, without HTTP, on a real database.

use skupaj_domain::DomainError;
use skupaj_domain::consent::{ConsentMethod, ConsentPurpose, FieldGroup};
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::organisation::OrganisationKind;

use super::NewConsent;
use crate::AppError;
use crate::testing::World;

fn refused(result: Result<impl std::fmt::Debug, AppError>) -> DomainError {
    match result {
        Err(AppError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn referral_consent(language: &str) -> NewConsent {
    NewConsent {
        purpose: ConsentPurpose::Referral,
        covered_organisations: Vec::new(),
        covered_kinds: vec![OrganisationKind::Ngo],
        field_groups: vec![FieldGroup::Identity],
        method: ConsentMethod::Written,
        language: language.to_owned(),
        expires_at: None,
    }
}

#[tokio::test]
async fn the_owner_records_and_withdraws_a_consent_and_others_see_nothing() {
    let world = World::new().await;
    let ours = world.organisation("Most").await;
    let theirs = world.organisation("Drugi").await;
    let staff = world.member(ours, MembershipRole::Staff).await;
    let mentor = world.member(ours, MembershipRole::Mentor).await;
    let stranger = world.member(theirs, MembershipRole::Staff).await;
    let id = world.participant(&staff, "Amina").await;
    let consents = world.app.acting_as(&staff).consents();

    let unseen = world
        .app
        .acting_as(&stranger)
        .consents()
        .record(id, referral_consent("ar"))
        .await;
    assert_eq!(refused(unseen), DomainError::NotFound);
    let bad = consents
        .record(id, referral_consent("not a language"))
        .await;
    assert!(matches!(refused(bad), DomainError::Validation(_)));
    assert!(
        consents
            .of_participant(id, ours)
            .await
            .expect("consents")
            .is_empty()
    );

    let consent = consents
        .record(id, referral_consent("ar"))
        .await
        .expect("recorded");
    assert_eq!(
        consents
            .of_participant(id, ours)
            .await
            .expect("consents")
            .len(),
        1
    );
    assert_eq!(
        refused(
            world
                .app
                .acting_as(&mentor)
                .consents()
                .of_participant(id, ours)
                .await
        ),
        DomainError::Forbidden
    );

    let not_theirs = world
        .app
        .acting_as(&stranger)
        .consents()
        .withdraw(consent.id)
        .await;
    assert_eq!(refused(not_theirs), DomainError::NotFound);
    let (withdrawn, cancelled) = consents.withdraw(consent.id).await.expect("withdrawn");
    assert!(withdrawn.withdrawn_at.is_some());
    assert!(cancelled.is_empty());
}
