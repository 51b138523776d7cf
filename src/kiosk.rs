//! Kiosk mode: visitors cannot quit; the operator leaves with a key chord
//! and a PIN whose salted hash (Argon2id) is in the operator file.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

/// Idle time before a kiosk starts over, unless set otherwise.
pub const DEFAULT_IDLE_TIMEOUT_SECS: u64 = 120;

/// Idle timeouts allowed, in the operator file and on the command line
/// alike (0 is never). Shorter would start over during its own countdown,
/// or while a visitor reads one step; longer than a day is a mistake, and
/// a huge number would overflow the clock.
pub const IDLE_TIMEOUT_SECS: std::ops::RangeInclusive<u64> = 15..=86_400;

pub fn check_idle_timeout(secs: u64) -> Result<(), String> {
    if secs == 0 || IDLE_TIMEOUT_SECS.contains(&secs) {
        Ok(())
    } else {
        let (min, max) = (IDLE_TIMEOUT_SECS.start(), IDLE_TIMEOUT_SECS.end());
        Err(format!("use 0 (never) or {min} to {max} seconds (a day), not {secs}"))
    }
}

/// The most a PIN hash may ask of each try: 64 MiB, 10 passes, 4 lanes.
/// More would let an operator file take the machine's memory or CPU (or
/// lock the operator out) on every try. `hash-pin` uses far less.
pub const MAX_M_COST_KIB: u32 = 65_536;
pub const MAX_T_COST: u32 = 10;
pub const MAX_P_COST: u32 = 4;

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

/// The length `hash-pin` recommends: with the waits after wrong PINs, all
/// of 6 digits take over a century to try, 4 digits about 14 months.
pub const RECOMMENDED_DIGITS: usize = 6;

/// Why `pin` is among the first PINs anyone tries, if it is: one digit
/// repeated (0000), a straight run (1234, 9876, 7890), a group repeated
/// (1212, 123123), digits in pairs (1122), mirrored (1221), a year
/// (19xx, 20xx), a date (DDMM, MMDD) or a line on a keypad (2580).
pub fn guessable(pin: &str) -> Option<&'static str> {
    let digits: Vec<u8> = pin.bytes().map(|b| b.wrapping_sub(b'0')).collect();
    let n = digits.len();
    let steps: Vec<u8> = digits.windows(2).map(|w| (w[1] + 10 - w[0]) % 10).collect();
    if steps.iter().all(|&s| s == 1) || steps.iter().all(|&s| s == 9) {
        return Some("a straight run of digits");
    }
    if (1..=n / 2).any(|size| {
        n.is_multiple_of(size) && pin.as_bytes().chunks(size).all(|c| c == &pin.as_bytes()[..size])
    }) {
        return Some(if digits.iter().all(|&d| d == digits[0]) {
            "one digit repeated"
        } else {
            "a group of digits repeated"
        });
    }
    if n.is_multiple_of(2) && digits.chunks(2).all(|pair| pair[0] == pair[1]) {
        return Some("digits in pairs");
    }
    if digits.iter().eq(digits.iter().rev()) {
        return Some("the same read backwards");
    }
    if n == 4 {
        if pin.starts_with("19") || pin.starts_with("20") {
            return Some("a year");
        }
        let (first, last) = (
            u32::from(digits[0]) * 10 + u32::from(digits[1]),
            u32::from(digits[2]) * 10 + u32::from(digits[3]),
        );
        let date = |day: u32, month: u32| (1..=12).contains(&month) && (1..=31).contains(&day);
        if date(first, last) || date(last, first) {
            return Some("a date");
        }
    }
    const KEYPAD_LINES: &[&str] = &[
        "2580", "0852", "1470", "0741", "3690", "0963", "1590", "0951", "3570", "0753", "147258",
        "258369", "369258", "852741", "963852", "741852", "159753", "357159", "789456", "456123",
        "123456", "654321", "147852", "963258", "1004", "6969", "2468",
    ];
    if KEYPAD_LINES.contains(&pin) {
        return Some("a line on a keypad, or a PIN many people choose");
    }
    None
}

