//! Dataloaders: batch the look-ups that nested fields make, so a page of N items costs a fixed
//! number of statements rather than N. A new set is made for every request (no cross-request
//! cache, so nothing stale and nothing shared between users).

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::{DataLoader, HashMapCache, Loader};
use skupaj_app::lookup::ListedReferral;
pub use skupaj_app::participant::ParticipantView;
use skupaj_app::{App, AppError};
use skupaj_domain::access::Actor;
use skupaj_domain::organisation::Organisation;
use skupaj_domain::programme::Programme;
use skupaj_domain::user::User;

use crate::graphql::row_views::RowViews;
use uuid::Uuid;

/// Loads organisations by id.
#[derive(Debug)]
pub struct OrganisationLoader(pub App);

impl Loader<Uuid> for OrganisationLoader {
    type Value = Organisation;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Organisation>, Self::Error> {
        let found = self
            .0
            .public()
            .lookups()
            .organisations(keys)
            .await
            .map_err(Arc::new)?;
        Ok(found.into_iter().map(|o| (o.id, o)).collect())
    }
}

/// Loads programmes by id (with their partners).
#[derive(Debug)]
pub struct ProgrammeLoader(pub App);

impl Loader<Uuid> for ProgrammeLoader {
    type Value = Programme;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Programme>, Self::Error> {
        let found = self
            .0
            .public()
            .lookups()
            .programmes(keys)
            .await
            .map_err(Arc::new)?;
        Ok(found.into_iter().map(|p| (p.id, p)).collect())
    }
}

/// Loads users by id.
#[derive(Debug)]
pub struct UserLoader(pub App);

impl Loader<Uuid> for UserLoader {
    type Value = User;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, User>, Self::Error> {
        let found = self.0.public().lookups().users(keys).await;
        let found = found.map_err(Arc::new)?;
        Ok(found.into_iter().map(|u| (u.id, u)).collect())
    }
}

/// Loads the revisions of life-card entries (rectification), oldest first.
#[derive(Debug)]
pub struct LifeEntryRevisionLoader(pub App);

impl Loader<Uuid> for LifeEntryRevisionLoader {
    type Value = Vec<skupaj_domain::rectification::Revision>;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        self.0
            .public()
            .lookups()
            .life_entry_revisions(keys)
            .await
            .map_err(Arc::new)
    }
}

/// Loads the revisions of referral notes (rectification), oldest first.
#[derive(Debug)]
pub struct ReferralNoteRevisionLoader(pub App);

impl Loader<Uuid> for ReferralNoteRevisionLoader {
    type Value = Vec<skupaj_domain::rectification::Revision>;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        self.0
            .public()
            .lookups()
            .referral_note_revisions(keys)
            .await
            .map_err(Arc::new)
    }
}

/// Loads participants' reference codes: all a pseudonymised view needs.
#[derive(Debug)]
pub struct ReferenceCodeLoader(pub App);

impl Loader<Uuid> for ReferenceCodeLoader {
    type Value = String;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, String>, Self::Error> {
        self.0
            .public()
            .lookups()
            .reference_codes(keys)
            .await
            .map_err(Arc::new)
    }
}

/// Loads the case worker (a user id) of participants, for those that have one.
#[derive(Debug)]
pub struct CaseWorkerLoader(pub App);

impl Loader<Uuid> for CaseWorkerLoader {
    type Value = Uuid;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Uuid>, Self::Error> {
        self.0
            .public()
            .lookups()
            .case_workers(keys)
            .await
            .map_err(Arc::new)
    }
}

/// Loads the assignee (a user id) of incoming referrals, for those that have one.
#[derive(Debug)]
pub struct ReferralAssigneeLoader(pub App);

impl Loader<Uuid> for ReferralAssigneeLoader {
    type Value = Uuid;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Uuid>, Self::Error> {
        self.0
            .public()
            .lookups()
            .referral_assignees(keys)
            .await
            .map_err(Arc::new)
    }
}

/// Loads participants as the viewer may see them: those the viewer may not see at all are left
/// out (the application layer's visibility pipeline).
#[derive(Debug)]
pub struct ParticipantViewLoader {
    pub app: App,
    pub actor: Option<Actor>,
}

impl Loader<Uuid> for ParticipantViewLoader {
    type Value = ParticipantView;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, ParticipantView>, Self::Error> {
        let Some(actor) = &self.actor else {
            return Ok(HashMap::new());
        };
        let views = self
            .app
            .acting_as(actor)
            .participants()
            .views_of(keys)
            .await
            .map_err(Arc::new)?;
        Ok(views
            .into_iter()
            .map(|view| (view.participant.id, view))
            .collect())
    }
}

