//! `presente check`: what is missing or broken in the locale and content
//! files, each finding with file, line and column. The checks follow
//! Mozilla's compare-locales and Pontoon, plus a check that a translation
//! only uses variables its English message has.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

use crate::content::Guide;
use crate::directory::Directory;
use crate::i18n::record::{self, RECORD_FILE, Standing};
use crate::i18n::{self, Catalog, LOCALE_FILE, REFERENCE, ids};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The language whose folder it is about (None: a content or operator
    /// file), for `check --lang`.
    #[serde(skip)]
    pub locale: Option<String>,
    /// A message not translated yet (left out, or left the same as
    /// English): summed up per file unless `--verbose` (a copied folder,
    /// or one file done of ten, has hundreds).
    #[serde(skip)]
    pub untranslated: Option<Untranslated>,
}

impl Finding {
    fn new(severity: Severity, file: &str, line: usize, column: usize, message: String) -> Self {
        Finding {
            severity,
            file: file.into(),
            line,
            column,
            message,
            locale: None,
            untranslated: None,
        }
    }

    fn of(mut self, code: &str) -> Self {
        self.locale = Some(code.into());
        self
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Untranslated {
    Missing,
    SameAsEnglish,
    /// Translated, but its record file does not say from which English.
    Unrecorded,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.line == 0 {
            write!(f, "{}: {kind}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}:{}: {kind}: {}", self.file, self.line, self.column, self.message)
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    pub code: String,
    /// Translated from today's English (stale ones are not counted here).
    pub translated: usize,
    /// Translated from an English that has changed since.
    pub stale: usize,
    /// Not translated yet: left out, or left the same as English.
    pub missing: usize,
    pub total: usize,
    /// Reviewed against today's English, in percent (None: English, or
    /// no records were checked).
    pub reviewed: Option<usize>,
    pub status: String,
}

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub coverage: Vec<Coverage>,
}

impl Report {
    /// Findings in file, then line order, errors before warnings.
    fn sort(&mut self) {
        self.findings
            .sort_by(|a, b| (&a.file, a.line, a.severity).cmp(&(&b.file, b.line, b.severity)));
    }

    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// One warning per file for the messages not translated yet, of each
    /// kind, instead of one per message: a copied folder would bury its
    /// real errors under hundreds.
    pub fn sum_up_untranslated(&mut self) {
        let mut per_file: BTreeMap<(String, Untranslated), (usize, Option<String>)> =
            BTreeMap::new();
        for f in &self.findings {
            if let Some(kind) = f.untranslated {
                let entry = per_file.entry((f.file.clone(), kind)).or_insert((0, f.locale.clone()));
                entry.0 += 1;
            }
        }
        self.findings.retain(|f| match f.untranslated {
            Some(kind) => per_file[&(f.file.clone(), kind)].0 == 1,
            None => true,
        });
        for ((file, kind), (count, locale)) in per_file.into_iter().filter(|(_, (n, _))| *n > 1) {
            let what = match kind {
                Untranslated::Missing => "are not translated yet; English is shown",
                Untranslated::SameAsEnglish => {
                    "are the same as English: they count as not translated yet"
                }
                Untranslated::Unrecorded => {
                    "have no record of the English they were translated from: once they are \
                     right, record them with `presente review --translated ID…`"
                }
            };
            let message = format!("{count} messages {what} (add `--verbose` to list them)");
            let mut finding = Finding::new(Severity::Warning, &file, 0, 1, message);
            finding.locale = locale;
            self.findings.push(finding);
        }
        self.sort();
    }

    /// The findings and coverage of one language alone (content and
    /// operator files' findings too): `check --lang CODE`. None when the
    /// report has no such language.
    pub fn only(&mut self, code: &str) -> Option<()> {
        self.coverage.iter().any(|c| c.code == code).then_some(())?;
        self.findings.retain(|f| f.locale.as_deref().is_none_or(|l| l == code));
        self.coverage.retain(|c| c.code == code);
        Some(())
    }

    /// The languages it covers.
    pub fn codes(&self) -> Vec<&str> {
        self.coverage.iter().map(|c| c.code.as_str()).collect()
    }
}

/// One message as a translator wrote it.
struct Entryish {
    /// The language whose folder it is in.
    code: String,
    file: String,
    line: usize,
    has_value: bool,
    empty: bool,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
    /// Each place it refers to another message or term, in order (a
    /// message may use the same one 99 times).
    uses: Vec<String>,
    text: String,
    plural_keys: Vec<String>,
}

/// Messages (and `-terms`) of one locale, by id.
type Messages = BTreeMap<String, Entryish>;

/// Messages only English has: the red card's officer side.
fn english_only(id: &str) -> bool {
    id.starts_with("card-officer-")
}

/// Place names and punctuation: a language may write a US state, or a
/// colon, as English does.
pub fn may_match_english(id: &str) -> bool {
    id.starts_with("region-") || id.starts_with("city-") || id.starts_with("punctuation-")
}

pub use crate::i18n::LocaleFile;

impl LocaleFile {
    /// Files of the built-in `locales/` folder.
    pub fn builtin(files: Vec<(String, String)>) -> Vec<LocaleFile> {
        files
            .into_iter()
            .map(|(path, text)| LocaleFile { shown: format!("locales/{path}"), path, text })
            .collect()
    }
}

impl Report {
    /// Entries of a translator's folder that could not be read.
    pub fn add_unreadable(&mut self, errors: Vec<crate::i18n::LocaleError>) {
        self.findings.extend(errors.iter().map(|e| error(&e.file, 0, &e.message)));
        self.sort();
    }

    /// Errors from a content or operator file.
    pub fn add_errors(&mut self, errors: Vec<crate::content::ContentError>) {
        self.add(Severity::Error, errors);
    }

    /// Warnings from a content or operator file.
    pub fn add_warnings(&mut self, warnings: Vec<crate::content::ContentError>) {
        self.add(Severity::Warning, warnings);
    }

    fn add(&mut self, severity: Severity, found: Vec<crate::content::ContentError>) {
        self.findings.extend(found.into_iter().map(|e| {
            let message = crate::text::with_short_quotes(&e.message);
            Finding::new(severity, &e.file, e.line, 1, format!("{}: {message}", e.field))
        }));
        self.sort();
    }
}

/// The folder a language's findings name: the translator's folder when
/// they gave files for it (`~/my-translation/vi/`), else `locales/<code>/`.
fn folder_of(locale_files: &[LocaleFile], code: &str) -> String {
    locale_files
        .iter()
        .filter(|f| f.path.split_once('/').is_some_and(|(c, _)| c == code))
        .filter(|f| f.shown != format!("locales/{}", f.path))
        .find_map(|f| {
            let name = crate::i18n::file_name(&f.path);
            f.shown.strip_suffix(name).map(str::to_string)
        })
        .unwrap_or_else(|| format!("locales/{code}/"))
}

/// Checks locale files and content files (`(path, text)`).
pub fn check(locale_files: &[LocaleFile], content_files: &[(String, String)]) -> Report {
    check_with_records(locale_files, None, content_files, false)
}

/// [`check`], and each translation against the English its record file
/// (`record_files`, `km/translated-from.txt`) says it was made from: a
/// message whose English has changed since is stale. `verbose`: say what
/// the English says now.
pub fn check_with_records(
    locale_files: &[LocaleFile],
    record_files: Option<&[LocaleFile]>,
    content_files: &[(String, String)],
    verbose: bool,
) -> Report {
    let mut report = Report::default();
    let (by_locale, broken) = read_locales(locale_files, &mut report);
    let Some(reference) = by_locale.get(REFERENCE) else {
        report.findings.push(error(
            &format!("locales/{REFERENCE}/"),
            0,
            "the English folder is missing",
        ));
        return report;
    };

    // Messages the code and the content need must exist in English.
    for id in ids::ALL {
        if !reference.contains_key(*id) {
            report.findings.push(error(
                &format!("locales/{REFERENCE}/"),
                0,
                &format!("`{id}` is used by the app but missing from English"),
            ));
        }
    }
    let english_files: Vec<(String, String)> = locale_files
        .iter()
        .filter(|f| f.path.starts_with("en/"))
        .map(|f| (f.path.clone(), f.text.clone()))
        .collect();
    let english_sources = i18n::record::english_sources(&english_files);
    if let Ok(catalog) = Catalog::from_files(english_files) {
        check_content(content_files, &catalog, &mut report);
    }

    let english = Against { reference, sources: &english_sources, verbose };
    // Where each locale file is shown, by its path under the locales folder.
    let shown: BTreeMap<&str, &str> =
        locale_files.iter().map(|f| (f.path.as_str(), f.shown.as_str())).collect();
    let none = BTreeSet::new();
    for (code, messages) in &by_locale {
        let folder = folder_of(locale_files, code);
        let broken = broken.get(code).unwrap_or(&none);
        let locale = Locale { code, folder: &folder, messages, broken };
        let record = record_files
            .filter(|_| code != REFERENCE)
            .map(|records| records.iter().find(|f| f.path == format!("{code}/{RECORD_FILE}")));
        let (findings, coverage) = check_locale(&locale, &english, &shown, record);
        report.findings.extend(findings.into_iter().map(|f| f.of(code)));
        report.coverage.push(coverage);
    }
    report.sort();
    report
}

/// Each language's messages, read from its files (what does not read is
/// reported), and the ids of its entries that do not parse: their syntax
/// error says enough.
type ReadLocales = (BTreeMap<String, Messages>, BTreeMap<String, BTreeSet<String>>);

fn read_locales(locale_files: &[LocaleFile], report: &mut Report) -> ReadLocales {
    let mut by_locale: BTreeMap<String, Messages> = BTreeMap::new();
    let mut broken: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in locale_files {
        let Some((code, _)) = file.path.split_once('/') else { continue };
        if !i18n::is_language_tag(code) {
            let folder = folder_of(locale_files, code);
            if !report.findings.iter().any(|f| f.file == folder) {
                report.findings.push(error(&folder, 0, i18n::NOT_A_LANGUAGE_TAG));
            }
            continue;
        }
        let messages = by_locale.entry(code.to_string()).or_default();
        let broken = broken.entry(code.to_string()).or_default();
        let mut findings = Vec::new();
        read_file(code, &file.shown, &file.text, messages, broken, &mut findings);
        report.findings.extend(findings.into_iter().map(|f| f.of(code)));
    }
    (by_locale, broken)
}

/// The content files (guide, contacts, places), against English.
fn check_content(content_files: &[(String, String)], catalog: &Catalog, report: &mut Report) {
    // Contacts name the places of the regions file beside them.
    let is_regions = |path: &str| path.ends_with(crate::content::REGIONS_FILE);
    let is_contacts = |path: &str| path.ends_with(crate::content::CONTACTS_FILE);
    let places = match content_files.iter().find(|(path, _)| is_regions(path)) {
        Some((path, text)) => crate::directory::parse_places(path, text, catalog),
        None if content_files.iter().any(|(path, _)| is_contacts(path)) => {
            Directory::embedded_places(catalog)
        }
        None => Ok(Vec::new()),
    };
    let places = places.unwrap_or_else(|errors| {
        report.add_errors(errors);
        Vec::new()
    });
    for (path, text) in content_files {
        let parsed = if is_regions(path) {
            Ok(())
        } else if is_contacts(path) {
            Directory::parse(path, text, places.clone(), catalog).map(|_| ())
        } else {
            Guide::parse(path, text, catalog).map(|_| ())
        };
        if let Err(errors) = parsed {
            report.add_errors(errors);
        }
    }
}

/// One language's findings against English, and how much of it is
/// translated. `record`:
/// None when records are not checked, Some(None) when it has no file.
fn check_locale(
    locale: &Locale,
    english: &Against,
    shown: &BTreeMap<&str, &str>,
    record: Option<Option<&LocaleFile>>,
) -> (Vec<Finding>, Coverage) {
    let (code, messages, reference) = (locale.code, locale.messages, english.reference);
    let mut findings = Vec::new();
    let status = messages.get(ids::LOCALE_STATUS).map(|m| m.text.trim().to_string());
    let has_name = messages.get(ids::LANGUAGE_NAME).is_some_and(|m| m.has_value && !m.empty);
    let mut identity = i18n::identity_errors(has_name, status.as_deref());
    // Without its locale.ftl, that is what to say, once (as the app does).
    if !identity.is_empty() && !shown.contains_key(format!("{code}/{LOCALE_FILE}").as_str()) {
        identity = vec![i18n::MISSING_LOCALE_FILE];
    }
    for message in identity {
        findings.push(error(&format!("{}{LOCALE_FILE}", locale.folder), 0, message));
    }
    // The template writes the code there until the translator writes
    // the name; the picker would show "vi".
    let name = messages.get(ids::LANGUAGE_NAME).filter(|m| m.text.trim() == code);
    if let Some(m) = name.filter(|_| code != REFERENCE) {
        let message = format!(
            "`{}` is still the code `{code}`: write the language's own name, as its \
             readers write it (the language picker shows it)",
            ids::LANGUAGE_NAME
        );
        findings.push(at(Severity::Warning, m, message));
    }
    let mut copies = BTreeSet::new();
    if code != REFERENCE {
        copies = compare(locale, reference, shown, &mut findings);
    }
    for (id, m) in messages {
        check_text(code, id, m, &mut findings);
    }
    check_cycles(messages, &mut findings);
    check_sizes(messages, reference, &mut findings);
    let standing = record.map(|record| {
        check_records(code, locale.folder, messages, &copies, record, english, &mut findings)
    });
    // A message left as English is not translated, whatever the file holds.
    let total = reference.keys().filter(|id| !english_only(id)).count();
    let translated = reference
        .keys()
        .filter(|id| !english_only(id) && messages.contains_key(*id) && !copies.contains(*id))
        .count();
    let stale = standing.map_or(0, |s| s.stale);
    let status = match standing {
        Some(s) if s.progress.complete() => "reviewed".to_string(),
        Some(_) => "draft".to_string(),
        None => status.unwrap_or_else(|| "?".into()),
    };
    let coverage = Coverage {
        code: code.to_string(),
        translated: translated - stale,
        stale,
        missing: total - translated,
        total,
        reviewed: standing.map(|s| s.progress.percent()),
        status,
    };
    (findings, coverage)
}

/// English, to check records against.
struct Against<'a> {
    reference: &'a Messages,
    /// Each English message's source (`record::english_sources`).
    sources: &'a std::collections::HashMap<String, String>,
    verbose: bool,
}

/// What a language's records say of it.
#[derive(Clone, Copy)]
struct RecordStanding {
    /// Translations (not copies of English) made from an English changed since.
    stale: usize,
    progress: record::Progress,
}

/// A language's translations against its record file: each stale message
/// (English changed since it was translated) at its own line, messages
/// not recorded, and record lines that cannot be read.
fn check_records(
    code: &str,
    folder: &str,
    messages: &Messages,
    copies: &BTreeSet<String>,
    record: Option<&LocaleFile>,
    against: &Against,
    findings: &mut Vec<Finding>,
) -> RecordStanding {
    let record_shown = record.map_or(format!("{folder}{RECORD_FILE}"), |f| f.shown.clone());
    let (records, errors) = match record {
        Some(f) => record::parse(&f.shown, &f.text),
        None => Default::default(),
    };
    findings.extend(
        errors
            .into_iter()
            .map(|e| Finding::new(Severity::Error, &e.file, e.line, e.column, e.message)),
    );
    // A language without a record file yet (a new one): one line, not one
    // per message.
    if record.is_none() {
        findings.push(Finding::new(
            Severity::Warning,
            &record_shown,
            0,
            1,
            format!(
                "no record yet of the English these translations are made from: once they are \
                 right, run `presente --locales DIR review --lang {code} --translated-all` \
                 (see TRANSLATING.md)"
            ),
        ));
    }
    let fingerprints: std::collections::HashMap<String, u32> =
        against.sources.iter().map(|(id, s)| (id.clone(), record::fingerprint(s))).collect();
    let mut stale = 0;
    for (id, m) in messages {
        let Some(english) = against.reference.get(id) else { continue };
        let Some(&now) = fingerprints.get(id) else { continue };
        if english_only(id) || id.starts_with('-') {
            continue;
        }
        match records.standing(id, now) {
            Standing::Stale => {
                if !copies.contains(id) {
                    stale += 1;
                }
                let mut message = format!(
                    "`{id}`: English changed since this was translated ({}:{}); update it, \
                     then record it: `presente --locales DIR review --lang {code} --translated {id}`",
                    english.file, english.line
                );
                if against.verbose {
                    let said = against.sources.get(id).map(String::as_str).unwrap_or_default();
                    let said = said.split('\n').map(str::trim).collect::<Vec<_>>().join(" ");
                    message.push_str(&format!("; the English now says: {said}"));
                }
                findings.push(at(Severity::Warning, m, message));
            }
            Standing::Unrecorded
                if record.is_some() && !copies.contains(id) && id != ids::LOCALE_STATUS =>
            {
                let mut finding = at(
                    Severity::Warning,
                    m,
                    format!(
                        "`{id}` has no record of the English it was translated from ({}); \
                         record it: `presente --locales DIR review --lang {code} --translated {id}`",
                        record_shown
                    ),
                );
                finding.untranslated = Some(Untranslated::Unrecorded);
                findings.push(finding);
            }
            _ => {}
        }
    }
    let mut unknown: Vec<(&str, &record::Entry)> = records
        .iter()
        .filter(|(id, _)| !messages.contains_key(*id) || !against.reference.contains_key(*id))
        .collect();
    unknown.sort_by_key(|(_, e)| e.line);
    for (id, entry) in unknown {
        findings.push(Finding::new(
            Severity::Warning,
            &record_shown,
            entry.line,
            1,
            format!("`{id}` is recorded, but is not a translated message: the line can go"),
        ));
    }
    let total = fingerprints.keys().filter(|id| !english_only(id)).count();
    let progress = record::progress(&records, |id| fingerprints.get(id).copied(), total);
    RecordStanding { stale, progress }
}

fn error(file: &str, line: usize, message: &str) -> Finding {
    Finding::new(Severity::Error, file, line, 1, message.into())
}

fn at(severity: Severity, m: &Entryish, message: String) -> Finding {
    Finding::new(severity, &m.file, m.line, 1, message).of(&m.code)
}

fn read_file(
    code: &str,
    file: &str,
    text: &str,
    messages: &mut Messages,
    broken: &mut BTreeSet<String>,
    findings: &mut Vec<Finding>,
) {
    let (text, errors) = i18n::before_parsing(file, text);
    let found =
        |e: i18n::LocaleError| Finding::new(Severity::Error, &e.file, e.line, e.column, e.message);
    findings.extend(errors.into_iter().map(found));
    let Some(text) = text else { return };
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            let lines = i18n::LineIndex::new(text);
            findings.extend(errors.iter().map(|e| found(i18n::syntax_error(file, &lines, e))));
            resource
        }
    };
    let lines = i18n::entry_lines(text);
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            Entry::Junk { content } => {
                for line in content.lines() {
                    if let Some(id) = i18n::message_ids(line).first() {
                        broken.insert(id.to_string());
                    } else if let Some(id) = line
                        .strip_prefix('-')
                        .and_then(|l| i18n::message_ids(l).first().map(|id| id.to_string()))
                    {
                        broken.insert(format!("-{id}"));
                    }
                }
                continue;
            }
            _ => continue,
        };
        let line = lines.get(id.trim_start_matches('-')).copied().unwrap_or(0);
        let mut entry = Entryish {
            code: code.into(),
            file: file.into(),
            line,
            has_value: value.is_some(),
            empty: false,
            attributes: attributes.iter().map(|a| a.id.name.to_string()).collect(),
            variables: BTreeSet::new(),
            references: BTreeSet::new(),
            uses: Vec::new(),
            text: String::new(),
            plural_keys: Vec::new(),
        };
        let patterns = value.iter().chain(attributes.iter().map(|a| &a.value));
        for pattern in patterns {
            walk(pattern, &mut entry);
        }
        entry.empty =
            entry.has_value && entry.text.trim().is_empty() && entry.references.is_empty();
        if let Some(first) = messages.get(&id) {
            findings.push(at(
                Severity::Error,
                &entry,
                format!("`{id}` is defined twice (first at {}:{})", first.file, first.line),
            ));
            continue;
        }
        messages.insert(id, entry);
    }
}

