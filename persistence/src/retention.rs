//! Retention: finding what is due to go (`domain::retention`) and removing it, each kind in a
//! write transaction of its own, so a failure leaves that kind as it was and the others done,
//! and running again finishes the job.
//!
//! A participant's **activity** is the newest of these moments (anything at or after the
//! cutoff keeps the record; reading a record is not activity):
//! - the record's `created_at` and `updated_at` (registration, profile edits);
//! - their consents' `given_at` and `withdrawn_at`;
//! - their referrals' `created_at` and `updated_at`, the `at` of every step in their history
//!   (`referral_events`) and the `created_at` of their notes;
//! - their enrolments' `created_at` and `updated_at`, and their follow-up outcomes'
//!   `recorded_at`;
//! - their life card's goals and entries (`created_at`);
//! - their mentorships' `created_at` and meetings' `held_on`; their mediation requests'
//!   `created_at` and `starts_at`; their placements' `created_at`; tasks about them
//!   (`created_at`, `completed_at`); their case worker's assignment (`assigned_at`).
//!
//! Besides, a record is never due while it has an open referral (draft, sent, accepted, in
//! progress, on hold), an enrolment holding or waiting for a place, or an active mentorship,
//! however old. Merged and erased records are not considered.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, IntoIden, Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};
use skupaj_domain::access::Permit;
use skupaj_domain::enrolment::EnrolmentStatus;
use skupaj_domain::erasure::ErasureReason;
use skupaj_domain::mentorship::MentorshipStatus;
use skupaj_domain::notification::DeliveryStatus;
use uuid::Uuid;

use crate::consents::open_statuses;
use crate::database::begin_write;
use crate::entity::{
    auth_attempt, caseload, consent, email_outbox, enrolment, follow_up_outcome, life_entry,
    life_goal, mediation_request, mentorship, mentorship_meeting, participant, password_reset,
    placement, referral, referral_event, referral_note, refresh_token, session, task,
};
use crate::erasure::{Erased, erase_in};
use crate::referrals::ActedBy;
use crate::{Database, PersistenceError};

/// `SELECT participant_id FROM … WHERE …`: the participants a table keeps.
fn kept_by(table: SelectStatement) -> Condition {
    Condition::all().add(participant::Column::Id.not_in_subquery(table))
}

fn ids_of<E: EntityTrait>(column: E::Column, entity: E, condition: Condition) -> SelectStatement {
    Query::select()
        .column((entity, column))
        .from(entity)
        .cond_where(condition)
        .to_owned()
}

/// `SELECT referrals.participant_id FROM <table> JOIN referrals ON referrals.id = <table's
/// referral_id> WHERE <condition>`.
fn through_referral(
    table: impl IntoIden,
    referral_id: Expr,
    condition: Condition,
) -> SelectStatement {
    Query::select()
        .column((referral::Entity, referral::Column::ParticipantId))
        .from(table)
        .inner_join(
            referral::Entity,
            Expr::col((referral::Entity, referral::Column::Id)).eq(referral_id),
        )
        .cond_where(condition)
        .to_owned()
}

