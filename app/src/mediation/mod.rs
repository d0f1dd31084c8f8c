//! Mediation: case workers ask for an interpreter or intercultural mediator, mediators take
//! requests in their languages and mark them done, the requesting organisation calls them off.

use chrono::{DateTime, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access::{
    browse_open_mediation, can_view_referral, list_organisation_mediation,
    participant_through_mediation, request_mediation, step_mediation,
};
use skupaj_domain::language::LanguageCode;
use skupaj_domain::mediation::{
    MediationAction, MediationRequest, check_request, mediation_transition,
};
use skupaj_domain::notification::on_mediation_request;
use skupaj_persistence::mediation::{self, NewRequest};
use skupaj_persistence::{
    PersistenceError, audit, mentorships, participants, programmes, referrals,
};
use uuid::Uuid;

use crate::participant::{ParticipantView, visible};
use crate::{AppResult, Handle};

/// A request for a mediator, as a case worker typed it.
#[derive(Debug, Clone)]
pub struct MediationAsk {
    /// The language needed (ISO 639).
    pub language: String,
    pub starts_at: DateTime<Utc>,
    /// Where (required unless remote).
    pub place: Option<String>,
    pub remote: bool,
    pub referral_id: Option<Uuid>,
    pub session_id: Option<Uuid>,
    /// The participant to accompany (one the actor may see).
    pub participant_id: Option<Uuid>,
    pub notes: Option<String>,
}

/// The use cases of mediation requests.
#[derive(Debug, Clone, Copy)]
pub struct Mediation<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Mediation requests.
    pub fn mediation(self) -> Mediation<'a> {
        Mediation(self)
    }
}

impl Mediation<'_> {
    /// Asks for a mediator (case workers), for the organisation the actor acts in. The
    /// mediators speaking the language hear of it. A participant, referral or session the
    /// actor may not see is `NOT_FOUND`.
    pub async fn request(&self, ask: MediationAsk) -> AppResult<MediationRequest> {
        let (db, actor) = (self.0.db(), self.0.actor());
        audit::about("MediationRequest", None);
        let (permit, organisation) = request_mediation(actor)?;
        let language = LanguageCode::parse("language", &ask.language)?;
        let now = Utc::now();
        let (place, notes) = check_request(
            ask.starts_at,
            ask.place.as_deref(),
            ask.remote,
            ask.notes.as_deref(),
            now,
        )?;
        let participant_id = match ask.participant_id {
            Some(id) => {
                let found = participants::get_many(db, &[id]).await?;
                let view = visible(db, actor, found, now).await?.into_iter().next();
                Some(view.ok_or(DomainError::NotFound)?.participant.id)
            }
            None => None,
        };
        if let Some(id) = ask.referral_id {
            let visible = match referrals::get(db, id).await? {
                Some(referral) => {
                    let places = referrals::places(db, &referral).await?;
                    can_view_referral(actor, &referral, &places)
                }
                None => false,
            };
            if !visible {
                return Err(DomainError::NotFound.into());
            }
        }
        if let Some(id) = ask.session_id
            && programmes::session(db, id).await?.is_none()
        {
            return Err(DomainError::NotFound.into());
        }
        let id = Uuid::now_v7();
        let event = on_mediation_request(id, language.clone());
        let request = NewRequest {
            id,
            organisation_id: organisation,
            requested_by: actor.user_id,
            language,
            starts_at: ask.starts_at,
            place,
            remote: ask.remote,
            referral_id: ask.referral_id,
            session_id: ask.session_id,
            participant_id,
            notes,
        };
        Ok(mediation::create(db, permit, request, &[event]).await?)
    }

    /// Takes a step on a request: a mediator takes it, the mediator who took it marks it done,
    /// the requesting organisation calls it off. Of two mediators taking one request at once,
    /// one gets it and the other `CONFLICT`.
    pub async fn step(&self, id: Uuid, action: MediationAction) -> AppResult<MediationRequest> {
        let (db, actor) = (self.0.db(), self.0.actor());
        audit::about("MediationRequest", Some(id));
        let request = mediation::get(db, id).await?.ok_or(DomainError::NotFound)?;
        let profile = mentorships::profile(db, actor.user_id).await?;
        let permit = step_mediation(actor, profile.as_ref(), &request, action)?;
        let to = mediation_transition(request.status, action)?;
        let mediator = (action == MediationAction::Take).then_some(actor.user_id);
        mediation::set_status(db, permit, request.id, request.status, to, mediator)
            .await
            .map_err(|err| match err {
                PersistenceError::Stale => {
                    DomainError::Conflict("someone else changed this request first".to_owned())
                        .into()
                }
                other => other.into(),
            })
    }

    /// Open requests in the actor's languages, soonest first (mediators only).
    pub async fn open(&self) -> AppResult<Vec<MediationRequest>> {
        let (db, actor) = (self.0.db(), self.0.actor());
        browse_open_mediation(actor)?;
        let languages = mentorships::profile(db, actor.user_id)
            .await?
            .map(|p| p.languages)
            .unwrap_or_default();
        Ok(mediation::open_in(db, &languages).await?)
    }

    /// The requests the actor took as a mediator, soonest first.
    pub async fn taken(&self) -> AppResult<Vec<MediationRequest>> {
        Ok(mediation::of_mediator(self.0.db(), self.0.actor().user_id).await?)
    }

    /// The requests the actor's organisation made, newest first.
    pub async fn of_organisation(&self) -> AppResult<Vec<MediationRequest>> {
        let organisation = list_organisation_mediation(self.0.actor())?;
        Ok(mediation::of_organisation(self.0.db(), organisation).await?)
    }

    /// The participant of a request as the actor may see them through it (`None` when the
    /// request names nobody). `FORBIDDEN` when the request shows them nothing: a mediator sees
    /// the participant only of a request they took, while it is assigned.
    pub async fn participant_of(
        &self,
        request: &MediationRequest,
    ) -> AppResult<Option<ParticipantView>> {
        let Some(id) = request.participant_id else {
            return Ok(None);
        };
        if !participant_through_mediation(self.0.actor(), request) {
            return Err(DomainError::Forbidden.into());
        }
        let view = self
            .0
            .participants()
            .views_of(&[id])
            .await?
            .into_iter()
            .next();
        Ok(Some(view.ok_or(DomainError::Forbidden)?))
    }
}
