//! The man pages, generated from the command line's clap definitions:
//! presente(1), and one page per subcommand (presente-list(1), …).
//!
//!     cargo run --release --features manpage --bin presente-manpage -- DIR
//!                                  # writes DIR/presente.1, DIR/presente-list.1, …
//!
//! A binary of its own behind the `manpage` feature, not an example: an
//! example builds every dev-dependency first (5 minutes of silence in
//! scripts/release on 2 cores), and clap_mangen stays out of the shipped
//! binary. scripts/release runs it for the Debian package;
//! tests/it/packaging.rs checks that every subcommand and option is in the
//! pages.

use std::io::Write;

use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

/// Every page: (file name, roff text). `date` goes in each page's title
/// line (YYYY-MM-DD, or empty).
pub fn pages(date: &str) -> Vec<(String, Vec<u8>)> {
    // As the binary parses it: a subcommand's page lists only what it uses.
    use clap::CommandFactory;
    let cmd = presente::cli::Cli::command().disable_help_subcommand(true);
    let cmd = presente::cli::hide_unused_globals(cmd);
    let mut pages = vec![(
        "presente.1".to_string(),
        render(Man::new(cmd.clone()).date(date).manual("presente"), true),
    )];
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let man = Man::new(sub.clone()).date(date).manual("presente");
        pages.push((man.get_filename(), render(man, false)));
    }
    pages
}

fn render(man: Man, top: bool) -> Vec<u8> {
    let mut out = Vec::new();
    man.render(&mut out).expect("writes to memory");
    let mut roff = Roff::new();
    if top {
        roff.control("SH", ["ENVIRONMENT"]);
        for (name, text) in [
            ("PRESENTE_LOCALES", "a folder of translations, as --locales."),
            ("PRESENTE_CONFIG", "an operator file, as --config."),
            (
                "PRESENTE_KHMER_CELLS",
                "letters or code-points: how many cells the terminal gives a Khmer cluster \
                 (presente guesses it from the terminal).",
            ),
            ("NO_COLOR", "when set, the monochrome theme is chosen."),
        ] {
            roff.control("TP", []).text([bold(name)]).text([roman(text)]);
        }
        roff.control("SH", ["FILES"]);
        for (name, text) in [
            (
                "/etc/presente/kiosk.toml",
                "the operator file a kiosk reads (see /usr/share/doc/presente/examples/kiosk.toml).",
            ),
            (
                "/usr/share/presente/kiosk/",
                "the kiosk session: a systemd unit, its session script, kitty.conf, a PAM file \
                 and enable-kiosk, which installs them (see /usr/share/doc/presente/kiosk.md). \
                 Installing the package enables nothing.",
            ),
        ] {
            roff.control("TP", []).text([bold(name)]).text([roman(text)]);
        }
        roff.control("SH", ["PRIVACY"]);
        roff.text([roman(
            "presente never touches the network and never writes a file. Everything it shows is \
             built into the binary. On Linux the interactive app locks itself down after start-up \
             (landlock: no file can be opened; seccomp: socket calls fail).",
        )]);
        roff.control("SH", ["EXIT STATUS"]);
        roff.text([roman(
            "0 on success; 1 on errors (an invalid operator file, check errors, a failed write); \
             2 on a usage error (an unknown language, screen or size).",
        )]);
    }
    roff.control("SH", ["SEE ALSO"]);
    if !top {
        roff.text([bold("presente"), roman("(1); ")]);
    }
    roff.text([
        italic("/usr/share/doc/presente/README.md"),
        roman(", "),
        italic("/usr/share/doc/presente/kiosk.md"),
        roman(", "),
        italic("/usr/share/doc/presente/TRANSLATING.md"),
    ]);
    // The preamble is already in `out`: the rest goes without it.
    out.extend_from_slice(roff.to_roff().as_bytes());
    out
}

/// SOURCE_DATE_EPOCH as YYYY-MM-DD (reproducible builds), else no date.
fn date_from_env() -> String {
    let Some(epoch) = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse().ok()) else {
        return String::new();
    };
    let Ok(at) = time::OffsetDateTime::from_unix_timestamp(epoch) else { return String::new() };
    format!("{:04}-{:02}-{:02}", at.year(), u8::from(at.month()), at.day())
}

#[allow(dead_code)] // tests/it/packaging.rs includes this file for `pages`.
fn main() {
    let dir = std::env::args_os().nth(1).expect("usage: presente-manpage DIR");
    let dir = std::path::Path::new(&dir);
    std::fs::create_dir_all(dir).expect("the folder can be made");
    for (name, text) in pages(&date_from_env()) {
        let path = dir.join(&name);
        let mut file = std::fs::File::create(&path).expect("the page can be written");
        file.write_all(&text).expect("the page can be written");
        println!("{}", path.display());
    }
}
