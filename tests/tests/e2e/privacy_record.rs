//! PRIVACY.md, the record of processing, stays true: every column of every participant-related
//! table in the migrated database is named in the table's section there.

use std::collections::BTreeMap;
use std::path::Path;

use sea_orm::{ConnectionTrait, DbBackend, Statement};
use skupaj_tests::TestApp;

/// Columns that tie a row to a participant or to a record about one.
const TIES: &[&str] = &[
    "participant_id",
    "referral_id",
    "enrolment_id",
    "mentorship_id",
];

/// Tables about participants by their name, whatever their columns.
const PREFIXES: &[&str] = &[
    "participant",
    "consent",
    "referral",
    "enrolment",
    "life_",
    "mentorship",
    "mediation",
];

/// Tables that hold ids of records about participants without a tying column.
const ALSO: &[&str] = &["attendance", "notifications", "email_outbox", "audit_log"];

/// Every table of the database with its columns.
async fn schema(app: &TestApp) -> BTreeMap<String, Vec<String>> {
    let backend = app.db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "SELECT table_name AS t, column_name AS c FROM information_schema.columns \
             WHERE table_schema = current_schema()"
        }
        _ => {
            "SELECT m.name AS t, p.name AS c FROM sqlite_master m \
             JOIN pragma_table_info(m.name) p WHERE m.type = 'table'"
        }
    };
    let rows = app
        .db
        .query_all_raw(Statement::from_string(backend, sql))
        .await
        .expect("the schema reads");
    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in rows {
        let table: String = row.try_get("", "t").expect("a table name");
        let column: String = row.try_get("", "c").expect("a column name");
        tables.entry(table).or_default().push(column);
    }
    tables
}

fn participant_related(table: &str, columns: &[String]) -> bool {
    columns.iter().any(|c| TIES.contains(&c.as_str()))
        || PREFIXES.iter().any(|prefix| table.starts_with(prefix))
        || ALSO.contains(&table)
}

/// The text of each `### \`table\`` section of PRIVACY.md, by table.
fn sections(text: &str) -> BTreeMap<String, String> {
    let mut sections = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        if let Some(name) = line
            .strip_prefix("### `")
            .and_then(|rest| rest.strip_suffix('`'))
        {
            sections.extend(current.take());
            current = Some((name.to_owned(), String::new()));
        } else if line.starts_with("## ") || line.starts_with("### ") {
            sections.extend(current.take());
        } else if let Some((_, body)) = current.as_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    sections.extend(current);
    sections
}

/// What PRIVACY.md leaves out of the schema: `table.column` names, and tables without a section.
fn missing(schema: &BTreeMap<String, Vec<String>>, record: &str) -> Vec<String> {
    let sections = sections(record);
    let mut missing = Vec::new();
    for (table, columns) in schema {
        if !participant_related(table, columns) {
            continue;
        }
        let Some(section) = sections.get(table) else {
            missing.push(format!("{table} (no section)"));
            continue;
        };
        for column in columns {
            if !section.contains(&format!("`{column}`")) {
                missing.push(format!("{table}.{column}"));
            }
        }
    }
    missing
}

#[tokio::test]
async fn every_column_of_a_participant_related_table_is_in_the_record_of_processing() {
    let app = TestApp::spawn().await;
    let schema = schema(&app).await;
    assert!(
        schema.contains_key("participants") && schema.contains_key("audit_log"),
        "the schema was read: {:?}",
        schema.keys()
    );
    let record =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../PRIVACY.md"))
            .expect("PRIVACY.md is at the repository's root");
    assert_eq!(
        missing(&schema, &record),
        Vec::<String>::new(),
        "PRIVACY.md must name every column of every participant-related table"
    );
}

#[test]
fn the_check_finds_a_column_or_a_table_the_record_leaves_out() {
    let schema: BTreeMap<String, Vec<String>> = [
        ("participants", vec!["id", "given_name", "shoe_size"]),
        ("placements", vec!["id", "participant_id"]),
        ("organisations", vec!["id", "name"]),
    ]
    .into_iter()
    .map(|(t, cs)| (t.to_owned(), cs.into_iter().map(str::to_owned).collect()))
    .collect();
    let record = "## Tables\n\n### `participants`\n\n| `id`, `given_name` | identity |\n\n## Other\n`shoe_size`\n";
    assert_eq!(
        missing(&schema, record),
        vec!["participants.shoe_size", "placements (no section)"]
    );
}
