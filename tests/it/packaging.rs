//! What is cheap to check of the packaging (the full build stays in
//! scripts/release): the man pages are made and name every subcommand and
//! option, the Debian package's assets exist and enable nothing, and
//! `--version` says what it was built from.

use std::path::Path;

#[path = "../../scripts/manpage.rs"]
mod manpage;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn cargo_toml() -> toml::Table {
    let text = std::fs::read_to_string(Path::new(ROOT).join("Cargo.toml")).unwrap();
    toml::from_str(&text).unwrap()
}

fn deb() -> toml::Table {
    cargo_toml()["package"]["metadata"]["deb"].as_table().expect("[package.metadata.deb]").clone()
}

/// The long options as roff writes them: `\-\-idle\-timeout`.
fn roff_long(name: &str) -> String {
    format!("\\-\\-{}", name.replace('-', "\\-"))
}

#[test]
fn man_pages_cover_every_subcommand_and_option() {
    let pages = manpage::pages("2026-01-01");
    let page = |name: &str| -> String {
        let (_, text) =
            pages.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no {name}"));
        String::from_utf8(text.clone()).unwrap()
    };
    let cmd = presente::cli::command();
    let top = page("presente.1");
    let title = top.lines().find(|l| l.starts_with(".TH ")).expect("a title line");
    assert!(title.starts_with(".TH presente 1 ") && title.contains(" 2026-01-01 "), "{title}");
    let mut options = 0;
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        if let Some(long) = arg.get_long() {
            assert!(top.contains(&roff_long(long)), "presente.1 lacks --{long}");
            options += 1;
        }
    }
    assert!(options >= 8, "{options} options read");
    let mut subcommands = 0;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("presente-{}", sub.get_name());
        assert!(top.contains(&name.replace('-', "\\-")), "presente.1 does not name {name}");
        let text = page(&format!("{name}.1"));
        for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
            if let Some(long) = arg.get_long() {
                assert!(text.contains(&roff_long(long)), "{name}.1 lacks --{long}");
            } else if arg.is_positional() {
                let value = arg.get_value_names().map(|v| v[0].to_string());
                let value = value.unwrap_or_else(|| arg.get_id().to_string().to_uppercase());
                assert!(text.contains(&value), "{name}.1 lacks {value}");
            }
        }
        subcommands += 1;
    }
    assert!(subcommands >= 6, "{subcommands} subcommands read");
    assert_eq!(pages.len(), subcommands + 1, "one page each, and presente.1");
    for name in ["ENVIRONMENT", "FILES", "EXIT STATUS", "PRIVACY"] {
        assert!(top.contains(&format!(".SH \"{name}\"")) || top.contains(&format!(".SH {name}")));
    }
}

#[test]
fn the_debian_package_ships_files_that_exist_and_enables_nothing() {
    let deb = deb();
    let assets = deb["assets"].as_array().unwrap();
    let mut targets = Vec::new();
    for asset in assets {
        let asset = asset.as_array().unwrap();
        let (source, target) = (asset[0].as_str().unwrap(), asset[1].as_str().unwrap());
        targets.push(format!("/{target}"));
        if let Some(built) = source.strip_prefix("target/release/") {
            // Made by the build: the binary, and the man pages scripts/release makes.
            assert!(built == "presente" || built == "man/*.1.gz", "{source}");
            continue;
        }
        assert!(Path::new(ROOT).join(source).is_file(), "asset {source} does not exist");
    }
    for needed in [
        "/usr/bin/",
        "/usr/share/man/man1/",
        "/usr/share/doc/presente/",
        "/usr/share/doc/presente/examples/",
        "/usr/share/presente/kiosk/",
    ] {
        assert!(targets.iter().any(|t| t == needed), "nothing goes to {needed}");
    }
    // Every kiosk session file, one copy each, is in the package, and the
    // kiosk guide names each of them.
    let kiosk_md = std::fs::read_to_string(Path::new(ROOT).join("docs/kiosk.md")).unwrap();
    for entry in std::fs::read_dir(Path::new(ROOT).join("examples/kiosk")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let source = format!("examples/kiosk/{name}");
        assert!(
            assets.iter().any(|a| a[0].as_str() == Some(&source)),
            "{source} is not in the package"
        );
        assert!(kiosk_md.contains(&source), "docs/kiosk.md does not name {source}");
    }
    // Installing must not enable a kiosk: no maintainer scripts, no unit
    // in systemd's folders.
    assert!(!deb.contains_key("maintainer-scripts"), "no maintainer scripts");
    assert!(!deb.contains_key("systemd-units"), "no systemd units enabled on install");
    assert!(!targets.iter().any(|t| t.contains("systemd")), "{targets:?}");
    let recommends = deb["recommends"].as_str().unwrap();
    for font in ["fonts-khmeros", "fonts-noto-cjk", "kitty"] {
        assert!(recommends.contains(font), "Recommends: {recommends}");
    }
}

/// The newest `reviewed` date anywhere in content/guide.toml.
fn newest_reviewed(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::Table(table) => table
            .iter()
            .filter_map(|(key, v)| match (key.as_str(), v) {
                ("reviewed", toml::Value::String(date)) => Some(date.clone()),
                _ => newest_reviewed(v),
            })
            .max(),
        toml::Value::Array(items) => items.iter().filter_map(newest_reviewed).max(),
        _ => None,
    }
}

#[test]
fn version_names_the_guide_date_and_the_commit() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_presente"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let guide = std::fs::read_to_string(Path::new(ROOT).join("content/guide.toml")).unwrap();
    let newest = newest_reviewed(&toml::from_str(&guide).unwrap()).expect("a reviewed date");
    let version = env!("CARGO_PKG_VERSION");
    let start = format!("presente {version} (guide checked {newest}, commit ");
    assert!(text.starts_with(&start), "{text:?} does not start with {start:?}");
    let commit = text[start.len()..].trim_end().strip_suffix(')').unwrap();
    assert!(
        commit == "unknown" || (commit.len() >= 7 && commit.bytes().all(|b| b.is_ascii_hexdigit())),
        "{commit:?}"
    );
}

/// The way back in (docs/kiosk.md): a boot into multi-user.target starts
/// no kiosk, and tty1's login is left to come back. So the unit is wanted
/// by graphical.target alone, and nothing the kiosk installs or its guide
/// runs disables or masks a getty.
#[test]
fn the_kiosk_leaves_the_way_back_in_open() {
    let unit =
        std::fs::read_to_string(Path::new(ROOT).join("examples/kiosk/presente-kiosk.service"))
            .unwrap();
    let install = &unit[unit.find("[Install]").expect("an [Install] section")..];
    let lines: Vec<&str> =
        install.lines().skip(1).filter(|l| !l.trim().is_empty() && !l.starts_with('#')).collect();
    assert_eq!(lines, ["WantedBy=graphical.target"], "{install}");
    for file in
        ["examples/kiosk/enable-kiosk", "examples/kiosk/presente-kiosk-session", "docs/kiosk.md"]
    {
        let text = std::fs::read_to_string(Path::new(ROOT).join(file)).unwrap();
        // A command, not a sentence about one.
        for line in text.lines().filter(|l| l.contains("getty") && l.contains("systemctl")) {
            assert!(!line.contains("mask") && !line.contains("disable"), "{file}: {line}");
        }
    }
}
