//! The resolver check, in the spirit of rust-analyzer's tidy tests: resolver code
//! (`api/src/graphql`) reaches data only through the application layer's handle (`app(ctx)`),
//! and leaves every access decision to the policy. A plain scan of the sources, run by the
//! test suite (`e2e/tidy.rs`), so CI fails on a resolver that breaks the rule.

use std::path::{Path, PathBuf};

/// What resolver code must not write, and why.
pub const RULES: &[(&str, &str)] = &[
    (
        "skupaj_persistence",
        "reaches the repositories: call a use case through `app(ctx)`",
    ),
    ("sea_orm", "reaches the database library"),
    (
        "db(",
        "takes the raw database: call a use case through `app(ctx)`",
    ),
    (
        "ApiError::Forbidden",
        "decides access by itself: let the policy refuse (`skupaj_domain::access`)",
    ),
    (
        "ErrorCode::Forbidden",
        "decides access by itself: let the policy refuse (`skupaj_domain::access`)",
    ),
];

/// The GraphQL layer's plumbing, which the rules do not apply to: building the schema, the
/// request context (which holds the handle), mapping errors to codes, the audit mechanism and
/// the shape limits.
pub const PLUMBING: &[&str] = &["mod.rs", "context.rs", "error.rs", "audit.rs", "limits.rs"];

/// One line that breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The file, relative to `api/src/graphql`.
    pub file: String,
    pub line: usize,
    pub rule: &'static str,
    pub why: &'static str,
}

/// The lines of `source` (the file `file`) that break a rule; comments are not code.
pub fn violations(file: &str, source: &str) -> Vec<Violation> {
    let mut found = Vec::new();
    for (index, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        for (rule, why) in RULES {
            if breaks(code, rule) {
                found.push(Violation {
                    file: file.to_owned(),
                    line: index + 1,
                    rule,
                    why,
                });
            }
        }
    }
    found
}

/// Whether `code` holds `rule` as a name of its own (so `state_db(` is not `db(`).
fn breaks(code: &str, rule: &str) -> bool {
    code.match_indices(rule).any(|(at, _)| {
        !code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// Every violation in the resolver code under `graphql` (the `api/src/graphql` folder).
pub fn scan(graphql: &Path) -> Vec<Violation> {
    let mut files = Vec::new();
    collect(graphql, &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in files {
        let file = path
            .strip_prefix(graphql)
            .expect("under the folder")
            .to_string_lossy()
            .replace('\\', "/");
        if PLUMBING.contains(&file.as_str()) {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a readable source file");
        found.extend(violations(&file, &source));
    }
    found
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_resolver_reaching_the_database_fails_the_check() {
        let source = "async fn referrals(ctx: &Context<'_>) {\n    \
                      let rows = skupaj_persistence::referrals::list(db(ctx), filter).await?;\n}\n";
        let found = violations("query/referrals.rs", source);
        let rules: Vec<&str> = found.iter().map(|v| v.rule).collect();
        assert_eq!(rules, ["skupaj_persistence", "db("]);
        assert!(
            found
                .iter()
                .all(|v| v.line == 2 && v.file == "query/referrals.rs")
        );
    }

    #[test]
    fn a_resolver_deciding_access_fails_the_check() {
        let source = "if !mine { return Err(ApiError::Forbidden); }";
        let found = violations("mutation/referrals.rs", source);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "ApiError::Forbidden");
    }

    #[test]
    fn the_handle_and_comments_pass() {
        let source = "// not db(ctx) but the handle:\n\
                      let page = app(ctx)?.referrals().page(filter).await?;\n\
                      let x = state_db(1);";
        assert_eq!(violations("query/referrals.rs", source), []);
    }
}
