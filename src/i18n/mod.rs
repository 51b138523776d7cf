//! Every word a person reads: Fluent messages from `locales/<lang>/*.ftl`.
//!
//! Languages are discovered from the folders under `locales/`; adding a
//! folder adds a language. English (`en`) is the reference and the fallback
//! for any message a locale lacks.
//!
//! We use `fluent-bundle` directly rather than `i18n-embed`: i18n-embed loads
//! exactly one file per language (`<lang>/<domain>.ftl`) and sends parse
//! errors to a logger, while translators here work file by file and must see
//! every error with its file and line. `ids` gives the compile-time check of
//! UI message ids that `fl!` would have given.

pub mod ids;
pub mod record;
mod scan;

use scan::entry_id;
pub use scan::message_ids;

use std::cell::{OnceCell, Ref, RefCell};
use std::fmt;
use std::path::Path;

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource};
use unic_langid::LanguageIdentifier;
use unicode_normalization::UnicodeNormalization;

/// The reference language: complete, and the fallback for all others.
pub const REFERENCE: &str = "en";

/// A language of a [`Catalog`]: one of its locales, or the pseudo-locale.
/// Only a catalog makes one (`langs`, `reference`, `find`, `pseudo`), so a
/// `Lang` is never a number that happens to be past the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang(Which);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Which {
    /// An index into `Catalog::locales`.
    Locale(usize),
    Pseudo,
}

/// Where the reference is in `Catalog::locales`: the catalog puts it first.
const REFERENCE_INDEX: usize = 0;

/// One `T` for each language of a catalog, the pseudo-locale's too, so
/// that looking one up cannot fail.
pub struct PerLang<T> {
    locales: Vec<T>,
    pseudo: T,
}

impl<T> PerLang<T> {
    pub fn new(catalog: &Catalog, mut make: impl FnMut() -> T) -> PerLang<T> {
        PerLang { locales: catalog.locales.iter().map(|_| make()).collect(), pseudo: make() }
    }

    /// A language from another catalog (one a reload has replaced) gets the
    /// reference's, as in [`Catalog::locale`].
    pub fn get(&self, lang: Lang) -> &T {
        match lang.0 {
            Which::Locale(i) => self.locales.get(i).unwrap_or(&self.locales[REFERENCE_INDEX]),
            Which::Pseudo => &self.pseudo,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Draft,
    Reviewed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Reviewed => "reviewed",
        }
    }

    /// The status a `locale-status` message names, if it names one.
    pub fn parse(text: &str) -> Option<Status> {
        [Status::Draft, Status::Reviewed].into_iter().find(|s| s.as_str() == text.trim())
    }
}

/// What is wrong with a locale's own name and status (`language-name` and
/// `locale-status`, in its locale.ftl): the app refuses such a locale, and
/// `check` says why.
pub fn identity_errors(has_name: bool, status: Option<&str>) -> Vec<&'static str> {
    let mut errors = Vec::new();
    if !has_name {
        errors.push("no `language-name` message (the language's own name)");
    }
    if status.and_then(Status::parse).is_none() {
        errors.push("`locale-status` must be `draft` or `reviewed`");
    }
    errors
}

pub struct Locale {
    /// The folder name, e.g. `km` or `zh-Hant`.
    pub code: String,
    /// The language's own name, e.g. `ខ្មែរ`.
    pub name: String,
    pub status: Status,
    /// Its files, `(path under locales/, text)`, in path order.
    files: Vec<(String, Text)>,
    /// The files parsed so far, in one bundle. A translator's files are
    /// parsed at once, with their errors; a built-in file the first time
    /// one of its messages is needed: a visitor reading Khmer never waits
    /// for Chinese, nor a home screen for the guide's messages.
    bundle: RefCell<FluentBundle<FluentResource>>,
    /// Whether each of `files` is in `bundle` yet.
    parsed: RefCell<Vec<bool>>,
    /// Built-in files: each one's message ids as numbers, sorted (build.rs:
    /// `embedded::LOCALE_IDS`), to find which file to parse. None: every
    /// file is parsed at once.
    ids: Option<Vec<&'static [u16]>>,
    /// Its record file (`record::RECORD_FILE`): where it is shown, and its
    /// text, read on first use (a reader page, a status), never at start.
    record: Option<(String, Text)>,
    records: OnceCell<(record::Records, Vec<LocaleError>)>,
    /// Reviewed and changed, counted when the binary was built, for a
    /// built-in record file against the built-in English (build.rs).
    built_in_progress: Option<(usize, usize)>,
}

impl Locale {
    /// The bundle, with the file that holds `id` parsed (all of them when
    /// which one is not known).
    fn bundle_for(&self, id: &str) -> Ref<'_, FluentBundle<FluentResource>> {
        let holder = match &self.ids {
            Some(ids) => crate::embedded::id_number(id)
                .and_then(|id| ids.iter().position(|ids| ids.binary_search(&id).is_ok())),
            None => None,
        };
        match holder {
            Some(file) => self.parse(file..file + 1),
            None if self.ids.is_none() => self.parse(0..self.files.len()),
            // No file of the language has it: English will.
            None => {}
        }
        self.bundle.borrow()
    }

    /// Adds `files` to the bundle if they are not in it yet. Built-in files
    /// only: a translator's are parsed at once, with their errors.
    fn parse(&self, files: std::ops::Range<usize>) {
        let mut parsed = self.parsed.borrow_mut();
        for file in files {
            if parsed[file] {
                continue;
            }
            parsed[file] = true;
            let resource = FluentResource::try_new(self.files[file].1.to_owned_text())
                .unwrap_or_else(|(resource, _)| resource);
            // Built-in files are checked whole by a test
            // (`every_built_in_file_parses_without_errors_when_parsed_at_once`).
            let _ = self.bundle.borrow_mut().add_resource(resource);
        }
    }

    fn all_parsed(&self) -> bool {
        self.parsed.borrow().iter().all(|&p| p)
    }
}

/// A file's text: read, or built into the binary (`&*text` inflates a
/// deflated one the first time, and keeps it: see `embedded::File`).
#[derive(Clone)]
pub struct Text(Source);

#[derive(Clone)]
enum Source {
    Read(String),
    BuiltIn(&'static crate::embedded::File),
}

impl Text {
    fn built_in(file: &'static crate::embedded::File) -> Text {
        Text(Source::BuiltIn(file))
    }

    /// The text in a `String` of its own, for what keeps it (Fluent): a
    /// built-in file not read yet is inflated into it, not kept twice.
    pub fn to_owned_text(&self) -> String {
        match &self.0 {
            Source::Read(text) => text.clone(),
            Source::BuiltIn(file) => file.to_owned_text(),
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            Source::Read(text) => text,
            Source::BuiltIn(file) => file.text(),
        }
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text(Source::Read(text))
    }
}

/// Whether a catalog parses every file at once, reporting every error
/// (`check`, translators' previews), or each built-in file on first use
/// (which `presente check` and the tests have already checked).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Parse {
    Everything,
    OnFirstUse,
}

/// A problem in a locale file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // About a whole file or folder: no `file:0:0:`.
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
        }
    }
}

/// The record files built into the binary (`record::RECORD_FILE`), as
/// `(path under locales/, text)`.
pub fn embedded_records() -> Vec<(String, String)> {
    let files = crate::embedded::RECORD_FILES.iter();
    files.map(|file| (file.name.to_string(), file.to_owned_text())).collect()
}

/// The `.ftl` files built into the binary, as `(path under locales/, text)`.
pub fn embedded_files() -> Vec<(String, String)> {
    // Built-in files are UTF-8 (checked when built), NFC and LF (a test
    // checks): no normalising at start-up.
    let files = crate::embedded::LOCALE_FILES.iter();
    files.map(|file| (file.name.to_string(), file.to_owned_text())).collect()
}

