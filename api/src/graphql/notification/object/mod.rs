//! The output types of notifications, one per file.

mod mark_notifications_read_payload;
mod notification;
mod notification_preference;
mod notification_preference_payload;

pub use mark_notifications_read_payload::*;
pub use notification::*;
pub use notification_preference::*;
pub use notification_preference_payload::*;
