//! The referral use cases without HTTP, on a real SQLite file database: every step writes its
//! history, raises the notification its domain rule names, and is audited in the transaction
//! of the change, also when an enrolment drives it; a refusal changes nothing.

use chrono::{Duration, Utc};
use skupaj_app::referral::{CreateReferral, Referrals};
use skupaj_app::{App, AppError};
use skupaj_domain::DomainError;
use skupaj_domain::access::{ActingMembership, Actor};
use skupaj_domain::audit::{AuditOutcome, AuditRecord};
use skupaj_domain::consent::{ConsentMethod, ConsentPurpose, ConsentTerms, FieldGroup};
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::notification::NotificationKind;
use skupaj_domain::organisation::{OrganisationInput, OrganisationKind, OrganisationSector};
use skupaj_domain::participant::ParticipantInput;
use skupaj_domain::programme::{ProgrammeInput, ProgrammeKind, ProgrammeStatus};
use skupaj_domain::referral::{
    CancelReason, DeclineReason, NeedDomain, Referral, ReferralAction, ReferralKind,
    ReferralOutcome, ReferralPriority, ReferralStatus,
};
use skupaj_domain::user::NewUser;
use skupaj_persistence::audit::{self, AuditFilter};
use skupaj_persistence::{
    Database, consents, notifications, organisations, participants, programmes, referrals, users,
};
use uuid::Uuid;

/// A database with three organisations (the sender A, the receiver B, a third C), a case
/// manager in each, and a participant of A whose consent covers B and C.
struct World {
    db: Database,
    app: App,
    sender: Actor,
    receiver: Actor,
    third: Actor,
    participant: Uuid,
}

async fn world() -> World {
    let path = std::env::temp_dir().join(format!("skupaj-app-{}.db", Uuid::now_v7()));
    let db = skupaj_persistence::connect(&format!("sqlite://{}?mode=rwc", path.display()))
        .await
        .expect("connect");
    skupaj_persistence::migrate(&db).await.expect("migrate");
    let mut actors = Vec::new();
    for name in ["Sender", "Receiver", "Third"] {
        let organisation = organisations::create(
            &db,
            skupaj_domain::access::platform_job(),
            &OrganisationInput {
                kind: OrganisationKind::Ngo,
                name: format!("{name} NGO"),
                description: None,
                municipality: "Ljubljana".to_owned(),
                region: None,
                address: None,
                coordinates: None,
                contact_email: None,
                working_languages: vec!["sl".to_owned()],
                sector: OrganisationSector::Informal,
                cwcs: None,
            }
            .validate()
            .expect("organisation"),
        )
        .await
        .expect("create organisation");
        let new_user = NewUser::parse(&format!("{}@example.org", name.to_lowercase()), name, "en")
            .expect("user");
        let user = users::create(&db, &new_user, "not a hash".to_owned(), None)
            .await
            .expect("create user");
        users::add_membership(&db, user.id, organisation.id, MembershipRole::CaseManager)
            .await
            .expect("membership");
        actors.push(Actor {
            user_id: user.id,
            platform_role: None,
            acting: Some(ActingMembership {
                organisation_id: organisation.id,
                organisation_kind: OrganisationKind::Ngo,
                organisation_municipality: "Ljubljana".to_owned(),
                role: MembershipRole::CaseManager,
            }),
        });
    }
    let [sender, receiver, third] = <[Actor; 3]>::try_from(actors).expect("three");
    let owner = sender.organisation_id().expect("acting");
    let profile = ParticipantInput {
        given_name: "Amina".to_owned(),
        preferred_language: "ar".to_owned(),
        ..ParticipantInput::default()
    }
    .validate(Utc::now().date_naive())
    .expect("profile");
    let participant = participants::create(
        &db,
        skupaj_domain::access::platform_job(),
        owner,
        &profile,
        Some(sender.user_id),
    )
    .await
    .expect("participant");
    let terms = ConsentTerms::parse(
        ConsentPurpose::Referral,
        vec![
            receiver.organisation_id().expect("acting"),
            third.organisation_id().expect("acting"),
        ],
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
        skupaj_domain::access::platform_job(),
        participant.id,
        &terms,
        sender.user_id,
    )
    .await
    .expect("consent");
    World {
        app: App::new(db.clone()),
        db,
        sender,
        receiver,
        third,
        participant: participant.id,
    }
}