/// The `.ftl` files of a translator's folder, as `(path under DIR, text)`
/// (see [`folder_files`]; entries that cannot be read are left out).
pub fn files_in(dir: &Path) -> std::io::Result<Vec<(String, String)>> {
    Ok(folder_files(dir)?.files.into_iter().map(|f| (f.path, f.text)).collect())
}

/// A locale file: its path under a locales folder (`km/ui.ftl`), the path
/// to show the translator, and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocaleFile {
    pub path: String,
    pub shown: String,
    pub text: String,
}

/// What a translator's folder holds: its `.ftl` files, and the entries
/// that could not be read (a FIFO, a folder named `x.ftl`, a link to a
/// device, a dangling link, a link loop), each named with why: they are
/// left out, and the rest is read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleFolder {
    pub files: Vec<LocaleFile>,
    /// Its record files (`km/translated-from.txt`): not Fluent, kept apart.
    pub records: Vec<LocaleFile>,
    pub unreadable: Vec<LocaleError>,
}

impl LocaleFolder {
    fn cannot_read(&mut self, path: &Path, error: impl fmt::Display) {
        let shown = path.display().to_string();
        self.unreadable.push(LocaleError {
            file: crate::text::echo(&shown).into_owned(),
            line: 0,
            column: 0,
            message: format!("cannot read ({error}): left out"),
        });
    }
}

/// Whether `dir` is one language's folder (it holds `.ftl` files itself)
/// rather than a folder of language folders.
pub fn is_one_language(dir: &Path) -> std::io::Result<bool> {
    for entry in std::fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "ftl")
            && std::fs::metadata(&path).is_ok_and(|m| m.is_file())
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The `.ftl` files of a translator's folder: a folder of locale folders
/// (`DIR/vi/ui.ftl`), or one language's folder itself (`DIR` is `…/vi`),
/// which is that language. Each is shown by the path the translator gave.
/// Only `dir` itself not being readable is an error: one bad entry in it
/// once stopped the app and `check` at once.
pub fn folder_files(dir: &Path) -> std::io::Result<LocaleFolder> {
    let mut folder = LocaleFolder::default();
    if is_one_language(dir)? {
        // Its own name is the language (`…/vi`): `.` or `/` have none.
        let code = std::fs::canonicalize(dir)?
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        read_ftl_files(dir, &code, &mut folder);
    } else {
        for entry in std::fs::read_dir(dir)? {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    folder.cannot_read(dir, e);
                    continue;
                }
            };
            let path = entry.path();
            // A symlinked locale folder counts as a folder (for the app and check alike).
            match std::fs::metadata(&path) {
                Ok(metadata) if metadata.is_dir() => {
                    let code = entry.file_name().to_string_lossy().into_owned();
                    read_ftl_files(&path, &code, &mut folder);
                }
                Ok(_) => {}
                Err(e) => folder.cannot_read(&path, e),
            }
        }
    }
    folder.files.sort_by(|a, b| a.path.cmp(&b.path));
    folder.records.sort_by(|a, b| a.path.cmp(&b.path));
    folder.unreadable.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(folder)
}

/// The `.ftl` files in one language's folder, as that language's.
fn read_ftl_files(dir: &Path, code: &str, folder: &mut LocaleFolder) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return folder.cannot_read(dir, e),
    };
    for entry in entries {
        let path = match entry {
            Ok(entry) => entry.path(),
            Err(e) => {
                folder.cannot_read(dir, e);
                continue;
            }
        };
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let is_record = name == record::RECORD_FILE;
        if path.extension().is_some_and(|e| e == "ftl") || is_record {
            match crate::files::read_capped(&path, crate::files::MAX_LOCALE_FILE) {
                Ok(bytes) => {
                    let file = LocaleFile {
                        path: format!("{code}/{name}"),
                        shown: path.display().to_string(),
                        text: normalized(&String::from_utf8_lossy(&bytes)),
                    };
                    if is_record { folder.records.push(file) } else { folder.files.push(file) }
                }
                Err(e) => folder.cannot_read(&path, e),
            }
        }
    }
}

/// The file that names a language and says its status.
pub const LOCALE_FILE: &str = "locale.ftl";

/// Said of a language folder without its locale.ftl.
pub const MISSING_LOCALE_FILE: &str = "missing: every language folder needs a locale.ftl, \
     with `language-name` and `locale-status` (copy the English one)";

/// What of a translator's file the app can use: the file without the
/// entries that do not parse (each is blanked, so lines keep their
/// numbers), how many messages that is, and the errors. None when the file
/// cannot be read at all. A broken entry falls back on its own: to its
/// version in `builtin` (the built-in file it replaces) when there is one,
/// which is put at the end, else to English.
pub fn usable_part(
    file: &str,
    text: &str,
    builtin: Option<&str>,
) -> (Option<String>, usize, Vec<LocaleError>) {
    let (usable, mut errors) = before_parsing(file, text);
    let Some(usable) = usable else {
        return (None, entry_lines(text).len(), errors);
    };
    let resource = match fluent_syntax::parser::parse(usable) {
        Ok(_) => return (Some(usable.to_string()), 0, errors),
        Err((resource, parse_errors)) => {
            let lines = LineIndex::new(usable);
            errors.extend(parse_errors.iter().map(|e| syntax_error(file, &lines, e)));
            resource
        }
    };
    let mut kept = String::with_capacity(usable.len());
    let mut copied = 0;
    let mut broken = Vec::new();
    for entry in &resource.body {
        if let fluent_syntax::ast::Entry::Junk { content } = entry {
            // The junk is a slice of the text: where it starts.
            let start = (content.as_ptr() as usize).wrapping_sub(usable.as_ptr() as usize);
            // Always in order and inside the text; were it not, keep the rest whole.
            let Some(before) =
                usable.get(copied..start).filter(|_| start + content.len() <= usable.len())
            else {
                break;
            };
            kept.push_str(before);
            kept.extend(content.chars().filter(|&c| c == '\n'));
            copied = start + content.len();
            broken.extend(content.lines().filter_map(|l| entry_id(l).map(|id| (id, l))));
        }
    }
    kept.push_str(&usable[copied..]);
    if let Some(builtin) = builtin {
        let own = entry_lines(&kept).into_keys().map(str::to_string).collect::<Vec<_>>();
        for (id, line) in &broken {
            let term = line.starts_with('-');
            if own.iter().any(|o| o == id) {
                continue;
            }
            if let Some(entry) = entry_text(builtin, id, term) {
                kept.push('\n');
                kept.push_str(entry);
            }
        }
    }
    let broken = broken.len();
    (Some(kept), broken, errors)
}

/// `base` with each file of `overlay` put over the file of the same path
/// (`path` gives a file's path under the locales folder).
pub fn layer<F>(base: Vec<F>, overlay: Vec<F>, path: impl Fn(&F) -> &str) -> Vec<F> {
    let mut files: Vec<F> =
        base.into_iter().filter(|b| !overlay.iter().any(|o| path(o) == path(b))).collect();
    files.extend(overlay);
    files
}

/// Where the byte offsets of one text are, as 1-based lines and columns.
/// Made once per file: finding the line of each of many errors by reading
/// the text again from its start would take time squared in its size (a
/// hostile file of 100 KB of errors took half a minute).
pub struct LineIndex<'a> {
    text: &'a str,
    /// The byte offset where each line starts.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        // Bytes, not a string search: a tenth of the instructions on a big
        // operator file.
        let ends = text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1);
        LineIndex { text, starts: std::iter::once(0).chain(ends).collect() }
    }

    /// 1-based line and column of a byte offset.
    pub fn line_and_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let column = self.text.get(start..offset).map_or(0, |s| s.chars().count()) + 1;
        (line, column)
    }

    pub fn line(&self, offset: usize) -> usize {
        self.line_and_column(offset).0
    }

    /// Where a Fluent syntax error is. The parser points past a line it
    /// could not finish; we point at that line's end.
    pub fn syntax_error_position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let at_line_start = offset > 0 && self.text.as_bytes()[offset - 1] == b'\n';
        self.line_and_column(if at_line_start { offset - 1 } else { offset })
    }
}

