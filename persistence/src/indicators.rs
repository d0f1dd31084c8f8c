//! The facts indicators are computed from: sent referrals in a scope with the kinds of both
//! organisations and the participant's gender and birth year, and enrolments in the programmes
//! of a scope with their outcomes. Three statements each; the arithmetic is the domain's
//! (`skupaj_domain::indicators`).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QuerySelect};
use skupaj_domain::access::{ProgrammeScope, ReferralScope};
use skupaj_domain::enrolment::{EnrolmentFacts, FollowUpOutcome};
use skupaj_domain::indicators::{EnrolmentIndicatorFacts, ReferralFacts};
use skupaj_domain::referral::{NeedDomain, ReferralStatus};
use uuid::Uuid;

use crate::entity::{
    enrolment, follow_up_outcome, organisation, participant, programme, programme_partner, referral,
};
use crate::error::{parse_optional, parse_stored};
use crate::{Database, PersistenceError};

/// Which sent referrals to count; every present criterion must hold.
#[derive(Debug, Clone, Default)]
pub struct IndicatorFilter {
    /// Sent at or after this instant.
    pub sent_from: Option<DateTime<Utc>>,
    /// Sent before this instant.
    pub sent_to: Option<DateTime<Utc>>,
    pub need_domains: Vec<NeedDomain>,
    pub statuses: Vec<ReferralStatus>,
}

type ReferralRow = (
    String,
    String,
    Uuid,
    Uuid,
    Uuid,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
    DateTime<Utc>,
);

/// The sent referrals in `scope` (`None`: all) matching `filter`. Three statements.
pub async fn referral_facts(
    db: &Database,
    scope: Option<&ReferralScope>,
    filter: &IndicatorFilter,
) -> Result<Vec<ReferralFacts>, PersistenceError> {
    use referral::Column;
    let mut condition = Condition::all()
        .add(Column::Status.ne(ReferralStatus::Draft.to_string()))
        .add(Column::SentAt.is_not_null());
    if let Some(scope) = scope {
        condition = condition.add(crate::referrals::scope_condition(scope));
    }
    if let Some(from) = filter.sent_from {
        condition = condition.add(Column::SentAt.gte(from));
    }
    if let Some(to) = filter.sent_to {
        condition = condition.add(Column::SentAt.lt(to));
    }
    if !filter.need_domains.is_empty() {
        condition = condition
            .add(Column::NeedDomain.is_in(filter.need_domains.iter().map(ToString::to_string)));
    }
    if !filter.statuses.is_empty() {
        condition =
            condition.add(Column::Status.is_in(filter.statuses.iter().map(ToString::to_string)));
    }
    let rows: Vec<ReferralRow> = referral::Entity::find()
        .select_only()
        .columns([
            Column::Status,
            Column::NeedDomain,
            Column::FromOrganisationId,
            Column::ToOrganisationId,
            Column::ParticipantId,
            Column::SentAt,
            Column::FirstResponseAt,
            Column::UpdatedAt,
        ])
        .filter(condition.clone())
        .into_tuple()
        .all(db)
        .await?;
    let kinds: HashMap<Uuid, String> = organisation::Entity::find()
        .select_only()
        .columns([organisation::Column::Id, organisation::Column::Kind])
        .into_tuple::<(Uuid, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let participants_in_scope: SelectStatement = Query::select()
        .column(Column::ParticipantId)
        .from(referral::Entity)
        .cond_where(condition)
        .to_owned();
    let people: HashMap<Uuid, (Option<String>, Option<i32>)> = participant::Entity::find()
        .select_only()
        .columns([
            participant::Column::Id,
            participant::Column::Gender,
            participant::Column::BirthYear,
        ])
        .filter(participant::Column::Id.in_subquery(participants_in_scope))
        .into_tuple::<(Uuid, Option<String>, Option<i32>)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, gender, born)| (id, (gender, born)))
        .collect();
    let kind_of = |id: Uuid| {
        kinds
            .get(&id)
            .ok_or_else(|| PersistenceError::Corrupt(format!("organisation {id} of a referral")))
            .and_then(|kind| parse_stored("organisations.kind", kind))
    };
    let mut facts = Vec::with_capacity(rows.len());
    for (status, need, from, to, participant_id, sent_at, first_response_at, updated_at) in rows {
        let Some(sent_at) = sent_at else { continue };
        let status: ReferralStatus = parse_stored("referrals.status", &status)?;
        let (gender, birth_year) = people.get(&participant_id).cloned().unwrap_or_default();
        facts.push(ReferralFacts {
            status,
            need_domain: parse_stored("referrals.need_domain", &need)?,
            sent_at,
            first_response_at,
            // Completion is final and only status changes touch `updated_at`.
            completed_at: (status == ReferralStatus::Completed).then_some(updated_at),
            referring_kind: kind_of(from)?,
            receiving_kind: kind_of(to)?,
            gender: parse_optional("participants.gender", gender.as_deref())?,
            birth_year,
        });
    }
    Ok(facts)
}

