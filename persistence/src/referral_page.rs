//! A page of referrals together with the relations a view shows, in one statement.
//!
//! A dashboard lists referrals with both organisations' names, the programme's title and the
//! participant's reference code. Loading those afterwards costs a statement per kind of relation
//! (and more for their attribute and partner rows); reading them with the page costs none, and
//! the page then costs the same whatever its size. Only the relations asked for are read, and
//! only as much of each as was asked for:
//!
//! - a label (an organisation's name; a programme's status and title; the participant's code)
//!   is read by primary key for each row of the page, as a scalar subquery;
//! - a whole row is joined to the page.
//!
//! Why labels are not joined: PostgreSQL plans every execution of the page anew (a plan that
//! fits the viewer's data; a generic plan was 14 times slower at a million referrals), and
//! planning a five-table join took longer than running it. Scalar subqueries are planned on
//! their own, without a join search: on the benchmark's million referrals the dashboard's page
//! went from 670 to 1,000 executions a second at 8 connections (pgbench, same machine).
//!
//! A first page is then planned once per connection, not at every request
//! ([`crate::planned_once`]).

use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, PostgresQueryBuilder, Query};
use sea_orm::sea_query::{IntoIden, SelectStatement, SubQueryStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, IdenStatic, Iterable,
    QueryFilter, QueryOrder, QueryResult, QuerySelect, QueryTrait,
};
use skupaj_domain::access::ReferralScope;
use skupaj_domain::organisation::Organisation;
use skupaj_domain::programme::{LocalisedText, Programme, ProgrammeStatus};
use skupaj_domain::referral::Referral;
use uuid::Uuid;

use crate::entity::{organisation, participant, programme, referral};
use crate::error::parse_stored;
use crate::ordered_row::OrderedRow;
use crate::page::Page;
use crate::referrals::{ReferralFilter, to_domain, visible_condition};
use crate::{Database, PersistenceError, organisations, planned_once, programmes};

/// How much of a related organisation or programme to read with the page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Fetch {
    /// Nothing: the caller loads it, if at all, some other way.
    #[default]
    Nothing,
    /// Its label: an organisation's name, a programme's status and title.
    Label,
    /// Its whole row: an organisation without its working languages and CWCS lists, a
    /// programme without its partners.
    Row,
}

/// Which relations to read with the page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Relations {
    /// The participant's reference code.
    pub participant_code: bool,
    /// The sending organisation.
    pub from_organisation: Fetch,
    /// The receiving organisation.
    pub to_organisation: Fetch,
    /// The programme.
    pub programme: Fetch,
}

/// What a list shows of an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationLabel {
    pub id: Uuid,
    pub name: String,
}

/// What a list shows of a programme, and what decides whether a viewer may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeLabel {
    pub id: Uuid,
    pub status: ProgrammeStatus,
    pub title: LocalisedText,
}

/// A relation read with the page: its row or its label, as [`Fetch`] asked.
#[derive(Debug, Clone, PartialEq)]
pub enum Related<Row, Label> {
    Row(Row),
    Label(Label),
}

/// A referral of a page and the relations that were asked for (`None` when not asked for, or
/// when the referral has no programme).
#[derive(Debug, Clone)]
pub struct ListedReferral {
    pub referral: Referral,
    pub participant_code: Option<String>,
    pub from_organisation: Option<Related<Organisation, OrganisationLabel>>,
    pub to_organisation: Option<Related<Organisation, OrganisationLabel>>,
    pub programme: Option<Related<Programme, ProgrammeLabel>>,
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
        .filter(visible_condition(scope, filter))
        .order_by_desc(referral::Column::Id);
    if let Some(after) = after {
        query = query.filter(referral::Column::Id.lt(after));
    }
    let mut select = query.limit(first + 1).into_query();
    if relations.participant_code {
        select.expr_as(
            by_key(
                participant::Entity,
                participant::Column::Id,
                participant::Column::ReferenceCode,
                referral::Column::ParticipantId,
            ),
            Alias::new(CODE),
        );
    }
    for (fetch, prefix, on) in [
        (
            relations.from_organisation,
            FROM,
            referral::Column::FromOrganisationId,
        ),
        (
            relations.to_organisation,
            TO,
            referral::Column::ToOrganisationId,
        ),
    ] {
        match fetch {
            Fetch::Nothing => {}
            Fetch::Label => label_organisation(&mut select, prefix, on),
            Fetch::Row => join_organisation(&mut select, prefix, on),
        }
    }
    match relations.programme {
        Fetch::Nothing => {}
        Fetch::Label => label_programme(&mut select),
        Fetch::Row => join_programme(&mut select),
    }
    // A first page is what a dashboard asks for again and again: its plan is made once per
    // connection. A later page names its cursor, so its text would never repeat.
    let rows = if after.is_none() {
        db.query_all_raw(planned_once::statement(db, &select))
            .await?
    } else {
        db.query_all(&select).await?
    };
    Page::from_overfetch(rows, first).try_map(|row| listed(&row, relations))
}

/// The statement `list` runs for a page without relations, as PostgreSQL text with its values
/// written in and no limit: what the benchmark's PostgreSQL peer wraps in a SQL function, so
/// that both answer the same page with the same plan.
pub fn list_sql(scope: &ReferralScope, filter: &ReferralFilter) -> String {
    referral::Entity::find()
        .filter(visible_condition(scope, filter))
        .order_by_desc(referral::Column::Id)
        .into_query()
        .to_string(PostgresQueryBuilder)
}

