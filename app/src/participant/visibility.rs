//! Which participants a viewer may see, and how much of each: the one visibility pipeline
//! (the policy's scope → the viewer's relation to each participant → the facets that relation
//! opens). Every list, lookup and match of participants goes through it.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use skupaj_domain::access::{
    Actor, ParticipantFacet, ParticipantRelation, participant_facets, participant_scope,
};
use skupaj_domain::participant::Participant;
use skupaj_persistence::{Database, PersistenceError, participants};

/// A participant with the facets the viewer may see (never empty).
#[derive(Debug, Clone)]
pub struct ParticipantView {
    pub participant: Participant,
    pub facets: BTreeSet<ParticipantFacet>,
    /// How the viewer relates to the participant (decides life card and mentorship access).
    pub relation: ParticipantRelation,
}

/// The participants of `found` that `actor` may see at all, in the order given, each with
/// what the actor may see of them. Relations are read for the whole batch in at most two
/// statements.
pub(crate) async fn visible(
    db: &Database,
    actor: &Actor,
    found: Vec<Participant>,
    now: DateTime<Utc>,
) -> Result<Vec<ParticipantView>, PersistenceError> {
    let relations = participants::relations(db, participant_scope(actor), &found, now).await?;
    Ok(found
        .into_iter()
        .filter_map(|participant| {
            let relation = relations
                .get(&participant.id)
                .cloned()
                .unwrap_or(ParticipantRelation::Unrelated);
            let facets = participant_facets(actor, &relation);
            (!facets.is_empty()).then_some(ParticipantView {
                participant,
                facets,
                relation,
            })
        })
        .collect())
}
