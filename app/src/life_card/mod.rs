//! Life cards: a participant's goals and dated progress entries, kept by every organisation
//! engaged with them under the owning case manager.

use chrono::{NaiveDate, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access::{
    ParticipantRelation, add_life_entry, read_life_goals, set_life_goals, visible_life_domains,
    write_life_entries,
};
use skupaj_domain::calendar;
use skupaj_domain::life_card::{GoalStatus, LifeDomain, LifeEntry, LifeGoal, entry, goal_title};
use skupaj_persistence::page::Page;
use skupaj_persistence::{audit, life_cards};
use uuid::Uuid;

use crate::{AppResult, Handle};

/// A goal to set on a participant's life card.
#[derive(Debug, Clone)]
pub struct NewGoal {
    pub domain: LifeDomain,
    pub title: String,
    pub target_date: Option<NaiveDate>,
}

/// A progress entry to add to a participant's life card.
#[derive(Debug, Clone)]
pub struct NewEntry {
    pub domain: LifeDomain,
    /// The goal it advances: one of the participant's.
    pub goal_id: Option<Uuid>,
    pub note: String,
    pub occurred_on: NaiveDate,
}

/// The use cases of participants' life cards.
#[derive(Debug, Clone, Copy)]
pub struct LifeCards<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Participants' life cards, as the actor may see and write them.
    pub fn life_cards(self) -> LifeCards<'a> {
        LifeCards(self)
    }
}

impl LifeCards<'_> {
    /// Sets a goal on a participant's life card (the owner's case workers).
    pub async fn add_goal(&self, participant_id: Uuid, new: NewGoal) -> AppResult<LifeGoal> {
        audit::about("Participant", Some(participant_id));
        let view = self.0.participants().get(participant_id).await?;
        let owner = view.participant.owner_organisation_id;
        let permit = set_life_goals(self.0.actor(), owner)?;
        let title = goal_title(&new.title)?;
        calendar::optional_date("targetDate", new.target_date)?;
        Ok(life_cards::add_goal(
            self.0.db(),
            permit,
            participant_id,
            new.domain,
            title,
            new.target_date,
            owner,
        )
        .await?)
    }

    /// Changes a goal's status (the owner's case workers).
    pub async fn set_goal_status(&self, goal_id: Uuid, status: GoalStatus) -> AppResult<LifeGoal> {
        audit::about("LifeGoal", Some(goal_id));
        let db = self.0.db();
        let goal = life_cards::goal(db, goal_id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let view = self.0.participants().get(goal.participant_id).await?;
        let permit = set_life_goals(self.0.actor(), view.participant.owner_organisation_id)?;
        Ok(life_cards::set_goal_status(db, permit, goal.id, status).await?)
    }

    /// Adds a dated progress entry (case workers of the owner or of an engaged organisation, in
    /// a domain they see).
    pub async fn add_entry(&self, participant_id: Uuid, new: NewEntry) -> AppResult<LifeEntry> {
        audit::about("Participant", Some(participant_id));
        let db = self.0.db();
        let actor = self.0.actor();
        let view = self.0.participants().get(participant_id).await?;
        let (organisation, permit) = add_life_entry(actor, &view.relation, new.domain)?;
        let note = entry(&new.note, new.occurred_on, Utc::now().date_naive())?;
        let goal_id = match new.goal_id {
            Some(id) => match life_cards::goal(db, id)
                .await?
                .filter(|goal| goal.participant_id == participant_id)
            {
                Some(goal) => Some(goal.id),
                None => {
                    return Err(DomainError::validation(
                        "goalId",
                        "is not a goal of this participant",
                    )
                    .into());
                }
            },
            None => None,
        };
        Ok(life_cards::add_entry(
            db,
            permit,
            participant_id,
            new.domain,
            goal_id,
            note,
            new.occurred_on,
            actor.user_id,
            organisation,
        )
        .await?)
    }

    /// The goals of a participant's card in the domains the actor sees (case workers of engaged
    /// organisations, the mentor); `Forbidden` for anyone else.
    pub async fn goals(
        &self,
        participant_id: Uuid,
        relation: &ParticipantRelation,
    ) -> AppResult<Vec<LifeGoal>> {
        let actor = self.0.actor();
        read_life_goals(actor, relation)?;
        let domains = visible_life_domains(actor, relation);
        Ok(life_cards::goals(self.0.db(), participant_id)
            .await?
            .into_iter()
            .filter(|goal| domains.contains(&goal.domain))
            .collect())
    }

    /// A page of the timeline, latest first, in the domains the actor sees (or the one asked,
    /// if they see it); case workers of the owner and of engaged organisations, `Forbidden` for
    /// anyone else.
    pub async fn timeline(
        &self,
        participant_id: Uuid,
        relation: &ParticipantRelation,
        domain: Option<LifeDomain>,
        after: Option<(NaiveDate, Uuid)>,
        first: u64,
    ) -> AppResult<Page<LifeEntry>> {
        let actor = self.0.actor();
        write_life_entries(actor, relation)?;
        let domains: Vec<LifeDomain> = visible_life_domains(actor, relation)
            .into_iter()
            .filter(|seen| domain.is_none_or(|asked| asked == *seen))
            .collect();
        Ok(life_cards::timeline(self.0.db(), participant_id, &domains, after, first).await?)
    }
}

#[cfg(test)]
mod tests;
