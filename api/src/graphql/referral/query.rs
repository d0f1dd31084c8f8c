//! Referrals the viewer may see, one or a page at a time, and dashboard figures.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use skupaj_app::referral::{Fetch, ReferralFilter, Relations};

use crate::graphql::context::{actor, app, min_cell};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::Loaders;
use crate::graphql::pagination::{after_id, encode_cursor, page_size, parse_id};
use crate::graphql::referral::listed::ListedNode;
use crate::graphql::referral::listed_page::ListedPage;
use crate::graphql::referral::{NeedDomain, ReferralStatus};
use crate::graphql::referral::{Referral, ReferralStats, hidden};
use crate::graphql::row_views::{
    ORGANISATION_LABEL_FIELDS, ORGANISATION_ROW_FIELDS, PROGRAMME_LABEL_FIELDS,
    PROGRAMME_ROW_FIELDS, selects_only,
};

/// Narrows a list of referrals; every criterion given must hold.
#[derive(InputObject, Debug, Default)]
pub struct ReferralFilterInput {
    /// In any of these statuses.
    pub statuses: Option<Vec<ReferralStatus>>,
    /// For any of these needs.
    pub need_domains: Option<Vec<NeedDomain>>,
    /// Sent by this organisation.
    pub from_organisation_id: Option<ID>,
    /// Sent to this organisation.
    pub to_organisation_id: Option<ID>,
    /// About this participant.
    pub participant_id: Option<ID>,
    /// Touching this municipality: either organisation is based there. (Where the participant
    /// lives is personal data, so it is never a filter; it only widens a municipal officer's scope.)
    pub municipality: Option<String>,
    /// `true`: only referrals still unanswered on or after their respond-by date.
    pub overdue: Option<bool>,
    /// Created at or after this time.
    pub created_from: Option<DateTime<Utc>>,
    /// Created before this time.
    pub created_to: Option<DateTime<Utc>>,
    /// `true`: only referrals assigned to the viewer (`assignReferral`).
    pub assigned_to_me: Option<bool>,
}

impl ReferralFilterInput {
    /// The repository's filter, checked as the query checks it (also for the CSV export);
    /// `viewer` is who `assignedToMe` means.
    pub(crate) fn into_filter(self, viewer: uuid::Uuid) -> ApiResult<ReferralFilter> {
        let id = |field: &str, id: Option<ID>| id.map(|id| parse_id(field, &id)).transpose();
        if let (Some(from), Some(to)) = (self.created_from, self.created_to)
            && from > to
        {
            return Err(ApiError::validation(
                "filter.createdTo",
                "must not be before createdFrom",
            ));
        }
        Ok(ReferralFilter {
            statuses: self
                .statuses
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            need_domains: self
                .need_domains
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            from_organisation: id("filter.fromOrganisationId", self.from_organisation_id)?,
            to_organisation: id("filter.toOrganisationId", self.to_organisation_id)?,
            participant: id("filter.participantId", self.participant_id)?,
            municipality: self.municipality.map(|m| m.trim().to_owned()),
            overdue_on: self
                .overdue
                .filter(|overdue| *overdue)
                .map(|_| Utc::now().date_naive()),
            created_from: self.created_from,
            created_to: self.created_to,
            assigned_to: self.assigned_to_me.filter(|mine| *mine).map(|_| viewer),
        })
    }
}

#[derive(Default)]
pub struct ReferralQuery;

#[Object]
impl ReferralQuery {
    /// The referrals the viewer may see, newest first: those of the viewer's organisation (sent
    /// by it, or sent to it) and, for municipal officers, every sent referral touching their
    /// municipality (participants shown by reference code only).
    async fn referrals(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.")] filter: Option<ReferralFilterInput>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last referral of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<ListedPage>> {
        let actor = actor(ctx)?;
        let referrals = app(ctx)?.referrals();
        let filter = filter.unwrap_or_default().into_filter(actor.user_id)?;
        let first = page_size(first)?;
        let after = after_id(after)?;
        let node = ctx.look_ahead().field("edges").field("node");
        let selected = |name: &str| node.field(name).exists();
        // Relations are read with the page as labels when the selection asks for no more, as
        // rows when the row answers it, and otherwise loaded in full beside the page.
        let fetch = |name: &str, label: &[&str], row: &[&str]| {
            let fields = || node.field(name).selection_fields();
            if !selected(name) {
                Fetch::Nothing
            } else if selects_only(fields(), label) {
                Fetch::Label
            } else if selects_only(fields(), row) {
                Fetch::Row
            } else {
                Fetch::Nothing
            }
        };
        let relations = Relations {
            participant_code: selected("participantCode"),
            from_organisation: fetch(
                "fromOrganisation",
                ORGANISATION_LABEL_FIELDS,
                ORGANISATION_ROW_FIELDS,
            ),
            to_organisation: fetch(
                "toOrganisation",
                ORGANISATION_LABEL_FIELDS,
                ORGANISATION_ROW_FIELDS,
            ),
            programme: fetch("programme", PROGRAMME_LABEL_FIELDS, PROGRAMME_ROW_FIELDS),
        };
        let page = referrals.page(&filter, after, first, relations).await?;
        let loaders = ctx.data_unchecked::<Loaders>();
        let in_full = |name: &str, fetch: Fetch| selected(name) && fetch == Fetch::Nothing;
        let organisations_in_full = in_full("fromOrganisation", relations.from_organisation)
            || in_full("toOrganisation", relations.to_organisation);
        let programmes_in_full = in_full("programme", relations.programme);
        if organisations_in_full || programmes_in_full {
            let listed: Vec<&_> = page.items.iter().map(|item| &item.referral).collect();
            let (organisations, programmes) = referrals
                .in_full(&listed, organisations_in_full, programmes_in_full)
                .await?;
            loaders.keep_in_full(organisations, programmes).await;
        }
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(page.items.into_iter().map(|item| {
            Edge::new(
                encode_cursor(&item.referral.id.to_string()),
                ListedNode::from(item),
            )
        }));
        Ok(Some(connection.into()))
    }

    /// One referral. `NOT_FOUND` both when there is none and when the viewer may not see it.
    async fn referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The referral's id.")] id: ID,
    ) -> ApiResult<Option<Referral>> {
        let handle = app(ctx)?;
        let id = parse_id("id", &id)?;
        let found = handle.referrals().find(id).await;
        hidden(ctx, "readReferral", "Referral", id, found).map(|referral| Some(Referral(referral)))
    }

    /// Counts per status and the median time to first response, over the referrals the viewer
    /// may see that match the filter: the figures of a municipal dashboard. A municipal
    /// officer's figures span other organisations' referrals and are small-cell suppressed;
    /// anyone else's cover their own organisation's referrals and are in full.
    async fn referral_stats(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to count.")] filter: Option<ReferralFilterInput>,
    ) -> ApiResult<Option<ReferralStats>> {
        let actor = actor(ctx)?;
        let filter = filter.unwrap_or_default().into_filter(actor.user_id)?;
        let (stats, suppressed) = app(ctx)?.referrals().stats(&filter).await?;
        Ok(Some(if suppressed {
            ReferralStats::suppressed(stats, min_cell(ctx))
        } else {
            ReferralStats::in_full(stats)
        }))
    }
}
