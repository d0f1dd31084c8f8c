//! `Referral`, its history and notes, and the dashboard statistics.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use skupaj_app::referral::ReferralStats as Figures;
use skupaj_app::{AppError, AppResult};
use skupaj_domain::DomainError;
use skupaj_domain::access::{acting_side, view_programme};
use skupaj_domain::referral;
use skupaj_domain::suppression::{MinCell, suppress_list};
use uuid::Uuid;

use crate::graphql::audit::denied_read;

use crate::graphql::account::object::user::User;
use crate::graphql::context::{actor, app, request};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::organisation::object::Organisation;
use crate::graphql::participant::Participant;
use crate::graphql::programme::Programme;
use crate::graphql::referral::{
    CancelReason, DeclineReason, NeedDomain, ReferralAction, ReferralKind, ReferralOutcome,
    ReferralPriority, ReferralStatus,
};

/// A referral as a viewer who may see it sees it.
#[derive(Debug, Clone)]
pub struct Referral(pub referral::Referral);

impl Referral {
    /// Texts written by the two sides (reason, comments, notes) can name the participant, so
    /// only the two sides read them (a municipal officer tracking the referral does not), and
    /// the receiver only while the referral engages it under an active consent
    /// (`access::may_read_referral_texts`). A refusal is recorded as a denied read.
    async fn ensure_party(&self, ctx: &Context<'_>) -> ApiResult<()> {
        let allowed = app(ctx)?.referrals().texts(&self.0).await;
        self.party_answer(ctx, allowed)
    }

    /// `answer`, recording a denied read of the texts when it is a refusal.
    fn party_answer<T>(&self, ctx: &Context<'_>, answer: skupaj_app::AppResult<T>) -> ApiResult<T> {
        if answer.is_err() {
            denied_read(ctx, "readReferralText", "Referral", self.0.id);
        }
        Ok(answer?)
    }
}

/// The use case's answer; a refusal as `NOT_FOUND` (the entity is hidden from the caller) is
/// recorded as a denied read of it.
pub(crate) fn hidden<T>(
    ctx: &Context<'_>,
    operation: &str,
    entity_type: &str,
    id: Uuid,
    answer: AppResult<T>,
) -> ApiResult<T> {
    answer.map_err(|err| {
        if matches!(err, AppError::Refused(DomainError::NotFound)) {
            denied_read(ctx, operation, entity_type, id);
        }
        ApiError::from(err)
    })
}

/// Whether the viewer may read the free texts of a referral: the sender's case workers always,
/// the receiver's while the referral is open and its consent active.
pub async fn may_read_texts(ctx: &Context<'_>, referral: &referral::Referral) -> ApiResult<bool> {
    Ok(app(ctx)?.referrals().may_read_texts(referral).await?)
}

/// One organisation asking another to serve a participant, tracked until the loop is closed.
#[Object]
impl Referral {
    /// The referral's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// Where it stands.
    async fn status(&self) -> ReferralStatus {
        self.0.status.into()
    }

