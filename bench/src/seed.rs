//! `skupaj-bench seed`: fills an empty database with generated organisations, staff,
//! participants with consents, programmes, vacancies and referrals, at a chosen scale.
//!
//! The same scale and seed give the same rows: every choice comes from one seeded random
//! generator and every date from a fixed anchor day, not from the clock. (Organisations and
//! accounts are written through the application's own functions, so their ids are fresh on each
//! run; nothing depends on those ids' order.) Small tables go through the application's writes;
//! the big ones through `persistence::bulk`, in multi-row statements and one transaction per
//! chunk, which is what makes a million referrals a matter of minutes.

use std::time::Instant;

use anyhow::Context as _;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use sea_orm::TransactionTrait;
use skupaj_domain::consent::{Consent, ConsentMethod, ConsentPurpose, FieldGroup};
use skupaj_domain::language::LanguageCode;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::organisation::{OrganisationKind, OrganisationProfile, OrganisationSector};
use skupaj_domain::participant::{
    CefrLevel, EducationLevel, LanguageSkill, LegalStatus, LocationPreference, Participant,
    ParticipantNeed, ParticipantProfile,
};
use skupaj_domain::programme::{
    Eligibility, Programme, ProgrammeKind, ProgrammeProfile, ProgrammeStatus,
};
use skupaj_domain::referral::{
    NeedDomain, Referral, ReferralKind, ReferralOutcome, ReferralPriority, ReferralStatus,
};
use skupaj_domain::user::NewUser;
use skupaj_persistence::{Database, bulk, organisations, users, vacancies};
use strum::IntoEnumIterator;
use uuid::Uuid;

use crate::catalogue::{FAMILY_NAMES, GIVEN_NAMES, LANGUAGES, MUNICIPALITIES, OCCUPATIONS, SKILLS};

/// How much to generate.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct Scale {
    /// Organisations (the first thirty are the municipalities' own offices).
    #[arg(long, default_value_t = 1_000)]
    pub organisations: usize,
    /// Participants, each with one consent to referrals.
    #[arg(long, default_value_t = 100_000)]
    pub participants: usize,
    /// Programmes (about 80% open: published or running).
    #[arg(long, default_value_t = 10_000)]
    pub programmes: usize,
    /// Referrals, spread over the two years before the anchor day.
    #[arg(long, default_value_t = 10_000)]
    pub referrals: usize,
    /// The seed of every random choice.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// Every organisation other than the offices, and every participant, in the dashboard's
    /// municipality, so its officer tracks every sent referral (the export benchmark's
    /// viewer); programmes are still spread.
    #[arg(long, default_value_t = false)]
    pub one_municipality: bool,
}

/// The password of every generated account.
pub const PASSWORD: &str = "skupaj-bench-2026";

/// Who the benchmark signs in as, and with which data: the accounts and ids a workload needs.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Cast {
    /// An analyst of Ljubljana's municipal office: the dashboard's viewer (W1, B1).
    pub officer_email: String,
    /// A case manager whose organisation owns the participants below (W2, W3).
    pub case_manager_email: String,
    /// Participants owned by the case manager's organisation.
    pub participant_ids: Vec<Uuid>,
    /// Organisations the case manager may refer to (W3).
    pub receiver_ids: Vec<Uuid>,
    /// The case manager of each of those, in the same order (told of each referral sent).
    #[serde(default)]
    pub receiver_emails: Vec<String>,
    /// The municipality of the dashboard.
    pub municipality: String,
}

/// The day generated dates are counted from (so that two runs give the same rows). Programmes
/// run until well after it; referrals are created in the two years before it.
pub fn anchor_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default()
}

fn anchor() -> DateTime<Utc> {
    anchor_day()
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
        .and_utc()
}

/// Rows per transaction for the big tables.
const CHUNK: usize = 10_000;

