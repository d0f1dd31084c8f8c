//! Suggesting programmes for a participant, and participants for a programme.

use std::collections::{BTreeSet, HashMap};

use async_graphql::{Context, ID, Object};
use chrono::Utc;
use skupaj_domain::access::{
    ParticipantFacet, ParticipantRelation, participant_facets, participant_scope, view_programme,
};
use skupaj_domain::audit::AuditOutcome;
use skupaj_domain::geography;
use skupaj_domain::matching::{Surroundings, assess, assess_vacancy};
use skupaj_domain::participant::ParticipantProfile;
use skupaj_persistence::candidates::{self, Wanted};
use skupaj_persistence::{participants, programmes, vacancies};

use crate::graphql::audit::{denied_read, participant_read};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, ParticipantView, loader_error};
use crate::graphql::pagination::parse_id;
use crate::graphql::types::programme::Programme;
use crate::graphql::types::programme_match::{
    MatchReason, ParticipantMatch, ProgrammeMatch, VacancyMatch,
};

/// How many open vacancies `matchVacancies` scores at most (the newest near the participant).
const VACANCY_CANDIDATES: u64 = 300;

/// How far "near" reaches when the participant has no travel distance recorded, in km.
const DEFAULT_REACH_KM: u32 = 30;

/// How many participants `matchParticipants` scores at most. Bounded so a request costs the
/// same however many participants the caller's organisation follows.
const PARTICIPANT_CANDIDATES: u64 = 500;

