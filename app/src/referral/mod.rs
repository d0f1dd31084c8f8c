//! Referrals: reading them as the policy lets the actor ([`read`]), the steps of their
//! lifecycle ([`act`]), the one referral step every path writes through ([`step`]), and the
//! steps enrolments drive ([`follow`]).

mod act;
mod follow;
mod read;
pub mod seed;
mod step;

pub use act::{CreateReferral, Created};
pub use follow::{EnrolmentFollower, after_enrolment, operation_of};
pub use skupaj_persistence::enrolments::EnrolmentChange;
pub use skupaj_persistence::referral_page::{
    Fetch, ListedReferral, OrganisationLabel, ProgrammeLabel, Related, Relations,
};
pub use skupaj_persistence::referrals::{ActedBy, ReferralFilter, ReferralStats};

use crate::Handle;

/// The use cases on referrals, for one actor.
#[derive(Debug, Clone, Copy)]
pub struct Referrals<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Referrals, as the actor may see them and act on them.
    pub fn referrals(self) -> Referrals<'a> {
        Referrals(self)
    }
}

impl Referrals<'_> {
    /// The history's author for the actor's steps.
    fn acted_by(&self) -> ActedBy {
        let actor = self.0.actor();
        ActedBy {
            user_id: Some(actor.user_id),
            organisation_id: actor.organisation_id(),
        }
    }
}
