//! Every kind of bad access token is refused with `UNAUTHENTICATED`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};
use skupaj_tests::fixtures::{OneOrganisation, Platform};
use skupaj_tests::{TEST_AUDIENCE, TEST_ISSUER, TEST_JWT_SECRET, TestApp, error_code};

fn claims_of(token: &str) -> Value {
    let payload = token.split('.').nth(1).expect("a JWT has a payload");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("base64")).expect("JSON")
}

fn sign(algorithm: Algorithm, claims: &Value) -> String {
    jsonwebtoken::encode(
        &Header::new(algorithm),
        claims,
        &EncodingKey::from_secret(TEST_JWT_SECRET.as_bytes()),
    )
    .expect("sign")
}

fn unsigned(header: Value, claims: &Value, signature: &str) -> String {
    format!(
        "{}.{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string()),
        signature
    )
}

#[tokio::test]
async fn forged_expired_and_confused_tokens_are_refused() {
    let OneOrganisation {
        app,
        member: session,
        ..
    } = TestApp::with_case_manager().await;
    let good = claims_of(&session.access_token);
    let now = chrono::Utc::now().timestamp();
    let with = |key: &str, value: Value| {
        let mut claims = good.clone();
        claims[key] = value;
        claims
    };
    let without = |key: &str| {
        let mut claims = good.clone();
        claims.as_object_mut().expect("object").remove(key);
        claims
    };
    let good_signature = session.access_token.rsplit('.').next().expect("signature");

    // A control: re-signing the same claims the right way works, so each case below fails
    // for its one difference only.
    let control = sign(Algorithm::HS256, &good);
    let me = app
        .graphql(Some(&control), "{ me { actingRole } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"]["actingRole"], "CASE_MANAGER", "{me}");

    let mut tampered_payload = session
        .access_token
        .split('.')
        .map(str::to_owned)
        .collect::<Vec<_>>();
    tampered_payload[1] =
        URL_SAFE_NO_PAD.encode(with("org", json!(uuid::Uuid::now_v7())).to_string());

    let cases: Vec<(&str, String)> = vec![
        (
            "expired",
            sign(Algorithm::HS256, &with("exp", json!(now - 3600))),
        ),
        ("tampered payload", tampered_payload.join(".")),
        ("tampered signature", format!("{}x", session.access_token)),
        (
            "wrong issuer",
            sign(Algorithm::HS256, &with("iss", json!("somebody-else"))),
        ),
        (
            "wrong audience",
            sign(Algorithm::HS256, &with("aud", json!("another-api"))),
        ),
        ("no expiry", sign(Algorithm::HS256, &without("exp"))),
        ("no issuer", sign(Algorithm::HS256, &without("iss"))),
        (
            "alg none",
            unsigned(json!({ "alg": "none", "typ": "JWT" }), &good, ""),
        ),
        ("other HMAC algorithm", sign(Algorithm::HS512, &good)),
        (
            "RS256 header on an HMAC signature",
            unsigned(
                json!({ "alg": "RS256", "typ": "JWT" }),
                &good,
                good_signature,
            ),
        ),
        ("garbage", "not.a.jwt".to_owned()),
    ];
    assert_eq!(TEST_ISSUER, good["iss"]);
    assert_eq!(TEST_AUDIENCE, good["aud"]);
    for (case, token) in cases {
        let answer = app
            .graphql(Some(&token), "{ me { actingRole } }", json!({}))
            .await;
        assert_eq!(
            error_code(&answer),
            Some("UNAUTHENTICATED"),
            "{case}: {answer}"
        );
        assert_eq!(answer["data"], json!({ "me": null }), "{case}: {answer}");
    }
}

#[tokio::test]
async fn tokens_not_yet_valid_or_living_too_long_are_refused() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let good = claims_of(&admin.access_token);
    let now = chrono::Utc::now().timestamp();
    let lifetime = good["exp"].as_i64().expect("exp") - good["iat"].as_i64().expect("iat");
    let with = |changes: &[(&str, Value)]| {
        let mut claims = good.clone();
        for (key, value) in changes {
            claims[*key] = value.clone();
        }
        sign(Algorithm::HS256, &claims)
    };
    let me = |token: String| {
        let app = &app;
        async move {
            app.graphql(Some(&token), "{ me { user { email } } }", json!({}))
                .await
        }
    };

    // Controls: a past `nbf`, and clock skew of a couple of seconds, are fine.
    for token in [
        with(&[("nbf", json!(now - 60))]),
        with(&[
            ("iat", json!(now + 2)),
            ("nbf", json!(now + 2)),
            ("exp", json!(now + 2 + lifetime)),
        ]),
    ] {
        let answer = me(token).await;
        assert_eq!(
            answer["data"]["me"]["user"]["email"], "root@skupaj.test",
            "{answer}"
        );
    }

    let cases = [
        (
            "not valid before an hour from now",
            with(&[("nbf", json!(now + 3600))]),
        ),
        (
            "issued an hour from now",
            with(&[
                ("iat", json!(now + 3600)),
                ("exp", json!(now + 3600 + lifetime)),
            ]),
        ),
        (
            "valid for a year",
            with(&[("iat", json!(now)), ("exp", json!(now + 365 * 86_400))]),
        ),
        (
            "one second longer than the configured lifetime",
            with(&[("iat", json!(now)), ("exp", json!(now + lifetime + 1))]),
        ),
    ];
    for (case, token) in cases {
        let answer = me(token).await;
        assert_eq!(
            error_code(&answer),
            Some("UNAUTHENTICATED"),
            "{case}: {answer}"
        );
        assert!(answer["data"]["me"].is_null(), "{case}: {answer}");
    }
}