pub struct Catalog {
    /// Never empty: the reference is first.
    locales: Vec<Locale>,
    /// The pseudo-locale (`--lang qps`): English, accented, 40% longer and
    /// in brackets, so text that is hard-coded, cut off or not translatable
    /// shows at once. Not in `locales()`: visitors never see it.
    pseudo: Locale,
    /// Each English message's fingerprint (`record::fingerprint`), made
    /// the first time a translation's standing is asked (not at start).
    english: OnceCell<record::Fingerprints>,
}

/// The code among `codes` that best serves a language tag someone typed:
/// the code itself (in any case), else by the usual fallback of language
/// tags: `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant-*` → `zh-Hant`; `zh`,
/// `zh-CN`, `zh-SG` → `zh-Hans`; `es-MX` → `es`. None when no code has the
/// tag's language.
pub fn best_match<'a>(tag: &str, codes: &[&'a str]) -> Option<&'a str> {
    if let Some(code) = codes.iter().find(|c| c.eq_ignore_ascii_case(tag)) {
        return Some(code);
    }
    let wanted: LanguageIdentifier = tag.replace('_', "-").parse().ok()?;
    let language = wanted.language.as_str();
    // Chinese: the script, else the script a region writes.
    let script = wanted.script.map(|s| s.as_str().to_string()).or_else(|| {
        let traditional = ["TW", "HK", "MO"];
        (language == "zh").then(|| match wanted.region.map(|r| r.as_str().to_string()) {
            Some(r) if traditional.contains(&r.as_str()) => "Hant".to_string(),
            _ => "Hans".to_string(),
        })
    });
    let candidates: Vec<(&'a str, LanguageIdentifier)> = codes
        .iter()
        .filter_map(|c| c.parse::<LanguageIdentifier>().ok().map(|id| (*c, id)))
        .filter(|(_, id)| id.language.as_str() == language)
        .collect();
    let same_script = candidates
        .iter()
        .find(|(_, id)| id.script.map(|s| s.as_str().to_string()) == script)
        .or_else(|| candidates.iter().find(|(_, id)| id.script.is_none()));
    same_script.or(candidates.first()).map(|(code, _)| *code)
}

/// The code of the generated pseudo-locale.
pub const PSEUDO: &str = "qps";

/// English made strange but readable: `Back` becomes `[ßáçķ ~~]`.
pub fn pseudo_text(english: &str) -> String {
    let accented: String = english
        .chars()
        .map(|c| {
            let from = "aceinorsuyACEINORSUY";
            let to = "áçéîñôŕšûýÁÇÉÎÑÔŔŠÛÝ";
            from.chars().position(|f| f == c).and_then(|i| to.chars().nth(i)).unwrap_or(c)
        })
        .collect();
    // 40% longer, in short groups so lines can still break.
    let padding: String = (0..(english.chars().count() * 2).div_ceil(5))
        .map(|i| if i % 5 == 4 { ' ' } else { '~' })
        .collect();
    format!("[{accented} {}]", padding.trim_end())
}

impl Catalog {
    /// The locales built into the binary, each parsed on first use.
    pub fn embedded() -> Result<Catalog, Vec<LocaleError>> {
        let files = crate::embedded::LOCALE_FILES.iter();
        let files = files.map(|file| (file.name.to_string(), Text::built_in(file)));
        let mut catalog = Catalog::from_files_parsing(files, Parse::OnFirstUse)?;
        for locale in &mut catalog.locales {
            let ids = locale.files.iter().map(|(path, _)| {
                let files = &crate::embedded::LOCALE_FILES;
                let found = files.binary_search_by(|file| file.name.cmp(path));
                found.map_or(&[][..], |at| crate::embedded::LOCALE_IDS[at])
            });
            locale.ids = Some(ids.collect());
        }
        catalog.english = OnceCell::from(record::Fingerprints::built_in());
        let records = crate::embedded::RECORD_FILES.iter();
        let records = records.map(|file| (file.name.to_string(), Text::built_in(file)));
        let mut catalog = catalog.with_records(records.collect());
        for (code, reviewed, changed) in crate::embedded::RECORD_PROGRESS {
            if let Some(locale) = catalog.locales.iter_mut().find(|l| l.code == *code) {
                locale.built_in_progress = Some((*reviewed, *changed));
            }
        }
        Ok(catalog)
    }

    /// The catalog with each locale's record file, `(path under locales/,
    /// text)` (`km/translated-from.txt`); read on first use.
    pub fn with_records(mut self, files: Vec<(String, impl Into<Text>)>) -> Catalog {
        for (path, text) in files {
            let text = text.into();
            let Some((code, _)) = path.split_once('/') else { continue };
            if let Some(locale) = self.locales.iter_mut().find(|l| l.code == code) {
                locale.record = Some((format!("locales/{path}"), text));
                locale.records = OnceCell::new();
                locale.built_in_progress = None;
            }
        }
        self
    }

    /// Names the record file of `code` as the translator gave it.
    pub fn show_record_as(&mut self, code: &str, shown: &str) {
        if let Some(locale) = self.locales.iter_mut().find(|l| l.code == code)
            && let Some((file, _)) = locale.record.as_mut()
        {
            *file = shown.to_string();
            locale.records = OnceCell::new();
        }
    }

    fn read_records(&self, lang: Lang) -> &(record::Records, Vec<LocaleError>) {
        let locale = self.locale(lang);
        locale.records.get_or_init(|| match &locale.record {
            Some((file, text)) => record::parse(file, text),
            None => (record::Records::default(), Vec::new()),
        })
    }

    /// A language's record file, read (lines that cannot be read left out).
    pub fn records(&self, lang: Lang) -> &record::Records {
        &self.read_records(lang).0
    }

    /// What could not be read in a language's record file.
    pub fn record_errors(&self, lang: Lang) -> &[LocaleError] {
        &self.read_records(lang).1
    }

    /// Where a language's record file is (as given), if it has one.
    pub fn record_file(&self, lang: Lang) -> Option<&str> {
        self.locale(lang).record.as_ref().map(|(file, _)| file.as_str())
    }

    /// Each English message's fingerprint.
    pub fn english_fingerprints(&self) -> &record::Fingerprints {
        self.english.get_or_init(|| record::Fingerprints::new(self.files(self.reference())))
    }

    /// Whether `lang`'s own translation of `id` was made from an English
    /// that has changed since: the reader is then shown today's English.
    pub fn is_stale(&self, lang: Lang, id: &str) -> bool {
        if lang == self.reference() || self.get(lang).is_none() || !self.has_own(lang, id) {
            return false;
        }
        let Some(english) = self.english_fingerprints().get(id) else { return false };
        self.records(lang).standing(id, english) == record::Standing::Stale
    }

    /// How much of `lang` is reviewed and how much changed in English
    /// since translated; None for English itself and the pseudo-locale.
    pub fn progress(&self, lang: Lang) -> Option<record::Progress> {
        if lang == self.reference() || self.get(lang).is_none() {
            return None;
        }
        let english = self.english_fingerprints();
        // Counted when built, read whole already (a reader page), or
        // straight from the file.
        let locale = self.locale(lang);
        if let Some((reviewed, changed)) = locale.built_in_progress {
            return Some(record::Progress { reviewed, changed, total: english.translatable() });
        }
        Some(match (locale.records.get(), &locale.record) {
            (Some((records, _)), _) => {
                record::progress(records, |id| english.get(id), english.translatable())
            }
            (None, Some((_, text))) => record::progress_of_text(text, english),
            (None, None) => {
                record::progress(&record::Records::default(), |_| None, english.translatable())
            }
        })
    }