/// Runs `use_case` as the mutation `operation` would: with its audit entry pending, written by
/// the transaction that commits the change.
async fn as_mutation<T>(
    actor: &Actor,
    operation: &str,
    use_case: impl Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
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
    audit::recording(record, use_case).await.0
}

impl World {
    fn referrals<'a>(&'a self, actor: &'a Actor) -> Referrals<'a> {
        self.app.acting_as(actor).referrals()
    }

    async fn create(&self, send: bool) -> Referral {
        let request = CreateReferral {
            participant_id: self.participant,
            to_organisation_id: self.receiver.organisation_id().expect("acting"),
            programme_id: None,
            need_domain: NeedDomain::Employment,
            priority: ReferralPriority::Normal,
            reason: "looking for work".to_owned(),
            respond_by: Utc::now().date_naive() + Duration::days(7),
            kind: ReferralKind::Service,
            send,
        };
        as_mutation(
            &self.sender,
            "createReferral",
            self.referrals(&self.sender).create(request),
        )
        .await
        .expect("create")
    }

    async fn history(&self, id: Uuid) -> Vec<(ReferralAction, ReferralStatus)> {
        referrals::events(&self.db, id)
            .await
            .expect("events")
            .into_iter()
            .map(|event| (event.action, event.to_status))
            .collect()
    }

    async fn inbox(&self, actor: &Actor, subject: Uuid) -> Vec<NotificationKind> {
        notifications::inbox(&self.db, actor.user_id, false, None, 100)
            .await
            .expect("inbox")
            .items
            .into_iter()
            .filter(|n| n.subject_id == subject)
            .map(|n| n.kind)
            .collect()
    }

    /// The audit log's operations on this referral, oldest first.
    async fn audited(&self, id: Uuid) -> Vec<String> {
        let filter = AuditFilter {
            entity_id: Some(id),
            ..AuditFilter::default()
        };
        let mut lines = audit::list(&self.db, &filter, None, 100)
            .await
            .expect("audit")
            .items;
        lines.reverse();
        lines
            .into_iter()
            .map(|line| {
                assert_eq!(line.entry.entity_type.as_deref(), Some("Referral"));
                line.entry.operation
            })
            .collect()
    }

    async fn get(&self, id: Uuid) -> Referral {
        referrals::get(&self.db, id)
            .await
            .expect("get")
            .expect("exists")
    }
}

#[tokio::test]
async fn create_and_send_write_history_notify_the_receiver_and_audit() {
    let w = world().await;
    let draft = w.create(false).await;
    assert_eq!(draft.status, ReferralStatus::Draft);
    assert_eq!(
        w.history(draft.id).await,
        [(ReferralAction::Create, ReferralStatus::Draft)]
    );
    assert!(w.inbox(&w.receiver, draft.id).await.is_empty());
    assert_eq!(w.audited(draft.id).await, ["createReferral"]);

    let sent = as_mutation(
        &w.sender,
        "sendReferral",
        w.referrals(&w.sender).send(draft.id, draft.version, None),
    )
    .await
    .expect("send")
    .referral;
    assert_eq!(sent.status, ReferralStatus::Sent);
    assert_eq!(sent.version, 2);
    assert!(sent.sent_at.is_some());
    assert_eq!(
        w.history(sent.id).await.last(),
        Some(&(ReferralAction::Send, ReferralStatus::Sent))
    );
    assert_eq!(
        w.inbox(&w.receiver, sent.id).await,
        [NotificationKind::ReferralReceived]
    );
    assert_eq!(w.audited(sent.id).await, ["createReferral", "sendReferral"]);

    // Created and sent at once: both history entries, the receiver hears once.
    let at_once = w.create(true).await;
    assert_eq!(
        w.history(at_once.id).await,
        [
            (ReferralAction::Create, ReferralStatus::Draft),
            (ReferralAction::Send, ReferralStatus::Sent)
        ]
    );
    assert_eq!(
        w.inbox(&w.receiver, at_once.id).await,
        [NotificationKind::ReferralReceived]
    );
}

