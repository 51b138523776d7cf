//! A translator's preview folder (`--locales DIR`, `PRESENTE_LOCALES`):
//! new languages appear, edits show, broken files fall back with a banner,
//! and `check` names the same file and line.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::TempDir;

fn presente(args: &[&str], env_locales: Option<&PathBuf>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_presente"));
    command.args(args).env_remove("PRESENTE_LOCALES");
    if let Some(dir) = env_locales {
        command.env("PRESENTE_LOCALES", dir);
    }
    command.output().unwrap()
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_new_folder_adds_a_language() {
    let dir = TempDir::new("new-language");
    dir.write(
        "xx/locale.ftl",
        "language-name = Xxish\nlocale-status = draft\nhome-title = Xx home\n",
    );
    let d = dir.0.to_str().unwrap();
    let out = presente(&["--locales", d, "list", "languages"], None);
    let row = "xx\tXxish\tdraft\t0% reviewed\t0 changed in English";
    assert!(text(&out).lines().any(|l| l == row), "{}", text(&out));
    let out = presente(&["--lang", "xx", "snapshot", "--screen", "home"], Some(&dir.0));
    assert!(text(&out).contains("Xx home"), "PRESENTE_LOCALES works too:\n{}", text(&out));
    let picker = text(&presente(&["--locales", d, "snapshot", "--screen", "language"], None));
    assert!(picker.contains("Xxish"), "{picker}");
}

#[test]
fn an_edited_file_shows_without_compiling() {
    let dir = TempDir::new("edit");
    let english = std::fs::read_to_string("locales/en/ui.ftl").unwrap();
    dir.write(
        "en/ui.ftl",
        &english.replace("home-title = What do you need?", "home-title = How can we help?"),
    );
    let out =
        presente(&["--locales", dir.0.to_str().unwrap(), "snapshot", "--screen", "home"], None);
    assert!(text(&out).contains("How can we help?"), "{}", text(&out));
}

#[test]
fn a_broken_file_falls_back_and_is_named_in_a_banner_and_by_check() {
    let dir = TempDir::new("broken");
    let english = std::fs::read_to_string("locales/en/ui.ftl").unwrap();
    let broken = english
        .replace("home-title = What do you need?", "home-title = { What do you need?")
        .replace("button-quit = Quit", "button-quit = Leave");
    let line = broken.lines().position(|l| l.starts_with("home-title")).unwrap() + 1;
    dir.write("en/ui.ftl", &broken);
    let d = dir.0.to_str().unwrap();
    let screen = text(&presente(&["--locales", d, "snapshot", "--screen", "home"], None));
    assert!(screen.contains("What do you need?"), "the built-in text is shown:\n{screen}");
    assert!(screen.contains("Leave"), "the rest of the file is used:\n{screen}");
    // The `{` itself, at column 14.
    let place = format!("en/ui.ftl:{line}:14:");
    let banner = screen.lines().nth(1).unwrap();
    assert!(banner.contains(&place), "a banner names {place}:\n{screen}");
    assert!(banner.starts_with("⚠ 1 message could not be read · "), "{screen}");
    assert!(screen.contains("F5 reloads"), "{screen}");
    // The banner stays while the translator works: it must not hide the
    // picker's first language (issue 34).
    let picker = text(&presente(&["--locales", d, "snapshot", "--screen", "language"], None));
    let rows: Vec<&str> = picker.lines().collect();
    let banner_rows = rows.iter().skip(1).take_while(|r| !r.trim().is_empty()).count();
    assert!(banner_rows >= 2, "a banner of two rows or more:\n{picker}");
    assert!(picker.contains("F5 reloads") && picker.contains("English"), "{picker}");
    let english = rows.iter().position(|r| r.contains("English")).unwrap();
    assert!(english > banner_rows, "English is below the banner:\n{picker}");

    let out = presente(&["--locales", d, "check"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains(&place), "{}", text(&out));
}

#[test]
fn check_passes_on_the_built_in_files_and_speaks_json() {
    let out = presente(&["check"], None);
    assert!(out.status.success(), "{}", text(&out));
    let out = presente(&["check", "--format", "json"], None);
    let json = text(&out);
    assert!(json.trim_start().starts_with('{') && json.contains("\"coverage\""), "{json}");
    assert!(json.contains("\"findings\""));
}

#[test]
fn check_reads_a_content_folder() {
    let dir = TempDir::new("content");
    let guide = std::fs::read_to_string("content/guide.toml").unwrap();
    dir.write(
        "guide.toml",
        &guide.replacen("kind = \"topics\"", "kind = \"topics\"\ncolour = \"red\"", 1),
    );
    let out = presente(&["check", "--content", dir.0.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("unknown field `colour`"), "{}", text(&out));
}

#[test]
fn a_translators_file_is_read_as_nfc_with_lf_line_ends() {
    let dir = TempDir::new("nfc");
    // "é" typed as e + combining acute, and Windows line ends.
    dir.write("es/ui.ftl", "hola = Cafe\u{301}\r\nadios = Adio\u{301}s\r\n");
    let files = presente::i18n::files_in(&dir.0).unwrap();
    assert_eq!(files, vec![("es/ui.ftl".to_string(), "hola = Café\nadios = Adiós\n".to_string())]);
}

#[test]
fn a_folder_that_is_not_a_language_tag_is_left_out_alone_and_named() {
    let dir = TempDir::new("bad-tag");
    dir.write(
        "xx/locale.ftl",
        "language-name = Xxish\nlocale-status = draft\nhome-title = Xx home\n",
    );
    dir.write("not a tag!/locale.ftl", "language-name = Bad\nlocale-status = draft\n");
    let d = dir.0.to_str().unwrap();
    // The good folder still comes in...
    let languages = text(&presente(&["--locales", d, "list", "languages"], None));
    let row = "xx\tXxish\tdraft\t0% reviewed\t0 changed in English";
    assert!(languages.lines().any(|l| l == row), "{languages}");
    assert!(!languages.contains("Bad"), "{languages}");
    // ...and the banner names the bad one.
    let home = text(&presente(
        &["--locales", d, "snapshot", "--screen", "home", "--size", "100x30"],
        None,
    ));
    assert!(home.contains("not a tag!") && home.contains("not a language tag"), "{home}");
}

#[test]
fn a_message_defined_twice_in_a_translators_file_names_that_file() {
    let dir = TempDir::new("twice");
    let spanish = std::fs::read_to_string("locales/es/ui.ftl").unwrap();
    dir.write("es/ui.ftl", &format!("{spanish}\nhome-title = Otra vez\n"));
    let d = dir.0.to_str().unwrap();
    let screen =
        text(&presente(&["--locales", d, "--lang", "es", "snapshot", "--screen", "home"], None));
    let banner = screen.lines().nth(1).unwrap_or_default();
    assert!(
        banner.contains(&format!("{d}/es/ui.ftl")),
        "the banner names the folder's file:\n{screen}"
    );
    assert!(!banner.contains("locales/es/ui.ftl"), "{screen}");
}

/// A Vietnamese folder as TRANSLATING.md makes it: a copy of English,
/// without the officer's side, with its own name.
fn vietnamese_copy(dir: &TempDir) {
    for entry in std::fs::read_dir("locales/en").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap();
        if name.ends_with(".ftl") && name != "card-officer.ftl" {
            let text = std::fs::read_to_string(&path).unwrap();
            let text = text.replace("language-name = English", "language-name = ພາສາລາວ");
            dir.write(&format!("lo/{name}"), &text);
        }
    }
}

#[test]
fn a_copied_folder_is_not_translated_and_says_so_once_per_file() {
    let dir = TempDir::new("lo-copy");
    vietnamese_copy(&dir);
    let d = dir.0.to_str().unwrap();
    let out = text(&presente(&["--locales", d, "check", "--lang", "lo"], None));
    let ui = format!("{d}/lo/ui.ftl: warning: ");
    let summary = out.lines().find(|l| l.starts_with(&ui)).unwrap_or_else(|| panic!("{out}"));
    assert!(summary.contains("messages are the same as English"), "{out}");
    assert!(!out.contains("`home-title` is the same as English"), "one line per file:\n{out}");
    assert!(out.lines().count() < 20, "{out}");
    // Only the place names, which may stay as in English, and the language's name count.
    let lo = out.lines().find(|l| l.starts_with("lo ")).unwrap();
    let translated: usize = lo.split_whitespace().nth(1).unwrap().parse().unwrap();
    let places = std::fs::read_to_string("locales/en/places.ftl").unwrap();
    let place_names = places.lines().filter(|l| l.starts_with("region-") || l.starts_with("city-"));
    assert!(translated < place_names.count() + 10, "{lo}");
    let verbose = text(&presente(&["--locales", d, "check", "--lang", "lo", "--verbose"], None));
    assert!(verbose.contains("`home-title` is the same as English"), "{verbose}");
}

#[test]
fn check_lang_checks_that_language_alone() {
    let dir = TempDir::new("lo-alone");
    vietnamese_copy(&dir);
    dir.write("km/ui.ftl", "home-title = { oops\n");
    let d = dir.0.to_str().unwrap();
    let all = presente(&["--locales", d, "check"], None);
    assert_eq!(all.status.code(), Some(1), "km's error counts: {}", text(&all));
    let lo = presente(&["--locales", d, "check", "--lang", "lo"], None);
    assert_eq!(lo.status.code(), Some(0), "{}", text(&lo));
    let out = text(&lo);
    assert!(!out.contains("/km/") && !out.contains("\nkm "), "{out}");
    assert!(out.lines().any(|l| l.starts_with("lo ")), "{out}");
    assert!(!out.lines().any(|l| l.starts_with("en ")), "{out}");
    let unknown = presente(&["--locales", d, "check", "--lang", "xx"], None);
    assert_eq!(unknown.status.code(), Some(2));
    let err = String::from_utf8_lossy(&unknown.stderr);
    assert!(err.contains("valid: en, es"), "{err}");
    assert!(err.contains(&format!("{d} has no xx folder")), "says what was meant: {err}");
}

#[test]
fn locales_may_name_the_language_folder_itself() {
    let dir = TempDir::new("lo-itself");
    vietnamese_copy(&dir);
    let lo_dir = dir.0.join("lo");
    let v = lo_dir.to_str().unwrap();
    let languages = text(&presente(&["--locales", v, "list", "languages"], None));
    assert!(languages.contains("lo\tພາສາລາວ\tdraft"), "{languages}");
    let out = text(&presente(&["--locales", v, "check", "--lang", "lo"], None));
    assert!(out.contains(&format!("{v}/ui.ftl: warning:")), "the folder given:\n{out}");
    assert!(!out.contains("locales/lo/"), "{out}");
}

#[test]
fn a_missing_locale_ftl_is_named_as_missing_in_the_folder_given() {
    let dir = TempDir::new("lo-no-locale");
    vietnamese_copy(&dir);
    std::fs::remove_file(dir.0.join("lo/locale.ftl")).unwrap();
    let d = dir.0.to_str().unwrap();
    let out = presente(&["--locales", d, "check", "--lang", "lo"], None);
    assert_eq!(out.status.code(), Some(1));
    let expected =
        format!("{d}/lo/locale.ftl: error: missing: every language folder needs a locale.ftl");
    assert!(text(&out).contains(&expected), "{}", text(&out));
    let home = text(&presente(
        &["--locales", d, "snapshot", "--screen", "home", "--size", "200x30"],
        None,
    ));
    assert!(home.contains(&format!("{d}/lo/locale.ftl: missing")), "{home}");
}

#[test]
fn template_prints_files_to_start_from_and_writes_nothing() {
    let cwd = TempDir::new("template-cwd");
    let out = Command::new(env!("CARGO_BIN_EXE_presente"))
        .args(["template", "lo"])
        .current_dir(&cwd.0)
        .env_remove("PRESENTE_LOCALES")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(std::fs::read_dir(&cwd.0).unwrap().count(), 0, "it writes nothing");
    let all = text(&out);
    assert!(all.contains("# en: What do you need?\nhome-title = What do you need?\n"), "{all}");
    assert!(all.contains("language-name = lo\n"), "{all}");
    assert!(!all.contains("### ---- lo/card-officer.ftl"), "the officer's side stays English");
    assert!(!all.contains("\ncard-officer-"), "the officer's side stays English");
    // Saved part by part as its headers say, it is a language `check` accepts.
    let dir = TempDir::new("template-lo");
    let mut part: Option<(String, String)> = None;
    let mut parts = Vec::new();
    for line in all.lines() {
        if let Some(name) = line.strip_prefix("### ---- ").and_then(|l| l.strip_suffix(" ----")) {
            parts.extend(part.take());
            part = Some((name.to_string(), String::new()));
        } else if let Some((_, text)) = &mut part {
            text.push_str(line);
            text.push('\n');
        }
    }
    parts.extend(part);
    assert!(parts.len() >= 8 && parts.iter().any(|(n, _)| n == "lo/locale.ftl"), "{parts:?}");
    for (name, text) in &parts {
        dir.write(name, text);
    }
    let d = dir.0.to_str().unwrap();
    let check = presente(&["--locales", d, "check", "--lang", "lo"], None);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check));
    assert!(text(&check).contains("messages are the same as English"), "{}", text(&check));
    assert!(text(&check).contains("`language-name` is still the code `lo`"), "{}", text(&check));
    // One part alone, as its header names it.
    let ui = text(&presente(&["template", "lo", "--file", "ui.ftl"], None));
    assert!(ui.starts_with("### ---- lo/ui.ftl ----\n"), "{ui}");
    let bad = presente(&["template", "not a code"], None);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn export_beside_puts_each_messages_english_above_its_translation() {
    let out = presente(&["export", "--lang", "km", "--beside", "en"], None);
    assert!(out.status.success());
    let all = text(&out);
    assert!(
        all.contains("[home-title]\nen  What do you need?\nkm  តើអ្នកត្រូវការអ្វី?\n"),
        "{}",
        &all[..2000.min(all.len())]
    );
    assert!(!all.contains("[card-officer-"), "the officer's side is English only");
    assert!(all.lines().all(|l| presente::text::width(l) <= 78));
    // A message the language lacks says so, under its English.
    let dir = TempDir::new("beside");
    dir.write(
        "xx/locale.ftl",
        "language-name = Xxish\nlocale-status = draft\nhome-title = Xx home\n",
    );
    let d = dir.0.to_str().unwrap();
    let xx = text(&presente(&["--locales", d, "export", "--lang", "xx", "--beside", "en"], None));
    assert!(xx.contains("[home-title]\nen  What do you need?\nxx  Xx home\n"), "{xx}");
    assert!(xx.contains("xx  (not translated yet: English is shown)"), "{xx}");
    // A message left the same as English is marked; a place name is not.
    dir.write("xx/ui.ftl", "button-back = Back\n");
    dir.write("xx/places.ftl", "region-oregon = Oregon\n");
    let xx = text(&presente(&["--locales", d, "export", "--lang", "xx", "--beside", "en"], None));
    assert!(
        xx.contains(
            "[button-back]\nen  Back\nxx  Back\n    (the same as English: not translated yet)\n"
        ),
        "{xx}"
    );
    assert!(xx.contains("[region-oregon]\nen  Oregon\nxx  Oregon\n\n"), "{xx}");
}

/// The code block after `marker` in TRANSLATING.md.
fn block_after(marker: &str) -> String {
    let guide = std::fs::read_to_string("TRANSLATING.md").unwrap();
    let after = &guide[guide.find(marker).unwrap_or_else(|| panic!("{marker:?}"))..];
    let start = after.find("```\n").unwrap() + 4;
    let end = start + after[start..].find("```").unwrap();
    after[start..end].to_string()
}

/// Runs TRANSLATING.md's one command line that saves the template, as a
/// translator would (in `sh`, presente on the PATH), into `dir`.
fn saved_as_translating_md_says(dir: &TempDir) {
    let guide = std::fs::read_to_string("TRANSLATING.md").unwrap();
    let after = &guide[guide.find("One command line saves them").expect("the marker")..];
    let line = after.lines().find(|l| l.contains("presente template lo |")).expect("the line");
    let line = line.trim();
    let bin = Path::new(env!("CARGO_BIN_EXE_presente")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let line = line.replace("~/my-translation", dir.0.to_str().unwrap());
    let out = Command::new("sh")
        .args(["-c", &line])
        .env("PATH", path)
        .env_remove("PRESENTE_LOCALES")
        .output()
        .expect("sh runs");
    assert!(out.status.success(), "{line}: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn translating_md_shows_what_check_prints_for_a_fresh_template_and_a_stray_brace() {
    let dir = TempDir::new("translating-md");
    saved_as_translating_md_says(&dir);
    for name in ["locale.ftl", "ui.ftl", "places.ftl", "contacts.ftl", "glossary.md"] {
        assert!(dir.0.join("lo").join(name).is_file(), "the command line saved no lo/{name}");
    }
    let glossary = std::fs::read_to_string(dir.0.join("lo/glossary.md")).unwrap();
    assert_eq!(glossary, std::fs::read_to_string("locales/en/glossary.md").unwrap());
    let locale = std::fs::read_to_string(dir.0.join("lo/locale.ftl")).unwrap();
    dir.write(
        "lo/locale.ftl",
        &locale.replace("language-name = lo\n", "language-name = ພາສາລາວ\n"),
    );
    let d = dir.0.to_str().unwrap();
    let shown = |out: &Output| text(out).replace(d, "/home/lan/my-translation");
    let out = shown(&presente(&["--locales", d, "check", "--lang", "lo"], None));
    assert_eq!(out, block_after("Just after saving the template"));
    let ui = std::fs::read_to_string(dir.0.join("lo/ui.ftl")).unwrap();
    let typo = block_after("A real mistake");
    let fixed = ui.lines().find(|l| l.starts_with("home-title =")).unwrap();
    dir.write("lo/ui.ftl", &ui.replace(fixed, typo.trim_end()));
    let out = shown(&presente(&["--locales", d, "check", "--lang", "lo"], None));
    for line in block_after("says about it").lines() {
        assert!(out.contains(line), "TRANSLATING.md says {line:?}; check says:\n{out}");
    }
}
