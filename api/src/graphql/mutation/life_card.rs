//! Writing on a participant's life card.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{NaiveDate, Utc};
use skupaj_domain::access::{set_life_goals, visible_life_domains, write_life_entries};
use skupaj_domain::calendar;
use skupaj_domain::life_card::{entry, goal_title};
use skupaj_persistence::life_cards;
use uuid::Uuid;

use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::visible_participant;
use crate::graphql::pagination::parse_id;
use crate::graphql::types::life_card::{LifeEntry, LifeGoal};
use crate::graphql::types::support_enums::{GoalStatus, LifeDomain};

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

impl AuditedPayload for LifeGoalPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.goal.0.participant_id)
    }
}

impl AuditedPayload for LifeEntryPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.entry.0.participant_id)
    }
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
        audited(
            "Participant",
            parse_id("participantId", &input.participant_id).ok(),
            async {
                let view =
                    visible_participant(ctx, parse_id("participantId", &input.participant_id)?)
                        .await?;
                let actor = actor(ctx)?;
                set_life_goals(actor, view.participant.owner_organisation_id)?;
                let title = goal_title(&input.title)?;
                calendar::optional_date("targetDate", input.target_date)?;
                let organisation = actor.organisation_id().ok_or(ApiError::Forbidden)?;
                let goal = life_cards::add_goal(
                    db(ctx),
                    view.participant.id,
                    input.domain.into(),
                    title,
                    input.target_date,
                    organisation,
                )
                .await?;
                Ok(LifeGoalPayload {
                    goal: LifeGoal(goal),
                })
            },
        )
        .await
    }

    /// Changes a goal's status (the owning organisation's case workers).
    async fn set_life_goal_status(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The goal and its status.")] input: SetLifeGoalStatusInput,
    ) -> ApiResult<LifeGoalPayload> {
        audited("LifeGoal", parse_id("id", &input.id).ok(), async {
            let goal = life_cards::goal(db(ctx), parse_id("id", &input.id)?)
                .await?
                .ok_or(ApiError::NotFound)?;
            let view = visible_participant(ctx, goal.participant_id).await?;
            set_life_goals(actor(ctx)?, view.participant.owner_organisation_id)?;
            let goal = life_cards::set_goal_status(db(ctx), goal.id, input.status.into()).await?;
            Ok(LifeGoalPayload {
                goal: LifeGoal(goal),
            })
        })
        .await
    }

    /// Adds a dated progress entry (case workers of the owner or of an engaged organisation).
    async fn add_life_entry(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The entry.")] input: AddLifeEntryInput,
    ) -> ApiResult<LifeEntryPayload> {
        audited(
            "Participant",
            parse_id("participantId", &input.participant_id).ok(),
            async {
                let view =
                    visible_participant(ctx, parse_id("participantId", &input.participant_id)?)
                        .await?;
                let actor = actor(ctx)?;
                write_life_entries(actor, &view.relation)?;
                if !visible_life_domains(actor, &view.relation).contains(&input.domain.into()) {
                    return Err(ApiError::Forbidden);
                }
                let note = entry(&input.note, input.occurred_on, Utc::now().date_naive())?;
                let goal_id = match &input.goal_id {
                    Some(id) => {
                        let goal = life_cards::goal(db(ctx), parse_id("goalId", id)?).await?;
                        match goal.filter(|g| g.participant_id == view.participant.id) {
                            Some(goal) => Some(goal.id),
                            None => {
                                return Err(ApiError::validation(
                                    "goalId",
                                    "is not a goal of this participant",
                                ));
                            }
                        }
                    }
                    None => None,
                };
                let organisation = actor.organisation_id().ok_or(ApiError::Forbidden)?;
                let entry = life_cards::add_entry(
                    db(ctx),
                    view.participant.id,
                    input.domain.into(),
                    goal_id,
                    note,
                    input.occurred_on,
                    actor.user_id,
                    organisation,
                )
                .await?;
                Ok(LifeEntryPayload {
                    entry: LifeEntry(entry),
                })
            },
        )
        .await
    }
}
