//! Files written by an attacker are harmless (DESIGN, invariant 7): no
//! control character reaches the terminal, nothing crashes, and `check`
//! refuses what the app could not show safely.

use std::process::{Command, Output, Stdio};

use presente::Content;
use presente::app::Model;
use ratatui::layout::Size;

use crate::common::{Sent, TempDir};

fn presente(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_presente"))
        .args(args)
        .env_remove("PRESENTE_LOCALES")
        .env_remove("PRESENTE_CONFIG")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every character a terminal acts on: C0, DEL, C1, and the bidi controls.
fn every_control_character() -> String {
    (0..0x20)
        .chain(0x7F..0xA0)
        .chain(0x202A..=0x202E)
        .chain(0x2066..=0x2069)
        .chain([0x200E, 0x200F, 0x061C])
        .filter_map(char::from_u32)
        .collect()
}

/// What a terminal could act on in `bytes`, meant to be plain text: a
/// byte below 0x20 other than a newline or tab (`list` has columns), DEL,
/// or a C1 or bidi control.
fn unsafe_in(bytes: &[u8]) -> Vec<String> {
    let mut found: Vec<String> = bytes
        .iter()
        .filter(|&&b| (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7F)
        .map(|b| format!("byte 0x{b:02x}"))
        .collect();
    let text = String::from_utf8_lossy(bytes);
    found.extend(
        text.chars()
            .filter(|&c| presente::text::is_unprintable(c) && !"\n\t".contains(c))
            .map(|c| format!("U+{:04X}", c as u32)),
    );
    found
}

#[test]
fn every_control_character_in_a_contact_is_drawn_harmless_by_view_and_snapshot() {
    let mut content = Content::embedded().unwrap();
    let hostile = format!(
        "Evil{}\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{1b}[?1049l\u{1b}]52;c;aGk=\u{7}",
        every_control_character()
    );
    let contact = &mut content.directory_mut().contacts[0];
    contact.name = hostile.clone();
    contact.hours = Some(hostile.clone());
    let id = format!("help/{}", contact.id);
    let model = Model::at_screen(&content, Size::new(200, 30), content.catalog.reference(), &id)
        .unwrap_or_else(|| panic!("no screen {id}"));

    // snapshot: plain text, with no byte below 0x20 but newlines.
    let snapshot = presente::cli::snapshot(&model, &content);
    assert!(snapshot.contains("Evil"), "the contact is on screen:\n{snapshot}");
    assert_eq!(unsafe_in(snapshot.as_bytes()), Vec::<String>::new(), "{snapshot}");
    assert!(!snapshot.contains('\t'), "a tab is a space on screen");

    // view, through the real terminal backend: the escapes it writes are
    // its own (cursor moves, colours), never the file's.
    let sent = Sent::default();
    let backend = ratatui::backend::CrosstermBackend::new(sent.clone());
    let mut terminal = ratatui::Terminal::with_options(
        backend,
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 200, 30)),
        },
    )
    .unwrap();
    let plan = presente::layout::plan(&model, &content, model.size);
    terminal.draw(|frame| presente::ui::view(&plan, model.theme, frame)).unwrap();
    let sent = sent.0.borrow().clone();
    let sent_text = String::from_utf8_lossy(&sent);
    assert!(sent_text.contains("PWNED"), "the name was drawn");
    for attack in ["\u{1b}]", "\u{7}", "\u{1b}[2J", "\u{1b}[?1049l", "\u{202E}", "\u{9b}"] {
        assert!(!sent_text.contains(attack), "{attack:?} reached the terminal");
    }
    // Besides ESC starting the backend's own sequences, no control byte.
    let others: Vec<u8> =
        sent.iter().copied().filter(|&b| b < 0x20 && b != 0x1b && b != b'\n').collect();
    assert!(others.is_empty(), "control bytes sent: {others:?}");
}

/// A language folder whose name and messages hold escapes, raw and as
/// Fluent's `{"\u001b"}` literal.
fn hostile_locale(dir: &TempDir) -> String {
    dir.write(
        "xx/locale.ftl",
        &format!(
            "language-name = Evil\u{1b}]0;PWNED\u{7}{{\"\\u001b\"}}[2J\u{202E}x\n\
             locale-status = draft\n\
             home-title = Home{{\"\\u001B\"}}[?1049l{}\n",
            every_control_character().replace(['\n', '\r'], "")
        ),
    )
}

/// Characters that show nothing but split lines, hide text or change how
/// text around them reads (review L5).
const INVISIBLE: [char; 6] =
    ['\u{2028}', '\u{2029}', '\u{E0041}', '\u{FFF9}', '\u{206A}', '\u{FEFF}'];

