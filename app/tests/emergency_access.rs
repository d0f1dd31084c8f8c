//! Emergency access without HTTP, on a real SQLite file database: a grant needs an open
//! referral and a reason, opens the record to its holder only until it ends, is notified to the
//! owner's admins and the auditors in its own transaction, and is audited.

mod common;

use chrono::{Duration, Utc};
use skupaj_app::AppError;
use skupaj_app::referral::CreateReferral;
use skupaj_domain::DomainError;
use skupaj_domain::access::{ParticipantFacet, platform_job};
use skupaj_domain::consent::{ConsentMethod, ConsentPurpose, ConsentTerms, FieldGroup};
use skupaj_domain::emergency_access::GrantDuration;
use skupaj_domain::membership::{MembershipRole, PlatformRole};
use skupaj_domain::notification::NotificationKind;
use skupaj_domain::participant::ParticipantInput;
use skupaj_domain::referral::{NeedDomain, ReferralKind, ReferralPriority};
use skupaj_persistence::{consents, notifications, participants};

use common::{audit_entries, audited, database, member, organisation, user};

const REASON: &str = "Medical emergency at the centre, allergies needed";

#[tokio::test]
async fn a_grant_opens_the_record_to_its_holder_until_it_ends() {
    let db = database().await;
    let app = skupaj_app::App::new(db.clone()).with_grant_duration(GrantDuration::seconds(2));
    let owner = organisation(&db, "Owner").await;
    let engaged = organisation(&db, "Engaged").await;
    let (_, case_manager) = member(
        &db,
        &owner,
        "cm@owner.test",
        "Nina",
        MembershipRole::CaseManager,
    )
    .await;
    let (admin, admin_actor) = member(
        &db,
        &owner,
        "admin@owner.test",
        "Ana",
        MembershipRole::OrgAdmin,
    )
    .await;
    let (_, staff) = member(
        &db,
        &engaged,
        "staff@engaged.test",
        "Luka",
        MembershipRole::Staff,
    )
    .await;
    let (_, colleague) = member(
        &db,
        &engaged,
        "sara@engaged.test",
        "Sara",
        MembershipRole::Staff,
    )
    .await;
    let auditor = user(
        &db,
        "audit@skupaj.test",
        "Auditor",
        Some(PlatformRole::Auditor),
    )
    .await;

    let profile = ParticipantInput {
        given_name: "Amina".to_owned(),
        preferred_language: "ar".to_owned(),
        legal_status: Some("INTERNATIONAL_PROTECTION".parse().expect("a status")),
        ..ParticipantInput::default()
    }
    .validate(Utc::now().date_naive())
    .expect("profile");
    let participant = participants::create(&db, platform_job(), owner.id, &profile, None)
        .await
        .expect("participant")
        .id;
    let terms = ConsentTerms::parse(
        ConsentPurpose::Referral,
        vec![engaged.id],
        Vec::new(),
        vec![FieldGroup::Identity],
        ConsentMethod::Written,
        "ar",
        None,
        Utc::now(),
    )
    .expect("terms");
    consents::record(
        &db,
        platform_job(),
        participant,
        &terms,
        case_manager.user_id,
    )
    .await
    .expect("consent");

    // No open referral yet: refused, nothing written.
    let (refused, _) = audited(
        &staff,
        "requestEmergencyAccess",
        app.acting_as(&staff)
            .emergency_access()
            .request(participant, REASON),
    )
    .await;
    assert!(matches!(
        refused,
        Err(AppError::Refused(DomainError::Forbidden))
    ));

    audited(
        &case_manager,
        "createReferral",
        app.acting_as(&case_manager)
            .referrals()
            .create(CreateReferral {
                participant_id: participant,
                to_organisation_id: engaged.id,
                programme_id: None,
                need_domain: NeedDomain::Employment,
                priority: ReferralPriority::Normal,
                reason: "looking for work".to_owned(),
                respond_by: Utc::now().date_naive() + Duration::days(7),
                kind: ReferralKind::Service,
                send: true,
            }),
    )
    .await
    .0
    .expect("referral");

    let before = app
        .acting_as(&staff)
        .participants()
        .get(participant)
        .await
        .expect("seen");
    assert!(!before.facets.contains(&ParticipantFacet::Legal));
    assert_eq!(before.emergency_reason, None);

    // Too short a reason: validation on `reason`.
    let (short, _) = audited(
        &staff,
        "requestEmergencyAccess",
        app.acting_as(&staff)
            .emergency_access()
            .request(participant, "urgent"),
    )
    .await;
    match short {
        Err(AppError::Refused(DomainError::Validation(error))) => assert_eq!(error.field, "reason"),
        other => panic!("expected a validation error, got {other:?}"),
    }

    let (granted, unwritten) = audited(
        &staff,
        "requestEmergencyAccess",
        app.acting_as(&staff)
            .emergency_access()
            .request(participant, REASON),
    )
    .await;
    let grant = granted.expect("granted");
    assert!(
        unwritten.is_none(),
        "the audit entry is written with the grant"
    );
    assert_eq!(grant.expires_at - grant.granted_at, Duration::seconds(2));
    let entry = &audit_entries(&db, "requestEmergencyAccess").await[0];
    assert_eq!(entry.entity_id, Some(grant.id));
    assert_eq!(entry.entity_type.as_deref(), Some("EmergencyAccessGrant"));

    let during = app
        .acting_as(&staff)
        .participants()
        .get(participant)
        .await
        .expect("seen");
    assert!(during.facets.contains(&ParticipantFacet::Legal));
    assert_eq!(during.emergency_reason.as_deref(), Some(REASON));
    let others = app
        .acting_as(&colleague)
        .participants()
        .get(participant)
        .await
        .expect("seen");
    assert!(!others.facets.contains(&ParticipantFacet::Legal));

    for user in [admin.id, auditor.id] {
        let inbox = notifications::inbox(&db, user, false, None, 10)
            .await
            .expect("inbox");
        assert_eq!(
            inbox
                .items
                .iter()
                .map(|n| (n.kind, n.subject_id))
                .collect::<Vec<_>>(),
            vec![(NotificationKind::EmergencyAccessGranted, grant.id)]
        );
    }
    let holder_inbox = notifications::inbox(&db, staff.user_id, false, None, 10)
        .await
        .expect("inbox");
    // The holder hears of the referral that engages them, not of their own grant.
    assert!(
        holder_inbox
            .items
            .iter()
            .all(|n| n.kind != NotificationKind::EmergencyAccessGranted)
    );

    let listed = app
        .acting_as(&admin_actor)
        .emergency_access()
        .list(None, 10)
        .await
        .expect("owner's admins list");
    assert_eq!(listed.items.len(), 1);

    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let after = app
        .acting_as(&staff)
        .participants()
        .get(participant)
        .await
        .expect("seen");
    assert!(!after.facets.contains(&ParticipantFacet::Legal));
    assert_eq!(after.emergency_reason, None);
}
