//! Programmes worth scoring for one participant (matching). The catalogue can hold a hundred
//! thousand programmes; scoring them all per request would load them all. So SQL picks a bounded
//! set of open programmes (published or running, not ended) in three ways, newest first each:
//!
//! 1. teaching a skill the participant has or is interested in (the heaviest weights of the
//!    score), through the indexed attribute rows;
//! 2. in the participant's municipality (distance and labour demand);
//! 3. the newest of all, so that someone with no skills on record still sees programmes.
//!
//! Rust then scores the union (see `domain::matching`). A programme outside all three can still
//! be found with the public search; it would score low on the components that pick candidates.

use chrono::NaiveDate;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use skupaj_domain::programme::{Programme, ProgrammeStatus};
use strum::IntoEnumIterator;
use uuid::Uuid;

use crate::entity::programme::{self, Column};
use crate::entity::programme_attribute::{self as attribute, SKILL};
use crate::{Database, PersistenceError, programmes};

/// What candidates are picked by.
#[derive(Debug, Clone, Default)]
pub struct Wanted {
    /// Skills and interests, as recorded (lower-case).
    pub skills: Vec<String>,
    /// Where the participant lives.
    pub municipality: Option<String>,
}

/// Open programmes for someone who wants `wanted`: at most `per_way` by each way above, without
/// repeats, in that order. Three statements and one for the partners.
pub async fn for_participant(
    db: &Database,
    today: NaiveDate,
    wanted: &Wanted,
    per_way: u64,
) -> Result<Vec<Programme>, PersistenceError> {
    let mut rows: Vec<programme::Model> = Vec::new();
    // Skills are stored lower-cased on both sides (`text::tags`), so they compare as they are.
    let terms = &wanted.skills;
    if !terms.is_empty() {
        let teaching = Query::select()
            .column(attribute::Column::ProgrammeId)
            .from(attribute::Entity)
            .and_where(attribute::Column::Attribute.eq(SKILL))
            .and_where(attribute::Column::Value.is_in(terms.iter().cloned()))
            .to_owned();
        rows.extend(
            open(today)
                .filter(Column::Id.in_subquery(teaching))
                .limit(per_way)
                .all(db)
                .await?,
        );
    }
    if let Some(municipality) = &wanted.municipality {
        rows.extend(
            open(today)
                .filter(Column::Municipality.eq(municipality.as_str()))
                .limit(per_way)
                .all(db)
                .await?,
        );
    }
    rows.extend(open(today).limit(per_way).all(db).await?);
    let mut seen = std::collections::HashSet::<Uuid>::new();
    rows.retain(|row| seen.insert(row.id));
    programmes::with_partners(db, rows).await
}

/// Published or running, not ended by `today`, newest first.
///
/// "Open" is written as "not in a closed status": with `status IN (published, running)` both
/// databases take the status index, gather every open programme and sort them (0.1 s at 100,000
/// programmes); with `NOT IN` they walk the primary key (or `(municipality, id)`) in page order
/// and stop after `per_way`.
fn open(today: NaiveDate) -> sea_orm::Select<programme::Entity> {
    let closed = ProgrammeStatus::iter()
        .filter(|status| !status.accepts_enrolment())
        .map(|status| status.to_string());
    programme::Entity::find()
        .filter(Column::Status.is_not_in(closed))
        .filter(
            Condition::any()
                .add(Column::EndsOn.is_null())
                .add(Column::EndsOn.gte(today)),
        )
        .order_by_desc(Column::Id)
}