fn programme_condition(scope: &ProgrammeScope) -> Condition {
    use programme::Column;
    match scope {
        ProgrammeScope::All => Condition::all(),
        ProgrammeScope::Municipality(municipality) => {
            Condition::all().add(Column::Municipality.eq(municipality.as_str()))
        }
        ProgrammeScope::Organisation(organisation) => Condition::any()
            .add(Column::LeadOrganisationId.eq(*organisation))
            .add(
                Column::Id.in_subquery(
                    Query::select()
                        .column(programme_partner::Column::ProgrammeId)
                        .from(programme_partner::Entity)
                        .and_where(programme_partner::Column::OrganisationId.eq(*organisation))
                        .to_owned(),
                ),
            ),
    }
}

type EnrolmentRow = (
    Uuid,
    Uuid,
    Uuid,
    String,
    bool,
    Option<NaiveDate>,
    DateTime<Utc>,
);

/// Every enrolment in the programmes of `scope`, with its programme's kind and its work
/// outcomes and its participant's placements. Four statements.
pub async fn enrolment_facts(
    db: &Database,
    scope: &ProgrammeScope,
) -> Result<Vec<EnrolmentIndicatorFacts>, PersistenceError> {
    let condition = programme_condition(scope);
    let kinds: HashMap<Uuid, String> = programme::Entity::find()
        .select_only()
        .columns([programme::Column::Id, programme::Column::Kind])
        .filter(condition.clone())
        .into_tuple::<(Uuid, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let programmes_in_scope = Query::select()
        .column(programme::Column::Id)
        .from(programme::Entity)
        .cond_where(condition)
        .to_owned();
    let enrolments: Vec<EnrolmentRow> = enrolment::Entity::find()
        .select_only()
        .columns([
            enrolment::Column::Id,
            enrolment::Column::ProgrammeId,
            enrolment::Column::ParticipantId,
            enrolment::Column::Status,
            enrolment::Column::HadPlace,
            enrolment::Column::CompletedOn,
            enrolment::Column::CreatedAt,
        ])
        .filter(enrolment::Column::ProgrammeId.in_subquery(programmes_in_scope.clone()))
        .into_tuple()
        .all(db)
        .await?;
    let outcomes: Vec<(Uuid, String, NaiveDate)> = follow_up_outcome::Entity::find()
        .select_only()
        .columns([
            follow_up_outcome::Column::EnrolmentId,
            follow_up_outcome::Column::Outcome,
            follow_up_outcome::Column::OccurredOn,
        ])
        .filter(
            follow_up_outcome::Column::EnrolmentId.in_subquery(
                Query::select()
                    .column(enrolment::Column::Id)
                    .from(enrolment::Entity)
                    .and_where(
                        enrolment::Column::ProgrammeId.in_subquery(programmes_in_scope.clone()),
                    )
                    .to_owned(),
            ),
        )
        .into_tuple()
        .all(db)
        .await?;
    // Placements count as work from their start date (`domain::placement`).
    let placed = crate::placements::starts_by_participant(
        db,
        Query::select()
            .column(enrolment::Column::ParticipantId)
            .from(enrolment::Entity)
            .and_where(enrolment::Column::ProgrammeId.in_subquery(programmes_in_scope))
            .to_owned(),
    )
    .await?;
    let mut work: HashMap<Uuid, Vec<NaiveDate>> = HashMap::new();
    for (enrolment_id, outcome, on) in outcomes {
        let outcome: FollowUpOutcome = parse_stored("follow_up_outcomes.outcome", &outcome)?;
        if outcome.is_work() {
            work.entry(enrolment_id).or_default().push(on);
        }
    }
    let mut facts = Vec::with_capacity(enrolments.len());
    for (id, programme_id, participant_id, status, had_place, completed_on, created_at) in
        enrolments
    {
        let kind = kinds.get(&programme_id).ok_or_else(|| {
            PersistenceError::Corrupt(format!("programme {programme_id} of an enrolment"))
        })?;
        facts.push(EnrolmentIndicatorFacts {
            programme_kind: parse_stored("programmes.kind", kind)?,
            enrolled_at: created_at,
            facts: EnrolmentFacts {
                status: parse_stored("enrolments.status", &status)?,
                had_place,
                completed_on,
                work_found_on: work
                    .remove(&id)
                    .unwrap_or_default()
                    .into_iter()
                    .chain(placed.get(&participant_id).into_iter().flatten().copied())
                    .collect(),
            },
        });
    }
    Ok(facts)
}