#[tokio::test]
async fn accept_start_hold_resume_complete_each_write_history_notify_and_audit() {
    let w = world().await;
    let mut referral = w.create(true).await;
    let steps: [(
        &str,
        ReferralAction,
        ReferralStatus,
        Option<NotificationKind>,
    ); 5] = [
        (
            "acceptReferral",
            ReferralAction::Accept,
            ReferralStatus::Accepted,
            Some(NotificationKind::ReferralAccepted),
        ),
        (
            "startReferral",
            ReferralAction::Start,
            ReferralStatus::InProgress,
            None,
        ),
        (
            "holdReferral",
            ReferralAction::Hold,
            ReferralStatus::OnHold,
            None,
        ),
        (
            "resumeReferral",
            ReferralAction::Resume,
            ReferralStatus::InProgress,
            None,
        ),
        (
            "completeReferral",
            ReferralAction::Complete,
            ReferralStatus::Completed,
            Some(NotificationKind::ReferralCompleted),
        ),
    ];
    let mut operations = vec!["createReferral".to_owned()];
    for (operation, action, status, heard) in steps {
        let heard_before = w.inbox(&w.sender, referral.id).await.len();
        let r = w.referrals(&w.receiver);
        let (id, version) = (referral.id, referral.version);
        let comment = Some("noted");
        let done = match action {
            ReferralAction::Accept => {
                as_mutation(&w.receiver, operation, r.accept(id, version, comment)).await
            }
            ReferralAction::Start => {
                as_mutation(&w.receiver, operation, r.start(id, version, comment)).await
            }
            ReferralAction::Hold => {
                as_mutation(&w.receiver, operation, r.hold(id, version, comment)).await
            }
            ReferralAction::Resume => {
                as_mutation(&w.receiver, operation, r.resume(id, version, comment)).await
            }
            _ => {
                as_mutation(
                    &w.receiver,
                    operation,
                    r.complete(id, version, ReferralOutcome::ServiceProvided, comment),
                )
                .await
            }
        }
        .expect(operation);
        assert_eq!(done.referral.status, status, "{operation}");
        assert_eq!(done.referral.version, version + 1, "{operation}");
        let events = referrals::events(&w.db, id).await.expect("events");
        let last = events.last().expect("history");
        assert_eq!(
            (last.action, last.to_status),
            (action, status),
            "{operation}"
        );
        assert_eq!(last.comment.as_deref(), Some("noted"));
        assert_eq!(last.actor_organisation_id, w.receiver.organisation_id());
        let heard_now = w.inbox(&w.sender, id).await;
        match heard {
            Some(kind) => {
                assert_eq!(heard_now.len(), heard_before + 1, "{operation}");
                assert!(heard_now.contains(&kind), "{operation}");
            }
            // The domain tells the referrer of answers and closings only.
            None => assert_eq!(heard_now.len(), heard_before, "{operation}"),
        }
        operations.push(operation.to_owned());
        assert_eq!(w.audited(id).await, operations);
        referral = done.referral;
    }
    assert_eq!(referral.outcome, Some(ReferralOutcome::ServiceProvided));
    assert!(referral.first_response_at.is_some());
}

