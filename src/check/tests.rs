//! One test per check, each on a small broken fixture.

use super::*;

/// English with every message the app needs, plus `extra`.
fn english(extra: &str) -> Vec<LocaleFile> {
    let mut text = String::from("language-name = English\nlocale-status = draft\n");
    for id in ids::ALL.iter().filter(|id| !["language-name", "locale-status"].contains(id)) {
        text.push_str(&format!("{id} = Words for {id}\n"));
    }
    text.push_str(extra);
    LocaleFile::builtin(vec![("en/ui.ftl".into(), text)])
}

/// A checked locale `xx` (or the code in `path`) beside English.
fn run(english_extra: &str, files: &[(&str, &str)]) -> Report {
    let mut all = english(english_extra);
    all.extend(LocaleFile::builtin(
        files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect(),
    ));
    check(&all, &[])
}

const HEAD: &str = "language-name = Xx\nlocale-status = draft\n";

fn find<'r>(report: &'r Report, severity: Severity, needle: &str) -> &'r Finding {
    report
        .findings
        .iter()
        .find(|f| f.severity == severity && f.message.contains(needle))
        .unwrap_or_else(|| panic!("no {severity:?} with {needle:?} in:\n{}", to_text(report)))
}

#[test]
fn a_clean_locale_has_no_errors() {
    let report = run("", &[("xx/ui.ftl", HEAD)]);
    assert!(!report.has_errors(), "{}", to_text(&report));
}

#[test]
fn syntax_errors_name_file_line_and_column() {
    let report = run("", &[("xx/ui.ftl", &format!("{HEAD}good = Yes\nbad = {{ oops\n"))]);
    let f = find(&report, Severity::Error, "syntax error");
    assert_eq!((f.file.as_str(), f.line), ("locales/xx/ui.ftl", 4));
    assert!(f.column > 1);
}

#[test]
fn duplicate_ids_across_files() {
    let report = run(
        "",
        &[("xx/ui.ftl", &format!("{HEAD}home-title = A\n")), ("xx/more.ftl", "home-title = B\n")],
    );
    let f = find(&report, Severity::Error, "defined twice");
    assert!(f.message.contains("home-title"));
}

#[test]
fn messages_the_app_uses_must_exist_in_english() {
    let mut files = english("");
    files[0].text = files[0].text.replace("home-title = Words for home-title\n", "");
    let report = check(&files, &[]);
    find(&report, Severity::Error, "`home-title` is used by the app but missing from English");
}

#[test]
fn messages_the_content_uses_must_exist_in_english() {
    let content = crate::content::embedded_files();
    let report = check(&english(""), &content);
    for file in ["content/guide.toml", "content/contacts.toml"] {
        let f = report
            .findings
            .iter()
            .find(|f| f.file == file && f.message.contains("is missing from locales/en"))
            .unwrap_or_else(|| panic!("no missing message reported in {file}"));
        assert!(f.line > 0);
    }
}

#[test]
fn a_variable_english_does_not_have_is_an_error() {
    let report =
        run("hi = Hi { $name }\n", &[("xx/ui.ftl", &format!("{HEAD}hi = Hola {{ $nombre }}\n"))]);
    let f = find(&report, Severity::Error, "uses `$nombre`");
    assert_eq!(f.line, 3);
}

#[test]
fn a_reference_to_a_message_or_term_english_does_not_have_is_an_error() {
    let report =
        run("hi = Hi\n", &[("xx/ui.ftl", &format!("{HEAD}hi = {{ -brand }} {{ nowhere }}\n"))]);
    find(&report, Severity::Error, "refers to `-brand`");
    find(&report, Severity::Error, "refers to `nowhere`");
}

#[test]
fn a_selector_without_a_default_variant_is_an_error() {
    let text = format!("{HEAD}n = {{ $n ->\n    [other] many\n}}\n");
    let report = run("n = { $n ->\n *[other] many\n}\n", &[("xx/ui.ftl", &text)]);
    find(&report, Severity::Error, "default variant");
}

