//! Password reset tokens. A token is derived from its request's id with a key only the server
//! holds (HMAC-SHA-256), so the database keeps the request (id, account, expiry, use) and the
//! token's SHA-256, never the token or anything it can be computed from: the outbox row of the
//! e-mail names the request, and the worker derives the token again when it writes the link.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The key reset tokens are derived with.
#[derive(Clone)]
pub struct ResetKey([u8; 32]);

impl std::fmt::Debug for ResetKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ResetKey(..)")
    }
}

impl ResetKey {
    /// The key for a server secret (the JWT secret): every instance sharing it derives the
    /// same tokens, and a rotated secret voids the links already sent.
    pub fn from_secret(secret: &[u8]) -> Self {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
        mac.update(b"skupaj password reset v1");
        Self(mac.finalize().into_bytes().into())
    }

    /// A key of this process alone (no configured secret: links die with the process).
    pub fn random() -> Self {
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        Self(key)
    }

    /// The token of the reset request `id`: 256 bits, URL-safe.
    pub fn token(&self, id: Uuid) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(id.as_bytes());
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }
}

/// What the database keeps of a token: its SHA-256, in hex. A fast hash is right here: the
/// token is random to whoever lacks the key, not guessable.
pub fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The console page a reset link opens: the token in the fragment, which browsers send to no
/// server (not in `Referer`, not in access logs).
pub fn link(base: &str, token: &str) -> String {
    format!("{}/reset#token={token}", base.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_depend_on_the_key_and_the_request() {
        let key = ResetKey::from_secret(b"a secret of thirty-two bytes or more");
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        assert_eq!(key.token(a), key.token(a));
        assert_ne!(key.token(a), key.token(b));
        assert_ne!(
            key.token(a),
            ResetKey::from_secret(b"another secret of thirty-two bytes").token(a)
        );
        assert_eq!(key.token(a).len(), 43);
        assert_eq!(digest(&key.token(a)).len(), 64);
        assert_eq!(
            link("https://skupaj.example/", "abc"),
            "https://skupaj.example/reset#token=abc"
        );
        assert!(!format!("{key:?}").contains(&format!("{:?}", key.0)));
    }
}