/// Generates the data; the database must be migrated and hold no organisations yet.
pub async fn seed(db: &Database, scale: Scale) -> anyhow::Result<Cast> {
    anyhow::ensure!(
        scale.organisations > MUNICIPALITIES.len() + 1,
        "at least {} organisations are needed: one office per municipality and others",
        MUNICIPALITIES.len() + 2
    );
    let existing = organisations::list(
        db,
        &Default::default(),
        &organisations::OrganisationKeyset::ByCreation { after: None },
        1,
    )
    .await?;
    anyhow::ensure!(
        existing.items.is_empty(),
        "the database already holds organisations; seed an empty one"
    );
    let mut rng = StdRng::seed_from_u64(scale.seed);
    let started = Instant::now();
    let orgs =
        seed_organisations(db, &mut rng, scale.organisations, scale.one_municipality).await?;
    step("organisations and staff", scale.organisations, started);

    let started = Instant::now();
    // The workloads' case manager works outside the dashboard's municipality and refers to
    // organisations outside it, so that W3's new referrals never change W1's page. Their
    // organisation is a large one, holding a tenth of all participants, so that W5 searches a
    // caseload that grows with the platform.
    let dashboard = MUNICIPALITIES[0].0;
    let home = orgs
        .services
        .iter()
        .copied()
        .find(|i| orgs.municipality[*i] != dashboard)
        .unwrap_or(orgs.services[0]);
    let people = seed_participants(
        db,
        &mut rng,
        &orgs,
        home,
        scale.participants,
        scale.one_municipality,
    )
    .await?;
    step("participants and consents", scale.participants, started);

    let started = Instant::now();
    let programme_ids = seed_programmes(db, &mut rng, &orgs, scale.programmes).await?;
    step("programmes", scale.programmes, started);

    let started = Instant::now();
    let vacancy_count = seed_vacancies(db, &mut rng, &orgs).await?;
    step("vacancies", vacancy_count, started);

    let started = Instant::now();
    seed_referrals(
        db,
        &mut rng,
        &orgs,
        &people,
        &programme_ids,
        scale.referrals,
    )
    .await?;
    step("referrals", scale.referrals, started);

    let participant_ids = people
        .ids
        .iter()
        .zip(&people.owner)
        .filter(|(_, owner)| **owner == home)
        .map(|(id, _)| *id)
        .take(200)
        .collect();
    let receivers: Vec<usize> = orgs
        .services
        .iter()
        .copied()
        .filter(|i| *i != home && orgs.municipality[*i] != dashboard)
        .take(20)
        .collect();
    Ok(Cast {
        officer_email: staff_email(0),
        case_manager_email: staff_email(home),
        participant_ids,
        receiver_ids: receivers.iter().map(|i| orgs.ids[*i]).collect(),
        receiver_emails: receivers.iter().map(|i| staff_email(*i)).collect(),
        municipality: MUNICIPALITIES[0].0.to_owned(),
    })
}

fn step(what: &str, rows: usize, started: Instant) {
    eprintln!(
        "  {rows:>9} {what} in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

/// The generated organisations: ids, municipality, and the staff account of each.
struct Organisations {
    ids: Vec<Uuid>,
    municipality: Vec<&'static str>,
    staff: Vec<Uuid>,
    /// Indexes of the organisations that serve participants (all but the municipal offices).
    services: Vec<usize>,
}

fn staff_email(index: usize) -> String {
    format!("staff{index:05}@bench.skupaj.test")
}

/// A weighted draw, or the dashboard's municipality when `one` (the draw is made either way, so
/// the other choices stay as they were).
fn place(rng: &mut StdRng, one: bool) -> &'static str {
    let drawn = weighted_municipality(rng);
    if one { MUNICIPALITIES[0].0 } else { drawn }
}

fn weighted_municipality(rng: &mut StdRng) -> &'static str {
    MUNICIPALITIES
        .choose_weighted(rng, |(_, population)| *population)
        .map(|(name, _)| *name)
        .unwrap_or(MUNICIPALITIES[0].0)
}

fn language(code: &str) -> anyhow::Result<LanguageCode> {
    LanguageCode::parse("language", code).map_err(|e| anyhow::anyhow!("{e}"))
}

