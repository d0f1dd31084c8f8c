//! Notifications and the e-mail outbox. `raise` runs inside the transaction of the change that
//! caused the event, so a rolled-back change leaves no notification and no e-mail; on PostgreSQL
//! it also queues a `NOTIFY` (delivered on commit only) so every instance hears of it.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, Iterable,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set, Statement,
};
use skupaj_domain::access::Permit;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::notification::{
    Audience, DeliveryStatus, Event, Notification, NotificationKind,
};
use uuid::Uuid;

use crate::entity::{
    email_outbox, membership, notification, notification_preference, scheduled_notice,
    staff_profile, user,
};
use crate::error::{from_json, parse_stored};
use crate::page::Page;
use crate::{Database, PersistenceError};

/// The PostgreSQL channel notifications are announced on: payload `<user id>|<notification id>`.
pub const CHANNEL: &str = "skupaj_notifications";

/// A notification written for a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised {
    pub user_id: Uuid,
    pub notification_id: Uuid,
}

/// Writes a notification for everyone in each event's audience, and an outbox e-mail for those
/// who want one, in the caller's transaction.
pub async fn raise(
    txn: &impl ConnectionTrait,
    events: &[Event],
) -> Result<Vec<Raised>, PersistenceError> {
    let mut raised = Vec::new();
    let now = Utc::now();
    for event in events {
        let recipients = resolve(txn, &event.audience).await?;
        if recipients.is_empty() {
            continue;
        }
        let no_email: HashSet<Uuid> = if event.kind.email_always() {
            HashSet::new()
        } else {
            notification_preference::Entity::find()
                .filter(notification_preference::Column::Kind.eq(event.kind.to_string()))
                .filter(notification_preference::Column::Email.eq(false))
                .filter(notification_preference::Column::UserId.is_in(recipients.iter().copied()))
                .select_only()
                .column(notification_preference::Column::UserId)
                .into_tuple::<Uuid>()
                .all(txn)
                .await?
                .into_iter()
                .collect()
        };
        for user_id in recipients {
            let notification_id = Uuid::now_v7();
            notification::ActiveModel {
                id: Set(notification_id),
                user_id: Set(user_id),
                kind: Set(event.kind.to_string()),
                subject_id: Set(event.subject_id),
                detail: Set(event.detail.clone()),
                created_at: Set(now),
                read_at: Set(None),
            }
            .insert(txn)
            .await?;
            if !no_email.contains(&user_id) {
                email_outbox::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    notification_id: Set(notification_id),
                    user_id: Set(user_id),
                    kind: Set(event.kind.to_string()),
                    subject_id: Set(event.subject_id),
                    detail: Set(event.detail.clone()),
                    status: Set(DeliveryStatus::Pending.to_string()),
                    attempts: Set(0),
                    next_attempt_at: Set(now),
                    claim_token: Set(None),
                    claimed_until: Set(None),
                    last_error: Set(None),
                    created_at: Set(now),
                    sent_at: Set(None),
                }
                .insert(txn)
                .await?;
            }
            if txn.get_database_backend() == DbBackend::Postgres {
                txn.execute_raw(Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    "SELECT pg_notify($1, $2)",
                    [
                        CHANNEL.into(),
                        format!("{user_id}|{notification_id}").into(),
                    ],
                ))
                .await?;
            }
            raised.push(Raised {
                user_id,
                notification_id,
            });
        }
    }
    Ok(raised)
}

