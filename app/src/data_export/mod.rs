//! A participant's data export (GDPR arts. 15 and 20): everything held about one person, as
//! one machine-readable document ([`document`]), for the owning organisation's case managers
//! and org admins (`access::export_participant_data`).
//!
//! The export is a read, so no mutation audits it: the use case writes its own audit entry,
//! in a transaction of its own, before it reads anything, so no copy of a person's data
//! leaves without its entry (a refusal is written too, as `DENIED`). The document's access log
//! therefore ends with the export that made it.

pub mod document;

use std::collections::{BTreeSet, HashMap};

use chrono::Utc;
use skupaj_domain::DomainError;
use skupaj_domain::access::export_participant_data;
use skupaj_domain::audit::{AuditOutcome, AuditRecord};
use skupaj_domain::placement::Employer;
use skupaj_domain::task::TaskSubject;
use skupaj_persistence::{
    audit, consents, data_export, enrolments, life_cards, mentorships, organisations, participants,
    placements, programmes, rectification, referrals,
};
use uuid::Uuid;

pub use document::ParticipantDataExport;
use document::{
    AccessRecord, AttendanceRecord, ConsentRecord, CorrectionRecord, EnrolmentRecord, EntryRecord,
    GoalRecord, LanguageRecord, LifeCardRecord, MediationRecord, MeetingRecord, MentorshipRecord,
    Named, NoteRecord, OutcomeRecord, PlacementRecord, Profile, ProgrammeName, ReferralRecord,
    StepRecord, TaskRecord,
};

use crate::{AppError, AppResult, Handle};

/// The operation the export's audit entries name (the GraphQL field's name; the HTTP download
/// names the same, so the log reads one operation however the copy was taken).
pub const OPERATION: &str = "participantDataExport";

/// Where a request came from, as its audit entry records it.
#[derive(Debug, Clone, Default)]
pub struct RequestOrigin {
    pub client_address: Option<String>,
    pub request_id: Option<String>,
}

/// The use cases of data exports.
#[derive(Debug, Clone, Copy)]
pub struct DataExports<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Copies of what is held about people, as the actor may take them.
    pub fn data_exports(self) -> DataExports<'a> {
        DataExports(self)
    }
}

