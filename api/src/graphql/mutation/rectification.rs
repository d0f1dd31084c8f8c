//! Rectification: correcting a life-card entry or a referral note. The text replaced is kept as
//! a revision, shown with the record to whoever sees it.

use async_graphql::{Context, ID, InputObject, Object};
use skupaj_domain::access::{self, visible_life_domains};
use skupaj_domain::referral::required_text;
use skupaj_domain::text;
use skupaj_persistence::rectification::{self, Corrector};

use super::life_card::LifeEntryPayload;
use super::referrals::{ReferralNotePayload, find_visible};
use crate::graphql::audit::{audited, denied_read};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::visible_participant;
use crate::graphql::pagination::parse_id;
use crate::graphql::types::life_card::LifeEntry;
use crate::graphql::types::referral::{ReferralNote, may_read_texts};

/// A life-card entry's corrected note.
#[derive(InputObject, Debug)]
pub struct CorrectLifeEntryInput {
    /// The entry.
    pub id: ID,
    /// The corrected note (1 to 2000 characters, different from the current one).
    pub note: String,
}

/// A referral note's corrected text.
#[derive(InputObject, Debug)]
pub struct CorrectReferralNoteInput {
    /// The note.
    pub id: ID,
    /// The corrected text (1 to 2000 characters, different from the current one).
    pub body: String,
}

#[derive(Default)]
pub struct RectificationMutation;

#[Object]
impl RectificationMutation {
    /// Corrects a life-card entry's note, keeping the old note in `LifeEntry.revisions`. Its
    /// author (acting for the organisation they wrote it in, and still allowed to write on the
    /// card) or an admin of the participant's organisation. `NOT_FOUND` when the viewer does not
    /// see the entry, `FORBIDDEN` when they see it but may not correct it, `VALIDATION` on
    /// `note` (also when unchanged), `CONFLICT` when someone corrected it meanwhile.
    async fn correct_life_entry(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The correction.")] input: CorrectLifeEntryInput,
    ) -> ApiResult<LifeEntryPayload> {
        let id = parse_id("id", &input.id);
        audited("LifeEntry", id.clone().ok(), async {
            let id = id?;
            let actor = actor(ctx)?;
            let Some(entry) = rectification::life_entry(db(ctx), id).await? else {
                denied_read(ctx, "readLifeEntry", "LifeEntry", id);
                return Err(ApiError::NotFound);
            };
            let view = match visible_participant(ctx, entry.participant_id).await {
                Ok(view) if visible_life_domains(actor, &view.relation).contains(&entry.domain) => {
                    view
                }
                _ => {
                    denied_read(ctx, "readLifeEntry", "LifeEntry", id);
                    return Err(ApiError::NotFound);
                }
            };
            access::correct_life_entry(
                actor,
                &entry,
                view.participant.owner_organisation_id,
                &view.relation,
            )?;
            let note = text::required("note", &input.note, 2000)?;
            if note == entry.note {
                return Err(ApiError::validation("note", "is the note as it stands"));
            }
            let by = Corrector {
                user_id: actor.user_id,
                organisation_id: actor.organisation_id().ok_or(ApiError::Forbidden)?,
            };
            let entry = rectification::correct_life_entry(db(ctx), &entry, note, by).await?;
            Ok(LifeEntryPayload {
                entry: LifeEntry(entry),
            })
        })
        .await
    }

    /// Corrects a referral note, keeping the old text in `ReferralNote.revisions`. Its author
    /// (acting for the side they wrote it for) or an admin of that organisation, also once the
    /// referral is closed. `NOT_FOUND` when the viewer may not see the referral, `FORBIDDEN`
    /// when they may not read its notes or not correct this one, `VALIDATION` on `body` (also when
    /// unchanged), `CONFLICT` when someone corrected it meanwhile.
    async fn correct_referral_note(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The correction.")] input: CorrectReferralNoteInput,
    ) -> ApiResult<ReferralNotePayload> {
        let id = parse_id("id", &input.id);
        audited("ReferralNote", id.clone().ok(), async {
            let id = id?;
            let actor = actor(ctx)?;
            let Some(note) = rectification::referral_note(db(ctx), id).await? else {
                denied_read(ctx, "readReferralNote", "ReferralNote", id);
                return Err(ApiError::NotFound);
            };
            let referral = find_visible(ctx, note.referral_id).await?;
            if !may_read_texts(ctx, &referral).await? {
                denied_read(ctx, "readReferralNote", "ReferralNote", id);
                return Err(ApiError::NotFound);
            }
            access::correct_referral_note(actor, &note, &referral)?;
            let body = required_text("body", &input.body)?;
            if body == note.body {
                return Err(ApiError::validation("body", "is the note as it stands"));
            }
            let by = Corrector {
                user_id: actor.user_id,
                organisation_id: actor.organisation_id().ok_or(ApiError::Forbidden)?,
            };
            let note = rectification::correct_referral_note(db(ctx), &note, body, by).await?;
            Ok(ReferralNotePayload {
                note: ReferralNote(note),
            })
        })
        .await
    }
}
