//! Issue 34: a translation whose English has changed is known to be stale
//! (`check`), the reader sees today's English under it, `review` records
//! what was checked, and a language's status comes from those records.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::TempDir;

fn presente(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_presente"))
        .args(args)
        .env_remove("PRESENTE_LOCALES")
        .output()
        .expect("the binary runs")
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn err(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A copy of the source's `locales/` in `dir`.
fn copy_locales(dir: &Path) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for folder in std::fs::read_dir(source).unwrap() {
        let folder = folder.unwrap().path();
        let to = dir.join(folder.file_name().unwrap());
        std::fs::create_dir_all(&to).unwrap();
        for file in std::fs::read_dir(&folder).unwrap() {
            let file = file.unwrap().path();
            std::fs::copy(&file, to.join(file.file_name().unwrap())).unwrap();
        }
    }
}

const CHANGED: &str = "door-dont-open";
const NEW_ENGLISH: &str = "Keep the door closed. Do not open it, even a little.";

/// A copy of `locales/` with one English message of the door topic edited.
fn with_one_english_change(name: &str) -> TempDir {
    let dir = TempDir::new(name);
    copy_locales(&dir.0);
    let rights = dir.0.join("en/rights.ftl");
    let english = std::fs::read_to_string(&rights).unwrap();
    let line = english.lines().find(|l| l.starts_with(&format!("{CHANGED} ="))).unwrap();
    std::fs::write(&rights, english.replace(line, &format!("{CHANGED} = {NEW_ENGLISH}"))).unwrap();
    dir
}

/// The line `id` is defined on in a locale file.
fn line_of(file: &Path, id: &str) -> usize {
    let text = std::fs::read_to_string(file).unwrap();
    text.lines().position(|l| l.starts_with(&format!("{id} ="))).unwrap() + 1
}

#[test]
fn the_built_in_translations_are_all_recorded_and_none_is_stale() {
    let out = presente(&["check"]);
    let report = text(&out);
    assert!(out.status.success(), "{report}");
    assert!(!report.contains("English changed since"), "{report}");
    assert!(!report.contains("no record of the English"), "{report}");
    assert!(report.contains("locale    translated  stale  missing  reviewed  status"), "{report}");
    for row in report.lines().filter(|l| l.starts_with("km ") || l.starts_with("es ")) {
        let cells: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cells[4], "0", "no stale message: {row}");
    }
}

