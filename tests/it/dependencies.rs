//! No crate that can reach the network or write logs may enter the build
//! (the project's first invariant, no network, as README.md's opening says).
//! Checked on Cargo.lock against deny.toml's list, so an indirect dependency
//! counts too (CI also runs `cargo deny`).

/// The banned crates, from deny.toml (the same list `cargo deny` uses).
fn banned() -> Vec<String> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/deny.toml")).unwrap();
    let deny: toml::Table = toml::from_str(&text).expect("deny.toml parses");
    let list = deny["bans"]["deny"].as_array().expect("[bans] deny is a list");
    list.iter().map(|entry| entry["name"].as_str().expect("each has a name").to_string()).collect()
}

#[test]
fn no_network_or_logging_crate_is_in_cargo_lock() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    let names: Vec<&str> =
        lock.lines().filter_map(|l| l.strip_prefix("name = \"")?.strip_suffix('"')).collect();
    assert!(names.contains(&"ratatui"), "Cargo.lock was read");
    let banned = banned();
    assert!(banned.iter().any(|b| b == "reqwest") && banned.len() > 20, "deny.toml was read");
    let found: Vec<&&str> = names.iter().filter(|n| banned.iter().any(|b| b == *n)).collect();
    assert!(found.is_empty(), "banned crates in Cargo.lock: {found:?} (see `cargo tree -i NAME`)");
}
