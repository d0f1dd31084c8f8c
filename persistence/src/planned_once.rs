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

use sea_orm::sea_query::{PostgresQueryBuilder, QueryBuilder, SelectStatement, Value};
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
    let (sql, values) = select.build(PostgresQueryBuilder);
    if values.iter().all(writable)
        && let Some(text) = written_in(&sql, &values.0)
    {
        return Statement::from_string(backend, text);
    }
    Statement::from_sql_and_values(backend, sql, values)
}

/// `sql` with each placeholder `$n` replaced by its value as PostgreSQL writes it: the same text
/// as building the statement again with its values inlined, without a second walk of the whole
/// statement (that second build was about 1% of the server's time on the dashboard). `None`
/// when the text holds anything that is not plainly a placeholder: literal text (a quote), or a
/// `$` that does not start one, or a number that names no value.
fn written_in(sql: &str, values: &[Value]) -> Option<String> {
    if sql.contains('\'') {
        return None;
    }
    let mut text = String::with_capacity(sql.len() + 16 * values.len());
    let mut rest = sql;
    let mut written = 0;
    while let Some(at) = rest.find('$') {
        let (before, after) = rest.split_at(at);
        let after = &after[1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let follows_a_name = before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '"');
        if digits == 0 || follows_a_name {
            return None;
        }
        let number: usize = after[..digits].parse().ok()?;
        let value = values.get(number.checked_sub(1)?)?;
        text.push_str(before);
        text.push_str(&PostgresQueryBuilder.value_to_string(value));
        written += 1;
        rest = &after[digits..];
    }
    text.push_str(rest);
    (written == values.len()).then_some(text)
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
                written_in(&sql, &values.0).as_deref(),
                Some(statement.to_string(PostgresQueryBuilder).as_str())
            );
        }
    }

    #[test]
    fn text_that_is_not_plainly_placeholders_keeps_its_values_bound() {
        let values = [Value::Int(Some(1))];
        assert_eq!(
            written_in("SELECT $1", &values).as_deref(),
            Some("SELECT 1")
        );
        for sql in [
            "SELECT '$1'",
            "SELECT \"a$1\"",
            "SELECT a$1",
            "SELECT $$",
            "SELECT $2",
            "SELECT $0",
            "SELECT 1",
            "SELECT $1, $1x$1",
        ] {
            assert_eq!(written_in(sql, &values), None, "{sql}");
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