/// The condition on `participants` under which a record is due: live, and kept by nothing
/// (see the module's notes).
fn due(cutoff: DateTime<Utc>) -> Condition {
    let recent = |column: Expr| column.gte(cutoff);
    let active_enrolments: Vec<String> = [EnrolmentStatus::Waitlisted, EnrolmentStatus::Enrolled]
        .iter()
        .filter(|status| status.is_active())
        .map(ToString::to_string)
        .collect();
    Condition::all()
        .add(participant::Column::MergedInto.is_null())
        .add(participant::Column::ErasedAt.is_null())
        .add(participant::Column::CreatedAt.lt(cutoff))
        .add(participant::Column::UpdatedAt.lt(cutoff))
        .add(kept_by(ids_of(
            consent::Column::ParticipantId,
            consent::Entity,
            Condition::any()
                .add(recent(Expr::col((
                    consent::Entity,
                    consent::Column::GivenAt,
                ))))
                .add(recent(Expr::col((
                    consent::Entity,
                    consent::Column::WithdrawnAt,
                )))),
        )))
        .add(kept_by(ids_of(
            referral::Column::ParticipantId,
            referral::Entity,
            Condition::any()
                .add(referral::Column::Status.is_in(open_statuses()))
                .add(recent(Expr::col((
                    referral::Entity,
                    referral::Column::CreatedAt,
                ))))
                .add(recent(Expr::col((
                    referral::Entity,
                    referral::Column::UpdatedAt,
                )))),
        )))
        .add(kept_by(through_referral(
            referral_event::Entity,
            Expr::col((referral_event::Entity, referral_event::Column::ReferralId)),
            Condition::all().add(recent(Expr::col((
                referral_event::Entity,
                referral_event::Column::At,
            )))),
        )))
        .add(kept_by(through_referral(
            referral_note::Entity,
            Expr::col((referral_note::Entity, referral_note::Column::ReferralId)),
            Condition::all().add(recent(Expr::col((
                referral_note::Entity,
                referral_note::Column::CreatedAt,
            )))),
        )))
        .add(kept_by(ids_of(
            enrolment::Column::ParticipantId,
            enrolment::Entity,
            Condition::any()
                .add(enrolment::Column::Status.is_in(active_enrolments))
                .add(recent(Expr::col((
                    enrolment::Entity,
                    enrolment::Column::CreatedAt,
                ))))
                .add(recent(Expr::col((
                    enrolment::Entity,
                    enrolment::Column::UpdatedAt,
                )))),
        )))
        .add(kept_by(
            Query::select()
                .column((enrolment::Entity, enrolment::Column::ParticipantId))
                .from(follow_up_outcome::Entity)
                .inner_join(
                    enrolment::Entity,
                    Expr::col((enrolment::Entity, enrolment::Column::Id)).equals((
                        follow_up_outcome::Entity,
                        follow_up_outcome::Column::EnrolmentId,
                    )),
                )
                .cond_where(Condition::all().add(recent(Expr::col((
                    follow_up_outcome::Entity,
                    follow_up_outcome::Column::RecordedAt,
                )))))
                .to_owned(),
        ))
        .add(kept_by(ids_of(
            life_goal::Column::ParticipantId,
            life_goal::Entity,
            Condition::all().add(recent(Expr::col((
                life_goal::Entity,
                life_goal::Column::CreatedAt,
            )))),
        )))
        .add(kept_by(ids_of(
            life_entry::Column::ParticipantId,
            life_entry::Entity,
            Condition::all().add(recent(Expr::col((
                life_entry::Entity,
                life_entry::Column::CreatedAt,
            )))),
        )))
        .add(kept_by(ids_of(
            mentorship::Column::ParticipantId,
            mentorship::Entity,
            Condition::any()
                .add(mentorship::Column::Status.eq(MentorshipStatus::Active.to_string()))
                .add(recent(Expr::col((
                    mentorship::Entity,
                    mentorship::Column::CreatedAt,
                )))),
        )))
        .add(kept_by(
            Query::select()
                .column((mentorship::Entity, mentorship::Column::ParticipantId))
                .from(mentorship_meeting::Entity)
                .inner_join(
                    mentorship::Entity,
                    Expr::col((mentorship::Entity, mentorship::Column::Id)).equals((
                        mentorship_meeting::Entity,
                        mentorship_meeting::Column::MentorshipId,
                    )),
                )
                .cond_where(
                    Condition::all().add(
                        Expr::col((
                            mentorship_meeting::Entity,
                            mentorship_meeting::Column::HeldOn,
                        ))
                        .gte(cutoff.date_naive()),
                    ),
                )
                .to_owned(),
        ))
        .add(kept_by(ids_of(
            mediation_request::Column::ParticipantId,
            mediation_request::Entity,
            Condition::all()
                .add(mediation_request::Column::ParticipantId.is_not_null())
                .add(
                    Condition::any()
                        .add(recent(Expr::col((
                            mediation_request::Entity,
                            mediation_request::Column::CreatedAt,
                        ))))
                        .add(recent(Expr::col((
                            mediation_request::Entity,
                            mediation_request::Column::StartsAt,
                        )))),
                ),
        )))
        .add(kept_by(ids_of(
            placement::Column::ParticipantId,
            placement::Entity,
            Condition::all().add(recent(Expr::col((
                placement::Entity,
                placement::Column::CreatedAt,
            )))),
        )))
        .add(kept_by(ids_of(
            task::Column::ParticipantId,
            task::Entity,
            Condition::all()
                .add(task::Column::ParticipantId.is_not_null())
                .add(
                    Condition::any()
                        .add(recent(Expr::col((task::Entity, task::Column::CreatedAt))))
                        .add(recent(Expr::col((task::Entity, task::Column::CompletedAt)))),
                ),
        )))
        .add(kept_by(ids_of(
            caseload::Column::ParticipantId,
            caseload::Entity,
            Condition::all().add(recent(Expr::col((
                caseload::Entity,
                caseload::Column::AssignedAt,
            )))),
        )))
}