impl DataExports<'_> {
    /// Everything held about participant `id`. `NotFound` when the actor does not see them at
    /// all (as for every read of a participant), `Forbidden` when they see them but may not
    /// export (`access::export_participant_data`). Audited either way, before anything is
    /// read.
    pub async fn participant(
        &self,
        id: Uuid,
        origin: &RequestOrigin,
    ) -> AppResult<ParticipantDataExport> {
        let decided = self.decide(id).await;
        let outcome = match &decided {
            Ok(()) => AuditOutcome::Allowed,
            Err(AppError::Refused(DomainError::NotFound | DomainError::Forbidden)) => {
                AuditOutcome::Denied
            }
            Err(_) => AuditOutcome::Failed,
        };
        audit::append(self.0.db(), vec![self.entry(id, origin, outcome)]).await?;
        decided?;
        self.read(id).await
    }

    async fn decide(&self, id: Uuid) -> AppResult<()> {
        let view = self.0.participants().get(id).await?;
        export_participant_data(self.0.actor(), view.participant.owner_organisation_id)?;
        Ok(())
    }

    fn entry(&self, id: Uuid, origin: &RequestOrigin, outcome: AuditOutcome) -> AuditRecord {
        let actor = self.0.actor();
        AuditRecord {
            user_id: Some(actor.user_id),
            organisation_id: actor.organisation_id(),
            role: actor.role(),
            operation: OPERATION.to_owned(),
            entity_type: Some("Participant".to_owned()),
            entity_id: Some(id),
            outcome,
            client_address: origin.client_address.clone(),
            request_id: origin.request_id.clone(),
            reason: None,
        }
    }

    /// Reads and assembles the document (the policy has said yes).
    async fn read(&self, id: Uuid) -> AppResult<ParticipantDataExport> {
        let db = self.0.db();
        let person = participants::get(db, id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let consents = consents::of_participant(db, id).await?;
        let referrals = data_export::referrals_of(db, id).await?;
        let referral_ids: Vec<Uuid> = referrals.iter().map(|r| r.id).collect();
        let mut steps = HashMap::new();
        let mut notes = HashMap::new();
        for referral in &referral_ids {
            steps.insert(*referral, referrals::events(db, *referral).await?);
            notes.insert(*referral, referrals::notes(db, *referral).await?);
        }
        let note_ids: Vec<Uuid> = notes.values().flatten().map(|n| n.id).collect();
        let mut note_revisions = rectification::referral_note_revisions(db, &note_ids).await?;
        let enrolments = enrolments::of_participant(db, id).await?;
        let enrolment_ids: Vec<Uuid> = enrolments.iter().map(|e| e.id).collect();
        let marks = data_export::attendance_marks(db, &enrolment_ids).await?;
        let mut outcomes = HashMap::new();
        for enrolment in &enrolment_ids {
            outcomes.insert(*enrolment, enrolments::outcomes(db, *enrolment).await?);
        }
        let placements = placements::of_participant(db, id).await?;
        let goals = life_cards::goals(db, id).await?;
        let entries = data_export::life_entries_of(db, id).await?;
        let entry_ids: Vec<Uuid> = entries.iter().map(|e| e.id).collect();
        let mut entry_revisions = rectification::life_entry_revisions(db, &entry_ids).await?;
        let mentorships = mentorships::of_participant(db, id).await?;
        let mut meetings = HashMap::new();
        for mentorship in &mentorships {
            meetings.insert(
                mentorship.id,
                mentorships::meetings(db, mentorship.id).await?,
            );
        }
        let mediation = data_export::mediation_requests_of(db, id).await?;
        let tasks = data_export::tasks_about(db, id, &referral_ids).await?;

        // The log of everything about any of these records (this export's entry included).
        let mut records: Vec<Uuid> = vec![id];
        records.extend(consents.iter().map(|c| c.id));
        records.extend(&referral_ids);
        records.extend(&note_ids);
        records.extend(&enrolment_ids);
        records.extend(placements.iter().map(|p| p.id));
        records.extend(goals.iter().map(|g| g.id));
        records.extend(&entry_ids);
        records.extend(mentorships.iter().map(|m| m.id));
        records.extend(meetings.values().flatten().map(|m| m.id));
        records.extend(mediation.iter().map(|m| m.id));
        records.extend(tasks.iter().map(|t| t.id));
        records.sort_unstable();
        records.dedup();
        let log = data_export::audit_about(db, &records).await?;

        // Names of every organisation and programme named anywhere, in two statements.
        let mut organisation_ids = BTreeSet::from([person.owner_organisation_id]);
        organisation_ids.extend(
            consents
                .iter()
                .flat_map(|c| c.covered_organisations.clone()),
        );
        for referral in &referrals {
            organisation_ids.extend([referral.from_organisation_id, referral.to_organisation_id]);
        }
        organisation_ids.extend(
            steps
                .values()
                .flatten()
                .filter_map(|s| s.actor_organisation_id),
        );
        organisation_ids.extend(notes.values().flatten().map(|n| n.author_organisation_id));
        organisation_ids.extend(
            note_revisions
                .values()
                .chain(entry_revisions.values())
                .flatten()
                .map(|r| r.replaced_by_organisation_id),
        );
        organisation_ids.extend(enrolments.iter().map(|e| e.enrolled_by_organisation_id));
        for placement in &placements {
            organisation_ids.insert(placement.recorded_by_organisation_id);
            if let Employer::Organisation(employer) = placement.employer {
                organisation_ids.insert(employer);
            }
        }
        organisation_ids.extend(goals.iter().map(|g| g.organisation_id));
        organisation_ids.extend(entries.iter().map(|e| e.organisation_id));
        organisation_ids.extend(mentorships.iter().map(|m| m.organisation_id));
        organisation_ids.extend(mediation.iter().map(|m| m.organisation_id));
        organisation_ids.extend(tasks.iter().map(|t| t.organisation_id));
        organisation_ids.extend(log.iter().filter_map(|e| e.organisation_id));
        let organisation_ids: Vec<Uuid> = organisation_ids.into_iter().collect();
        let names: HashMap<Uuid, String> = organisations::get_many(db, &organisation_ids)
            .await?
            .into_iter()
            .map(|o| (o.id, o.profile.name))
            .collect();
        let org = |id: Uuid| Named {
            id,
            name: names.get(&id).cloned(),
        };
        let mut programme_ids: Vec<Uuid> = referrals
            .iter()
            .filter_map(|r| r.programme_id)
            .chain(enrolments.iter().map(|e| e.programme_id))
            .collect();
        programme_ids.sort_unstable();
        programme_ids.dedup();
        let titles: HashMap<Uuid, _> = programmes::get_many(db, &programme_ids)
            .await?
            .into_iter()
            .map(|p| (p.id, p.profile.title))
            .collect();
        let programme = |id: Uuid| ProgrammeName {
            id,
            title: titles.get(&id).cloned().unwrap_or_default(),
        };
        let corrections = |revisions: Option<Vec<skupaj_domain::rectification::Revision>>| {
            revisions
                .unwrap_or_default()
                .into_iter()
                .map(|r| CorrectionRecord {
                    previous_text: r.text,
                    replaced_at: r.replaced_at,
                    organisation: org(r.replaced_by_organisation_id),
                })
                .collect::<Vec<_>>()
        };

        let profile = person.profile;
        Ok(ParticipantDataExport {
            format: document::FORMAT,
            format_version: document::FORMAT_VERSION,
            generated_at: Utc::now(),
            controller: org(person.owner_organisation_id),
            participant: Profile {
                id: person.id,
                reference_code: person.reference_code,
                given_name: profile.given_name,
                family_name: profile.family_name,
                birth_year: profile.birth_year,
                gender: profile.gender,
                email: profile.email,
                phone: profile.phone,
                legal_status: profile.legal_status,
                country_of_origin: profile.country_of_origin,
                arrival_date: profile.arrival_date,
                preferred_language: profile.preferred_language,
                languages: profile
                    .languages
                    .into_iter()
                    .map(|l| LanguageRecord {
                        language: l.language,
                        level: l.level,
                    })
                    .collect(),
                slovenian_level: profile.slovenian_level,
                education_level: profile.education_level,
                skills: profile.skills,
                interests: profile.interests,
                needs: profile.needs,
                location_preference: profile.location_preference,
                max_travel_km: profile.max_travel_km,
                municipality: profile.municipality,
                created_at: person.created_at,
                updated_at: person.updated_at,
            },
            consents: consents
                .into_iter()
                .map(|c| ConsentRecord {
                    id: c.id,
                    purpose: c.purpose,
                    covered_organisations: c.covered_organisations.into_iter().map(org).collect(),
                    covered_kinds: c.covered_kinds,
                    field_groups: c.field_groups,
                    method: c.method,
                    language: c.language,
                    given_at: c.given_at,
                    expires_at: c.expires_at,
                    withdrawn_at: c.withdrawn_at,
                })
                .collect(),
            referrals: referrals
                .into_iter()
                .map(|r| ReferralRecord {
                    history: steps
                        .remove(&r.id)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|s| StepRecord {
                            at: s.at,
                            action: s.action,
                            from_status: s.from_status,
                            to_status: s.to_status,
                            organisation: s.actor_organisation_id.map(org),
                            comment: s.comment,
                        })
                        .collect(),
                    notes: notes
                        .remove(&r.id)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|n| NoteRecord {
                            id: n.id,
                            organisation: org(n.author_organisation_id),
                            body: n.body,
                            created_at: n.created_at,
                            corrections: corrections(note_revisions.remove(&n.id)),
                        })
                        .collect(),
                    id: r.id,
                    from_organisation: org(r.from_organisation_id),
                    to_organisation: org(r.to_organisation_id),
                    programme: r.programme_id.map(programme),
                    need_domain: r.need_domain,
                    priority: r.priority,
                    kind: r.kind,
                    reason: r.reason,
                    respond_by: r.respond_by,
                    status: r.status,
                    decline_reason: r.decline_reason,
                    outcome: r.outcome,
                    cancel_reason: r.cancel_reason,
                    consent_id: r.consent_id,
                    redirected_from_id: r.redirected_from_id,
                    sent_at: r.sent_at,
                    first_response_at: r.first_response_at,
                    created_at: r.created_at,
                    updated_at: r.updated_at,
                })
                .collect(),
            enrolments: enrolments
                .into_iter()
                .map(|e| EnrolmentRecord {
                    attendance: marks
                        .iter()
                        .filter(|m| m.enrolment_id == e.id)
                        .map(|m| AttendanceRecord {
                            session_id: m.session_id,
                            session_starts_at: m.session_starts_at,
                            status: m.status,
                        })
                        .collect(),
                    follow_up_outcomes: outcomes
                        .remove(&e.id)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(outcome, occurred_on)| OutcomeRecord {
                            outcome,
                            occurred_on,
                        })
                        .collect(),
                    id: e.id,
                    programme: programme(e.programme_id),
                    status: e.status,
                    referral_id: e.referral_id,
                    enrolled_by: org(e.enrolled_by_organisation_id),
                    placed_at: e.placed_at,
                    modules_completed: e.modules_completed,
                    certificate_awarded: e.certificate_awarded,
                    completed_on: e.completed_on,
                    created_at: e.created_at,
                })
                .collect(),
            placements: placements
                .into_iter()
                .map(|p| {
                    let (employer_organisation, employer_name) = match p.employer {
                        Employer::Organisation(id) => (Some(org(id)), None),
                        Employer::Named(name) => (None, Some(name)),
                    };
                    PlacementRecord {
                        id: p.id,
                        employer_organisation,
                        employer_name,
                        occupation: p.occupation,
                        contract_type: p.contract_type,
                        hours_per_week: p.hours_per_week,
                        starts_on: p.starts_on,
                        uses_training: p.uses_training,
                        enrolment_id: p.enrolment_id,
                        programme_id: p.programme_id,
                        recorded_by: org(p.recorded_by_organisation_id),
                        created_at: p.created_at,
                    }
                })
                .collect(),
            life_card: LifeCardRecord {
                goals: goals
                    .into_iter()
                    .map(|g| GoalRecord {
                        id: g.id,
                        domain: g.domain,
                        title: g.title,
                        target_date: g.target_date,
                        status: g.status,
                        organisation: org(g.organisation_id),
                        created_at: g.created_at,
                    })
                    .collect(),
                entries: entries
                    .into_iter()
                    .map(|e| EntryRecord {
                        corrections: corrections(entry_revisions.remove(&e.id)),
                        id: e.id,
                        domain: e.domain,
                        goal_id: e.goal_id,
                        note: e.note,
                        occurred_on: e.occurred_on,
                        organisation: org(e.organisation_id),
                        created_at: e.created_at,
                    })
                    .collect(),
            },
            mentorships: mentorships
                .into_iter()
                .map(|m| MentorshipRecord {
                    meetings: meetings
                        .remove(&m.id)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|meeting| MeetingRecord {
                            id: meeting.id,
                            held_on: meeting.held_on,
                            notes: meeting.notes,
                        })
                        .collect(),
                    id: m.id,
                    organisation: org(m.organisation_id),
                    goals: m.goals,
                    status: m.status,
                    started_on: m.started_on,
                    created_at: m.created_at,
                })
                .collect(),
            mediation_requests: mediation
                .into_iter()
                .map(|m| MediationRecord {
                    id: m.id,
                    organisation: org(m.organisation_id),
                    language: m.language,
                    starts_at: m.starts_at,
                    place: m.place,
                    remote: m.remote,
                    referral_id: m.referral_id,
                    notes: m.notes,
                    status: m.status,
                    mediator_assigned: m.mediator_user_id.is_some(),
                    created_at: m.created_at,
                })
                .collect(),
            tasks: tasks
                .into_iter()
                .map(|t| TaskRecord {
                    id: t.id,
                    organisation: org(t.organisation_id),
                    referral_id: match t.subject {
                        TaskSubject::Referral(referral) => Some(referral),
                        TaskSubject::Participant(_) => None,
                    },
                    title: t.title,
                    due_on: t.due_on,
                    status: t.status,
                    created_at: t.created_at,
                    completed_at: t.completed_at,
                })
                .collect(),
            access_log: log
                .into_iter()
                .map(|e| AccessRecord {
                    at: e.at,
                    organisation: e.organisation_id.map(org),
                    role: e.role,
                    operation: e.operation,
                    record_type: e.entity_type,
                    record_id: e.entity_id,
                    outcome: e.outcome,
                })
                .collect(),
        })
    }
}
