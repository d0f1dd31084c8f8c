//! Dataloaders: batch the look-ups that nested fields make, so a page of N items costs a fixed
//! number of statements rather than N. A new set is made for every request (no cross-request
//! cache, so nothing stale and nothing shared between users).

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::{DataLoader, Loader};
use skupaj_domain::organisation::Organisation;
use skupaj_domain::user::User;
use skupaj_persistence::{Database, PersistenceError, organisations, users};
use uuid::Uuid;

/// Loads organisations by id.
#[derive(Debug)]
pub struct OrganisationLoader(pub Database);

impl Loader<Uuid> for OrganisationLoader {
    type Value = Organisation;
    type Error = Arc<PersistenceError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Organisation>, Self::Error> {
        let found = organisations::get_many(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        Ok(found.into_iter().map(|o| (o.id, o)).collect())
    }
}

/// Loads users by id.
#[derive(Debug)]
pub struct UserLoader(pub Database);

impl Loader<Uuid> for UserLoader {
    type Value = User;
    type Error = Arc<PersistenceError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, User>, Self::Error> {
        let found = users::get_many(&self.0, keys).await.map_err(Arc::new)?;
        Ok(found.into_iter().map(|u| (u.id, u)).collect())
    }
}

/// The loaders of one request.
pub struct Loaders {
    pub organisations: DataLoader<OrganisationLoader>,
    pub users: DataLoader<UserLoader>,
}

impl Loaders {
    pub fn new(db: &Database) -> Self {
        Self {
            organisations: DataLoader::new(OrganisationLoader(db.clone()), tokio::spawn),
            users: DataLoader::new(UserLoader(db.clone()), tokio::spawn),
        }
    }
}

/// Turns a loader failure into an internal error.
pub fn loader_error(err: Arc<PersistenceError>) -> crate::graphql::error::ApiError {
    crate::graphql::error::ApiError::internal(anyhow::anyhow!("loader failed: {err}"))
}
