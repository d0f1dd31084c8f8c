//! Merging two records of one person (`domain::participant_merge`): in one transaction, every
//! record about the retired participant (consents, referrals, enrolments, life card, mentorships,
//! mediation requests, placements, tasks) moves to the survivor, the retired record keeps a pointer
//! to it, and the domain checks on what the transaction then reads that nobody related to either
//! record sees more than before. When it refuses, the transaction is dropped and nothing moves.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use skupaj_domain::DomainError;
use skupaj_domain::access::Permit;
use skupaj_domain::access::{ParticipantRelation, ParticipantScope};
use skupaj_domain::enrolment::EnrolmentStatus;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::participant::Participant;
use skupaj_domain::participant_merge::{Sight, check_records, check_sights};
use uuid::Uuid;

use crate::entity::{
    caseload, consent, enrolment, life_entry, life_goal, mediation_request, mentorship,
    participant, placement, referral, task,
};
use crate::participants::{relations, to_domain};
use crate::{Database, PersistenceError};

/// Merges `retired` into `survivor`, both owned by `owner` (as the access policy checked), and
/// answers the survivor. `NotFound` when either is gone, merged already, or owned by someone
/// else now; `Refused` when the domain refuses the merge.
pub async fn merge(
    db: &Database,
    _permit: Permit,
    owner: Uuid,
    survivor: Uuid,
    retired: Uuid,
    now: DateTime<Utc>,
) -> Result<Participant, PersistenceError> {
    check_records(survivor, retired)?;
    let txn = crate::database::begin_write(db).await?;
    let both = live_pair(&txn, owner, survivor, retired).await?;
    let viewers = viewers(&txn, owner, survivor, retired).await?;
    let before = relations_of(&txn, &viewers, &both, now).await?;
    refuse_double_places(&txn, survivor, retired).await?;

    move_records(&txn, survivor, retired).await?;
    crate::emergency_access::merge(&txn, retired, survivor, now).await?;
    participant::Entity::update_many()
        .col_expr(participant::Column::MergedInto, Expr::value(survivor))
        .col_expr(participant::Column::MergedAt, Expr::value(now))
        .col_expr(participant::Column::UpdatedAt, Expr::value(now))
        .filter(participant::Column::Id.eq(retired))
        .exec(&txn)
        .await?;

    let after = relations_of(&txn, &viewers, &both[..1], now).await?;
    let relation = |map: &HashMap<Uuid, ParticipantRelation>, id| {
        map.get(&id)
            .cloned()
            .unwrap_or(ParticipantRelation::Unrelated)
    };
    let sights: Vec<Sight> = viewers
        .iter()
        .zip(before.iter().zip(&after))
        .map(|((_, role), (before, after))| {
            Sight::of(
                *role,
                &relation(before, survivor),
                &relation(before, retired),
                &relation(after, survivor),
            )
        })
        .collect();
    check_sights(&both[0].profile, &both[1].profile, &sights)?;
    crate::audit::commit(txn).await?;
    Ok(both.into_iter().next().expect("the survivor was read"))
}

/// Both records, survivor first, read inside the transaction: live, and owned by `owner`.
async fn live_pair(
    db: &impl ConnectionTrait,
    owner: Uuid,
    survivor: Uuid,
    retired: Uuid,
) -> Result<Vec<Participant>, PersistenceError> {
    let rows = participant::Entity::find()
        .filter(participant::Column::Id.is_in([survivor, retired]))
        .filter(participant::Column::OwnerOrganisationId.eq(owner))
        .filter(participant::Column::MergedInto.is_null())
        .all(db)
        .await?;
    let mut pair = Vec::with_capacity(2);
    for id in [survivor, retired] {
        let row = rows
            .iter()
            .find(|row| row.id == id)
            .ok_or(PersistenceError::NotFound)?;
        pair.push(to_domain(row.clone())?);
    }
    Ok(pair)
}

