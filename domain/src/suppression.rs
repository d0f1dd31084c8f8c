//! Small-cell suppression: an aggregate that leaves the server for a viewer not entitled to the
//! rows behind it describes at least `MIN_CELL` people, or it is withheld. A count under five is
//! withheld (zero included: "nobody" is as telling as "one"), and so is a rate whose group (its
//! denominator, in people) is under five. Organisers of a programme, who see its enrolments
//! anyway, get the figures in full.

/// The smallest group of people a published figure may describe (k).
pub const MIN_CELL: u32 = 5;

/// A count of people, or `None` when under `MIN_CELL`.
pub fn count(people: u32) -> Option<u32> {
    (people >= MIN_CELL).then_some(people)
}

/// A rate over a group of `people`, or `None` when the group is under `MIN_CELL`.
pub fn rate(value: Option<f64>, people: u32) -> Option<f64> {
    value.filter(|_| people >= MIN_CELL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_under_five_are_withheld() {
        assert_eq!(count(0), None);
        assert_eq!(count(4), None);
        assert_eq!(count(5), Some(5));
        assert_eq!(rate(Some(0.5), 2), None);
        assert_eq!(rate(Some(0.5), 4), None);
        assert_eq!(rate(Some(0.5), 5), Some(0.5));
        assert_eq!(rate(None, 10), None);
    }
}