#[test]
fn an_english_change_makes_every_translation_of_it_stale_until_reviewed() {
    let dir = with_one_english_change("stale-check");
    let d = dir.path();

    // check: the message, at its own file and line, in every other locale.
    let out = presente(&["--locales", d, "check"]);
    let report = text(&out);
    for code in ["es", "km", "hmn", "vi", "zh-Hans", "zh-Hant"] {
        let file = dir.0.join(code).join("rights.ftl");
        let at = format!(
            "{}:{}:1: warning: `{CHANGED}`: English changed since this was translated",
            file.display(),
            line_of(&file, CHANGED)
        );
        assert!(report.contains(&at), "{code}: {at}\n{report}");
        let row = report.lines().find(|l| l.starts_with(&format!("{code} "))).unwrap();
        let cells: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cells[4], "1", "one stale message counted: {row}");
    }
    assert_eq!(report.matches("English changed since this was translated").count(), 6, "{report}");
    // --verbose says what the English says now.
    let verbose = text(&presente(&["--locales", d, "check", "--lang", "km", "--verbose"]));
    assert!(verbose.contains(&format!("the English now says: {NEW_ENGLISH}")), "{verbose}");

    // The reader: the Khmer step, the note in Khmer, and today's English under it.
    let km_note = "អត្ថបទភាសាអង់គ្លេសបានផ្លាស់ប្តូរ";
    let screen = door_in_khmer(d);
    assert!(screen.contains(km_note), "{screen}");
    assert!(screen.contains("Keep the door closed."), "{screen}");
    // Slides too, and export.
    let export = text(&presente(&["--locales", d, "export", "--lang", "es", "--topic", "door"]));
    assert!(export.contains("El texto en inglés cambió"), "{export}");
    assert!(export.contains("Keep the door closed."), "{export}");
    // English itself is never marked.
    let english = text(&presente(&["--locales", d, "export", "--lang", "en", "--topic", "door"]));
    assert!(!english.contains("The English text changed"), "{english}");
    // The status says it.
    let languages = text(&presente(&["--locales", d, "list", "languages"]));
    assert!(languages.contains("km\tខ្មែរ\tdraft\t0% reviewed\t1 changed in English"), "{languages}");

    // review shows it side by side and marks it.
    let shown = text(&presente(&["--locales", d, "review", "--lang", "km", "--topic", "door"]));
    assert!(shown.contains(&format!("[{CHANGED}]  CHANGED IN ENGLISH")), "{shown}");
    assert!(shown.contains(&format!("en  {NEW_ENGLISH}")), "{shown}");

    // A reviewer accepts it (the Khmer was updated): it is no longer stale.
    let km_record = dir.0.join("km/translated-from.txt");
    let before = std::fs::read_to_string(&km_record).unwrap();
    let out = presente(&[
        "--locales",
        d,
        "--today",
        "2026-12-07",
        "review",
        "--lang",
        "km",
        "--topic",
        "door",
        "--accept",
        CHANGED,
        "--by",
        "SK",
    ]);
    assert!(out.status.success(), "{}", err(&out));
    assert!(
        text(&out).contains("translated-from.txt: 1 accepted by SK on 2026-12-07"),
        "{}",
        text(&out)
    );
    let after = std::fs::read_to_string(&km_record).unwrap();
    let changed: Vec<&str> = after.lines().filter(|l| !before.lines().any(|b| b == *l)).collect();
    assert_eq!(changed.len(), 1, "one line changed: {changed:?}");
    assert!(
        changed[0].starts_with(&format!("{CHANGED} = "))
            && changed[0].ends_with(" reviewed SK 2026-12-07")
    );
    let report = text(&presente(&["--locales", d, "check"]));
    assert_eq!(report.matches("English changed since this was translated").count(), 5, "{report}");
    assert!(
        !report
            .contains(&format!("km/rights.ftl:{}", line_of(&dir.0.join("km/rights.ftl"), CHANGED))),
        "{report}"
    );
    let screen = door_in_khmer(d);
    assert!(!screen.contains(km_note), "{screen}");
    let languages = text(&presente(&["--locales", d, "list", "languages"]));
    assert!(languages.contains("km\tខ្មែរ\tdraft\t0% reviewed\t0 changed in English"), "{languages}");

    // A translator who updated Spanish records it: not stale, not reviewed.
    let out = presente(&["--locales", d, "review", "--lang", "es", "--translated", CHANGED]);
    assert!(out.status.success(), "{}", err(&out));
    let shown = text(&presente(&["--locales", d, "review", "--lang", "es", "--topic", "door"]));
    assert!(shown.contains(&format!("[{CHANGED}]  not reviewed yet")), "{shown}");
}

#[test]
fn a_stale_step_on_a_slide_and_a_stale_card_line_show_todays_english() {
    let dir = with_one_english_change("stale-slides");
    let card = dir.0.join("en/card.ftl");
    let english = std::fs::read_to_string(&card).unwrap();
    let first = english.lines().find(|l| l.starts_with("card-holder-door =")).unwrap();
    let id = first.split(" =").next().unwrap();
    std::fs::write(&card, english.replace(first, &format!("{id} = I keep my rights."))).unwrap();
    let content = presente::Content::with_locales_from(&dir.0).unwrap();
    let km = content.catalog.find("km").unwrap();
    let size = ratatui::layout::Size::new(100, 30);
    let mut model = presente::app::Model::at_screen(&content, size, km, "rights/door").unwrap();
    model.start_presenting(&content);
    let shown: Vec<String> = (0..20)
        .map(|slide| {
            model.slide = slide;
            presente::cli::snapshot(&model, &content)
        })
        .collect();
    let slide = shown.iter().find(|s| s.contains(NEW_ENGLISH.split(',').next().unwrap()));
    let slide =
        slide.unwrap_or_else(|| panic!("no slide shows today's English:\n{}", shown.join("\n")));
    assert!(slide.contains("អត្ថបទភាសាអង់គ្លេស"), "{slide}");
    let tall = ratatui::layout::Size::new(100, 80);
    let card = presente::app::Model::at_screen(&content, tall, km, "card").unwrap();
    let drawn =
        text(&presente(&["--locales", dir.path(), "export", "--lang", "km", "--topic", "card"]));
    assert!(drawn.contains("I keep my rights."), "{drawn}");
    assert!(presente::cli::snapshot(&card, &content).contains("អត្ថបទភាសាអង់គ្លេស"));
}

