//! `Programme`, and how a resolver finds one in the caller's catalogue.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, Object};
use chrono::NaiveDate;
use skupaj_domain::access::{run_programme, view_programme_figures_in_full};
use skupaj_domain::programme;
use uuid::Uuid;

use super::localised_string::localised;
use crate::graphql::context::{actor, app, min_cell};
use crate::graphql::enrolment::Enrolment;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::organisation::object::Organisation;
use crate::graphql::pagination::{decode_cursor, encode_cursor, page_size};
use crate::graphql::programme::enums::{ProgrammeKind, ProgrammeStatus};
use crate::graphql::programme::object::{
    Eligibility, LanguageRequirement, LocalisedString, ProgrammePartner, ProgrammeSession,
    ProgrammeStats,
};

/// A programme as stored.
#[derive(Debug, Clone)]
pub struct Programme(pub programme::Programme);

/// A shared programme: training, a course, mentorship or a workshop, run by a lead organisation
/// with partners. Published programmes are public.
#[Object]
impl Programme {
    /// The programme's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// What kind of programme it is.
    async fn kind(&self) -> ProgrammeKind {
        self.0.profile.kind.into()
    }

    /// Where it stands.
    async fn status(&self) -> ProgrammeStatus {
        self.0.status.into()
    }

    /// The title in every language it was given in.
    async fn title(&self) -> Vec<LocalisedString> {
        localised(&self.0.profile.title)
    }

    /// The title in one language (falling back to Slovenian, then English).
    async fn title_in(&self, #[graphql(desc = "An ISO 639 code.")] language: String) -> String {
        self.0.title_in(&language).to_owned()
    }

    /// The description in every language it was given in.
    async fn description(&self) -> Vec<LocalisedString> {
        localised(&self.0.profile.description)
    }

