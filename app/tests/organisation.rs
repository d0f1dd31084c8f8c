//! Use cases of organisations and their members, without HTTP, on a real database.

mod common;

use common::*;
use skupaj_app::AppError;
use skupaj_app::invitation::Invitee;
use skupaj_app::organisation::OrganisationChanges;
use skupaj_domain::DomainError;
use skupaj_domain::invitation::{InvitationAnswer, InvitationStatus};
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::organisation::{OrganisationInput, OrganisationKind, OrganisationSector};
use skupaj_persistence::users;

fn draft(name: &str) -> OrganisationInput {
    OrganisationInput {
        kind: OrganisationKind::Municipality,
        name: name.to_owned(),
        description: None,
        municipality: "Nova Gorica".to_owned(),
        region: None,
        address: None,
        coordinates: None,
        contact_email: None,
        working_languages: vec![],
        sector: OrganisationSector::Public,
        cwcs: None,
    }
}

fn refused(result: Result<impl std::fmt::Debug, AppError>) -> DomainError {
    match result {
        Err(AppError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn field_of(refusal: DomainError) -> String {
    match refusal {
        DomainError::Validation(validation) => validation.field,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_platform_admin_opens_an_organisation_that_the_directory_shows_audited() {
    let (app, db) = app().await;
    let admin = platform_admin(&db).await;
    let (created, unwritten) = audited(
        &admin,
        "createOrganisation",
        app.acting_as(&admin).organisations().create(
            draft("Občina Nova Gorica"),
            Some(45.95),
            Some(13.64),
        ),
    )
    .await;
    let created = created.expect("created");
    assert!(unwritten.is_none(), "the entry is written with the change");
    let listed = app
        .public()
        .directory()
        .one(created.id)
        .await
        .expect("listed");
    assert_eq!(listed.profile.name, "Občina Nova Gorica");
    assert_eq!(listed.profile.coordinates.map(|c| c.latitude), Some(45.95));
    let entry = &audit_entries(&db, "createOrganisation").await[0];
    assert_eq!(entry.entity_type.as_deref(), Some("Organisation"));
    assert_eq!(entry.entity_id, Some(created.id));
}

#[tokio::test]
async fn nobody_else_opens_an_organisation_and_half_a_position_is_refused() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let (_, org_admin) = member(&db, &most, "a@most.test", "Ana", MembershipRole::OrgAdmin).await;
    let refusal = refused(
        app.acting_as(&org_admin)
            .organisations()
            .create(draft("Mine"), None, None)
            .await,
    );
    assert_eq!(refusal, DomainError::Forbidden);
    let admin = platform_admin(&db).await;
    let refusal = refused(
        app.acting_as(&admin)
            .organisations()
            .create(draft("Half"), Some(45.0), None)
            .await,
    );
    assert_eq!(field_of(refusal), "longitude");
}

#[tokio::test]
async fn an_org_admin_edits_their_own_organisation_only() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let other = organisation(&db, "Drugi").await;
    let (_, admin) = member(&db, &most, "a@most.test", "Ana", MembershipRole::OrgAdmin).await;
    let organisations = app.acting_as(&admin).organisations();

    let (edited, _) = audited(
        &admin,
        "updateOrganisation",
        organisations.update(
            most.id,
            OrganisationChanges {
                description: Some(Some("Bridges".to_owned())),
                ..Default::default()
            },
        ),
    )
    .await;
    let edited = edited.expect("edited");
    assert_eq!(edited.profile.description.as_deref(), Some("Bridges"));
    assert_eq!(edited.profile.name, "Most", "what was not named stays");
    let entry = &audit_entries(&db, "updateOrganisation").await[0];
    assert_eq!(entry.entity_type.as_deref(), Some("Organisation"));
    assert_eq!(entry.entity_id, Some(most.id));

    let refusal = refused(
        organisations
            .update(
                other.id,
                OrganisationChanges {
                    name: Some("Taken over".to_owned()),
                    ..Default::default()
                },
            )
            .await,
    );
    assert_eq!(refusal, DomainError::Forbidden);
    let unchanged = app.public().directory().one(other.id).await.expect("there");
    assert_eq!(unchanged.profile.name, "Drugi");
}

#[tokio::test]
async fn an_edit_that_breaks_a_rule_changes_nothing() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let (_, admin) = member(&db, &most, "a@most.test", "Ana", MembershipRole::OrgAdmin).await;
    let refusal = refused(
        app.acting_as(&admin)
            .organisations()
            .update(
                most.id,
                OrganisationChanges {
                    name: Some(String::new()),
                    latitude: Some(Some(46.0)),
                    ..Default::default()
                },
            )
            .await,
    );
    assert!(matches!(refusal, DomainError::Validation(_)));
    let unchanged = app.public().directory().one(most.id).await.expect("there");
    assert_eq!(unchanged.profile.name, "Most");
    assert_eq!(unchanged.profile.coordinates, None);
}

#[tokio::test]
async fn colleagues_find_each_other_and_outsiders_see_no_members() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let other = organisation(&db, "Drugi").await;
    let (_, staff) = member(
        &db,
        &most,
        "s@most.test",
        "Ivana Šarić",
        MembershipRole::Staff,
    )
    .await;
    member(&db, &most, "m@most.test", "Marko", MembershipRole::Mentor).await;
    let (_, outsider) = member(
        &db,
        &other,
        "o@drugi.test",
        "Olga",
        MembershipRole::OrgAdmin,
    )
    .await;

    let found = app
        .acting_as(&staff)
        .organisations()
        .members_matching(most.id, "saric")
        .await
        .expect("members");
    let names: Vec<_> = found.iter().map(|(_, u)| u.display_name.as_str()).collect();
    assert_eq!(names, ["Ivana Šarić"]);
    let page = app
        .acting_as(&staff)
        .organisations()
        .members(most.id, None, 1)
        .await
        .expect("a page");
    assert_eq!(page.items.len(), 1);
    assert!(page.has_next_page);

    let refusal = refused(
        app.acting_as(&outsider)
            .organisations()
            .members(most.id, None, 20)
            .await,
    );
    assert_eq!(refusal, DomainError::Forbidden);
    let refusal = refused(
        app.acting_as(&staff)
            .organisations()
            .members_matching(most.id, "   ")
            .await,
    );
    assert_eq!(field_of(refusal), "search");
}

#[tokio::test]
async fn an_org_admin_changes_roles_but_never_demotes_themselves() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let (admin_user, admin) =
        member(&db, &most, "a@most.test", "Ana", MembershipRole::OrgAdmin).await;
    let (staff, _) = member(&db, &most, "s@most.test", "Sara", MembershipRole::Staff).await;
    let memberships = app.acting_as(&admin).memberships();

    let changed = memberships
        .change_role(most.id, staff.id, MembershipRole::CaseManager)
        .await
        .expect("changed");
    assert_eq!(changed.role, MembershipRole::CaseManager);

    let refusal = refused(
        memberships
            .change_role(most.id, admin_user.id, MembershipRole::Staff)
            .await,
    );
    assert_eq!(refusal, DomainError::Forbidden);
    let kept = users::membership(&db, admin_user.id, most.id)
        .await
        .expect("read")
        .expect("still a member");
    assert_eq!(kept.role, MembershipRole::OrgAdmin);
}