/// `(SELECT value FROM entity WHERE key = referrals.on)`: one value of the row the referral
/// points at, read by primary key.
fn by_key<E: EntityTrait>(
    entity: E,
    key: E::Column,
    value: E::Column,
    on: referral::Column,
) -> Expr {
    let lookup = Query::select()
        .column(value)
        .from(entity.into_iden())
        .and_where(Expr::col(key).equals((referral::Entity, on)))
        .to_owned();
    Expr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(lookup)))
}

fn label_organisation(select: &mut SelectStatement, prefix: &str, on: referral::Column) {
    select.expr_as(
        by_key(
            organisation::Entity,
            organisation::Column::Id,
            organisation::Column::Name,
            on,
        ),
        Alias::new(format!("{prefix}name")),
    );
}

fn label_programme(select: &mut SelectStatement) {
    for column in [programme::Column::Status, programme::Column::Title] {
        select.expr_as(
            by_key(
                programme::Entity,
                programme::Column::Id,
                column,
                referral::Column::ProgrammeId,
            ),
            Alias::new(format!("{PROGRAMME}{}", column.as_str())),
        );
    }
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

fn join_programme(select: &mut SelectStatement) {
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

/// The referral and its relations from one row of the page, read in the order `list` selected
/// them: the referral's columns, then the participant's code, the sending organisation, the
/// receiving one and the programme, each only when asked for.
fn listed(row: &QueryResult, relations: Relations) -> Result<ListedReferral, PersistenceError> {
    let mut columns = OrderedRow::new(row);
    let referral = to_domain(referral_in_order(&mut columns)?)?;
    let participant_code = if relations.participant_code {
        Some(columns.next()?)
    } else {
        None
    };
    let from_organisation = organisation(
        &mut columns,
        relations.from_organisation,
        FROM,
        referral.from_organisation_id,
    )?;
    let to_organisation = organisation(
        &mut columns,
        relations.to_organisation,
        TO,
        referral.to_organisation_id,
    )?;
    let programme = listed_programme(&mut columns, relations.programme, referral.programme_id)?;
    Ok(ListedReferral {
        participant_code,
        from_organisation,
        to_organisation,
        programme,
        referral,
    })
}

/// A referral's row from its columns in the order the entity declares them, which is the order
/// `referral::Entity::find()` selects them (`the_referral_columns_are_read_in_their_order`).
fn referral_in_order(columns: &mut OrderedRow) -> Result<referral::Model, DbErr> {
    Ok(referral::Model {
        id: columns.next()?,
        participant_id: columns.next()?,
        from_organisation_id: columns.next()?,
        from_user_id: columns.next()?,
        to_organisation_id: columns.next()?,
        programme_id: columns.next()?,
        need_domain: columns.next()?,
        priority: columns.next()?,
        reason: columns.next()?,
        respond_by: columns.next()?,
        kind: columns.next()?,
        status: columns.next()?,
        consent_id: columns.next()?,
        redirected_from_id: columns.next()?,
        decline_reason: columns.next()?,
        outcome: columns.next()?,
        cancel_reason: columns.next()?,
        version: columns.next()?,
        sent_at: columns.next()?,
        first_response_at: columns.next()?,
        created_at: columns.next()?,
        updated_at: columns.next()?,
    })
}

/// An organisation as `fetch` asked for it: its name (one column), or its whole row (read by
/// its prefixed names, the rarer case).
fn organisation(
    columns: &mut OrderedRow,
    fetch: Fetch,
    prefix: &str,
    id: Uuid,
) -> Result<Option<Related<Organisation, OrganisationLabel>>, PersistenceError> {
    Ok(match fetch {
        Fetch::Nothing => None,
        Fetch::Label => Some(Related::Label(OrganisationLabel {
            id,
            name: columns.next()?,
        })),
        Fetch::Row => {
            columns.skip(organisation::Column::iter().count());
            Some(Related::Row(organisations::without_attributes(
                organisation::Model::from_query_result(columns.row(), prefix)?,
            )?))
        }
    })
}

/// The programme as `fetch` asked for it, when the referral has one: its status and title
/// (two columns), or its whole row (read by its prefixed names).
fn listed_programme(
    columns: &mut OrderedRow,
    fetch: Fetch,
    id: Option<Uuid>,
) -> Result<Option<Related<Programme, ProgrammeLabel>>, PersistenceError> {
    Ok(match fetch {
        Fetch::Nothing => None,
        Fetch::Label => {
            let status: Option<String> = columns.next()?;
            let title: Option<String> = columns.next()?;
            match (id, status, title) {
                (Some(id), Some(status), Some(title)) => Some(Related::Label(ProgrammeLabel {
                    id,
                    status: parse_stored("programmes.status", &status)?,
                    title: programmes::parse_text("programmes.title", &title)?,
                })),
                _ => None,
            }
        }
        Fetch::Row => {
            columns.skip(programme::Column::iter().count());
            match id {
                None => None,
                Some(_) => programme::Model::from_query_result_optional(columns.row(), PROGRAMME)?
                    .map(programmes::without_partners)
                    .transpose()?
                    .map(Related::Row),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `referral_in_order` reads the columns in this order; a column added, removed or moved in
    /// the entity must be added, removed or moved there too.
    #[test]
    fn the_referral_columns_are_read_in_their_order() {
        let declared: Vec<&str> = referral::Column::iter().map(|c| c.as_str()).collect();
        assert_eq!(
            declared,
            [
                "id",
                "participant_id",
                "from_organisation_id",
                "from_user_id",
                "to_organisation_id",
                "programme_id",
                "need_domain",
                "priority",
                "reason",
                "respond_by",
                "kind",
                "status",
                "consent_id",
                "redirected_from_id",
                "decline_reason",
                "outcome",
                "cancel_reason",
                "version",
                "sent_at",
                "first_response_at",
                "created_at",
                "updated_at",
            ]
        );
    }
}