fn walk(pattern: &Pattern<&str>, entry: &mut Entryish) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => entry.text.push_str(value),
            PatternElement::Placeable { expression } => walk_expression(expression, entry),
        }
    }
}

fn walk_expression(expression: &Expression<&str>, entry: &mut Entryish) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, entry),
        Expression::Select { selector, variants } => {
            walk_inline(selector, entry);
            for variant in variants {
                if let VariantKey::Identifier { name } = &variant.key {
                    entry.plural_keys.push(name.to_string());
                }
                walk(&variant.value, entry);
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, entry: &mut Entryish) {
    match inline {
        InlineExpression::VariableReference { id } => {
            entry.variables.insert(id.name.to_string());
        }
        InlineExpression::MessageReference { id, .. } => {
            entry.references.insert(id.name.to_string());
            entry.uses.push(id.name.to_string());
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            entry.references.insert(format!("-{}", id.name));
            entry.uses.push(format!("-{}", id.name));
            // A term's arguments are shown through it: their literals too.
            if let Some(arguments) = arguments {
                walk_arguments(arguments, entry);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, entry),
        InlineExpression::Placeable { expression } => walk_expression(expression, entry),
        // As shown: `{"\u001b"}` is an escape character.
        InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => {
            entry.text.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value))
        }
    }
}

