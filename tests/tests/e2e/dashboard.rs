//! Municipal tracking: filters (which never reveal where a participant lives), figures, and a
//! fixed number of SQL statements per page.

use serde_json::{Value, json};
use skupaj_tests::fixtures::Case;
use skupaj_tests::{TestApp, create_referral, referral_consent, referral_id, register_participant};

const LIST: &str = r#"query($filter: ReferralFilterInput, $first: Int) {
  referrals(filter: $filter, first: $first) {
    edges { node { id status participantCode fromOrganisation { name municipality } toOrganisation { name } } }
    pageInfo { hasNextPage }
  }
}"#;

#[tokio::test]
async fn a_municipal_officer_tracks_referrals_in_the_municipality() {
    let c = TestApp::with_referral_case().await;
    let town = c
        .app
        .organisation(&c.admin, "MUNICIPALITY", "Urad Ljubljana", "Ljubljana")
        .await;
    let officer = c
        .app
        .member(&c.admin, &town, "officer@lj.test", "ANALYST")
        .await;
    let first = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let second = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, false).await; // a draft: invisible
    c.step(
        &c.receiver,
        "declineReferral",
        &second,
        json!({ "reason": "OUT_OF_AREA", "comment": "Too far" }),
    )
    .await;

    let token = Some(officer.access_token.as_str());
    let all = c.app.graphql(token, LIST, json!({})).await;
    assert_eq!(
        all["data"]["referrals"]["edges"].as_array().map(Vec::len),
        Some(2),
        "{all}"
    );
    let declined = c
        .app
        .graphql(
            token,
            LIST,
            json!({ "filter": { "statuses": ["DECLINED"] } }),
        )
        .await;
    assert_eq!(
        declined["data"]["referrals"]["edges"][0]["node"]["id"],
        second.as_str()
    );
    let to_space = c
        .app
        .graphql(
            token,
            LIST,
            json!({ "filter": { "toOrganisationId": c.space, "needDomains": ["EMPLOYMENT"] } }),
        )
        .await;
    assert_eq!(
        to_space["data"]["referrals"]["edges"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    let housing = c
        .app
        .graphql(
            token,
            LIST,
            json!({ "filter": { "needDomains": ["HOUSING"] } }),
        )
        .await;
    assert_eq!(housing["data"]["referrals"]["edges"], json!([]));
    let koper = c
        .app
        .graphql(
            token,
            LIST,
            json!({ "filter": { "municipality": "Koper" } }),
        )
        .await;
    assert_eq!(
        koper["data"]["referrals"]["edges"].as_array().map(Vec::len),
        Some(2),
        "the space is in Koper"
    );
    let future = c
        .app
        .graphql(
            token,
            LIST,
            json!({ "filter": { "createdFrom": "2099-01-01T00:00:00Z" } }),
        )
        .await;
    assert_eq!(future["data"]["referrals"]["edges"], json!([]));
    let not_overdue = c
        .app
        .graphql(token, LIST, json!({ "filter": { "overdue": true } }))
        .await;
    assert_eq!(
        not_overdue["data"]["referrals"]["edges"],
        json!([]),
        "respond-by is a week away"
    );

    const STATS: &str = "{ referralStats { total responded medianFirstResponseHours minCell byStatus { status count } } }";
    // The officer's figures span other organisations' referrals: two referrals are under k,
    // so every count is withheld and every status is listed.
    let stats = c.app.graphql(token, STATS, json!({})).await;
    let stats = &stats["data"]["referralStats"];
    assert_eq!(stats["total"], Value::Null, "{stats}");
    assert_eq!(stats["responded"], Value::Null);
    assert_eq!(stats["medianFirstResponseHours"], Value::Null);
    assert_eq!(stats["minCell"], 5);
    assert_eq!(
        stats["byStatus"].as_array().map(Vec::len),
        Some(10),
        "{stats}"
    );
    assert!(
        stats["byStatus"]
            .as_array()
            .is_some_and(|counts| counts.iter().all(|c| c["count"].is_null())),
        "{stats}"
    );
    // The referring organisation's own figures are in full (its draft included).
    let own = c
        .app
        .graphql(Some(&c.case_manager.access_token), STATS, json!({}))
        .await;
    let own = &own["data"]["referralStats"];
    assert_eq!(own["total"], 3, "{own}");
    assert_eq!(own["minCell"], Value::Null);
    assert_eq!(
        own["byStatus"],
        json!([
            { "status": "DRAFT", "count": 1 },
            { "status": "SENT", "count": 1 },
            { "status": "DECLINED", "count": 1 }
        ])
    );
    assert_eq!(own["responded"], 1);
    assert!(
        own["medianFirstResponseHours"]
            .as_f64()
            .is_some_and(|h| (0.0..1.0).contains(&h))
    );
    let _ = first;
}

#[tokio::test]
async fn a_page_of_referrals_costs_the_same_statements_whatever_its_size() {
    // The outbox worker and the live poller share the statement counter; park them (after their
    // first round at start) so only the request's statements are counted.
    let c = TestApp::with_referral_case_configured(|settings| {
        settings.outbox_poll_ms = 3_600_000;
        settings.live_poll_ms = 3_600_000;
    })
    .await;
    // Several receiving organisations and participants, so the nested look-ups have work to do.
    let mut receivers = vec![c.space.clone()];
    for i in 0..4 {
        receivers.push(
            c.app
                .organisation(&c.admin, "NGO", &format!("Receiver {i}"), "Kranj")
                .await,
        );
    }
    let receiver_refs: Vec<&str> = receivers.iter().map(String::as_str).collect();
    for p in 0..6 {
        let participant =
            register_participant(&c.app, &c.case_manager, &format!("Person {p}")).await;
        referral_consent(
            &c.app,
            &c.case_manager,
            &participant,
            &receiver_refs,
            &["IDENTITY"],
        )
        .await;
        for to in &receivers {
            for _ in 0..2 {
                let answer = create_referral(&c.app, &c.case_manager, &participant, to, true).await;
                referral_id(&answer);
            }
        }
    }
    let token = Some(c.case_manager.access_token.as_str());
    let mut costs = Vec::new();
    for first in [5, 50] {
        let before = c.app.statements();
        let answer = c.app.graphql(token, LIST, json!({ "first": first })).await;
        let cost = c.app.statements() - before;
        assert_eq!(
            answer["data"]["referrals"]["edges"]
                .as_array()
                .map(Vec::len),
            Some(first),
            "{answer}"
        );
        assert!(answer["errors"].is_null(), "{answer}");
        costs.push(cost);
    }
    eprintln!("statements per page of 5 and of 50: {costs:?}");
    assert_eq!(
        costs[0], costs[1],
        "statements for 5 and for 50 referrals: {costs:?}"
    );
    // One to know who acts, one for the page joined with its organisations and codes (counted
    // on whichever pool ran them: none may go uncounted).
    assert_eq!(
        costs[1], 2,
        "a page with its relations should cost 2 statements, not {}",
        costs[1]
    );

    // A selection the rows cannot answer (working languages live in another table, also when
    // asked for through a fragment) still gets the whole organisation.
    let fuller = r#"query($first: Int) {
      referrals(first: $first) {
        edges { node { fromOrganisation { name workingLanguages } toOrganisation { ...Languages } } }
      }
    }
    fragment Languages on Organisation { name workingLanguages }"#;
    let answer = c.app.graphql(token, fuller, json!({ "first": 5 })).await;
    assert!(answer["errors"].is_null(), "{answer}");
    let edges = answer["data"]["referrals"]["edges"]
        .as_array()
        .expect("edges");
    assert_eq!(edges.len(), 5, "{answer}");
    for edge in edges {
        for side in ["fromOrganisation", "toOrganisation"] {
            assert_eq!(
                edge["node"][side]["workingLanguages"],
                json!(["sl", "en"]),
                "{side} in {answer}"
            );
        }
    }
}