#[tokio::test]
async fn decline_then_reopen_and_cancel() {
    let w = world().await;
    let referral = w.create(true).await;
    let declined = as_mutation(
        &w.receiver,
        "declineReferral",
        w.referrals(&w.receiver).decline(
            referral.id,
            referral.version,
            DeclineReason::NoCapacity,
            "full until spring",
        ),
    )
    .await
    .expect("decline")
    .referral;
    assert_eq!(declined.status, ReferralStatus::Declined);
    assert_eq!(declined.decline_reason, Some(DeclineReason::NoCapacity));
    assert_eq!(
        w.inbox(&w.sender, referral.id).await,
        [NotificationKind::ReferralDeclined]
    );
    let reopened = as_mutation(
        &w.sender,
        "reopenReferral",
        w.referrals(&w.sender).reopen(
            referral.id,
            declined.version,
            "a place opened",
            Utc::now().date_naive() + Duration::days(3),
        ),
    )
    .await
    .expect("reopen")
    .referral;
    assert_eq!(reopened.status, ReferralStatus::Sent);
    // A new round: the last answer's reason and response time are cleared.
    assert_eq!(reopened.decline_reason, None);
    assert_eq!(reopened.first_response_at, None);
    assert_eq!(
        w.inbox(&w.receiver, referral.id).await,
        [
            NotificationKind::ReferralReceived,
            NotificationKind::ReferralReceived
        ]
    );
    let cancelled = as_mutation(
        &w.sender,
        "cancelReferral",
        w.referrals(&w.sender).cancel(
            referral.id,
            reopened.version,
            CancelReason::NoLongerNeeded,
            None,
        ),
    )
    .await
    .expect("cancel")
    .referral;
    assert_eq!(cancelled.status, ReferralStatus::Cancelled);
    assert!(
        w.inbox(&w.sender, referral.id)
            .await
            .contains(&NotificationKind::ReferralCancelled)
    );
    assert_eq!(
        w.history(referral.id).await,
        [
            (ReferralAction::Create, ReferralStatus::Draft),
            (ReferralAction::Send, ReferralStatus::Sent),
            (ReferralAction::Decline, ReferralStatus::Declined),
            (ReferralAction::Reopen, ReferralStatus::Sent),
            (ReferralAction::Cancel, ReferralStatus::Cancelled),
        ]
    );
    assert_eq!(
        w.audited(referral.id).await,
        [
            "createReferral",
            "declineReferral",
            "reopenReferral",
            "cancelReferral"
        ]
    );
}

#[tokio::test]
async fn redirect_sends_a_linked_referral_to_the_third_organisation() {
    let w = world().await;
    let referral = w.create(true).await;
    let third = w.third.organisation_id().expect("acting");
    let done = as_mutation(
        &w.receiver,
        "redirectReferral",
        w.referrals(&w.receiver)
            .redirect(referral.id, referral.version, third, "they do this"),
    )
    .await
    .expect("redirect");
    assert_eq!(done.referral.status, ReferralStatus::Redirected);
    let onward = done.redirected_to.expect("onward referral");
    assert_eq!(onward.status, ReferralStatus::Sent);
    assert_eq!(onward.to_organisation_id, third);
    assert_eq!(onward.redirected_from_id, Some(referral.id));
    assert_eq!(
        w.history(onward.id).await,
        [
            (ReferralAction::Create, ReferralStatus::Draft),
            (ReferralAction::Send, ReferralStatus::Sent)
        ]
    );
    assert_eq!(
        w.inbox(&w.sender, referral.id).await,
        [NotificationKind::ReferralRedirected]
    );
    assert_eq!(
        w.inbox(&w.third, onward.id).await,
        [NotificationKind::ReferralReceived]
    );
    assert_eq!(
        w.audited(referral.id).await,
        ["createReferral", "redirectReferral"]
    );
}