    /// Builds the catalog from `(path relative to locales/, contents)` pairs,
    /// parsing every file now and reporting every error.
    pub fn from_files(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Catalog, Vec<LocaleError>> {
        let files = files.into_iter().map(|(path, text)| (path, Text::from(text)));
        Catalog::from_files_parsing(files, Parse::Everything)
    }

    fn from_files_parsing(
        files: impl IntoIterator<Item = (String, Text)>,
        parse: Parse,
    ) -> Result<Catalog, Vec<LocaleError>> {
        let mut by_code: Vec<(String, Vec<(String, Text)>)> = Vec::new();
        for (path, text) in files {
            let Some((code, _)) = path.split_once('/') else {
                continue;
            };
            match by_code.iter_mut().find(|(c, _)| c == code) {
                Some((_, list)) => list.push((path.clone(), text)),
                None => by_code.push((code.to_string(), vec![(path.clone(), text)])),
            }
        }
        // The reference first, then the others in a stable order.
        by_code.sort_by(|(a, _), (b, _)| (a != REFERENCE, a).cmp(&(b != REFERENCE, b)));

        let mut errors = Vec::new();
        let mut locales = Vec::new();
        for (code, mut files) in by_code {
            // By path, then text (never read for a path met once: a built-in
            // file is not inflated to be sorted).
            files.sort_by(|(a, a_text), (b, b_text)| a.cmp(b).then_with(|| a_text.cmp(b_text)));
            // Someone's English is parsed now, with its errors; the built-in
            // English, like every built-in language, on first use (a Khmer
            // screen may never fall back to it).
            match load_locale(&code, files, parse) {
                Ok(locale) => locales.push(locale),
                Err(mut e) => errors.append(&mut e),
            }
        }
        if !locales.iter().any(|l| l.code == REFERENCE) {
            errors.push(LocaleError {
                file: format!("locales/{REFERENCE}/"),
                line: 0,
                column: 0,
                message: "the reference language folder is missing".into(),
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut pseudo_bundle =
            FluentBundle::new(vec![PSEUDO.parse().expect("qps is a language code")]);
        pseudo_bundle.set_use_isolating(false);
        let pseudo = Locale {
            code: PSEUDO.into(),
            name: pseudo_text("Pseudo"),
            status: Status::Draft,
            files: Vec::new(),
            bundle: RefCell::new(pseudo_bundle),
            parsed: RefCell::new(Vec::new()),
            ids: None,
            record: None,
            records: OnceCell::new(),
            built_in_progress: None,
        };
        Ok(Catalog { locales, pseudo, english: OnceCell::new() })
    }

    /// The locales visitors choose from, the reference first: not the
    /// pseudo-locale.
    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    /// The languages of `locales()`, in the same order.
    pub fn langs(&self) -> impl Iterator<Item = Lang> + use<> {
        (0..self.locales.len()).map(|i| Lang(Which::Locale(i)))
    }

    /// One of `locales()`; None for the pseudo-locale (and a language
    /// from another catalog).
    pub fn get(&self, lang: Lang) -> Option<&Locale> {
        match lang.0 {
            Which::Locale(i) => self.locales.get(i),
            Which::Pseudo => None,
        }
    }

    /// The pseudo-locale's code, name and status too. A language from
    /// another catalog (one a reload has replaced) reads as the reference.
    pub fn locale(&self, lang: Lang) -> &Locale {
        match lang.0 {
            Which::Pseudo => &self.pseudo,
            Which::Locale(_) => self.get(lang).unwrap_or(&self.locales[REFERENCE_INDEX]),
        }
    }

    pub fn reference(&self) -> Lang {
        Lang(Which::Locale(REFERENCE_INDEX))
    }

    pub fn pseudo(&self) -> Lang {
        Lang(Which::Pseudo)
    }

    /// A language by a tag someone typed (`zh-TW`, `es-MX`): see [`best_match`].
    pub fn find_best(&self, tag: &str) -> Option<Lang> {
        self.find(tag).or_else(|| best_match(tag, &self.codes()).and_then(|c| self.find(c)))
    }

    /// A language by its code; `qps` is the pseudo-locale.
    pub fn find(&self, code: &str) -> Option<Lang> {
        if code == PSEUDO {
            return Some(self.pseudo());
        }
        self.locales.iter().position(|l| l.code == code).map(|i| Lang(Which::Locale(i)))
    }

    /// A language's files as read, `(path under locales/, text)`, in path
    /// order: the pseudo-locale has none.
    pub fn files(&self, lang: Lang) -> &[(String, Text)] {
        &self.locale(lang).files
    }

    pub fn codes(&self) -> Vec<&str> {
        self.locales.iter().map(|l| l.code.as_str()).collect()
    }

    /// True when the language itself (not its fallback) has the message.
    pub fn has_own(&self, lang: Lang, id: &str) -> bool {
        self.locale(self.unpseudo(lang))
            .bundle_for(id)
            .get_message(id)
            .is_some_and(|m| m.value().is_some())
    }

    /// The message `id` in `lang`, or in English when `lang` lacks it.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None)
    }

    pub fn text_with(&self, lang: Lang, id: &str, args: &FluentArgs) -> String {
        self.format(lang, id, Some(args))
    }

    /// "Label: value" with the language's own colon (Chinese "：", Khmer "៖").
    pub fn field(&self, lang: Lang, label_id: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("label", self.text(lang, label_id));
        args.set("value", value);
        self.format(self.unpseudo(lang), ids::PUNCTUATION_LABEL, Some(&args))
    }

    /// A short list joined with the language's own separator (Chinese "、").
    pub fn join(&self, lang: Lang, items: &[String]) -> String {
        items.join(&self.text(self.unpseudo(lang), ids::PUNCTUATION_LIST))
    }

    /// Punctuation is not text to pseudo-translate: the pseudo-locale uses English's.
    fn unpseudo(&self, lang: Lang) -> Lang {
        if lang == self.pseudo() { self.reference() } else { lang }
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        if lang == self.pseudo() {
            return pseudo_text(&self.format(self.reference(), id, args));
        }
        for candidate in [lang, self.reference()] {
            let locale = self.locale(candidate);
            let bundle = locale.bundle_for(id);
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let mut shown = Capped::default();
                // An error is the cap reached: formatting stops there.
                let _ = bundle.write_pattern(&mut shown, pattern, args, &mut errors);
                if errors.is_empty() || locale.all_parsed() {
                    return shown.0;
                }
                // It names a message of a file not parsed yet (no built-in
                // message does): parse them all, and format it again.
                drop(bundle);
                locale.parse(0..locale.files.len());
                return self.format(lang, id, args);
            }
        }
        // Only reachable with an id missing from English, which tests forbid;
        // showing the id beats showing nothing.
        id.to_string()
    }
}

/// The most of one message the app formats, in bytes: the longest built-in
/// message is under 800. A translation that used a 100 KB message 99 times
/// formatted 10 MB a frame (`check` refuses it: see `check_sizes`).
pub const MAX_MESSAGE: usize = 4096;

/// Formatted text, cut with "…" at [`MAX_MESSAGE`]: the writer fails
/// there, and Fluent stops formatting.
#[derive(Default)]
struct Capped(String, bool);

impl fmt::Write for Capped {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        if self.1 {
            return Err(fmt::Error);
        }
        let room = MAX_MESSAGE.saturating_sub(self.0.len());
        if text.len() <= room {
            self.0.push_str(text);
            return Ok(());
        }
        let mut cut = room;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        self.0.push_str(&text[..cut]);
        self.0.push('…');
        self.1 = true;
        Err(fmt::Error)
    }
}

/// A translator's file with LF line ends and in NFC, so the same word is
/// the same bytes whatever editor typed it.
pub fn normalized(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    match unicode_normalization::is_nfc_quick(text.chars()) {
        unicode_normalization::IsNormalized::Yes => text,
        _ => text.nfc().collect(),
    }
}

/// A locale file's name without its folders: `km/ui.ftl` → `ui.ftl`.
pub fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or_default()
}

