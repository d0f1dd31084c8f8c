//! Invitations: inviting someone into an organisation, and the invited person's answer.

use chrono::Utc;
use skupaj_domain::DomainError;
use skupaj_domain::access;
use skupaj_domain::invitation::{self, Invitation, InvitationAnswer, InvitationStatus};
use skupaj_domain::membership::{Membership, MembershipRole};
use skupaj_domain::password::NewPassword;
use skupaj_domain::user::NewUser;
use skupaj_persistence::invitations::{self, NewInvitation};
use skupaj_persistence::{PersistenceError, audit, organisations, users};
use uuid::Uuid;

use crate::account::hash_off_thread;
use crate::{AppResult, Handle};

/// Someone to invite, with what opens an account for them when their address has none.
#[derive(Debug)]
pub struct Invitee<'i> {
    pub email: &'i str,
    pub role: MembershipRole,
    pub display_name: &'i str,
    /// ISO 639; Slovenian when absent.
    pub preferred_locale: Option<&'i str>,
    pub initial_password: &'i str,
}

/// The use cases on invitations.
#[derive(Debug, Clone, Copy)]
pub struct Invitations<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Invitations the actor sends or answers.
    pub fn invitations(self) -> Invitations<'a> {
        Invitations(self)
    }
}

impl Invitations<'_> {
    /// Invites someone into an organisation (its admin or a platform administrator). The
    /// answer and its timing are the same whether or not the address has an account: every
    /// field is checked and the password hashed in both cases. Inviting again while an
    /// invitation is pending renews it; a member already is `CONFLICT`.
    pub async fn invite(
        &self,
        organisation_id: Uuid,
        invitee: Invitee<'_>,
    ) -> AppResult<Invitation> {
        audit::about("Invitation", None);
        let actor = self.0.actor();
        let permit = access::invite_member(actor, organisation_id)?;
        let db = self.0.db();
        if organisations::kind_of(db, organisation_id).await?.is_none() {
            return Err(DomainError::NotFound.into());
        }
        let new_user = NewUser::parse(
            invitee.email,
            invitee.display_name,
            invitee.preferred_locale.unwrap_or("sl"),
        )?;
        let chosen = NewPassword::parse("initialPassword", invitee.initial_password)?;
        let hash = hash_off_thread(chosen).await?;
        let invitation = invitations::invite(
            db,
            permit,
            NewInvitation {
                organisation_id,
                email: &new_user.email,
                role: invitee.role,
                invited_by: actor.user_id,
                new_account: (&new_user, hash),
            },
            Utc::now(),
        )
        .await?;
        audit::created(invitation.id);
        Ok(invitation)
    }

    /// The invited person's answer. To anyone else the invitation is `NOT_FOUND`; one already
    /// answered or expired is `INVALID_TRANSITION`. Accepting makes the membership, which is
    /// answered with the invitation.
    pub async fn answer(
        &self,
        id: Uuid,
        answer: InvitationAnswer,
    ) -> AppResult<(Invitation, Option<Membership>)> {
        audit::about("Invitation", Some(id));
        let db = self.0.db();
        let found = invitations::get(db, id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let permit = access::answer_invitation(self.0.actor(), found.user_id)?;
        let now = Utc::now();
        let to = invitation::answer(found.status(now), answer)?;
        let saved = match invitations::answer(db, permit, &found, to, now).await {
            // Answered (or expired) in the meantime: say why, as if it had been so before.
            Err(PersistenceError::Stale) => {
                let current = invitations::get(db, id)
                    .await?
                    .ok_or(DomainError::NotFound)?;
                invitation::answer(current.status(Utc::now()), answer)?;
                return Err(PersistenceError::Stale.into());
            }
            other => other?,
        };
        let membership = if to == InvitationStatus::Accepted {
            users::membership(db, saved.user_id, saved.organisation_id).await?
        } else {
            None
        };
        Ok((saved, membership))
    }

    /// The invitations the actor can still answer (pending, not expired), newest first.
    pub async fn open_for_me(&self) -> AppResult<Vec<Invitation>> {
        Ok(invitations::open_for(self.0.db(), self.0.actor().user_id, Utc::now()).await?)
    }
}