#[tokio::test]
async fn a_note_is_written_and_audited() {
    let w = world().await;
    let referral = w.create(true).await;
    let note = as_mutation(
        &w.receiver,
        "addReferralNote",
        w.referrals(&w.receiver).add_note(referral.id, "call me"),
    )
    .await
    .expect("note");
    assert_eq!(note.body, "call me");
    assert_eq!(
        note.author_organisation_id,
        w.receiver.organisation_id().expect("acting")
    );
    let notes = referrals::notes(&w.db, referral.id).await.expect("notes");
    assert_eq!(notes.len(), 1);
    assert_eq!(
        w.audited(referral.id).await,
        ["createReferral", "addReferralNote"]
    );
    // Closed, it takes no more notes, and nothing is written.
    let cancelled = w
        .referrals(&w.sender)
        .cancel(
            referral.id,
            referral.version,
            CancelReason::NoLongerNeeded,
            None,
        )
        .await
        .expect("cancel")
        .referral;
    let refused = w
        .referrals(&w.receiver)
        .add_note(cancelled.id, "too late")
        .await;
    assert!(matches!(
        refused,
        Err(AppError::Refused(DomainError::InvalidTransition(_)))
    ));
    assert_eq!(
        referrals::notes(&w.db, referral.id)
            .await
            .expect("notes")
            .len(),
        1
    );
}

#[tokio::test]
async fn refusals_name_the_error_and_change_nothing() {
    let w = world().await;
    let referral = w.create(true).await;
    let r = w.referrals(&w.receiver);
    // A stale version.
    let stale = r.accept(referral.id, referral.version + 1, None).await;
    assert!(matches!(
        stale,
        Err(AppError::Refused(DomainError::Conflict(_)))
    ));
    // The other side's step.
    let wrong_side = w
        .referrals(&w.sender)
        .accept(referral.id, referral.version, None)
        .await;
    assert!(matches!(
        wrong_side,
        Err(AppError::Refused(DomainError::Forbidden))
    ));
    // Not from this status.
    let invalid = r.start(referral.id, referral.version, None).await;
    assert!(matches!(
        invalid,
        Err(AppError::Refused(DomainError::InvalidTransition(_)))
    ));
    // Someone who may not see it: hidden, not forbidden.
    let hidden = w
        .referrals(&w.third)
        .accept(referral.id, referral.version, None)
        .await;
    assert!(matches!(
        hidden,
        Err(AppError::Refused(DomainError::NotFound))
    ));
    // The platform's own reason.
    let platform = w
        .referrals(&w.sender)
        .cancel(
            referral.id,
            referral.version,
            CancelReason::ConsentWithdrawn,
            None,
        )
        .await;
    assert!(matches!(
        platform,
        Err(AppError::Refused(DomainError::Validation(_)))
    ));
    // Redirecting back to one of the two sides.
    let back = r
        .redirect(
            referral.id,
            referral.version,
            w.sender.organisation_id().expect("acting"),
            "why",
        )
        .await;
    assert!(matches!(
        back,
        Err(AppError::Refused(DomainError::Validation(_)))
    ));
    let unchanged = w.get(referral.id).await;
    assert_eq!(unchanged, referral);
    assert_eq!(w.history(referral.id).await.len(), 2);
    assert!(w.inbox(&w.sender, referral.id).await.is_empty());
}

#[tokio::test]
async fn sending_without_consent_is_refused_and_writes_nothing() {
    let w = world().await;
    let draft = w.create(false).await;
    let id = consents::of_participant(&w.db, w.participant)
        .await
        .expect("consents")[0]
        .id;
    consents::withdraw(
        &w.db,
        skupaj_domain::access::platform_job(),
        id,
        Default::default(),
        Utc::now(),
    )
    .await
    .expect("withdraw");
    let refused = w
        .referrals(&w.sender)
        .send(draft.id, draft.version, None)
        .await;
    assert!(matches!(
        refused,
        Err(AppError::Refused(DomainError::ConsentRequired))
    ));
    // The withdrawal cancelled nothing (a draft relies on no consent); the send wrote nothing.
    assert_eq!(w.get(draft.id).await.status, ReferralStatus::Draft);
    assert_eq!(w.history(draft.id).await.len(), 1);
    assert!(w.inbox(&w.receiver, draft.id).await.is_empty());
}