fn walk_arguments(arguments: &fluent_syntax::ast::CallArguments<&str>, entry: &mut Entryish) {
    for arg in &arguments.positional {
        walk_inline(arg, entry);
    }
    for named in &arguments.named {
        walk_inline(&named.value, entry);
    }
}

/// One language's messages, as read.
struct Locale<'a> {
    code: &'a str,
    /// Where its findings are (see [`folder_of`]).
    folder: &'a str,
    messages: &'a Messages,
    /// The ids of its entries that do not parse.
    broken: &'a BTreeSet<String>,
}

/// A translation against its English message. The ids left the same as
/// English (see [`same_as_english`]).
fn compare(
    locale: &Locale,
    reference: &Messages,
    shown: &BTreeMap<&str, &str>,
    findings: &mut Vec<Finding>,
) -> BTreeSet<String> {
    let Locale { code, folder, messages, broken } = *locale;
    let mut copies = BTreeSet::new();
    for (id, english) in reference {
        // A broken entry is not "not translated": its syntax error says why.
        if english_only(id) || broken.contains(id) {
            continue;
        }
        let Some(m) = messages.get(id) else {
            // The file of the same name in this locale, where it would go.
            let name = crate::i18n::file_name(&english.file);
            let path = format!("{code}/{name}");
            let file =
                shown.get(path.as_str()).map_or(format!("{folder}{name}"), |s| s.to_string());
            let message = format!(
                "`{id}` is not translated yet; English is shown ({}:{})",
                english.file, english.line
            );
            let mut finding = Finding::new(Severity::Warning, &file, 0, 1, message);
            finding.untranslated = Some(Untranslated::Missing);
            findings.push(finding);
            continue;
        };
        for var in m.variables.difference(&english.variables) {
            findings.push(at(
                Severity::Error,
                m,
                format!("`{id}` uses `${var}`, which the English message does not have"),
            ));
        }
        for var in english.variables.difference(&m.variables) {
            findings.push(at(
                Severity::Warning,
                m,
                format!("`{id}` leaves out `${var}`, which the English message has"),
            ));
        }
        if m.attributes != english.attributes {
            let list = |s: &BTreeSet<String>| {
                s.iter().map(|a| format!(".{a}")).collect::<Vec<_>>().join(" ")
            };
            findings.push(at(
                Severity::Warning,
                m,
                format!(
                    "`{id}` has attributes [{}] but English has [{}]",
                    list(&m.attributes),
                    list(&english.attributes)
                ),
            ));
        }
        if same_as_english(id, m, english) {
            let mut finding = at(Severity::Warning, m, format!("`{id}` is the same as English"));
            finding.untranslated = Some(Untranslated::SameAsEnglish);
            findings.push(finding);
            copies.insert(id.clone());
        }
    }
    for (id, m) in messages {
        if !reference.contains_key(id) {
            findings.push(at(
                Severity::Warning,
                m,
                format!("`{id}` is not in English: it is never shown (obsolete?)"),
            ));
        }
        if let Some(english) = reference.get(id) {
            let messages_only = |r: &&String| !r.starts_with('-') && reference.contains_key(*r);
            for other in m.references.difference(&english.references).filter(messages_only) {
                findings.push(at(
                    Severity::Error,
                    m,
                    format!("`{id}` refers to `{other}`, which the English `{id}` does not"),
                ));
            }
        }
        for reference_id in &m.references {
            if !reference.contains_key(reference_id) {
                findings.push(at(
                    Severity::Error,
                    m,
                    format!("`{id}` refers to `{reference_id}`, which English does not have"),
                ));
            }
        }
    }
    copies
}

