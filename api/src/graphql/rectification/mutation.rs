//! Rectification: correcting a life-card entry or a referral note. The text replaced is kept as
//! a revision, shown with the record to whoever sees it.

use async_graphql::{Context, ID, InputObject, Object};

use crate::graphql::caseload::mutation::unseen;
use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::life_card::LifeEntry;
use crate::graphql::life_card::mutation::LifeEntryPayload;
use crate::graphql::pagination::parse_id;
use crate::graphql::referral::ReferralNote;
use crate::graphql::referral::mutation::ReferralNotePayload;

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
        let corrections = app(ctx)?.corrections();
        let id = parse_id("id", &input.id)?;
        let entry = corrections
            .life_entry(id, &input.note)
            .await
            .map_err(|err| unseen(ctx, err.into(), "readLifeEntry", "LifeEntry", id))?;
        Ok(LifeEntryPayload {
            entry: LifeEntry(entry),
        })
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
        let corrections = app(ctx)?.corrections();
        let id = parse_id("id", &input.id)?;
        let note = corrections
            .referral_note(id, &input.body)
            .await
            .map_err(|err| unseen(ctx, err.into(), "readReferralNote", "ReferralNote", id))?;
        Ok(ReferralNotePayload {
            note: ReferralNote(note),
        })
    }
}
