//! Kiosk mode: visitors cannot quit; the operator leaves with a key chord
//! and a PIN whose salted hash (Argon2id) is in the operator file.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

/// Idle time before a kiosk starts over, unless set otherwise.
pub const DEFAULT_IDLE_TIMEOUT_SECS: u64 = 120;

/// A PIN is 4 to 12 digits: typed on any keypad, remembered by an operator.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=12;

/// 8 MiB and 2 passes: a few milliseconds on a small machine, and the app's
/// memory stays small while it checks.
fn hasher() -> Argon2<'static> {
    let params = Params::new(8 * 1024, 2, 1, None).expect("fixed parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn check_pin(pin: &str) -> Result<(), String> {
    if PIN_DIGITS.contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!("a PIN is {} to {} digits", PIN_DIGITS.start(), PIN_DIGITS.end()))
    }
}

/// The PHC string (`$argon2id$v=19$m=8192,t=2,p=1$salt$hash`) of a PIN.
pub fn hash_pin(pin: &str, salt: &[u8]) -> Result<String, String> {
    check_pin(pin)?;
    hasher()
        .hash_password_with_salt(pin.as_bytes(), salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// Whether `pin` matches the hash (with the parameters written in it).
pub fn verify_pin(pin: &str, hash: &str) -> bool {
    Argon2::default().verify_password(pin.as_bytes(), hash).is_ok()
}

/// Whether `hash` is an Argon2 PHC string, as `presente hash-pin` prints.
pub fn check_hash(hash: &str) -> Result<(), String> {
    let valid = argon2::password_hash::phc::PasswordHash::new(hash)
        .is_ok_and(|h| h.algorithm.as_str().starts_with("argon2"));
    if valid {
        Ok(())
    } else {
        Err("not a PIN hash; paste the line `presente hash-pin` prints".into())
    }
}

/// A fresh random salt, from the kernel.
pub fn random_salt() -> std::io::Result<[u8; 16]> {
    use std::io::Read;
    let mut salt = [0u8; 16];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut salt)?;
    Ok(salt)
}

/// Seconds to wait after the n-th wrong PIN in a row: 1, 2, 4 … up to 60.
pub fn wrong_pin_wait(failures: u32) -> u64 {
    1u64.checked_shl(failures.saturating_sub(1)).unwrap_or(u64::MAX).min(60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hashed_pin_verifies_and_others_do_not() {
        let hash = hash_pin("4821", b"0123456789abcdef").unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=8192,t=2,p=1$"), "{hash}");
        assert!(!hash.contains("4821"));
        assert!(verify_pin("4821", &hash));
        assert!(!verify_pin("4822", &hash));
        assert!(!verify_pin("", &hash));
        assert!(check_hash(&hash).is_ok());
        assert!(check_hash("4821").is_err());
        // The same PIN with another salt hashes differently.
        assert_ne!(hash, hash_pin("4821", b"fedcba9876543210").unwrap());
    }

    #[test]
    fn pins_are_four_to_twelve_digits() {
        assert!(check_pin("1234").is_ok());
        assert!(check_pin("123").is_err());
        assert!(check_pin("12a4").is_err());
        assert!(check_pin(&"1".repeat(13)).is_err());
    }

    #[test]
    fn wrong_pins_wait_longer_each_time_up_to_a_minute() {
        let waits: Vec<u64> = (1..=8).map(wrong_pin_wait).collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 60, 60]);
        assert_eq!(wrong_pin_wait(200), 60);
    }
}
