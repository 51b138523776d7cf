//! The command line, as other tools and tests use it.

use std::process::{Command, Output};

fn presente(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_presente")).args(args).output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("output is UTF-8")
}

fn languages() -> Vec<String> {
    let out = presente(&["list", "languages"]);
    assert!(out.status.success());
    stdout(&out).lines().map(|l| l.split('\t').next().unwrap().to_string()).collect()
}

#[test]
fn list_languages_prints_code_name_and_status() {
    let out = presente(&["list", "languages"]);
    let text = stdout(&out);
    assert!(text.lines().next() == Some("en\tEnglish\tdraft"), "{text}");
    // A translation adds what its records say: how much is reviewed, and
    // how many messages changed in English since translated.
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 5, "{line}");
        assert!(["draft", "reviewed"].contains(&fields[2]), "{line}");
        assert!(fields[3].ends_with("% reviewed"), "{line}");
        assert_eq!(fields[4], "0 changed in English", "{line}");
    }
    assert!(text.contains("km\tខ្មែរ\t"), "{text}");
}

#[test]
fn every_screen_snapshots_in_every_language() {
    let screens = stdout(&presente(&["list", "screens"]));
    assert!(screens.lines().count() > 10);
    for lang in languages() {
        for screen in screens.lines() {
            let out =
                presente(&["snapshot", "--lang", &lang, "--screen", screen, "--size", "60x20"]);
            assert!(
                out.status.success(),
                "{lang} {screen}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(stdout(&out).lines().count(), 20, "{lang} {screen}");
        }
    }
}

#[test]
fn unknown_language_screen_or_size_is_a_one_line_error_with_exit_code_2() {
    for (args, valid) in [
        (vec!["snapshot", "--lang", "xx", "--screen", "home"], "km"),
        (vec!["snapshot", "--screen", "nowhere"], "rights/door"),
        (vec!["snapshot", "--screen", "home", "--size", "80by24"], "80x24"),
        (vec!["snapshot", "--screen", "home", "--size", "0x24"], "80x24"),
        (vec!["--lang", "klingon"], "zh-Hant"),
        (vec!["export", "--topic", "nothing"], "rights/door"),
        // Only what can be shown as slides: topics and the red card.
        (vec!["--present", "rights/dor"], "rights/door, rights/street"),
        (vec!["--present", "home"], "card"),
        (vec!["--lang", "km", "--present=nowhere"], "action/call"),
    ] {
        let out = presente(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(valid), "{args:?} should list valid values: {err}");
    }
}

#[test]
fn export_prints_every_topic_with_sources_and_the_legal_notice() {
    for lang in languages() {
        let out = presente(&["export", "--lang", &lang]);
        assert!(out.status.success(), "{lang}");
        let text = stdout(&out);
        assert!(text.contains("2026-12-01"), "{lang}: reviewed dates");
        assert!(text.contains("ACLU"), "{lang}: sources");
        // The officer's side of the red card is English in every language.
        assert!(text.contains("I want to speak with a lawyer."), "{lang}: red card");
        assert!(
            text.lines().all(|l| presente::text::width(l) <= 78),
            "{lang}: a line wider than 78"
        );
    }
    let one = stdout(&presente(&["export", "--lang", "es", "--topic", "door"]));
    let same = stdout(&presente(&["export", "--lang", "es", "--topic", "rights/door"]));
    assert_eq!(one, same);
    assert!(one.lines().count() > 10);
}

#[test]
fn version_and_help_work() {
    assert!(stdout(&presente(&["--version"])).starts_with("presente "));
    let help = stdout(&presente(&["--help"]));
    for word in ["snapshot", "list", "export", "--lang"] {
        assert!(help.contains(word), "--help mentions {word}");
    }
}

fn with_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_presente"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn hash_pin_prints_a_salted_line_for_the_operator_file() {
    let first = stdout(&with_stdin(&["hash-pin"], "1357\n1357\n"));
    let second = stdout(&with_stdin(&["hash-pin"], "1357\n1357\n"));
    let hash = first.trim().strip_prefix("exit_pin_hash = \"").and_then(|h| h.strip_suffix('"'));
    let hash = hash.unwrap_or_else(|| panic!("{first}"));
    assert!(presente::kiosk::verify_pin("1357", hash));
    assert!(!first.contains("1357"), "the PIN itself is never printed");
    assert_ne!(first, second, "a fresh salt each time");
    let short = with_stdin(&["hash-pin"], "12\n");
    assert_eq!(short.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&short.stderr).contains("4 to 12 digits"));
}

