//! The checks every content file a person edits shares (the guide, the
//! contacts and places, the operator file). Each problem becomes a
//! [`ContentError`] naming file, line and field, and checking goes on, so a
//! file shows all its mistakes at once.

use std::cell::OnceCell;
use std::collections::HashSet;

use toml::Spanned;

use super::diagnostics::from_toml;
use super::{ContentError, is_date};
use crate::i18n::{Catalog, LineIndex};

pub struct Validator<'a> {
    file: &'a str,
    text: &'a str,
    /// Where the lines start: found for the first error (most files have none).
    lines: OnceCell<LineIndex<'a>>,
    /// The messages a file's ids must have in English.
    pub catalog: &'a Catalog,
    pub errors: Vec<ContentError>,
    /// Content built into the binary, which tests check in full: its
    /// messages are not looked up again at every start.
    built_in: bool,
}

impl<'a> Validator<'a> {
    pub fn new(file: &'a str, text: &'a str, catalog: &'a Catalog) -> Self {
        Validator {
            file,
            text,
            lines: OnceCell::new(),
            catalog,
            errors: Vec::new(),
            built_in: false,
        }
    }

    /// For content built into the binary (see `built_in`).
    pub fn built_in(self) -> Self {
        Validator { built_in: true, ..self }
    }

    /// Reads a TOML file a person edits (see `from_toml`) to check it:
    /// its unknown keys are its first errors.
    pub fn read<T: serde::de::DeserializeOwned>(
        file: &'a str,
        text: &'a str,
        catalog: &'a Catalog,
    ) -> Result<(T, Validator<'a>), Vec<ContentError>> {
        let (raw, unknown_keys) = from_toml(file, text)?;
        let mut v = Validator::new(file, text, catalog);
        v.errors = unknown_keys;
        Ok((raw, v))
    }

    /// An error about the value at `at`.
    pub fn error<T>(&mut self, at: &Spanned<T>, field: &str, message: String) {
        let lines = self.lines.get_or_init(|| LineIndex::new(self.text));
        self.errors.push(ContentError::at(self.file, lines, at, field, message));
    }

    /// An error with no value to point at; line 0 is the whole file.
    pub fn error_on_line(&mut self, line: usize, field: &str, message: String) {
        let file = self.file.into();
        self.errors.push(ContentError { file, line, field: field.into(), message });
    }

    pub fn date(&mut self, date: &Spanned<String>, field: &str) {
        let d = date.get_ref();
        if !is_date(d) {
            self.error(date, field, format!("`{d}` is not a date like 2026-11-22"));
        }
    }

    /// English has the message `id`: it is every language's fallback.
    pub fn needs_message(&mut self, at: &Spanned<String>, field: &str, id: &str) {
        if !self.built_in && !self.catalog.has_own(self.catalog.reference(), id) {
            self.error(at, field, format!("message `{id}` is missing from locales/en"));
        }
    }

    /// Whether `id` is new to `seen` (it is added); an error if not.
    pub fn unique(
        &mut self,
        seen: &mut HashSet<String>,
        id: &Spanned<String>,
        field: &str,
    ) -> bool {
        let new = seen.insert(id.get_ref().clone());
        if !new {
            self.error(id, field, format!("`{}` is used twice", id.get_ref()));
        }
        new
    }

    /// Whether `id`, of a contact or a place, is lowercase letters, digits
    /// and dashes, and new to `seen` (it is added); an error if not.
    pub fn new_id(
        &mut self,
        seen: &mut HashSet<String>,
        id: &Spanned<String>,
        field: &str,
    ) -> bool {
        let shaped = !id.get_ref().is_empty()
            && id
                .get_ref()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !shaped {
            let message =
                format!("`{}` must be lowercase letters, digits and dashes", id.get_ref());
            self.error(id, field, message);
            return false;
        }
        self.unique(seen, id, field)
    }

    /// `value` when nothing was wrong, else every error.
    pub fn finish<T>(self, value: T) -> Result<T, Vec<ContentError>> {
        if self.errors.is_empty() { Ok(value) } else { Err(self.errors) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Fixture {
        date: Spanned<String>,
        ids: Vec<Spanned<String>>,
    }

    #[test]
    fn each_problem_names_file_line_and_field_and_checking_goes_on() {
        let catalog = Catalog::embedded().unwrap();
        let text = "date = \"2026-02-30\"\nids = [\n  \"ok\",\n  \"ok\",\n  \"Not OK\",\n  \"home-title\",\n]\n";
        let raw: Fixture = toml::from_str(text).unwrap();
        let mut v = Validator::new("f.toml", text, &catalog);
        v.date(&raw.date, "date");
        let mut seen = HashSet::new();
        let new: Vec<bool> = raw.ids.iter().map(|id| v.new_id(&mut seen, id, "ids")).collect();
        assert_eq!(new, [true, false, false, true]);
        v.needs_message(&raw.ids[3], "ids", "home-title");
        v.needs_message(&raw.ids[0], "ids", "no-such-message");
        v.error_on_line(0, "ids", "about the whole file".into());
        let errors: Vec<String> =
            v.finish(()).unwrap_err().iter().map(ToString::to_string).collect();
        assert_eq!(
            errors,
            [
                "f.toml:1: date: `2026-02-30` is not a date like 2026-11-22",
                "f.toml:4: ids: `ok` is used twice",
                "f.toml:5: ids: `Not OK` must be lowercase letters, digits and dashes",
                "f.toml:3: ids: message `no-such-message` is missing from locales/en",
                "f.toml:0: ids: about the whole file",
            ]
        );
        assert_eq!(Validator::new("f.toml", text, &catalog).finish(7), Ok(7));
    }
}
