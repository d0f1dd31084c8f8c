//! Inviting members and answering invitations, changing roles, deactivating and reactivating accounts.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::Utc;
use skupaj_domain::access;
use skupaj_domain::invitation::{self, InvitationAnswer, InvitationStatus};
use skupaj_domain::password::NewPassword;
use skupaj_domain::user::NewUser;
use skupaj_persistence::invitations::{self, NewInvitation};
use skupaj_persistence::{PersistenceError, organisations, users};

use crate::auth::password;
use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::parse_id;
use crate::graphql::types::enums::MembershipRole;
use crate::graphql::types::invitation::Invitation;
use crate::graphql::types::membership::Membership;
use crate::graphql::types::user::User;

/// Someone to invite into an organisation. The answer is the same whether the address already
/// has an account or not: in both cases a pending invitation is made and the person hears of it
/// in-app and by e-mail, and becomes a member only by accepting it. Every field is required and
/// checked in both cases; `displayName`, `preferredLocale` and `initialPassword` are used only
/// when the address has no account yet (one is then opened with them, and the admin passes the
/// password on privately); an existing account keeps its own.
#[derive(InputObject)]
pub struct AddMemberInput {
    /// The organisation to invite them to.
    pub organisation_id: ID,
    /// Their e-mail address.
    pub email: String,
    /// Their role in the organisation once they accept.
    pub role: MembershipRole,
    /// Their name, for an account opened by this invitation.
    pub display_name: String,
    /// Their preferred language (ISO 639), for an account opened by this invitation; Slovenian
    /// by default.
    pub preferred_locale: Option<String>,
    /// A first password (at least 12 characters), for an account opened by this invitation.
    #[graphql(secret)]
    pub initial_password: String,
}

/// The invitation to answer.
#[derive(InputObject)]
pub struct AnswerInvitationInput {
    /// The invitation (from `myInvitations` or the notification's `subjectId`).
    pub invitation_id: ID,
}

/// The invitation `addMember` made (or renewed, when one was still pending).
#[derive(SimpleObject, Debug)]
pub struct AddMemberPayload {
    /// The pending invitation.
    pub invitation: Invitation,
}

/// An answered invitation.
#[derive(SimpleObject, Debug)]
pub struct AnswerInvitationPayload {
    /// The invitation as it now is.
    pub invitation: Invitation,
    /// The membership accepting made; `null` when the invitation was declined.
    pub membership: Option<Membership>,
}

/// A new role for a member.
#[derive(InputObject)]
pub struct ChangeMemberRoleInput {
    /// The organisation.
    pub organisation_id: ID,
    /// The member.
    pub user_id: ID,
    /// Their new role.
    pub role: MembershipRole,
}

/// The account to deactivate or reactivate.
#[derive(InputObject)]
pub struct SetUserActiveInput {
    /// The user.
    pub user_id: ID,
}

/// The membership a mutation created or changed.
#[derive(SimpleObject, Debug)]
pub struct MembershipPayload {
    /// The membership as it now is.
    pub membership: Membership,
}

/// The account a mutation changed.
#[derive(SimpleObject, Debug)]
pub struct UserPayload {
    /// The account as it now is.
    pub user: User,
}

#[derive(Default)]
pub struct MemberMutation;

#[Object]
impl MemberMutation {
    /// Invites someone into an organisation (its `ORG_ADMIN` or a platform administrator). The
    /// person joins only by accepting (`acceptInvitation`); the answer does not tell whether the
    /// address already had an account. Inviting again while an invitation is pending renews it
    /// (new role, new expiry) rather than making a second one. `CONFLICT` when the address is
    /// already a member.
    async fn add_member(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Who to invite, and as what.")] input: AddMemberInput,
    ) -> ApiResult<AddMemberPayload> {
        audited("Invitation", None, async {
            let organisation_id = parse_id("organisationId", &input.organisation_id)?;
            let actor = actor(ctx)?;
            access::invite_member(actor, organisation_id)?;
            let db = db(ctx);
            if organisations::kind_of(db, organisation_id).await?.is_none() {
                return Err(ApiError::NotFound);
            }
            // Everything is checked, and the password hashed, whether or not the address has
            // an account: neither the answer nor its timing may depend on that.
            let new_user = NewUser::parse(
                &input.email,
                &input.display_name,
                input.preferred_locale.as_deref().unwrap_or("sl"),
            )?;
            let chosen = NewPassword::parse("initialPassword", &input.initial_password)?;
            let hash = tokio::task::spawn_blocking(move || password::hash(chosen.expose()))
                .await
                .map_err(ApiError::internal)??;
            let invitation = invitations::invite(
                db,
                NewInvitation {
                    organisation_id,
                    email: &new_user.email,
                    role: input.role.into(),
                    invited_by: actor.user_id,
                    new_account: (&new_user, hash),
                },
                Utc::now(),
            )
            .await?;
            Ok(AddMemberPayload {
                invitation: Invitation(invitation),
            })
        })
        .await
    }