#[test]
fn hash_pin_refuses_the_pins_tried_first_and_recommends_six_digits() {
    for (pin, why) in [("0000", "one digit repeated"), ("1234", "straight run"), ("1990", "year")] {
        let out = with_stdin(&["hash-pin"], &format!("{pin}\n"));
        assert_eq!(out.status.code(), Some(2), "{pin}");
        assert!(out.stdout.is_empty(), "{pin}: no line to paste");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains(why) && said.contains("choose another"), "{pin}: {said}");
    }
    let four = with_stdin(&["hash-pin"], "1357\n1357\n");
    assert!(four.status.success());
    let note = String::from_utf8_lossy(&four.stderr);
    assert!(
        note.contains("6 digits or more are recommended") && note.contains("14 months"),
        "{note}"
    );
    let six = with_stdin(&["hash-pin"], "482917\n482917\n");
    assert!(six.status.success());
    assert_eq!(String::from_utf8_lossy(&six.stderr), "");
}

#[test]
fn hash_pin_asks_twice_and_prints_nothing_when_the_two_differ() {
    for (input, said) in [
        ("482917\n482971\n", "the two PINs differ"),
        ("482917\n", "give the PIN twice"),
        ("", "no PIN given"),
    ] {
        let out = with_stdin(&["hash-pin"], input);
        assert_eq!(out.status.code(), Some(2), "{input:?}");
        assert!(out.stdout.is_empty(), "{input:?}: no line to paste");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(said), "{input:?}: {stderr}");
    }
}

/// A file in the temp folder, removed when dropped.
struct TempFile(std::path::PathBuf);