/// A message left as English, not one that may rightly read the same.
fn same_as_english(id: &str, m: &Entryish, english: &Entryish) -> bool {
    !may_stay_english(id, &m.text) && m.text == english.text && m.references == english.references
}

/// Whether the message `id` may rightly read as English does: names,
/// numbers and ids (three letters or fewer), places, punctuation and
/// `locale-status`. Any other message the same as English is not
/// translated yet (`check`, and `export --beside` marks it).
pub fn may_stay_english(id: &str, text: &str) -> bool {
    let has_words = text.chars().filter(|c| c.is_alphabetic()).count() > 3;
    id == ids::LOCALE_STATUS || may_match_english(id) || !has_words
}

/// Messages that refer to themselves, directly or through others: Fluent
/// shows them as `{id}`. One error per cycle, at its first message. A
/// depth-first walk with its own stack: a chain of any length is safe.
fn check_cycles(messages: &Messages, findings: &mut Vec<Finding>) {
    let ids: Vec<&String> = messages.keys().collect();
    let index = |id: &str| ids.binary_search_by(|probe| probe.as_str().cmp(id)).ok();
    let edges: Vec<Vec<usize>> =
        messages.values().map(|m| m.references.iter().filter_map(|r| index(r)).collect()).collect();
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        Not,
        OnPath,
        Done,
    }
    let mut seen = vec![Seen::Not; ids.len()];
    for start in 0..ids.len() {
        if seen[start] != Seen::Not {
            continue;
        }
        // The path from `start`, with the next edge to follow at each step.
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        seen[start] = Seen::OnPath;
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            let Some(&to) = edges[node].get(*next) else {
                seen[node] = Seen::Done;
                path.pop();
                continue;
            };
            *next += 1;
            match seen[to] {
                Seen::Not => {
                    seen[to] = Seen::OnPath;
                    path.push((to, 0));
                }
                Seen::OnPath => {
                    let from = path.iter().position(|&(n, _)| n == to).unwrap_or(0);
                    let cycle: Vec<&str> =
                        path[from..].iter().map(|&(n, _)| ids[n].as_str()).collect();
                    let first = &messages[ids[to]];
                    let message = if cycle.len() == 1 {
                        format!("`{}` refers to itself: it would show as {{{}}}", ids[to], ids[to])
                    } else {
                        let through =
                            cycle[1..].iter().map(|i| format!("`{i}`")).collect::<Vec<_>>();
                        format!(
                            "`{}` refers to itself through {}: it would show as {{{}}}",
                            ids[to],
                            through.join(" → "),
                            ids[to]
                        )
                    };
                    findings.push(at(Severity::Error, first, message));
                }
                Seen::Done => {}
            }
        }
    }
}