    /// The HL7 FHIR Task status it maps onto.
    async fn fhir_task_status(&self) -> &'static str {
        self.0.status.fhir_task_status()
    }

    /// Service or transfer of the case.
    async fn kind(&self) -> ReferralKind {
        self.0.kind.into()
    }

    /// What help is asked for.
    async fn need_domain(&self) -> NeedDomain {
        self.0.need_domain.into()
    }

    /// How urgent it is.
    async fn priority(&self) -> ReferralPriority {
        self.0.priority.into()
    }

    /// Why the participant is referred. Only the two sides read it.
    async fn reason(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        self.ensure_party(ctx).await?;
        Ok(Some(self.0.reason.clone()))
    }

    /// The date the receiving organisation should answer by.
    async fn respond_by(&self) -> NaiveDate {
        self.0.respond_by
    }

    /// Still unanswered on or after its respond-by date.
    async fn overdue(&self) -> bool {
        self.0.is_overdue(Utc::now().date_naive())
    }

    /// The version to name when changing it; every change increments it.
    async fn version(&self) -> i32 {
        self.0.version
    }

    /// Why it was declined, if it was.
    async fn decline_reason(&self) -> Option<DeclineReason> {
        self.0.decline_reason.map(Into::into)
    }

    /// How it ended, if completed.
    async fn outcome(&self) -> Option<ReferralOutcome> {
        self.0.outcome.map(Into::into)
    }

    /// Why it was cancelled, if it was.
    async fn cancel_reason(&self) -> Option<CancelReason> {
        self.0.cancel_reason.map(Into::into)
    }

    /// The referring organisation.
    async fn from_organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        organisation(ctx, self.0.from_organisation_id).await
    }

    /// The receiving organisation.
    async fn to_organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        organisation(ctx, self.0.to_organisation_id).await
    }

    /// The participant's pseudonymous reference code: what a municipal officer sees.
    async fn participant_code(&self, ctx: &Context<'_>) -> ApiResult<String> {
        ctx.data_unchecked::<Loaders>()
            .reference_codes
            .load_one(self.0.participant_id)
            .await
            .map_err(loader_error)?
            .ok_or(ApiError::NotFound)
    }

    /// The participant, as far as the viewer may see them; `null` with `FORBIDDEN` when the
    /// viewer may not see the participant at all (a municipal officer, or after the consent ended).
    async fn participant(&self, ctx: &Context<'_>) -> ApiResult<Option<Participant>> {
        let view = ctx
            .data_unchecked::<Loaders>()
            .participants
            .load_one(self.0.participant_id)
            .await
            .map_err(loader_error)?;
        match view {
            Some(view) => Ok(Some(view.into())),
            None => {
                crate::graphql::audit::participant_read(
                    ctx,
                    self.0.participant_id,
                    skupaj_domain::audit::AuditOutcome::Denied,
                );
                Err(DomainError::Forbidden.into())
            }
        }
    }

    /// The receiving organisation's staff member the referral is assigned to (`assignReferral`);
    /// `null` while unassigned. Case workers of either side see it; anyone else (a municipal
    /// officer, say) gets `null` with `FORBIDDEN`.
    async fn assigned_to(&self, ctx: &Context<'_>) -> ApiResult<Option<User>> {
        acting_side(actor(ctx)?, &self.0)?;
        let loaders = ctx.data_unchecked::<Loaders>();
        let Some(user) = loaders
            .referral_assignees
            .load_one(self.0.id)
            .await
            .map_err(loader_error)?
        else {
            return Ok(None);
        };
        Ok(loaders
            .users
            .load_one(user)
            .await
            .map_err(loader_error)?
            .map(User))
    }

    /// The programme the participant is referred into, if any.
    async fn programme_id(&self) -> Option<ID> {
        self.0.programme_id.map(|id| ID(id.to_string()))
    }

    /// The programme the participant is referred into, if any; `null` with `FORBIDDEN` when the
    /// viewer may not see it (published, running and completed programmes are public; drafts and
    /// cancelled ones only to their organisers).
    async fn programme(&self, ctx: &Context<'_>) -> ApiResult<Option<Programme>> {
        let Some(id) = self.0.programme_id else {
            return Ok(None);
        };
        let viewer = request(ctx).viewer.as_ref().map(|v| &v.actor);
        let loaders = ctx.data_unchecked::<Loaders>();
        // What the page read answers only for a public programme: who organises a draft is in
        // the partners table.
        if let Some(programme) = loaders.rows.programme(ctx, id)
            && programme.status.is_public()
        {
            return Ok(Some(Programme(programme)));
        }
        match loaders
            .programmes
            .load_one(id)
            .await
            .map_err(loader_error)?
        {
            Some(programme) if view_programme(viewer, &programme) => Ok(Some(Programme(programme))),
            _ => Err(DomainError::Forbidden.into()),
        }
    }

    /// The referral this one was redirected from, if any.
    async fn redirected_from_id(&self) -> Option<ID> {
        self.0.redirected_from_id.map(|id| ID(id.to_string()))
    }

    /// When it was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it was last sent.
    async fn sent_at(&self) -> Option<DateTime<Utc>> {
        self.0.sent_at
    }

    /// When the receiving organisation first answered (accepted, declined or redirected).
    async fn first_response_at(&self) -> Option<DateTime<Utc>> {
        self.0.first_response_at
    }

    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// What happened to it, oldest first. Comments are shown to the two sides only.
    async fn history(&self, ctx: &Context<'_>) -> ApiResult<Vec<ReferralEvent>> {
        let (events, party) = app(ctx)?.referrals().history(&self.0).await?;
        Ok(events
            .into_iter()
            .map(|event| ReferralEvent { event, party })
            .collect())
    }

    /// Messages between the two sides, oldest first. Only the two sides read them; anyone else
    /// gets `null` with `FORBIDDEN`.
    async fn notes(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<ReferralNote>>> {
        let notes = app(ctx)?.referrals().notes(&self.0).await;
        Ok(Some(
            self.party_answer(ctx, notes)?
                .into_iter()
                .map(ReferralNote)
                .collect(),
        ))
    }
}

async fn organisation(ctx: &Context<'_>, id: uuid::Uuid) -> ApiResult<Organisation> {
    let loaders = ctx.data_unchecked::<Loaders>();
    if let Some(organisation) = loaders.rows.organisation(ctx, id) {
        return Ok(Organisation(organisation));
    }
    loaders
        .organisations
        .load_one(id)
        .await
        .map_err(loader_error)?
        .map(Organisation)
        .ok_or(ApiError::NotFound)
}

/// One entry of a referral's history.
#[derive(Debug, Clone)]
pub struct ReferralEvent {
    event: referral::ReferralEvent,
    party: bool,
}

