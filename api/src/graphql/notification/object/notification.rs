//! `Notification`: an entry of someone's inbox, worded in their language.

use std::sync::Arc;

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use skupaj_domain::notification;
use skupaj_domain::referral;
use skupaj_notifier::templates::Templates;

use crate::graphql::notification::NotificationKind;
use crate::graphql::referral::{CancelReason, DeclineReason, ReferralOutcome};

/// A notification, with the reader's language.
#[derive(Debug, Clone)]
pub struct Notification {
    pub inner: notification::Notification,
    pub language: String,
}

impl Notification {
    /// The notification's code read as `T`, when it is of `kind`.
    fn code_of<D: std::str::FromStr, T: From<D>>(&self, kind: NotificationKind) -> Option<T> {
        (NotificationKind::from(self.inner.kind) == kind)
            .then_some(self.inner.detail.as_deref())
            .flatten()
            .and_then(|code| code.parse::<D>().ok())
            .map(T::from)
    }
}

/// Something the signed-in user must act on. It names the kind and the record only; the words
/// are in the reader's language and carry no personal details.
#[Object]
impl Notification {
    /// The notification's id.
    async fn id(&self) -> ID {
        ID(self.inner.id.to_string())
    }

    /// What it is about.
    async fn kind(&self) -> NotificationKind {
        self.inner.kind.into()
    }

    /// The record it concerns (a referral, an enrolment, a mediation request, …).
    async fn subject_id(&self) -> ID {
        ID(self.inner.subject_id.to_string())
    }

    /// Why the referral was declined (`REFERRAL_DECLINED`); `null` for other kinds.
    async fn decline_reason(&self) -> Option<DeclineReason> {
        self.code_of::<referral::DeclineReason, _>(NotificationKind::ReferralDeclined)
    }

    /// How the referral ended (`REFERRAL_COMPLETED`); `null` for other kinds.
    async fn outcome(&self) -> Option<ReferralOutcome> {
        self.code_of::<referral::ReferralOutcome, _>(NotificationKind::ReferralCompleted)
    }

    /// Why the referral was cancelled (`REFERRAL_CANCELLED`); `null` for other kinds.
    async fn cancel_reason(&self) -> Option<CancelReason> {
        self.code_of::<referral::CancelReason, _>(NotificationKind::ReferralCancelled)
    }

    /// A short title in the reader's language.
    async fn title(&self, ctx: &Context<'_>) -> String {
        ctx.data_unchecked::<Arc<Templates>>()
            .render(self.inner.kind, &self.language, "")
            .subject
    }

    /// When it was raised.
    async fn created_at(&self) -> DateTime<Utc> {
        self.inner.created_at
    }

    /// When the user marked it read; `null` while unread.
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.inner.read_at
    }
}
