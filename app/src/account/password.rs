//! argon2id password hashes in PHC format (salt and parameters inside the string).

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use std::sync::LazyLock;

/// Hashes a password with argon2id and the crate's recommended parameters (OWASP's minimum).
pub fn hash(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|err| anyhow::anyhow!("cannot hash password: {err}"))
}

/// Checks `password` against a stored hash. A malformed hash counts as a mismatch.
pub fn verify(password: &str, stored_hash: &str) -> bool {
    PasswordHash::new(stored_hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A real hash of a random password, verified against when the e-mail is unknown, so that an
/// unknown account takes as long to refuse as a wrong password.
static DECOY_HASH: LazyLock<String> = LazyLock::new(|| {
    let decoy = uuid::Uuid::new_v4().to_string();
    hash(&decoy).unwrap_or_default()
});

/// Spends the same work as a real verification, and fails.
pub fn verify_decoy(password: &str) -> bool {
    verify(password, &DECOY_HASH);
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_only_its_password() {
        let stored = hash("correct horse battery").unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &stored));
        assert!(!verify("correct horse battery!", &stored));
        assert!(!verify("anything", "not a hash"));
        assert!(!verify_decoy("anything"));
    }
}