async fn seed_organisations(
    db: &Database,
    rng: &mut StdRng,
    count: usize,
    one_municipality: bool,
) -> anyhow::Result<Organisations> {
    const SERVICE_KINDS: &[OrganisationKind] = &[
        OrganisationKind::Ngo,
        OrganisationKind::LabourAgency,
        OrganisationKind::Education,
        OrganisationKind::SocialWorkCentre,
        OrganisationKind::CommunityAssociation,
        OrganisationKind::YouthCentre,
        OrganisationKind::Company,
    ];
    // One argon2 hash for every account: hashing a thousand passwords would take a minute.
    let hash = skupaj_api::auth::password::hash(PASSWORD)?;
    let working = vec![language("sl")?, language("en")?];
    let mut orgs = Organisations {
        ids: Vec::with_capacity(count),
        municipality: Vec::with_capacity(count),
        staff: Vec::with_capacity(count),
        services: Vec::new(),
    };
    for index in 0..count {
        let (kind, municipality, name) = match MUNICIPALITIES.get(index) {
            Some((town, _)) => (
                OrganisationKind::Municipality,
                *town,
                format!("Občina {town}"),
            ),
            None => {
                let kind = *SERVICE_KINDS.choose(rng).unwrap_or(&OrganisationKind::Ngo);
                (
                    kind,
                    place(rng, one_municipality),
                    format!("Organisation {index:05}"),
                )
            }
        };
        let profile = OrganisationProfile {
            kind,
            name,
            description: None,
            municipality: municipality.to_owned(),
            region: None,
            address: None,
            coordinates: None,
            contact_email: None,
            working_languages: working.clone(),
            sector: if kind == OrganisationKind::Company {
                OrganisationSector::Private
            } else {
                OrganisationSector::Public
            },
            cwcs: None,
        };
        let organisation =
            organisations::create(db, skupaj_domain::access::platform_job(), &profile).await?;
        let new_user = NewUser::parse(&staff_email(index), &format!("Staff {index:05}"), "sl")
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let user = users::create(db, &new_user, hash.clone(), None).await?;
        let role = if kind == OrganisationKind::Municipality {
            MembershipRole::Analyst
        } else {
            orgs.services.push(index);
            MembershipRole::CaseManager
        };
        users::add_membership(db, user.id, organisation.id, role).await?;
        orgs.ids.push(organisation.id);
        orgs.municipality.push(municipality);
        orgs.staff.push(user.id);
    }
    Ok(orgs)
}

/// Participants' ids, owners (organisation indexes) and consents.
struct People {
    ids: Vec<Uuid>,
    owner: Vec<usize>,
    consents: Vec<Uuid>,
}

/// A time-ordered id (UUIDv7) for a moment, with random bits from the seeded generator.
fn id_at(rng: &mut StdRng, at: DateTime<Utc>) -> Uuid {
    let millis = u64::try_from(at.timestamp_millis()).unwrap_or_default();
    let bytes: [u8; 10] = rng.random();
    uuid::Builder::from_unix_timestamp_millis(millis, &bytes).into_uuid()
}

/// The moment of row `index` of `count`, spread evenly over `days`.
fn spread(index: usize, count: usize, days: i64) -> Duration {
    Duration::seconds(days * 24 * 3600 * index as i64 / count.max(1) as i64)
}

fn some_of(rng: &mut StdRng, from: &[&str], most: usize) -> Vec<String> {
    let count = rng.random_range(1..=most);
    from.choose_multiple(rng, count)
        .map(|s| (*s).to_owned())
        .collect()
}

