//! The signed-in user's notifications: the inbox, marking read, and e-mail preferences.

use skupaj_domain::DomainError;
use skupaj_domain::access::manage_own_notifications;
use skupaj_domain::notification::{Notification, NotificationKind};
use skupaj_persistence::audit;
use skupaj_persistence::page::Page;
use skupaj_persistence::{notifications, sessions, users};
use uuid::Uuid;

use crate::{AppResult, Handle};

/// At most this many notifications are marked read by name at a time.
pub const MARK_AT_MOST: usize = 100;

/// Which notifications to mark read.
#[derive(Debug, Clone)]
pub enum Marking {
    /// Every unread notification of the user.
    All,
    /// These (the user's own; others are ignored).
    These(Vec<Uuid>),
}

/// The use cases of one user's notifications.
#[derive(Debug, Clone, Copy)]
pub struct Notifications<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// The actor's own notifications.
    pub fn notifications(self) -> Notifications<'a> {
        Notifications(self)
    }
}

impl Notifications<'_> {
    /// A page of the inbox, unread first, then newest first; with the language to write them in.
    pub async fn inbox(
        &self,
        unread_only: bool,
        after: Option<(bool, Uuid)>,
        first: u64,
    ) -> AppResult<(Page<Notification>, String)> {
        let user = self.0.actor().user_id;
        let page = notifications::inbox(self.0.db(), user, unread_only, after, first).await?;
        Ok((page, self.language().await?))
    }

    /// One of the actor's notifications, with the language to write it in; someone else's is
    /// `None`, like one that does not exist.
    pub async fn one(&self, id: Uuid) -> AppResult<Option<(Notification, String)>> {
        match self.own(id).await? {
            Some(notification) => Ok(Some((notification, self.language().await?))),
            None => Ok(None),
        }
    }

    /// How many are unread.
    pub async fn unread_count(&self) -> AppResult<u64> {
        Ok(notifications::unread_count(self.0.db(), self.0.actor().user_id).await?)
    }

    /// The kinds whose e-mail the actor turned off.
    pub async fn email_off(&self) -> AppResult<Vec<NotificationKind>> {
        Ok(notifications::email_off(self.0.db(), self.0.actor().user_id).await?)
    }

    /// Marks notifications read; answers how many became read and how many are still unread.
    pub async fn mark_read(&self, marking: Marking) -> AppResult<(u64, u64)> {
        audit::about("Notification", None);
        if let Marking::These(ids) = &marking
            && ids.len() > MARK_AT_MOST
        {
            return Err(DomainError::validation(
                "ids",
                format!("at most {MARK_AT_MOST} at a time (or set all)"),
            )
            .into());
        }
        let permit = manage_own_notifications(self.0.actor());
        let user = self.0.actor().user_id;
        let ids = match &marking {
            Marking::All => None,
            Marking::These(ids) => Some(ids.as_slice()),
        };
        let marked = notifications::mark_read(self.0.db(), permit, user, ids).await?;
        Ok((marked, self.unread_count().await?))
    }

    /// Turns e-mail on or off for one kind (not for kinds whose e-mail always goes out).
    pub async fn set_email(&self, kind: NotificationKind, email: bool) -> AppResult<()> {
        audit::about("User", Some(self.0.actor().user_id));
        if kind.email_always() {
            return Err(DomainError::validation(
                "kind",
                "this kind's e-mail is always sent and cannot be turned off",
            )
            .into());
        }
        let permit = manage_own_notifications(self.0.actor());
        let user = self.0.actor().user_id;
        notifications::set_email(self.0.db(), permit, user, kind, email).await?;
        Ok(())
    }

    /// Whether the actor's `session` is still open and their account still active: a live
    /// subscription, whose token was checked only when it opened, delivers nothing more once
    /// it is not (a failure to tell counts as not).
    pub async fn still_signed_in(&self, session: Uuid) -> bool {
        let db = self.0.db();
        let session_open = matches!(sessions::live(db, session).await, Ok(Some(_)));
        let active = matches!(
            users::get(db, self.0.actor().user_id).await,
            Ok(Some(user)) if user.active
        );
        session_open && active
    }

    /// One of the actor's notifications, without the language (a live subscription knows it);
    /// someone else's is `None`, like one that does not exist.
    pub async fn own(&self, id: Uuid) -> AppResult<Option<Notification>> {
        let user = self.0.actor().user_id;
        Ok(notifications::get_many(self.0.db(), &[id])
            .await?
            .pop()
            .filter(|notification| notification.user_id == user))
    }

    /// The language the actor reads notifications in.
    pub async fn language(&self) -> AppResult<String> {
        Ok(users::get(self.0.db(), self.0.actor().user_id)
            .await?
            .map(|user| user.preferred_locale.to_string())
            .unwrap_or_default())
    }
}