/// The file only English has (the red card's officer side): not translated,
/// so not copied to start a language.
pub const ENGLISH_ONLY_FILE: &str = "card-officer.ftl";

/// Whether a locale folder's name can be a locale's code (km, zh-Hant).
/// The app leaves any other folder out, and `check` says so.
pub fn is_language_tag(folder: &str) -> bool {
    folder.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

pub const NOT_A_LANGUAGE_TAG: &str =
    "not a language tag like km or zh-Hant: this folder is left out";

/// How deep placeables (and calls inside them) may nest. The Fluent parser
/// goes one call deeper for each level: a file nested 30,000 deep would
/// overflow the stack. Real messages nest two or three deep.
pub const MAX_NESTING: usize = 32;

/// The line where `text` first nests deeper than [`MAX_NESTING`], found
/// without parsing it (in one pass: any size of file is quick). It follows
/// what the parser will see: inside a placeable, `"` starts a string and
/// `(` a call's arguments; after `->`, the variants are text again (where a
/// `"` is only a character), until the `}` that ends the select. A line
/// starting `id =` starts a message: the parser is back at the top there
/// (inside a placeable that line is an error it recovers from), so an
/// unclosed `{` in one message does not count against the next.
pub fn too_deep(text: &str) -> Option<usize> {
    /// What an open `{` holds: an expression, or a select's variants.
    #[derive(Clone, Copy, PartialEq)]
    enum Open {
        Expression,
        Variants,
    }
    let mut open: Vec<Open> = Vec::new();
    let mut calls = 0usize;
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        if entry_id(line).is_some() {
            (open, calls) = (Vec::new(), 0);
        }
        // String literals end with their line.
        let (mut in_string, mut escaped, mut previous) = (false, false, ' ');
        for c in line.chars() {
            let inside = open.last().copied();
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match (inside, c) {
                (_, '{') => open.push(Open::Expression),
                (Some(_), '}') => {
                    open.pop();
                }
                (Some(Open::Expression), '"') => in_string = true,
                (Some(Open::Expression), '(') => calls += 1,
                (Some(Open::Expression), ')') => calls = calls.saturating_sub(1),
                (Some(Open::Expression), '>') if previous == '-' => {
                    *open.last_mut().expect("inside a placeable") = Open::Variants;
                }
                _ => {}
            }
            previous = c;
            if open.len() + calls > MAX_NESTING {
                return Some(n + 1);
            }
        }
    }
    None
}

/// What is said about a file before it is parsed: a byte-order mark, and
/// nesting too deep to parse safely. The text to parse (without a BOM), or
/// None when it must not be parsed at all.
pub fn before_parsing<'a>(file: &str, text: &'a str) -> (Option<&'a str>, Vec<LocaleError>) {
    let mut errors = Vec::new();
    let error = |line, message: String| LocaleError { file: file.into(), line, column: 1, message };
    let text = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => {
            let message = "the file starts with a byte-order mark (BOM, U+FEFF): \
                           save it as UTF-8 without a BOM";
            errors.push(error(1, message.into()));
            rest
        }
        None => text,
    };
    if let Some(line) = too_deep(text) {
        let message = format!(
            "placeables are nested more than {MAX_NESTING} deep here: the file is not read"
        );
        errors.push(error(line, message));
        return (None, errors);
    }
    (Some(text), errors)
}

/// Parses one `.ftl` file, with its syntax errors. Files from a folder come
/// through [`normalized`] first (`files_in`).
pub fn parse_file(file: &str, text: &str) -> (FluentResource, Vec<LocaleError>) {
    let (text, mut errors) = before_parsing(file, text);
    let Some(text) = text else {
        let empty = FluentResource::try_new(String::new()).expect("an empty file parses");
        return (empty, errors);
    };
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(resource) => resource,
        Err((resource, parse_errors)) => {
            let lines = LineIndex::new(text);
            errors.extend(parse_errors.iter().map(|e| syntax_error(file, &lines, e)));
            resource
        }
    };
    (resource, errors)
}

/// A Fluent syntax error in plain words, at the character that is wrong:
/// the parser reports where it gave up (after a stray `{`, at the next
/// line), which is rarely where the mistake is.
pub fn syntax_error(
    file: &str,
    lines: &LineIndex,
    e: &fluent_syntax::parser::ParserError,
) -> LocaleError {
    use fluent_syntax::parser::ErrorKind;
    let text = lines.text;
    let entry = e.slice.clone().unwrap_or(e.pos.clone());
    let start = entry.start.min(text.len());
    let before = text.get(start..e.pos.start.min(text.len())).unwrap_or_default();
    // The `{` still open where the parser stopped, and the last `"`.
    let open_brace = || {
        let mut open = Vec::new();
        for (i, c) in before.char_indices() {
            match c {
                '{' => open.push(start + i),
                '}' => {
                    open.pop();
                }
                _ => {}
            }
        }
        open.pop()
    };
    let last_quote = || before.rfind('"').map(|i| start + i);
    let (at, words) = match &e.kind {
        ErrorKind::ExpectedInlineExpression => (
            open_brace(),
            "a `{` starts a placeable such as `{ $date }`, but no `$variable` or message \
             name follows it: remove the `{`, or write what it holds and close it with `}`"
                .to_string(),
        ),
        ErrorKind::ExpectedToken('}') => (
            open_brace(),
            "this `{` is not closed: a placeable holds one thing, like `{ $date }`, \
             and ends with `}`"
                .into(),
        ),
        ErrorKind::UnbalancedClosingBrace => (
            Some(e.pos.start),
            "a `}` without a `{` before it: remove it (to show the character itself, \
             write `{\"}\"}`)"
                .into(),
        ),
        ErrorKind::ExpectedToken('=') => (
            Some(e.pos.start),
            "`=` is missing here: a message is its id, `=`, then its text \
             (`home-title = …`); a line that goes on from the line above starts with spaces"
                .into(),
        ),
        ErrorKind::ExpectedMessageField { entry_id }
        | ErrorKind::ExpectedTermField { entry_id } => (
            Some(start),
            format!("`{entry_id}` has no text after `=`: write its text on the same line"),
        ),
        ErrorKind::MissingDefaultVariant => (
            open_brace().or(Some(e.pos.start)),
            "this choice has no default variant: mark one with `*`, as in `*[other]`".into(),
        ),
        ErrorKind::MultipleDefaultVariants => (
            Some(e.pos.start),
            "this choice has two defaults (`*[…]`): keep the `*` on one only".into(),
        ),
        ErrorKind::UnterminatedStringLiteral => (
            last_quote(),
            "this `\"` is not closed: end the quoted text with `\"` on the same line".into(),
        ),
        other => (None, other.to_string()),
    };
    let (line, column) = match at {
        Some(at) => lines.line_and_column(at),
        None => lines.syntax_error_position(e.pos.start),
    };
    LocaleError { file: file.into(), line, column, message: format!("syntax error: {words}") }
}

/// The line of each message and term in `text`, by id (without a term's
/// `-`; the first, if defined twice): one pass, for files with many entries.
pub fn entry_lines(text: &str) -> std::collections::HashMap<&str, usize> {
    let mut lines = std::collections::HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(id) = entry_id(line) {
            lines.entry(id).or_insert(i + 1);
        }
    }
    lines
}