async fn seed_participants(
    db: &Database,
    rng: &mut StdRng,
    orgs: &Organisations,
    large: usize,
    count: usize,
    one_municipality: bool,
) -> anyhow::Result<People> {
    let levels: Vec<CefrLevel> = CefrLevel::iter().collect();
    let statuses: Vec<LegalStatus> = LegalStatus::iter().collect();
    let needs: Vec<ParticipantNeed> = ParticipantNeed::iter().collect();
    let all_kinds: Vec<OrganisationKind> = OrganisationKind::iter().collect();
    let all_groups: Vec<FieldGroup> = FieldGroup::iter().collect();
    let mut people = People {
        ids: Vec::with_capacity(count),
        owner: Vec::with_capacity(count),
        consents: Vec::with_capacity(count),
    };
    let mut start = 0;
    while start < count {
        let end = (start + CHUNK).min(count);
        let mut participants = Vec::with_capacity(end - start);
        let mut consents = Vec::with_capacity(end - start);
        let mut recorders = Vec::with_capacity(end - start);
        for index in start..end {
            // Registered in the year before the first referral (referrals span two years).
            let created = anchor() - Duration::days(1100) + spread(index, count, 360);
            let id = id_at(rng, created);
            let owner = if rng.random_bool(0.1) {
                large
            } else {
                *orgs.services.choose(rng).unwrap_or(&orgs.services[0])
            };
            let preferred = *LANGUAGES.choose(rng).unwrap_or(&"en");
            let mut languages = vec![
                LanguageSkill {
                    language: language(preferred)?,
                    level: CefrLevel::Native,
                },
                LanguageSkill {
                    language: language("sl")?,
                    level: *levels[..4].choose(rng).unwrap_or(&CefrLevel::A1),
                },
            ];
            if preferred != "en" && rng.random_bool(0.4) {
                languages.push(LanguageSkill {
                    language: language("en")?,
                    level: *levels[1..5].choose(rng).unwrap_or(&CefrLevel::B1),
                });
            }
            let profile = ParticipantProfile {
                given_name: (*GIVEN_NAMES.choose(rng).unwrap_or(&"Amina")).to_owned(),
                family_name: Some((*FAMILY_NAMES.choose(rng).unwrap_or(&"Haddad")).to_owned()),
                birth_year: Some(rng.random_range(1966..=2007)),
                gender: None,
                email: None,
                // Half give a phone number, written the way people write it.
                phone: rng.random_bool(0.5).then(|| {
                    format!(
                        "+386 {} {:03} {:03}",
                        rng.random_range(30..=71),
                        rng.random_range(0..1000),
                        rng.random_range(0..1000)
                    )
                }),
                legal_status: statuses.choose(rng).copied(),
                country_of_origin: None,
                arrival_date: None,
                preferred_language: language(preferred)?,
                slovenian_level: languages.get(1).map(|l| l.level),
                languages,
                education_level: Some(EducationLevel::Secondary),
                skills: some_of(rng, SKILLS, 3),
                interests: some_of(rng, SKILLS, 3),
                needs: needs
                    .iter()
                    .filter(|_| rng.random_bool(0.15))
                    .copied()
                    .collect(),
                location_preference: Some(LocationPreference::Any),
                max_travel_km: Some(rng.random_range(10..=60)),
                municipality: Some(place(rng, one_municipality).to_owned()),
            };
            participants.push(Participant {
                id,
                reference_code: format!("P-B{:03X}-{:04X}", index >> 16, index & 0xFFFF),
                owner_organisation_id: orgs.ids[owner],
                profile,
                created_at: created,
                updated_at: created,
            });
            let consent_id = id_at(rng, created);
            recorders.push(orgs.staff[owner]);
            consents.push(Consent {
                id: consent_id,
                participant_id: id,
                purpose: ConsentPurpose::Referral,
                covered_organisations: Vec::new(),
                covered_kinds: all_kinds.clone(),
                field_groups: all_groups.clone(),
                method: ConsentMethod::Written,
                language: language(preferred)?,
                given_at: created,
                expires_at: None,
                withdrawn_at: None,
            });
            people.ids.push(id);
            people.owner.push(owner);
            people.consents.push(consent_id);
        }
        let txn = db.begin().await?;
        bulk::insert_participants(&txn, &participants).await?;
        bulk::insert_consents(&txn, &consents, &recorders).await?;
        txn.commit().await?;
        start = end;
    }
    Ok(people)
}

