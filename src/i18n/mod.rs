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

use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource};
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;
use unicode_normalization::UnicodeNormalization;

/// The folder of locale folders, embedded in the binary.
#[derive(RustEmbed)]
#[folder = "locales/"]
#[include = "*.ftl"]
struct EmbeddedLocales;

/// The reference language: complete, and the fallback for all others.
pub const REFERENCE: &str = "en";

/// Index of a language in the [`Catalog`].
pub type Lang = usize;

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
}

pub struct Locale {
    /// The folder name, e.g. `km` or `zh-Hant`.
    pub code: String,
    /// The language's own name, e.g. `ខ្មែរ`.
    pub name: String,
    pub status: Status,
    bundle: FluentBundle<FluentResource>,
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
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
    }
}

/// 1-based line and column of a byte offset in `text`.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

pub struct Catalog {
    locales: Vec<Locale>,
    reference: Lang,
}

impl Catalog {
    /// The locales built into the binary.
    pub fn embedded() -> Result<Catalog, Vec<LocaleError>> {
        let files = EmbeddedLocales::iter().filter_map(|path| {
            let file = EmbeddedLocales::get(&path)?;
            Some((path.to_string(), String::from_utf8_lossy(&file.data).into_owned()))
        });
        Catalog::from_files(files)
    }

    /// Builds the catalog from `(path relative to locales/, contents)` pairs.
    pub fn from_files(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Catalog, Vec<LocaleError>> {
        let mut by_code: Vec<(String, Vec<(String, String)>)> = Vec::new();
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
            files.sort();
            match load_locale(&code, files) {
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
        Ok(Catalog { locales, reference: 0 })
    }

    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    pub fn locale(&self, lang: Lang) -> &Locale {
        &self.locales[lang.min(self.locales.len() - 1)]
    }

    pub fn reference(&self) -> Lang {
        self.reference
    }

    pub fn find(&self, code: &str) -> Option<Lang> {
        self.locales.iter().position(|l| l.code == code)
    }

    pub fn codes(&self) -> Vec<&str> {
        self.locales.iter().map(|l| l.code.as_str()).collect()
    }

    /// True when the language itself (not its fallback) has the message.
    pub fn has_own(&self, lang: Lang, id: &str) -> bool {
        self.locale(lang).bundle.get_message(id).is_some_and(|m| m.value().is_some())
    }

    /// The message `id` in `lang`, or in English when `lang` lacks it.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None)
    }

    pub fn text_with(&self, lang: Lang, id: &str, args: &FluentArgs) -> String {
        self.format(lang, id, Some(args))
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        for candidate in [lang, self.reference] {
            let bundle = &self.locale(candidate).bundle;
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        // Only reachable with an id missing from English, which tests forbid;
        // showing the id beats showing nothing.
        id.to_string()
    }
}

/// The line where message or term `id` is defined (0 if not found).
fn line_of_entry(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| {
            l.strip_prefix(id)
                .or_else(|| l.strip_prefix('-').and_then(|l| l.strip_prefix(id)))
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

fn load_locale(code: &str, files: Vec<(String, String)>) -> Result<Locale, Vec<LocaleError>> {
    let mut errors = Vec::new();
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
    let mut bundle = FluentBundle::new(vec![langid]);
    // Isolation marks (U+2068/U+2069) show as boxes in terminals.
    bundle.set_use_isolating(false);
    for (path, text) in files {
        let file = format!("locales/{path}");
        // NFC, so the same word is the same bytes whatever editor typed it.
        let text: String = text.replace("\r\n", "\n").nfc().collect();
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(resource) => resource,
            Err((resource, parse_errors)) => {
                for e in parse_errors {
                    let (line, column) = line_and_column(&text, e.pos.start);
                    errors.push(LocaleError {
                        file: file.clone(),
                        line,
                        column,
                        message: e.to_string(),
                    });
                }
                resource
            }
        };
        if let Err(add_errors) = bundle.add_resource(resource) {
            for e in add_errors {
                let line = match &e {
                    FluentError::Overriding { id, .. } => line_of_entry(&text, id),
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
    let plain = |id: &str| {
        bundle.get_message(id).and_then(|m| m.value()).map(|p| {
            let mut errs = Vec::new();
            bundle.format_pattern(p, None, &mut errs).trim().to_string()
        })
    };
    let name = plain(ids::LANGUAGE_NAME);
    let status = match plain(ids::LOCALE_STATUS).as_deref() {
        Some("reviewed") => Some(Status::Reviewed),
        Some("draft") => Some(Status::Draft),
        _ => None,
    };
    let missing = |what: &str| LocaleError {
        file: format!("locales/{code}/locale.ftl"),
        line: 0,
        column: 0,
        message: what.to_string(),
    };
    if name.as_deref().is_none_or(str::is_empty) {
        errors.push(missing("no `language-name` message (the language's own name)"));
    }
    if status.is_none() {
        errors.push(missing("`locale-status` must be `draft` or `reviewed`"));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Locale {
        code: code.to_string(),
        name: name.unwrap_or_default(),
        status: status.unwrap_or(Status::Draft),
        bundle,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect()
    }

    const EN: (&str, &str) = (
        "en/locale.ftl",
        "language-name = English\nlocale-status = draft\nhello = Hello\nbye = Bye\n",
    );

    #[test]
    fn embedded_catalog_loads_with_english_first() {
        let catalog = Catalog::embedded().expect("embedded locales load");
        assert_eq!(catalog.locale(0).code, "en");
        assert_eq!(catalog.locale(0).name, "English");
    }

    #[test]
    fn every_ui_message_id_exists_in_english() {
        let catalog = Catalog::embedded().unwrap();
        let missing: Vec<_> =
            ids::ALL.iter().filter(|id| !catalog.has_own(catalog.reference(), id)).collect();
        assert!(missing.is_empty(), "missing from locales/en: {missing:?}");
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
    fn variables_are_not_wrapped_in_isolation_marks() {
        let catalog = Catalog::from_files(files(&[(
            "en/locale.ftl",
            "language-name = English\nlocale-status = draft\nchecked = Checked on { $date }.\n",
        )]))
        .unwrap();
        let mut args = FluentArgs::new();
        args.set("date", "2026-11-22");
        assert_eq!(catalog.text_with(0, "checked", &args), "Checked on 2026-11-22.");
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
}