#[test]
fn invisible_format_characters_reach_neither_the_screen_nor_stdout_and_check_refuses_them() {
    let mut content = Content::embedded().unwrap();
    let name: String = INVISIBLE.iter().flat_map(|&c| ['x', c]).collect();
    content.directory_mut().contacts[0].name = name.clone();
    let id = format!("help/{}", content.directory().contacts[0].id);
    let model = Model::at_screen(&content, Size::new(120, 30), content.catalog.reference(), &id)
        .unwrap_or_else(|| panic!("no screen {id}"));
    let screen = presente::cli::snapshot(&model, &content);
    assert!(screen.contains("x�x�"), "{screen}");
    assert!(!screen.contains(INVISIBLE), "{screen}");

    let dir = TempDir::new("hostile-invisible");
    let config = dir.write(
        "odd.toml",
        &format!(
            "[[contacts]]\nid = \"odd\"\nname = \"{name}\"\nkinds = [\"legal\"]\n\
             regions = [\"california\"]\nwebsite = \"https://example.org\"\n\
             source = \"a test\"\nverified = 2026-01-01\n[contacts.about]\nen = \"Help.\"\n"
        ),
    );
    let out = presente(&["check", "--config", &config]);
    assert_eq!(out.status.code(), Some(1), "{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("invisible format character (U+2028)"), "{}", stdout(&out));
    assert!(!stdout(&out).contains(INVISIBLE));

    // Typed into Find help's search, none of them is kept.
    let mut model =
        Model::at_screen(&content, Size::new(80, 24), content.catalog.reference(), "help").unwrap();
    for c in INVISIBLE {
        let key = ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Char(c),
            ratatui::crossterm::event::KeyModifiers::NONE,
        );
        presente::input::feed(&mut model, ratatui::crossterm::event::Event::Key(key), &content);
    }
    assert_eq!(model.filter.query, "");
}

