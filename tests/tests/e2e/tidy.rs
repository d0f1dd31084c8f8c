//! The resolver check (`skupaj_tests::tidy`) on the tree: no resolver reaches the database or
//! decides access by itself, except the files not yet moved to the application layer, listed
//! here. The list only shrinks: a file on it that no longer breaks a rule fails the check too,
//! so it is struck off when it moves.

use std::collections::BTreeSet;
use std::path::Path;

use skupaj_tests::tidy::scan;

/// Resolver files still reaching the database themselves (issue 12 moves them to `app`).
const NOT_YET_MOVED: &[&str] = &[];

#[test]
fn no_resolver_reaches_the_database_or_decides_access() {
    let graphql = Path::new(env!("CARGO_MANIFEST_DIR")).join("../api/src/graphql");
    let found = scan(&graphql);
    let offending: Vec<String> = found
        .iter()
        .filter(|violation| !NOT_YET_MOVED.contains(&violation.file.as_str()))
        .map(|v| format!("{}:{}: `{}` {}", v.file, v.line, v.rule, v.why))
        .collect();
    assert!(
        offending.is_empty(),
        "resolver code must go through the handle:\n{}",
        offending.join("\n")
    );
    let still: BTreeSet<&str> = found.iter().map(|v| v.file.as_str()).collect();
    let moved: Vec<&&str> = NOT_YET_MOVED
        .iter()
        .filter(|file| !still.contains(**file))
        .collect();
    assert!(
        moved.is_empty(),
        "these files keep the rules now: strike them off NOT_YET_MOVED: {moved:?}"
    );
}
