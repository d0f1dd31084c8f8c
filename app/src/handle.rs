//! The way from the API to data: an [`App`] shared by every request, and per request a
//! [`Handle`] acting as one actor (or [`Public`] for what needs no sign-in).

use skupaj_domain::access::Actor;
use skupaj_domain::emergency_access::GrantDuration;
use skupaj_persistence::Database;

/// The application, shared by every request.
#[derive(Debug, Clone)]
pub struct App {
    db: Database,
    /// How long an emergency access grant lasts.
    grant_duration: GrantDuration,
}

impl App {
    pub fn new(db: Database) -> Self {
        Self {
            db,
            grant_duration: GrantDuration::default(),
        }
    }

    /// The application with emergency access grants lasting `duration` (the setting).
    #[must_use]
    pub fn with_grant_duration(mut self, duration: GrantDuration) -> Self {
        self.grant_duration = duration;
        self
    }

    /// The same application reading and writing through `db` (an HTTP worker's own pool of
    /// the same database).
    #[must_use]
    pub fn on(&self, db: Database) -> Self {
        Self {
            db,
            grant_duration: self.grant_duration,
        }
    }

    /// The handle of one request, acting as `actor`: every read it makes applies the policy's
    /// scopes for `actor`, every write it makes takes the policy's permit.
    pub fn acting_as<'a>(&'a self, actor: &'a Actor) -> Handle<'a> {
        Handle {
            db: &self.db,
            actor,
            grant_duration: self.grant_duration,
        }
    }

    /// What anyone may do without signing in: sign in, accept an invitation, reset a password.
    pub fn public(&self) -> Public<'_> {
        Public { db: &self.db }
    }

    /// The database, for the platform jobs of this crate only (retention).
    pub(crate) fn db(&self) -> &Database {
        &self.db
    }
}

/// One request's way to data, acting as one actor. Use cases are its methods, grouped by
/// aggregate (`handle.notifications().mark_read(…)`).
#[derive(Debug, Clone, Copy)]
pub struct Handle<'a> {
    db: &'a Database,
    actor: &'a Actor,
    grant_duration: GrantDuration,
}

impl<'a> Handle<'a> {
    /// Who acts.
    pub fn actor(&self) -> &'a Actor {
        self.actor
    }

    /// The database, for the use cases of this crate only.
    pub(crate) fn db(&self) -> &'a Database {
        self.db
    }

    /// How long an emergency access grant lasts, as configured.
    pub(crate) fn grant_duration(&self) -> GrantDuration {
        self.grant_duration
    }
}

/// The way to data for a request with no signed-in user.
#[derive(Debug, Clone, Copy)]
pub struct Public<'a> {
    db: &'a Database,
}

impl<'a> Public<'a> {
    /// The database, for the use cases of this crate only.
    pub(crate) fn db(&self) -> &'a Database {
        self.db
    }
}