#[tokio::test]
async fn an_invitation_is_answered_by_the_invited_person_only() {
    let (app, db) = app().await;
    let most = organisation(&db, "Most").await;
    let (_, admin) = member(&db, &most, "a@most.test", "Ana", MembershipRole::OrgAdmin).await;
    let (invited_user, _) = member(
        &db,
        &organisation(&db, "Drugi").await,
        "n@x.test",
        "Nina",
        MembershipRole::Staff,
    )
    .await;
    let invitation = app
        .acting_as(&admin)
        .invitations()
        .invite(
            most.id,
            Invitee {
                email: "n@x.test",
                role: MembershipRole::Mentor,
                display_name: "Nina",
                preferred_locale: None,
                initial_password: "another long password",
            },
        )
        .await
        .expect("invited");
    assert_eq!(invitation.user_id, invited_user.id);

    let invited = common::acting(&invited_user, &most, MembershipRole::Staff);
    let invited = skupaj_domain::access::Actor {
        acting: None,
        ..invited
    };
    assert_eq!(
        app.acting_as(&invited)
            .notifications()
            .unread_count()
            .await
            .expect("inbox"),
        1,
        "the invited person hears of it"
    );
    let open = app
        .acting_as(&invited)
        .invitations()
        .open_for_me()
        .await
        .expect("open");
    assert_eq!(open.len(), 1);

    let refusal = refused(
        app.acting_as(&admin)
            .invitations()
            .answer(invitation.id, InvitationAnswer::Accept)
            .await,
    );
    assert_eq!(refusal, DomainError::NotFound, "the admin cannot answer it");
    assert!(
        users::membership(&db, invited_user.id, most.id)
            .await
            .expect("read")
            .is_none()
    );

    let (answered, membership) = app
        .acting_as(&invited)
        .invitations()
        .answer(invitation.id, InvitationAnswer::Accept)
        .await
        .expect("accepted");
    assert_eq!(answered.stored_status, InvitationStatus::Accepted);
    assert_eq!(membership.map(|m| m.role), Some(MembershipRole::Mentor));

    let again = refused(
        app.acting_as(&invited)
            .invitations()
            .answer(invitation.id, InvitationAnswer::Decline)
            .await,
    );
    assert!(matches!(again, DomainError::InvalidTransition(_)));
}

#[tokio::test]
async fn inviting_into_an_unknown_organisation_is_not_found() {
    let (app, db) = app().await;
    let admin = platform_admin(&db).await;
    let refusal = refused(
        app.acting_as(&admin)
            .invitations()
            .invite(
                uuid::Uuid::now_v7(),
                Invitee {
                    email: "n@x.test",
                    role: MembershipRole::Staff,
                    display_name: "Nina",
                    preferred_locale: None,
                    initial_password: "another long password",
                },
            )
            .await,
    );
    assert_eq!(refusal, DomainError::NotFound);
    assert!(
        users::find_by_email(
            &db,
            &skupaj_domain::email::Email::parse("e", "n@x.test").unwrap()
        )
        .await
        .expect("read")
        .is_none(),
        "no account was opened"
    );
}
