//! Small-cell suppression: an aggregate that leaves the server for a viewer not entitled to the
//! rows behind it describes at least k people (`MinCell`, 5 by default, never below 3), or it is
//! withheld. A count under k is withheld (zero included: "nobody" is as telling as "one"), and
//! so is a rate whose group (its denominator, in people) is under k.
//!
//! A table published with its totals needs more than that: a withheld cell could be worked out
//! by subtracting the published cells of its row from the row's total. `suppress` therefore also
//! withholds complementary cells (see its documentation), so that no withheld value can be
//! recovered from what is published.

use crate::ValidationError;

/// The smallest group of people a published figure may describe (k).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct MinCell(u32);

impl MinCell {
    /// k = 5, the default.
    pub const DEFAULT: MinCell = MinCell(5);
    /// No configuration may go below this k.
    pub const FLOOR: u32 = 3;

    /// A k of at least `FLOOR`.
    pub fn new(k: u32) -> Result<Self, ValidationError> {
        if k < Self::FLOOR {
            return Err(ValidationError::new(
                "suppressionMinCell",
                "must be at least 3: smaller groups would describe individuals",
            ));
        }
        Ok(Self(k))
    }

    /// The value of k.
    pub fn get(self) -> u32 {
        self.0
    }

    /// A count of people, or `None` when under k.
    pub fn count(self, people: u64) -> Option<u64> {
        (people >= u64::from(self.0)).then_some(people)
    }

    /// A rate over a group of `people`, or `None` when the group is under k.
    pub fn rate(self, value: Option<f64>, people: u64) -> Option<f64> {
        value.filter(|_| people >= u64::from(self.0))
    }
}

impl Default for MinCell {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// A table as published: every cell, row total, column total and the grand total, each `None`
/// when withheld.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub cells: Vec<Vec<Option<u64>>>,
    pub row_totals: Vec<Option<u64>>,
    pub column_totals: Vec<Option<u64>>,
    pub total: Option<u64>,
}

/// A list of counts published with their sum (a table of one row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedList {
    pub counts: Vec<Option<u64>>,
    pub total: Option<u64>,
}

/// Suppresses a list of counts published beside their total: `suppress` over one row.
pub fn suppress_list(counts: &[u64], k: MinCell) -> PublishedList {
    let published = suppress(&[counts.to_vec()], k);
    PublishedList {
        counts: published.cells.into_iter().next().unwrap_or_default(),
        total: published.total,
    }
}

/// Suppresses a table of counts of people (`cells[row][column]`, every row as long as the
/// first) published with its row totals, column totals and grand total.
///
/// Think of the table with its totals as one grid: the row totals a last column, the column
/// totals a last row, the grand total in the corner. Every row and every column of that grid is
/// an equation (its cells add up to its total). Then:
///
/// 1. Every entry of the grid under k is withheld (primary suppression), totals included.
/// 2. Until nothing changes, more entries are withheld, each time the smallest eligible entry
///    (cells before totals on a tie):
///    - a line (row or column of the grid) with exactly one withheld entry gets a second one
///      from that line, since the line's equation would give the first away;
///    - a line whose total is published and whose withheld cells add up to fewer than k gets
///      another one from that line, since the sum of the withheld cells (the total minus the
///      published cells) would describe fewer than k people;
///    - a withheld entry that lies on no cycle of withheld entries (think of rows and columns
///      as the nodes of a graph and each withheld entry as an edge between its row and its
///      column) is determined by the equations taken together, even if every line has two
///      withheld entries; one more entry of its row or column is withheld.
///
/// Every step withholds one more entry and a grid entirely withheld satisfies every rule, so
/// the loop ends. The result: every withheld entry lies on a cycle of withheld entries, which is
/// exactly when the equations leave it undetermined (the incidence matrix of a bipartite graph:
/// an entry is determined iff its edge is a bridge). What this does not cover: bounds from the
/// entries being non-negative, beyond the rule that the withheld cells of a published line
/// add up to at least k.
pub fn suppress(cells: &[Vec<u64>], k: MinCell) -> Published {
    let rows = cells.len();
    let columns = cells.first().map_or(0, Vec::len);
    if rows == 0 || columns == 0 {
        return Published {
            cells: vec![Vec::new(); rows],
            row_totals: vec![k.count(0); rows],
            column_totals: vec![k.count(0); columns],
            total: k.count(0),
        };
    }
    let grid = Grid::new(cells);
    let withheld = grid.suppression(k);
    let value = |r: usize, c: usize| (!withheld[r][c]).then_some(grid.values[r][c]);
    Published {
        cells: (0..rows)
            .map(|r| (0..columns).map(|c| value(r, c)).collect())
            .collect(),
        row_totals: (0..rows).map(|r| value(r, columns)).collect(),
        column_totals: (0..columns).map(|c| value(rows, c)).collect(),
        total: value(rows, columns),
    }
}