#[tokio::test]
async fn the_municipality_filter_does_not_reveal_where_a_participant_lives() {
    let c = TestApp::with_referral_case().await;
    // The participant lives in Ljubljana; the space (Koper) was not given background data.
    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    let answer = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "query($p: ID!) { referrals(filter: { participantId: $p, municipality: \"Ljubljana\" }) { edges { cursor } } }",
            json!({ "p": c.participant }),
        )
        .await;
    // The NGO that sent it is in Ljubljana, so the filter matches through the organisation; use
    // a town where only the residence could match.
    let _ = answer;
    let kranj = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "query($p: ID!) { referrals(filter: { participantId: $p, municipality: \"Kranj\" }) { edges { cursor } } }",
            json!({ "p": c.participant }),
        )
        .await;
    assert_eq!(kranj["data"]["referrals"]["edges"], json!([]), "{kranj}");
}

/// A municipal officer's dashboard, "sent referrals touching my municipality", reads the
/// organisations' names with the page (their labels) in the same statement. A selection that
/// asks for more of an organisation than its name gets the organisation as it is, never a
/// placeholder, also when it asks through a fragment. The dashboard's filter keeps every row in
/// the officer's scope, so the scope's own condition is left out of the statement: the answer
/// must be the same as with it, and an officer elsewhere still sees nothing of it.
#[tokio::test]
async fn the_dashboard_reads_names_with_its_page_and_everything_else_as_it_is() {
    let c = TestApp::with_referral_case_configured(|settings| {
        settings.outbox_poll_ms = 3_600_000;
        settings.live_poll_ms = 3_600_000;
    })
    .await;
    let town = c
        .app
        .organisation(&c.admin, "MUNICIPALITY", "Urad Ljubljana", "Ljubljana")
        .await;
    let officer = c
        .app
        .member(&c.admin, &town, "officer@lj.test", "ANALYST")
        .await;
    let kranj = c
        .app
        .organisation(&c.admin, "MUNICIPALITY", "Urad Kranj", "Kranj")
        .await;
    let elsewhere = c
        .app
        .member(&c.admin, &kranj, "officer@kr.test", "ANALYST")
        .await;
    let sent = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, false).await; // a draft

    const LABELS: &str = r#"query($filter: ReferralFilterInput, $first: Int) {
      referrals(filter: $filter, first: $first) {
        edges { node { id fromOrganisation { id name } toOrganisation { __typename name } } }
      }
    }"#;
    let dashboard = json!({ "filter": { "municipality": "Ljubljana", "statuses": ["SENT"] } });
    let token = Some(officer.access_token.as_str());
    let before = c.app.statements();
    let labels = c.app.graphql(token, LABELS, dashboard.clone()).await;
    let cost = c.app.statements() - before;
    assert!(labels["errors"].is_null(), "{labels}");
    assert_eq!(
        labels["data"]["referrals"]["edges"],
        json!([{ "node": {
            "id": sent,
            "fromOrganisation": { "id": c.ngo, "name": "Društvo Most" },
            "toOrganisation": { "__typename": "Organisation", "name": "Obalni FabLab" }
        } }]),
        "{labels}"
    );
    assert_eq!(cost, 2, "who acts, then the page with its names");

    // With a draft among the statuses the scope's condition is back; the officer still sees
    // the one sent referral and never the other organisation's draft.
    let with_drafts = c
        .app
        .graphql(
            token,
            LABELS,
            json!({ "filter": { "municipality": "Ljubljana", "statuses": ["SENT", "DRAFT"] } }),
        )
        .await;
    assert_eq!(
        with_drafts["data"]["referrals"]["edges"], labels["data"]["referrals"]["edges"],
        "{with_drafts}"
    );
    // An officer of another municipality asking for Ljubljana's sent referrals gets none.
    let other = c
        .app
        .graphql(Some(&elsewhere.access_token), LABELS, dashboard.clone())
        .await;
    assert_eq!(other["data"]["referrals"]["edges"], json!([]), "{other}");
    // A first page's values are written into its statement on PostgreSQL: a municipality that
    // could end or escape a literal is never written in, and matches no referral.
    for municipality in [
        "Ljubljana' OR 'a'='a",
        "Ljubljana\\",
        "Ljubljana$$ OR TRUE --",
    ] {
        let odd = c
            .app
            .graphql(
                token,
                LABELS,
                json!({ "filter": { "municipality": municipality, "statuses": ["SENT"] } }),
            )
            .await;
        assert!(odd["errors"].is_null(), "{odd}");
        assert_eq!(odd["data"]["referrals"]["edges"], json!([]), "{odd}");
    }

    // More than a name, asked directly, through a fragment, or beside a name-only alias.
    let fuller = r#"query($filter: ReferralFilterInput) {
      referrals(filter: $filter) {
        edges { node {
          fromOrganisation { name sector }
          toOrganisation { name kind ...Place }
          alias: toOrganisation { name }
        } }
      }
    }
    fragment Place on Organisation { municipality sector workingLanguages }"#;
    let answer = c.app.graphql(token, fuller, dashboard).await;
    assert!(answer["errors"].is_null(), "{answer}");
    assert_eq!(
        answer["data"]["referrals"]["edges"][0]["node"],
        json!({
            "fromOrganisation": { "name": "Društvo Most", "sector": "PRIVATE" },
            "toOrganisation": {
                "name": "Obalni FabLab", "kind": "CWCS", "municipality": "Koper", "sector": "PRIVATE",
                "workingLanguages": ["sl", "en"]
            },
            "alias": { "name": "Obalni FabLab" }
        }),
        "{answer}"
    );
}

