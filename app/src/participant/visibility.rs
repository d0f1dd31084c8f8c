//! Which participants a viewer may see, and how much of each: the one visibility pipeline
//! (the policy's scope → the viewer's relation to each participant → the facets that relation
//! opens, widened by the viewer's active emergency access grants). Every list, lookup and match
//! of participants goes through it.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use skupaj_domain::access::{
    Actor, ParticipantFacet, ParticipantRelation, facets_under_grant, may_break_the_glass,
    participant_facets, participant_scope,
};
use skupaj_domain::participant::Participant;
use skupaj_persistence::{Database, PersistenceError, emergency_access, participants};
use uuid::Uuid;

/// A participant with the facets the viewer may see (never empty).
#[derive(Debug, Clone)]
pub struct ParticipantView {
    pub participant: Participant,
    pub facets: BTreeSet<ParticipantFacet>,
    /// How the viewer relates to the participant (decides life card and mentorship access).
    pub relation: ParticipantRelation,
    /// The reason of the viewer's active emergency access grant, when the facets came through
    /// one: every read of personal data under it is audited with this reason.
    pub emergency_reason: Option<String>,
}

/// The participants of `found` that `actor` may see at all, in the order given, each with
/// what the actor may see of them. Relations are read for the whole batch in at most two
/// statements, and the actor's active emergency access grants in one more (only for case
/// workers looking at participants their organisation does not own).
pub(crate) async fn visible(
    db: &Database,
    actor: &Actor,
    found: Vec<Participant>,
    now: DateTime<Utc>,
) -> Result<Vec<ParticipantView>, PersistenceError> {
    let relations = participants::relations(db, participant_scope(actor), &found, now).await?;
    let relation_of = |participant: &Participant| {
        relations
            .get(&participant.id)
            .cloned()
            .unwrap_or(ParticipantRelation::Unrelated)
    };
    let grants = grants_of(db, actor, &found, &relation_of, now).await?;
    Ok(found
        .into_iter()
        .filter_map(|participant| {
            let relation = relation_of(&participant);
            let emergency_reason = grants.get(&participant.id).cloned();
            let facets = match emergency_reason {
                Some(_) => facets_under_grant(actor, &relation),
                None => participant_facets(actor, &relation),
            };
            (!facets.is_empty()).then_some(ParticipantView {
                participant,
                facets,
                relation,
                emergency_reason,
            })
        })
        .collect())
}

/// The actor's active emergency access grants to those of `found` their organisation does not
/// own, by participant (the grant's reason). No statement for anyone who may not hold one.
async fn grants_of(
    db: &Database,
    actor: &Actor,
    found: &[Participant],
    relation_of: &impl Fn(&Participant) -> ParticipantRelation,
    now: DateTime<Utc>,
) -> Result<HashMap<Uuid, String>, PersistenceError> {
    let (Some(organisation), Some(role)) = (actor.organisation_id(), actor.role()) else {
        return Ok(HashMap::new());
    };
    if !may_break_the_glass(role) {
        return Ok(HashMap::new());
    }
    let candidates: Vec<Uuid> = found
        .iter()
        .filter(|participant| {
            matches!(
                relation_of(participant),
                ParticipantRelation::Engaged { .. } | ParticipantRelation::Unrelated
            )
        })
        .map(|participant| participant.id)
        .collect();
    emergency_access::active_for(db, actor.user_id, organisation, &candidates, now).await
}
