//! Stakeholder groups: a municipality convenes organisations with at least two coordinators;
//! members see figures across organisations, suppressed under k; outsiders see nothing.

use serde_json::{Value, json};
use skupaj_tests::{TestApp, create_referral, error_code, error_field, gql, user_id};

#[tokio::test]
async fn a_municipality_convenes_a_group_with_at_least_two_coordinators() {
    let c = TestApp::with_referral_case().await;
    let town = c
        .app
        .organisation(&c.admin, "MUNICIPALITY", "Urad Ljubljana", "Ljubljana")
        .await;
    let officer = c
        .app
        .member(&c.admin, &town, "officer@lj.test", "STAFF")
        .await;
    let officer_id = user_id(&c.app, &officer).await;
    let cm_id = user_id(&c.app, &c.case_manager).await;
    const CREATE: &str = "mutation($input: CreateStakeholderGroupInput!) { createStakeholderGroup(input: $input) { group { id name } } }";
    let alone = gql(&c.app, &officer, CREATE, json!({ "input": { "name": "Ljubljana together", "memberOrganisationIds": [c.ngo, c.space], "coordinatorUserIds": [officer_id] } })).await;
    assert_eq!(error_field(&alone), Some("coordinatorUserIds"), "{alone}");
    let created = gql(&c.app, &officer, CREATE, json!({ "input": { "name": "Ljubljana together", "memberOrganisationIds": [c.ngo, c.space], "coordinatorUserIds": [officer_id, cm_id] } })).await;
    let group = created["data"]["createStakeholderGroup"]["group"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{created}"))
        .to_owned();
    let ngo_cannot = gql(&c.app, &c.case_manager, CREATE, json!({ "input": { "name": "x", "memberOrganisationIds": [], "coordinatorUserIds": [officer_id, cm_id] } })).await;
    assert_eq!(error_code(&ngo_cannot), Some("FORBIDDEN"));

    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    const GROUP: &str = "query($id: ID!) { stakeholderGroup(id: $id) { name coordinators { displayName } members { name } referralStats { total minCell byStatus { status count } } } }";
    let seen = gql(&c.app, &c.receiver, GROUP, json!({ "id": group })).await;
    let view = &seen["data"]["stakeholderGroup"];
    assert_eq!(
        view["coordinators"].as_array().map(Vec::len),
        Some(2),
        "{seen}"
    );
    // Figures across organisations: the one referral is under k, so nothing is counted.
    assert_eq!(view["referralStats"]["total"], Value::Null, "{seen}");
    assert_eq!(view["referralStats"]["minCell"], 5);
    assert!(
        view["referralStats"]["byStatus"]
            .as_array()
            .is_some_and(|counts| counts.len() == 10 && counts.iter().all(|c| c["count"].is_null())),
        "{seen}"
    );
    assert!(!seen.to_string().contains("Amina"));
    let outsider = gql(&c.app, &c.third_staff, GROUP, json!({ "id": group })).await;
    assert_eq!(error_code(&outsider), Some("NOT_FOUND"));
}
