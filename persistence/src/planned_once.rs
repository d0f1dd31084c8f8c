//! Statements whose plan PostgreSQL makes once per connection.
//!
//! A statement with bound values is planned again at every execution while PostgreSQL judges a
//! plan fitted to the values cheaper than a generic one, and for a page (`LIMIT $n`) it always
//! does: the generic plan guesses a tenth of the table instead of a page and was ten times
//! slower. On the benchmark's million referrals, planning the dashboard's page took 0.8 ms of
//! its 1.9 ms in PostgreSQL. A prepared statement without parameters is never planned again
//! (PostgreSQL has nothing to fit a plan to), so a page whose values can all be written into its
//! text safely is sent that way: the driver keeps it prepared on the connection, and PostgreSQL
//! keeps its plan until the tables' statistics or definitions change.
//!
//! Only values that cannot end or escape a SQL literal are written in: booleans, integers, ids
//! and short words of letters, digits, spaces and `-._,` (a status, a municipality). Anything
//! else, on any database but PostgreSQL, keeps its bound values, as every other statement does.

use sea_orm::sea_query::{PostgresQueryBuilder, SelectStatement, Value, inject_parameters};
use sea_orm::{DbBackend, Statement};

use crate::Database;

/// The longest text written into a statement: a municipality's name is far shorter.
const LONGEST_WORD: usize = 64;

/// `select` with its values written into its text when PostgreSQL runs it and every value is
/// safe to write there; otherwise `select` with bound values.
pub(crate) fn statement(db: &Database, select: &SelectStatement) -> Statement {
    let backend = db.get_database_backend();
    if backend != DbBackend::Postgres {
        return backend.build(select);
    }
    // Built once: the values are checked, then written over their placeholders by sea-query
    // (building the statement a second time with its values inlined was about 1% of the
    // server's time on the dashboard).
    let (sql, values) = select.build(PostgresQueryBuilder);
    if values.iter().all(writable) {
        let text = inject_parameters(&sql, &values.0, &PostgresQueryBuilder);
        return Statement::from_string(backend, text);
    }
    Statement::from_sql_and_values(backend, sql, values)
}

/// Whether `value` can be written into a statement's text without any escaping.
fn writable(value: &Value) -> bool {
    match value {
        Value::Bool(_)
        | Value::TinyInt(_)
        | Value::SmallInt(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::TinyUnsigned(_)
        | Value::SmallUnsigned(_)
        | Value::Unsigned(_)
        | Value::BigUnsigned(_)
        | Value::Uuid(_) => true,
        Value::String(Some(text)) => plain_word(text),
        _ => false,
    }
}

/// Letters, digits, spaces and `-._,`, not empty and not long: no quote, backslash, dollar or
/// control character that could end a literal or change how it is read.
fn plain_word(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= LONGEST_WORD
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '_' | ','))
}

#[cfg(test)]
mod tests {
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};

    use super::*;

    fn select(municipality: &str) -> SelectStatement {
        Query::select()
            .column(Alias::new("id"))
            .from(Alias::new("organisations"))
            .and_where(Expr::col(Alias::new("municipality")).eq(municipality))
            .and_where(Expr::col(Alias::new("active")).eq(true))
            .limit(51)
            .to_owned()
    }

    #[test]
    fn plain_words_are_written_in() {
        for word in [
            "Ljubljana",
            "Novo mesto",
            "Šmarje pri Jelšah",
            "SENT",
            "Kyiv-2",
        ] {
            assert!(plain_word(word), "{word}");
        }
        let text = select("Novo mesto").to_string(PostgresQueryBuilder);
        assert!(text.contains("'Novo mesto'"), "{text}");
        assert!(text.contains("LIMIT 51"), "{text}");
    }

    #[test]
    fn text_that_could_escape_a_literal_is_never_written_in() {
        for word in [
            "",
            "O'Brien",
            "x' OR '1'='1",
            "back\\slash",
            "$$",
            "new\nline",
            "nul\0",
            "a;b",
            &"a".repeat(LONGEST_WORD + 1),
        ] {
            assert!(!plain_word(word), "{word:?}");
            let (_, values) = select(word).build(PostgresQueryBuilder);
            assert!(!values.iter().all(writable), "{word:?}");
        }
    }

    #[test]
    fn values_are_written_in_as_a_second_build_would_write_them() {
        let id = uuid::Uuid::now_v7();
        let statements = [
            select("Novo mesto"),
            Query::select()
                .column(Alias::new("id"))
                .from(Alias::new("referrals"))
                .and_where(Expr::col(Alias::new("status")).is_in(["SENT", "ACCEPTED"]))
                .and_where(Expr::col(Alias::new("id")).lt(id))
                .and_where(Expr::col(Alias::new("version")).gt(9))
                .order_by(Alias::new("id"), sea_orm::Order::Desc)
                .limit(11)
                .to_owned(),
        ];
        for statement in statements {
            let (sql, values) = statement.build(PostgresQueryBuilder);
            assert!(sql.contains("$1"), "{sql}");
            assert_eq!(
                inject_parameters(&sql, &values.0, &PostgresQueryBuilder),
                statement.to_string(PostgresQueryBuilder)
            );
        }
    }

    #[test]
    fn only_exact_kinds_of_values_are_written_in() {
        assert!(writable(&Value::Uuid(Some(uuid::Uuid::nil()))));
        assert!(writable(&Value::BigUnsigned(Some(51))));
        assert!(!writable(&Value::Double(Some(0.5))));
        assert!(!writable(&Value::String(None)));
    }
}