/// The text of one entry of a well-formed file: its first line and the
/// indented lines after it.
fn entry_text<'a>(text: &'a str, id: &str, term: bool) -> Option<&'a str> {
    let mut start = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        match start {
            None if entry_id(line) == Some(id) && line.starts_with('-') == term => {
                start = Some(offset);
            }
            Some(from) if !line.starts_with(' ') => return text.get(from..offset),
            _ => {}
        }
        offset += line.len();
    }
    start.and_then(|from| text.get(from..))
}

/// A bundle of `files` for `langid`, and the problems found on the way.
/// `built_in`: the files built into the binary, parsed at once by a test
/// (`every_built_in_file_parses_without_errors_when_parsed_at_once`), so the
/// checks made before parsing someone's file are not made again at start.
fn build_bundle(
    langid: &LanguageIdentifier,
    files: &[&(String, Text)],
    built_in: bool,
) -> (FluentBundle<FluentResource>, Vec<LocaleError>) {
    let mut errors = Vec::new();
    let mut bundle = FluentBundle::new(vec![langid.clone()]);
    // Isolation marks (U+2068/U+2069) show as boxes in terminals.
    bundle.set_use_isolating(false);
    for (path, text) in files {
        let file = format!("locales/{path}");
        let resource = if built_in {
            let text = text.to_owned_text();
            FluentResource::try_new(text).unwrap_or_else(|(resource, _)| resource)
        } else {
            let (resource, mut parse_errors) = parse_file(&file, text);
            errors.append(&mut parse_errors);
            resource
        };
        if let Err(add_errors) = bundle.add_resource(resource) {
            let lines = entry_lines(text);
            for e in add_errors {
                let line = match &e {
                    FluentError::Overriding { id, .. } => {
                        lines.get(id.as_str()).copied().unwrap_or(0)
                    }
                    _ => 0,
                };
                errors.push(LocaleError {
                    file: file.clone(),
                    line,
                    column: 1,
                    message: e.to_string(),
                });
            }
        }
    }
    (bundle, errors)
}