/// Messages that would show more than the app shows of one
/// (`i18n::MAX_MESSAGE`), counting each message or term they use as many
/// times as they use it, and all of a message's variants and attributes:
/// 99 uses of a 100 KB message passed, and each frame formatted 10 MB.
/// Uses of what the language lacks count at English's size.
fn check_sizes(messages: &Messages, english: &Messages, findings: &mut Vec<Finding>) {
    let entry = |id: &str| messages.get(id).or_else(|| english.get(id));
    // Each message's size once known; None while it is being added up (a
    // cycle: check_cycles says so, and it shows as `{id}`). A walk with its
    // own stack: a chain of any length is safe.
    let mut sizes: BTreeMap<&str, Option<usize>> = BTreeMap::new();
    for start in messages.keys() {
        if sizes.contains_key(start.as_str()) {
            continue;
        }
        sizes.insert(start, None);
        // The message, the next of its uses to add, and its size so far.
        let mut path: Vec<(&str, usize, usize)> = vec![(start, 0, messages[start].text.len())];
        while let Some((id, next, total)) = path.last_mut() {
            let uses = entry(id).map_or(&[][..], |m| &m.uses[..]);
            let Some(used) = uses.get(*next) else {
                let (id, _, total) = *path.last().expect("not empty");
                path.pop();
                sizes.insert(id, Some(total));
                if let Some((_, _, parent)) = path.last_mut() {
                    *parent = parent.saturating_add(total);
                }
                continue;
            };
            *next += 1;
            match (sizes.get(used.as_str()), entry(used)) {
                (Some(Some(known)), _) => *total = total.saturating_add(*known),
                (Some(None), _) | (None, None) => *total = total.saturating_add(used.len() + 2),
                (None, Some(m)) => {
                    sizes.insert(used, None);
                    path.push((used, 0, m.text.len()));
                }
            }
        }
    }
    for (id, m) in messages {
        let bytes = sizes.get(id.as_str()).copied().flatten().unwrap_or(0);
        if bytes > i18n::MAX_MESSAGE {
            findings.push(at(
                Severity::Error,
                m,
                format!(
                    "`{id}` would show about {bytes} bytes, more than the {} the app shows of \
                     one message: it is cut there",
                    i18n::MAX_MESSAGE
                ),
            ));
        }
    }
}

