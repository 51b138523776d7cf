//! Where a problem in a TOML file a person edits is: each becomes a
//! [`ContentError`] with file, line and field, and a file with several
//! mistakes shows them all at once.

use std::fmt;

use toml::Spanned;

use crate::i18n::LineIndex;

/// A problem in a content file: file, line and the field it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub field: String,
    pub message: String,
}

impl ContentError {
    /// An error about the value at `at` in `file` (whose lines are `lines`).
    pub fn at<T>(
        file: &str,
        lines: &LineIndex,
        at: &Spanned<T>,
        field: &str,
        message: String,
    ) -> Self {
        let line = lines.line(at.span().start);
        ContentError { file: file.into(), line, field: field.into(), message }
    }

    /// A TOML file that does not parse, or does not fit its shape.
    pub fn toml(file: &str, lines: &LineIndex, e: &toml::de::Error) -> Self {
        let line = e.span().map_or(0, |s| lines.line(s.start));
        ContentError { file: file.into(), line, field: "toml".into(), message: e.message().into() }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A value quoted whole could be a megabyte long.
        let message = crate::text::with_short_quotes(&self.message);
        write!(f, "{}:{}: {}: {}", self.file, self.line, self.field, message)
    }
}

/// Parses a TOML file into `T`. A key `T` does not know does not stop the
/// parse: each becomes an error on its own line, so a file with several
/// mistakes shows them all at once (`deny_unknown_fields` stopped at the
/// first). Used where a person edits the file: contacts and the operator's.
pub fn from_toml<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
) -> Result<(T, Vec<ContentError>), Vec<ContentError>> {
    let lines = LineIndex::new(text);
    let toml_error = |e: toml::de::Error| vec![ContentError::toml(file, &lines, &e)];
    let root = toml::de::DeTable::parse(text).map_err(toml_error)?;
    let mut errors = unprintable_strings(file, &lines, &root);
    // The common case, read once and not copied (an operator's file may
    // list thousands of contacts): no key unknown, no value of the wrong
    // type. Anything else is read again below, to find every mistake.
    let mut unknown_at_once = false;
    let deserializer = toml::de::Deserializer::from(root);
    let value = serde_ignored::deserialize(deserializer, |_| unknown_at_once = true);
    if let Ok(value) = value
        && !unknown_at_once
    {
        return Ok((value, errors));
    }
    let mut root = toml::de::DeTable::parse(text).map_err(toml_error)?;
    // A value of the wrong type stops serde: each is reported, taken out,
    // and the rest read again, so every such mistake shows at once.
    let mut taken_out: Vec<String> = Vec::new();
    let mut unknown: Vec<Vec<String>> = Vec::new();
    // None: serde cannot go on, and the file has no value.
    let value = loop {
        unknown.clear();
        let deserializer = toml::de::Deserializer::from(root.clone());
        let e = match serde_ignored::deserialize(deserializer, |path| unknown.push(key_path(&path)))
        {
            Ok(value) => break Some(value),
            Err(e) => e,
        };
        // Missing because it was taken out: already reported.
        let missing = |path: &String| {
            let key = path.rsplit('.').next().unwrap_or(path);
            e.message() == format!("missing field `{key}`")
        };
        if taken_out.iter().any(missing) {
            // The table that now lacks it is taken out too, and the rest read
            // on; at the top of the file there is nothing left to read.
            if e.span().and_then(|span| take_out(root.get_mut(), &span)).is_some() {
                continue;
            }
            break None;
        }
        let mut error = ContentError::toml(file, &lines, &e);
        let taken = e.span().and_then(|span| take_out(root.get_mut(), &span));
        if let Some(path) = &taken {
            error.field.clone_from(path);
        }
        errors.push(error);
        match taken {
            Some(path) if errors.len() < 100 => taken_out.push(path),
            _ => break None,
        }
    };
    // Unknown keys serde saw, also when it stopped.
    errors.extend(unknown_keys(file, &lines, &root, unknown));
    match value {
        Some(value) => Ok((value, errors)),
        None => Err(errors),
    }
}

/// An error for each unknown key (its path from the root), on the key's own
/// line: found in the parsed table, so a key in an inline table has one too.
fn unknown_keys(
    file: &str,
    lines: &LineIndex,
    root: &toml::Spanned<toml::de::DeTable>,
    unknown: Vec<Vec<String>>,
) -> Vec<ContentError> {
    unknown
        .into_iter()
        .map(|path| {
            let key = path.last().cloned().unwrap_or_default();
            let names: Vec<&str> =
                path.iter().filter(|p| p.parse::<usize>().is_err()).map(String::as_str).collect();
            ContentError {
                file: file.into(),
                line: key_offset(root.get_ref(), &path).map_or(0, |at| lines.line(at)),
                field: names.join("."),
                message: format!("unknown key `{key}`: is it spelt right?"),
            }
        })
        .collect()
}