    /// Accepts an invitation: the signed-in user becomes a member of its organisation with its
    /// role (switch to it with `switchOrganisation`). Only the invited person may; to anyone
    /// else the invitation is `NOT_FOUND`. An invitation already answered or expired is
    /// `INVALID_TRANSITION`.
    async fn accept_invitation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The invitation.")] input: AnswerInvitationInput,
    ) -> ApiResult<AnswerInvitationPayload> {
        let id = parse_id("invitationId", &input.invitation_id).ok();
        audited("Invitation", id, async {
            answer_invitation(ctx, &input.invitation_id, InvitationAnswer::Accept).await
        })
        .await
    }

    /// Declines an invitation, under the same rules as accepting it.
    async fn decline_invitation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The invitation.")] input: AnswerInvitationInput,
    ) -> ApiResult<AnswerInvitationPayload> {
        let id = parse_id("invitationId", &input.invitation_id).ok();
        audited("Invitation", id, async {
            answer_invitation(ctx, &input.invitation_id, InvitationAnswer::Decline).await
        })
        .await
    }

    /// Changes a member's role. An `ORG_ADMIN` cannot demote themselves.
    async fn change_member_role(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The member and the new role.")] input: ChangeMemberRoleInput,
    ) -> ApiResult<MembershipPayload> {
        audited("Membership", None, async {
            let organisation_id = parse_id("organisationId", &input.organisation_id)?;
            let user_id = parse_id("userId", &input.user_id)?;
            access::change_member_role(actor(ctx)?, organisation_id, user_id, input.role.into())?;
            let membership =
                users::change_role(db(ctx), user_id, organisation_id, input.role.into()).await?;
            Ok(MembershipPayload {
                membership: Membership::new(membership),
            })
        })
        .await
    }

    /// Deactivates an account: the user can no longer sign in, and every token they hold stops
    /// working at once. A platform administrator deactivates anyone else; an `ORG_ADMIN` only
    /// people whose every membership is in their organisation.
    async fn deactivate_user(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account.")] input: SetUserActiveInput,
    ) -> ApiResult<UserPayload> {
        audited("User", None, async {
            set_active(ctx, &input.user_id, false).await
        })
        .await
    }

    /// Reactivates a deactivated account, under the same rule as deactivation.
    async fn reactivate_user(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account.")] input: SetUserActiveInput,
    ) -> ApiResult<UserPayload> {
        audited("User", None, async {
            set_active(ctx, &input.user_id, true).await
        })
        .await
    }
}

async fn answer_invitation(
    ctx: &Context<'_>,
    id: &ID,
    answer: InvitationAnswer,
) -> ApiResult<AnswerInvitationPayload> {
    let id = parse_id("invitationId", id)?;
    let actor = actor(ctx)?;
    let db = db(ctx);
    let found = invitations::get(db, id).await?.ok_or(ApiError::NotFound)?;
    access::answer_invitation(actor, found.user_id)?;
    let now = Utc::now();
    let to = invitation::answer(found.status(now), answer)?;
    let saved = match invitations::answer(db, &found, to, now).await {
        // Answered (or expired) in the meantime: say why, as if it had been so before.
        Err(PersistenceError::Stale) => {
            let current = invitations::get(db, id).await?.ok_or(ApiError::NotFound)?;
            invitation::answer(current.status(Utc::now()), answer)?;
            return Err(PersistenceError::Stale.into());
        }
        other => other?,
    };
    let membership = if to == InvitationStatus::Accepted {
        users::membership(db, saved.user_id, saved.organisation_id)
            .await?
            .map(Membership::new)
    } else {
        None
    };
    Ok(AnswerInvitationPayload {
        invitation: Invitation(saved),
        membership,
    })
}

async fn set_active(ctx: &Context<'_>, user_id: &ID, active: bool) -> ApiResult<UserPayload> {
    let user_id = parse_id("userId", user_id)?;
    let db = db(ctx);
    let organisations = users::organisations_of(db, user_id).await?;
    let platform_role = users::get(db, user_id)
        .await?
        .and_then(|user| user.platform_role);
    access::deactivate_user(actor(ctx)?, user_id, platform_role, &organisations)?;
    let user = users::set_active(db, user_id, active).await?;
    Ok(UserPayload { user: User(user) })
}

impl AuditedPayload for AddMemberPayload {
    fn audited_id(&self) -> Option<uuid::Uuid> {
        Some(self.invitation.0.id)
    }
}

impl AuditedPayload for AnswerInvitationPayload {
    fn audited_id(&self) -> Option<uuid::Uuid> {
        Some(self.invitation.0.id)
    }
}

impl AuditedPayload for MembershipPayload {
    fn audited_id(&self) -> Option<uuid::Uuid> {
        Some(self.membership.uuid())
    }
}

impl AuditedPayload for UserPayload {
    fn audited_id(&self) -> Option<uuid::Uuid> {
        Some(self.user.0.id)
    }
}
