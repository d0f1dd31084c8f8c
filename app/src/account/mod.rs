//! Accounts: deactivating and reactivating them, changing one's password, and resetting a
//! forgotten one by e-mail.

pub mod password;

use chrono::{DateTime, Duration, Utc};
use skupaj_domain::DomainError;
use skupaj_domain::access;
use skupaj_domain::email::Email;
use skupaj_domain::password::NewPassword;
use skupaj_domain::user::User;
use skupaj_persistence::{Database, audit, passwords, users};
use uuid::Uuid;

use crate::session::{Attempt, RateLimits, account_key, address_key};
use crate::{AppError, AppResult, Handle, Public};

/// How long a reset link works.
pub const RESET_VALID_MINUTES: i64 = 30;

/// Hashes a password off the async workers (argon2 is deliberately slow).
pub(crate) async fn hash_off_thread(chosen: NewPassword) -> AppResult<String> {
    Ok(
        tokio::task::spawn_blocking(move || password::hash(chosen.expose()))
            .await
            .map_err(anyhow::Error::from)??,
    )
}

/// The answer to a reset token that does not work.
fn invalid_token() -> AppError {
    DomainError::validation(
        "token",
        "the link is not valid: it was used, has expired or was replaced; ask for a new one",
    )
    .into()
}

/// The use cases on accounts of a signed-in actor.
#[derive(Debug, Clone, Copy)]
pub struct Accounts<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Accounts: one's own, and those an admin manages.
    pub fn accounts(self) -> Accounts<'a> {
        Accounts(self)
    }
}

impl Accounts<'_> {
    /// Deactivates (`active` false: every session ends at once) or reactivates an account. A
    /// platform administrator does it to anyone else; an organisation admin only to people
    /// whose every membership is in their organisation.
    pub async fn set_active(&self, user_id: Uuid, active: bool) -> AppResult<User> {
        audit::about("User", Some(user_id));
        let db = self.0.db();
        let organisations = users::organisations_of(db, user_id).await?;
        let platform_role = users::get(db, user_id)
            .await?
            .and_then(|user| user.platform_role);
        let permit =
            access::deactivate_user(self.0.actor(), user_id, platform_role, &organisations)?;
        Ok(users::set_active(db, permit, user_id, active).await?)
    }

    /// Changes the actor's password, given the current one (a wrong one counts against the
    /// rate limits); every other session ends, `session_id` (the request's) stays. Answers how
    /// many sessions ended.
    pub async fn change_password(
        &self,
        session_id: Uuid,
        old_password: String,
        new_password: &str,
        client_address: Option<&str>,
        limits: &RateLimits,
    ) -> AppResult<u64> {
        audit::about("User", None);
        let db = self.0.db();
        let user_id = self.0.actor().user_id;
        let Some(user) = users::get(db, user_id).await? else {
            return Err(AppError::Unauthenticated("the account no longer exists"));
        };
        let attempt = Attempt::new(
            limits,
            vec![
                (account_key(user.email.as_str()), limits.per_account),
                (address_key(client_address), limits.per_address),
            ],
        );
        attempt.check(db).await?;
        let new = NewPassword::parse("newPassword", new_password)?;
        if new_password == old_password {
            return Err(DomainError::validation(
                "newPassword",
                "must differ from the current password",
            )
            .into());
        }
        let Some(credentials) = users::find_credentials(db, &user.email).await? else {
            return Err(AppError::Unauthenticated("the account no longer exists"));
        };
        let new_hash = tokio::task::spawn_blocking(move || {
            password::verify(&old_password, &credentials.password_hash)
                .then(|| password::hash(new.expose()))
                .transpose()
        })
        .await
        .map_err(anyhow::Error::from)??;
        let Some(new_hash) = new_hash else {
            attempt.fail(db).await?;
            return Err(DomainError::validation(
                "oldPassword",
                "the current password is not correct",
            )
            .into());
        };
        let permit = access::manage_own_account(self.0.actor());
        let ended = passwords::change(db, permit, user_id, new_hash, session_id).await?;
        attempt.clear_first(db).await?;
        Ok(ended)
    }
}

/// The use cases on accounts that need no signed-in user.
#[derive(Debug, Clone, Copy)]
pub struct AccountRecovery<'a>(Public<'a>);

impl<'a> Public<'a> {
    /// Resetting a forgotten password.
    pub fn account_recovery(self) -> AccountRecovery<'a> {
        AccountRecovery(self)
    }
}

impl AccountRecovery<'_> {
    /// Asks for a reset link for `email`. Every request counts against the rate limits
    /// (they bound the e-mails one address or one client can cause). The answer comes before
    /// the address is looked up, so neither it nor its timing tells whether it has an account:
    /// the request for its active account, if any, is recorded in the background (its e-mail
    /// goes through the outbox). `token_digest` makes a reset's token (by its id) and answers
    /// the digest to store. Answers how many minutes a link works.
    pub async fn request_reset(
        &self,
        email: &str,
        client_address: Option<&str>,
        limits: &RateLimits,
        token_digest: impl FnOnce(Uuid) -> String + Send + 'static,
    ) -> AppResult<i64> {
        audit::about("User", None);
        let db = self.0.db();
        let attempt = Attempt::new(
            limits,
            vec![
                (format!("reset:{}", account_key(email)), limits.per_account),
                (
                    format!("reset:{}", address_key(client_address)),
                    limits.per_address,
                ),
            ],
        );
        attempt.check(db).await?;
        let email = Email::parse("email", email)?;
        attempt.fail(db).await?;
        let db = db.clone();
        let expires_at = Utc::now() + Duration::minutes(RESET_VALID_MINUTES);
        tokio::spawn(async move {
            if let Err(err) = record_reset(&db, &email, token_digest, expires_at).await {
                tracing::error!(error = ?err, "a password reset request was not recorded");
            }
        });
        Ok(RESET_VALID_MINUTES)
    }

    /// Sets a new password with the token of a reset link: it works once and in time. A token
    /// that does not work (`token_digest` is `None` when it is malformed) is `VALIDATION` on
    /// `token` and counts against the client's rate limit. Every session of the account ends.
    pub async fn reset(
        &self,
        token_digest: Option<String>,
        new_password: &str,
        client_address: Option<&str>,
        limits: &RateLimits,
    ) -> AppResult<()> {
        audit::about("User", None);
        let db = self.0.db();
        let attempt = Attempt::new(
            limits,
            vec![(
                format!("reset:{}", address_key(client_address)),
                limits.per_address,
            )],
        );
        attempt.check(db).await?;
        let new = NewPassword::parse("newPassword", new_password)?;
        let Some(token_digest) = token_digest else {
            attempt.fail(db).await?;
            return Err(invalid_token());
        };
        let new_hash = hash_off_thread(new).await?;
        let permit = access::reset_password_by_token();
        match passwords::reset(db, permit, &token_digest, new_hash).await? {
            Some(_) => Ok(()),
            None => {
                attempt.fail(db).await?;
                Err(invalid_token())
            }
        }
    }
}

/// Records a reset request for the address's active account, if there is one.
async fn record_reset(
    db: &Database,
    email: &Email,
    token_digest: impl FnOnce(Uuid) -> String,
    expires_at: DateTime<Utc>,
) -> AppResult<()> {
    let Some(user) = users::find_by_email(db, email).await? else {
        return Ok(());
    };
    if !user.active {
        return Ok(());
    }
    let id = Uuid::now_v7();
    let permit = access::request_password_reset();
    passwords::request_reset(db, permit, id, user.id, token_digest(id), expires_at).await?;
    Ok(())
}
