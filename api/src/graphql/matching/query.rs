//! Suggesting programmes for a participant, and participants for a programme.

use async_graphql::{Context, ID, Object};
use skupaj_app::AppError;
use skupaj_domain::DomainError;
use skupaj_domain::audit::AuditOutcome;
use uuid::Uuid;

use crate::graphql::audit::{denied_read, participant_read};
use crate::graphql::context::app;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::matching::object::{
    MatchReason, ParticipantMatch, ProgrammeMatch, VacancyMatch,
};
use crate::graphql::pagination::parse_id;
use crate::graphql::programme::Programme;

#[derive(Default)]
pub struct MatchQuery;

#[Object]
impl MatchQuery {
    /// The programmes that fit a participant best, best first, each with its score and reasons.
    /// Only what the caller may see of the participant is used: an eligibility rule on a part
    /// they may not see leaves that programme out rather than revealing anything. `NOT_FOUND`
    /// for a participant the caller may not see; `FORBIDDEN` without sight of their skills and languages.
    async fn match_programmes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The participant.")] participant_id: ID,
        #[graphql(desc = "How many to return (1 to 50, default 10).")] first: Option<i32>,
    ) -> ApiResult<Option<Vec<ProgrammeMatch>>> {
        let matching = app(ctx)?.matching();
        let id = parse_id("participantId", &participant_id)?;
        let first = match_count(first)?;
        let found = audit_read(
            ctx,
            "matchProgrammes",
            id,
            matching.programmes_for(id, first).await,
        )?;
        Ok(Some(
            found
                .into_iter()
                .map(|(programme, assessment)| ProgrammeMatch {
                    programme: Programme(programme),
                    score: assessment.score,
                    reasons: assessment.reasons.iter().map(|r| r.text()).collect(),
                    reason_details: assessment.reasons.iter().map(MatchReason::from).collect(),
                })
                .collect(),
        ))
    }

    /// The open vacancies that fit a participant best, best first, each with its score and
    /// reasons (like `matchProgrammes`): vacancies still open in the municipalities within
    /// the participant's travel distance (30 km when none is recorded; anywhere when their
    /// municipality is not visible or recorded), whose language requirement they meet. Skills,
    /// interests, the occupations of programmes they completed (when the caller sees their
    /// history) and distance make the score. `NOT_FOUND` for a participant the caller may not
    /// see; `FORBIDDEN` without sight of their skills and languages.
    async fn match_vacancies(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The participant.")] participant_id: ID,
        #[graphql(desc = "How many to return (1 to 50, default 10).")] first: Option<i32>,
    ) -> ApiResult<Option<Vec<VacancyMatch>>> {
        let matching = app(ctx)?.matching();
        let id = parse_id("participantId", &participant_id)?;
        let first = match_count(first)?;
        let found = audit_read(
            ctx,
            "matchVacancies",
            id,
            matching.vacancies_for(id, first).await,
        )?;
        Ok(Some(
            found
                .into_iter()
                .map(|(vacancy, assessment)| VacancyMatch {
                    vacancy: crate::graphql::vacancy::Vacancy(vacancy),
                    score: assessment.score,
                    reasons: assessment.reasons.iter().map(|r| r.text()).collect(),
                    reason_details: assessment.reasons.iter().map(MatchReason::from).collect(),
                })
                .collect(),
        ))
    }

    /// The participants the caller's organisation may see who fit a programme best, best first,
    /// each with the score and reasons. Scores the first 500 participants in the caller's scope
    /// whose skills and languages they may see. `NOT_FOUND` for a programme they may not see.
    async fn match_participants(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The programme.")] programme_id: ID,
        #[graphql(desc = "How many to return (1 to 50, default 10).")] first: Option<i32>,
    ) -> ApiResult<Option<Vec<ParticipantMatch>>> {
        let matching = app(ctx)?.matching();
        let id = parse_id("programmeId", &programme_id)?;
        let first = match_count(first)?;
        let found = matching.participants_for(id, first).await?;
        Ok(Some(
            found
                .into_iter()
                .map(|(view, assessment)| ParticipantMatch {
                    participant: view.into(),
                    score: assessment.score,
                    reasons: assessment.reasons.iter().map(|r| r.text()).collect(),
                    reason_details: assessment.reasons.iter().map(MatchReason::from).collect(),
                })
                .collect(),
        ))
    }
}

/// Records the read of a participant's data a match makes, or its refusal (the participant
/// not visible, or not enough of them to match).
fn audit_read<T>(
    ctx: &Context<'_>,
    operation: &str,
    participant: Uuid,
    result: Result<T, AppError>,
) -> ApiResult<T> {
    match result {
        Err(AppError::Refused(DomainError::NotFound | DomainError::Forbidden)) => {
            denied_read(ctx, operation, "Participant", participant);
        }
        _ => participant_read(ctx, participant, AuditOutcome::Allowed),
    }
    result.map_err(ApiError::from)
}

/// `first` of a match list: 1 to 50, default 10.
fn match_count(first: Option<i32>) -> ApiResult<usize> {
    match first.unwrap_or(10) {
        n @ 1..=50 => Ok(usize::try_from(n).unwrap_or(10)),
        _ => Err(ApiError::validation("first", "must be between 1 and 50")),
    }
}