/// The records due at `cutoff` (id and owning organisation), oldest first.
pub async fn due_participants(
    db: &Database,
    cutoff: DateTime<Utc>,
) -> Result<Vec<(Uuid, Uuid)>, PersistenceError> {
    Ok(participant::Entity::find()
        .select_only()
        .column(participant::Column::Id)
        .column(participant::Column::OwnerOrganisationId)
        .filter(due(cutoff))
        .into_tuple()
        .all(db)
        .await?)
}

/// Anonymises the record `id` as erasure does, in one write transaction, when it is still due
/// at `cutoff` there (checked in the same transaction); `None` when it is not (it became active
/// meanwhile, or someone erased it first).
pub async fn erase_if_due(
    db: &Database,
    permit: Permit,
    id: Uuid,
    owner: Uuid,
    cutoff: DateTime<Utc>,
    reason: &ErasureReason,
    now: DateTime<Utc>,
) -> Result<Option<Erased>, PersistenceError> {
    let txn = begin_write(db).await?;
    let still_due = participant::Entity::find()
        .filter(participant::Column::Id.eq(id))
        .filter(due(cutoff))
        .count(&*txn)
        .await?
        > 0;
    if !still_due {
        return Ok(None);
    }
    let by = ActedBy {
        user_id: None,
        organisation_id: None,
    };
    match erase_in(&*txn, permit, id, owner, by, reason, now).await {
        Ok(erased) => {
            crate::audit::commit(txn).await?;
            Ok(Some(erased))
        }
        Err(PersistenceError::NotFound) => Ok(None),
        Err(err) => Err(err),
    }
}

/// How many rows each housekeeping step would delete, or deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    pub sent_emails: u64,
    pub dead_letters: u64,
    pub sessions: u64,
    pub password_resets: u64,
    pub auth_attempts: u64,
}

fn sent_emails(before: DateTime<Utc>) -> Condition {
    Condition::all()
        .add(email_outbox::Column::Status.eq(DeliveryStatus::Sent.to_string()))
        .add(email_outbox::Column::SentAt.lt(before))
}

fn dead_letters(before: DateTime<Utc>) -> Condition {
    Condition::all()
        .add(email_outbox::Column::Status.eq(DeliveryStatus::Dead.to_string()))
        .add(email_outbox::Column::CreatedAt.lt(before))
}

