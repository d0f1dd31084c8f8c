//! A person's steps on referrals: creating one, moving it through its lifecycle, writing notes.
//!
//! Every step follows the same path ([`Referrals::act`]): find the referral the actor may see
//! (else `NotFound`), the actor's side (else `Forbidden`), the version they saw (else
//! `Conflict`), the state machine (else `Forbidden` or `InvalidTransition`), consent where
//! personal data moves (else `ConsentRequired`), then the one referral step
//! ([`super::step::take`]) in one transaction, which fails with `Conflict` when someone else
//! changed the referral meanwhile.

use chrono::{NaiveDate, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access::{
    self, create_referral, pass_on_participant, take_referral_step, write_referral_note,
};
use skupaj_domain::consent::consent_for_referral;
use skupaj_domain::referral::{
    CancelReason, DeclineReason, NeedDomain, Referral, ReferralAction, ReferralAction as A,
    ReferralKind, ReferralNote, ReferralOutcome, ReferralPriority, ReferralStatus,
    check_respond_by, optional_text, required_text, transition,
};
use skupaj_persistence::referrals::{self, NewReferral, Step};
use skupaj_persistence::{
    PersistenceError, audit, consents, database, organisations, participants, programmes,
};
use uuid::Uuid;

use super::Referrals;
use super::step::{Decided, notify_sent, take};
use crate::{AppError, AppResult};

/// A new referral, as a case worker of the participant's owner asks for it.
#[derive(Debug, Clone)]
pub struct CreateReferral {
    pub participant_id: Uuid,
    pub to_organisation_id: Uuid,
    pub programme_id: Option<Uuid>,
    pub need_domain: NeedDomain,
    pub priority: ReferralPriority,
    pub reason: String,
    pub respond_by: NaiveDate,
    pub kind: ReferralKind,
    /// Send at once rather than keep as a draft.
    pub send: bool,
}

/// What a step left: the referral as it now is and, for a redirect, the onward referral.
#[derive(Debug, Clone)]
pub struct Created {
    pub referral: Referral,
    pub redirected_to: Option<Referral>,
}

/// What a step adds to the bare transition.
#[derive(Default)]
struct Details {
    comment: Option<String>,
    decline_reason: Option<DeclineReason>,
    outcome: Option<ReferralOutcome>,
    cancel_reason: Option<CancelReason>,
    redirect_to: Option<Uuid>,
    respond_by: Option<NaiveDate>,
}

impl Details {
    fn comment(comment: Option<&str>) -> AppResult<Self> {
        Ok(Self {
            comment: optional_text("comment", comment)?,
            ..Self::default()
        })
    }
}

fn stale(err: PersistenceError) -> AppError {
    match err {
        PersistenceError::Stale => {
            DomainError::Conflict("the referral was changed by someone else; reload it".to_owned())
                .into()
        }
        other => other.into(),
    }
}

impl Referrals<'_> {
    /// Creates a referral (a draft, or sent at once). `Refused(NotFound)` when the actor may
    /// not see the participant; `Storage(NotFound)` for an unknown receiving organisation or
    /// a programme the actor may not see. Sending needs an active consent covering the
    /// receiver (`ConsentRequired`).
    pub async fn create(&self, input: CreateReferral) -> AppResult<Referral> {
        audit::about("Referral", None);
        let actor = self.0.actor();
        let db = self.0.db();
        let participant = participants::get(db, input.participant_id).await?;
        let visible = match participant {
            Some(p) => crate::participant::visible(db, actor, vec![p], Utc::now())
                .await?
                .pop(),
            None => None,
        };
        let Some(view) = visible else {
            return Err(DomainError::NotFound.into());
        };
        let participant = view.participant;
        let permit = create_referral(actor, participant.owner_organisation_id)?;
        let from_organisation = participant.owner_organisation_id;
        if input.to_organisation_id == from_organisation {
            return Err(DomainError::validation(
                "toOrganisationId",
                "refer to another organisation than your own",
            )
            .into());
        }
        if organisations::kind_of(db, input.to_organisation_id)
            .await?
            .is_none()
        {
            return Err(PersistenceError::NotFound.into());
        }
        let programme_id = match input.programme_id {
            None => None,
            Some(id) => Some(self.programme_of(id, input.to_organisation_id).await?),
        };
        let reason = required_text("reason", &input.reason)?;
        let respond_by = check_respond_by(input.respond_by, Utc::now().date_naive())?;
        let consent = if input.send {
            Some(
                self.required_consent(participant.id, input.to_organisation_id)
                    .await?,
            )
        } else {
            None
        };
        let new = NewReferral {
            participant_id: participant.id,
            from_organisation_id: from_organisation,
            from_user_id: actor.user_id,
            to_organisation_id: input.to_organisation_id,
            programme_id,
            need_domain: input.need_domain,
            priority: input.priority,
            reason,
            respond_by,
            kind: input.kind,
            redirected_from_id: None,
        };
        let txn = database::begin_write(db)
            .await
            .map_err(PersistenceError::from)?;
        let id = referrals::insert_new(&txn, permit, &new, consent, self.acted_by(), None).await?;
        if consent.is_some() {
            notify_sent(&txn, id, &new).await?;
        }
        audit::commit(txn).await.map_err(PersistenceError::from)?;
        Ok(referrals::get(db, id)
            .await?
            .ok_or(PersistenceError::NotFound)?)
    }

    /// Sends a draft (referring side).
    pub async fn send(&self, id: Uuid, version: i32, comment: Option<&str>) -> AppResult<Created> {
        self.with_comment(id, version, A::Send, comment).await
    }

    /// Accepts a sent referral (receiving side); an accepted transfer moves the case.
    pub async fn accept(
        &self,
        id: Uuid,
        version: i32,
        comment: Option<&str>,
    ) -> AppResult<Created> {
        self.with_comment(id, version, A::Accept, comment).await
    }

    /// Declines a sent referral, with a reason and an explanation (receiving side).
    pub async fn decline(
        &self,
        id: Uuid,
        version: i32,
        reason: DeclineReason,
        comment: &str,
    ) -> AppResult<Created> {
        audit::about("Referral", Some(id));
        let details = Details {
            comment: Some(required_text("comment", comment)?),
            decline_reason: Some(reason),
            ..Details::default()
        };
        self.act(id, version, A::Decline, details).await
    }

    /// Starts the service of an accepted referral (receiving side).
    pub async fn start(&self, id: Uuid, version: i32, comment: Option<&str>) -> AppResult<Created> {
        self.with_comment(id, version, A::Start, comment).await
    }

    /// Puts a referral in progress on hold (receiving side).
    pub async fn hold(&self, id: Uuid, version: i32, comment: Option<&str>) -> AppResult<Created> {
        self.with_comment(id, version, A::Hold, comment).await
    }

    /// Resumes a referral on hold (receiving side).
    pub async fn resume(
        &self,
        id: Uuid,
        version: i32,
        comment: Option<&str>,
    ) -> AppResult<Created> {
        self.with_comment(id, version, A::Resume, comment).await
    }

    /// Completes a referral in progress with its outcome (receiving side).
    pub async fn complete(
        &self,
        id: Uuid,
        version: i32,
        outcome: ReferralOutcome,
        comment: Option<&str>,
    ) -> AppResult<Created> {
        audit::about("Referral", Some(id));
        let details = Details {
            outcome: Some(outcome),
            ..Details::comment(comment)?
        };
        self.act(id, version, A::Complete, details).await
    }

    /// Passes a sent referral on to a third organisation (receiving side): this one becomes
    /// `REDIRECTED` and a new, linked one is sent to the third, whom the consent must cover.
    pub async fn redirect(
        &self,
        id: Uuid,
        version: i32,
        to_organisation: Uuid,
        comment: &str,
    ) -> AppResult<Created> {
        audit::about("Referral", Some(id));
        let details = Details {
            comment: Some(required_text("comment", comment)?),
            redirect_to: Some(to_organisation),
            ..Details::default()
        };
        self.act(id, version, A::Redirect, details).await
    }

    /// Cancels an open referral (referring side). The platform's own reasons (a withdrawn
    /// consent, an erased record) are refused here.
    pub async fn cancel(
        &self,
        id: Uuid,
        version: i32,
        reason: CancelReason,
        comment: Option<&str>,
    ) -> AppResult<Created> {
        audit::about("Referral", Some(id));
        if matches!(
            reason,
            CancelReason::ConsentWithdrawn | CancelReason::ParticipantErased
        ) {
            return Err(DomainError::validation(
                "reason",
                "CONSENT_WITHDRAWN and PARTICIPANT_ERASED are set by the platform",
            )
            .into());
        }
        let details = Details {
            cancel_reason: Some(reason),
            ..Details::comment(comment)?
        };
        self.act(id, version, A::Cancel, details).await
    }

    /// Sends a declined or expired referral again (referring side), with a note and a new
    /// respond-by date; needs an active consent, like sending.
    pub async fn reopen(
        &self,
        id: Uuid,
        version: i32,
        note: &str,
        respond_by: NaiveDate,
    ) -> AppResult<Created> {
        audit::about("Referral", Some(id));
        let details = Details {
            comment: Some(required_text("note", note)?),
            respond_by: Some(respond_by),
            ..Details::default()
        };
        self.act(id, version, A::Reopen, details).await
    }

    /// Adds a note for the other side (either side's case workers) to an open referral whose
    /// texts the actor may read.
    pub async fn add_note(&self, id: Uuid, body: &str) -> AppResult<ReferralNote> {
        audit::about("Referral", Some(id));
        let actor = self.0.actor();
        let referral = self.find(id).await?;
        let permit = write_referral_note(actor, &referral)?;
        if !referral.status.is_open() {
            return Err(DomainError::InvalidTransition(
                "notes are for open referrals; this one is closed".to_owned(),
            )
            .into());
        }
        self.texts(&referral).await?;
        let body = required_text("body", body)?;
        let organisation = actor.organisation_id().ok_or(DomainError::Forbidden)?;
        Ok(referrals::add_note(self.0.db(), permit, id, actor.user_id, organisation, body).await?)
    }

    /// A step whose only detail is an optional comment.
    async fn with_comment(
        &self,
        id: Uuid,
        version: i32,
        action: ReferralAction,
        comment: Option<&str>,
    ) -> AppResult<Created> {
        audit::about("Referral", Some(id));
        self.act(id, version, action, Details::comment(comment)?)
            .await
    }

    async fn act(
        &self,
        id: Uuid,
        version: i32,
        action: ReferralAction,
        details: Details,
    ) -> AppResult<Created> {
        let actor = self.0.actor();
        let db = self.0.db();
        let current = self.find(id).await?;
        let (side, permit) = take_referral_step(actor, &current)?;
        if version != current.version {
            return Err(DomainError::Conflict(format!(
                "the referral changed since version {version}; it is now at version {}",
                current.version
            ))
            .into());
        }
        let to = transition(current.status, action, side)?;
        if matches!(action, A::Send | A::Reopen) {
            let owner = participants::get(db, current.participant_id)
                .await?
                .map(|participant| participant.owner_organisation_id);
            pass_on_participant(&current, owner)?;
        }
        let today = Utc::now().date_naive();
        if let Some(respond_by) = details.respond_by {
            check_respond_by(respond_by, today)?;
        }
        let consent_id = match to {
            ReferralStatus::Sent => Some(
                self.required_consent(current.participant_id, current.to_organisation_id)
                    .await?,
            ),
            _ => None,
        };
        let follow_up = match details.redirect_to {
            Some(third) => {
                if third == current.from_organisation_id || third == current.to_organisation_id {
                    return Err(DomainError::validation(
                        "toOrganisationId",
                        "redirect to an organisation other than the two sides",
                    )
                    .into());
                }
                let consent = self.required_consent(current.participant_id, third).await?;
                let new = NewReferral {
                    participant_id: current.participant_id,
                    from_organisation_id: current.from_organisation_id,
                    from_user_id: current.from_user_id,
                    to_organisation_id: third,
                    programme_id: None,
                    need_domain: current.need_domain,
                    priority: current.priority,
                    reason: current.reason.clone(),
                    respond_by: current.respond_by.max(today),
                    kind: current.kind,
                    redirected_from_id: Some(current.id),
                };
                Some((new, consent))
            }
            None => None,
        };
        let mut step = Step::new(&current, action, to, self.acted_by());
        step.comment = details.comment;
        step.decline_reason = details.decline_reason;
        step.outcome = details.outcome;
        step.cancel_reason = details.cancel_reason;
        step.respond_by = details.respond_by;
        step.consent_id = consent_id;
        step.new_round = to == ReferralStatus::Sent;
        step.first_response = matches!(action, A::Accept | A::Decline | A::Redirect)
            && current.first_response_at.is_none();
        let decided = Decided {
            step,
            transfer: action == A::Accept && current.kind == ReferralKind::Transfer,
            follow_up,
        };
        let txn = database::begin_write(db)
            .await
            .map_err(PersistenceError::from)?;
        let onward = take(&txn, permit, &current, decided).await.map_err(stale)?;
        audit::commit(txn).await.map_err(PersistenceError::from)?;
        let referral = referrals::get(db, id)
            .await?
            .ok_or(PersistenceError::NotFound)?;
        let redirected_to = match onward {
            Some(id) => referrals::get(db, id).await?,
            None => None,
        };
        Ok(Created {
            referral,
            redirected_to,
        })
    }

    /// The consent that lets the participant's data go to `organisation` now, or
    /// `ConsentRequired`.
    async fn required_consent(&self, participant: Uuid, organisation: Uuid) -> AppResult<Uuid> {
        let db = self.0.db();
        let kind = organisations::kind_of(db, organisation)
            .await?
            .ok_or_else(|| DomainError::validation("toOrganisationId", "no such organisation"))?;
        let consents = consents::of_participant(db, participant).await?;
        consent_for_referral(&consents, organisation, kind, Utc::now())
            .map(|consent| consent.id)
            .ok_or_else(|| DomainError::ConsentRequired.into())
    }

    /// The programme a referral asks for: one the actor may see (else `Storage(NotFound)`),
    /// run by the receiving organisation and taking participants (else `VALIDATION`).
    async fn programme_of(&self, id: Uuid, receiver: Uuid) -> AppResult<Uuid> {
        let Some(programme) = programmes::get(self.0.db(), id)
            .await?
            .filter(|programme| access::view_programme(Some(self.0.actor()), programme))
        else {
            return Err(PersistenceError::NotFound.into());
        };
        if !programme.is_organiser(receiver) {
            return Err(DomainError::validation(
                "programmeId",
                "the receiving organisation does not run this programme",
            )
            .into());
        }
        if !programme.status.accepts_enrolment() {
            return Err(DomainError::validation(
                "programmeId",
                "the programme is not taking participants",
            )
            .into());
        }
        Ok(programme.id)
    }
}