/// Where the key at `path` (names, and indexes into arrays) starts in the
/// file. A loop, not recursion: however deep the file nests.
fn key_offset(root: &toml::de::DeTable, path: &[String]) -> Option<usize> {
    use toml::de::DeValue;
    let (mut table, mut rest) = (root, path);
    loop {
        let (name, after) = rest.split_first()?;
        let (key, value) = table.iter().find(|(k, _)| k.get_ref() == name.as_str())?;
        if after.is_empty() {
            return Some(key.span().start);
        }
        let mut value = value;
        rest = after;
        // Arrays of tables: the index, then the table at it.
        while let DeValue::Array(items) = value.get_ref() {
            let (index, after) = rest.split_first()?;
            value = items.get(index.parse::<usize>().ok()?)?;
            if after.is_empty() {
                return Some(value.span().start);
            }
            rest = after;
        }
        let DeValue::Table(inner) = value.get_ref() else { return None };
        table = inner;
    }
}

/// Takes the value at `span` out of `table` (a key's value, or an array's
/// element): the path of the key it was under (`contacts.phone`), if found. Every table is looked
/// into: the span of a `[[table]]` covers only its header.
fn take_out(table: &mut toml::de::DeTable, span: &std::ops::Range<usize>) -> Option<String> {
    use toml::de::DeValue;
    let mut whole = None;
    for (key, value) in table.iter_mut() {
        if value.span() == *span {
            whole = Some(key.get_ref().to_string());
            break;
        }
        let found = match value.get_mut() {
            DeValue::Table(inner) => take_out(inner, span).map(|k| format!("{key}.{k}")),
            DeValue::Array(items) => match items.iter().position(|item| item.span() == *span) {
                Some(i) => {
                    let kept = items.iter().enumerate().filter(|(j, _)| *j != i);
                    *items = kept.map(|(_, item)| item.clone()).collect();
                    Some(key.get_ref().to_string())
                }
                None => items.iter_mut().find_map(|item| match item.get_mut() {
                    DeValue::Table(inner) => take_out(inner, span).map(|k| format!("{key}.{k}")),
                    _ => None,
                }),
            },
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    let key = whole?;
    table.remove(key.as_str());
    Some(key)
}

/// An error for each key or string in a TOML file that holds a character a
/// terminal would act on (an escape sequence, a bidi override): a hostile
/// operator file must not reach the screen (DESIGN, invariant 7).
fn unprintable_strings(
    file: &str,
    lines: &LineIndex,
    root: &toml::Spanned<toml::de::DeTable>,
) -> Vec<ContentError> {
    use toml::de::DeValue;
    let mut errors = Vec::new();
    // Each table's path; a value's field is built only for an error (a big
    // file has tens of thousands of values, and almost never an error).
    let mut paths: Vec<String> = vec![String::new()];
    let field = |paths: &[String], parent: usize, key: &str| {
        let key = crate::text::printable(key);
        if paths[parent].is_empty() { key.into_owned() } else { format!("{}.{key}", paths[parent]) }
    };
    // (parent's path, key, value) still to look at: no recursion, however deep.
    let mut todo: Vec<(usize, &str, &toml::Spanned<DeValue>)> = Vec::new();
    let mut tables: Vec<(usize, &toml::de::DeTable)> = vec![(0, root.get_ref())];
    loop {
        if let Some((parent, table)) = tables.pop() {
            for (key, value) in table.iter() {
                if let Some(c) = crate::text::first_unprintable(key.get_ref()) {
                    let shown = crate::text::printable(key.get_ref());
                    let message = format!("the key `{shown}` holds {}", unprintable_name(c));
                    let at = field(&paths, parent, key.get_ref());
                    errors.push(ContentError::at(file, lines, key, &at, message));
                }
                todo.push((parent, key.get_ref(), value));
            }
            continue;
        }
        let Some((parent, key, value)) = todo.pop() else { break };
        match value.get_ref() {
            DeValue::String(s) => {
                if let Some(message) = unprintable_value(s) {
                    let at = field(&paths, parent, key);
                    errors.push(ContentError::at(file, lines, value, &at, message));
                }
            }
            DeValue::Array(items) => todo.extend(items.iter().map(|item| (parent, key, item))),
            DeValue::Table(inner) => {
                paths.push(field(&paths, parent, key));
                tables.push((paths.len() - 1, inner));
            }
            _ => {}
        }
    }
    errors.sort_by_key(|e| e.line);
    errors
}

/// How a check names a character a terminal would act on.
/// The error for a value holding a character a terminal would act on,
/// shown with it made harmless; None for a value without one.
pub fn unprintable_value(value: &str) -> Option<String> {
    let c = crate::text::first_unprintable(value)?;
    Some(format!("`{}` holds {}", crate::text::printable(value), unprintable_name(c)))
}

pub fn unprintable_name(c: char) -> String {
    let what = if c.is_control() {
        "a control character"
    } else if crate::text::is_invisible_format(c) {
        "an invisible format character"
    } else {
        "a bidi control character"
    };
    format!("{what} (U+{:04X}), which a terminal would act on instead of showing", c as u32)
}

/// `contacts.1.phon` as ["contacts", "1", "phon"].
fn key_path(path: &serde_ignored::Path) -> Vec<String> {
    use serde_ignored::Path;
    match path {
        Path::Root => Vec::new(),
        Path::Seq { parent, index } => {
            let mut keys = key_path(parent);
            keys.push(index.to_string());
            keys
        }
        Path::Map { parent, key } => {
            let mut keys = key_path(parent);
            keys.push(key.clone());
            keys
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => key_path(parent),
    }
}