/// Everyone outside the owner whose sight of either record a merge could change, with the
/// widest role they may view it in: the other organisations of the records' referrals (their
/// case workers), the mentors of their mentorships and the mediators of their requests.
async fn viewers(
    db: &impl ConnectionTrait,
    owner: Uuid,
    survivor: Uuid,
    retired: Uuid,
) -> Result<Vec<(ParticipantScope, MembershipRole)>, PersistenceError> {
    let pair = [survivor, retired];
    let sides: Vec<(Uuid, Uuid)> = referral::Entity::find()
        .select_only()
        .column(referral::Column::FromOrganisationId)
        .column(referral::Column::ToOrganisationId)
        .filter(referral::Column::ParticipantId.is_in(pair))
        .into_tuple()
        .all(db)
        .await?;
    let organisations: BTreeSet<Uuid> = sides
        .into_iter()
        .flat_map(|(from, to)| [from, to])
        .filter(|organisation| *organisation != owner)
        .collect();
    let mentors: BTreeSet<Uuid> = mentorship::Entity::find()
        .select_only()
        .column(mentorship::Column::MentorUserId)
        .filter(mentorship::Column::ParticipantId.is_in(pair))
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mediators: BTreeSet<Option<Uuid>> = mediation_request::Entity::find()
        .select_only()
        .column(mediation_request::Column::MediatorUserId)
        .filter(mediation_request::Column::ParticipantId.is_in(pair))
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(organisations
        .into_iter()
        .map(|o| {
            (
                ParticipantScope::Organisation(o),
                MembershipRole::CaseManager,
            )
        })
        .chain(
            mentors
                .into_iter()
                .map(|u| (ParticipantScope::Mentees(u), MembershipRole::Mentor)),
        )
        .chain(
            mediators
                .into_iter()
                .flatten()
                .map(|u| (ParticipantScope::Mediated(u), MembershipRole::Mediator)),
        )
        .collect())
}

/// How each viewer (in order) relates to these records, as the transaction sees them now.
async fn relations_of(
    db: &impl ConnectionTrait,
    viewers: &[(ParticipantScope, MembershipRole)],
    records: &[Participant],
    now: DateTime<Utc>,
) -> Result<Vec<HashMap<Uuid, ParticipantRelation>>, PersistenceError> {
    let mut all = Vec::with_capacity(viewers.len());
    for (scope, _) in viewers {
        all.push(relations(db, *scope, records, now).await?);
    }
    Ok(all)
}

/// One person holds at most one place or waiting turn per programme: when both records hold
/// one in the same programme, the merge waits until one is withdrawn.
async fn refuse_double_places(
    db: &impl ConnectionTrait,
    survivor: Uuid,
    retired: Uuid,
) -> Result<(), PersistenceError> {
    let holding = [EnrolmentStatus::Waitlisted, EnrolmentStatus::Enrolled].map(|s| s.to_string());
    let places: Vec<(Uuid, Uuid)> = enrolment::Entity::find()
        .select_only()
        .column(enrolment::Column::ProgrammeId)
        .column(enrolment::Column::ParticipantId)
        .filter(enrolment::Column::ParticipantId.is_in([survivor, retired]))
        .filter(enrolment::Column::Status.is_in(holding))
        .into_tuple()
        .all(db)
        .await?;
    let programmes_of = |who: Uuid| -> BTreeSet<Uuid> {
        places
            .iter()
            .filter(|(_, participant)| *participant == who)
            .map(|(programme, _)| *programme)
            .collect()
    };
    if programmes_of(survivor)
        .intersection(&programmes_of(retired))
        .next()
        .is_some()
    {
        return Err(DomainError::Conflict(
            "both records hold a place or a waiting turn in the same programme; withdraw one first"
                .to_owned(),
        )
        .into());
    }
    Ok(())
}

/// Points every record about `retired` at `survivor`.
async fn move_records(
    db: &impl ConnectionTrait,
    survivor: Uuid,
    retired: Uuid,
) -> Result<(), PersistenceError> {
    macro_rules! repoint {
        ($entity:ident) => {
            $entity::Entity::update_many()
                .col_expr($entity::Column::ParticipantId, Expr::value(survivor))
                .filter($entity::Column::ParticipantId.eq(retired))
                .exec(db)
                .await?;
        };
    }
    repoint!(consent);
    repoint!(referral);
    repoint!(enrolment);
    repoint!(life_goal);
    repoint!(life_entry);
    repoint!(mentorship);
    repoint!(mediation_request);
    repoint!(placement);
    // Tasks may be about a referral instead of a person; only those about the person move.
    task::Entity::update_many()
        .col_expr(task::Column::ParticipantId, Expr::value(Some(survivor)))
        .filter(task::Column::ParticipantId.eq(retired))
        .exec(db)
        .await?;
    // The survivor keeps its own case worker; the retired record's assignment ends with it.
    caseload::Entity::delete_many()
        .filter(caseload::Column::ParticipantId.eq(retired))
        .exec(db)
        .await?;
    Ok(())
}