#[test]
fn replacement_characters_and_isolation_marks_are_errors() {
    let text = format!("{HEAD}a = Bro\u{FFFD}en\nb = \u{2068}x\u{2069}\n");
    let report = run("a = A\nb = B\n", &[("xx/ui.ftl", &text)]);
    find(&report, Severity::Error, "U+FFFD");
    find(&report, Severity::Error, "isolation mark");
}

#[test]
fn a_locale_without_its_name_is_an_error() {
    let report = run("", &[("xx/locale.ftl", "locale-status = draft\n")]);
    let f = find(&report, Severity::Error, "language-name");
    assert_eq!(f.file, "locales/xx/locale.ftl");
}

#[test]
fn a_folder_without_its_locale_ftl_is_told_so_once() {
    let report = run("", &[("xx/ui.ftl", "hi = Hola\n")]);
    let f = find(&report, Severity::Error, "missing: every language folder needs a locale.ftl");
    assert_eq!(f.file, "locales/xx/locale.ftl");
    let errors = report.findings.iter().filter(|f| f.severity == Severity::Error).count();
    assert_eq!(errors, 1, "{}", to_text(&report));
}

#[test]
fn check_refuses_a_locales_name_or_status_exactly_when_the_app_does() {
    let en = ("en/locale.ftl", "language-name = English\nlocale-status = draft\n");
    for (text, good) in [
        ("language-name = Xx\nlocale-status = draft\n", true),
        ("-name = Xx\nlanguage-name = { -name }\nlocale-status = reviewed\n", true),
        ("language-name = { \"\" }\nlocale-status = draft\n", false),
        ("language-name = Xx\nlocale-status = final\n", false),
        ("language-name = Xx\n", false),
    ] {
        let report = run("", &[("xx/locale.ftl", text)]);
        let by_check = report.findings.iter().any(|f| {
            f.severity == Severity::Error && f.file == "locales/xx/locale.ftl" && f.line == 0
        });
        let files = [en, ("xx/locale.ftl", text)].map(|(p, t)| (p.to_string(), t.to_string()));
        let by_app = Catalog::from_files(files).is_err();
        assert_eq!((by_check, by_app), (!good, !good), "{text}");
    }
}

#[test]
fn hmong_khmer_chinese_and_vietnamese_never_use_one() {
    let en = "n = { $n ->\n    [one] one thing\n   *[other] { $n } things\n}\n";
    for code in ["hmn", "km", "zh-Hant", "vi"] {
        let text = format!("{HEAD}n = {{ $n ->\n    [one] ib yam\n   *[other] {{ $n }} yam\n}}\n");
        let report = run(en, &[(&format!("{code}/ui.ftl"), &text)]);
        find(&report, Severity::Error, "`[one]` variant");
    }
    // Spanish has `one`.
    let text = format!("{HEAD}n = {{ $n ->\n    [one] una cosa\n   *[other] {{ $n }} cosas\n}}\n");
    assert!(!run(en, &[("es/ui.ftl", &text)]).has_errors());
}

#[test]
fn a_missing_message_is_a_warning_naming_the_english_place() {
    let report = run("hi = Hi\n", &[("xx/ui.ftl", HEAD)]);
    let f = find(&report, Severity::Warning, "`hi` is not translated yet");
    assert!(f.message.contains("locales/en/ui.ftl:"), "{f}");
    assert!(!report.has_errors());
}

#[test]
fn an_obsolete_message_is_a_warning() {
    let report = run("", &[("xx/ui.ftl", &format!("{HEAD}old-thing = Viejo\n"))]);
    find(&report, Severity::Warning, "`old-thing` is not in English");
}

#[test]
fn an_empty_value_is_a_warning() {
    let report = run("hi = Hi\n", &[("xx/ui.ftl", &format!("{HEAD}hi = {{ \"\" }}\n"))]);
    find(&report, Severity::Warning, "`hi` is empty");
}

