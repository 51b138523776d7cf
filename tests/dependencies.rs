//! No crate that can reach the network or write logs may enter the build
//! (DESIGN.md, invariant 1). Checked on Cargo.lock, so an indirect
//! dependency counts too.

const BANNED: &[&str] = &[
    // HTTP clients and servers
    "reqwest",
    "hyper",
    "ureq",
    "isahc",
    "curl",
    "surf",
    "attohttpc",
    "h2",
    "http-body",
    // async runtimes with networking
    "tokio",
    "async-std",
    "smol",
    "mio-extras",
    // telemetry and file loggers
    "sentry",
    "opentelemetry",
    "tracing-appender",
    "log4rs",
    "flexi_logger",
    "fern",
    // TLS and DNS
    "rustls",
    "native-tls",
    "openssl",
    "trust-dns-resolver",
    "hickory-resolver",
];

#[test]
fn no_network_or_logging_crate_is_in_cargo_lock() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    let names: Vec<&str> =
        lock.lines().filter_map(|l| l.strip_prefix("name = \"")?.strip_suffix('"')).collect();
    assert!(names.contains(&"ratatui"), "Cargo.lock was read");
    let found: Vec<&&str> = names.iter().filter(|n| BANNED.contains(n)).collect();
    assert!(found.is_empty(), "banned crates in Cargo.lock: {found:?} (see `cargo tree -i NAME`)");
}