/// The loaders of one request.
pub struct Loaders {
    pub organisations: DataLoader<OrganisationLoader, HashMapCache>,
    pub programmes: DataLoader<ProgrammeLoader, HashMapCache>,
    pub users: DataLoader<UserLoader>,
    pub reference_codes: DataLoader<ReferenceCodeLoader, HashMapCache>,
    pub participants: DataLoader<ParticipantViewLoader>,
    pub case_workers: DataLoader<CaseWorkerLoader>,
    pub referral_assignees: DataLoader<ReferralAssigneeLoader>,
    pub life_entry_revisions: DataLoader<LifeEntryRevisionLoader>,
    pub referral_note_revisions: DataLoader<ReferralNoteRevisionLoader>,
    /// Relations a list fetched with its page, from their rows alone.
    pub rows: RowViews,
}

impl Loaders {
    pub fn new(app: &App, actor: Option<Actor>) -> Self {
        Self {
            // Organisations, programmes and reference codes do not change within a request, so
            // these three cache for the request's lifetime: a list can load them for the whole page up
            // front, and the nested fields then cost nothing, however the batches fall.
            organisations: DataLoader::with_cache(
                OrganisationLoader(app.clone()),
                tokio::spawn,
                HashMapCache::default(),
            ),
            programmes: DataLoader::with_cache(
                ProgrammeLoader(app.clone()),
                tokio::spawn,
                HashMapCache::default(),
            ),
            users: DataLoader::new(UserLoader(app.clone()), tokio::spawn),
            reference_codes: DataLoader::with_cache(
                ReferenceCodeLoader(app.clone()),
                tokio::spawn,
                HashMapCache::default(),
            ),
            participants: DataLoader::new(
                ParticipantViewLoader {
                    app: app.clone(),
                    actor,
                },
                tokio::spawn,
            ),
            case_workers: DataLoader::new(CaseWorkerLoader(app.clone()), tokio::spawn),
            referral_assignees: DataLoader::new(ReferralAssigneeLoader(app.clone()), tokio::spawn),
            life_entry_revisions: DataLoader::new(
                LifeEntryRevisionLoader(app.clone()),
                tokio::spawn,
            ),
            referral_note_revisions: DataLoader::new(
                ReferralNoteRevisionLoader(app.clone()),
                tokio::spawn,
            ),
            rows: RowViews::default(),
        }
    }

    /// Keeps the organisations and programmes of a page of referrals read in full (with their
    /// attribute and partner rows, side by side: `load_many` on each loader would wait out two
    /// batching delays in a row), for nested fields that need more than the rows.
    pub async fn keep_in_full(&self, organisations: Vec<Organisation>, programmes: Vec<Programme>) {
        self.organisations
            .feed_many(organisations.into_iter().map(|o| (o.id, o)))
            .await;
        self.programmes
            .feed_many(programmes.into_iter().map(|p| (p.id, p)))
            .await;
    }
}

impl Loaders {
    /// Keeps what a page of referrals fetched with its rows: reference codes (complete values)
    /// go to their loader, organisations and programmes (labels or rows alone) to `rows`.
    pub async fn keep_listed(&self, listed: &[ListedReferral]) {
        self.reference_codes
            .feed_many(listed.iter().filter_map(|item| {
                item.participant_code
                    .clone()
                    .map(|code| (item.referral.participant_id, code))
            }))
            .await;
        for item in listed {
            for organisation in [&item.from_organisation, &item.to_organisation]
                .into_iter()
                .flatten()
            {
                self.rows.keep_organisation(organisation.clone());
            }
            if let Some(programme) = &item.programme {
                self.rows.keep_programme(programme.clone());
            }
        }
    }
}

/// Turns a loader failure into an internal error.
pub fn loader_error<E: std::fmt::Display>(err: Arc<E>) -> crate::graphql::error::ApiError {
    crate::graphql::error::ApiError::internal(anyhow::anyhow!("loader failed: {err}"))
}

/// The participant as the caller may see them, or `NOT_FOUND` (recorded as a denied read).
pub async fn visible_participant(
    ctx: &async_graphql::Context<'_>,
    id: Uuid,
) -> crate::graphql::error::ApiResult<ParticipantView> {
    match ctx
        .data_unchecked::<Loaders>()
        .participants
        .load_one(id)
        .await
        .map_err(loader_error)?
    {
        Some(view) => Ok(view),
        None => {
            crate::graphql::audit::denied_read(ctx, "readParticipant", "Participant", id);
            Err(crate::graphql::error::ApiError::NotFound)
        }
    }
}