#[test]
fn different_attributes_are_a_warning() {
    let report = run("hi = Hi\n    .title = T\n", &[("xx/ui.ftl", &format!("{HEAD}hi = Hola\n"))]);
    find(&report, Severity::Warning, "has attributes [] but English has [.title]");
}

#[test]
fn a_copy_of_english_is_a_warning_but_names_and_numbers_are_not() {
    let report = run(
        "hi = Hello there\nform = I-200\n",
        &[("xx/ui.ftl", &format!("{HEAD}hi = Hello there\nform = I-200\n"))],
    );
    find(&report, Severity::Warning, "`hi` is the same as English");
    assert!(!report.findings.iter().any(|f| f.message.contains("`form` is the same")));
}

#[test]
fn a_variable_left_out_is_a_warning() {
    let report = run("hi = Hi { $name }\n", &[("xx/ui.ftl", &format!("{HEAD}hi = Hola\n"))]);
    find(&report, Severity::Warning, "leaves out `$name`");
}

#[test]
fn coverage_counts_translated_messages() {
    let report = run("hi = Hi\nbye = Bye\n", &[("xx/ui.ftl", &format!("{HEAD}hi = Hola\n"))]);
    let xx = report.coverage.iter().find(|c| c.code == "xx").unwrap();
    let en = report.coverage.iter().find(|c| c.code == "en").unwrap();
    assert_eq!(xx.total, en.total);
    assert_eq!(xx.translated, 3, "language-name, locale-status and hi");
    assert_eq!(xx.status, "draft");
    assert!(to_text(&report).contains("xx"));
}

#[test]
fn control_and_bidi_characters_raw_or_as_literal_escapes_are_errors() {
    let text = format!(
        "{HEAD}a = Evil\u{1b}]0;PWNED\u{7}\nb = {{\"\\u001b\"}}[2J\nc = right\u{202E}left\n\
         d = {{ $n ->\n   *[other] {{\"\\u009B\"}}\n}}\ne = Fine\n    .title = x\u{7f}\n\
         -t = T\nf = {{ -t(x: \"\\u001b]0;PWNED\") }}\ng = {{ NUMBER(1, style: \"\u{202E}\") }}\n"
    );
    let report = run(
        "a = A\nb = B\nc = C\nd = { $n ->\n *[other] D\n}\ne = E\n    .title = T\n-t = T\nf = F\ng = G\n",
        &[("xx/ui.ftl", &text)],
    );
    for (id, code) in [
        ("a", "U+001B"),
        ("b", "U+001B"),
        ("c", "U+202E"),
        ("d", "U+009B"),
        ("e", "U+007F"),
        ("f", "U+001B"),
        ("g", "U+202E"),
    ] {
        let f = find(&report, Severity::Error, &format!("`{id}` contains"));
        assert!(f.message.contains(code), "{f}");
    }
}

#[test]
fn cycles_and_self_references_are_errors_and_a_long_chain_is_safe() {
    let english = "a = A { b }\nb = B { a }\nc = C\nd = D\n";
    let text = format!("{HEAD}a = A {{ b }}\nb = B {{ a }}\nc = C {{ c }}\nd = D\n");
    let report = run(english, &[("xx/ui.ftl", &text)]);
    let in_xx = |needle: &str| {
        let found = report.findings.iter().find(|f| {
            f.file == "locales/xx/ui.ftl"
                && f.severity == Severity::Error
                && f.message.contains(needle)
        });
        found.unwrap_or_else(|| panic!("no {needle:?} in:\n{}", to_text(&report))).clone()
    };
    assert_eq!(in_xx("`a` refers to itself through `b`").line, 3);
    assert_eq!(in_xx("`c` refers to itself: it would show as {c}").line, 5);
    // English has the same cycle: an error there too.
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.file == "locales/en/ui.ftl" && f.message.contains("`a` refers to itself"))
    );
    // 100,000 messages in a chain, then back to the first: no stack overflow.
    let chain: String =
        (0..100_000).map(|i| format!("m{i} = {{ m{} }}\n", (i + 1) % 100_000)).collect();
    let report = run("", &[("xx/more.ftl", &format!("{HEAD}{chain}"))]);
    find(&report, Severity::Error, "`m0` refers to itself through `m1`");
}

