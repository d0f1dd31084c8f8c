//! A page of referrals together with the relations a view shows, in one statement.
//!
//! A dashboard lists referrals with both organisations' names, the programme's title and the
//! participant's reference code. Loading those afterwards costs a statement per kind of relation
//! (and more for their attribute and partner rows); joining them to the page costs none, and the
//! page then costs the same whatever its size. Only the relations asked for are joined.

use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, PostgresQueryBuilder, SelectStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, IdenStatic, Iterable, QueryFilter,
    QueryOrder, QueryResult, QuerySelect, QueryTrait,
};
use skupaj_domain::access::ReferralScope;
use skupaj_domain::organisation::Organisation;
use skupaj_domain::programme::Programme;
use skupaj_domain::referral::Referral;
use uuid::Uuid;

use crate::entity::{organisation, participant, programme, referral};
use crate::page::Page;
use crate::referrals::{ReferralFilter, filter_condition, scope_condition, to_domain};
use crate::{Database, PersistenceError, organisations, programmes};

/// Which relations to fetch with the page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Relations {
    /// The participant's reference code.
    pub participant_code: bool,
    /// The sending organisation, from its row alone (no working languages, no CWCS lists).
    pub from_organisation: bool,
    /// The receiving organisation, likewise.
    pub to_organisation: bool,
    /// The programme, from its row alone (no partners).
    pub programme: bool,
}

/// A referral of a page and the relations that were asked for (`None` when not asked for, or
/// when the referral has no programme).
#[derive(Debug, Clone)]
pub struct ListedReferral {
    pub referral: Referral,
    pub participant_code: Option<String>,
    pub from_organisation: Option<Organisation>,
    pub to_organisation: Option<Organisation>,
    pub programme: Option<Programme>,
}

const CODE: &str = "pa_reference_code";
const FROM: &str = "fo_";
const TO: &str = "to_";
const PROGRAMME: &str = "pr_";

/// The referrals in `scope` matching `filter`, newest first, `first` at a time, with the
/// `relations` asked for. One statement.
pub async fn list(
    db: &Database,
    scope: &ReferralScope,
    filter: &ReferralFilter,
    after: Option<Uuid>,
    first: u64,
    relations: Relations,
) -> Result<Page<ListedReferral>, PersistenceError> {
    let mut query = referral::Entity::find()
        .filter(scope_condition(scope))
        .filter(filter_condition(filter))
        .order_by_desc(referral::Column::Id);
    if let Some(after) = after {
        query = query.filter(referral::Column::Id.lt(after));
    }
    let mut select = query.limit(first + 1).into_query();
    if relations.participant_code {
        let alias = Alias::new("pa");
        select
            .join_as(
                JoinType::InnerJoin,
                participant::Entity,
                alias.clone(),
                Expr::col((alias.clone(), participant::Column::Id))
                    .equals((referral::Entity, referral::Column::ParticipantId)),
            )
            .expr_as(
                Expr::col((alias, participant::Column::ReferenceCode)),
                Alias::new(CODE),
            );
    }
    if relations.from_organisation {
        join_organisation(&mut select, FROM, referral::Column::FromOrganisationId);
    }
    if relations.to_organisation {
        join_organisation(&mut select, TO, referral::Column::ToOrganisationId);
    }
    if relations.programme {
        let alias = Alias::new("pr");
        select.join_as(
            JoinType::LeftJoin,
            programme::Entity,
            alias.clone(),
            Expr::col((alias.clone(), programme::Column::Id))
                .equals((referral::Entity, referral::Column::ProgrammeId)),
        );
        for column in programme::Column::iter() {
            select.expr_as(
                Expr::col((alias.clone(), column)),
                Alias::new(format!("{PROGRAMME}{}", column.as_str())),
            );
        }
    }
    let rows = db.query_all(&select).await?;
    Page::from_overfetch(rows, first).try_map(|row| listed(&row, relations))
}

/// The statement `list` runs for a page without relations, as PostgreSQL text with its values
/// written in and no limit: what the benchmark's PostgreSQL peer wraps in a SQL function, so
/// that both answer the same page with the same plan.
pub fn list_sql(scope: &ReferralScope, filter: &ReferralFilter) -> String {
    referral::Entity::find()
        .filter(scope_condition(scope))
        .filter(filter_condition(filter))
        .order_by_desc(referral::Column::Id)
        .into_query()
        .to_string(PostgresQueryBuilder)
}

fn join_organisation(select: &mut SelectStatement, prefix: &str, on: referral::Column) {
    let alias = Alias::new(prefix.trim_end_matches('_').to_owned() + "o");
    select.join_as(
        JoinType::InnerJoin,
        organisation::Entity,
        alias.clone(),
        Expr::col((alias.clone(), organisation::Column::Id)).equals((referral::Entity, on)),
    );
    for column in organisation::Column::iter() {
        select.expr_as(
            Expr::col((alias.clone(), column)),
            Alias::new(format!("{prefix}{}", column.as_str())),
        );
    }
}

fn listed(row: &QueryResult, relations: Relations) -> Result<ListedReferral, PersistenceError> {
    let organisation = |prefix: &str| -> Result<Organisation, PersistenceError> {
        organisations::without_attributes(organisation::Model::from_query_result(row, prefix)?)
    };
    Ok(ListedReferral {
        referral: to_domain(referral::Model::from_query_result(row, "")?)?,
        participant_code: if relations.participant_code {
            Some(row.try_get("", CODE)?)
        } else {
            None
        },
        from_organisation: relations
            .from_organisation
            .then(|| organisation(FROM))
            .transpose()?,
        to_organisation: relations
            .to_organisation
            .then(|| organisation(TO))
            .transpose()?,
        programme: if relations.programme {
            programme::Model::from_query_result_optional(row, PROGRAMME)?
                .map(programmes::without_partners)
                .transpose()?
        } else {
            None
        },
    })
}
