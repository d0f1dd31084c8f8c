//! Inviting members and answering invitations, changing roles, deactivating and reactivating accounts.

use async_graphql::{Context, ID, Object, SimpleObject};
use skupaj_app::invitation::Invitee;
use skupaj_domain::invitation::InvitationAnswer;

use crate::graphql::account::User;
use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::member::Invitation;
use crate::graphql::member::Membership;
use crate::graphql::member::inputs::*;
use crate::graphql::pagination::parse_id;

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
        let organisation_id = parse_id("organisationId", &input.organisation_id)?;
        let invitee = Invitee {
            email: &input.email,
            role: input.role.into(),
            display_name: &input.display_name,
            preferred_locale: input.preferred_locale.as_deref(),
            initial_password: &input.initial_password,
        };
        let invitation = app(ctx)?
            .invitations()
            .invite(organisation_id, invitee)
            .await?;
        Ok(AddMemberPayload {
            invitation: Invitation(invitation),
        })
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
        answer_invitation(ctx, &input.invitation_id, InvitationAnswer::Accept).await
    }

    /// Declines an invitation, under the same rules as accepting it.
    async fn decline_invitation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The invitation.")] input: AnswerInvitationInput,
    ) -> ApiResult<AnswerInvitationPayload> {
        answer_invitation(ctx, &input.invitation_id, InvitationAnswer::Decline).await
    }

    /// Changes a member's role. An `ORG_ADMIN` cannot demote themselves.
    async fn change_member_role(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The member and the new role.")] input: ChangeMemberRoleInput,
    ) -> ApiResult<MembershipPayload> {
        let organisation_id = parse_id("organisationId", &input.organisation_id)?;
        let user_id = parse_id("userId", &input.user_id)?;
        let membership = app(ctx)?
            .memberships()
            .change_role(organisation_id, user_id, input.role.into())
            .await?;
        Ok(MembershipPayload {
            membership: Membership::new(membership),
        })
    }

    /// Deactivates an account: the user can no longer sign in, and every token they hold stops
    /// working at once. A platform administrator deactivates anyone else; an `ORG_ADMIN` only
    /// people whose every membership is in their organisation.
    async fn deactivate_user(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account.")] input: SetUserActiveInput,
    ) -> ApiResult<UserPayload> {
        set_active(ctx, &input.user_id, false).await
    }

    /// Reactivates a deactivated account, under the same rule as deactivation.
    async fn reactivate_user(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account.")] input: SetUserActiveInput,
    ) -> ApiResult<UserPayload> {
        set_active(ctx, &input.user_id, true).await
    }
}

async fn answer_invitation(
    ctx: &Context<'_>,
    id: &ID,
    answer: InvitationAnswer,
) -> ApiResult<AnswerInvitationPayload> {
    let id = parse_id("invitationId", id)?;
    let (invitation, membership) = app(ctx)?.invitations().answer(id, answer).await?;
    Ok(AnswerInvitationPayload {
        invitation: Invitation(invitation),
        membership: membership.map(Membership::new),
    })
}

async fn set_active(ctx: &Context<'_>, user_id: &ID, active: bool) -> ApiResult<UserPayload> {
    let user_id = parse_id("userId", user_id)?;
    let user = app(ctx)?.accounts().set_active(user_id, active).await?;
    Ok(UserPayload { user: User(user) })
}