#[test]
fn a_message_reference_the_english_message_does_not_have_is_an_error() {
    let report = run(
        "hi = Hi\nbye = Bye\n",
        &[("xx/ui.ftl", &format!("{HEAD}hi = Xi {{ bye }}\nbye = Xye\n"))],
    );
    find(&report, Severity::Error, "`hi` refers to `bye`, which the English `hi` does not");
}

#[test]
fn nesting_too_deep_is_an_error_with_its_line_never_a_crash() {
    let deep = format!("{HEAD}ok = Fine\nbad = {}x{}\n", "{".repeat(30_000), "}".repeat(30_000));
    let report = run("", &[("xx/ui.ftl", &deep)]);
    let f = find(&report, Severity::Error, "nested more than 32 deep");
    assert_eq!((f.file.as_str(), f.line), ("locales/xx/ui.ftl", 4));
    // Calls nest too, one per line.
    let calls = format!("{HEAD}bad = {{\n{}\n", "NUMBER(\n".repeat(30_000));
    find(&run("", &[("xx/ui.ftl", &calls)]), Severity::Error, "nested more than 32 deep");
    // A `"` in a select's variant is text, not a string: what follows it
    // still counts.
    let variant = format!(
        "{HEAD}bad = {{ $x ->\n   *[other] \" {}x{}\n}}\n",
        "{".repeat(30_000),
        "}".repeat(30_000)
    );
    find(&run("", &[("xx/ui.ftl", &variant)]), Severity::Error, "nested more than 32 deep");
    // Braces inside strings do not undo real nesting.
    let strings = format!("{HEAD}bad = {}\n", "{ -t(x: \"}}}}\", y: ".repeat(10_000));
    find(&run("", &[("xx/ui.ftl", &strings)]), Severity::Error, "nested more than 32 deep");
    // Real nesting, and braces in strings and comments, are fine.
    let fine = format!(
        "{HEAD}# {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\n\
         s = {{ \"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\" }}\n\
         n = {{ $n -> \n *[other] \"{{ {{ NUMBER($n) }} }}\n}}\n"
    );
    let report = run("s = S\nn = { $n ->\n *[other] N\n}\n", &[("xx/ui.ftl", &fine)]);
    assert!(!report.findings.iter().any(|f| f.message.contains("nested")), "{}", to_text(&report));
}

#[test]
fn a_byte_order_mark_is_named_as_such() {
    let report = run("hi = Hi\n", &[("xx/ui.ftl", &format!("\u{FEFF}{HEAD}hi = Xi\n"))]);
    let f = find(&report, Severity::Error, "byte-order mark (BOM");
    assert_eq!(f.line, 1);
    assert!(!report.findings.iter().any(|f| f.message.contains("syntax")), "{}", to_text(&report));
}

#[test]
fn a_folder_that_is_not_a_language_tag_is_an_error_as_the_app_leaves_it_out() {
    let report = run("hi = Hi\n", &[("bad name/ui.ftl", &format!("{HEAD}hi = Xi\n"))]);
    let f = find(&report, Severity::Error, "not a language tag");
    assert_eq!(f.file, "locales/bad name/");
    assert!(!to_text(&report).contains("bad name  "), "not counted as a locale");
}

#[test]
fn an_operator_files_errors_are_listed_in_line_order() {
    let error = |line| crate::content::ContentError {
        file: "kiosk.toml".into(),
        line,
        field: "f".into(),
        message: format!("at {line}"),
    };
    let mut report = Report::default();
    report.add_errors(vec![error(10), error(2), error(6)]);
    let lines: Vec<usize> = report.findings.iter().map(|f| f.line).collect();
    assert_eq!(lines, [2, 6, 10]);
}