/// Problems inside one message's text.
fn check_text(code: &str, id: &str, m: &Entryish, findings: &mut Vec<Finding>) {
    if m.text.contains('\u{FFFD}') {
        let name = "U+FFFD (a character lost by a wrong encoding)";
        findings.push(at(Severity::Error, m, format!("`{id}` contains {name}")));
    }
    // An escape sequence or a bidi override would reach the terminal (the
    // app shows U+FFFD instead, but the translation is broken).
    if let Some(c) = m.text.chars().find(|&c| crate::text::is_unprintable(c) && c != '\n') {
        let name = match c {
            '\u{2066}'..='\u{2069}' => format!("an isolation mark (U+{:04X})", c as u32),
            _ => crate::content::unprintable_name(c),
        };
        findings.push(at(Severity::Error, m, format!("`{id}` contains {name}")));
    }
    if m.empty {
        findings.push(at(Severity::Warning, m, format!("`{id}` is empty")));
    }
    // Languages whose only CLDR plural category is `other` (Hmong has no
    // CLDR rules at all): `[one]` would never be chosen.
    let only_other = ONLY_OTHER.contains(&code.split('-').next().unwrap_or(code));
    let plural = ["zero", "one", "two", "few", "many"];
    if only_other {
        for key in m.plural_keys.iter().filter(|k| plural.contains(&k.as_str())) {
            findings.push(at(
                Severity::Error,
                m,
                format!(
                    "`{id}` has a `[{key}]` variant, which {code} never uses: write only `*[other]`"
                ),
            ));
        }
    }
}