/// A page whose nodes ask only for plain fields is answered from what the page read, without
/// the resolvers; that answer must be byte for byte the resolvers' own (same values, same key
/// order), with aliases, `__typename`, a variable argument, a referral without a programme and
/// one with. A fragment in the node's selection sends it through the resolvers, which is how
/// this test gets their answer to compare with (not a directive: async-graphql takes `@include`
/// and `@skip` out of the document before it runs).
#[tokio::test]
async fn a_plain_page_is_answered_exactly_as_the_resolvers_answer_it() {
    let c = TestApp::with_referral_case().await;
    let programme = crate::programmes::programme(
        &c.app,
        &c.receiver,
        json!({ "municipality": "Ljubljana" }),
        true,
    )
    .await;
    let into_programme = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } } }",
            json!({ "input": {
                "participantId": c.participant, "toOrganisationId": c.space,
                "programmeId": programme, "needDomain": "EDUCATION", "reason": "A course",
                "respondBy": (chrono::Utc::now() + chrono::Duration::days(7)).date_naive().to_string(),
                "send": true
            } }),
        )
        .await;
    referral_id(&into_programme);
    referral_id(&create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await);
    referral_id(&create_referral(&c.app, &c.case_manager, &c.participant, &c.space, false).await);

    let node = |first_field: &str| {
        format!(
            r#"query($language: String!) {{ referrals(first: 10) {{ edges {{ node {{
              {first_field} __typename status kind needDomain priority respondBy createdAt
              participantCode fromOrganisation {{ __typename id name }}
              receiver: toOrganisation {{ name id }}
              programme {{ id status titleIn(language: $language) __typename }}
            }} }} }} }}"#
        )
    };
    let raw = |query: String| raw_answer(&c, query, json!({ "language": "en" }));
    let plain = raw(node("id")).await;
    let resolved = raw(node("... on Referral { id }")).await;
    assert_eq!(plain, resolved);

    let answer: Value = serde_json::from_str(&plain).expect("JSON");
    assert!(answer["errors"].is_null(), "{answer}");
    let nodes: Vec<&Value> = answer["data"]["referrals"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|edge| &edge["node"])
        .collect();
    assert_eq!(nodes.len(), 3, "{answer}");
    let with_programme = nodes
        .iter()
        .find(|node| !node["programme"].is_null())
        .expect("the referral into the programme");
    assert_eq!(
        with_programme["programme"],
        json!({ "id": programme, "status": "PUBLISHED", "titleIn": "Welding for beginners",
                "__typename": "Programme" })
    );
    assert_eq!(with_programme["receiver"]["name"], "Obalni FabLab");
    assert_eq!(
        with_programme["fromOrganisation"],
        json!({ "__typename": "Organisation", "id": c.ngo, "name": "Društvo Most" })
    );
    assert!(
        with_programme["participantCode"]
            .as_str()
            .is_some_and(|code| !code.is_empty()),
        "{answer}"
    );
    assert_eq!(
        nodes
            .iter()
            .filter(|node| node["programme"].is_null())
            .count(),
        2,
        "{answer}"
    );
    assert!(
        nodes.iter().any(|node| node["status"] == "DRAFT"),
        "{answer}"
    );
}