/// A PIN `hash-pin` takes: 4 to 12 digits, and none of the first tried.
pub fn check_new_pin(pin: &str) -> Result<(), String> {
    check_pin(pin)?;
    match guessable(pin) {
        Some(why) => {
            Err(format!("that PIN is {why}: it is among the first anyone tries; choose another"))
        }
        None => Ok(()),
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

/// Whether `pin` matches the hash (with the parameters written in it,
/// within the limits [`check_hash`] sets).
pub fn verify_pin(pin: &str, hash: &str) -> bool {
    check_hash(hash).is_ok() && Argon2::default().verify_password(pin.as_bytes(), hash).is_ok()
}

/// Whether `hash` is what `presente hash-pin` prints: an Argon2id (v=19) PHC
/// string with a salt and a hash, and costs within the limits above.
pub fn check_hash(hash: &str) -> Result<(), String> {
    let paste = "paste the line `presente hash-pin` prints";
    let parsed = argon2::password_hash::phc::PasswordHash::new(hash)
        .map_err(|_| format!("not a PIN hash; {paste}"))?;
    let algorithm = parsed.algorithm.as_str();
    if algorithm != "argon2id" {
        let shown = crate::text::printable(algorithm);
        return Err(format!("`{shown}` is not argon2id; {paste}"));
    }
    if parsed.version != Some(0x13) {
        return Err(format!("the hash needs `v=19` (Argon2 version 1.3); {paste}"));
    }
    if parsed.salt.is_none_or(|s| s.len() < 8) {
        return Err(format!("the hash has no salt (or one under 8 bytes); {paste}"));
    }
    if parsed.hash.is_none_or(|h| h.len() < 16) {
        return Err(format!("the hash has no hash part (or one under 16 bytes); {paste}"));
    }
    let params = Params::try_from(&parsed).map_err(|e| format!("bad parameters ({e}); {paste}"))?;
    if params.m_cost() > MAX_M_COST_KIB
        || params.t_cost() > MAX_T_COST
        || params.p_cost() > MAX_P_COST
    {
        return Err(format!(
            "costs m={},t={},p={} are more than m={MAX_M_COST_KIB},t={MAX_T_COST},p={MAX_P_COST} \
             allow (each try would take too long or too much memory); {paste}",
            params.m_cost(),
            params.t_cost(),
            params.p_cost()
        ));
    }
    Ok(())
}

/// A fresh random salt, from the kernel.
pub fn random_salt() -> std::io::Result<[u8; 16]> {
    use std::io::Read;
    let mut salt = [0u8; 16];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut salt)?;
    Ok(salt)
}

/// After the app starts, the PIN prompt waits this long before it takes a
/// PIN, and so does the first wrong PIN after it. Wrong PINs are
/// counted in memory only (nothing is written), so without this a restart
/// (an unplugged screen restarts the kiosk) would give fresh quick tries.
pub const WAIT_AFTER_START_SECS: u64 = 60;

/// Wrong PINs counted at start: the next wrong one waits a minute, as the
/// start did, and each after it twice as long (see [`wrong_pin_wait`]).
pub const FAILURES_AT_START: u32 = 6;

/// The longest wait after wrong PINs: an hour.
pub const MAX_WAIT_SECS: u64 = 3600;

/// Seconds to wait after the n-th wrong PIN in a row: 1, 2, 4 … 32, then
/// 60 (the first wrong PIN after a kiosk starts), then doubling, 120, 240
/// … up to an hour. At a minute a try, an unattended keystroke injector
/// tried all 4-digit PINs in a week; now it takes about 14 months (7 on
/// average), and 6 digits over a century.
pub fn wrong_pin_wait(failures: u32) -> u64 {
    if failures <= FAILURES_AT_START {
        return 1u64 << failures.saturating_sub(1);
    }
    let doublings = failures - FAILURES_AT_START - 1;
    let factor = 1u64.checked_shl(doublings).unwrap_or(u64::MAX);
    WAIT_AFTER_START_SECS.saturating_mul(factor).min(MAX_WAIT_SECS)
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
    fn only_hashes_like_hash_pin_prints_are_accepted() {
        let good = hash_pin("4821", b"0123456789abcdef").unwrap();
        assert_eq!(check_hash(&good), Ok(()), "hash-pin writes what check accepts");
        let (salt, digest) = {
            let parts: Vec<&str> = good.split('$').collect();
            (parts[4].to_string(), parts[5].to_string())
        };
        let with = |head: &str| format!("{head}${salt}${digest}");
        for (bad, why) in [
            ("argon2id".to_string(), "not a PIN hash"),
            ("$argon2id".to_string(), "v=19"),
            ("$argon2id$v=19$m=8192,t=2,p=1".to_string(), "no salt"),
            (format!("$argon2id$v=19$m=8192,t=2,p=1${salt}"), "no hash"),
            (with("$argon2xx$v=19$m=8192,t=2,p=1"), "not argon2id"),
            (with("$argon2i$v=19$m=8192,t=2,p=1"), "not argon2id"),
            (with("$argon2id$v=16$m=8192,t=2,p=1"), "v=19"),
            (with("$argon2id$v=19$m=4194304,t=2,p=1"), "more than"),
            (with("$argon2id$v=19$m=8192,t=1000000,p=1"), "more than"),
            (with("$argon2id$v=19$m=8192,t=2,p=5"), "more than"),
        ] {
            let error = check_hash(&bad).expect_err(&bad);
            assert!(error.contains(why), "{bad}: {error}");
            assert!(!verify_pin("4821", &bad), "{bad} is never tried");
        }
        assert_eq!(check_hash(&with("$argon2id$v=19$m=65536,t=10,p=4")), Ok(()), "the limits");
    }

    #[test]
    fn idle_timeouts_are_0_or_15_seconds_to_a_day() {
        for ok in [0, 15, 120, 86_400] {
            assert_eq!(check_idle_timeout(ok), Ok(()), "{ok}");
        }
        for bad in [1, 14, 86_401, i64::MAX as u64, u64::MAX] {
            assert!(check_idle_timeout(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn pins_are_four_to_twelve_digits() {
        assert!(check_pin("1234").is_ok());
        assert!(check_pin("123").is_err());
        assert!(check_pin("12a4").is_err());
        assert!(check_pin(&"1".repeat(13)).is_err());
    }

    #[test]
    fn wrong_pins_wait_longer_each_time_up_to_an_hour() {
        let waits: Vec<u64> = (1..=14).map(wrong_pin_wait).collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(wrong_pin_wait(u32::MAX), MAX_WAIT_SECS);
        // A kiosk's first wrong PIN after its start waits as long as the
        // start did.
        assert_eq!(wrong_pin_wait(FAILURES_AT_START + 1), WAIT_AFTER_START_SECS);
        // All 10,000 four-digit PINs, from a kiosk's start: over a year.
        let all: u64 = WAIT_AFTER_START_SECS
            + (FAILURES_AT_START + 1..FAILURES_AT_START + 10_000).map(wrong_pin_wait).sum::<u64>();
        assert!(all / 86_400 > 400, "{} days", all / 86_400);
    }

    #[test]
    fn the_pins_people_try_first_are_refused() {
        for pin in [
            "0000", "1111", "1234", "4321", "7890", "0987", "1212", "123123", "1122", "112233",
            "1221", "123321", "1984", "2024", "0312", "2512", "2580", "147258", "123456", "654321",
            "1004",
        ] {
            assert!(guessable(pin).is_some(), "{pin}");
            assert!(check_new_pin(pin).is_err(), "{pin}");
        }
        for pin in ["4821", "3947", "58203", "482917", "930571"] {
            assert_eq!(guessable(pin), None, "{pin}");
            assert!(check_new_pin(pin).is_ok(), "{pin}");
        }
        assert!(check_new_pin("12a4").is_err());
    }
}
