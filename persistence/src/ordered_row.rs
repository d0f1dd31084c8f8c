//! Reading a row's columns by position, in the order its statement selects them.
//!
//! Why: reading a column by name costs sea-orm a formatted name and the driver a hashed lookup,
//! for every column of every row. A dashboard's page of 50 referrals read about 1,200 columns
//! that way, and decoding rows was the largest single part of the server's time on the
//! dashboard (`BENCHMARKS.md`, "Where W1's time goes"). A statement that appends its columns in
//! a known order can read them back in that order instead.

use sea_orm::{DbErr, QueryResult, TryGetable};

/// A row read column by column, from the first.
pub(crate) struct OrderedRow<'a> {
    row: &'a QueryResult,
    next: usize,
}

impl<'a> OrderedRow<'a> {
    /// `row`, to be read from its first column.
    pub(crate) fn new(row: &'a QueryResult) -> Self {
        Self { row, next: 0 }
    }

    /// The next column's value.
    pub(crate) fn next<T: TryGetable>(&mut self) -> Result<T, DbErr> {
        let index = self.next;
        self.next += 1;
        self.row.try_get_by_index(index)
    }

    /// The row itself, for what is read by name.
    pub(crate) fn row(&self) -> &'a QueryResult {
        self.row
    }

    /// Passes over `count` columns that were read some other way.
    pub(crate) fn skip(&mut self, count: usize) {
        self.next += count;
    }
}
