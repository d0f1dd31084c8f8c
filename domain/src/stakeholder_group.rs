//! Stakeholder groups: a municipality's local partnership of organisations, with at least two
//! coordinators (the field report warns against relying on one person).

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::{ValidationError, text};

/// A local multi-stakeholder group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StakeholderGroup {
    pub id: Uuid,
    pub name: String,
    /// The municipality that convenes it (an organisation of kind `MUNICIPALITY`).
    pub convener_id: Uuid,
    pub member_ids: Vec<Uuid>,
    pub coordinator_ids: Vec<Uuid>,
    pub created_at: DateTime<Utc>,
}

/// The smallest number of coordinators a group may have.
pub const MIN_COORDINATORS: usize = 2;

/// Validates a group's name, members and coordinators (repeats are dropped).
pub fn check_group(
    name: &str,
    mut members: Vec<Uuid>,
    mut coordinators: Vec<Uuid>,
) -> Result<(String, Vec<Uuid>, Vec<Uuid>), ValidationError> {
    members.sort();
    members.dedup();
    coordinators.sort();
    coordinators.dedup();
    if coordinators.len() < MIN_COORDINATORS {
        return Err(ValidationError::new(
            "coordinatorUserIds",
            format!(
                "a group needs at least {MIN_COORDINATORS} coordinators, so it never rests on one person"
            ),
        ));
    }
    Ok((text::required("name", name, 200)?, members, coordinators))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_needs_two_coordinators() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        assert_eq!(
            check_group("Koper", vec![], vec![a, a]).unwrap_err().field,
            "coordinatorUserIds"
        );
        assert!(check_group("Koper", vec![a], vec![a, b]).is_ok());
        assert_eq!(
            check_group(" ", vec![], vec![a, b]).unwrap_err().field,
            "name"
        );
    }
}
