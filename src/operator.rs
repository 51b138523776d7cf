//! The operator file (`--config kiosk.toml`): what a community centre sets
//! for its own machine: the place Find help starts on, the order of
//! languages, and its own local contacts. Read once at start-up; an invalid
//! file stops the app with every error, so a kiosk never runs half-configured.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use crate::Content;
use crate::app::Theme;
use crate::content::{ContentError, Validator};
use crate::directory::{Contact, ContactValidator, NATIONWIDE, Place, RawContact};
use crate::i18n::Lang;
use crate::ui::text_sizing::TextSizing;

/// The operator file as its TOML reads, before it is checked into an
/// [`Operator`]. Unknown keys are errors, reported all at once by
/// `content::Validator::read`.
#[derive(Debug, Deserialize)]
struct OperatorToml {
    region: Option<Spanned<String>>,
    theme: Option<Spanned<String>>,
    text_sizing: Option<Spanned<String>>,
    languages: Option<Vec<Spanned<String>>>,
    kiosk: Option<KioskFile>,
    #[serde(default)]
    places: Vec<RawLocalPlace>,
    #[serde(default)]
    contacts: Vec<RawContact>,
    /// More contacts, as the rows of a spreadsheet (`directory::bulk`).
    contacts_file: Option<Spanned<String>>,
}

/// A centre's own place (a county, a city), inside a built-in state.
#[derive(Debug, Deserialize)]
struct RawLocalPlace {
    id: Spanned<String>,
    /// Its name by language code; `en` is required.
    name: Spanned<BTreeMap<String, String>>,
    /// The built-in state (or DC, Puerto Rico) it lies in.
    within: Spanned<String>,
}

#[derive(Debug, Deserialize)]
struct KioskFile {
    enabled: Option<bool>,
    idle_timeout_secs: Option<Spanned<u64>>,
    exit_pin_hash: Option<Spanned<String>>,
    /// The operator's explicit "no PIN": only stopping the service ends
    /// the kiosk. Without it, a missing PIN is an error for a kiosk.
    no_exit_pin: Option<Spanned<bool>>,
}

/// A file the operator file names (`contacts_file`): where it was found
/// and its text, read before the app locks itself down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedFile {
    pub shown: String,
    pub text: String,
}

/// What the app runs with but a kiosk must not go live with. The app
/// itself still starts (a kiosk that refused to start would be dead);
/// `presente check --config` reports these: errors for a kiosk, else
/// warnings. `enable-kiosk` runs that check.
#[derive(Debug, Default)]
pub struct Cautions {
    /// A phone number in the range reserved for fiction (555-0100 to
    /// 555-0199) or a website on a domain reserved for examples.
    pub examples: Vec<ContentError>,
    /// No `exit_pin_hash` and no `no_exit_pin = true`: in kiosk mode the
    /// operator could not leave. Line 0 when there is no [kiosk] table.
    pub no_pin: Option<ContentError>,
}

/// What the operator file (and `--kiosk`) sets, validated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Operator {
    /// The place Find help starts on (an index into `Directory::places`).
    pub region: Option<usize>,
    /// Visitors cannot quit; the operator leaves with Ctrl-Alt-Q and the PIN.
    pub kiosk: bool,
    /// Seconds without input before the app starts over (0: never).
    pub idle_timeout_secs: Option<u64>,
    /// The salted hash of the operator's PIN (`presente hash-pin`).
    pub exit_pin_hash: Option<String>,
    /// The colours a fresh start has.
    pub theme: Theme,
    /// Start in presentation mode (`--present`).
    pub present: bool,
    /// Whether to draw with kitty's text-sizing protocol (`--text-sizing`).
    pub text_sizing: TextSizing,
}

/// Reads an operator file that names no other file over `content`, with
/// its cautions (see [`apply_reading`]).
pub fn apply(content: &mut Content, file: &str, text: &str) -> Result<Cautions, Vec<ContentError>> {
    let read = |_: &str| Err("no file is read here".into());
    apply_reading(content, file, text, &read, Purpose::Check)
}

/// What an operator file is read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// To run the app: its example numbers are not looked for (only
    /// `check` reports them; 5,000 of them cost a tenth of a start).
    Run,
    /// To check it: cautions too.
    Check,
}