#[test]
fn a_languages_status_comes_from_what_reviewers_recorded() {
    let dir = TempDir::new("review-all");
    copy_locales(&dir.0);
    let d = dir.path();
    let row = || {
        let languages = text(&presente(&["--locales", d, "list", "languages"]));
        languages.lines().find(|l| l.starts_with("zh-Hant\t")).unwrap().to_string()
    };
    let about = || {
        let args = ["--locales", d, "snapshot", "--lang", "zh-Hant", "--screen", "about"];
        text(&presente(&[&args[..], &["--size", "100x40"]].concat()))
    };
    assert!(row().ends_with("\tdraft\t0% reviewed\t0 changed in English"), "{}", row());
    assert!(about().contains("草稿"), "{}", about());
    // One topic reviewed (`zh-TW` is zh-Hant): a part of the language.
    let args = ["--locales", d, "review", "--lang", "zh-TW", "--topic", "rights/door"];
    let out = presente(&[&args[..], &["--accept-all", "--by", "LW"]].concat());
    assert!(out.status.success(), "{}", err(&out));
    assert!(row().ends_with("\tdraft\t2% reviewed\t0 changed in English"), "{}", row());
    assert!(about().contains("已有 2% 經社區審校人員核對。"), "{}", about());
    // Every message reviewed against today's English: reviewed.
    let out =
        presente(&["--locales", d, "review", "--lang", "zh-Hant", "--accept-all", "--by", "LW"]);
    assert!(out.status.success(), "{}", err(&out));
    assert!(row().ends_with("\treviewed\t100% reviewed\t0 changed in English"), "{}", row());
    assert!(about().contains("已經社區審閱人審閱。"), "{}", about());
}

#[test]
fn review_writes_only_the_record_file_of_the_folder_it_is_given() {
    // Without --locales it records nothing, anywhere.
    let out = presente(&["review", "--lang", "km", "--accept-all", "--by", "SK"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(err(&out).contains("--locales DIR"), "{}", err(&out));
    // Without initials, or with a control character in them: refused.
    let dir = TempDir::new("review-refuses");
    copy_locales(&dir.0);
    let d = dir.path();
    let record = std::fs::read_to_string(dir.0.join("km/translated-from.txt")).unwrap();
    for by in [None, Some("S\u{1b}[2J")] {
        let mut args = vec!["--locales", d, "review", "--lang", "km", "--accept", "door-dont-open"];
        args.extend(by.iter().flat_map(|b| ["--by", *b]));
        let out = presente(&args);
        assert_eq!(out.status.code(), Some(2), "{by:?}");
        assert!(err(&out).contains("initials") && !err(&out).contains('\u{1b}'), "{}", err(&out));
    }
    assert_eq!(std::fs::read_to_string(dir.0.join("km/translated-from.txt")).unwrap(), record);
    // Reviewing prints, and writes nothing.
    let listing: Vec<_> = std::fs::read_dir(dir.0.join("km")).unwrap().collect();
    let out = presente(&["--locales", d, "review", "--lang", "km", "--file", "card.ftl"]);
    assert!(out.status.success());
    assert_eq!(std::fs::read_dir(dir.0.join("km")).unwrap().count(), listing.len());
    // A record file that is a link elsewhere is refused, not followed.
    #[cfg(unix)]
    {
        let elsewhere = dir.0.join("elsewhere.txt");
        std::fs::write(&elsewhere, &record).unwrap();
        std::fs::remove_file(dir.0.join("km/translated-from.txt")).unwrap();
        std::os::unix::fs::symlink(&elsewhere, dir.0.join("km/translated-from.txt")).unwrap();
        let args = ["--locales", d, "review", "--lang", "km", "--translated", "door-dont-open"];
        let out = presente(&args);
        assert_ne!(out.status.code(), Some(0), "{}", text(&out));
        assert!(err(&out).contains("not a regular file"), "{}", err(&out));
        assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), record);
    }
}