/// A page reads its referrals' columns by position; every field a node asks for beyond the plain
/// ones is answered from that reading, and must equal what the referral itself answers (read by
/// name, one at a time): a swapped pair of columns of the same type would show here.
#[tokio::test]
async fn a_listed_referral_answers_every_field_as_the_referral_itself() {
    let c = TestApp::with_referral_case().await;
    let declined = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    c.step(
        &c.receiver,
        "declineReferral",
        &declined,
        json!({ "reason": "OUT_OF_AREA", "comment": "Too far" }),
    )
    .await;
    let sent = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    const FIELDS: &str = "id status fhirTaskStatus kind needDomain priority reason respondBy \
        overdue version declineReason outcome cancelReason participantCode programmeId \
        redirectedFromId createdAt sentAt firstResponseAt updatedAt \
        fromOrganisation { id name } toOrganisation { id name }";
    let token = Some(c.case_manager.access_token.as_str());
    let page = c
        .app
        .graphql(
            token,
            &format!("{{ referrals(first: 10) {{ edges {{ node {{ {FIELDS} }} }} }} }}"),
            json!({}),
        )
        .await;
    assert!(page["errors"].is_null(), "{page}");
    let nodes = page["data"]["referrals"]["edges"]
        .as_array()
        .expect("edges");
    assert_eq!(nodes.len(), 2, "{page}");
    for id in [&declined, &sent] {
        let alone = c
            .app
            .graphql(
                token,
                &format!("query($id: ID!) {{ referral(id: $id) {{ {FIELDS} }} }}"),
                json!({ "id": id }),
            )
            .await;
        assert!(alone["errors"].is_null(), "{alone}");
        let listed = nodes
            .iter()
            .find(|edge| edge["node"]["id"] == id.as_str())
            .expect("listed");
        assert_eq!(listed["node"], alone["data"]["referral"], "{page}");
    }
    let declined_node = nodes
        .iter()
        .map(|edge| &edge["node"])
        .find(|node| node["id"] == declined.as_str())
        .expect("the declined referral");
    assert_eq!(declined_node["declineReason"], "OUT_OF_AREA");
    assert!(declined_node["firstResponseAt"].is_string(), "{page}");
    assert_ne!(declined_node["firstResponseAt"], declined_node["sentAt"]);
}