/// Reads an operator file over `content`: its settings, and its contacts
/// added after the built-in ones. `read` gives the file `contacts_file`
/// names. Every problem is reported with file, line and field.
pub fn apply_reading<'r>(
    content: &mut Content,
    file: &str,
    text: &str,
    read: &dyn Fn(&str) -> Result<&'r NamedFile, String>,
    purpose: Purpose,
) -> Result<Cautions, Vec<ContentError>> {
    // The operator's contacts are added to the end of the built-in ones'
    // list, taken out meanwhile: 5,000 were copied from a list of their own
    // (1.4 MB more to start with). Put back on every way out.
    let mut contacts = std::mem::take(&mut content.directory_mut().contacts);
    let (raw, mut v): (OperatorToml, _) = match Validator::read(file, text, &content.catalog) {
        Ok(read) => read,
        Err(errors) => {
            content.directory_mut().contacts = contacts;
            return Err(errors);
        }
    };
    let mut cautions = Cautions::default();
    let built_in_contacts = contacts.len();
    let taken: HashSet<String> = contacts.iter().map(|c| c.id.clone()).collect();
    let catalog = &content.catalog;
    let builtin = &content.directory().places;
    let states: Vec<&str> =
        builtin.iter().map(|p| p.id.as_str()).filter(|&id| id != NATIONWIDE).collect();
    let mut contact_validator = ContactValidator::new(taken, Vec::new());
    // A language visitors can choose: not the pseudo-locale.
    let locale = |code: &str| catalog.find(code).filter(|&lang| catalog.get(lang).is_some());

    let mut places: Vec<Place> = Vec::new();
    let mut place_ids: HashSet<String> = builtin.iter().map(|p| p.id.clone()).collect();
    for raw_place in &raw.places {
        v.new_id(&mut place_ids, &raw_place.id, "places.id");
        let within = states.iter().position(|s| s == raw_place.within.get_ref());
        if within.is_none() {
            let message = format!(
                "unknown state `{}`; valid: {}",
                raw_place.within.get_ref(),
                states.join(", ")
            );
            v.error(&raw_place.within, "places.within", message);
        }
        let names = raw_place.name.get_ref();
        for code in names.keys().filter(|code| locale(code).is_none()) {
            let message =
                format!("unknown language `{code}`; valid: {}", catalog.codes().join(", "));
            v.error(&raw_place.name, "places.name", message);
        }
        if names.get("en").is_none_or(|n| n.trim().is_empty()) {
            v.error(&raw_place.name, "places.name", "give at least `name.en`".into());
        }
        places.push(Place {
            id: raw_place.id.get_ref().clone(),
            code: None,
            // `states` skips nationwide, which is last: its indexes are the places'.
            within: within.map(|i| builtin.iter().position(|p| p.id == states[i]).unwrap_or(i)),
            names: names.clone(),
        });
    }
    let all_places: Vec<&Place> = builtin.iter().chain(&places).collect();
    contact_validator.set_places(all_places.iter().map(|p| p.id.clone()).collect());

    let region = raw.region.as_ref().and_then(|r| {
        let found = all_places.iter().position(|p| p.id == *r.get_ref());
        if found.is_none() {
            let valid: Vec<&str> = all_places.iter().map(|p| p.id.as_str()).collect();
            let message = format!("unknown `{}`; valid: {}", r.get_ref(), valid.join(", "));
            v.error(r, "region", message);
        }
        found
    });

    let mut order: Vec<Lang> = Vec::new();
    for code in raw.languages.iter().flatten() {
        match locale(code.get_ref()) {
            Some(lang) if order.contains(&lang) => {
                v.error(code, "languages", format!("`{}` is listed twice", code.get_ref()))
            }
            Some(lang) => order.push(lang),
            None => {
                let message = format!(
                    "unknown language `{}`; valid: {}",
                    code.get_ref(),
                    catalog.codes().join(", ")
                );
                v.error(code, "languages", message);
            }
        }
    }

    let mut operator = Operator { region, theme: content.operator.theme, ..Operator::default() };
    if let Some(theme) =
        raw.theme.as_ref().and_then(|n| named(&mut v, "theme", n, Theme::ALL, Theme::name))
    {
        operator.theme = theme;
    }
    let sizing = raw.text_sizing.as_ref();
    if let Some(sizing) =
        sizing.and_then(|n| named(&mut v, "text_sizing", n, TextSizing::ALL, TextSizing::name))
    {
        operator.text_sizing = sizing;
    }
    let table_line = kiosk_table_line(text);
    let no_pin = |line: usize, message: &str| ContentError {
        file: file.into(),
        line,
        field: "kiosk.exit_pin_hash".into(),
        message: message.into(),
    };
    match &raw.kiosk {
        None => {
            cautions.no_pin = Some(no_pin(
                0,
                "kiosk mode with no [kiosk] table, so no PIN: the operator could not leave. \
                 Add a [kiosk] table with the line `presente hash-pin` prints",
            ))
        }
        Some(k)
            if k.exit_pin_hash.is_none()
                && !k.no_exit_pin.as_ref().is_some_and(|n| *n.get_ref()) =>
        {
            cautions.no_pin = Some(no_pin(
                table_line,
                "missing: without a PIN the operator cannot leave the kiosk, and only stopping \
                 its service from another session ends it. Paste the line `presente hash-pin` \
                 prints, or write `no_exit_pin = true` to run without one on purpose",
            ))
        }
        Some(_) => {}
    }
    if let Some(kiosk) = raw.kiosk {
        operator.kiosk = kiosk.enabled.unwrap_or(true);
        if let (Some(_), Some(waived)) = (&kiosk.exit_pin_hash, &kiosk.no_exit_pin)
            && *waived.get_ref()
        {
            let message = "`no_exit_pin = true` and an `exit_pin_hash`: keep one of them".into();
            v.error(waived, "kiosk.no_exit_pin", message);
        }
        if let Some(secs) = kiosk.idle_timeout_secs {
            if let Err(message) = crate::kiosk::check_idle_timeout(*secs.get_ref()) {
                v.error(&secs, "kiosk.idle_timeout_secs", message);
            }
            operator.idle_timeout_secs = Some(secs.into_inner());
        }
        if let Some(hash) = kiosk.exit_pin_hash {
            if let Err(message) = crate::kiosk::check_hash(hash.get_ref()) {
                v.error(&hash, "kiosk.exit_pin_hash", message);
            }
            operator.exit_pin_hash = Some(hash.into_inner());
        }
    }
    let mut examples = (purpose == Purpose::Check).then(|| Validator::new(file, text, catalog));
    let checked = |c| local_contact(&mut contact_validator, &mut v, examples.as_mut(), c);
    contacts.extend(raw.contacts.into_iter().filter_map(checked));
    cautions.examples = examples.map(|e| e.errors).unwrap_or_default();
    let mut errors = std::mem::take(&mut v.errors);
    // A name holding a control character is already an error: not opened.
    let contacts_file = raw.contacts_file.as_ref();
    if let Some(name) =
        contacts_file.filter(|n| crate::text::first_unprintable(n.get_ref()).is_none())
    {
        match read(name.get_ref()) {
            Ok(rows) => {
                let checks = &mut contact_validator;
                let (rows_errors, rows_cautions) =
                    add_rows(rows, catalog, checks, purpose, &mut contacts);
                errors.extend(rows_errors);
                cautions.examples.extend(rows_cautions);
            }
            Err(message) => {
                let message = format!("`{}`: {message}", crate::text::printable(name.get_ref()));
                v.error(name, "contacts_file", message);
                errors.append(&mut v.errors);
            }
        }
    }
    if !errors.is_empty() {
        contacts.truncate(built_in_contacts);
        content.directory_mut().contacts = contacts;
        return Err(errors);
    }
    // The picker lists the operator's languages first, then the rest.
    let rest: Vec<Lang> = content.picker.iter().copied().filter(|l| !order.contains(l)).collect();
    order.extend(rest);
    content.picker = order;
    content.operator = operator;
    content.directory_mut().places.extend(places);
    content.directory_mut().contacts = contacts;
    content.search = crate::directory::SearchIndex::new(&content.catalog);
    Ok(cautions)
}

