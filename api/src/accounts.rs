//! Opening accounts outside the API: the first platform administrator, and demo users.

use skupaj_domain::membership::{MembershipRole, PlatformRole};
use skupaj_domain::password::NewPassword;
use skupaj_domain::user::{NewUser, User};
use skupaj_persistence::{Database, users};

use crate::auth::password;

/// Opens an account with a platform role, or gives an existing account that role (and sets its
/// password), so that running it twice with the same address is harmless.
pub async fn ensure_platform_user(
    db: &Database,
    new_user: &NewUser,
    chosen_password: &NewPassword,
    role: PlatformRole,
) -> anyhow::Result<User> {
    let hash = password::hash(chosen_password.expose())?;
    if let Some(existing) = users::find_by_email(db, &new_user.email).await? {
        users::set_platform_role(db, existing.id, Some(role)).await?;
        users::set_password_hash(db, existing.id, hash).await?;
        return users::get(db, existing.id)
            .await?
            .ok_or_else(|| anyhow::anyhow!("account vanished"));
    }
    Ok(users::create(db, new_user, hash, Some(role)).await?)
}

/// Opens an account (or finds the one with this address) and makes it a member of an
/// organisation at once, without an invitation: for demo data and test fixtures, never
/// reachable through the API, where joining takes the person's own acceptance.
pub async fn ensure_member(
    db: &Database,
    new_user: &NewUser,
    chosen_password: &NewPassword,
    organisation_id: uuid::Uuid,
    role: MembershipRole,
) -> anyhow::Result<User> {
    let user = match users::find_by_email(db, &new_user.email).await? {
        Some(user) => user,
        None => {
            let hash = password::hash(chosen_password.expose())?;
            users::create(db, new_user, hash, None).await?
        }
    };
    if users::membership(db, user.id, organisation_id)
        .await?
        .is_none()
    {
        users::add_membership(db, user.id, organisation_id, role).await?;
    }
    Ok(user)
}