/// A programme of the receiver, published, with `capacity` places.
async fn programme(w: &World, capacity: u32) -> Uuid {
    let profile = ProgrammeInput {
        kind: Some(ProgrammeKind::LanguageCourse),
        title: vec![("en".to_owned(), "Slovene".to_owned())],
        description: vec![("en".to_owned(), "A course.".to_owned())],
        modules: vec!["language".to_owned()],
        municipality: "Ljubljana".to_owned(),
        capacity,
        languages_of_instruction: vec!["sl".to_owned()],
        ..ProgrammeInput::default()
    }
    .validate()
    .expect("programme");
    let lead = w.receiver.organisation_id().expect("acting");
    let programme = programmes::create(
        &w.db,
        skupaj_domain::access::platform_job(),
        lead,
        &[],
        &profile,
    )
    .await
    .expect("create programme");
    programmes::set_status(
        &w.db,
        skupaj_domain::access::platform_job(),
        programme.id,
        ProgrammeStatus::Draft,
        ProgrammeStatus::Published,
    )
    .await
    .expect("publish");
    programme.id
}

/// An accepted referral of the participant to the receiver.
async fn accepted(w: &World) -> Referral {
    let referral = w.create(true).await;
    w.referrals(&w.receiver)
        .accept(referral.id, referral.version, None)
        .await
        .expect("accept")
        .referral
}

#[tokio::test]
async fn enrolment_drives_the_referral_through_the_same_step() {
    let w = world().await;
    let programme = programme(&w, 1).await;
    let referral = accepted(&w).await;
    let enrolments = w.app.acting_as(&w.receiver).enrolments();
    let enrolment = as_mutation(
        &w.receiver,
        "enrolParticipant",
        enrolments.enrol(programme, w.participant, Some(referral.id)),
    )
    .await
    .expect("enrol");
    let started = w.get(referral.id).await;
    assert_eq!(started.status, ReferralStatus::InProgress);
    assert_eq!(started.version, referral.version + 1);
    let events = referrals::events(&w.db, referral.id).await.expect("events");
    let last = events.last().expect("history");
    assert_eq!(
        (last.action, last.to_status),
        (ReferralAction::Start, ReferralStatus::InProgress)
    );
    assert_eq!(last.comment.as_deref(), Some("follows the enrolment"));
    assert_eq!(last.actor_organisation_id, w.receiver.organisation_id());
    // Its own audit entry, named as a person's start would be, in the enrolment's transaction.
    assert_eq!(
        w.audited(referral.id).await,
        ["createReferral", "startReferral"]
    );

    let heard_before = w.inbox(&w.sender, referral.id).await;
    as_mutation(
        &w.receiver,
        "completeEnrolment",
        enrolments.complete(enrolment.id, &[], false, None),
    )
    .await
    .expect("complete");
    let completed = w.get(referral.id).await;
    assert_eq!(completed.status, ReferralStatus::Completed);
    assert_eq!(completed.outcome, Some(ReferralOutcome::Enrolled));
    assert_eq!(
        w.history(referral.id).await.last(),
        Some(&(ReferralAction::Complete, ReferralStatus::Completed))
    );
    let heard = w.inbox(&w.sender, referral.id).await;
    assert_eq!(heard.len(), heard_before.len() + 1);
    assert!(heard.contains(&NotificationKind::ReferralCompleted));
    assert_eq!(
        w.audited(referral.id).await,
        ["createReferral", "startReferral", "completeReferral"]
    );
}