/// An operator's contact, checked; `examples` (when checking) is told of
/// an example's number or website.
fn local_contact(
    checks: &mut ContactValidator,
    v: &mut Validator,
    examples: Option<&mut Validator>,
    raw: RawContact,
) -> Option<Contact> {
    if let Some(examples) = examples {
        note_examples(examples, &raw);
    }
    checks.contact(v, raw, true)
}

/// The contacts of a spreadsheet's rows (`contacts_file`), checked and
/// added to `contacts`; its errors and cautions, each named by its column.
fn add_rows(
    rows: &NamedFile,
    catalog: &crate::i18n::Catalog,
    checks: &mut ContactValidator,
    purpose: Purpose,
    contacts: &mut Vec<Contact>,
) -> (Vec<ContentError>, Vec<ContentError>) {
    let mut v = Validator::new(&rows.shown, &rows.text, catalog);
    let mut examples =
        (purpose == Purpose::Check).then(|| Validator::new(&rows.shown, &rows.text, catalog));
    // A row a line, mostly: room for them all, not grown twice over.
    contacts.reserve(rows.text.bytes().filter(|&b| b == b'\n').count());
    let mut errors = crate::directory::bulk::read(&rows.shown, &rows.text, |c| {
        contacts.extend(local_contact(checks, &mut v, examples.as_mut(), c));
    });
    // A row's fields are its columns: `phone`, not `contacts.phone`.
    let columns = |mut e: ContentError| {
        if let Some(column) = e.field.strip_prefix("contacts.") {
            e.field = column.to_owned();
        }
        e
    };
    errors.extend(v.errors.into_iter().map(columns));
    let cautions = examples.map(|e| e.errors.into_iter().map(columns).collect());
    (errors, cautions.unwrap_or_default())
}