#[test]
fn a_message_left_as_english_counts_as_not_translated_and_is_summed_up_per_file() {
    let en = "hi = Hello there\nbye = Goodbye now\nform = I-200\nhelp = Help me\n";
    let copy = format!("{HEAD}hi = Hello there\nbye = Goodbye now\nform = I-200\nhelp = Ayuda\n");
    let mut report = run(en, &[("xx/ui.ftl", &copy)]);
    let xx = report.coverage.iter().find(|c| c.code == "xx").unwrap();
    // language-name, locale-status, `form` (an id: the rule lets it be) and `help`.
    assert_eq!(xx.translated, 4, "{}", to_text(&report));
    find(&report, Severity::Warning, "`hi` is the same as English");
    report.sum_up_untranslated();
    let f = find(&report, Severity::Warning, "2 messages are the same as English");
    assert_eq!((f.file.as_str(), f.line), ("locales/xx/ui.ftl", 0));
    assert!(f.message.contains("--verbose"), "{f}");
    assert!(!report.findings.iter().any(|f| f.message.contains("`hi` is the same")));
}

#[test]
fn messages_left_out_are_summed_up_per_file_and_a_single_one_stays_itself() {
    let sum_up = |more: &str| {
        let mut files = english("");
        let ui = files[0].text.clone();
        files.extend(LocaleFile::builtin(vec![
            ("en/more.ftl".into(), more.into()),
            ("xx/ui.ftl".into(), ui.replace("= English", "= Xx")),
        ]));
        let mut report = check(&files, &[]);
        report.sum_up_untranslated();
        report
    };
    let report = sum_up("a = Aaaa\nb = Bbbb\n");
    let f = find(&report, Severity::Warning, "2 messages are not translated yet");
    assert_eq!(f.file, "locales/xx/more.ftl");
    let report = sum_up("a = Aaaa\n");
    find(&report, Severity::Warning, "`a` is not translated yet");
}

#[test]
fn one_language_alone_keeps_its_findings_and_coverage_only() {
    let mut report = run(
        "",
        &[
            ("xx/ui.ftl", &format!("{HEAD}bad = {{ oops\n")),
            ("yy/locale.ftl", "language-name = Yy\nlocale-status = final\n"),
        ],
    );
    assert!(report.findings.iter().any(|f| f.file.starts_with("locales/yy/")));
    report.only("xx").expect("xx is checked");
    assert!(
        report.findings.iter().all(|f| f.file.starts_with("locales/xx/")),
        "{}",
        to_text(&report)
    );
    assert!(report.has_errors());
    assert_eq!(report.codes(), ["xx"]);
    assert!(report.only("zz").is_none());
}

#[test]
fn syntax_errors_point_at_the_stray_brace_in_plain_words() {
    let text = format!("{HEAD}home-title = {{ តើអ្នកត្រូវការអ្វី?\nother = }} Yes\n");
    let report = run("", &[("xx/ui.ftl", &text)]);
    let f = find(&report, Severity::Error, "a `{` starts a placeable");
    assert_eq!((f.line, f.column), (3, 14), "the `{{` itself: {f}");
    let f = find(&report, Severity::Error, "a `}` without a `{`");
    assert_eq!((f.line, f.column), (4, 9), "{f}");
    let report = run("", &[("xx/ui.ftl", &format!("{HEAD}hi = Hello {{ $name\nbye = Bye\n"))]);
    let f = find(&report, Severity::Error, "this `{` is not closed");
    assert_eq!((f.line, f.column), (3, 12), "{f}");
    // Its syntax error says enough: no "not translated yet" besides.
    let report = run("hi = Hi\n", &[("xx/ui.ftl", &format!("{HEAD}hi = {{ Hola\n"))]);
    assert!(!report.findings.iter().any(|f| f.message.contains("`hi` is not translated")));
}
