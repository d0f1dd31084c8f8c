//! Writing on a participant's life card.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use skupaj_app::life_card::{NewEntry, NewGoal};

use crate::graphql::caseload::mutation::unseen;
use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::life_card::enums::{GoalStatus, LifeDomain};
use crate::graphql::life_card::{LifeEntry, LifeGoal};
use crate::graphql::pagination::parse_id;

/// A new goal.
#[derive(InputObject, Debug)]
pub struct AddLifeGoalInput {
    /// The participant.
    pub participant_id: ID,
    /// The domain of life.
    pub domain: LifeDomain,
    /// What is to be reached (1 to 200 characters).
    pub title: String,
    /// By when.
    pub target_date: Option<NaiveDate>,
}

/// A goal's new status.
#[derive(InputObject, Debug)]
pub struct SetLifeGoalStatusInput {
    /// The goal.
    pub id: ID,
    /// The new status.
    pub status: GoalStatus,
}

/// A progress entry.
#[derive(InputObject, Debug)]
pub struct AddLifeEntryInput {
    /// The participant.
    pub participant_id: ID,
    /// The domain of life.
    pub domain: LifeDomain,
    /// The goal it advances, if any (one of the participant's).
    pub goal_id: Option<ID>,
    /// What happened (1 to 2000 characters).
    pub note: String,
    /// When (today or earlier).
    pub occurred_on: NaiveDate,
}

/// The goal a mutation created or changed.
#[derive(SimpleObject, Debug)]
pub struct LifeGoalPayload {
    /// The goal.
    pub goal: LifeGoal,
}

/// The entry a mutation added or corrected.
#[derive(SimpleObject, Debug)]
pub struct LifeEntryPayload {
    /// The entry.
    pub entry: LifeEntry,
}

#[derive(Default)]
pub struct LifeCardMutation;

#[Object]
impl LifeCardMutation {
    /// Sets a goal on a participant's life card (the owning organisation's case workers).
    async fn add_life_goal(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The goal.")] input: AddLifeGoalInput,
    ) -> ApiResult<LifeGoalPayload> {
        let life_cards = app(ctx)?.life_cards();
        let participant = parse_id("participantId", &input.participant_id)?;
        let new = NewGoal {
            domain: input.domain.into(),
            title: input.title,
            target_date: input.target_date,
        };
        let goal = life_cards.add_goal(participant, new).await.map_err(|err| {
            unseen(
                ctx,
                err.into(),
                "readParticipant",
                "Participant",
                participant,
            )
        })?;
        Ok(LifeGoalPayload {
            goal: LifeGoal(goal),
        })
    }

    /// Changes a goal's status (the owning organisation's case workers).
    async fn set_life_goal_status(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The goal and its status.")] input: SetLifeGoalStatusInput,
    ) -> ApiResult<LifeGoalPayload> {
        let life_cards = app(ctx)?.life_cards();
        let id = parse_id("id", &input.id)?;
        let goal = life_cards.set_goal_status(id, input.status.into()).await?;
        Ok(LifeGoalPayload {
            goal: LifeGoal(goal),
        })
    }

    /// Adds a dated progress entry (case workers of the owner or of an engaged organisation).
    async fn add_life_entry(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The entry.")] input: AddLifeEntryInput,
    ) -> ApiResult<LifeEntryPayload> {
        let life_cards = app(ctx)?.life_cards();
        let participant = parse_id("participantId", &input.participant_id)?;
        let goal_id = input
            .goal_id
            .as_ref()
            .map(|id| parse_id("goalId", id))
            .transpose()?;
        let new = NewEntry {
            domain: input.domain.into(),
            goal_id,
            note: input.note,
            occurred_on: input.occurred_on,
        };
        let entry = life_cards
            .add_entry(participant, new)
            .await
            .map_err(|err| {
                unseen(
                    ctx,
                    err.into(),
                    "readParticipant",
                    "Participant",
                    participant,
                )
            })?;
        Ok(LifeEntryPayload {
            entry: LifeEntry(entry),
        })
    }
}
