//! Life cards, mentors, mediators, vacancies and stakeholder groups: each sees only what is theirs.

use serde_json::{Value, json};
use skupaj_tests::{
    Session, TestApp, create_referral, error_code, error_field, referral_id, register_participant,
    user_id,
};

async fn gql(app: &TestApp, who: &Session, query: &str, variables: Value) -> Value {
    app.graphql(Some(&who.access_token), query, variables).await
}

const LIFE_CARD: &str = "query($id: ID!) { participant(id: $id) { lifeCard { goals { title status } timeline { edges { node { note domain } } } } } }";

#[tokio::test]
async fn the_life_card_is_kept_by_engaged_organisations_and_hidden_from_others() {
    let c = TestApp::with_referral_case().await;
    let referral = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    c.step(&c.receiver, "acceptReferral", &referral, json!({}))
        .await;
    // The first consent shares identity and contact only: no life-card domain for the space.
    let today = chrono::Utc::now().date_naive().to_string();
    const ENTRY: &str =
        "mutation($input: AddLifeEntryInput!) { addLifeEntry(input: $input) { entry { id } } }";
    let too_early = gql(&c.app, &c.receiver, ENTRY, json!({ "input": { "participantId": c.participant, "domain": "EMPLOYMENT", "note": "x", "occurredOn": today } })).await;
    assert_eq!(error_code(&too_early), Some("FORBIDDEN"), "{too_early}");
    // A consent that shares the background, and a referral relying on it, open the
    // non-sensitive domains; legal and health stay closed.
    skupaj_tests::referral_consent(
        &c.app,
        &c.case_manager,
        &c.participant,
        &[&c.space],
        &["IDENTITY", "BACKGROUND"],
    )
    .await;
    let second = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    c.step(&c.receiver, "acceptReferral", &second, json!({}))
        .await;
    let legal = gql(&c.app, &c.receiver, ENTRY, json!({ "input": { "participantId": c.participant, "domain": "LEGAL", "note": "x", "occurredOn": today } })).await;
    assert_eq!(error_code(&legal), Some("FORBIDDEN"), "{legal}");

    let goal = gql(&c.app, &c.case_manager, "mutation($input: AddLifeGoalInput!) { addLifeGoal(input: $input) { goal { id status } } }",
        json!({ "input": { "participantId": c.participant, "domain": "EMPLOYMENT", "title": "A job as a welder", "targetDate": "2099-06-01" } })).await;
    let goal_id = goal["data"]["addLifeGoal"]["goal"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{goal}"))
        .to_owned();
    // Goals are the owner's to set.
    let foreign_goal = gql(&c.app, &c.receiver, "mutation($input: AddLifeGoalInput!) { addLifeGoal(input: $input) { goal { id } } }",
        json!({ "input": { "participantId": c.participant, "domain": "HOUSING", "title": "A flat" } })).await;
    assert_eq!(error_code(&foreign_goal), Some("FORBIDDEN"));

    for (who, note) in [
        (&c.case_manager, "Registered at the employment office"),
        (&c.receiver, "Started the welding workshop"),
    ] {
        let answer = gql(&c.app, who, ENTRY, json!({ "input": { "participantId": c.participant, "domain": "EMPLOYMENT", "goalId": goal_id, "note": note, "occurredOn": today } })).await;
        assert!(
            answer["data"]["addLifeEntry"]["entry"]["id"].is_string(),
            "{answer}"
        );
    }
    let future = gql(&c.app, &c.receiver, ENTRY, json!({ "input": { "participantId": c.participant, "domain": "EMPLOYMENT", "note": "x", "occurredOn": "2099-01-01" } })).await;
    assert_eq!(error_field(&future), Some("occurredOn"));

    let card = gql(
        &c.app,
        &c.receiver,
        LIFE_CARD,
        json!({ "id": c.participant }),
    )
    .await;
    let timeline = card["data"]["participant"]["lifeCard"]["timeline"]["edges"]
        .as_array()
        .map(Vec::len);
    assert_eq!(timeline, Some(2), "{card}");
    assert_eq!(
        card["data"]["participant"]["lifeCard"]["goals"][0]["title"],
        "A job as a welder"
    );

    // An unrelated organisation sees no life card at all: not even that the participant exists.
    let stranger = gql(
        &c.app,
        &c.third_staff,
        LIFE_CARD,
        json!({ "id": c.participant }),
    )
    .await;
    assert_eq!(error_code(&stranger), Some("NOT_FOUND"));
    assert!(!stranger.to_string().contains("welder"));
    let write = gql(&c.app, &c.third_staff, ENTRY, json!({ "input": { "participantId": c.participant, "domain": "SOCIAL", "note": "hello", "occurredOn": today } })).await;
    assert_eq!(error_code(&write), Some("NOT_FOUND"));
    // An analyst of the owner sees the code, not the card.
    let analyst = c
        .app
        .member(&c.admin, &c.ngo, "analyst@most.test", "ANALYST")
        .await;
    let card = gql(&c.app, &analyst, LIFE_CARD, json!({ "id": c.participant })).await;
    assert_eq!(error_code(&card), Some("FORBIDDEN"), "{card}");
    assert!(!card.to_string().contains("welder"));
}

#[tokio::test]
async fn a_mentor_sees_only_their_own_mentees_and_only_the_allowed_fields() {
    let c = TestApp::with_referral_case().await;
    let mentor = c
        .app
        .member(&c.admin, &c.space, "mentor@fablab.test", "MENTOR")
        .await;
    let mentor_id = user_id(&c.app, &mentor).await;
    let profile = gql(&c.app, &mentor, "mutation($input: UpdateStaffProfileInput!) { updateStaffProfile(input: $input) { profile { maxMentees languages } } }",
        json!({ "input": { "expertise": ["welding"], "languages": ["ar", "en"], "maxMentees": 1 } })).await;
    assert_eq!(
        profile["data"]["updateStaffProfile"]["profile"]["maxMentees"], 1,
        "{profile}"
    );
    let other = register_participant(&c.app, &c.case_manager, "Omar").await;

    // Before any pairing the mentor sees nobody.
    let before = gql(
        &c.app,
        &mentor,
        "{ participants { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(before["data"]["participants"]["edges"], json!([]));

    const PAIR: &str = "mutation($input: CreateMentorshipInput!) { createMentorship(input: $input) { mentorship { id status } } }";
    let paired = gql(&c.app, &c.case_manager, PAIR, json!({ "input": { "participantId": c.participant, "mentorUserId": mentor_id, "goals": "Prepare for a welding job" } })).await;
    let mentorship = paired["data"]["createMentorship"]["mentorship"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{paired}"))
        .to_owned();
    let full = gql(&c.app, &c.case_manager, PAIR, json!({ "input": { "participantId": other, "mentorUserId": mentor_id, "goals": "Another" } })).await;
    assert_eq!(error_code(&full), Some("CAPACITY"), "{full}");

    let mine = gql(&c.app, &mentor, "{ myMentorships { edges { node { goals participant { givenName skills email legalStatus } } } } participants { edges { node { id } } } }", json!({})).await;
    let mentee = &mine["data"]["myMentorships"]["edges"][0]["node"]["participant"];
    assert_eq!(mentee["givenName"], "Amina", "{mine}");
    assert_eq!(mentee["skills"], json!(["welding"]));
    assert!(mentee["email"].is_null() && mentee["legalStatus"].is_null());
    assert_eq!(
        mine["data"]["participants"]["edges"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let stranger = gql(
        &c.app,
        &mentor,
        "query($id: ID!) { participant(id: $id) { givenName } }",
        json!({ "id": other }),
    )
    .await;
    assert_eq!(error_code(&stranger), Some("NOT_FOUND"));

    let logged = gql(&c.app, &mentor, "mutation($input: LogMentorshipMeetingInput!) { logMentorshipMeeting(input: $input) { meeting { notes } } }",
        json!({ "input": { "mentorshipId": mentorship, "heldOn": chrono::Utc::now().date_naive().to_string(), "notes": "Visited the workshop" } })).await;
    assert_eq!(
        logged["data"]["logMentorshipMeeting"]["meeting"]["notes"], "Visited the workshop",
        "{logged}"
    );
    // The mentor reads the goals of the life card but not the timeline.
    let card = gql(&c.app, &mentor, LIFE_CARD, json!({ "id": c.participant })).await;
    assert!(
        card["data"]["participant"]["lifeCard"]["goals"].is_array(),
        "{card}"
    );
    assert_eq!(error_code(&card), Some("FORBIDDEN"));

    // After the mentorship ends, the mentee is out of sight.
    gql(&c.app, &c.case_manager, "mutation($input: EndMentorshipInput!) { endMentorship(input: $input) { mentorship { status } } }", json!({ "input": { "id": mentorship } })).await;
    let after = gql(
        &c.app,
        &mentor,
        "query($id: ID!) { participant(id: $id) { givenName } }",
        json!({ "id": c.participant }),
    )
    .await;
    assert_eq!(error_code(&after), Some("NOT_FOUND"));
}

#[tokio::test]
async fn a_mediator_sees_requests_in_their_languages_and_only_the_first_name_and_language() {
    let c = TestApp::with_referral_case().await;
    let arabic = c
        .app
        .member(&c.admin, &c.third, "arabic@zc.test", "MEDIATOR")
        .await;
    let ukrainian = c
        .app
        .member(&c.admin, &c.third, "ukrainian@zc.test", "MEDIATOR")
        .await;
    const PROFILE: &str = "mutation($input: UpdateStaffProfileInput!) { updateStaffProfile(input: $input) { profile { languages } } }";
    gql(
        &c.app,
        &arabic,
        PROFILE,
        json!({ "input": { "languages": ["ar"] } }),
    )
    .await;
    gql(
        &c.app,
        &ukrainian,
        PROFILE,
        json!({ "input": { "languages": ["uk"] } }),
    )
    .await;

    const REQUEST: &str = "mutation($input: RequestMediationInput!) { requestMediation(input: $input) { request { id status } } }";
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let ar = gql(&c.app, &c.case_manager, REQUEST, json!({ "input": { "language": "ar", "startsAt": tomorrow, "place": "Društvo Most, Ljubljana", "participantId": c.participant } })).await;
    let ar_id = ar["data"]["requestMediation"]["request"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{ar}"))
        .to_owned();
    gql(
        &c.app,
        &c.case_manager,
        REQUEST,
        json!({ "input": { "language": "uk", "startsAt": tomorrow, "remote": true } }),
    )
    .await;
    let nowhere = gql(
        &c.app,
        &c.case_manager,
        REQUEST,
        json!({ "input": { "language": "ar", "startsAt": tomorrow } }),
    )
    .await;
    assert_eq!(error_field(&nowhere), Some("place"));

    const OPEN: &str =
        "{ openMediationRequests { edges { node { id language participant { givenName } } } } }";
    let open = gql(
        &c.app,
        &arabic,
        "{ openMediationRequests { edges { node { id language } } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        open["data"]["openMediationRequests"]["edges"],
        json!([{ "node": { "id": ar_id, "language": "ar" } }]),
        "{open}"
    );
    // Before taking it, the mediator does not see the participant.
    let unseen = gql(&c.app, &arabic, OPEN, json!({})).await;
    assert_eq!(error_code(&unseen), Some("FORBIDDEN"), "{unseen}");
    let staff_view = gql(
        &c.app,
        &c.receiver,
        "{ openMediationRequests { edges { cursor } } }",
        json!({}),
    )
    .await;
    assert_eq!(error_code(&staff_view), Some("FORBIDDEN"));

    const TAKE: &str = "mutation($input: MediationStepInput!) { takeMediationRequest(input: $input) { request { status } } }";
    let wrong_language = gql(
        &c.app,
        &ukrainian,
        TAKE,
        json!({ "input": { "id": ar_id } }),
    )
    .await;
    assert_eq!(
        error_code(&wrong_language),
        Some("NOT_FOUND"),
        "{wrong_language}"
    );
    let taken = gql(&c.app, &arabic, TAKE, json!({ "input": { "id": ar_id } })).await;
    assert_eq!(
        taken["data"]["takeMediationRequest"]["request"]["status"], "ASSIGNED",
        "{taken}"
    );
    let again = gql(&c.app, &arabic, TAKE, json!({ "input": { "id": ar_id } })).await;
    assert_eq!(error_code(&again), Some("INVALID_TRANSITION"));

    let mine = gql(
        &c.app,
        &arabic,
        "{ myMediationRequests { edges { node { participant { givenName preferredLanguage familyName email } } } } }",
        json!({}),
    )
    .await;
    let person = &mine["data"]["myMediationRequests"]["edges"][0]["node"]["participant"];
    assert_eq!(person["givenName"], "Amina", "{mine}");
    assert_eq!(person["preferredLanguage"], "ar");
    assert!(person["familyName"].is_null() && person["email"].is_null());

    let done = gql(&c.app, &arabic, "mutation($input: MediationStepInput!) { completeMediationRequest(input: $input) { request { status } } }", json!({ "input": { "id": ar_id } })).await;
    assert_eq!(
        done["data"]["completeMediationRequest"]["request"]["status"], "DONE",
        "{done}"
    );
    // Done: the participant is out of sight again.
    let after = gql(
        &c.app,
        &arabic,
        "query($id: ID!) { participant(id: $id) { givenName } }",
        json!({ "id": c.participant }),
    )
    .await;
    assert_eq!(error_code(&after), Some("NOT_FOUND"));
}

#[tokio::test]
async fn vacancies_are_posted_by_employers_and_read_by_signed_in_users() {
    let c = TestApp::with_referral_case().await;
    let company = c
        .app
        .organisation(&c.admin, "COMPANY", "Ladjedelnica", "Koper")
        .await;
    let employer = c
        .app
        .member(&c.admin, &company, "hr@ladjedelnica.test", "STAFF")
        .await;
    const POST: &str = "mutation($input: PostVacancyInput!) { postVacancy(input: $input) { vacancy { id occupation openings } } }";
    let input = json!({ "occupation": "Welder", "skills": ["Welding"], "minLanguage": { "language": "sl", "level": "A2" }, "municipality": "Koper", "openings": 3, "validUntil": "2099-12-31" });
    let posted = gql(&c.app, &employer, POST, json!({ "input": input })).await;
    assert_eq!(
        posted["data"]["postVacancy"]["vacancy"]["occupation"], "welder",
        "{posted}"
    );
    let ngo = gql(&c.app, &c.case_manager, POST, json!({ "input": input })).await;
    assert_eq!(error_code(&ngo), Some("FORBIDDEN"));
    let mut bad = input.clone();
    bad["openings"] = json!(0);
    assert_eq!(
        error_field(&gql(&c.app, &employer, POST, json!({ "input": bad })).await),
        Some("openings")
    );

    const LIST: &str = "query($filter: VacancyFilterInput) { vacancies(filter: $filter) { edges { node { occupation skills organisation { name } } } } }";
    let seen = gql(
        &c.app,
        &c.case_manager,
        LIST,
        json!({ "filter": { "skill": "welding", "municipality": "Koper" } }),
    )
    .await;
    assert_eq!(
        seen["data"]["vacancies"]["edges"][0]["node"]["organisation"]["name"], "Ladjedelnica",
        "{seen}"
    );
    let none = gql(
        &c.app,
        &c.case_manager,
        LIST,
        json!({ "filter": { "occupation": "baker" } }),
    )
    .await;
    assert_eq!(none["data"]["vacancies"]["edges"], json!([]));
    let anonymous = c.app.graphql(None, LIST, json!({})).await;
    assert_eq!(error_code(&anonymous), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn a_municipality_convenes_a_group_with_at_least_two_coordinators() {
    let c = TestApp::with_referral_case().await;
    let town = c
        .app
        .organisation(&c.admin, "MUNICIPALITY", "Urad Ljubljana", "Ljubljana")
        .await;
    let officer = c
        .app
        .member(&c.admin, &town, "officer@lj.test", "STAFF")
        .await;
    let officer_id = user_id(&c.app, &officer).await;
    let cm_id = user_id(&c.app, &c.case_manager).await;
    const CREATE: &str = "mutation($input: CreateStakeholderGroupInput!) { createStakeholderGroup(input: $input) { group { id name } } }";
    let alone = gql(&c.app, &officer, CREATE, json!({ "input": { "name": "Ljubljana together", "memberOrganisationIds": [c.ngo, c.space], "coordinatorUserIds": [officer_id] } })).await;
    assert_eq!(error_field(&alone), Some("coordinatorUserIds"), "{alone}");
    let created = gql(&c.app, &officer, CREATE, json!({ "input": { "name": "Ljubljana together", "memberOrganisationIds": [c.ngo, c.space], "coordinatorUserIds": [officer_id, cm_id] } })).await;
    let group = created["data"]["createStakeholderGroup"]["group"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{created}"))
        .to_owned();
    let ngo_cannot = gql(&c.app, &c.case_manager, CREATE, json!({ "input": { "name": "x", "memberOrganisationIds": [], "coordinatorUserIds": [officer_id, cm_id] } })).await;
    assert_eq!(error_code(&ngo_cannot), Some("FORBIDDEN"));

    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    const GROUP: &str = "query($id: ID!) { stakeholderGroup(id: $id) { name coordinators { displayName } members { name } referralStats { total minCell byStatus { status count } } } }";
    let seen = gql(&c.app, &c.receiver, GROUP, json!({ "id": group })).await;
    let view = &seen["data"]["stakeholderGroup"];
    assert_eq!(
        view["coordinators"].as_array().map(Vec::len),
        Some(2),
        "{seen}"
    );
    // Figures across organisations: the one referral is under k, so nothing is counted.
    assert_eq!(view["referralStats"]["total"], Value::Null, "{seen}");
    assert_eq!(view["referralStats"]["minCell"], 5);
    assert!(
        view["referralStats"]["byStatus"]
            .as_array()
            .is_some_and(|counts| counts.len() == 10 && counts.iter().all(|c| c["count"].is_null())),
        "{seen}"
    );
    assert!(!seen.to_string().contains("Amina"));
    let outsider = gql(&c.app, &c.third_staff, GROUP, json!({ "id": group })).await;
    assert_eq!(error_code(&outsider), Some("NOT_FOUND"));
}

#[tokio::test]
async fn of_two_mediators_taking_one_request_one_gets_it() {
    let c = TestApp::with_referral_case().await;
    let first = c
        .app
        .member(&c.admin, &c.third, "first@zc.test", "MEDIATOR")
        .await;
    let second = c
        .app
        .member(&c.admin, &c.third, "second@zc.test", "MEDIATOR")
        .await;
    for mediator in [&first, &second] {
        gql(&c.app, mediator, "mutation($input: UpdateStaffProfileInput!) { updateStaffProfile(input: $input) { profile { languages } } }", json!({ "input": { "languages": ["ar"] } })).await;
    }
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let request = gql(&c.app, &c.case_manager, "mutation($input: RequestMediationInput!) { requestMediation(input: $input) { request { id } } }",
        json!({ "input": { "language": "ar", "startsAt": tomorrow, "remote": true } })).await;
    let id = request["data"]["requestMediation"]["request"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{request}"))
        .to_owned();
    const TAKE: &str = "mutation($input: MediationStepInput!) { takeMediationRequest(input: $input) { request { status } } }";
    let (a, b) = tokio::join!(
        gql(&c.app, &first, TAKE, json!({ "input": { "id": id } })),
        gql(&c.app, &second, TAKE, json!({ "input": { "id": id } })),
    );
    let codes = [error_code(&a), error_code(&b)];
    assert!(codes.contains(&None), "one takes it: {a} {b}");
    assert!(
        codes.contains(&Some("CONFLICT")) || codes.contains(&Some("INVALID_TRANSITION")),
        "the other is told it is gone: {a} {b}"
    );
}