/// Sessions that can no longer be used: revoked, or every refresh token of theirs expired (an
/// access token names a session, which is refused once it is gone, as a revoked one is). Their
/// refresh tokens go with them; a live session keeps its used and expired tokens, which still
/// detect a copied token's reuse.
fn dead_sessions(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(session::Column::RevokedAt.lt(now))
        .add(
            session::Column::Id.not_in_subquery(
                Query::select()
                    .column((refresh_token::Entity, refresh_token::Column::SessionId))
                    .from(refresh_token::Entity)
                    .and_where(
                        Expr::col((refresh_token::Entity, refresh_token::Column::ExpiresAt))
                            .gte(now),
                    )
                    .to_owned(),
            ),
        )
}

/// Counts what [`sweep`] would delete.
pub async fn count_sweep(
    db: &Database,
    sent_before: Option<DateTime<Utc>>,
    dead_before: Option<DateTime<Utc>>,
    attempts_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Swept, PersistenceError> {
    Ok(Swept {
        sent_emails: match sent_before {
            Some(before) => {
                email_outbox::Entity::find()
                    .filter(sent_emails(before))
                    .count(db)
                    .await?
            }
            None => 0,
        },
        dead_letters: match dead_before {
            Some(before) => {
                email_outbox::Entity::find()
                    .filter(dead_letters(before))
                    .count(db)
                    .await?
            }
            None => 0,
        },
        sessions: session::Entity::find()
            .filter(dead_sessions(now))
            .count(db)
            .await?,
        password_resets: password_reset::Entity::find()
            .filter(password_reset::Column::ExpiresAt.lt(now))
            .count(db)
            .await?,
        auth_attempts: auth_attempt::Entity::find()
            .filter(auth_attempt::Column::At.lt(attempts_before))
            .count(db)
            .await?,
    })
}

/// Deletes sent e-mails, dead letters, dead sessions (with their refresh tokens), lapsed
/// password-reset links and failed sign-in attempts that no longer count, each kind in a write
/// transaction of its own. Stops at the first failure: what was deleted before it stays
/// deleted, the rest is left for the next run.
pub async fn sweep(
    db: &Database,
    _permit: Permit,
    sent_before: Option<DateTime<Utc>>,
    dead_before: Option<DateTime<Utc>>,
    attempts_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Swept, PersistenceError> {
    let mut swept = Swept::default();
    if let Some(before) = sent_before {
        let txn = begin_write(db).await?;
        swept.sent_emails = email_outbox::Entity::delete_many()
            .filter(sent_emails(before))
            .exec(&*txn)
            .await?
            .rows_affected;
        txn.commit().await?;
    }
    if let Some(before) = dead_before {
        let txn = begin_write(db).await?;
        swept.dead_letters = email_outbox::Entity::delete_many()
            .filter(dead_letters(before))
            .exec(&*txn)
            .await?
            .rows_affected;
        txn.commit().await?;
    }
    let txn = begin_write(db).await?;
    // Their refresh tokens first: the foreign key cascades, but saying it does not depend on
    // SQLite's foreign keys being on.
    refresh_token::Entity::delete_many()
        .filter(
            refresh_token::Column::SessionId.in_subquery(
                Query::select()
                    .column((session::Entity, session::Column::Id))
                    .from(session::Entity)
                    .cond_where(dead_sessions(now))
                    .to_owned(),
            ),
        )
        .exec(&*txn)
        .await?;
    swept.sessions = session::Entity::delete_many()
        .filter(dead_sessions(now))
        .exec(&*txn)
        .await?
        .rows_affected;
    txn.commit().await?;
    let txn = begin_write(db).await?;
    swept.password_resets = password_reset::Entity::delete_many()
        .filter(password_reset::Column::ExpiresAt.lt(now))
        .exec(&*txn)
        .await?
        .rows_affected;
    txn.commit().await?;
    let txn = begin_write(db).await?;
    swept.auth_attempts = auth_attempt::Entity::delete_many()
        .filter(auth_attempt::Column::At.lt(attempts_before))
        .exec(&*txn)
        .await?
        .rows_affected;
    txn.commit().await?;
    Ok(swept)
}