/// The line of the `[kiosk]` table (or a `kiosk = { … }` / `kiosk.…` key):
/// where a missing PIN is reported. 0 if there is none.
fn kiosk_table_line(text: &str) -> usize {
    let starts = |line: &str| {
        let line = line.trim_start();
        line.strip_prefix("[kiosk]").is_some()
            || line
                .strip_prefix("kiosk")
                .is_some_and(|rest| rest.trim_start().starts_with(['=', '.']))
    };
    text.lines().position(starts).map_or(0, |i| i + 1)
}

/// Whether `phone` is in the range reserved for fiction: 555-0100 to
/// 555-0199, with or without an area code and a leading 1 or +1.
pub fn is_fictional_phone(phone: &str) -> bool {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let local = match digits.len() {
        7 => &digits[..],
        10 => &digits[3..],
        11 if digits.starts_with('1') => &digits[4..],
        _ => return false,
    };
    local.starts_with("55501")
}

/// Whether `web` is on a domain reserved for examples (RFC 2606):
/// example.org, example.com, example.net, or under .example.
fn is_example_web(web: &str) -> bool {
    let host = web.trim();
    let host = host.split_once("://").map_or(host, |(_, rest)| rest);
    let host = host.split(['/', '?', '#', ':']).next().unwrap_or("").to_ascii_lowercase();
    let host = host.trim_end_matches('.');
    ["example.org", "example.com", "example.net"]
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
        || host == "example"
        || host.ends_with(".example")
}

/// A caution for the contact's phone number or website if it is an
/// example's.
fn note_examples(v: &mut Validator, contact: &RawContact) {
    if let Some(phone) = contact.phone().filter(|p| is_fictional_phone(p.get_ref())) {
        let message = format!(
            "`{}` is a number reserved for fiction (555-0100 to 555-0199): it rings \
             nowhere. Replace it with the contact's real number",
            phone.get_ref()
        );
        v.error(phone, "contacts.phone", message);
    }
    if let Some(web) = contact.web().filter(|w| is_example_web(w.get_ref())) {
        let message = format!(
            "`{}` is on a domain reserved for examples: replace it with the contact's \
             real website",
            web.get_ref()
        );
        v.error(web, "contacts.web", message);
    }
}