/// The active users an audience names, without repeats.
async fn resolve(
    txn: &impl ConnectionTrait,
    audience: &[Audience],
) -> Result<Vec<Uuid>, PersistenceError> {
    let mut users: Vec<Uuid> = Vec::new();
    let active = |ids: Vec<Uuid>| async move {
        Ok::<Vec<Uuid>, PersistenceError>(
            user::Entity::find()
                .filter(user::Column::Id.is_in(ids))
                .filter(user::Column::Active.eq(true))
                .select_only()
                .column(user::Column::Id)
                .into_tuple()
                .all(txn)
                .await?,
        )
    };
    for target in audience {
        let found: Vec<Uuid> = match target {
            Audience::User(id) => active(vec![*id]).await?,
            Audience::CaseWorkersOf(organisation) => {
                let members: Vec<Uuid> = membership::Entity::find()
                    .filter(membership::Column::OrganisationId.eq(*organisation))
                    .filter(membership::Column::Role.is_in([
                        MembershipRole::CaseManager.to_string(),
                        MembershipRole::Staff.to_string(),
                        MembershipRole::OrgAdmin.to_string(),
                    ]))
                    .select_only()
                    .column(membership::Column::UserId)
                    .into_tuple()
                    .all(txn)
                    .await?;
                active(members).await?
            }
            Audience::AdminsOf(organisation) => {
                let admins: Vec<Uuid> = membership::Entity::find()
                    .filter(membership::Column::OrganisationId.eq(*organisation))
                    .filter(membership::Column::Role.eq(MembershipRole::OrgAdmin.to_string()))
                    .select_only()
                    .column(membership::Column::UserId)
                    .into_tuple()
                    .all(txn)
                    .await?;
                active(admins).await?
            }
            Audience::PlatformAuditors => {
                let auditors: Vec<Uuid> = user::Entity::find()
                    .filter(
                        user::Column::PlatformRole
                            .eq(skupaj_domain::membership::PlatformRole::Auditor.to_string()),
                    )
                    .select_only()
                    .column(user::Column::Id)
                    .into_tuple()
                    .all(txn)
                    .await?;
                active(auditors).await?
            }
            Audience::MediatorsSpeaking(language) => {
                let mediators: Vec<Uuid> = membership::Entity::find()
                    .filter(membership::Column::Role.eq(MembershipRole::Mediator.to_string()))
                    .select_only()
                    .column(membership::Column::UserId)
                    .into_tuple()
                    .all(txn)
                    .await?;
                let profiles = staff_profile::Entity::find()
                    .filter(staff_profile::Column::UserId.is_in(mediators))
                    .all(txn)
                    .await?;
                let mut speaking = Vec::new();
                for profile in profiles {
                    let languages: Vec<String> =
                        from_json("staff_profiles.languages", &profile.languages)?;
                    if languages.iter().any(|l| l == language.as_str()) {
                        speaking.push(profile.user_id);
                    }
                }
                active(speaking).await?
            }
        };
        for id in found {
            if !users.contains(&id) {
                users.push(id);
            }
        }
    }
    Ok(users)
}

/// A user's inbox: unread first, then newest first, `first` at a time. `after` is the
/// (read, id) of the last notification of the previous page.
pub async fn inbox(
    db: &Database,
    user_id: Uuid,
    unread_only: bool,
    after: Option<(bool, Uuid)>,
    first: u64,
) -> Result<Page<Notification>, PersistenceError> {
    let read_flag = Expr::cust("CASE WHEN read_at IS NULL THEN 0 ELSE 1 END");
    let mut query = notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .order_by_asc(read_flag.clone())
        .order_by_desc(notification::Column::Id);
    if unread_only {
        query = query.filter(notification::Column::ReadAt.is_null());
    }
    if let Some((read, id)) = after {
        let flag = i32::from(read);
        query = query.filter(
            Condition::any()
                .add(Expr::cust_with_values(
                    "CASE WHEN read_at IS NULL THEN 0 ELSE 1 END > $1",
                    [flag],
                ))
                .add(
                    Condition::all()
                        .add(Expr::cust_with_values(
                            "CASE WHEN read_at IS NULL THEN 0 ELSE 1 END = $1",
                            [flag],
                        ))
                        .add(notification::Column::Id.lt(id)),
                ),
        );
    }
    let rows = query.limit(first + 1).all(db).await?;
    Page::from_overfetch(rows, first).try_map(to_domain)
}

pub async fn unread_count(db: &Database, user_id: Uuid) -> Result<u64, PersistenceError> {
    Ok(notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Marks the user's notifications read (these ids, or all when `ids` is `None`); returns how many
/// changed. Other users' ids are simply not the user's, and change nothing.
pub async fn mark_read(
    db: &Database,
    _permit: Permit,
    user_id: Uuid,
    ids: Option<&[Uuid]>,
) -> Result<u64, PersistenceError> {
    let mut update = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Some(Utc::now()).into())
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null());
    if let Some(ids) = ids {
        update = update.filter(notification::Column::Id.is_in(ids.iter().copied()));
    }
    Ok(update.exec(db).await?.rows_affected)
}

