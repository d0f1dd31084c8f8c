//! Skupaj notification delivery: the worker that drains the e-mail outbox over SMTP (or into
//! files or the log in development), the multilingual templates, and the fan-out of new
//! notifications to live subscribers.

pub mod live;
pub mod mailer;
pub mod reset;
pub mod smtp;
pub mod templates;
pub mod worker;