/// Language codes with no plural forms: CLDR gives them the category
/// `other` alone (Vietnamese is the next language to come).
const ONLY_OTHER: [&str; 13] =
    ["km", "hmn", "zh", "vi", "ja", "ko", "th", "lo", "my", "id", "ms", "yue", "yo"];

/// The report as text: findings, then the coverage table.
pub fn to_text(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        out.push_str(&f.to_string());
        out.push('\n');
    }
    let errors = report.findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = report.findings.len() - errors;
    out.push_str(&format!("\nerrors: {errors}, warnings: {warnings}\n"));
    // No table when no language was checked (`check --config FILE`).
    if !report.coverage.is_empty() {
        out.push_str("\nlocale    translated  stale  missing  reviewed  status\n");
    }
    for c in &report.coverage {
        let reviewed = c.reviewed.map_or("-".to_string(), |p| format!("{p}%"));
        out.push_str(&format!(
            "{:<9} {:>4} / {:<4} {:>6} {:>8} {:>9}  {}\n",
            c.code, c.translated, c.total, c.stale, c.missing, reviewed, c.status
        ));
    }
    out
}

#[cfg(test)]
mod tests;

/// A warning for each page of the guide checked more than
/// `FRESH_FOR_DAYS` before `today`, at its `reviewed` line.
pub fn warn_stale_pages(
    report: &mut Report,
    content_files: &[(String, String)],
    today: time::Date,
) {
    let guides =
        content_files.iter().filter(|(path, _)| !path.ends_with(crate::content::CONTACTS_FILE));
    for (path, text) in guides {
        for (page, line, date) in crate::content::stale_pages(text, today) {
            let message = format!(
                "`{page}` was checked on {date}, more than {} days ago: check it against its sources again",
                crate::content::FRESH_FOR_DAYS
            );
            report.findings.push(Finding::new(Severity::Warning, path, line, 1, message));
        }
    }
    report.sort();
}