/// A page whose selection is plain is answered in one pass around its nodes; it must answer
/// exactly what async-graphql's connection answers: the page's info on a first, a second and
/// an empty page, edges with their cursors, `nodes`, aliases and `__typename`. A fragment in the
/// page's selection sends it through the connection, which is how this test gets its answer.
#[tokio::test]
async fn a_plain_page_around_its_nodes_is_answered_exactly_as_the_connection_answers_it() {
    let c = TestApp::with_referral_case().await;
    for _ in 0..3 {
        referral_id(
            &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
        );
    }
    let page = |statuses: &str, after: Option<&str>, through_connection: bool| {
        let after = after.map_or(String::new(), |cursor| format!(r#", after: "{cursor}""#));
        let selection = r#"__typename
              pageInfo { __typename hasPreviousPage hasNextPage startCursor endCursor }
              edges { __typename cursor node { id status } }
              items: nodes { id }
              again: pageInfo { end: endCursor }"#;
        let selection = if through_connection {
            format!("... on ReferralConnection {{ {selection} }}")
        } else {
            selection.to_owned()
        };
        format!(
            r#"{{ list: referrals(first: 2, filter: {{ statuses: [{statuses}] }}{after}) {{
              {selection}
            }} }}"#
        )
    };
    let raw = |query: String| raw_answer(&c, query, json!({}));
    let same = |statuses: &'static str, after: Option<String>| {
        let raw = &raw;
        async move {
            let plain = raw(page(statuses, after.as_deref(), false)).await;
            let connection = raw(page(statuses, after.as_deref(), true)).await;
            assert_eq!(plain, connection);
            let answer: Value = serde_json::from_str(&plain).expect("JSON");
            assert!(answer["errors"].is_null(), "{answer}");
            answer["data"]["list"].clone()
        }
    };

    let first = same("SENT", None).await;
    assert_eq!(first["__typename"], "ReferralConnection");
    assert_eq!(first["edges"].as_array().map(Vec::len), Some(2), "{first}");
    assert_eq!(first["edges"][0]["__typename"], "ReferralEdge");
    assert_eq!(first["items"][1]["id"], first["edges"][1]["node"]["id"]);
    assert_eq!(first["pageInfo"]["hasPreviousPage"], false);
    assert_eq!(first["pageInfo"]["hasNextPage"], true);
    assert_eq!(
        first["pageInfo"]["startCursor"],
        first["edges"][0]["cursor"]
    );
    assert_eq!(first["pageInfo"]["endCursor"], first["edges"][1]["cursor"]);
    assert_eq!(first["again"]["end"], first["pageInfo"]["endCursor"]);

    let cursor = first["pageInfo"]["endCursor"].as_str().map(str::to_owned);
    let second = same("SENT", cursor).await;
    assert_eq!(
        second["edges"].as_array().map(Vec::len),
        Some(1),
        "{second}"
    );
    assert_eq!(second["pageInfo"]["hasPreviousPage"], true);
    assert_eq!(second["pageInfo"]["hasNextPage"], false);

    let empty = same("CANCELLED", None).await;
    assert_eq!(empty["edges"], json!([]));
    assert!(empty["pageInfo"]["startCursor"].is_null(), "{empty}");
    assert!(empty["pageInfo"]["endCursor"].is_null(), "{empty}");
}

/// The case manager's answer to `query`, as the bytes the server sent: two answers compared
/// this way must agree in every key's order too.
async fn raw_answer(c: &Case, query: String, variables: Value) -> String {
    c.app
        .client()
        .post(format!("{}/graphql", c.app.address))
        .bearer_auth(&c.case_manager.access_token)
        .json(&json!({ "query": query, "variables": variables }))
        .send()
        .await
        .expect("send")
        .text()
        .await
        .expect("a body")
}
