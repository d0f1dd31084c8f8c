//! The peer: PostGraphile 4.14.1, what a team would pick instead of Skupaj (point it at a
//! PostgreSQL database, get a GraphQL API), answering W1's page on the same data.
//!
//! The comparison is made as fair as it can be: the same database and settings; the page comes
//! from an inlinable `STABLE` SQL function whose statement is the one Skupaj's list runs (built by
//! `referral_page::list_sql`, so both have the same plan); PostGraphile runs in cluster mode with
//! as many workers as Skupaj has and 16 database connections in all, as Skupaj's pool; and its
//! answer must hold the same referrals as Skupaj's before anything is measured. Two variants:
//! `P1` with the officer's municipality written into the function, `P2` reading it from verified
//! JWT claims (PostGraphile then wraps each request in a transaction that sets the claims).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::Context as _;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};
use skupaj_domain::access::ReferralScope;
use skupaj_persistence::referral_page;
use skupaj_persistence::referrals::ReferralFilter;

use crate::run::{Process, free_port};

/// The version measured, installed by `scripts/bench.sh`.
pub const VERSION: &str = "4.14.1";

/// The key PostGraphile verifies the P2 tokens with (generated data only).
const JWT_SECRET: &str = "skupaj-bench-peer-key-not-for-production-0123456789";

/// W1's page, asked of PostGraphile: the same fields under PostGraphile's names.
const QUERY: &str = "query W1($first: Int) { page: FUNCTION(first: $first) { nodes { id status \
    needDomain priority respondBy createdAt participantByParticipantId { referenceCode } \
    organisationByFromOrganisationId { id name } organisationByToOrganisationId { id name } \
    programmeByProgrammeId { id titleSl } } pageInfo { hasNextPage endCursor } } }";

/// Which variant runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// The municipality and organisation written into the SQL function.
    Plain,
    /// Read from the claims of a verified JWT.
    Claims,
}

impl Variant {
    fn function(self) -> &'static str {
        match self {
            Self::Plain => "skupajW1",
            Self::Claims => "skupajW1Claims",
        }
    }
}

/// Creates what PostGraphile reads in the bench database: W1's page as two SQL functions (plain
/// and from claims), the programme title as a computed column, and the programme relation as a
/// smart comment (the column has no foreign key).
pub async fn prepare(
    database_url: &str,
    scope: &ReferralScope,
    filter: &ReferralFilter,
) -> anyhow::Result<()> {
    let statement = referral_page::list_sql(scope, filter);
    let from = statement
        .find(" FROM \"referrals\"")
        .context("the page statement has no FROM")?;
    // `SETOF referrals` needs the table's columns in the table's order.
    let plain = format!("SELECT \"referrals\".*{}", &statement[from..]);
    let municipality = scope
        .municipality
        .as_deref()
        .context("W1's officer tracks no municipality")?;
    let organisation = scope.organisation.context("W1's officer acts in none")?;
    let municipality_literal = format!("'{}'", municipality.replace('\'', "''"));
    let organisation_literal = format!("'{organisation}'");
    // The organisation is named only when the scope's condition is in the statement; W1's
    // filter (sent referrals touching the officer's municipality) stands for the scope, so
    // `list_sql` leaves it out, and only the municipality comes from the claims.
    anyhow::ensure!(
        plain.contains(&municipality_literal),
        "the page statement does not name the municipality as expected: {plain}"
    );
    let claims = plain
        .replace(
            &municipality_literal,
            "current_setting('jwt.claims.municipality', true)",
        )
        .replace(
            &organisation_literal,
            "current_setting('jwt.claims.organisation', true)::uuid",
        );
    let db = skupaj_persistence::connect(database_url).await?;
    for sql in [
        format!(
            "CREATE OR REPLACE FUNCTION skupaj_w1() RETURNS SETOF referrals \
             LANGUAGE sql STABLE AS $page$ {plain} $page$"
        ),
        format!(
            "CREATE OR REPLACE FUNCTION skupaj_w1_claims() RETURNS SETOF referrals \
             LANGUAGE sql STABLE AS $page$ {claims} $page$"
        ),
        // Programme.titleIn("sl"): the language asked for, then Slovenian, English, any other.
        "CREATE OR REPLACE FUNCTION programmes_title_sl(p programmes) RETURNS text \
         LANGUAGE sql STABLE AS $title$ SELECT coalesce(p.title::jsonb ->> 'sl', \
         p.title::jsonb ->> 'en', (SELECT value FROM jsonb_each_text(p.title::jsonb) \
         ORDER BY key LIMIT 1)) $title$"
            .to_owned(),
        "COMMENT ON TABLE referrals IS \
         E'@foreignKey (programme_id) references programmes (id)'"
            .to_owned(),
    ] {
        db.execute_unprepared(&sql)
            .await
            .with_context(|| format!("preparing the peer: {sql}"))?;
    }
    db.close().await?;
    Ok(())
}

