//! The locale and content files built into the binary, in the tables
//! build.rs writes. The files a start reads (each language's `locale.ftl`
//! and `ui.ftl`) are built in as they are; the rest are deflated, a third
//! of their size, and inflated the first time they are read. [`File`] is
//! the one way to their text.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// One built-in file.
pub struct File {
    /// Its path under `locales/` or `content/`: `km/ui.ftl`.
    pub name: &'static str,
    body: Body,
    /// Its text once inflated by [`File::text`], kept for the next reader.
    kept: OnceLock<Box<str>>,
}

#[derive(Clone, Copy)]
enum Body {
    Plain(&'static str),
    /// `PACKED[at..at + len]`: raw deflate of `size` bytes of UTF-8.
    Deflated {
        at: u32,
        len: u32,
        size: u32,
    },
}

impl File {
    const fn plain(name: &'static str, text: &'static str) -> File {
        File { name, body: Body::Plain(text), kept: OnceLock::new() }
    }

    const fn deflated(name: &'static str, at: u32, len: u32, size: u32) -> File {
        File { name, body: Body::Deflated { at, len, size }, kept: OnceLock::new() }
    }

    /// Its text: inflated the first time, then kept.
    pub fn text(&'static self) -> &'static str {
        match self.body {
            Body::Plain(text) => text,
            Body::Deflated { .. } => self.kept.get_or_init(|| self.inflate().into_boxed_str()),
        }
    }

    /// Its text in a `String` of its own. One not kept yet is inflated
    /// straight into it, and not kept: Fluent keeps the text it parses, and
    /// a kept copy beside it would hold the file twice.
    pub fn to_owned_text(&self) -> String {
        match (self.body, self.kept.get()) {
            (Body::Plain(text), _) => text.to_string(),
            (Body::Deflated { .. }, Some(kept)) => kept.to_string(),
            (Body::Deflated { .. }, None) => self.inflate(),
        }
    }

    /// build.rs inflated every stream again and checked it was the file's
    /// UTF-8, so this cannot fail. Were it to, the file reads as empty (a
    /// language falls back to English; `check` says what is missing)
    /// rather than stopping a kiosk.
    fn inflate(&self) -> String {
        let Body::Deflated { at, len, size } = self.body else { return String::new() };
        let (at, len) = (at as usize, len as usize);
        let Some(stream) = PACKED.get(at..at + len) else { return String::new() };
        let mut text = vec![0; size as usize];
        let inflated = miniz_oxide::inflate::decompress_slice_iter_to_slice(
            &mut text,
            std::iter::once(stream),
            false,
            true,
        );
        match inflated {
            Ok(n) if n == text.len() => String::from_utf8(text).unwrap_or_default(),
            _ => String::new(),
        }
    }
}

/// The number of a message id of the built-in `.ftl` files (see
/// `LOCALE_IDS`); None when none of them has it.
pub fn id_number(id: &str) -> Option<u16> {
    // A binary search of `IDS`, cut where `ID_ENDS` says.
    let (mut low, mut high) = (0, ID_ENDS.len());
    while low < high {
        let middle = low + (high - low) / 2;
        match id_text(middle).cmp(id) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => return u16::try_from(middle).ok(),
        }
    }
    None
}

/// The message id numbered `number` (see `LOCALE_IDS`); empty past the last.
pub fn id_text(number: usize) -> &'static str {
    let start = number.checked_sub(1).map_or(Some(0), |before| ID_ENDS.get(before).copied());
    let end = ID_ENDS.get(number).copied();
    start.zip(end).and_then(|(start, end)| IDS.get(start.into()..end.into())).unwrap_or_default()
}

/// The built-in file `name` of `files` (which are sorted by name).
pub fn find(files: &'static [File], name: &str) -> Option<&'static File> {
    files.binary_search_by(|file| file.name.cmp(name)).ok().map(|at| &files[at])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every built-in file, and where it is in the source tree.
    fn every_file() -> impl Iterator<Item = (&'static File, String)> {
        let under =
            |folder: &'static str| move |f: &'static File| (f, format!("{folder}/{}", f.name));
        let locales = LOCALE_FILES.iter().chain(&RECORD_FILES).map(under("locales"));
        locales.chain(CONTENT_FILES.iter().map(under("content")))
    }

    #[test]
    fn every_built_in_file_reads_as_the_file_it_was_made_from() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (mut deflated, mut files) = (0, 0);
        for (file, path) in every_file() {
            files += 1;
            let on_disk = std::fs::read_to_string(root.join(&path)).unwrap();
            deflated += usize::from(matches!(file.body, Body::Deflated { .. }));
            assert_eq!(file.to_owned_text(), on_disk, "{path}");
            assert_eq!(file.text(), on_disk, "{path}");
            // Once kept, the copy is made from what is kept.
            assert_eq!(file.to_owned_text(), on_disk, "{path}");
        }
        assert!(deflated * 4 > files * 3, "most files are deflated ({deflated} of {files})");
    }

    #[test]
    fn each_message_id_has_a_number_of_its_own() {
        let ids: Vec<&str> = (0..ID_ENDS.len()).map(id_text).collect();
        assert!(ids.len() > 500, "{}", ids.len());
        assert!(ids.windows(2).all(|pair| pair[0] < pair[1]), "sorted, each once");
        for (number, id) in ids.iter().enumerate() {
            assert!(!id.is_empty());
            assert_eq!(id_number(id), Some(number as u16), "{id}");
        }
        assert_eq!(id_number("home-title").map(|n| id_text(n.into())), Some("home-title"));
        for missing in ["", "a", "home-titl", "home-title-", "zzz"] {
            assert_eq!(id_number(missing), None, "{missing}");
        }
        assert_eq!(id_text(ids.len()), "");
    }

    #[test]
    fn a_file_is_found_by_its_name() {
        assert_eq!(find(&LOCALE_FILES, "km/ui.ftl").map(|f| f.name), Some("km/ui.ftl"));
        assert!(find(&LOCALE_FILES, "km/nothing.ftl").is_none());
        assert!(find(&CONTENT_FILES, "guide.toml").is_some());
    }
}