/// The table with its totals as one `(rows + 1) × (columns + 1)` grid.
struct Grid {
    values: Vec<Vec<u64>>,
    rows: usize,
    columns: usize,
}

/// A row or a column of the grid; its last entry is its total.
#[derive(Clone, Copy)]
enum Line {
    Row(usize),
    Column(usize),
}

impl Grid {
    fn new(cells: &[Vec<u64>]) -> Self {
        let rows = cells.len();
        let columns = cells[0].len();
        let mut values = vec![vec![0u64; columns + 1]; rows + 1];
        for (r, row) in cells.iter().enumerate() {
            for c in 0..columns {
                let v = row.get(c).copied().unwrap_or(0);
                values[r][c] = v;
                values[r][columns] = values[r][columns].saturating_add(v);
                values[rows][c] = values[rows][c].saturating_add(v);
                values[rows][columns] = values[rows][columns].saturating_add(v);
            }
        }
        Self {
            values,
            rows,
            columns,
        }
    }

    fn entries(&self, line: Line) -> Vec<(usize, usize)> {
        match line {
            Line::Row(r) => (0..=self.columns).map(|c| (r, c)).collect(),
            Line::Column(c) => (0..=self.rows).map(|r| (r, c)).collect(),
        }
    }

    fn lines(&self) -> impl Iterator<Item = Line> {
        (0..=self.rows)
            .map(Line::Row)
            .chain((0..=self.columns).map(Line::Column))
    }

    fn is_total(&self, (r, c): (usize, usize)) -> bool {
        r == self.rows || c == self.columns
    }

    /// The smallest entry not yet withheld among `candidates` (cells before totals on a tie).
    fn smallest_open(
        &self,
        withheld: &[Vec<bool>],
        candidates: impl IntoIterator<Item = (usize, usize)>,
    ) -> Option<(usize, usize)> {
        candidates
            .into_iter()
            .filter(|&(r, c)| !withheld[r][c])
            .min_by_key(|&(r, c)| (self.values[r][c], self.is_total((r, c)), r, c))
    }

    fn suppression(&self, k: MinCell) -> Vec<Vec<bool>> {
        let mut withheld: Vec<Vec<bool>> = self
            .values
            .iter()
            .map(|row| row.iter().map(|&v| k.count(v).is_none()).collect())
            .collect();
        loop {
            if let Some(entry) = self.next_complement(&withheld, k) {
                withheld[entry.0][entry.1] = true;
            } else {
                return withheld;
            }
        }
    }

    /// The next entry to withhold, or `None` at the fixed point.
    fn next_complement(&self, withheld: &[Vec<bool>], k: MinCell) -> Option<(usize, usize)> {
        for line in self.lines() {
            let entries = self.entries(line);
            let hidden: Vec<(usize, usize)> = entries
                .iter()
                .copied()
                .filter(|&(r, c)| withheld[r][c])
                .collect();
            if hidden.is_empty() {
                continue;
            }
            let total = *entries.last().expect("a line has a total");
            let total_published = !withheld[total.0][total.1];
            let hidden_sum: u64 = hidden.iter().map(|&(r, c)| self.values[r][c]).sum();
            if (hidden.len() == 1 || (total_published && k.count(hidden_sum).is_none()))
                && let Some(entry) = self.smallest_open(withheld, entries)
            {
                return Some(entry);
            }
        }
        let bridge = self.bridges(withheld).into_iter().next()?;
        let (r, c) = bridge;
        self.smallest_open(
            withheld,
            self.entries(Line::Row(r))
                .into_iter()
                .chain(self.entries(Line::Column(c))),
        )
    }