/// The setting `name` names, one of `all`; an error naming the valid ones
/// if it is none of them.
fn named<T: Copy>(
    v: &mut Validator,
    field: &str,
    name: &Spanned<String>,
    all: impl IntoIterator<Item = T>,
    name_of: fn(T) -> &'static str,
) -> Option<T> {
    let all: Vec<T> = all.into_iter().collect();
    let found = all.iter().copied().find(|&t| name_of(t) == name.get_ref());
    if found.is_none() {
        let valid: Vec<&str> = all.into_iter().map(name_of).collect();
        let message = format!("unknown `{}`; valid: {}", name.get_ref(), valid.join(", "));
        v.error(name, field, message);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors_of(text: &str) -> Vec<String> {
        let mut content = Content::embedded().unwrap();
        match apply(&mut content, "kiosk.toml", text) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    /// As many errors as `expected`, and one starting with each.
    fn assert_each_once(errors: &[String], expected: &[&str]) {
        for e in expected {
            assert!(errors.iter().any(|x| x.starts_with(e)), "no `{e}` in {errors:#?}");
        }
        assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    }

    const LOCAL: &str = r#"
region = "oregon"
languages = ["km", "en"]

[[contacts]]
id = "our-clinic"
name = "Our Free Clinic"
kinds = ["legal"]
regions = ["oregon"]
phone = "(503) 555-0100"
web = "example.org/clinic"
languages = ["es", "km"]
hours = "Tuesdays 10–14"
description.en = "Free legal advice on Tuesdays."
description.km = "ការប្រឹក្សាច្បាប់ឥតគិតថ្លៃ"
"#;

    #[test]
    fn a_good_file_sets_region_language_order_and_adds_marked_contacts() {
        let mut content = Content::embedded().unwrap();
        let builtin = content.directory().contacts.len();
        apply(&mut content, "kiosk.toml", LOCAL).unwrap();
        assert_eq!(content.operator.region, content.directory().place("oregon"));
        let codes: Vec<&str> =
            content.picker.iter().map(|&l| content.catalog.locale(l).code.as_str()).collect();
        assert_eq!(&codes[..2], ["km", "en"]);
        assert_eq!(codes.len(), content.catalog.locales().len(), "every language stays");
        assert_eq!(content.directory().contacts.len(), builtin + 1);
        let local = content.directory().contacts.last().unwrap();
        assert!(local.is_local());
        let km = content.catalog.find("km").unwrap();
        let es = content.catalog.find("es").unwrap();
        assert_eq!(local.description(&content.catalog, km), "ការប្រឹក្សាច្បាប់ឥតគិតថ្លៃ");
        // No Spanish text given: English is shown.
        assert_eq!(local.description(&content.catalog, es), "Free legal advice on Tuesdays.");
    }

    #[test]
    fn each_problem_names_file_line_and_field() {
        let text = LOCAL
            .replace("\"oregon\"\nlanguages", "\"oregn\"\nlanguages")
            .replace("[\"km\", \"en\"]", "[\"km\", \"xx\"]")
            .replace("(503) 555-0100", "call us")
            .replace("example.org/clinic", "not a site")
            .replace("[\"legal\"]", "[\"lawyers\"]")
            .replace("description.km", "description.fr")
            .replace("languages = [\"es\"", "lang = \"es\"\nlanguages = [\"es\"")
            .replace("region = ", "theme_name = \"dark\"\nregion = ");
        let errors = errors_of(&text);
        // Unknown keys do not hide the other mistakes: all show at once.
        let expect = [
            "kiosk.toml:2: theme_name: unknown key `theme_name`",
            "kiosk.toml:13: contacts.lang: unknown key `lang`",
            "kiosk.toml:3: region: unknown `oregn`",
            "kiosk.toml:4: languages: unknown language `xx`",
            "kiosk.toml:9: contacts.kinds: unknown `lawyers`",
            "kiosk.toml:11: contacts.phone: `call us`: `c` is not allowed",
            "kiosk.toml:12: contacts.web: `not a site` is not a website",
            "kiosk.toml:16: contacts.description: unknown language `fr`",
        ];
        assert_each_once(&errors, &expect);
    }

    #[test]
    fn text_sizing_is_one_of_three_and_auto_unless_set() {
        let mut content = Content::embedded().unwrap();
        apply(&mut content, "kiosk.toml", "region = \"oregon\"\n").unwrap();
        assert_eq!(content.operator.text_sizing, TextSizing::Auto);
        apply(&mut content, "kiosk.toml", "text_sizing = \"off\"\n").unwrap();
        assert_eq!(content.operator.text_sizing, TextSizing::Off);
        let errors = errors_of("theme = \"dark\"\ntext_sizing = \"yes\"\n");
        let expect = [
            "kiosk.toml:1: theme: unknown `dark`; valid: default, high-contrast, monochrome",
            "kiosk.toml:2: text_sizing: unknown `yes`; valid: auto, on, off",
        ];
        assert_each_once(&errors, &expect);
    }

    #[test]
    fn the_pseudo_locale_is_not_a_language_an_operator_can_name() {
        let errors = errors_of(
            "languages = [\"qps\"]\n\n[[places]]\nid = \"x\"\nwithin = \"oregon\"\n\
             name.en = \"X\"\nname.qps = \"Y\"\n",
        );
        let expect = [
            "kiosk.toml:1: languages: unknown language `qps`",
            "kiosk.toml:6: places.name: unknown language `qps`",
        ];
        assert_each_once(&errors, &expect);
    }

    #[test]
    fn unknown_keys_duplicate_ids_and_missing_english_are_errors() {
        let unknown = errors_of(&LOCAL.replace("hours =", "colour = \"red\"\nhours ="));
        assert_eq!(
            unknown,
            ["kiosk.toml:13: contacts.colour: unknown key `colour`: is it spelt right?"]
        );
        let twice = errors_of(&LOCAL.replace("our-clinic", "pirc"));
        assert_eq!(twice.len(), 1, "{twice:?}");
        assert!(
            twice[0].starts_with("kiosk.toml:6: contacts.id: `pirc` is used twice"),
            "{twice:?}"
        );
        let no_english = errors_of(&LOCAL.replace("description.en", "description.es"));
        assert!(no_english[0].contains("contacts.description: give at least `description.en`"));
        let sourced = errors_of(&LOCAL.replace("hours =", "source = \"me\"\nhours ="));
        assert!(sourced[0].starts_with("kiosk.toml:13: contacts.source"), "{sourced:?}");
    }

    #[test]
    fn the_kiosk_table_sets_kiosk_mode_and_checks_its_values() {
        let hash = crate::kiosk::hash_pin("2468", b"saltsaltsaltsalt").unwrap();
        let text = format!("[kiosk]\nidle_timeout_secs = 90\nexit_pin_hash = \"{hash}\"\n");
        let mut content = Content::embedded().unwrap();
        apply(&mut content, "kiosk.toml", &text).unwrap();
        assert!(content.operator.kiosk, "a [kiosk] table turns kiosk mode on");
        assert_eq!(content.operator.idle_timeout_secs, Some(90));
        assert_eq!(content.operator.exit_pin_hash.as_deref(), Some(hash.as_str()));
        let errors = errors_of("[kiosk]\nidle_timeout_secs = 5\nexit_pin_hash = \"2468\"\n");
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0].starts_with("kiosk.toml:2: kiosk.idle_timeout_secs: use 0"),
            "{errors:?}"
        );
        assert!(
            errors[1].starts_with("kiosk.toml:3: kiosk.exit_pin_hash: not a PIN hash"),
            "{errors:?}"
        );
        let off = errors_of("[kiosk]\nenabled = false\nidle = 3\n");
        assert_eq!(off, ["kiosk.toml:3: kiosk.idle: unknown key `idle`: is it spelt right?"]);
    }

    #[test]
    fn control_characters_anywhere_are_errors_with_line_and_field() {
        let text = LOCAL
            .replace("Our Free Clinic", "Evil\\u001b]0;PWNED\\u0007\\u001b[2J")
            .replace("Free legal advice on Tuesdays.", "Free \u{202E}advice\\u009b")
            .replace("hours = \"Tuesdays 10–14\"", "hours = \"\\t10\\r\"");
        let errors = errors_of(&text);
        let expect = [
            "kiosk.toml:7: contacts.name: `Evil\u{FFFD}]0;PWNED\u{FFFD}\u{FFFD}[2J` holds a control character (U+001B)",
            "kiosk.toml:13: contacts.hours: ` 10\u{FFFD}` holds a control character (U+0009)",
            "kiosk.toml:14: contacts.description.en: `Free \u{FFFD}advice\u{FFFD}` holds a bidi control character (U+202E)",
        ];
        assert_each_once(&errors, &expect);
    }

    #[test]
    fn every_value_of_the_wrong_type_is_reported_at_once_with_its_line() {
        let text = LOCAL
            .replace("region = \"oregon\"", "region = 5")
            .replace("languages = [\"km\", \"en\"]", "languages = [\"km\", 7]")
            .replace("\"(503) 555-0100\"", "5035550100")
            .replace("\"example.org/clinic\"", "true")
            + "\n[kiosk]\nidle_timeout_secs = \"soon\"\n";
        let errors = errors_of(&text);
        for line in [
            "kiosk.toml:2: region: invalid type: integer `5`",
            "kiosk.toml:3: languages: invalid type: integer `7`",
            "kiosk.toml:10: contacts.phone: invalid type: integer `5035550100`",
            "kiosk.toml:11: contacts.web: invalid type: boolean",
            "kiosk.toml:18: kiosk.idle_timeout_secs: invalid type: string",
        ] {
            assert!(errors.iter().any(|e| e.starts_with(line)), "nothing at {line} in {errors:#?}");
        }
        assert_eq!(errors.len(), 5, "{errors:#?}");
        assert!(errors.iter().all(|e| !e.contains(".toml:0:")), "{errors:#?}");
        // A required field of the wrong type: reported once, not again as missing.
        let name = errors_of(&LOCAL.replace("\"Our Free Clinic\"", "42"));
        assert_eq!(name.len(), 1, "{name:#?}");
        assert!(name[0].starts_with("kiosk.toml:7: contacts.name: "), "{name:#?}");
        // … and it does not hide the unknown keys serde saw on its way.
        let both =
            errors_of(&LOCAL.replace("\"Our Free Clinic\"", "42").replace("region =", "regoin ="));
        assert_each_once(
            &both,
            &["kiosk.toml:7: contacts.name: ", "kiosk.toml:2: regoin: unknown key `regoin`"],
        );
    }

    #[test]
    fn an_unknown_key_in_an_inline_table_has_its_line() {
        let errors = errors_of("region = \"oregon\"\n\nkiosk = { pinn = \"x\" }\n");
        assert_eq!(errors, ["kiosk.toml:3: kiosk.pinn: unknown key `pinn`: is it spelt right?"]);
    }

    #[test]
    fn idle_timeouts_and_pin_hashes_that_would_crash_or_lock_out_are_errors() {
        for secs in ["1", "14", "86401", "9223372036854775807"] {
            let errors = errors_of(&format!("[kiosk]\nidle_timeout_secs = {secs}\n"));
            assert_eq!(errors.len(), 1, "{secs}: {errors:?}");
            assert!(
                errors[0].starts_with("kiosk.toml:2: kiosk.idle_timeout_secs: use 0"),
                "{errors:?}"
            );
        }
        for hash in
            ["$argon2id", "$argon2xx$v=19$m=8192,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"]
        {
            let errors = errors_of(&format!("[kiosk]\nexit_pin_hash = \"{hash}\"\n"));
            assert_eq!(errors.len(), 1, "{hash}: {errors:?}");
            assert!(errors[0].starts_with("kiosk.toml:2: kiosk.exit_pin_hash: "), "{errors:?}");
        }
    }

    #[test]
    fn only_555_0100_to_0199_is_fiction_and_only_reserved_domains_are_examples() {
        for fiction in ["555-0100", "(503) 555-0100", "+1 503 555 0199", "1-503-555-0150"] {
            assert!(is_fictional_phone(fiction), "{fiction}");
        }
        // Just outside the fictional range, and two sourced real lines (PIRC, Maine).
        for real in
            ["555-0200", "555-0099", "888-622-1510", "(207) 544-9989", "211", "+52 55 5555 0100"]
        {
            assert!(!is_fictional_phone(real), "{real}");
        }
        for example in ["example.org/x", "https://www.example.com", "EXAMPLE.NET:80", "a.example"] {
            assert!(is_example_web(example), "{example}");
        }
        for real in ["examples.org", "example.org.evil.com", "notexample.com", "ilrc.org"] {
            assert!(!is_example_web(real), "{real}");
        }
    }

    #[test]
    fn a_kiosk_without_a_pin_is_a_caution_unless_waived_and_both_is_an_error() {
        let mut content = Content::embedded().unwrap();
        let none = apply(&mut content, "k.toml", "region = \"oregon\"\n\n[kiosk]\n").unwrap();
        let no_pin = none.no_pin.expect("no PIN, not waived").to_string();
        assert!(no_pin.starts_with("k.toml:3: kiosk.exit_pin_hash: missing"), "{no_pin}");
        let waived = "[kiosk]\nno_exit_pin = true\n";
        assert!(apply(&mut content, "k.toml", waived).unwrap().no_pin.is_none());
        let not_waived = "kiosk.no_exit_pin = false\n";
        assert!(apply(&mut content, "k.toml", not_waived).unwrap().no_pin.is_some());
        let hash = crate::kiosk::hash_pin("2468", b"saltsaltsaltsalt").unwrap();
        let both = format!("[kiosk]\nexit_pin_hash = \"{hash}\"\nno_exit_pin = true\n");
        assert_eq!(
            errors_of(&both),
            ["k.toml:3: kiosk.no_exit_pin: `no_exit_pin = true` and an `exit_pin_hash`: keep one of them"
                .replace("k.toml", "kiosk.toml")]
        );
        // No [kiosk] table: a caution at line 0, for `--kiosk check`.
        let desk = apply(&mut content, "k.toml", "region = \"oregon\"\n").unwrap();
        assert_eq!(desk.no_pin.map(|e| e.line), Some(0));
    }

    /// `LOCAL`'s contact as a spreadsheet's row.
    const LOCAL_ROWS: &str = "id,name,kinds,regions,phone,web,languages,hours,description.en,description.km\n\
        our-clinic,Our Free Clinic,legal,oregon,(503) 555-0100,example.org/clinic,\"es, km\",\
        Tuesdays 10–14,Free legal advice on Tuesdays.,ការប្រឹក្សាច្បាប់ឥតគិតថ្លៃ\n";

    /// `operator` applied, with `rows` as the file its `contacts_file` names.
    fn with_rows(operator: &str, rows: &str) -> (Content, Result<Cautions, Vec<String>>) {
        let mut content = Content::embedded().unwrap();
        let rows = NamedFile { shown: "dir/c.csv".into(), text: rows.into() };
        let read = |_: &str| Ok(&rows);
        let result = apply_reading(&mut content, "kiosk.toml", operator, &read, Purpose::Check);
        (content, result.map_err(|errors| errors.iter().map(ToString::to_string).collect()))
    }

    #[test]
    fn a_spreadsheets_rows_are_the_same_contacts_as_toml_tables() {
        let mut from_toml = Content::embedded().unwrap();
        let toml_cautions = apply(&mut from_toml, "kiosk.toml", LOCAL).unwrap();
        let settings = LOCAL.split("[[contacts]]").next().unwrap();
        let (from_rows, rows_cautions) =
            with_rows(&format!("contacts_file = \"c.csv\"\n{settings}"), LOCAL_ROWS);
        assert_eq!(from_rows.directory().contacts, from_toml.directory().contacts);
        assert_eq!(from_rows.picker, from_toml.picker);
        // The same example number and website, each on its row's line, named by column.
        let shown = |c: Cautions| c.examples.iter().map(ToString::to_string).collect::<Vec<_>>();
        assert_eq!(
            shown(rows_cautions.unwrap()),
            shown(toml_cautions)
                .iter()
                .map(|e| e
                    .replace("kiosk.toml:10: contacts.", "dir/c.csv:2: ")
                    .replace("kiosk.toml:11: contacts.", "dir/c.csv:2: "))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn running_the_app_looks_for_no_example_numbers() {
        let no_file = |_: &str| Err(String::new());
        let mut content = Content::embedded().unwrap();
        let run = apply_reading(&mut content, "kiosk.toml", LOCAL, &no_file, Purpose::Run);
        assert_eq!(run.unwrap().examples, []);
        let mut content = Content::embedded().unwrap();
        let check = apply_reading(&mut content, "kiosk.toml", LOCAL, &no_file, Purpose::Check);
        assert_eq!(check.unwrap().examples.len(), 2);
    }

    #[test]
    fn a_spreadsheets_mistakes_name_its_file_row_and_column() {
        let rows = format!(
            "{LOCAL_ROWS}pirc,Copy,legal,oregn,12,,,,Copy of a built-in id,\nb,B,legal,oregon,,,,,,\n"
        );
        let (content, result) = with_rows("contacts_file = \"c.csv\"\n", &rows);
        let built_in = Content::embedded().unwrap().directory().contacts.clone();
        assert_eq!(content.directory().contacts, built_in, "a file with errors adds nothing");
        let (content, _) = with_rows("region = \"nowhere\n", "");
        assert_eq!(content.directory().contacts, built_in, "nor one that does not parse");
        assert_each_once(
            &result.unwrap_err(),
            &[
                "dir/c.csv:3: id: `pirc` is used twice",
                "dir/c.csv:3: regions: unknown `oregn`",
                "dir/c.csv:3: phone: `12` has 2 digits",
                "dir/c.csv:4: description: a contact needs `description.en`",
            ],
        );
        // And the operator file's own contacts share its ids.
        let (_, result) = with_rows(&format!("contacts_file = \"c.csv\"\n{LOCAL}"), LOCAL_ROWS);
        assert_each_once(&result.unwrap_err(), &["dir/c.csv:2: id: `our-clinic` is used twice"]);
    }

    #[test]
    fn a_contacts_file_that_cannot_be_read_is_an_error_on_its_line() {
        let mut content = Content::embedded().unwrap();
        let text = "region = \"oregon\"\ncontacts_file = \"c.csv\"\n";
        let errors = apply(&mut content, "kiosk.toml", text).unwrap_err();
        assert_eq!(
            errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["kiosk.toml:2: contacts_file: `c.csv`: no file is read here"]
        );
        // A name with a control character in it is not opened at all.
        let (content, result) = with_rows("contacts_file = \"c\\u001b[2J.csv\"\n", LOCAL_ROWS);
        let errors = result.unwrap_err();
        assert_each_once(
            &errors,
            &["kiosk.toml:1: contacts_file: `c\u{FFFD}[2J.csv` holds a control"],
        );
        assert!(content.directory().contacts.iter().all(|c| c.id != "our-clinic"));
    }

    #[test]
    fn the_example_operator_file_is_valid() {
        let text = include_str!("../examples/kiosk.toml");
        assert_eq!(errors_of(text), Vec::<String>::new());
    }
}