/// One step in a referral's history: who did what, when, from which status to which.
#[Object]
impl ReferralEvent {
    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.event.at
    }

    /// What happened.
    async fn action(&self) -> ReferralAction {
        self.event.action.into()
    }

    /// The status before; `null` for the first entry (`CREATE`, to `DRAFT`).
    async fn from_status(&self) -> Option<ReferralStatus> {
        self.event.from_status.map(Into::into)
    }

    /// The status after.
    async fn to_status(&self) -> ReferralStatus {
        self.event.to_status.into()
    }

    /// The organisation that acted; `null` when the platform acted (expiry, consent withdrawal).
    async fn actor_organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        match self.event.actor_organisation_id {
            Some(id) => organisation(ctx, id).await.map(Some),
            None => Ok(None),
        }
    }

    /// The actor's comment. Shown to the two sides only.
    async fn comment(&self) -> ApiResult<Option<&str>> {
        if !self.party {
            return Err(DomainError::Forbidden.into());
        }
        Ok(self.event.comment.as_deref())
    }
}

/// A note on a referral.
#[derive(Debug, Clone)]
pub struct ReferralNote(pub referral::ReferralNote);

/// A message one side of a referral wrote to the other.
#[Object]
impl ReferralNote {
    /// The note's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The text.
    async fn body(&self) -> &str {
        &self.0.body
    }

    /// The organisation of the author.
    async fn author_organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        organisation(ctx, self.0.author_organisation_id).await
    }

    /// When it was written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// What the note said before each correction, oldest first (empty when never corrected).
    async fn revisions(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<crate::graphql::rectification::Revision>> {
        let found = ctx
            .data_unchecked::<crate::graphql::loaders::Loaders>()
            .referral_note_revisions
            .load_one(self.0.id)
            .await
            .map_err(crate::graphql::loaders::loader_error)?;
        Ok(crate::graphql::rectification::revisions(found))
    }
}

/// How many referrals are in one status.
#[derive(SimpleObject, Debug, Clone)]
pub struct StatusCount {
    /// The status.
    pub status: ReferralStatus,
    /// How many referrals are in it; `null` when withheld (small-cell suppression).
    pub count: Option<u64>,
}

/// Figures for a referral dashboard, over the referrals the viewer may see that match the
/// filter. Figures that draw on other organisations' work (a municipal officer's, a
/// stakeholder group's) are small-cell suppressed: a count under k (five by default) is
/// `null`, and so are enough other counts that the total does not give it away.
#[derive(SimpleObject, Debug, Clone)]
pub struct ReferralStats {
    /// How many referrals match; `null` when withheld.
    pub total: Option<u64>,
    /// Counts per status. In full, statuses with none are left out; suppressed, every status
    /// is listed, its count `null` when withheld.
    pub by_status: Vec<StatusCount>,
    /// How many have had a first answer; `null` when withheld.
    pub responded: Option<u64>,
    /// Median hours from sending to the first answer (accept, decline or redirect); `null`
    /// before any answer, or when withheld (fewer than k answered).
    pub median_first_response_hours: Option<f64>,
    /// The k applied: `null` when the figures are in full (the viewer's own organisation's
    /// referrals only).
    pub min_cell: Option<u32>,
}

impl ReferralStats {
    /// Every figure, for a viewer whose scope is their own organisation's referrals.
    pub fn in_full(stats: Figures) -> Self {
        Self {
            total: Some(stats.by_status.iter().map(|(_, n)| n).sum()),
            by_status: stats
                .by_status
                .into_iter()
                .map(|(status, count)| StatusCount {
                    status: status.into(),
                    count: Some(count),
                })
                .collect(),
            responded: Some(stats.responded),
            median_first_response_hours: hours(stats.median_first_response_seconds),
            min_cell: None,
        }
    }

    /// The figures with every status listed and small-cell suppressed with `k`.
    pub fn suppressed(stats: Figures, k: MinCell) -> Self {
        use strum::IntoEnumIterator;
        let statuses: Vec<skupaj_domain::referral::ReferralStatus> =
            skupaj_domain::referral::ReferralStatus::iter().collect();
        let counts: Vec<u64> = statuses
            .iter()
            .map(|status| {
                stats
                    .by_status
                    .iter()
                    .find(|(s, _)| s == status)
                    .map_or(0, |(_, n)| *n)
            })
            .collect();
        let published = suppress_list(&counts, k);
        Self {
            total: published.total,
            by_status: statuses
                .into_iter()
                .zip(published.counts)
                .map(|(status, count)| StatusCount {
                    status: status.into(),
                    count,
                })
                .collect(),
            responded: k.count(stats.responded),
            median_first_response_hours: k
                .count(stats.responded)
                .and(hours(stats.median_first_response_seconds)),
            min_cell: Some(k.get()),
        }
    }
}

#[allow(clippy::cast_precision_loss)]
fn hours(seconds: Option<i64>) -> Option<f64> {
    seconds.map(|seconds| seconds as f64 / 3600.0)
}
