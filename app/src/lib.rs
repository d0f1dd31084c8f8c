//! Skupaj's application layer: one module per aggregate, one function per use case.
//!
//! A use case loads what it acts on, asks the access policy (`skupaj_domain::access`), runs the
//! domain rule, writes the decided change in one transaction (the write takes the policy's
//! [`Permit`](skupaj_domain::access::Permit)) and raises its events. The API reaches data only
//! through a [`Handle`], made per request from the actor, whose reads apply the policy's scopes.
//! Resolvers parse input, call a use case and wrap its result; repositories
//! (`skupaj_persistence`) read and write what they are told.
//!
//! A crate rather than a module tree of `api`: the compiler then keeps the direction
//! (domain ← persistence ← app ← api), and use cases are tested here, without HTTP.

pub mod account;
pub mod audit;
pub mod caseload;
pub mod consent;
pub mod data_export;
pub mod emergency_access;
pub mod enrolment;
pub mod error;
pub mod export;
pub mod handle;
pub mod indicator;
pub mod invitation;
pub mod life_card;
pub mod lookup;
pub mod matching;
pub mod mediation;
pub mod membership;
pub mod mentorship;
pub mod notification;
pub mod organisation;
pub mod participant;
pub mod placement;
pub mod programme;
pub mod rectification;
pub mod referral;
pub mod retention;
pub mod session;
pub mod stakeholder_group;
pub mod vacancy;

pub use error::{AppError, AppResult};
pub use handle::{App, Handle, Public};
#[cfg(test)]
pub(crate) mod testing;