/// How many programmes `matchProgrammes` picks in each of the three ways of
/// `persistence::candidates` (so at most three times this are scored).
const CANDIDATES_PER_WAY: u64 = 100;

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
        actor(ctx)?;
        let id = parse_id("participantId", &participant_id)?;
        let first = match_count(first)?;
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
        if !can_match(&view.facets) {
            denied_read(ctx, "matchProgrammes", "Participant", id);
            return Err(ApiError::Forbidden);
        }
        participant_read(ctx, id, AuditOutcome::Allowed);
        let profile = visible_profile(view.participant.profile.clone(), &view.facets);
        let today = Utc::now().date_naive();
        let db = db(ctx);
        let openings = openings_near(db, profile.municipality.as_deref(), today).await?;
        let wanted = Wanted {
            skills: profile
                .skills
                .iter()
                .chain(&profile.interests)
                .cloned()
                .collect(),
            municipality: profile.municipality.clone(),
        };
        let mut found: Vec<_> = candidates::for_participant(db, today, &wanted, CANDIDATES_PER_WAY)
            .await?
            .into_iter()
            .filter_map(|programme| {
                let around = surroundings(&profile, &programme, &openings);
                let assessment = assess(&profile, &programme, around, today).ok()?;
                Some((programme, assessment))
            })
            .collect();
        // Best first; among equals the newest programme first (ids sort by time).
        found.sort_by(|a, b| b.1.score.cmp(&a.1.score).then(b.0.id.cmp(&a.0.id)));
        Ok(Some(
            found
                .into_iter()
                .take(first)
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
        actor(ctx)?;
        let id = parse_id("participantId", &participant_id)?;
        let first = match_count(first)?;
        let Some(view) = ctx
            .data_unchecked::<Loaders>()
            .participants
            .load_one(id)
            .await
            .map_err(loader_error)?
        else {
            denied_read(ctx, "matchVacancies", "Participant", id);
            return Err(ApiError::NotFound);
        };
        if !can_match(&view.facets) {
            denied_read(ctx, "matchVacancies", "Participant", id);
            return Err(ApiError::Forbidden);
        }
        participant_read(ctx, id, AuditOutcome::Allowed);
        let profile = visible_profile(view.participant.profile.clone(), &view.facets);
        let today = Utc::now().date_naive();
        let db = db(ctx);
        let near = profile
            .municipality
            .as_deref()
            .map(|home| geography::within(home, profile.max_travel_km.unwrap_or(DEFAULT_REACH_KM)));
        let found = vacancies::open_in(db, near.as_deref(), today, VACANCY_CANDIDATES).await?;
        let trained_for = if skupaj_domain::access::view_history(&view.facets).is_ok() {
            completed_occupations(db, id).await?
        } else {
            Vec::new()
        };
        let mut scored: Vec<_> = found
            .into_iter()
            .filter_map(|vacancy| {
                let km = profile
                    .municipality
                    .as_deref()
                    .and_then(|home| geography::distance_km(home, &vacancy.municipality));
                let assessment =
                    assess_vacancy(&profile, &vacancy, &trained_for, km, today).ok()?;
                Some((vacancy, assessment))
            })
            .collect();
        // Best first; among equals the newest vacancy first (ids sort by time).
        scored.sort_by(|a, b| b.1.score.cmp(&a.1.score).then(b.0.id.cmp(&a.0.id)));
        Ok(Some(
            scored
                .into_iter()
                .take(first)
                .map(|(vacancy, assessment)| VacancyMatch {
                    vacancy: crate::graphql::types::vacancy::Vacancy(vacancy),
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
        let actor = actor(ctx)?;
        let id = parse_id("programmeId", &programme_id)?;
        let first = match_count(first)?;
        let db = db(ctx);
        let programme = programmes::get(db, id)
            .await?
            .filter(|p| view_programme(Some(actor), p))
            .ok_or(ApiError::NotFound)?;
        let now = Utc::now();
        let today = now.date_naive();
        let scope = participant_scope(actor);
        let page =
            participants::list_related(db, scope, None, now, None, PARTICIPANT_CANDIDATES).await?;
        let relations = participants::relations(db, scope, &page.items, now).await?;
        let mut openings_by_home: HashMap<Option<String>, HashMap<String, u32>> = HashMap::new();
        let mut found = Vec::new();
        for participant in page.items {
            let relation = relations
                .get(&participant.id)
                .cloned()
                .unwrap_or(ParticipantRelation::Unrelated);
            let facets = participant_facets(actor, &relation);
            if !can_match(&facets) {
                continue;
            }
            let profile = visible_profile(participant.profile.clone(), &facets);
            let home = profile.municipality.clone();
            if !openings_by_home.contains_key(&home) {
                let openings = openings_near(db, home.as_deref(), today).await?;
                openings_by_home.insert(home.clone(), openings);
            }
            let Some(openings) = openings_by_home.get(&home) else {
                continue;
            };
            let around = surroundings(&profile, &programme, openings);
            if let Ok(assessment) = assess(&profile, &programme, around, today) {
                found.push((
                    ParticipantView {
                        participant,
                        facets,
                        relation,
                    },
                    assessment,
                ));
            }
        }
        // Best first; among equals the longest known first (ids sort by time).
        found.sort_by(|a, b| {
            b.1.score
                .cmp(&a.1.score)
                .then(a.0.participant.id.cmp(&b.0.participant.id))
        });
        Ok(Some(
            found
                .into_iter()
                .take(first)
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

/// The target occupations of the programmes a participant completed.
async fn completed_occupations(
    db: &skupaj_persistence::Database,
    participant: uuid::Uuid,
) -> ApiResult<Vec<String>> {
    let completed: Vec<uuid::Uuid> =
        skupaj_persistence::enrolments::of_participant(db, participant)
            .await?
            .into_iter()
            .filter(|e| e.status == skupaj_domain::enrolment::EnrolmentStatus::Completed)
            .map(|e| e.programme_id)
            .collect();
    Ok(programmes::get_many(db, &completed)
        .await?
        .into_iter()
        .flat_map(|p| p.profile.target_occupations)
        .collect())
}

/// `first` of a match list: 1 to 50, default 10.
fn match_count(first: Option<i32>) -> ApiResult<usize> {
    match first.unwrap_or(10) {
        n @ 1..=50 => Ok(usize::try_from(n).unwrap_or(10)),
        _ => Err(ApiError::validation("first", "must be between 1 and 50")),
    }
}

/// Open vacancy openings per occupation (lower-cased) in a municipality.
async fn openings_near(
    db: &skupaj_persistence::Database,
    municipality: Option<&str>,
    today: chrono::NaiveDate,
) -> ApiResult<HashMap<String, u32>> {
    let Some(home) = municipality else {
        return Ok(HashMap::new());
    };
    Ok(vacancies::openings_by_occupation(db, home, today)
        .await?
        .into_iter()
        .map(|(occupation, n)| (occupation.trim().to_lowercase(), n))
        .collect())
}

fn surroundings(
    profile: &ParticipantProfile,
    programme: &skupaj_domain::programme::Programme,
    openings: &HashMap<String, u32>,
) -> Surroundings {
    Surroundings {
        open_vacancies_near: programme
            .profile
            .target_occupations
            .iter()
            .filter_map(|o| openings.get(&o.trim().to_lowercase()))
            .sum(),
        distance_km: profile
            .municipality
            .as_deref()
            .and_then(|home| geography::distance_km(home, &programme.profile.municipality)),
        setting: geography::setting(&programme.profile.municipality),
    }
}

/// Whether the viewer sees enough of a participant to match them: skills, interests, languages.
fn can_match(facets: &BTreeSet<ParticipantFacet>) -> bool {
    facets.contains(&ParticipantFacet::Skills) && facets.contains(&ParticipantFacet::Languages)
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