/// Generates programmes; returns the open ones (those referrals may ask for) with the index of
/// the organisation that leads each.
async fn seed_programmes(
    db: &Database,
    rng: &mut StdRng,
    orgs: &Organisations,
    count: usize,
) -> anyhow::Result<Vec<(Uuid, usize)>> {
    let kinds: Vec<ProgrammeKind> = ProgrammeKind::iter().collect();
    let sl = language("sl")?;
    let en = language("en")?;
    let mut ids = Vec::with_capacity(count);
    let mut start = 0;
    while start < count {
        let end = (start + CHUNK).min(count);
        let mut programmes = Vec::with_capacity(end - start);
        for index in start..end {
            // Created before the first referral, which may ask for it.
            let created = anchor() - Duration::days(740) + spread(index, count, 9);
            let id = id_at(rng, created);
            let status = match rng.random_range(0..100) {
                0..50 => ProgrammeStatus::Published,
                50..80 => ProgrammeStatus::Running,
                80..95 => ProgrammeStatus::Completed,
                _ => ProgrammeStatus::Draft,
            };
            let starts_on = anchor_day() + Duration::days(rng.random_range(-120..60));
            let ends_on = if status == ProgrammeStatus::Completed {
                anchor_day() - Duration::days(rng.random_range(1..200))
            } else {
                anchor_day() + Duration::days(rng.random_range(200..600))
            };
            let skills = some_of(rng, SKILLS, 3);
            let title = format!("{} ({index})", skills[0]);
            let languages_of_instruction = match rng.random_range(0..10) {
                0..6 => vec![sl.clone()],
                6..9 => vec![sl.clone(), en.clone()],
                _ => vec![en.clone()],
            };
            let capacity = rng.random_range(8..=30);
            let profile = ProgrammeProfile {
                kind: *kinds
                    .choose(rng)
                    .unwrap_or(&ProgrammeKind::VocationalTraining),
                title: [(sl.clone(), title.clone()), (en.clone(), title)].into(),
                description: [(en.clone(), "Generated for the benchmark.".to_owned())].into(),
                modules: Vec::new(),
                skills_taught: skills,
                target_occupations: some_of(rng, OCCUPATIONS, 2),
                certificate: None,
                venue: None,
                municipality: weighted_municipality(rng).to_owned(),
                capacity,
                eligibility: Eligibility {
                    legal_statuses: Vec::new(),
                    min_language: None,
                    min_age: rng.random_bool(0.3).then_some(18),
                    max_age: None,
                },
                languages_of_instruction,
                interpretation: rng.random_bool(0.3),
                childcare: rng.random_bool(0.2),
                step_free_access: rng.random_bool(0.5),
                cost_cents: 0,
                min_attendance_percent: 80,
                starts_on: Some(starts_on),
                ends_on: Some(ends_on),
                stakeholder_group_id: None,
                partners_may_add_sessions: false,
            };
            let lead = *orgs.services.choose(rng).unwrap_or(&orgs.services[0]);
            programmes.push(Programme {
                id,
                lead_organisation_id: orgs.ids[lead],
                partners: Vec::new(),
                status,
                profile,
                enrolled_count: rng.random_range(0..=capacity),
                created_at: created,
            });
            // Referrals ask only for programmes taking participants, as `createReferral` allows.
            if status.accepts_enrolment() {
                ids.push((id, lead));
            }
        }
        let txn = db.begin().await?;
        bulk::insert_programmes(&txn, &programmes).await?;
        txn.commit().await?;
        start = end;
    }
    Ok(ids)
}

/// Two open vacancies per employer-like organisation (companies and labour agencies).
async fn seed_vacancies(
    db: &Database,
    rng: &mut StdRng,
    orgs: &Organisations,
) -> anyhow::Result<usize> {
    let mut written = 0;
    for index in orgs.services.iter().copied() {
        if index % 3 != 0 {
            continue;
        }
        for _ in 0..2 {
            let occupation = (*OCCUPATIONS.choose(rng).unwrap_or(&"welder")).to_owned();
            vacancies::create(
                db,
                skupaj_domain::access::platform_job(),
                orgs.ids[index],
                occupation,
                some_of(rng, SKILLS, 2),
                None,
                orgs.municipality[index].to_owned(),
                rng.random_range(1..=5),
                anchor_day() + Duration::days(rng.random_range(60..400)),
            )
            .await
            .context("vacancy")?;
            written += 1;
        }
    }
    Ok(written)
}

