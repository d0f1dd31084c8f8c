//! Adding members, changing their roles, deactivating and reactivating accounts.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use skupaj_domain::access;
use skupaj_domain::email::Email;
use skupaj_domain::password::NewPassword;
use skupaj_domain::user::NewUser;
use skupaj_persistence::{organisations, users};

use crate::auth::password;
use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::parse_id;
use crate::graphql::types::enums::MembershipRole;
use crate::graphql::types::membership::Membership;
use crate::graphql::types::user::User;

/// Someone to add to an organisation. When no account has this address yet, one is opened and
/// `displayName` and `initialPassword` are required; otherwise the existing account is added.
#[derive(InputObject)]
pub struct AddMemberInput {
    /// The organisation to add them to.
    pub organisation_id: ID,
    /// Their e-mail address.
    pub email: String,
    /// Their role in the organisation.
    pub role: MembershipRole,
    /// Their name, for a new account.
    pub display_name: Option<String>,
    /// Their preferred language (ISO 639), for a new account; Slovenian by default.
    pub preferred_locale: Option<String>,
    /// A first password for a new account (at least 12 characters), to be passed on privately.
    #[graphql(secret)]
    pub initial_password: Option<String>,
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
    /// Adds a member to an organisation (its `ORG_ADMIN` or a platform administrator).
    async fn add_member(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Who to add, and as what.")] input: AddMemberInput,
    ) -> ApiResult<MembershipPayload> {
        audited(ctx, "addMember", "Membership", None, async {
            let organisation_id = parse_id("organisationId", &input.organisation_id)?;
            access::manage_members(actor(ctx)?, organisation_id)?;
            let db = db(ctx);
            if organisations::kind_of(db, organisation_id).await?.is_none() {
                return Err(ApiError::NotFound);
            }
            let email = Email::parse("email", &input.email)?;
            let user = match users::find_by_email(db, &email).await? {
                Some(user) => {
                    access::add_existing_account(actor(ctx)?, organisation_id, user.platform_role)?;
                    user
                }
                None => {
                    let new_user = NewUser::parse(
                        &input.email,
                        input.display_name.as_deref().unwrap_or_default(),
                        input.preferred_locale.as_deref().unwrap_or("sl"),
                    )?;
                    let chosen = NewPassword::parse(
                        "initialPassword",
                        input.initial_password.as_deref().unwrap_or_default(),
                    )?;
                    let hash = tokio::task::spawn_blocking(move || password::hash(chosen.expose()))
                        .await
                        .map_err(ApiError::internal)??;
                    users::create(db, &new_user, hash, None).await?
                }
            };
            let membership =
                users::add_membership(db, user.id, organisation_id, input.role.into()).await?;
            Ok(MembershipPayload {
                membership: Membership::with_user(membership, user),
            })
        })
        .await
    }

    /// Changes a member's role. An `ORG_ADMIN` cannot demote themselves.
    async fn change_member_role(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The member and the new role.")] input: ChangeMemberRoleInput,
    ) -> ApiResult<MembershipPayload> {
        audited(ctx, "changeMemberRole", "Membership", None, async {
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
        audited(ctx, "deactivateUser", "User", None, async {
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
        audited(ctx, "reactivateUser", "User", None, async {
            set_active(ctx, &input.user_id, true).await
        })
        .await
    }
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