/// A running PostGraphile.
pub struct Peer {
    process: Process,
    pub url: String,
}

impl Peer {
    /// Starts PostGraphile on `database_url` with `workers` cluster workers sharing 16
    /// connections, and waits until it answers.
    pub async fn start(
        postgraphile: &Path,
        database_url: &str,
        workers: u32,
        log: &Path,
    ) -> anyhow::Result<Self> {
        let port = free_port()?;
        let log = std::fs::File::create(log)?;
        let mut command = Command::new(postgraphile);
        command
            .arg("--connection")
            .arg(database_url)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--cluster-workers", &workers.to_string()])
            .args(["--max-pool-size", &(16 / workers.max(1)).to_string()])
            .args(["--disable-query-log", "--disable-graphiql"])
            .args(["--disable-default-mutations", "--jwt-secret", JWT_SECRET])
            .env("NODE_ENV", "production")
            .stdout(Stdio::from(log.try_clone()?))
            .stderr(Stdio::from(log));
        let process = Process::spawn(&mut command).context("start PostGraphile")?;
        let url = format!("http://127.0.0.1:{port}/graphql");
        let client = reqwest::Client::new();
        for _ in 0..1200 {
            let answered = client
                .post(&url)
                .json(&json!({ "query": "{ __typename }" }))
                .send()
                .await;
            if answered.is_ok_and(|response| response.status().is_success()) {
                return Ok(Self { process, url });
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        anyhow::bail!("PostGraphile did not answer within two minutes")
    }

    /// The most memory PostGraphile's processes (the cluster's master and its workers) have
    /// held, added up, in KiB.
    pub fn peak_memory_kib(&self) -> Option<u64> {
        tree_peak_memory_kib(self.process.id())
    }
}

/// The request body of W1's page for PostGraphile.
pub fn body(variant: Variant, first: u32) -> Value {
    json!({
        "query": QUERY.replace("FUNCTION", variant.function()),
        "variables": { "first": first }
    })
}

/// The bearer token of a variant: none for `Plain`, a signed JWT with the officer's
/// municipality and organisation for `Claims`.
pub fn token(variant: Variant, scope: &ReferralScope) -> anyhow::Result<String> {
    match variant {
        Variant::Plain => Ok(String::new()),
        Variant::Claims => {
            let claims = json!({
                "aud": "postgraphile",
                "exp": chrono::Utc::now().timestamp() + 4 * 3600,
                "municipality": scope.municipality,
                "organisation": scope.organisation.map(|id| id.to_string()),
            });
            Ok(jsonwebtoken::encode(
                &jsonwebtoken::Header::default(),
                &claims,
                &jsonwebtoken::EncodingKey::from_secret(JWT_SECRET.as_bytes()),
            )?)
        }
    }
}

/// The referral ids of a PostGraphile answer, in order.
pub fn referral_ids(answer: &Value) -> Vec<String> {
    ids(&answer["data"]["page"]["nodes"])
}

/// The referral ids of a Skupaj W1 answer, in order.
pub fn skupaj_referral_ids(answer: &Value) -> Vec<String> {
    answer["data"]["referrals"]["edges"]
        .as_array()
        .map(|edges| {
            edges
                .iter()
                .filter_map(|edge| edge["node"]["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn ids(nodes: &Value) -> Vec<String> {
    nodes
        .as_array()
        .map(|nodes| {
            nodes
                .iter()
                .filter_map(|node| node["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// `VmHWM` of a process and all its descendants, added up, in KiB.
fn tree_peak_memory_kib(pid: u32) -> Option<u64> {
    let own = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<u64>()
                .ok()
        })?;
    let children: u64 = children_of(pid)
        .into_iter()
        .filter_map(tree_peak_memory_kib)
        .sum();
    Some(own + children)
}

fn children_of(pid: u32) -> Vec<u32> {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return Vec::new();
    };
    tasks
        .flatten()
        .filter_map(|task| std::fs::read_to_string(task.path().join("children")).ok())
        .flat_map(|list| {
            list.split_whitespace()
                .filter_map(|id| id.parse().ok())
                .collect::<Vec<u32>>()
        })
        .collect()
}

/// Where `scripts/bench.sh` installs PostGraphile.
pub fn default_install() -> PathBuf {
    PathBuf::from("target/bench/postgraphile/node_modules/.bin/postgraphile")
}
