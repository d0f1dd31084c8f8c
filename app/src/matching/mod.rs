//! Matching: the programmes and open vacancies that fit a participant, and the participants who
//! fit a programme. A match uses only what the actor may see of a participant (the visibility
//! pipeline, then the policy's `matchable_profile`), so no rule or score can reveal the rest.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access::{match_participant, matchable_profile, view_history};
use skupaj_domain::enrolment::EnrolmentStatus;
use skupaj_domain::geography;
use skupaj_domain::matching::{Assessment, Surroundings, assess, assess_vacancy};
use skupaj_domain::participant::ParticipantProfile;
use skupaj_domain::programme::Programme;
use skupaj_domain::vacancy::Vacancy;
use skupaj_persistence::candidates::{self, Wanted};
use skupaj_persistence::{
    Database, PersistenceError, enrolments, participants, programmes, vacancies,
};
use uuid::Uuid;

use crate::participant::{ParticipantView, visible};
use crate::{AppResult, Handle};

/// How many open vacancies `vacancies_for` scores at most (the newest near the participant).
const VACANCY_CANDIDATES: u64 = 300;

/// How far "near" reaches when the participant has no travel distance recorded, in km.
const DEFAULT_REACH_KM: u32 = 30;

/// How many participants `participants_for` scores at most. Bounded so a request costs the
/// same however many participants the actor's organisation follows.
const PARTICIPANT_CANDIDATES: u64 = 500;

/// How many programmes `programmes_for` picks in each of the three ways of
/// `persistence::candidates` (so at most three times this are scored).
const CANDIDATES_PER_WAY: u64 = 100;

/// The matching use cases.
#[derive(Debug, Clone, Copy)]
pub struct Matching<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Matching, with what the actor may see.
    pub fn matching(self) -> Matching<'a> {
        Matching(self)
    }
}

impl Matching<'_> {
    /// The `first` programmes that fit a participant best, best first (among equals the newest).
    /// `NOT_FOUND` for a participant the actor may not see; `FORBIDDEN` without sight of their
    /// skills and languages.
    pub async fn programmes_for(
        &self,
        participant: Uuid,
        first: usize,
    ) -> AppResult<Vec<(Programme, Assessment)>> {
        let (_, profile) = self.matchable(participant).await?;
        let today = Utc::now().date_naive();
        let db = self.0.db();
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
        found.truncate(first);
        Ok(found)
    }

    /// The `first` open vacancies that fit a participant best, best first (among equals the
    /// newest): open in the municipalities within their travel distance (30 km when none is
    /// recorded; anywhere when their municipality is not visible), whose language requirement
    /// they meet. The occupations of programmes they completed count when the actor sees their
    /// history. Refused like `programmes_for`.
    pub async fn vacancies_for(
        &self,
        participant: Uuid,
        first: usize,
    ) -> AppResult<Vec<(Vacancy, Assessment)>> {
        let (view, profile) = self.matchable(participant).await?;
        let today = Utc::now().date_naive();
        let db = self.0.db();
        let near = profile
            .municipality
            .as_deref()
            .map(|home| geography::within(home, profile.max_travel_km.unwrap_or(DEFAULT_REACH_KM)));
        let found = vacancies::open_in(db, near.as_deref(), today, VACANCY_CANDIDATES).await?;
        let trained_for = if view_history(&view.facets).is_ok() {
            completed_occupations(db, participant).await?
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
        scored.truncate(first);
        Ok(scored)
    }

    /// The `first` participants the actor may see who fit a programme best, best first (among
    /// equals the longest known): of the first 500 in the actor's scope, those whose skills and
    /// languages the actor sees. `NOT_FOUND` for a programme the actor may not see.
    pub async fn participants_for(
        &self,
        programme: Uuid,
        first: usize,
    ) -> AppResult<Vec<(ParticipantView, Assessment)>> {
        let actor = self.0.actor();
        let db = self.0.db();
        let programme = self
            .0
            .programme_catalogue()
            .get(programme)
            .await?
            .ok_or(DomainError::NotFound)?;
        let now = Utc::now();
        let today = now.date_naive();
        let scope = skupaj_domain::access::participant_scope(actor);
        let page =
            participants::list_related(db, scope, None, now, None, PARTICIPANT_CANDIDATES).await?;
        let mut openings_by_home: HashMap<Option<String>, HashMap<String, u32>> = HashMap::new();
        let mut found = Vec::new();
        for view in visible(db, actor, page.items, now).await? {
            if match_participant(&view.facets).is_err() {
                continue;
            }
            let profile = matchable_profile(view.participant.profile.clone(), &view.facets);
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
                found.push((view, assessment));
            }
        }
        // Best first; among equals the longest known first (ids sort by time).
        found.sort_by(|a, b| {
            b.1.score
                .cmp(&a.1.score)
                .then(a.0.participant.id.cmp(&b.0.participant.id))
        });
        found.truncate(first);
        Ok(found)
    }

    /// The participant to match, as the actor sees them, with the part of their profile a match
    /// may use: `NOT_FOUND` when the actor may not see them, `FORBIDDEN` without sight of
    /// their skills and languages. Shared by the matches for one participant.
    async fn matchable(&self, id: Uuid) -> AppResult<(ParticipantView, ParticipantProfile)> {
        let view = self
            .0
            .participants()
            .views_of(&[id])
            .await?
            .pop()
            .ok_or(DomainError::NotFound)?;
        match_participant(&view.facets)?;
        let profile = matchable_profile(view.participant.profile.clone(), &view.facets);
        Ok((view, profile))
    }
}

/// The target occupations of the programmes a participant completed.
async fn completed_occupations(
    db: &Database,
    participant: Uuid,
) -> Result<Vec<String>, PersistenceError> {
    let completed: Vec<Uuid> = enrolments::of_participant(db, participant)
        .await?
        .into_iter()
        .filter(|e| e.status == EnrolmentStatus::Completed)
        .map(|e| e.programme_id)
        .collect();
    Ok(programmes::get_many(db, &completed)
        .await?
        .into_iter()
        .flat_map(|p| p.profile.target_occupations)
        .collect())
}

/// Open vacancy openings per occupation (lower-cased) in a municipality.
async fn openings_near(
    db: &Database,
    municipality: Option<&str>,
    today: NaiveDate,
) -> Result<HashMap<String, u32>, PersistenceError> {
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
    programme: &Programme,
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
