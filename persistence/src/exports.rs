//! What the CSV exports read: referrals and attendance in keyset batches, so an export of any
//! size holds one batch in memory at a time.
//!
//! The referral batches use the list's own condition (`referrals::visible_condition`: the SQL
//! form of `access::referral_scope` together with the filter), so an export holds
//! exactly the rows the API's `referrals(filter:)` pages through, never a second rule.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, PostgresQueryBuilder, SelectStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};
use skupaj_domain::access::ReferralScope;
use skupaj_domain::enrolment::{AttendanceStatus, Enrolment};
use uuid::Uuid;

use crate::entity::{attendance, organisation, participant, referral};
use crate::error::parse_stored;
use crate::referrals::{ReferralFilter, visible_condition};
use crate::{Database, PersistenceError, enrolments, participants};

/// One referral as the export writes it: the list's columns and the names it shows, none of
/// the free texts (they can name the participant, and only the two sides read them), and the
/// participant by reference code only. Closed values are as stored (SCREAMING_SNAKE_CASE, the
/// API's spelling).
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct ExportedReferral {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub status: String,
    pub kind: String,
    pub need_domain: String,
    pub priority: String,
    pub respond_by: NaiveDate,
    pub sent_at: Option<DateTime<Utc>>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    pub decline_reason: Option<String>,
    pub outcome: Option<String>,
    pub cancel_reason: Option<String>,
    pub from_organisation_id: Uuid,
    pub from_organisation_name: String,
    pub to_organisation_id: Uuid,
    pub to_organisation_name: String,
    pub programme_id: Option<Uuid>,
    pub participant_code: String,
}

/// The statement of an export without its keyset and limit: the referrals in `scope` matching
/// `filter`, newest first, with the columns of [`ExportedReferral`].
fn referral_select(scope: &ReferralScope, filter: &ReferralFilter) -> SelectStatement {
    let mut select = referral::Entity::find()
        .filter(visible_condition(scope, filter))
        .order_by_desc(referral::Column::Id)
        .into_query();
    select.clear_selects();
    for column in [
        referral::Column::Id,
        referral::Column::CreatedAt,
        referral::Column::Status,
        referral::Column::Kind,
        referral::Column::NeedDomain,
        referral::Column::Priority,
        referral::Column::RespondBy,
        referral::Column::SentAt,
        referral::Column::FirstResponseAt,
        referral::Column::UpdatedAt,
        referral::Column::DeclineReason,
        referral::Column::Outcome,
        referral::Column::CancelReason,
        referral::Column::FromOrganisationId,
    ] {
        select.column((referral::Entity, column));
    }
    let from = Alias::new("xf");
    let to = Alias::new("xt");
    let code = Alias::new("xp");
    select
        .expr_as(
            Expr::col((from.clone(), organisation::Column::Name)),
            Alias::new("from_organisation_name"),
        )
        .column((referral::Entity, referral::Column::ToOrganisationId))
        .expr_as(
            Expr::col((to.clone(), organisation::Column::Name)),
            Alias::new("to_organisation_name"),
        )
        .column((referral::Entity, referral::Column::ProgrammeId))
        .expr_as(
            Expr::col((code.clone(), participant::Column::ReferenceCode)),
            Alias::new("participant_code"),
        )
        .join_as(
            JoinType::InnerJoin,
            organisation::Entity,
            from.clone(),
            Expr::col((from, organisation::Column::Id))
                .equals((referral::Entity, referral::Column::FromOrganisationId)),
        )
        .join_as(
            JoinType::InnerJoin,
            organisation::Entity,
            to.clone(),
            Expr::col((to, organisation::Column::Id))
                .equals((referral::Entity, referral::Column::ToOrganisationId)),
        )
        .join_as(
            JoinType::InnerJoin,
            participant::Entity,
            code.clone(),
            Expr::col((code, participant::Column::Id))
                .equals((referral::Entity, referral::Column::ParticipantId)),
        );
    select
}

/// Up to `limit` referrals of the export after `after` (the id of the last one written), newest
/// first. One statement.
pub async fn referral_batch(
    db: &Database,
    scope: &ReferralScope,
    filter: &ReferralFilter,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<ExportedReferral>, PersistenceError> {
    let mut select = referral_select(scope, filter);
    if let Some(after) = after {
        select.and_where(referral::Column::Id.lt(after));
    }
    select.limit(limit);
    let rows = db.query_all(&select).await?;
    rows.iter()
        .map(|row| ExportedReferral::from_query_result(row, "").map_err(Into::into))
        .collect()
}

/// The whole export's statement as PostgreSQL text with its values written in: what the
/// benchmark hands to `COPY (…) TO STDOUT`, to compare the export with the database's own.
pub fn referral_export_sql(scope: &ReferralScope, filter: &ReferralFilter) -> String {
    referral_select(scope, filter).to_string(PostgresQueryBuilder)
}

/// One enrolment of a programme with its attendance, for the attendance export.
#[derive(Debug, Clone)]
pub struct EnrolmentAttendance {
    pub enrolment: Enrolment,
    pub participant_code: String,
    /// Session id → what was recorded (sessions without an entry are absent).
    pub marks: HashMap<Uuid, AttendanceStatus>,
}

/// Up to `limit` enrolments of a programme after arrival position `after`, in arrival order,
/// with their reference codes and attendance. Three statements.
pub async fn attendance_batch(
    db: &Database,
    programme_id: Uuid,
    after: Option<i32>,
    limit: u64,
) -> Result<Vec<EnrolmentAttendance>, PersistenceError> {
    let page = enrolments::of_programme(db, programme_id, after, limit).await?;
    if page.items.is_empty() {
        return Ok(Vec::new());
    }
    let participant_ids: Vec<Uuid> = page.items.iter().map(|e| e.participant_id).collect();
    let codes = participants::reference_codes(db, &participant_ids).await?;
    let marks: Vec<(Uuid, Uuid, String)> = attendance::Entity::find()
        .filter(attendance::Column::EnrolmentId.is_in(page.items.iter().map(|e| e.id)))
        .select_only()
        .column(attendance::Column::EnrolmentId)
        .column(attendance::Column::SessionId)
        .column(attendance::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let mut by_enrolment: HashMap<Uuid, HashMap<Uuid, AttendanceStatus>> = HashMap::new();
    for (enrolment, session, status) in marks {
        by_enrolment
            .entry(enrolment)
            .or_default()
            .insert(session, parse_stored("attendance.status", &status)?);
    }
    Ok(page
        .items
        .into_iter()
        .map(|enrolment| EnrolmentAttendance {
            participant_code: codes
                .get(&enrolment.participant_id)
                .cloned()
                .unwrap_or_default(),
            marks: by_enrolment.remove(&enrolment.id).unwrap_or_default(),
            enrolment,
        })
        .collect())
}