fn load_locale(
    code: &str,
    files: Vec<(String, Text)>,
    parse: Parse,
) -> Result<Locale, Vec<LocaleError>> {
    let langid: LanguageIdentifier = match code.parse() {
        Ok(id) => id,
        Err(_) => {
            return Err(vec![LocaleError {
                file: format!("locales/{code}/"),
                line: 0,
                column: 0,
                message: format!("'{code}' is not a language code (e.g. km, hmn, zh-Hant)"),
            }]);
        }
    };
    // Its name and status come from locale.ftl alone when the rest waits.
    let is_own_file = |path: &str| path.ends_with(&format!("/{LOCALE_FILE}"));
    let parsed: Vec<bool> = match parse {
        Parse::Everything => vec![true; files.len()],
        Parse::OnFirstUse => files.iter().map(|(path, _)| is_own_file(path)).collect(),
    };
    let to_parse: Vec<&(String, Text)> =
        files.iter().zip(&parsed).filter(|(_, parsed)| **parsed).map(|(f, _)| f).collect();
    let (bundle, mut errors) = build_bundle(&langid, &to_parse, parse == Parse::OnFirstUse);
    let plain = |id: &str| {
        bundle.get_message(id).and_then(|m| m.value()).map(|p| {
            let mut errs = Vec::new();
            bundle.format_pattern(p, None, &mut errs).trim().to_string()
        })
    };
    let name = plain(ids::LANGUAGE_NAME);
    let status = plain(ids::LOCALE_STATUS);
    let has_name = name.as_deref().is_some_and(|n| !n.is_empty());
    let mut identity = identity_errors(has_name, status.as_deref());
    // Without its locale.ftl, that is what to say, once.
    if !identity.is_empty() && !files.iter().any(|(path, _)| is_own_file(path)) {
        identity = vec![MISSING_LOCALE_FILE];
    }
    errors.extend(identity.into_iter().map(|message| LocaleError {
        file: format!("locales/{code}/{LOCALE_FILE}"),
        line: 0,
        column: 0,
        message: message.to_string(),
    }));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Locale {
        code: code.to_string(),
        name: name.unwrap_or_default(),
        status: status.as_deref().and_then(Status::parse).unwrap_or(Status::Draft),
        files,
        bundle: RefCell::new(bundle),
        parsed: RefCell::new(parsed),
        ids: None,
        record: None,
        records: OnceCell::new(),
        built_in_progress: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect()
    }

    /// The cap holds because Fluent stops formatting when its writer fails:
    /// a message that uses a 100 KB message 99 times is not formatted whole
    /// (10 MB) to be cut afterwards. Counted in bytes, not timed.
    #[test]
    fn formatting_stops_where_the_cap_is_reached() {
        struct Counting {
            offered: usize,
            shown: Capped,
        }
        impl fmt::Write for Counting {
            fn write_str(&mut self, text: &str) -> fmt::Result {
                self.offered += text.len();
                self.shown.write_str(text)
            }
        }
        let big = "laugh ".repeat(100_000 / 6);
        let text = format!("big = {big}\nlaughs = {}\n", "{ big }".repeat(99));
        let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
        bundle.add_resource(FluentResource::try_new(text).unwrap()).unwrap();
        let pattern = bundle.get_message("laughs").and_then(|m| m.value()).unwrap();
        let mut writer = Counting { offered: 0, shown: Capped::default() };
        let _ = bundle.write_pattern(&mut writer, pattern, None, &mut Vec::new());
        assert!(writer.shown.0.len() <= MAX_MESSAGE + '…'.len_utf8());
        assert!(writer.shown.0.starts_with("laugh laugh"), "{}", &writer.shown.0[..20]);
        assert!(writer.offered < 2 * big.len(), "{} bytes formatted", writer.offered);
    }

    const EN: (&str, &str) = (
        "en/locale.ftl",
        "language-name = English\nlocale-status = draft\nhello = Hello\nbye = Bye\n",
    );

    #[test]
    fn a_language_tag_falls_back_to_the_locale_that_serves_it() {
        let codes = ["en", "es", "hmn", "km", "zh-Hans", "zh-Hant"];
        let found = |tag| best_match(tag, &codes);
        assert_eq!(found("zh"), Some("zh-Hans"));
        assert_eq!(found("zh-CN"), Some("zh-Hans"));
        assert_eq!(found("zh-TW"), Some("zh-Hant"));
        assert_eq!(found("zh-HK"), Some("zh-Hant"));
        assert_eq!(found("zh-Hant-TW"), Some("zh-Hant"));
        assert_eq!(found("zh_tw"), Some("zh-Hant"));
        assert_eq!(found("es-MX"), Some("es"));
        assert_eq!(found("ES"), Some("es"));
        assert_eq!(found("zh-hant"), Some("zh-Hant"));
        assert_eq!(found("km-KH"), Some("km"));
        assert_eq!(found("vi"), None);
        assert_eq!(found("not a tag!"), None);
    }

    #[test]
    fn a_record_in_the_catalog_marks_a_changed_english_message_stale() {
        let en = (
            "en/locale.ftl".to_string(),
            "language-name = English\nlocale-status = draft\nhello = Hello\nbye = Bye\n"
                .to_string(),
        );
        let es = (
            "es/locale.ftl".to_string(),
            "language-name = Español\nlocale-status = draft\nhello = Hola\nbye = Adiós\n"
                .to_string(),
        );
        let old = record::Fingerprints::new(&[(en.0.clone(), en.1.replace("Hello", "Hi"))]);
        let now = record::Fingerprints::new(std::slice::from_ref(&en));
        let record = format!(
            "hello = {:08x}\nbye = {:08x} reviewed SK 2026-12-07\n",
            old.get("hello").unwrap(),
            now.get("bye").unwrap()
        );
        let catalog = Catalog::from_files(vec![en, es])
            .unwrap()
            .with_records(vec![("es/translated-from.txt".into(), record)]);
        let es = catalog.find("es").unwrap();
        assert!(catalog.is_stale(es, "hello"), "English changed from Hi to Hello");
        assert!(!catalog.is_stale(es, "bye"));
        assert!(!catalog.is_stale(catalog.reference(), "hello"), "English is never stale");
        let progress = catalog.progress(es).unwrap();
        assert_eq!((progress.reviewed, progress.changed), (1, 1));
        assert_eq!(catalog.progress(catalog.reference()), None);
    }

    #[test]
    fn the_built_in_records_read_and_nothing_is_stale_today() {
        let catalog = Catalog::embedded().unwrap();
        for lang in catalog.langs().skip(1) {
            let code = &catalog.locale(lang).code;
            assert!(catalog.record_file(lang).is_some(), "{code} has no record file");
            assert!(
                catalog.record_errors(lang).is_empty(),
                "{code}: {:?}",
                catalog.record_errors(lang)
            );
            assert_eq!(catalog.progress(lang).unwrap().changed, 0, "{code}: run presente check");
        }
    }

    #[test]
    fn embedded_catalog_loads_with_english_first() {
        let catalog = Catalog::embedded().expect("embedded locales load");
        let en = catalog.reference();
        assert_eq!(catalog.langs().next(), Some(en));
        assert_eq!(catalog.locale(en).code, "en");
        assert_eq!(catalog.locale(en).name, "English");
    }

    #[test]
    fn every_built_in_file_parses_without_errors_when_parsed_at_once() {
        // The app parses each language on first use and cannot report
        // errors then: this is where they would show.
        Catalog::from_files(embedded_files()).unwrap_or_else(|e| panic!("{e:#?}"));
    }

    #[test]
    fn built_in_files_are_already_nfc_with_lf_line_ends() {
        // Start-up skips normalising them: this is what makes that safe.
        for (path, text) in embedded_files() {
            assert_eq!(normalized(&text), text, "{path}: not NFC, or CRLF line ends");
        }
    }

    #[test]
    fn a_built_in_file_is_parsed_when_one_of_its_messages_is_needed() {
        let catalog = Catalog::embedded().unwrap();
        let km = catalog.find("km").unwrap();
        let locale = catalog.locale(km);
        let parsed = || -> Vec<&str> {
            let parsed = locale.parsed.borrow();
            let files = locale.files.iter().zip(parsed.iter()).filter(|(_, p)| **p);
            files.map(|((path, _), _)| path.as_str()).collect()
        };
        assert_eq!(locale.name, "ខ្មែរ", "its name is known at once");
        assert_eq!(parsed(), ["km/locale.ftl"], "the rest waits");
        // The picker, every visit's first screen, reads nothing more.
        assert!(!catalog.text(km, ids::CHOOSE_LANGUAGE).is_empty());
        assert!(!catalog.text(km, ids::PICKER_HINT).is_empty());
        assert_eq!(parsed(), ["km/locale.ftl"]);
        assert_ne!(catalog.text(km, "home-title"), catalog.text(catalog.reference(), "home-title"));
        assert_eq!(parsed(), ["km/locale.ftl", "km/ui.ftl"]);
        assert_eq!(catalog.text(km, "door-dont-open"), "កុំបើកទ្វារ។");
        assert_eq!(parsed(), ["km/locale.ftl", "km/rights.ftl", "km/ui.ftl"]);
    }

    #[test]
    fn the_ids_built_in_for_each_file_are_the_ones_fluent_finds() {
        // build.rs finds them by reading lines; the parser is the truth.
        assert_eq!(crate::embedded::LOCALE_IDS.len(), crate::embedded::LOCALE_FILES.len());
        for (file, ids) in crate::embedded::LOCALE_FILES.iter().zip(crate::embedded::LOCALE_IDS) {
            let (path, resource) =
                (file.name, FluentResource::try_new(file.to_owned_text()).unwrap());
            let ids: Vec<&str> =
                ids.iter().map(|&id| crate::embedded::id_text(id.into())).collect();
            let mut parsed: Vec<&str> = resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                    _ => None,
                })
                .collect();
            parsed.sort_unstable();
            parsed.dedup();
            assert_eq!(parsed, ids, "{path}");
        }
    }

    #[test]
    fn the_progress_counted_when_built_is_the_one_read_from_the_records() {
        let built = Catalog::embedded().unwrap();
        let read = Catalog::from_files(embedded_files()).unwrap().with_records(embedded_records());
        assert_eq!(crate::embedded::RECORD_PROGRESS.len(), built.langs().count() - 1);
        for lang in built.langs().skip(1) {
            assert!(built.locale(lang).built_in_progress.is_some());
            let code = &built.locale(lang).code;
            let same = read.find(code).unwrap();
            assert_eq!(built.progress(lang), read.progress(same), "{code}");
        }
    }

    #[test]
    fn the_built_in_english_fingerprints_are_the_ones_made_from_its_files() {
        let catalog = Catalog::embedded().unwrap();
        let read = record::Fingerprints::new(catalog.files(catalog.reference()));
        let built_in = record::Fingerprints::built_in();
        assert_eq!(format!("{read:?}"), format!("{built_in:?}"));
        // The officer's side of the red card is English only: not counted.
        let files = catalog.files(catalog.reference());
        let ids: std::collections::BTreeSet<&str> =
            files.iter().flat_map(|(_, text)| message_ids(text)).collect();
        let translatable = ids.iter().filter(|id| !id.starts_with("card-officer-")).count();
        assert!(translatable < ids.len());
        assert_eq!(built_in.translatable(), translatable);
        assert_eq!(read.translatable(), translatable);
        assert!(built_in.get("home-title").is_some());
    }

    #[test]
    fn a_message_naming_one_in_a_file_not_parsed_yet_is_still_whole() {
        let files = [
            ("en/locale.ftl", "language-name = English\nlocale-status = draft\n"),
            ("en/a.ftl", "home-title = { home-hint }, welcome\n"),
            ("en/b.ftl", "home-hint = Sokha\n"),
        ];
        let files = files.iter().map(|(p, t)| (p.to_string(), Text::from(t.to_string())));
        let mut catalog = Catalog::from_files_parsing(files, Parse::OnFirstUse).unwrap();
        // Ids of built-in files, as build.rs numbers them.
        let ids = [&["home-title"][..], &["home-hint"], &["language-name", "locale-status"]];
        let number = |id| crate::embedded::id_number(id).unwrap();
        let ids = ids.map(|ids| &*ids.iter().map(|&id| number(id)).collect::<Vec<_>>().leak());
        catalog.locales[0].ids = Some(ids.to_vec());
        assert_eq!(catalog.text(catalog.reference(), "home-title"), "Sokha, welcome");
    }

    #[test]
    fn every_ui_message_id_exists_in_english() {
        let catalog = Catalog::embedded().unwrap();
        let missing: Vec<_> =
            ids::ALL.iter().filter(|id| !catalog.has_own(catalog.reference(), id)).collect();
        assert!(missing.is_empty(), "missing from locales/en: {missing:?}");
    }

    #[test]
    fn labels_and_lists_use_each_languages_own_punctuation() {
        let catalog = Catalog::embedded().unwrap();
        let lang = |code| catalog.find(code).unwrap();
        let places = ["Oregon".to_string(), "Arizona".to_string()];
        let en = lang("en");
        assert_eq!(catalog.field(en, ids::CONTACT_WEB, "apano.org"), "Website: apano.org");
        assert_eq!(catalog.join(en, &places), "Oregon, Arizona");
        let zh = lang("zh-Hans");
        assert_eq!(catalog.field(zh, ids::CONTACT_WEB, "apano.org"), "网站：apano.org");
        assert_eq!(catalog.join(zh, &places), "Oregon、Arizona");
        assert_eq!(catalog.field(lang("km"), ids::CONTACT_WEB, "x"), "គេហទំព័រ៖ x");
        // The pseudo-locale lengthens the label, not the punctuation.
        let pseudo = catalog.field(lang(PSEUDO), ids::CONTACT_WEB, "x");
        assert!(pseudo.starts_with("[Wéb") && pseudo.ends_with("]: x"), "{pseudo}");
        assert_eq!(catalog.join(lang(PSEUDO), &places), "Oregon, Arizona");
    }

    #[test]
    fn langs_are_the_locales_in_order_and_each_is_found_by_its_code() {
        let catalog = Catalog::embedded().unwrap();
        let codes: Vec<&str> = catalog.langs().map(|l| catalog.locale(l).code.as_str()).collect();
        assert_eq!(codes, catalog.codes());
        for lang in catalog.langs() {
            let locale = catalog.get(lang).expect("a locale of the catalog");
            assert_eq!(catalog.find(&locale.code), Some(lang));
        }
        assert_eq!(catalog.find("xx"), None);
    }

    #[test]
    fn a_language_from_a_larger_catalog_reads_as_the_reference() {
        // A reload that drops a folder leaves such a language behind.
        let larger = Catalog::embedded().unwrap();
        let last = larger.langs().last().unwrap();
        let smaller = Catalog::from_files(files(&[EN])).unwrap();
        assert!(smaller.get(last).is_none());
        assert_eq!(smaller.locale(last).code, REFERENCE);
        assert_eq!(smaller.text(last, "hello"), "Hello");
        let per_lang = PerLang::new(&smaller, || "en");
        assert_eq!(*per_lang.get(last), "en");
    }

    #[test]
    fn per_lang_has_one_value_for_each_language_and_the_pseudo_locale() {
        let catalog = Catalog::embedded().unwrap();
        let mut made = 0usize;
        let per_lang = PerLang::new(&catalog, || {
            made += 1;
            made
        });
        let values: Vec<usize> = catalog.langs().map(|l| *per_lang.get(l)).collect();
        assert_eq!(values, (1..=catalog.locales().len()).collect::<Vec<_>>());
        assert_eq!(*per_lang.get(catalog.pseudo()), made);
    }

    #[test]
    fn a_new_folder_adds_a_language_and_falls_back_to_english() {
        let catalog = Catalog::from_files(files(&[
            EN,
            ("xx/locale.ftl", "language-name = Xxish\nlocale-status = reviewed\nhello = Xello\n"),
        ]))
        .unwrap();
        let xx = catalog.find("xx").unwrap();
        assert_eq!(catalog.locale(xx).name, "Xxish");
        assert_eq!(catalog.locale(xx).status, Status::Reviewed);
        assert_eq!(catalog.text(xx, "hello"), "Xello");
        assert_eq!(catalog.text(xx, "bye"), "Bye");
    }

    #[test]
    fn the_pseudo_locale_accents_lengthens_and_brackets_english() {
        let catalog = Catalog::from_files(files(&[EN])).unwrap();
        let qps = catalog.find(PSEUDO).unwrap();
        assert_eq!(qps, catalog.pseudo());
        assert_eq!(catalog.text(qps, "hello"), "[Héllô ~~]");
        assert!(catalog.locales().iter().all(|l| l.code != PSEUDO), "visitors never see it");
        assert!(!catalog.langs().any(|l| l == qps), "visitors never see it");
        assert!(catalog.get(qps).is_none());
        assert_eq!(catalog.locale(qps).code, PSEUDO);
        let long = pseudo_text("This is not legal advice.");
        assert!(long.chars().count() >= "This is not legal advice.".len() * 14 / 10);
    }

    #[test]
    fn variables_are_not_wrapped_in_isolation_marks() {
        let catalog = Catalog::from_files(files(&[(
            "en/locale.ftl",
            "language-name = English\nlocale-status = draft\nchecked = Checked on { $date }.\n",
        )]))
        .unwrap();
        let mut args = FluentArgs::new();
        args.set("date", "2026-11-22");
        assert_eq!(
            catalog.text_with(catalog.reference(), "checked", &args),
            "Checked on 2026-11-22."
        );
    }

    #[test]
    fn line_index_finds_each_offsets_line_and_column() {
        let text = "ab\nçd\n\n日本語\nlast";
        let lines = LineIndex::new(text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let before = &text[..offset];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
            assert_eq!(lines.line_and_column(offset), (line, column), "at {offset}");
        }
        // Past a line's end (where the parser points): that line's end.
        assert_eq!(lines.syntax_error_position(3), (1, 3));
        assert_eq!(lines.line_and_column(10_000), lines.line_and_column(text.len()));
    }

    #[test]
    fn a_syntax_error_names_file_line_and_column() {
        let errors = Catalog::from_files(files(&[
            EN,
            ("km/ui.ftl", "language-name = ខ្មែរ\nlocale-status = draft\nbroken {\n"),
        ]))
        .err()
        .unwrap();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].file, "locales/km/ui.ftl");
        assert_eq!(errors[0].line, 3);
    }

    #[test]
    fn a_locale_without_its_name_or_status_is_an_error() {
        let errors =
            Catalog::from_files(files(&[EN, ("es/ui.ftl", "hello = Hola\n")])).err().unwrap();
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            text.iter().any(|e| e.contains("locales/es/locale.ftl") && e.contains("language-name"))
        );
        assert!(text.iter().any(|e| e.contains("locale-status")));
    }

    #[test]
    fn a_duplicate_message_is_an_error() {
        let errors = Catalog::from_files(files(&[EN, ("en/more.ftl", "hello = Hello again\n")]))
            .err()
            .unwrap();
        assert!(errors[0].to_string().contains("hello"), "{errors:?}");
        assert_eq!((errors[0].file.as_str(), errors[0].line), ("locales/en/more.ftl", 1));
    }

    #[test]
    fn a_bad_folder_name_is_an_error() {
        let errors =
            Catalog::from_files(files(&[EN, ("not a code!/locale.ftl", "")])).err().unwrap();
        assert!(errors[0].message.contains("not a language code"));
    }

    #[test]
    fn only_the_broken_entry_of_a_file_is_left_out_and_lines_keep_their_numbers() {
        let text = "a = Uno\nb = { Dos\nc = Tres\nd = Cuatro }\ne = Cinco\n";
        let (kept, broken, errors) = usable_part("vi/ui.ftl", text, None);
        let kept = kept.unwrap();
        assert_eq!(broken, 2, "b and d: {kept:?}");
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(kept.lines().count(), text.lines().count());
        let lines = entry_lines(&kept);
        assert_eq!(
            (lines.get("a"), lines.get("c"), lines.get("e")),
            (Some(&1), Some(&3), Some(&5))
        );
        assert!(!lines.contains_key("b") && !lines.contains_key("d"));
        assert!(FluentResource::try_new(kept).is_ok(), "what is kept parses");
        // A file that parses is kept whole.
        assert_eq!(
            usable_part("vi/ui.ftl", "a = Uno\n", None),
            (Some("a = Uno\n".into()), 0, vec![])
        );
    }

    #[test]
    fn a_broken_entry_falls_back_to_the_file_it_replaces() {
        let builtin = "a = One\nb = Two\n    .title = T\nc = Three\n";
        let (kept, broken, _) = usable_part("en/ui.ftl", "a = Uno\nb = { Dos\n", Some(builtin));
        assert_eq!(broken, 1);
        let kept = kept.unwrap();
        assert!(kept.ends_with("\nb = Two\n    .title = T\n"), "{kept:?}");
        assert!(FluentResource::try_new(kept).is_ok());
    }
}