    /// The lead organisation.
    async fn lead_organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        ctx.data_unchecked::<Loaders>()
            .organisations
            .load_one(self.0.lead_organisation_id)
            .await
            .map_err(loader_error)?
            .map(Organisation)
            .ok_or(ApiError::NotFound)
    }

    /// Partner organisations and their roles.
    async fn partners(&self) -> Vec<ProgrammePartner> {
        self.0
            .partners
            .iter()
            .map(|(organisation_id, role)| ProgrammePartner {
                organisation_id: *organisation_id,
                role: *role,
            })
            .collect()
    }

    /// Modules (e.g. language, safety at work, vocational, citizenship, traineeship).
    async fn modules(&self) -> &[String] {
        &self.0.profile.modules
    }

    /// Skills taught, as tags.
    async fn skills_taught(&self) -> &[String] {
        &self.0.profile.skills_taught
    }

    /// Occupations the programme prepares for.
    async fn target_occupations(&self) -> &[String] {
        &self.0.profile.target_occupations
    }

    /// The certificate awarded on completion, if any.
    async fn certificate(&self) -> Option<&str> {
        self.0.profile.certificate.as_deref()
    }

    /// Where it takes place.
    async fn venue(&self) -> Option<&str> {
        self.0.profile.venue.as_deref()
    }

    /// The municipality it takes place in.
    async fn municipality(&self) -> &str {
        &self.0.profile.municipality
    }

    /// How many places it has.
    async fn capacity(&self) -> u32 {
        self.0.profile.capacity
    }

    /// How many places are still free. Capacity minus this is the number enrolled, so for anyone
    /// but the organisers it is `null` while fewer than k (five by default) are enrolled
    /// (small-cell suppression); `hasPlacesLeft` still tells whether one may enrol.
    async fn places_left(&self, ctx: &Context<'_>) -> Option<u32> {
        let left = self
            .0
            .profile
            .capacity
            .saturating_sub(self.0.enrolled_count);
        let k = min_cell(ctx);
        let organiser = view_programme_figures_in_full(actor(ctx).ok(), &self.0);
        (organiser || k.count(u64::from(self.0.enrolled_count)).is_some()).then_some(left)
    }

    /// Whether any place is free. "No" says that as many are enrolled as there are places, so
    /// for anyone but the organisers it is `null` when the programme has fewer than k places.
    async fn has_places_left(&self, ctx: &Context<'_>) -> Option<bool> {
        let left = self.0.profile.capacity > self.0.enrolled_count;
        let k = min_cell(ctx);
        let organiser = view_programme_figures_in_full(actor(ctx).ok(), &self.0);
        (organiser || k.count(u64::from(self.0.profile.capacity)).is_some()).then_some(left)
    }

    /// Who may take part.
    async fn eligibility(&self) -> Eligibility {
        let rules = &self.0.profile.eligibility;
        Eligibility {
            legal_statuses: rules
                .legal_statuses
                .iter()
                .copied()
                .map(Into::into)
                .collect(),
            min_language: rules.min_language.as_ref().map(|r| LanguageRequirement {
                language: r.language.to_string(),
                level: r.level.into(),
            }),
            min_age: rules.min_age,
            max_age: rules.max_age,
        }
    }

    /// Languages it is taught in (ISO 639).
    async fn languages_of_instruction(&self) -> Vec<String> {
        self.0
            .profile
            .languages_of_instruction
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// Whether interpretation is offered.
    async fn interpretation(&self) -> bool {
        self.0.profile.interpretation
    }

    /// Whether childcare is offered.
    async fn childcare(&self) -> bool {
        self.0.profile.childcare
    }

    /// Whether the venue has step-free access.
    async fn step_free_access(&self) -> bool {
        self.0.profile.step_free_access
    }

    /// The cost to the participant in euro cents (0 is free).
    async fn cost_cents(&self) -> u32 {
        self.0.profile.cost_cents
    }

    /// The share of sessions to attend to complete, in percent.
    async fn min_attendance_percent(&self) -> u8 {
        self.0.profile.min_attendance_percent
    }

    /// The first day.
    async fn starts_on(&self) -> Option<NaiveDate> {
        self.0.profile.starts_on
    }

    /// The last day.
    async fn ends_on(&self) -> Option<NaiveDate> {
        self.0.profile.ends_on
    }

    /// Whether partner organisations may schedule, move and cancel sessions too.
    async fn partners_may_add_sessions(&self) -> bool {
        self.0.profile.partners_may_add_sessions
    }

    /// The sessions, in time order.
    async fn sessions(&self, ctx: &Context<'_>) -> ApiResult<Vec<ProgrammeSession>> {
        Ok(catalogue(ctx)
            .sessions(&self.0)
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// The enrolments, in arrival order. Organisers only; anyone else gets `null` with
    /// `FORBIDDEN`.
    async fn enrolments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last enrolment of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, Enrolment>>> {
        let programmes = app(ctx)?.programmes();
        let first = page_size(first)?;
        let after = after
            .map(|cursor| {
                decode_cursor(&cursor)
                    .ok()
                    .and_then(|position| position.parse::<i32>().ok())
                    .ok_or_else(|| ApiError::validation("after", "is not a cursor of this list"))
            })
            .transpose()?;
        let page = programmes.enrolments(&self.0, after, first).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.items
                .into_iter()
                .map(|e| Edge::new(encode_cursor(&e.position.to_string()), Enrolment(e))),
        );
        Ok(Some(connection))
    }

    /// Outcome figures: places, completion, attendance, and how many found work afterwards.
    /// Public for public programmes. A count or rate over fewer than five people would describe
    /// individuals, so for anyone but the organisers it is `null` (small-cell suppression).
    async fn stats(&self, ctx: &Context<'_>) -> ApiResult<ProgrammeStats> {
        let figures = catalogue(ctx).figures(&self.0, min_cell(ctx)).await?;
        Ok(ProgrammeStats {
            enrolled: figures.enrolled,
            waitlisted: figures.waitlisted,
            completed: figures.completed,
            completion_rate: figures.completion_rate,
            attendance_rate: figures.attendance_rate,
            employed_within_3_months: figures.employed_within_3_months,
            employed_within_6_months: figures.employed_within_6_months,
        })
    }

    /// Whether the viewer's organisation runs this programme (lead or partner).
    async fn organised_by_me(&self, ctx: &Context<'_>) -> bool {
        actor(ctx).is_ok_and(|actor| run_programme(actor, &self.0).is_ok())
    }
}

/// The programme if the caller (signed in or not) may see it, else `NOT_FOUND`.
pub async fn find(ctx: &Context<'_>, id: Uuid) -> ApiResult<programme::Programme> {
    catalogue(ctx).get(id).await?.ok_or(ApiError::NotFound)
}

/// The programme catalogue as the caller sees it: signed in or not (a rejected token reads like
/// none).
pub fn catalogue<'a>(ctx: &Context<'a>) -> skupaj_app::programme::Catalogue<'a> {
    let app = ctx.data_unchecked::<skupaj_app::App>();
    match &crate::graphql::context::request(ctx).viewer {
        Some(viewer) => app.acting_as(&viewer.actor).programme_catalogue(),
        None => app.public().programme_catalogue(),
    }
}
