//! Demo programmes of every kind with partners and sessions, enrolments in every state with
//! attendance and outcomes, life cards, a mentor, mediation requests, vacancies, and a
//! stakeholder group per demo municipality. Seeded once: when the demo coworking space already
//! leads a programme, nothing is added.

use std::collections::HashMap;

use chrono::{Duration, Utc};
use skupaj_app::referral::EnrolmentFollower;
use skupaj_domain::access::{ParticipantScope, platform_job};
use skupaj_domain::email::Email;
use skupaj_domain::enrolment::{AttendanceStatus, EnrolmentStatus, FollowUpOutcome};
use skupaj_domain::language::LanguageCode;
use skupaj_domain::life_card::{GoalStatus, LifeDomain};
use skupaj_domain::mediation::MediationStatus;
use skupaj_domain::mentorship::staff_profile;
use skupaj_domain::notification::on_mediation_request;
use skupaj_domain::participant::{CefrLevel, LegalStatus};
use skupaj_domain::programme::{
    LanguageRequirement, PartnerRole, ProgrammeInput, ProgrammeKind as Kind, ProgrammeStatus,
};
use skupaj_persistence::enrolments::{self, NewEnrolment};
use skupaj_persistence::mediation::{self, NewRequest};
use skupaj_persistence::mentorships::NewMentorship;
use skupaj_persistence::programmes::{self, ProgrammeFilter};
use skupaj_persistence::referrals::ActedBy as Actor;
use skupaj_persistence::{
    Database, life_cards, mentorships, participants, stakeholder_groups, users, vacancies,
};
use uuid::Uuid;

/// (kind, title (sl, en), lead, partner, municipality, status, capacity, skills, occupations)
type DemoProgramme = (
    Kind,
    (&'static str, &'static str),
    &'static str,
    Option<(&'static str, PartnerRole)>,
    &'static str,
    ProgrammeStatus,
    u32,
    &'static [&'static str],
    &'static [&'static str],
);

const PROGRAMMES: &[DemoProgramme] = &[
    (
        Kind::VocationalTraining,
        ("Varjenje za začetnike", "Welding for beginners"),
        "Obalni FabLab",
        Some(("Ladjedelnica Obala", PartnerRole::Trainer)),
        "Koper",
        ProgrammeStatus::Running,
        2,
        &["welding", "metalwork"],
        &["welder"],
    ),
    (
        Kind::LanguageCourse,
        ("Slovenščina A2", "Slovenian A2"),
        "Ljudska šola jezikov",
        Some(("Skupni Prostor coworking", PartnerRole::HostSpace)),
        "Ljubljana",
        ProgrammeStatus::Running,
        12,
        &["slovenian"],
        &[],
    ),
    (
        Kind::Mentorship,
        ("Mentorstvo za poklicno pot", "Career mentorship"),
        "Skupni Prostor coworking",
        None,
        "Ljubljana",
        ProgrammeStatus::Published,
        8,
        &["career planning"],
        &[],
    ),
    (
        Kind::Entrepreneurship,
        ("Od ideje do podjetja", "From idea to business"),
        "Podjetniški inkubator Vipava",
        None,
        "Ajdovščina",
        ProgrammeStatus::Published,
        10,
        &["business planning"],
        &["entrepreneur"],
    ),
    (
        Kind::MakerWorkshop,
        ("Delavnica 3D tiska", "3D printing workshop"),
        "Obalni FabLab",
        None,
        "Koper",
        ProgrammeStatus::Published,
        6,
        &["3d printing"],
        &["technician"],
    ),
    (
        Kind::CulturalOrientation,
        ("Življenje v Sloveniji", "Living in Slovenia"),
        "Društvo Most",
        None,
        "Ljubljana",
        ProgrammeStatus::Completed,
        20,
        &[],
        &[],
    ),
    (
        Kind::NetworkingEvent,
        ("Srečanje ustvarjalcev", "Creators' meetup"),
        "Kreativni hub Soča",
        None,
        "Nova Gorica",
        ProgrammeStatus::Published,
        40,
        &["networking"],
        &[],
    ),
    (
        Kind::IntegrationCourse,
        ("Program vključevanja", "Integration course"),
        "Dolenjska solidarnost",
        None,
        "Novo mesto",
        ProgrammeStatus::Published,
        15,
        &["citizenship"],
        &[],
    ),
    (
        Kind::Internship,
        ("Pripravništvo v coworkingu", "Coworking internship"),
        "Tkalnica coworking",
        None,
        "Kranj",
        ProgrammeStatus::Draft,
        2,
        &["community management"],
        &["community manager"],
    ),
    (
        Kind::Certification,
        (
            "Priprava na certifikat NPK kuhar",
            "Cook certificate preparation",
        ),
        "Zaposlitveni center Ljubljana",
        Some(("Skupni Prostor coworking", PartnerRole::Funder)),
        "Ljubljana",
        ProgrammeStatus::Published,
        10,
        &["cooking"],
        &["cook"],
    ),
];

