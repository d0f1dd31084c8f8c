//! ARCHITECTURE.md stays true about where things are: every path it names exists.

use std::path::{Path, PathBuf};

/// Where a path named in ARCHITECTURE.md may be relative to: the repository, a crate, a crate's
/// sources, and the folders whose files the code map lists by their short names.
const BASES: &[&str] = &[
    "",
    "domain",
    "domain/src",
    "persistence",
    "persistence/src",
    "app",
    "app/src",
    "notifier",
    "notifier/src",
    "api",
    "api/src",
    "api/src/graphql",
    "tests",
    "tests/src",
    "tests/tests",
    "bench",
    "bench/src",
    "vendor/async-graphql/src",
    "web",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives in the repository")
        .to_owned()
}

/// The backticked names that are paths in the repository: they hold a `/` and are not URLs,
/// routes, npm packages (`@scope/name`), patterns or paths outside it.
fn named_paths(text: &str) -> Vec<&str> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter(|name| name.contains('/') && !name.contains(char::is_whitespace))
        .filter(|name| !name.starts_with(['/', '@']) && !name.starts_with("../"))
        .filter(|name| !name.contains("://") && !name.contains(['{', '*', '<', '$']))
        .collect()
}

#[test]
fn every_path_the_architecture_names_exists() {
    let root = root();
    let text = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let named = named_paths(&text);
    assert!(named.len() > 20, "too few paths found: {named:?}");
    let missing: Vec<&str> = named
        .into_iter()
        .filter(|name| !BASES.iter().any(|base| root.join(base).join(name).exists()))
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names paths that do not exist: {missing:?}"
    );
}

#[test]
fn the_check_reads_paths_and_skips_what_is_not_one() {
    let named = named_paths(
        "`api/src/server.rs` and `gone/file.rs`; not `/graphql`, `smtps://`, `a b/c`, `@scope/pkg`, \
         `locales/{sl,en}.ftl`, `src/*.rs` or `../shared/DESIGN.md`; `plain.rs` has no folder",
    );
    assert_eq!(named, vec!["api/src/server.rs", "gone/file.rs"]);
    let root = root();
    assert!(root.join(named[0]).exists());
    assert!(
        !BASES
            .iter()
            .any(|base| root.join(base).join(named[1]).exists())
    );
}
