//! What lets a case worker find a person by name, e-mail or phone in the database, regardless of
//! case and diacritics: the participant's name and contact folded by `domain::search`, stored
//! beside the record (written with every change of the profile) and filled in here for the
//! participants already there.

use sea_orm::ConnectionTrait;
use sea_orm_migration::prelude::*;
use skupaj_domain::search::SearchKeys;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Participants {
    Table,
    Id,
    GivenName,
    FamilyName,
    Email,
    Phone,
    SearchName,
    SearchContact,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Participants::SearchName, Participants::SearchContact] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Participants::Table)
                        .add_column(ColumnDef::new(column).string().not_null().default(""))
                        .to_owned(),
                )
                .await?;
        }
        backfill(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Participants::SearchName, Participants::SearchContact] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Participants::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

/// Folds the name and contact of every participant already stored.
async fn backfill(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = manager.get_database_backend();
    let select = Query::select()
        .columns([
            Participants::Id,
            Participants::GivenName,
            Participants::FamilyName,
            Participants::Email,
            Participants::Phone,
        ])
        .from(Participants::Table)
        .to_owned();
    let rows = db.query_all_raw(backend.build(&select)).await?;
    for row in rows {
        let id: uuid::Uuid = row.try_get("", "id")?;
        let given: String = row.try_get("", "given_name")?;
        let family: Option<String> = row.try_get("", "family_name")?;
        let email: Option<String> = row.try_get("", "email")?;
        let phone: Option<String> = row.try_get("", "phone")?;
        let keys = SearchKeys::from_parts(
            &given,
            family.as_deref(),
            email.as_deref(),
            phone.as_deref(),
        );
        let update = Query::update()
            .table(Participants::Table)
            .values([
                (Participants::SearchName, keys.name.into()),
                (Participants::SearchContact, keys.contact.into()),
            ])
            .and_where(Expr::col(Participants::Id).eq(id))
            .to_owned();
        db.execute_raw(backend.build(&update)).await?;
    }
    Ok(())
}