/// Seeds the programmes and the work around them; returns how many programmes were created.
pub async fn seed(db: &Database, organisations: &HashMap<&str, Uuid>) -> anyhow::Result<usize> {
    let org = |name: &str| organisations[name];
    let existing = programmes::search(
        db,
        &ProgrammeFilter {
            organised_by: Some(org("Skupni Prostor coworking")),
            ..ProgrammeFilter::default()
        },
        None,
        1,
    )
    .await?;
    if !existing.items.is_empty() {
        return Ok(0);
    }
    let today = Utc::now().date_naive();
    let mut ids = Vec::new();
    for (kind, (sl, en), lead, partner, municipality, status, capacity, skills, occupations) in
        PROGRAMMES
    {
        let profile = ProgrammeInput {
            partners_may_add_sessions: false,
            kind: Some(*kind),
            title: vec![("sl".into(), (*sl).into()), ("en".into(), (*en).into())],
            description: vec![("en".into(), format!("A fictional demo programme: {en}."))],
            modules: if *kind == Kind::VocationalTraining {
                vec![
                    "safety at work".into(),
                    "vocational".into(),
                    "traineeship".into(),
                ]
            } else {
                vec!["language".into(), "citizenship".into()]
            },
            skills_taught: skills.iter().map(|s| (*s).to_owned()).collect(),
            target_occupations: occupations.iter().map(|s| (*s).to_owned()).collect(),
            certificate: (*kind == Kind::Certification).then(|| "NPK kuhar".to_owned()),
            venue: Some((*lead).to_owned()),
            municipality: (*municipality).to_owned(),
            capacity: *capacity,
            legal_statuses: if *kind == Kind::IntegrationCourse {
                vec![
                    LegalStatus::InternationalProtection,
                    LegalStatus::SubsidiaryProtection,
                    LegalStatus::TemporaryProtection,
                ]
            } else {
                vec![]
            },
            min_language: None,
            min_age: None,
            max_age: None,
            languages_of_instruction: vec!["sl".into(), "en".into()],
            interpretation: matches!(
                kind,
                Kind::LanguageCourse | Kind::IntegrationCourse | Kind::VocationalTraining
            ),
            childcare: matches!(kind, Kind::LanguageCourse | Kind::CulturalOrientation),
            step_free_access: true,
            cost_cents: 0,
            min_attendance_percent: 70,
            starts_on: Some(today - Duration::days(30)),
            ends_on: Some(today + Duration::days(60)),
            stakeholder_group_id: None,
        }
        .validate()?;
        let partners: Vec<(Uuid, PartnerRole)> = partner
            .iter()
            .map(|(name, role)| (org(name), *role))
            .collect();
        let programme = programmes::create(
            db,
            skupaj_domain::access::platform_job(),
            org(lead),
            &partners,
            &profile,
        )
        .await?;
        let path: &[ProgrammeStatus] = match status {
            ProgrammeStatus::Published => &[ProgrammeStatus::Published],
            ProgrammeStatus::Running => &[ProgrammeStatus::Published, ProgrammeStatus::Running],
            ProgrammeStatus::Completed => &[
                ProgrammeStatus::Published,
                ProgrammeStatus::Running,
                ProgrammeStatus::Completed,
            ],
            _ => &[],
        };
        let mut current = ProgrammeStatus::Draft;
        for next in path {
            programmes::set_status(
                db,
                skupaj_domain::access::platform_job(),
                programme.id,
                current,
                *next,
            )
            .await?;
            current = *next;
        }
        ids.push(programme.id);
    }

    // Sessions of the two running programmes: two past, two to come.
    let mut sessions = Vec::new();
    for programme in &ids[..2] {
        for day in [-14i64, -7, 7, 14] {
            let starts = Utc::now() + Duration::days(day);
            sessions.push((
                *programme,
                programmes::add_session(
                    db,
                    skupaj_domain::access::platform_job(),
                    *programme,
                    starts,
                    starts + Duration::hours(3),
                    None,
                )
                .await?,
            ));
        }
    }

    // Enrolments of the demo participants, in every state.
    let people = participants::list_related(
        db,
        ParticipantScope::Organisation(org("Društvo Most")),
        None,
        Utc::now(),
        None,
        10,
    )
    .await?
    .items;
    let people_nm = participants::list_related(
        db,
        ParticipantScope::Organisation(org("Dolenjska solidarnost")),
        None,
        Utc::now(),
        None,
        10,
    )
    .await?
    .items;
    let by = |organisation: &str| Actor {
        user_id: None,
        organisation_id: Some(org(organisation)),
    };
    let welding = ids[0];
    let slovenian = ids[1];
    // No referral answers these enrolments; the follower is there for the enrolment writes.
    let follower = EnrolmentFollower::platform();
    let mut enrolled = Vec::new();
    for person in people.iter().take(3) {
        enrolled.push(
            enrolments::enrol(
                db,
                platform_job(),
                NewEnrolment {
                    programme_id: welding,
                    participant_id: person.id,
                    referral_id: None,
                    enrolled_by: by("Obalni FabLab"),
                },
                &follower,
            )
            .await?,
        );
    }
    for (enrolment, programme_session) in enrolled
        .iter()
        .zip(sessions.iter().filter(|(p, _)| *p == welding))
    {
        if enrolment.status == EnrolmentStatus::Enrolled {
            enrolments::record_attendance(
                db,
                platform_job(),
                programme_session.1.id,
                &[(enrolment.id, AttendanceStatus::Present)],
            )
            .await?;
        }
    }
    let mut on_course = Vec::new();
    for person in people_nm.iter().chain(people.iter().skip(3)) {
        on_course.push(
            enrolments::enrol(
                db,
                platform_job(),
                NewEnrolment {
                    programme_id: slovenian,
                    participant_id: person.id,
                    referral_id: None,
                    enrolled_by: by("Ljudska šola jezikov"),
                },
                &follower,
            )
            .await?,
        );
    }
    if let [completed, dropped, withdrawn, ..] = on_course.as_slice() {
        for (programme, session) in sessions.iter().filter(|(p, _)| *p == slovenian).take(2) {
            let _ = programme;
            enrolments::record_attendance(
                db,
                platform_job(),
                session.id,
                &[
                    (completed.id, AttendanceStatus::Present),
                    (dropped.id, AttendanceStatus::Absent),
                ],
            )
            .await?;
        }
        enrolments::complete(
            db,
            platform_job(),
            completed.id,
            &["language".to_owned()],
            true,
            today,
            &follower,
        )
        .await?;
        enrolments::record_outcome(
            db,
            platform_job(),
            completed.id,
            FollowUpOutcome::Employed,
            today,
        )
        .await?;
        enrolments::leave(
            db,
            platform_job(),
            dropped.id,
            EnrolmentStatus::DroppedOut,
            &follower,
        )
        .await?;
        enrolments::leave(
            db,
            platform_job(),
            withdrawn.id,
            EnrolmentStatus::Withdrawn,
            &follower,
        )
        .await?;
    }

    // A life card, a mentor and a mediator around the first participant.
    let user = |email: &str| {
        let email = Email::parse("email", email);
        async move {
            let Ok(email) = email else {
                return Ok::<_, anyhow::Error>(None);
            };
            Ok(users::find_by_email(db, &email).await?.map(|u| u.id))
        }
    };
    let case_manager = user("case.manager@most.example").await?;
    if let (Some(amina), Some(case_manager)) = (people.first(), case_manager) {
        let goal = life_cards::add_goal(
            db,
            skupaj_domain::access::platform_job(),
            amina.id,
            LifeDomain::Employment,
            "A job as a welder".into(),
            Some(today + Duration::days(180)),
            org("Društvo Most"),
        )
        .await?;
        life_cards::set_goal_status(
            db,
            skupaj_domain::access::platform_job(),
            goal.id,
            GoalStatus::InProgress,
        )
        .await?;
        life_cards::add_goal(
            db,
            skupaj_domain::access::platform_job(),
            amina.id,
            LifeDomain::Housing,
            "A flat of her own".into(),
            None,
            org("Društvo Most"),
        )
        .await?;
        life_cards::add_entry(
            db,
            skupaj_domain::access::platform_job(),
            amina.id,
            LifeDomain::Employment,
            Some(goal.id),
            "Started the welding course".into(),
            today - Duration::days(14),
            case_manager,
            org("Društvo Most"),
        )
        .await?;
        life_cards::add_entry(
            db,
            skupaj_domain::access::platform_job(),
            amina.id,
            LifeDomain::Language,
            None,
            "Passed the A2 test".into(),
            today - Duration::days(3),
            case_manager,
            org("Društvo Most"),
        )
        .await?;
        if let Some(mentor) = user("mentor@obalni-fablab.example").await? {
            mentorships::save_profile(
                db,
                platform_job(),
                &staff_profile(
                    mentor,
                    &["welding".into(), "metalwork".into()],
                    &["en".into(), "ar".into()],
                    3,
                )?,
            )
            .await?;
            let pairing = mentorships::create(
                db,
                platform_job(),
                NewMentorship {
                    mentor,
                    participant: amina.id,
                    organisation: org("Društvo Most"),
                    goals: "Prepare for work in the shipyard".into(),
                    started_on: today,
                },
            )
            .await?;
            mentorships::log_meeting(
                db,
                platform_job(),
                pairing.id,
                today - Duration::days(2),
                "Visited the workshop together".into(),
            )
            .await?;
        }
        if let Some(mediator) = user("mediator@most.example").await? {
            mentorships::save_profile(
                db,
                platform_job(),
                &staff_profile(
                    mediator,
                    &["asylum procedure".into()],
                    &["uk".into(), "ru".into(), "ar".into()],
                    0,
                )?,
            )
            .await?;
            for (language, remote) in [("uk", true), ("ar", false)] {
                let id = Uuid::now_v7();
                let language = LanguageCode::parse("language", language)?;
                let event = on_mediation_request(id, language.clone());
                let request = mediation::create(
                    db,
                    platform_job(),
                    NewRequest {
                        id,
                        organisation_id: org("Društvo Most"),
                        requested_by: case_manager,
                        language: language.clone(),
                        starts_at: Utc::now() + Duration::days(2),
                        place: (!remote).then(|| "Društvo Most, Ljubljana".to_owned()),
                        remote,
                        referral_id: None,
                        session_id: None,
                        participant_id: Some(amina.id),
                        notes: None,
                    },
                    &[event],
                )
                .await?;
                if language.as_str() == "ar" {
                    mediation::set_status(
                        db,
                        platform_job(),
                        request.id,
                        MediationStatus::Requested,
                        MediationStatus::Assigned,
                        Some(mediator),
                    )
                    .await?;
                }
            }
        }
    }

    // Labour demand.
    for (occupation, skills, municipality, employer) in [
        (
            "welder",
            vec!["welding".to_owned()],
            "Koper",
            "Ladjedelnica Obala",
        ),
        (
            "cook",
            vec!["cooking".to_owned()],
            "Ljubljana",
            "Zaposlitveni center Ljubljana",
        ),
        (
            "programmer",
            vec!["programming".to_owned()],
            "Novo mesto",
            "Zaposlitveni center Ljubljana",
        ),
    ] {
        let language = Some(LanguageRequirement {
            language: LanguageCode::parse("language", "sl")?,
            level: CefrLevel::A2,
        });
        vacancies::create(
            db,
            platform_job(),
            org(employer),
            occupation.into(),
            skills,
            language,
            municipality.into(),
            2,
            today + Duration::days(90),
        )
        .await?;
    }

    // A stakeholder group per municipality, with two coordinators each.
    let groups = [
        (
            "Urad za vključevanje, Ljubljana",
            "Ljubljana",
            "officer@ljubljana.example",
            "case.manager@most.example",
        ),
        (
            "Urad za skupnost, Koper",
            "Koper",
            "officer@koper.example",
            "mentor@obalni-fablab.example",
        ),
        (
            "Urad za mlade in skupnost, Nova Gorica",
            "Nova Gorica",
            "officer@nova-gorica.example",
            "coordinator@hub-soca.example",
        ),
        (
            "Urad za razvoj, Ajdovščina",
            "Ajdovščina",
            "officer@ajdovscina.example",
            "coordinator@inkubator-vipava.example",
        ),
        (
            "Urad za družbene dejavnosti, Kranj",
            "Kranj",
            "officer@kranj.example",
            "coordinator@tkalnica.example",
        ),
        (
            "Urad za sociale, Novo mesto",
            "Novo mesto",
            "officer@novo-mesto.example",
            "case.manager@solidarnost.example",
        ),
    ];
    for (convener, municipality, first, second) in groups {
        let name = format!("Skupaj {municipality}");
        if stakeholder_groups::find_by_name(db, org(convener), &name)
            .await?
            .is_some()
        {
            continue;
        }
        let members: Vec<Uuid> = super::ORGANISATIONS
            .iter()
            .filter(|o| o.municipality == municipality && o.name != convener)
            .map(|o| org(o.name))
            .collect();
        let coordinators: Vec<Uuid> = [user(first).await?, user(second).await?]
            .into_iter()
            .flatten()
            .collect();
        if coordinators.len() >= 2 {
            stakeholder_groups::create(
                db,
                platform_job(),
                name,
                org(convener),
                &members,
                &coordinators,
            )
            .await?;
        }
    }
    Ok(ids.len())
}