/// A referral's status, with how often it occurs: most are finished, a fifth are open.
fn referral_status(rng: &mut StdRng) -> ReferralStatus {
    match rng.random_range(0..100) {
        0..5 => ReferralStatus::Draft,
        5..20 => ReferralStatus::Sent,
        20..28 => ReferralStatus::Accepted,
        28..40 => ReferralStatus::InProgress,
        40..43 => ReferralStatus::OnHold,
        43..75 => ReferralStatus::Completed,
        75..85 => ReferralStatus::Declined,
        85..90 => ReferralStatus::Expired,
        90..94 => ReferralStatus::Redirected,
        _ => ReferralStatus::Cancelled,
    }
}

async fn seed_referrals(
    db: &Database,
    rng: &mut StdRng,
    orgs: &Organisations,
    people: &People,
    programmes: &[(Uuid, usize)],
    count: usize,
) -> anyhow::Result<()> {
    let domains: Vec<NeedDomain> = NeedDomain::iter().collect();
    let priorities: Vec<ReferralPriority> = ReferralPriority::iter().collect();
    // Spread evenly over two years, oldest first, so ids grow with creation time.
    let span_seconds = 2 * 365 * 24 * 3600;
    let step = (span_seconds / count.max(1) as i64).max(1);
    let first = anchor() - Duration::seconds(span_seconds);
    let mut order: Vec<usize> = (0..people.ids.len()).collect();
    order.shuffle(rng);
    let mut start = 0;
    while start < count {
        let end = (start + CHUNK).min(count);
        let mut referrals = Vec::with_capacity(end - start);
        for index in start..end {
            let created = first + Duration::seconds(index as i64 * step);
            let person = order[index % order.len()];
            let from = people.owner[person];
            // Two in five ask for a programme; they go to the organisation that leads it.
            let programme = if rng.random_bool(0.4) {
                programmes
                    .choose(rng)
                    .copied()
                    .filter(|(_, lead)| *lead != from)
            } else {
                None
            };
            let to = match programme {
                Some((_, lead)) => lead,
                None => {
                    let to = *orgs.services.choose(rng).unwrap_or(&from);
                    if to == from {
                        let at = orgs.services.iter().position(|i| *i == to).unwrap_or(0);
                        orgs.services[(at + 1) % orgs.services.len()]
                    } else {
                        to
                    }
                }
            };
            let status = referral_status(rng);
            let sent = status != ReferralStatus::Draft;
            let answered = !matches!(
                status,
                ReferralStatus::Draft | ReferralStatus::Sent | ReferralStatus::Expired
            );
            referrals.push(Referral {
                id: id_at(rng, created),
                participant_id: people.ids[person],
                from_organisation_id: orgs.ids[from],
                from_user_id: orgs.staff[from],
                to_organisation_id: orgs.ids[to],
                programme_id: programme.map(|(id, _)| id),
                need_domain: *domains.choose(rng).unwrap_or(&NeedDomain::Employment),
                priority: *priorities.choose(rng).unwrap_or(&ReferralPriority::Normal),
                reason: "Generated for the benchmark.".to_owned(),
                respond_by: (created + Duration::days(14)).date_naive(),
                kind: ReferralKind::Service,
                status,
                consent_id: sent.then(|| people.consents[person]),
                redirected_from_id: None,
                decline_reason: None,
                outcome: (status == ReferralStatus::Completed)
                    .then_some(ReferralOutcome::ServiceProvided),
                cancel_reason: None,
                version: if answered { 3 } else { 2 },
                sent_at: sent.then(|| created + Duration::minutes(5)),
                first_response_at: answered
                    .then(|| created + Duration::hours(rng.random_range(2..240))),
                created_at: created,
                updated_at: created,
            });
        }
        let txn = db.begin().await?;
        bulk::insert_referrals(&txn, &referrals).await?;
        txn.commit().await?;
        start = end;
    }
    Ok(())
}