/// A participant of the receiver's own, to take a place.
async fn own_participant(w: &World) -> Uuid {
    let profile = ParticipantInput {
        given_name: "Oleksandr".to_owned(),
        preferred_language: "uk".to_owned(),
        ..ParticipantInput::default()
    }
    .validate(Utc::now().date_naive())
    .expect("profile");
    let owner = w.receiver.organisation_id().expect("acting");
    participants::create(
        &w.db,
        skupaj_domain::access::platform_job(),
        owner,
        &profile,
        Some(w.receiver.user_id),
    )
    .await
    .expect("participant")
    .id
}

#[tokio::test]
async fn the_waitlist_holds_the_referral_a_place_resumes_it_a_withdrawal_closes_it() {
    let w = world().await;
    let programme = programme(&w, 1).await;
    let enrolments = w.app.acting_as(&w.receiver).enrolments();
    let filler = enrolments
        .enrol(programme, own_participant(&w).await, None)
        .await
        .expect("the only place");
    let referral = accepted(&w).await;
    let waiting = as_mutation(
        &w.receiver,
        "enrolParticipant",
        enrolments.enrol(programme, w.participant, Some(referral.id)),
    )
    .await
    .expect("enrol");
    assert_eq!(w.get(referral.id).await.status, ReferralStatus::OnHold);
    assert_eq!(
        w.history(referral.id).await[3..],
        [
            (ReferralAction::Start, ReferralStatus::InProgress),
            (ReferralAction::Hold, ReferralStatus::OnHold)
        ]
    );
    assert_eq!(
        w.audited(referral.id).await,
        ["createReferral", "startReferral", "holdReferral"]
    );
    // The place frees: the first of the waitlist gets it, and the referral resumes.
    let (_, promoted) = as_mutation(
        &w.receiver,
        "withdrawEnrolment",
        enrolments.withdraw(filler.id, false),
    )
    .await
    .expect("withdraw the filler");
    assert_eq!(promoted.map(|e| e.id), Some(waiting.id));
    assert_eq!(w.get(referral.id).await.status, ReferralStatus::InProgress);
    assert_eq!(
        w.history(referral.id).await[5..],
        [(ReferralAction::Resume, ReferralStatus::InProgress)]
    );
    as_mutation(
        &w.receiver,
        "withdrawEnrolment",
        enrolments.withdraw(waiting.id, true),
    )
    .await
    .expect("drop out");
    let closed = w.get(referral.id).await;
    assert_eq!(closed.status, ReferralStatus::Completed);
    assert_eq!(closed.outcome, Some(ReferralOutcome::ParticipantWithdrew));
    assert_eq!(
        w.history(referral.id).await[6..],
        [(ReferralAction::Complete, ReferralStatus::Completed)]
    );
    assert!(
        w.inbox(&w.sender, referral.id)
            .await
            .contains(&NotificationKind::ReferralCompleted)
    );
    assert_eq!(
        w.audited(referral.id).await,
        [
            "createReferral",
            "startReferral",
            "holdReferral",
            "resumeReferral",
            "completeReferral"
        ]
    );
}

#[tokio::test]
async fn a_refused_enrolment_moves_no_referral() {
    let w = world().await;
    let programme = programme(&w, 1).await;
    let referral = w.create(true).await;
    // Not accepted yet: refused, and the referral stays as it was.
    let refused = w
        .app
        .acting_as(&w.receiver)
        .enrolments()
        .enrol(programme, w.participant, Some(referral.id))
        .await;
    assert!(matches!(
        refused,
        Err(AppError::Refused(DomainError::InvalidTransition(_)))
    ));
    assert_eq!(w.get(referral.id).await, referral);
    // The sender's case manager does not run the programme.
    let accepted = accepted(&w).await;
    let forbidden = w
        .app
        .acting_as(&w.sender)
        .enrolments()
        .enrol(programme, w.participant, Some(accepted.id))
        .await;
    assert!(matches!(
        forbidden,
        Err(AppError::Refused(DomainError::Forbidden))
    ));
    assert_eq!(w.get(accepted.id).await.status, ReferralStatus::Accepted);
}
