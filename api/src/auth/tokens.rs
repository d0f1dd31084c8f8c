//! Access tokens: short-lived JWTs signed with HS256. The algorithm is pinned, and `iss`, `aud`,
//! `exp`, `iat` and `sub` are required and checked, so `alg: none`, a token signed with another
//! algorithm, another issuer's or audience's token, and an expired one are all refused. So is a
//! token not yet valid (`nbf` or `iat` in the future) and one whose lifetime (`exp − iat`)
//! exceeds the configured access-token lifetime, which no token this service issued has.

use chrono::{DateTime, Duration, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::settings::Settings;

/// The token of an `Authorization` value using the `Bearer` scheme, which (like every HTTP
/// authentication scheme) is case-insensitive: `Bearer x`, `bearer x` and `BEARER x` alike.
pub fn bearer_token(value: &str) -> Option<&str> {
    let (scheme, token) = value.trim().split_once([' ', '\t'])?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// What an access token says. Roles are deliberately absent: they are read from the database
/// on every request, so a changed role or a deactivated user takes effect at once.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    /// The user.
    pub sub: Uuid,
    /// The session (refresh-token family) this token was issued in; logout revokes it.
    pub sid: Uuid,
    /// The organisation the user acts in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<Uuid>,
    pub iss: String,
    pub aud: String,
    pub iat: i64,
    pub exp: i64,
}

/// Issues and verifies access tokens.
pub struct TokenService {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    issuer: String,
    audience: String,
    access_ttl: Duration,
    refresh_ttl: Duration,
    /// True when no key was configured and a random one was made for this process.
    pub ephemeral_key: bool,
}

impl std::fmt::Debug for TokenService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenService")
            .field("issuer", &self.issuer)
            .field("audience", &self.audience)
            .field("ephemeral_key", &self.ephemeral_key)
            .finish_non_exhaustive()
    }
}

/// How much clock skew between instances is tolerated when checking `exp`, `nbf` and `iat`.
const LEEWAY_SECONDS: u64 = 5;

impl TokenService {
    pub fn from_settings(settings: &Settings) -> Self {
        let (secret, ephemeral_key) = match &settings.jwt_secret {
            Some(secret) => (secret.expose_secret().as_bytes().to_vec(), false),
            None => {
                let mut key = vec![0u8; 64];
                rand::rng().fill_bytes(&mut key);
                (key, true)
            }
        };
        let mut validation = Validation::new(Algorithm::HS256);
        validation.algorithms = vec![Algorithm::HS256];
        validation.set_issuer(&[&settings.jwt_issuer]);
        validation.set_audience(&[&settings.jwt_audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = LEEWAY_SECONDS;
        validation.validate_nbf = true;
        Self {
            encoding: EncodingKey::from_secret(&secret),
            decoding: DecodingKey::from_secret(&secret),
            validation,
            issuer: settings.jwt_issuer.clone(),
            audience: settings.jwt_audience.clone(),
            access_ttl: Duration::seconds(
                i64::try_from(settings.access_token_ttl_seconds).unwrap_or(i64::MAX),
            ),
            refresh_ttl: Duration::seconds(
                i64::try_from(settings.refresh_token_ttl_seconds).unwrap_or(i64::MAX),
            ),
            ephemeral_key,
        }
    }

    /// A signed access token for `user` in `session`, acting in `organisation`.
    pub fn issue(
        &self,
        user: Uuid,
        session: Uuid,
        organisation: Option<Uuid>,
    ) -> anyhow::Result<(String, DateTime<Utc>)> {
        let now = Utc::now();
        let expires_at = now + self.access_ttl;
        let claims = Claims {
            sub: user,
            sid: session,
            org: organisation,
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            iat: now.timestamp(),
            exp: expires_at.timestamp(),
        };
        let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)?;
        Ok((token, expires_at))
    }

    /// The claims of a valid token; `None` for anything else, without saying why.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        let claims = jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()?
            .claims;
        let leeway = i64::try_from(LEEWAY_SECONDS).unwrap_or(i64::MAX);
        let issued_in_future = claims.iat > Utc::now().timestamp().saturating_add(leeway);
        let too_long = claims.exp.saturating_sub(claims.iat) > self.access_ttl.num_seconds();
        (!issued_in_future && !too_long).then_some(claims)
    }

    /// When a refresh token issued now expires.
    pub fn refresh_expiry(&self) -> DateTime<Utc> {
        Utc::now() + self.refresh_ttl
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::SecretString;

    fn service(issuer: &str) -> TokenService {
        TokenService::from_settings(&Settings {
            jwt_secret: Some(SecretString::from("0123456789abcdef0123456789abcdef")),
            jwt_issuer: issuer.to_owned(),
            ..Settings::default()
        })
    }

    #[test]
    fn the_bearer_scheme_is_case_insensitive() {
        for value in ["Bearer abc", "bearer abc", "BEARER abc", "  Bearer   abc  "] {
            assert_eq!(bearer_token(value), Some("abc"), "{value}");
        }
        for value in ["Basic abc", "Bearer", "Bearer ", "Bearerabc", "abc"] {
            assert_eq!(bearer_token(value), None, "{value}");
        }
    }

    #[test]
    fn a_token_round_trips() {
        let tokens = service("skupaj");
        let (user, session) = (Uuid::now_v7(), Uuid::now_v7());
        let (token, _) = tokens.issue(user, session, None).unwrap();
        let claims = tokens.verify(&token).unwrap();
        assert_eq!((claims.sub, claims.sid), (user, session));
    }

    #[test]
    fn another_issuers_token_is_refused() {
        let (token, _) = service("elsewhere")
            .issue(Uuid::now_v7(), Uuid::now_v7(), None)
            .unwrap();
        assert!(service("skupaj").verify(&token).is_none());
    }

    fn forged(tokens: &TokenService, iat: i64, exp: i64, nbf: Option<i64>) -> String {
        let mut claims = serde_json::to_value(Claims {
            sub: Uuid::now_v7(),
            sid: Uuid::now_v7(),
            org: None,
            iss: tokens.issuer.clone(),
            aud: tokens.audience.clone(),
            iat,
            exp,
        })
        .unwrap();
        if let Some(nbf) = nbf {
            claims["nbf"] = nbf.into();
        }
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &tokens.encoding).unwrap()
    }

    #[test]
    fn a_token_not_yet_valid_or_living_too_long_is_refused() {
        let tokens = service("skupaj");
        let now = Utc::now().timestamp();
        let ttl = tokens.access_ttl.num_seconds();
        assert!(
            tokens
                .verify(&forged(&tokens, now, now + ttl, None))
                .is_some()
        );
        // Clock skew within the leeway is fine.
        assert!(
            tokens
                .verify(&forged(&tokens, now + 3, now + 3 + ttl, Some(now + 3)))
                .is_some()
        );
        assert!(
            tokens
                .verify(&forged(&tokens, now, now + ttl, Some(now + 600)))
                .is_none()
        );
        assert!(
            tokens
                .verify(&forged(&tokens, now + 600, now + 600 + ttl, None))
                .is_none()
        );
        assert!(
            tokens
                .verify(&forged(&tokens, now, now + ttl + 1, None))
                .is_none()
        );
        assert!(
            tokens
                .verify(&forged(&tokens, now - 3600, now + 86_400 * 365, None))
                .is_none()
        );
    }

    #[test]
    fn an_ephemeral_key_is_reported() {
        let tokens = TokenService::from_settings(&Settings::default());
        assert!(tokens.ephemeral_key);
    }
}
