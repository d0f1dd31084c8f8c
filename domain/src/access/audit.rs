//! Who reads the audit log: auditors, and nobody else.

use super::{Actor, allow_if};
use crate::DomainError;
use crate::membership::PlatformRole;

pub fn read_audit_log(actor: &Actor) -> Result<(), DomainError> {
    allow_if(actor.platform_role == Some(PlatformRole::Auditor))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{member, platform};
    use crate::membership::MembershipRole;

    #[test]
    fn only_auditors_read_the_log() {
        assert!(read_audit_log(&platform(PlatformRole::Auditor)).is_ok());
        assert!(read_audit_log(&platform(PlatformRole::PlatformAdmin)).is_err());
        assert!(read_audit_log(&member(MembershipRole::OrgAdmin, 1)).is_err());
    }
}
