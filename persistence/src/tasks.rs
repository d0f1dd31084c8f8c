//! Follow-up tasks: created, completed, and listed for their assignee (open first, by due
//! date, keyset-paged).

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::task::{NewTask, Task, TaskStatus, TaskSubject};
use uuid::Uuid;

use crate::entity::task::{self, Column};
use crate::error::parse_stored;
use crate::page::Page;
use crate::{Database, PersistenceError};

/// Where a task stands in `myTasks` order: open (0) before done (1), then due date, then id.
pub type TaskCursor = (bool, NaiveDate, Uuid);

/// Creates an open task for `organisation`.
pub async fn create(
    db: &Database,
    _permit: Permit,
    organisation: Uuid,
    subject: TaskSubject,
    new: &NewTask,
    assignee: Uuid,
    created_by: Uuid,
) -> Result<Task, PersistenceError> {
    let id = Uuid::now_v7();
    let (participant_id, referral_id) = match subject {
        TaskSubject::Participant(id) => (Some(id), None),
        TaskSubject::Referral(id) => (None, Some(id)),
    };
    let txn = crate::database::begin_write(db).await?;
    let row = task::ActiveModel {
        id: Set(id),
        organisation_id: Set(organisation),
        participant_id: Set(participant_id),
        referral_id: Set(referral_id),
        title: Set(new.title.clone()),
        due_on: Set(new.due_on),
        assignee_id: Set(assignee),
        status: Set(TaskStatus::Open.to_string()),
        created_by: Set(created_by),
        created_at: Set(Utc::now()),
        completed_at: Set(None),
    }
    .insert(&txn)
    .await?;
    crate::audit::created(id);
    crate::audit::commit(txn).await?;
    to_domain(row)
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<Task>, PersistenceError> {
    task::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_domain)
        .transpose()
}

/// Marks an open task done. `InvalidTransition`-like refusals are the caller's: this answers
/// `false` when the task was no longer open (someone completed it first).
pub async fn complete(db: &Database, _permit: Permit, id: Uuid) -> Result<bool, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let updated = task::Entity::update_many()
        .col_expr(Column::Status, Expr::value(TaskStatus::Done.to_string()))
        .col_expr(Column::CompletedAt, Expr::value(Some(Utc::now())))
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(TaskStatus::Open.to_string()))
        .exec(&txn)
        .await?;
    if updated.rows_affected == 0 {
        txn.rollback().await?;
        return Ok(false);
    }
    crate::audit::commit(txn).await?;
    Ok(true)
}

/// `assignee`'s tasks in `organisation`: open first, then by due date, then by id; `first`
/// at a time after `after`.
pub async fn assigned_to(
    db: &Database,
    assignee: Uuid,
    organisation: Uuid,
    after: Option<TaskCursor>,
    first: u64,
) -> Result<Page<Task>, PersistenceError> {
    let done_flag = Expr::cust("CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END");
    let mut query = task::Entity::find()
        .filter(Column::AssigneeId.eq(assignee))
        .filter(Column::OrganisationId.eq(organisation))
        .order_by_asc(done_flag.clone())
        .order_by_asc(Column::DueOn)
        .order_by_asc(Column::Id);
    if let Some((done, due_on, id)) = after {
        let status = if done {
            TaskStatus::Done
        } else {
            TaskStatus::Open
        };
        let later_group = if done {
            // Nothing comes after the done group.
            Condition::all().add(Column::Id.is_null())
        } else {
            Condition::all().add(Column::Status.ne(TaskStatus::Open.to_string()))
        };
        query = query.filter(
            Condition::any().add(later_group).add(
                Condition::all()
                    .add(Column::Status.eq(status.to_string()))
                    .add(
                        Condition::any().add(Column::DueOn.gt(due_on)).add(
                            Condition::all()
                                .add(Column::DueOn.eq(due_on))
                                .add(Column::Id.gt(id)),
                        ),
                    ),
            ),
        );
    }
    let rows = query.limit(first + 1).all(db).await?;
    Page::from_overfetch(rows, first).try_map(to_domain)
}

/// Open tasks due from `from` to `to` (both included), with their assignee: what the scan
/// announces.
pub async fn open_due_between(
    db: &Database,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(Uuid, NaiveDate, Uuid)>, PersistenceError> {
    Ok(task::Entity::find()
        .select_only()
        .column(Column::Id)
        .column(Column::DueOn)
        .column(Column::AssigneeId)
        .filter(Column::Status.eq(TaskStatus::Open.to_string()))
        .filter(Column::DueOn.gte(from))
        .filter(Column::DueOn.lte(to))
        .into_tuple()
        .all(db)
        .await?)
}

pub(crate) fn to_domain(row: task::Model) -> Result<Task, PersistenceError> {
    let subject = match (row.participant_id, row.referral_id) {
        (Some(participant), _) => TaskSubject::Participant(participant),
        (None, Some(referral)) => TaskSubject::Referral(referral),
        (None, None) => {
            return Err(PersistenceError::Corrupt(
                "tasks: neither participant nor referral".to_owned(),
            ));
        }
    };
    Ok(Task {
        id: row.id,
        organisation_id: row.organisation_id,
        subject,
        title: row.title,
        due_on: row.due_on,
        assignee_id: row.assignee_id,
        status: parse_stored("tasks.status", &row.status)?,
        created_by: row.created_by,
        created_at: row.created_at,
        completed_at: row.completed_at,
    })
}