    /// The withheld entries that are bridges of the graph whose nodes are the grid's rows and
    /// columns and whose edges are the withheld entries.
    fn bridges(&self, withheld: &[Vec<bool>]) -> Vec<(usize, usize)> {
        let row_nodes = self.rows + 1;
        let nodes = row_nodes + self.columns + 1;
        let mut edges: Vec<(usize, usize)> = Vec::new();
        let mut adjacent: Vec<Vec<(usize, usize)>> = vec![Vec::new(); nodes];
        for (r, row) in withheld.iter().enumerate() {
            for (c, &hidden) in row.iter().enumerate() {
                if hidden {
                    let id = edges.len();
                    edges.push((r, c));
                    adjacent[r].push((row_nodes + c, id));
                    adjacent[row_nodes + c].push((r, id));
                }
            }
        }
        // Tarjan's bridge finding, iteratively.
        let mut order = vec![usize::MAX; nodes];
        let mut low = vec![0usize; nodes];
        let mut found = Vec::new();
        let mut counter = 0;
        for start in 0..nodes {
            if order[start] != usize::MAX {
                continue;
            }
            order[start] = counter;
            low[start] = counter;
            counter += 1;
            // (node, edge it was reached by, next neighbour index)
            let mut stack: Vec<(usize, usize, usize)> = vec![(start, usize::MAX, 0)];
            while let Some(&mut (node, via, ref mut next)) = stack.last_mut() {
                if let Some(&(neighbour, edge)) = adjacent[node].get(*next) {
                    *next += 1;
                    if edge == via {
                        continue;
                    }
                    if order[neighbour] == usize::MAX {
                        order[neighbour] = counter;
                        low[neighbour] = counter;
                        counter += 1;
                        stack.push((neighbour, edge, 0));
                    } else {
                        low[node] = low[node].min(order[neighbour]);
                    }
                } else {
                    stack.pop();
                    if let Some(&(parent, _, _)) = stack.last() {
                        low[parent] = low[parent].min(low[node]);
                        if low[node] > order[parent] {
                            found.push(edges[via]);
                        }
                    }
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const K: MinCell = MinCell::DEFAULT;

    #[test]
    fn groups_under_k_are_withheld() {
        assert_eq!(K.count(0), None);
        assert_eq!(K.count(4), None);
        assert_eq!(K.count(5), Some(5));
        assert_eq!(K.rate(Some(0.5), 2), None);
        assert_eq!(K.rate(Some(0.5), 4), None);
        assert_eq!(K.rate(Some(0.5), 5), Some(0.5));
        assert_eq!(K.rate(None, 10), None);
    }

    #[test]
    fn k_is_never_below_three() {
        assert!(MinCell::new(2).is_err());
        assert!(MinCell::new(0).is_err());
        assert_eq!(MinCell::new(3).map(MinCell::get), Ok(3));
        assert_eq!(MinCell::new(10).map(|k| k.count(9)), Ok(None));
    }

    #[test]
    fn a_table_of_large_cells_is_published_whole() {
        let published = suppress(&[vec![10, 20], vec![30, 40]], K);
        assert_eq!(
            published,
            Published {
                cells: vec![vec![Some(10), Some(20)], vec![Some(30), Some(40)]],
                row_totals: vec![Some(30), Some(70)],
                column_totals: vec![Some(40), Some(60)],
                total: Some(100),
            }
        );
    }

    /// Naive suppression would withhold only the 2; the row total 32 minus the published 30
    /// would then give it away.
    #[test]
    fn a_single_small_cell_takes_a_second_one_with_it() {
        let list = suppress_list(&[30, 2, 12, 9], K);
        assert_eq!(list.total, Some(53));
        assert_eq!(list.counts, vec![Some(30), None, Some(12), None]);

        let naive: Vec<Option<u64>> = [30, 2, 12, 9].iter().map(|&n| K.count(n)).collect();
        let published: u64 = naive.iter().flatten().sum();
        assert_eq!(53 - published, 2, "naive suppression would reveal the 2");
    }

    #[test]
    fn two_small_cells_whose_sum_is_large_need_nothing_more() {
        let list = suppress_list(&[3, 4, 50], K);
        assert_eq!(list.counts, vec![None, None, Some(50)]);
        assert_eq!(list.total, Some(57));
    }

    #[test]
    fn two_small_cells_whose_sum_is_small_take_a_third() {
        // 1 + 2 = 3 would be a group of three, published as 53 − 50.
        let list = suppress_list(&[1, 2, 50, 60], K);
        assert_eq!(list.counts, vec![None, None, None, Some(60)]);
        assert_eq!(list.total, Some(113));
    }

    #[test]
    fn a_small_total_is_withheld_with_its_cells() {
        let list = suppress_list(&[1, 2], K);
        assert_eq!(list.counts, vec![None, None]);
        assert_eq!(list.total, None);
        let published = suppress(&[vec![1, 1], vec![20, 30]], K);
        assert_eq!(published.row_totals[0], None);
        assert_eq!(published.cells[0], vec![None, None]);
    }

    #[test]
    fn zero_is_withheld_too() {
        let list = suppress_list(&[0, 40, 40], K);
        assert_eq!(list.counts.iter().filter(|c| c.is_none()).count(), 2);
        assert_eq!(list.total, Some(80));
    }

    /// A small cell in a two-way table: its row and its column each need a second withheld
    /// cell, and those two need a fourth to close the rectangle.
    #[test]
    fn a_small_cell_in_a_table_is_protected_in_its_row_and_its_column() {
        let published = suppress(&[vec![2, 10, 20], vec![8, 11, 30], vec![9, 12, 40]], K);
        assert_eq!(published.cells[0][0], None);
        assert_eq!(published.cells[0][1], None, "smallest in the row");
        assert_eq!(published.cells[1][0], None, "smallest in the column");
        assert_eq!(published.cells[1][1], None, "closes the rectangle");
        assert_eq!(
            published
                .cells
                .iter()
                .flatten()
                .filter(|c| c.is_none())
                .count(),
            4
        );
        assert_eq!(published.total, Some(142));
        assert!(published.row_totals.iter().all(Option::is_some));
        assert!(published.column_totals.iter().all(Option::is_some));
    }

    #[test]
    fn an_empty_table_publishes_nothing_but_an_empty_total() {
        let list = suppress_list(&[], K);
        assert!(list.counts.is_empty());
        assert_eq!(list.total, None);
    }

    /// The rank of a 0/±1 matrix modulo a large prime; the incidence matrices here are totally
    /// unimodular, so it equals the rank over the rationals.
    fn rank(mut matrix: Vec<Vec<i64>>) -> usize {
        const P: i64 = 1_000_000_007;
        let power = |mut base: i64, mut exp: i64| {
            let mut acc = 1i64;
            base = base.rem_euclid(P);
            while exp > 0 {
                if exp & 1 == 1 {
                    acc = acc * base % P;
                }
                base = base * base % P;
                exp >>= 1;
            }
            acc
        };
        let columns = matrix.first().map_or(0, Vec::len);
        let mut rank = 0;
        for column in 0..columns {
            let Some(pivot) = (rank..matrix.len()).find(|&r| matrix[r][column].rem_euclid(P) != 0)
            else {
                continue;
            };
            matrix.swap(rank, pivot);
            let inverse = power(matrix[rank][column], P - 2);
            let pivot_row = matrix[rank].clone();
            for (r, row) in matrix.iter_mut().enumerate() {
                if r != rank {
                    let factor = row[column].rem_euclid(P) * inverse % P;
                    if factor != 0 {
                        for (value, pivot) in row.iter_mut().zip(&pivot_row) {
                            *value = (*value - factor * pivot).rem_euclid(P);
                        }
                    }
                }
            }
            rank += 1;
        }
        rank
    }

    /// Whether some withheld entry of the grid is fixed by the published values: with the
    /// equations (each row and column of the grid adds up to its total) restricted to the
    /// withheld entries, an entry is determined iff dropping its column lowers the rank.
    fn some_withheld_entry_is_recoverable(cells: &[Vec<u64>], published: &Published) -> bool {
        let rows = cells.len();
        let columns = cells[0].len();
        let hidden = |r: usize, c: usize| match (r == rows, c == columns) {
            (false, false) => published.cells[r][c].is_none(),
            (false, true) => published.row_totals[r].is_none(),
            (true, false) => published.column_totals[c].is_none(),
            (true, true) => published.total.is_none(),
        };
        let unknowns: Vec<(usize, usize)> = (0..=rows)
            .flat_map(|r| (0..=columns).map(move |c| (r, c)))
            .filter(|&(r, c)| hidden(r, c))
            .collect();
        let equations = |skip: Option<usize>| -> Vec<Vec<i64>> {
            let coefficient = |line_row: Option<usize>, line_column: Option<usize>| {
                unknowns
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| Some(*i) != skip)
                    .map(|(_, &(r, c))| {
                        let on_line = line_row.is_some_and(|lr| lr == r)
                            || line_column.is_some_and(|lc| lc == c);
                        let is_total = line_row.is_some() && c == columns
                            || line_column.is_some() && r == rows;
                        match (on_line, is_total) {
                            (false, _) => 0,
                            (true, false) => 1,
                            (true, true) => -1,
                        }
                    })
                    .collect::<Vec<i64>>()
            };
            (0..=rows)
                .map(|r| coefficient(Some(r), None))
                .chain((0..=columns).map(|c| coefficient(None, Some(c))))
                .collect()
        };
        let full = rank(equations(None));
        (0..unknowns.len()).any(|i| rank(equations(Some(i))) < full)
    }

    #[test]
    fn the_recoverability_check_catches_naive_suppression() {
        let cells = vec![vec![30, 2, 12]];
        let naive = Published {
            cells: vec![vec![Some(30), None, Some(12)]],
            row_totals: vec![Some(44)],
            column_totals: vec![Some(30), None, Some(12)],
            total: Some(44),
        };
        assert!(some_withheld_entry_is_recoverable(&cells, &naive));
        assert!(!some_withheld_entry_is_recoverable(
            &cells,
            &suppress(&cells, K)
        ));
    }

    /// Two separate rectangles of withheld cells joined by one withheld cell: every line has
    /// at least two withheld entries adding up to k or more, yet the joining cell is
    /// determined (rows 0–1 minus columns 0–1 give it).
    #[test]
    fn a_cell_bridging_two_protected_groups_is_protected_too() {
        let cells = vec![
            vec![3, 3, 50, 50],
            vec![3, 3, 3, 50],
            vec![50, 50, 3, 3],
            vec![50, 50, 3, 3],
        ];
        let published = suppress(&cells, K);
        assert!(!some_withheld_entry_is_recoverable(&cells, &published));
        assert_eq!(published.cells[1][2], None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Every count under k is withheld, every line whose total is published withholds at
        /// least k people or none, and no withheld value follows from the published ones.
        #[test]
        fn no_withheld_cell_is_recoverable(
            (rows, columns, values) in (1usize..6, 1usize..6).prop_flat_map(|(rows, columns)| {
                (
                    Just(rows),
                    Just(columns),
                    proptest::collection::vec(
                        prop_oneof![3 => 0u64..5, 1 => 0u64..60],
                        rows * columns,
                    ),
                )
            }),
            k in 3u32..7,
        ) {
            let k = MinCell::new(k).expect("k is at least 3");
            let cells: Vec<Vec<u64>> = values.chunks(columns).map(<[u64]>::to_vec).collect();
            prop_assert_eq!(cells.len(), rows);
            let published = suppress(&cells, k);
            for (r, row) in cells.iter().enumerate() {
                for (c, &v) in row.iter().enumerate() {
                    if v < u64::from(k.get()) {
                        prop_assert_eq!(published.cells[r][c], None);
                    } else if let Some(shown) = published.cells[r][c] {
                        prop_assert_eq!(shown, v);
                    }
                }
                if let Some(total) = published.row_totals[r] {
                    prop_assert!(total >= u64::from(k.get()));
                    let shown: u64 = published.cells[r].iter().flatten().sum();
                    let hidden = total - shown;
                    prop_assert!(
                        hidden == 0 && published.cells[r].iter().all(Option::is_some)
                            || hidden >= u64::from(k.get())
                    );
                }
            }
            if let Some(total) = published.total {
                prop_assert!(total >= u64::from(k.get()));
            }
            prop_assert!(!some_withheld_entry_is_recoverable(&cells, &published));
        }
    }
}