#[test]
fn a_broken_record_file_is_an_error_naming_file_line_and_field() {
    let dir = TempDir::new("broken-record");
    let file = dir.write(
        "km/translated-from.txt",
        "# a header\nhome-title = 0123abcd\nhome-hint = not-a-hash\nstep-do = 0123abcd reviewed \u{1b}[31m 2026-12-07\n",
    );
    dir.write("km/locale.ftl", "language-name = ខ្មែរ\nlocale-status = draft\n");
    let d = dir.path();
    let out = presente(&["--locales", d, "check", "--lang", "km"]);
    let report = text(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(report.contains(&format!("{file}:3:")) && report.contains("english:"), "{report}");
    assert!(report.contains(&format!("{file}:4:")) && report.contains("reviewed:"), "{report}");
    assert!(!report.contains('\u{1b}'), "no control character reaches the terminal");
    // The app still starts, and its banner names the file.
    let screen = text(&presente(&["--locales", d, "snapshot", "--lang", "km", "--screen", "home"]));
    assert!(screen.contains("translated-from.txt"), "{screen}");
    // And review refuses to record over it.
    let out = presente(&["--locales", d, "review", "--lang", "km", "--translated-all"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(err(&out).contains("translated-from.txt:3:"), "{}", err(&out));
}

#[test]
fn language_tags_fall_back_to_the_locale_that_serves_them() {
    for (tag, code) in
        [("zh", "zh-Hans"), ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("es-MX", "es")]
    {
        let out = presente(&["export", "--lang", tag, "--topic", "door", "--beside", "en"]);
        assert!(out.status.success(), "{tag}: {}", err(&out));
        assert!(text(&out).contains(&format!("\n{code}")), "{tag} → {code}: {}", text(&out));
    }
    let out = presente(&["check", "--lang", "zh-TW"]);
    let report = text(&out);
    assert!(report.lines().last().unwrap().starts_with("zh-Hant "), "{report}");
}

#[test]
fn export_beside_takes_one_topic() {
    let out = presente(&["export", "--lang", "km", "--beside", "en", "--topic", "door"]);
    assert!(out.status.success(), "{}", err(&out));
    let text = text(&out);
    assert!(text.contains("rights/door\n"), "{text}");
    assert!(text.contains("[door-dont-open]\nen  "), "{text}");
    assert!(!text.contains("[home-title]"), "only the topic's messages: {text}");
}

#[test]
fn present_list_lists_what_can_be_presented() {
    let out = presente(&["--present", "list"]);
    assert!(out.status.success(), "{}", err(&out));
    let ids = text(&out);
    assert!(ids.lines().any(|l| l == "rights/door") && ids.lines().any(|l| l == "card"), "{ids}");
    assert!(!ids.contains("home"), "{ids}");
}

#[test]
fn a_subcommands_help_offers_only_what_it_uses() {
    let help = text(&presente(&["export", "--help"]));
    assert!(help.contains("--beside") && !help.contains("--text-sizing"), "{help}");
    let help = text(&presente(&["snapshot", "--help"]));
    assert!(help.contains("--text-sizing") && help.contains("--today"), "{help}");
    let help = text(&presente(&["hash-pin", "--help"]));
    assert!(!help.contains("--lang") && !help.contains("--locales"), "{help}");
    let help = text(&presente(&["template", "--help"]));
    assert!(!help.contains("--today") && help.contains("--locales"), "{help}");
    // Still taken where given, as before.
    let out = presente(&["template", "vi", "--today", "2026-12-07", "--file", "ui.ftl"]);
    assert!(out.status.success(), "{}", err(&out));
}

/// The door topic in Khmer, as `snapshot` draws it with the translator's folder `dir`.
fn door_in_khmer(dir: &str) -> String {
    let args = [
        "--locales",
        dir,
        "snapshot",
        "--lang",
        "km",
        "--screen",
        "rights/door",
        "--size",
        "100x60",
    ];
    text(&presente(&args))
}