impl TempFile {
    fn new(name: &str, text: &str) -> TempFile {
        let path = std::env::temp_dir().join(format!("presente-{}-{name}", std::process::id()));
        std::fs::write(&path, text).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The line (1-based) of the first line of `text` that starts with `start`.
fn line_of(text: &str, start: &str) -> usize {
    text.lines().position(|l| l.starts_with(start)).expect(start) + 1
}

#[test]
fn check_config_refuses_the_example_as_is_for_a_kiosk_no_pin_and_fictional_contact() {
    let example = std::fs::read_to_string("examples/kiosk.toml").unwrap();
    let out = presente(&["check", "--config", "examples/kiosk.toml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    let at = |start: &str, field: &str| {
        format!("examples/kiosk.toml:{}:1: error: {field}: ", line_of(&example, start))
    };
    for expected in [
        at("[kiosk]", "kiosk.exit_pin_hash") + "missing",
        at("phone = \"(503) 555-0100\"", "contacts.phone")
            + "`(503) 555-0100` is a number reserved for fiction",
        at("web = \"example.org", "contacts.web"),
    ] {
        assert!(text.contains(&expected), "no `{expected}` in\n{text}");
    }
    assert!(text.contains("errors: 3,"), "{text}");
    assert!(!text.contains("translated"), "the file's check, not the translations': {text}");

    // With a PIN, a real number and a real website, it is a kiosk ready to go.
    let hash = presente::kiosk::hash_pin("482917", b"saltsaltsaltsalt").unwrap();
    let ready = example
        .replace(
            "# exit_pin_hash = \"$argon2id$v=19$m=8192,t=2,p=1$...\"",
            &format!("exit_pin_hash = \"{hash}\""),
        )
        .replace("(503) 555-0100", "(503) 555-2368")
        .replace("example.org/legal-clinic", "legal-clinic.community.org");
    assert_ne!(ready, example, "the example changed: update this test");
    let ready = TempFile::new("ready.toml", &ready);
    let out = presente(&["check", "--config", ready.path()]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("errors: 0, warnings: 0"), "{}", stdout(&out));

    // Saying so on purpose is the one way to run a kiosk with no PIN.
    let waived =
        example.replace("idle_timeout_secs = 120", "idle_timeout_secs = 120\nno_exit_pin = true");
    let waived = TempFile::new("waived.toml", &waived);
    let out = presente(&["check", "--config", waived.path()]);
    assert!(!stdout(&out).contains("kiosk.exit_pin_hash"), "{}", stdout(&out));
}

/// The example spreadsheet, named by the example operator file: its rows
/// are read, and its example number and website refused for a kiosk like
/// the operator file's own.
#[test]
fn the_example_contacts_file_is_read_and_its_examples_refused_for_a_kiosk() {
    let example = std::fs::read_to_string("examples/kiosk.toml").unwrap();
    let named = example.replace("# contacts_file = ", "contacts_file = ");
    assert_ne!(named, example, "the example changed: update this test");
    let dir = crate::common::TempDir::new("example-contacts");
    let config = dir.write("kiosk.toml", &named);
    dir.write("contacts.csv", &std::fs::read_to_string("examples/contacts.csv").unwrap());
    let out = presente(&["check", "--config", &config]);
    let text = stdout(&out);
    let rows = format!("{}/contacts.csv:2:1: error: ", dir.path());
    assert!(
        text.contains(&format!("{rows}phone: `(503) 555-0101` is a number reserved")),
        "{text}"
    );
    assert!(text.contains(&format!("{rows}web: `example.org/accompaniment`")), "{text}");
    assert!(text.contains("errors: 5,"), "{text}");
    // The app runs with it, its row in the list.
    let out = presente(&["--config", &config, "list", "contacts", "--region", "oregon"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).contains("center-accompaniment\tCommunity Center Accompaniment Team"));
}

#[test]
fn a_pin_hash_that_does_not_parse_is_an_error_with_its_line() {
    let file =
        TempFile::new("badhash.toml", "region = \"oregon\"\n[kiosk]\nexit_pin_hash = \"2468\"\n");
    let out = presente(&["check", "--config", file.path()]);
    assert_eq!(out.status.code(), Some(1));
    let expected = format!("{}:3:1: error: kiosk.exit_pin_hash: not a PIN hash", file.path());
    assert!(stdout(&out).contains(&expected), "{}", stdout(&out));
}

#[test]
fn an_example_number_is_a_warning_on_a_desk_and_an_error_for_a_kiosk() {
    let desk = "[[contacts]]\nid = \"c\"\nname = \"C\"\nkinds = [\"legal\"]\nregions = [\"oregon\"]\nphone = \"+1 503 555 0199\"\ndescription.en = \"x\"\n";
    let file = TempFile::new("desk.toml", desk);
    let out = presente(&["check", "--config", file.path()]);
    assert!(out.status.success(), "{}", stdout(&out));
    let expected = format!("{}:6:1: warning: contacts.phone: ", file.path());
    assert!(stdout(&out).contains(&expected), "{}", stdout(&out));
    // As the kiosk session runs it: refused, and so is the missing PIN.
    let out = presente(&["--kiosk", "check", "--config", file.path()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.contains(&format!("{}:6:1: error: contacts.phone: ", file.path())), "{text}");
    assert!(
        text.contains(&format!(
            "{}: error: kiosk.exit_pin_hash: kiosk mode with no [kiosk] table",
            file.path()
        )),
        "{text}"
    );
    // A number just outside the reserved range is a number like any other.
    let real = TempFile::new("real.toml", &desk.replace("+1 503 555 0199", "(503) 555-0200"));
    let out = presente(&["check", "--config", real.path()]);
    assert!(stdout(&out).contains("errors: 0, warnings: 0"), "{}", stdout(&out));
}

#[test]
fn check_config_names_each_error() {
    let bad = std::env::temp_dir().join(format!("presente-bad-{}.toml", std::process::id()));
    std::fs::write(&bad, "region = \"oregon\"\n[[contacts]]\nid = \"x\"\nname = \"X\"\nkinds = [\"legal\"]\nregions = [\"mars\"]\nweb = \"no\"\ndescription.en = \"x\"\n").unwrap();
    let out = presente(&["check", "--config", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let shown = bad.display().to_string();
    assert!(
        text.contains(&format!("{shown}:6:1: error: contacts.regions: unknown `mars`")),
        "{text}"
    );
    assert!(
        text.contains(&format!("{shown}:7:1: error: contacts.web: `no` is not a website")),
        "{text}"
    );
    // Starting the app with it prints the same errors and exits with 1.
    let run = presente(&["--config", bad.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("contacts.regions: unknown `mars`"));
    let _ = std::fs::remove_file(bad);
}

/// What scripts/test once ran after the tests: `presente check` on the
/// repository's own files, as a translator runs it, passes.
#[test]
fn the_repositorys_own_files_pass_the_translators_check() {
    let out = presente(&["check"]);
    let report = stdout(&out);
    assert!(out.status.success(), "{report}{}", String::from_utf8_lossy(&out.stderr));
    assert!(report.contains("errors: 0,"), "{report}");
}

#[test]
fn check_warns_about_pages_older_than_180_days_with_their_guide_line() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/guide.toml"))
        .expect("the guide is in the repository");
    let late = stdout(&presente(&["check", "--today", "2027-12-01"]));
    let stale: Vec<&str> = late.lines().filter(|l| l.contains("more than 180 days ago")).collect();
    assert!(stale.len() > 10, "{late}");
    for warning in &stale {
        // content/guide.toml:LINE:1: warning: `door` was checked on …
        let line: usize = warning
            .strip_prefix("content/guide.toml:")
            .and_then(|rest| rest.split(':').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no guide line in {warning}"));
        assert!(guide.lines().nth(line - 1).unwrap().starts_with("reviewed = "), "{warning}");
    }
    assert!(stale.iter().any(|w| w.contains("`final-order`")), "{late}");
    let today = stdout(&presente(&["check", "--today", "2026-12-01"]));
    assert!(!today.contains("more than 180 days ago"), "{today}");
    let bad = presente(&["check", "--today", "2026-02-30"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a date"));
}

#[test]
fn a_page_older_than_180_days_says_so_in_the_readers_language() {
    let fresh = stdout(&presente(&["export", "--topic", "door", "--today", "2026-12-01"]));
    assert!(fresh.contains("Checked on 2026-12-01."), "{fresh}");
    assert!(!fresh.contains("ask for an updated version"), "{fresh}");
    let old = stdout(&presente(&["export", "--topic", "door", "--today", "2027-06-01"]));
    assert!(old.contains("ask for an updated version"), "{old}");
    let spanish_old =
        stdout(&presente(&["export", "--lang", "es", "--topic", "door", "--today", "2027-06-01"]));
    assert!(!spanish_old.contains("ask for an updated version"), "English leaked:\n{spanish_old}");
    let spanish_fresh =
        stdout(&presente(&["export", "--lang", "es", "--topic", "door", "--today", "2026-12-01"]));
    assert_ne!(spanish_old, spanish_fresh, "Spanish says nothing about an old page");
}

#[test]
fn present_with_a_topic_is_checked_and_without_one_is_still_a_flag() {
    // Valid: the app starts, then finds no terminal (a pipe) and says so.
    for args in [vec!["--present", "rights/door"], vec!["--present"], vec!["--present", "card"]] {
        let out = presente(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("presente needs a terminal"), "{args:?}: {err}");
    }
    let out = presente(&["--present", "home"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("home,") && !err.contains("help/pirc"), "only slides are listed: {err}");
}