pub async fn get_many(db: &Database, ids: &[Uuid]) -> Result<Vec<Notification>, PersistenceError> {
    notification::Entity::find()
        .filter(notification::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(notification::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// Notifications written after `after` (for the poller that feeds live subscriptions on SQLite).
pub async fn since(
    db: &Database,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<Notification>, PersistenceError> {
    let mut query = notification::Entity::find().order_by_asc(notification::Column::Id);
    if let Some(after) = after {
        query = query.filter(notification::Column::Id.gt(after));
    }
    query
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// The newest notification id, where live subscriptions start.
pub async fn latest_id(db: &Database) -> Result<Option<Uuid>, PersistenceError> {
    Ok(notification::Entity::find()
        .order_by_desc(notification::Column::Id)
        .select_only()
        .column(notification::Column::Id)
        .into_tuple()
        .one(db)
        .await?)
}

/// The kinds for which the user turned e-mail off (every other kind sends e-mail).
pub async fn email_off(
    db: &Database,
    user_id: Uuid,
) -> Result<Vec<NotificationKind>, PersistenceError> {
    let kinds: Vec<String> = notification_preference::Entity::find()
        .filter(notification_preference::Column::UserId.eq(user_id))
        .filter(notification_preference::Column::Email.eq(false))
        .select_only()
        .column(notification_preference::Column::Kind)
        .into_tuple()
        .all(db)
        .await?;
    kinds
        .iter()
        .map(|k| parse_stored("notification_preferences.kind", k))
        .collect()
}

pub async fn set_email(
    db: &Database,
    _permit: Permit,
    user_id: Uuid,
    kind: NotificationKind,
    email: bool,
) -> Result<(), PersistenceError> {
    notification_preference::Entity::insert(notification_preference::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind.to_string()),
        email: Set(email),
    })
    .on_conflict(
        OnConflict::columns([
            notification_preference::Column::UserId,
            notification_preference::Column::Kind,
        ])
        .update_column(notification_preference::Column::Email)
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// Records that the scheduled notice `key` went out; `false` when it already had (so it goes out
/// once, whichever instance runs the scan first).
pub async fn first_time(txn: &impl ConnectionTrait, key: &str) -> Result<bool, PersistenceError> {
    // ON CONFLICT DO NOTHING rather than catching the unique violation: on PostgreSQL a failed
    // statement would abort the caller's transaction.
    let inserted = scheduled_notice::Entity::insert(scheduled_notice::ActiveModel {
        key: Set(key.to_owned()),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::column(scheduled_notice::Column::Key)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(txn)
    .await?;
    Ok(inserted == 1)
}

/// An e-mail to deliver, with what the template needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    pub id: Uuid,
    pub notification_id: Uuid,
    pub kind: NotificationKind,
    pub subject_id: Uuid,
    /// The event's code (see `Event::detail`).
    pub detail: Option<String>,
    pub to_address: String,
    pub display_name: String,
    pub locale: String,
    pub attempts: u32,
    pub created_at: DateTime<Utc>,
}

/// Claims up to `limit` due e-mails for `lease` under `token`, in one statement
/// (`UPDATE … WHERE id IN (due rows) RETURNING *`), plus one to read the recipients. On
/// PostgreSQL the due rows are chosen `FOR UPDATE SKIP LOCKED`, so instances claiming at once
/// never take the same row; on SQLite the single writer serialises claims. A claim whose lease
/// ran out (the claimer crashed) is due again. The items come in id order.
pub async fn claim(
    db: &Database,
    token: Uuid,
    lease: Duration,
    limit: u64,
) -> Result<Vec<OutboxItem>, PersistenceError> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    let now = Utc::now();
    let mut due = Query::select();
    due.column(email_outbox::Column::Id)
        .from(email_outbox::Entity)
        .and_where(email_outbox::Column::Status.eq(DeliveryStatus::Pending.to_string()))
        .and_where(email_outbox::Column::NextAttemptAt.lte(now))
        .cond_where(
            Condition::any()
                .add(email_outbox::Column::ClaimedUntil.is_null())
                .add(email_outbox::Column::ClaimedUntil.lt(now)),
        )
        .order_by(email_outbox::Column::Id, sea_orm::Order::Asc)
        .limit(limit);
    if db.get_database_backend() == DbBackend::Postgres {
        due.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let mut update = email_outbox::Entity::update_many()
        .col_expr(email_outbox::Column::ClaimToken, Some(token).into())
        .col_expr(email_outbox::Column::ClaimedUntil, Some(now + lease).into())
        .filter(email_outbox::Column::Id.in_subquery(due.to_owned()))
        .into_query();
    // Every column by name, not `RETURNING *`: a pooled SQLite connection that read the schema
    // before a migration added a column would prepare `*` with the old columns, and sqlx keeps
    // that count while SQLite re-prepares with the new one (a panic in sqlx's row reader). A
    // column the stale schema lacks makes SQLite reload the schema and prepare again instead.
    update.returning(Query::returning().columns(email_outbox::Column::iter()));
    let mut rows = email_outbox::Entity::find()
        .from_raw_sql(db.get_database_backend().build(&update))
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    rows.sort_by_key(|row| row.id);
    let recipients: HashMap<Uuid, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|r| r.user_id).collect::<HashSet<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut items = Vec::with_capacity(rows.len());
    let mut refused = Vec::new();
    for row in rows {
        let Some(recipient) = recipients.get(&row.user_id).filter(|u| u.active) else {
            // Deactivated since: the e-mail is not sent.
            refused.push((row.id, "recipient deactivated".to_owned()));
            continue;
        };
        // A kind this build does not know (a newer instance wrote it during a rolling deploy)
        // must not stall the batch: it becomes a dead letter that says why.
        let Ok(kind) = parse_stored::<NotificationKind>("email_outbox.kind", &row.kind) else {
            refused.push((row.id, format!("unknown notification kind {}", row.kind)));
            continue;
        };
        items.push(OutboxItem {
            id: row.id,
            notification_id: row.notification_id,
            kind,
            subject_id: row.subject_id,
            detail: row.detail.clone(),
            to_address: recipient.email.clone(),
            display_name: recipient.display_name.clone(),
            locale: recipient.preferred_locale.clone(),
            attempts: u32::try_from(row.attempts).unwrap_or(0),
            created_at: row.created_at,
        });
    }
    for (id, error) in refused {
        finish(db, id, token, DeliveryStatus::Dead, Some(error)).await?;
    }
    Ok(items)
}

/// Marks a claimed e-mail sent (or dead). Only the holder of the claim can: `false` when the
/// claim was lost (its lease ran out and another worker took the row).
pub async fn finish(
    db: &Database,
    id: Uuid,
    token: Uuid,
    status: DeliveryStatus,
    error: Option<String>,
) -> Result<bool, PersistenceError> {
    Ok(!finish_many(db, &[id], token, status, error)
        .await?
        .is_empty())
}

/// Marks the claimed e-mails `ids` sent (or dead) in one statement, and returns those it
/// marked: only rows still claimed under `token` are (a row whose lease ran out and that
/// another worker claimed since keeps that worker's claim, and is not returned).
pub async fn finish_many(
    db: &Database,
    ids: &[Uuid],
    token: Uuid,
    status: DeliveryStatus,
    error: Option<String>,
) -> Result<Vec<Uuid>, PersistenceError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let now = Utc::now();
    let mut update = email_outbox::Entity::update_many()
        .col_expr(email_outbox::Column::Status, status.to_string().into())
        .col_expr(
            email_outbox::Column::ClaimToken,
            Option::<Uuid>::None.into(),
        )
        .col_expr(
            email_outbox::Column::ClaimedUntil,
            Option::<DateTime<Utc>>::None.into(),
        )
        .col_expr(
            email_outbox::Column::Attempts,
            Expr::col(email_outbox::Column::Attempts).add(1),
        )
        .filter(email_outbox::Column::Id.is_in(ids.iter().copied()))
        .filter(email_outbox::Column::ClaimToken.eq(token));
    if status == DeliveryStatus::Sent {
        update = update.col_expr(email_outbox::Column::SentAt, Some(now).into());
    }
    if let Some(error) = error {
        update = update.col_expr(email_outbox::Column::LastError, Some(error).into());
    }
    let mut update = update.into_query();
    update.returning_col(email_outbox::Column::Id);
    db.query_all(&update)
        .await?
        .iter()
        .map(|row| Ok(row.try_get::<Uuid>("", "id")?))
        .collect()
}

/// Gives claimed e-mails back unsent (a stopping worker's, or those that waited too long for
/// their turn): they are due again at once, for any worker, without an attempt counted.
pub async fn release(db: &Database, ids: &[Uuid], token: Uuid) -> Result<u64, PersistenceError> {
    if ids.is_empty() {
        return Ok(0);
    }
    Ok(email_outbox::Entity::update_many()
        .col_expr(
            email_outbox::Column::ClaimToken,
            Option::<Uuid>::None.into(),
        )
        .col_expr(
            email_outbox::Column::ClaimedUntil,
            Option::<DateTime<Utc>>::None.into(),
        )
        .filter(email_outbox::Column::Id.is_in(ids.iter().copied()))
        .filter(email_outbox::Column::ClaimToken.eq(token))
        .exec(db)
        .await?
        .rows_affected)
}

/// Puts a claimed e-mail back for a later attempt.
pub async fn retry_later(
    db: &Database,
    id: Uuid,
    token: Uuid,
    at: DateTime<Utc>,
    error: String,
) -> Result<(), PersistenceError> {
    email_outbox::Entity::update_many()
        .col_expr(
            email_outbox::Column::ClaimToken,
            Option::<Uuid>::None.into(),
        )
        .col_expr(
            email_outbox::Column::ClaimedUntil,
            Option::<DateTime<Utc>>::None.into(),
        )
        .col_expr(
            email_outbox::Column::Attempts,
            Expr::col(email_outbox::Column::Attempts).add(1),
        )
        .col_expr(email_outbox::Column::NextAttemptAt, at.into())
        .col_expr(email_outbox::Column::LastError, Some(error).into())
        .filter(email_outbox::Column::Id.eq(id))
        .filter(email_outbox::Column::ClaimToken.eq(token))
        .exec(db)
        .await?;
    Ok(())
}

/// How many e-mails are in each delivery state: (pending, sent, dead).
pub async fn depth(db: &Database) -> Result<(u64, u64, u64), PersistenceError> {
    let count = |status: DeliveryStatus| async move {
        email_outbox::Entity::find()
            .filter(email_outbox::Column::Status.eq(status.to_string()))
            .count(db)
            .await
    };
    Ok((
        count(DeliveryStatus::Pending).await?,
        count(DeliveryStatus::Sent).await?,
        count(DeliveryStatus::Dead).await?,
    ))
}

/// The delivery state of the outbox rows of a notification kind and record (for tests and
/// operators): (status, attempts, last error).
pub async fn deliveries(
    db: &Database,
    subject_id: Uuid,
) -> Result<Vec<(DeliveryStatus, u32, Option<String>)>, PersistenceError> {
    email_outbox::Entity::find()
        .filter(email_outbox::Column::SubjectId.eq(subject_id))
        .order_by_asc(email_outbox::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| {
            Ok((
                parse_stored("email_outbox.status", &row.status)?,
                u32::try_from(row.attempts).unwrap_or(0),
                row.last_error,
            ))
        })
        .collect()
}

fn to_domain(row: notification::Model) -> Result<Notification, PersistenceError> {
    Ok(Notification {
        id: row.id,
        user_id: row.user_id,
        kind: parse_stored("notifications.kind", &row.kind)?,
        subject_id: row.subject_id,
        detail: row.detail,
        created_at: row.created_at,
        read_at: row.read_at,
    })
}