#[test]
fn list_export_and_snapshot_print_a_hostile_translation_harmless() {
    let dir = TempDir::new("hostile-locale");
    hostile_locale(&dir);
    let d = dir.path();
    for args in [
        vec!["--locales", d, "list", "languages"],
        vec!["--locales", d, "--lang", "xx", "snapshot", "--screen", "language"],
        vec!["--locales", d, "--lang", "xx", "snapshot", "--screen", "home"],
        vec!["--locales", d, "--lang", "xx", "export"],
        vec!["--locales", d, "--lang", "xx", "export", "--topic", "door"],
    ] {
        let out = presente(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(!out.stdout.is_empty(), "{args:?}");
        assert_eq!(unsafe_in(&out.stdout), Vec::<String>::new(), "{args:?}:\n{}", stdout(&out));
    }
}

#[test]
fn error_messages_that_echo_a_value_echo_it_harmless() {
    for (args, echo) in [
        (vec!["--lang", "x\u{1b}]0;PWNED\u{7}", "snapshot", "--screen", "home"], "PWNED"),
        (vec!["snapshot", "--screen", "\u{1b}[2J\u{202E}"], "[2J"),
        // clap's own message (it leaves the value out).
        (vec!["--theme", "\u{1b}]0;PWNED\u{7}"], "--theme"),
    ] {
        let out = presente(&args);
        assert!(!out.status.success(), "{args:?}");
        assert!(stderr(&out).contains(echo), "{args:?}: {}", stderr(&out));
        assert_eq!(unsafe_in(&out.stderr), Vec::<String>::new(), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn a_closed_pipe_ends_quietly_and_a_failed_write_says_so_in_one_line() {
    // `presente export | head -0`: the reader is gone before anything is written.
    let mut child = Command::new(env!("CARGO_BIN_EXE_presente"))
        .args(["export"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");

    for args in [vec!["export"], vec!["list", "languages"], vec!["check"]] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let out =
            Command::new(env!("CARGO_BIN_EXE_presente")).args(&args).stdout(full).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        let said = stderr(&out);
        assert_eq!(said.lines().count(), 1, "{args:?}: {said}");
        assert!(said.starts_with("presente: cannot write the output: "), "{args:?}: {said}");
    }
}

#[test]
fn the_command_line_takes_the_same_idle_timeouts_as_the_operator_file() {
    for secs in ["1", "14", "86401", "18446744073709551615", "99999999999999999999", "soon"] {
        let out = presente(&["--idle-timeout", secs, "list", "screens"]);
        assert_eq!(out.status.code(), Some(2), "{secs}: {}", stderr(&out));
        assert!(stderr(&out).contains("use 0 (never) or 15 to 86400 seconds"), "{}", stderr(&out));
    }
    for secs in ["0", "15", "86400"] {
        let out = presente(&["--idle-timeout", secs, "list", "screens"]);
        assert!(out.status.success(), "{secs}: {}", stderr(&out));
    }
}

#[test]
fn without_a_terminal_the_app_says_so_in_one_line() {
    let out = presente(&["--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "presente needs a terminal; try `presente export`\n");
    assert!(out.stdout.is_empty(), "no escape codes in a pipe");
}

#[test]
fn fifos_devices_and_huge_files_are_refused_at_once_naming_the_file() {
    let dir = TempDir::new("hostile-files");
    let fifo = dir.0.join("kiosk.toml");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let big = dir.write("big.toml", &format!("# {}\n", "x".repeat(1024 * 1024)));
    let fifo = fifo.display().to_string();
    for (config, why) in [
        (fifo.as_str(), "not a regular file"),
        ("/dev/zero", "not a regular file"),
        (big.as_str(), "larger than 1024 KiB"),
    ] {
        for args in [vec!["--config", config, "list", "screens"], vec!["check", "--config", config]]
        {
            let out = presente(&args);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
            let said = stderr(&out);
            assert!(said.contains(config) && said.contains(why), "{args:?}: {said}");
        }
    }
}

#[test]
fn an_unreadable_entry_in_a_translators_folder_is_named_and_left_out_and_the_rest_loads() {
    let dir = TempDir::new("hostile-entries");
    dir.write("es/ui.ftl", "home-title = Hola desde la carpeta\nbroken = {\n");
    let es = dir.0.join("es");
    assert!(Command::new("mkfifo").arg(es.join("fifo.ftl")).status().unwrap().success());
    std::fs::create_dir_all(es.join("dir.ftl")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", es.join("zero.ftl")).unwrap();
    std::os::unix::fs::symlink("/nonexistent", dir.0.join("dangling")).unwrap();
    std::os::unix::fs::symlink("loop2", dir.0.join("loop1")).unwrap();
    std::os::unix::fs::symlink("loop1", dir.0.join("loop2")).unwrap();
    let bad = ["es/fifo.ftl", "es/dir.ftl", "es/zero.ftl", "dangling", "loop1", "loop2"];

    // check names each, and checks the rest (the broken entry of ui.ftl).
    let out = presente(&["--locales", dir.path(), "check", "--lang", "es"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = stdout(&out);
    for name in bad {
        let line = format!("{}/{name}: error: cannot read (", dir.path());
        assert!(report.contains(&line), "{name} is not named:\n{report}");
    }
    assert!(report.contains("es/ui.ftl:2:"), "the readable file was checked:\n{report}");

    // The app starts, with the readable translation on screen.
    let out = presente(&["--locales", dir.path(), "--lang", "es", "snapshot", "--screen", "home"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Hola desde la carpeta"), "{}", stdout(&out));
}

#[test]
fn a_message_that_would_show_megabytes_is_refused_by_check_and_cut_by_the_app() {
    // "Billion laughs": 99 uses of a 100 KB message.
    let dir = TempDir::new("hostile-laughs");
    let big = "laugh ".repeat(100_000 / 6);
    let uses = "{ big }".repeat(99);
    dir.write("es/ui.ftl", &format!("big = {big}\nhome-title = {uses}\n"));
    let out = presente(&["--locales", dir.path(), "check", "--lang", "es"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = stdout(&out);
    let start: String = report.chars().take(500).collect();
    assert!(report.contains("`home-title` would show about 98"), "{start}");

    // That the app stops formatting at the cap, rather than formatting
    // 10 MB and cutting it, is counted in bytes by the unit test
    // `formatting_stops_where_the_cap_is_reached`: not timed here.
    let out = presente(&["--locales", dir.path(), "--lang", "es", "snapshot", "--screen", "home"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("laugh laugh"), "the title is shown, cut");
    assert!(out.stdout.len() < 8192, "{} bytes", out.stdout.len());
}

#[test]
fn error_messages_cut_a_long_value_short() {
    let dir = TempDir::new("hostile-long");
    let long = dir.write("long.toml", &format!("region = \"{}\"\n", "x".repeat(1024 * 1000)));
    let out = presente(&["check", "--config", &long]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let said = format!("{}{}", stdout(&out), stderr(&out));
    let start: String = said.chars().take(300).collect();
    assert!(said.contains(&format!("`{}…`", "x".repeat(presente::text::MAX_ECHO))), "{start}");
    assert!(said.len() < 4096, "{} bytes said: {start}", said.len());
}

#[test]
fn check_refuses_a_hostile_translation_and_the_app_survives_it() {
    let dir = TempDir::new("hostile-check");
    let shown = hostile_locale(&dir);
    let deep = dir.write(
        "xx/deep.ftl",
        &format!("ok = Fine\ndeep = {}x{}\n", "{".repeat(30_000), "}".repeat(30_000)),
    );
    let out = presente(&["--locales", dir.path(), "check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = stdout(&out);
    for expect in [
        format!("{shown}:1:1: error: `language-name` contains a control character (U+001B)"),
        format!("{shown}:3:1: error: `home-title` contains a control character"),
        format!("{deep}:2:1: error: placeables are nested more than 32 deep"),
    ] {
        assert!(report.contains(&expect), "no {expect:?} in:\n{report}");
    }
    assert!(!report.contains(":0:"), "{report}");
    assert_eq!(unsafe_in(&out.stdout), Vec::<String>::new());
    // The app leaves the deep file out and shows the rest: no stack overflow.
    let out = presente(&["--locales", dir.path(), "--lang", "xx", "snapshot", "--screen", "home"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("deep.ftl"), "the banner names the file:\n{}", stdout(&out));
}
