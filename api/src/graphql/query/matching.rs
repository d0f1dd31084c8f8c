//! Suggesting programmes for a participant.

use std::collections::{BTreeSet, HashMap};

use async_graphql::{Context, ID, Object};
use chrono::Utc;
use skupaj_domain::access::ParticipantFacet;
use skupaj_domain::audit::AuditOutcome;
use skupaj_domain::matching::{Surroundings, assess};
use skupaj_domain::participant::ParticipantProfile;
use skupaj_persistence::{programmes, vacancies};

use crate::graphql::audit::{denied_read, participant_read};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::pagination::parse_id;
use crate::graphql::types::programme::Programme;
use crate::graphql::types::programme_match::ProgrammeMatch;

/// How many open programmes a match scores at most: the newest ones. Bounded so a request
/// costs the same however large the catalogue grows.
const CANDIDATES: u64 = 500;

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
    ) -> ApiResult<Vec<ProgrammeMatch>> {
        actor(ctx)?;
        let id = parse_id("participantId", &participant_id)?;
        let first = match first.unwrap_or(10) {
            n @ 1..=50 => usize::try_from(n).unwrap_or(10),
            _ => return Err(ApiError::validation("first", "must be between 1 and 50")),
        };
        let Some(view) = ctx
            .data_unchecked::<Loaders>()
            .participants
            .load_one(id)
            .await
            .map_err(loader_error)?
        else {
            denied_read(ctx, "matchProgrammes", "Participant", id);
            return Err(ApiError::NotFound);
        };
        // Skills, interests and languages are what a match is made of.
        if !view.facets.contains(&ParticipantFacet::Skills)
            || !view.facets.contains(&ParticipantFacet::Languages)
        {
            denied_read(ctx, "matchProgrammes", "Participant", id);
            return Err(ApiError::Forbidden);
        }
        participant_read(ctx, id, AuditOutcome::Allowed);
        let profile = visible_profile(view.participant.profile.clone(), &view.facets);
        let today = Utc::now().date_naive();
        let db = db(ctx);
        let openings: HashMap<String, u32> = match &profile.municipality {
            Some(home) => vacancies::openings_by_occupation(db, home, today)
                .await?
                .into_iter()
                .map(|(occupation, n)| (occupation.trim().to_lowercase(), n))
                .collect(),
            None => HashMap::new(),
        };
        let mut found: Vec<_> = programmes::open_candidates(db, today, CANDIDATES)
            .await?
            .into_iter()
            .filter_map(|programme| {
                let around = Surroundings {
                    open_vacancies_near: programme
                        .profile
                        .target_occupations
                        .iter()
                        .filter_map(|o| openings.get(&o.trim().to_lowercase()))
                        .sum(),
                    // Municipalities have no coordinates yet: the same one is "here", any other
                    // is unknown.
                    distance_km: profile
                        .municipality
                        .as_ref()
                        .filter(|home| **home == programme.profile.municipality)
                        .map(|_| 0),
                    setting: None,
                };
                let assessment = assess(&profile, &programme, around, today).ok()?;
                Some((programme, assessment))
            })
            .collect();
        // Best first; among equals the newest programme first (ids sort by time).
        found.sort_by(|a, b| b.1.score.cmp(&a.1.score).then(b.0.id.cmp(&a.0.id)));
        Ok(found
            .into_iter()
            .take(first)
            .map(|(programme, assessment)| ProgrammeMatch {
                programme: Programme(programme),
                score: assessment.score,
                reasons: assessment.reasons.iter().map(|r| r.text()).collect(),
            })
            .collect())
    }
}

/// The profile with every part the viewer may not see blanked, so no rule or score can depend
/// on it.
fn visible_profile(
    mut profile: ParticipantProfile,
    facets: &BTreeSet<ParticipantFacet>,
) -> ParticipantProfile {
    if !facets.contains(&ParticipantFacet::Demographics) {
        profile.birth_year = None;
        profile.gender = None;
    }
    if !facets.contains(&ParticipantFacet::Legal) {
        profile.legal_status = None;
        profile.country_of_origin = None;
        profile.arrival_date = None;
    }
    if !facets.contains(&ParticipantFacet::Languages) {
        profile.languages.clear();
        profile.slovenian_level = None;
    }
    if !facets.contains(&ParticipantFacet::Circumstances) {
        profile.education_level = None;
        profile.needs.clear();
        profile.location_preference = None;
        profile.max_travel_km = None;
        profile.municipality = None;
    }
    profile
}
