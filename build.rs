//! Two facts for `presente --version`, fixed at build time:
//! - PRESENTE_GUIDE_CHECKED: the newest `reviewed` date in content/guide.toml;
//! - PRESENTE_COMMIT: the git commit the binary is built from: `git rev-parse
//!   HEAD` when this folder is the top of a git work tree, else the
//!   PRESENTE_COMMIT environment variable (a build from a tarball can set
//!   it), else "unknown".
//!
//! Neither depends on the time, the folder or the user, so two builds of one
//! commit in different places give the same binary (scripts/release).
//!
//! It also lists the files built into the binary (`embedded.rs` in OUT_DIR:
//! `locales/*/*.ftl`, `content/*.toml` and the translation records
//! `locales/*/*.txt`, sorted), so they are checked as UTF-8 when the binary
//! is built, never at start. The files a start reads (each language's
//! `locale.ftl` and `ui.ftl`) are an `include_str!`; the rest are deflated
//! into `packed.bin` (a third of their size) and inflated by the app when
//! first read (src/embedded.rs). With them, each `.ftl` file's message ids
//! and the English fingerprints, which the app would otherwise make at
//! start (src/i18n/scan.rs does both).

use std::path::{Path, PathBuf};
use std::process::Command;

// The guide file's types, so the built-in guide is read here as the app
// reads a guide file, and written out as the Rust that makes it.
#[path = "src/content/model.rs"]
#[allow(dead_code)] // the fields the app fills in after reading
mod model;

// The app's own scanner, so the ids and fingerprints are made the same way.
#[path = "src/i18n/scan.rs"]
#[allow(dead_code)]
mod scan;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));

    println!("cargo::rerun-if-changed=content/guide.toml");
    let guide = std::fs::read_to_string(manifest.join("content/guide.toml"))
        .expect("content/guide.toml is readable");
    let checked = newest_reviewed(&guide).unwrap_or("unknown");
    println!("cargo::rustc-env=PRESENTE_GUIDE_CHECKED={checked}");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    std::fs::write(out.join("guide.rs"), guide_as_rust(&guide)).expect("OUT_DIR is writable");

    println!("cargo::rerun-if-env-changed=PRESENTE_COMMIT");
    let commit = git_head(&manifest)
        .or_else(|| std::env::var("PRESENTE_COMMIT").ok().filter(|c| is_commit(c)))
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo::rustc-env=PRESENTE_COMMIT={commit}");

    let locale_files = embedded_files(&manifest, "locales", 2, "ftl");
    let texts = read_all(&locale_files);
    let (ids, every_id) = message_ids(&texts);
    let english = texts
        .iter()
        .zip(&locale_files)
        .filter(|(_, (name, _))| name.starts_with("en/"))
        .map(|(text, _)| text.as_str());
    let english = scan::sorted_fingerprints(english);
    // By the id's number: sorted by id as well.
    let number = |id| every_id.binary_search(id).expect("an English id is a message id");
    let fingerprints: String = english
        .iter()
        .map(|(id, fingerprint)| format!("    ({}, {fingerprint:#010x}),\n", number(id)))
        .collect();
    let record_files = embedded_files(&manifest, "locales", 2, "txt");
    let records = read_all(&record_files);
    let progress: String = record_files
        .iter()
        .zip(&records)
        .filter_map(|((name, _), text)| {
            let (reviewed, changed) = record_progress(text, &english)?;
            let code = name.split('/').next()?;
            Some(format!("    ({code:?}, {reviewed}, {changed}),\n"))
        })
        .collect();
    let content_files = embedded_files(&manifest, "content", 1, "toml");
    let contents = read_all(&content_files);
    // What a start reads stays as it is; the rest is inflated on first use.
    let read_at_start = |name: &str| name.ends_with("/locale.ftl") || name.ends_with("/ui.ftl");
    let mut packed = Vec::new();
    let locale_rows = file_rows(&locale_files, &texts, read_at_start, &mut packed);
    let content_rows = file_rows(&content_files, &contents, |_| false, &mut packed);
    let record_rows = file_rows(&record_files, &records, |_| false, &mut packed);
    let packed_path = out.join("packed.bin");
    std::fs::write(&packed_path, &packed).expect("OUT_DIR is writable");
    let table = format!(
        "/// The deflated files, one after another (`Body::Deflated`).\n\
         static PACKED: &[u8] = include_bytes!({packed_path:?});\n\
         /// Every `.ftl` file under locales/, sorted by path.\n\
         pub static LOCALE_FILES: [File; {}] = [\n{locale_rows}];\n\
         {ids}\
         /// Each English message's fingerprint, by the number of its id\n\
         /// (`LOCALE_IDS`), sorted (`record::Fingerprints`).\n\
         pub static ENGLISH_FINGERPRINTS: &[(u16, u32)] = &[\n{fingerprints}];\n\
         /// `(code, reviewed, changed)` of each language whose record file\n\
         /// reads whole as `presente review` writes it (`record::Progress`).\n\
         pub static RECORD_PROGRESS: &[(&str, usize, usize)] = &[\n{progress}];\n\
         /// Every `.toml` file under content/, sorted by name.\n\
         pub static CONTENT_FILES: [File; {}] = [\n{content_rows}];\n\
         /// Each `translated-from.txt` under locales/, sorted by path.\n\
         pub static RECORD_FILES: [File; {}] = [\n{record_rows}];\n",
        locale_files.len(),
        content_files.len(),
        record_files.len(),
    );
    std::fs::write(out.join("embedded.rs"), table).expect("OUT_DIR is writable");
}

fn read_all(files: &[(String, PathBuf)]) -> Vec<String> {
    let read = |path: &PathBuf| std::fs::read_to_string(path).expect("a built-in file is UTF-8");
    files.iter().map(|(_, path)| read(path)).collect()
}

/// The message ids of each `.ftl` file, for the app to know which file to
/// parse for a message: every id once, sorted and joined in one string, and
/// each file's as numbers into it. Two bytes an id, where a `&str` was 16
/// and a relocation of 24 more. With every id, sorted, for their numbers.
fn message_ids(texts: &[String]) -> (String, Vec<&str>) {
    let files: Vec<Vec<&str>> = texts
        .iter()
        .map(|text| {
            let mut ids = scan::message_ids(text);
            ids.sort_unstable();
            ids.dedup();
            ids
        })
        .collect();
    let mut every: Vec<&str> = files.concat();
    every.sort_unstable();
    every.dedup();
    let mut end = 0;
    let ends: Vec<u16> = every
        .iter()
        .map(|id| {
            end += id.len();
            u16::try_from(end).expect("the built-in message ids joined are under 64 KB")
        })
        .collect();
    let number = |id: &&str| {
        let at = every.binary_search(id).expect("every id is among them");
        u16::try_from(at).expect("fewer than 65,536 built-in message ids")
    };
    // Each file's ids are sorted, so their numbers are too.
    let numbers: String = files
        .iter()
        .map(|ids| format!("    &{:?},\n", ids.iter().map(number).collect::<Vec<_>>()))
        .collect();
    let rust = format!(
        "/// Every message id of `LOCALE_FILES`, sorted, each once, joined.\n\
         static IDS: &str = {:?};\n\
         /// Where each id of `IDS` ends: the next one starts there.\n\
         static ID_ENDS: &[u16] = &{ends:?};\n\
         /// The message ids of each of `LOCALE_FILES`, in its order, as\n\
         /// numbers of `ID_ENDS`; each sorted.\n\
         pub static LOCALE_IDS: &[&[u16]] = &[\n{numbers}];\n",
        every.concat(),
    );
    (rust, every)
}

/// The rows of a table of built-in files: `File::plain("km/ui.ftl",
/// include_str!(…))` for a file a start reads, else the file deflated onto
/// the end of `packed` and `File::deflated("km/rights.ftl", at, len, size)`.
fn file_rows(
    files: &[(String, PathBuf)],
    texts: &[String],
    plain: impl Fn(&str) -> bool,
    packed: &mut Vec<u8>,
) -> String {
    let mut rows = String::new();
    for ((name, path), text) in files.iter().zip(texts) {
        if plain(name) {
            let path = path.display().to_string();
            rows.push_str(&format!("    File::plain({name:?}, include_str!({path:?})),\n"));
            continue;
        }
        // Raw deflate (no zlib header or checksum): inflated again here,
        // so a stream the app cannot read fails the build, not a kiosk.
        let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
        let again = miniz_oxide::inflate::decompress_to_vec(&deflated);
        assert!(again.is_ok_and(|again| again == text.as_bytes()), "{name} inflates as it was");
        let size = |n: usize| u32::try_from(n).expect("built-in files are under 4 GB");
        let (at, len) = (size(packed.len()), size(deflated.len()));
        packed.extend_from_slice(&deflated);
        rows.push_str(&format!(
            "    File::deflated({name:?}, {at}, {len}, {}),\n",
            size(text.len())
        ));
    }
    rows
}

/// How many of a language's messages are reviewed against today's
/// English, and how many were translated from an English that has changed
/// since: what `list languages` shows, counted here once. None when a line
/// is not as `presente review` writes it: the app then reads the file
/// itself, with its errors. A test checks these against the app's count.
fn record_progress(text: &str, english: &[(&str, u32)]) -> Option<(usize, usize)> {
    let lines = text.lines().filter(|line| !line.trim().is_empty() && !line.starts_with('#'));
    let records: Vec<(&str, u32, bool)> = lines
        .map(|line| scan::written_record(line).map(|(id, english, r)| (id, english, r.is_some())))
        .collect::<Option<_>>()?;
    let today = |id: &str| english.binary_search_by(|(other, _)| other.cmp(&id)).ok();
    Some(scan::count_standing(records, |id| today(id).map(|at| english[at].1)))
}

/// Every `*.EXTENSION` file `depth` folders under `dir` (2:
/// `locales/km/ui.ftl`), as `("km/ui.ftl", its path)`, sorted.
fn embedded_files(
    manifest: &Path,
    dir: &str,
    depth: usize,
    extension: &str,
) -> Vec<(String, PathBuf)> {
    let root = manifest.join(dir);
    println!("cargo::rerun-if-changed={dir}");
    let mut found = Vec::new();
    let mut folders = vec![(root.clone(), 1)];
    while let Some((folder, level)) = folders.pop() {
        // A new file or folder changes the folder's time: build again.
        println!("cargo::rerun-if-changed={}", folder.display());
        let entries = std::fs::read_dir(&folder).expect("an embedded folder is readable");
        for entry in entries {
            let path = entry.expect("an embedded folder is readable").path();
            if path.is_dir() && level < depth {
                folders.push((path, level + 1));
            } else if level == depth && path.extension().is_some_and(|e| e == extension) {
                println!("cargo::rerun-if-changed={}", path.display());
                let name = path.strip_prefix(&root).expect("under its root");
                let name = name.to_str().expect("embedded file names are UTF-8").replace('\\', "/");
                found.push((name, path));
            }
        }
    }
    found.sort();
    found
}

/// The built-in guide as the Rust that makes it (`content::built_in`): read
/// here, so the app does not parse TOML to show its first screen. A guide
/// that does not read is left to the app, which says why (and a test that
/// cannot be skipped checks the built-in one).
fn guide_as_rust(text: &str) -> String {
    let body = match toml::from_str::<model::GuideFile>(text) {
        Ok(guide) => {
            let mut rust = String::new();
            guide.write(&mut rust);
            format!("Some({rust})")
        }
        Err(_) => "None".to_string(),
    };
    // A call per value, not its code inlined: the binary stays small.
    format!(
        "/// content/guide.toml as build.rs read it; None if it does not read.\n\
         pub(super) fn guide_file() -> Option<GuideFile> {{\n    {body}\n}}\n\n\
         #[inline(never)]\n\
         fn text(text: &str) -> String {{\n    text.to_string()\n}}\n\n\
         #[inline(never)]\n\
         fn spanned(start: usize, end: usize, text: &str) -> Spanned<String> {{\n    \
         Spanned::new(start..end, text.to_string())\n}}\n"
    )
}

/// A value of the guide's file written as Rust.
trait AsRust {
    fn write(&self, rust: &mut String);
}

impl AsRust for String {
    fn write(&self, rust: &mut String) {
        rust.push_str(&format!("text({self:?})"));
    }
}

impl AsRust for toml::Spanned<String> {
    fn write(&self, rust: &mut String) {
        let span = self.span();
        rust.push_str(&format!("spanned({}, {}, {:?})", span.start, span.end, self.get_ref()));
    }
}

impl<T: AsRust> AsRust for Vec<T> {
    fn write(&self, rust: &mut String) {
        rust.push_str("vec![");
        for item in self {
            item.write(rust);
            rust.push_str(", ");
        }
        rust.push(']');
    }
}

impl<T: AsRust> AsRust for Option<T> {
    fn write(&self, rust: &mut String) {
        match self {
            Some(value) => {
                rust.push_str("Some(");
                value.write(rust);
                rust.push(')');
            }
            None => rust.push_str("None"),
        }
    }
}

/// A struct literal naming every field: a field added to the model and
/// not here is a compile error in the generated code.
fn write_struct(rust: &mut String, name: &str, fields: &[(&str, &dyn AsRust)]) {
    rust.push_str(name);
    rust.push_str(" { ");
    for (field, value) in fields {
        rust.push_str(field);
        rust.push_str(": ");
        value.write(rust);
        rust.push_str(", ");
    }
    rust.push('}');
}

/// An enum's variant, by its Debug name.
struct Variant<'a>(&'a str, &'a dyn std::fmt::Debug);

impl AsRust for Variant<'_> {
    fn write(&self, rust: &mut String) {
        rust.push_str(&format!("{}::{:?}", self.0, self.1));
    }
}

/// A field the app fills in after reading (`#[serde(skip)]`).
struct FilledInLater;

impl AsRust for FilledInLater {
    fn write(&self, rust: &mut String) {
        rust.push_str("Default::default()");
    }
}

impl AsRust for model::GuideFile {
    fn write(&self, rust: &mut String) {
        let fields: [(&str, &dyn AsRust); 4] = [
            ("sources", &self.sources),
            ("sections", &self.sections),
            ("topics", &self.topics),
            ("card", &self.card),
        ];
        write_struct(rust, "GuideFile", &fields);
    }
}

impl AsRust for model::Source {
    fn write(&self, rust: &mut String) {
        let fields: [(&str, &dyn AsRust); 4] = [
            ("id", &self.id),
            ("organisation", &self.organisation),
            ("document", &self.document),
            ("web", &self.web),
        ];
        write_struct(rust, "Source", &fields);
    }
}

impl AsRust for model::Section {
    fn write(&self, rust: &mut String) {
        let fields: [(&str, &dyn AsRust); 4] = [
            ("id", &self.id),
            ("kind", &Variant("SectionKind", &self.kind)),
            ("topics", &self.topics),
            ("topic_indexes", &FilledInLater),
        ];
        write_struct(rust, "Section", &fields);
    }
}

impl AsRust for model::Step {
    fn write(&self, rust: &mut String) {
        let fields: [(&str, &dyn AsRust); 3] = [
            ("kind", &Variant("StepKind", &self.kind)),
            ("text", &self.text),
            ("link", &self.link),
        ];
        write_struct(rust, "Step", &fields);
    }
}

impl AsRust for model::Figure {
    fn write(&self, rust: &mut String) {
        Variant("Figure", self).write(rust);
    }
}

impl AsRust for model::Topic {
    fn write(&self, rust: &mut String) {
        let fields: [(&str, &dyn AsRust); 6] = [
            ("id", &self.id),
            ("reviewed", &self.reviewed),
            ("figure", &self.figure),
            ("sources", &self.sources),
            ("steps", &self.steps),
            ("section", &FilledInLater),
        ];
        write_struct(rust, "Topic", &fields);
    }
}

impl AsRust for model::Card {
    fn write(&self, rust: &mut String) {
        let fields: [(&str, &dyn AsRust); 5] = [
            ("reviewed", &self.reviewed),
            ("sources", &self.sources),
            ("officer", &self.officer),
            ("holder", &self.holder),
            ("print_page", &self.print_page),
        ];
        write_struct(rust, "Card", &fields);
    }
}

/// The newest `reviewed = "YYYY-MM-DD"` (ISO dates sort as text).
fn newest_reviewed(guide: &str) -> Option<&str> {
    guide
        .lines()
        .filter_map(|line| {
            let value = line.trim().strip_prefix("reviewed")?.trim_start().strip_prefix('=')?;
            let date = value.trim().strip_prefix('"')?.split('"').next()?;
            let digits = date
                .bytes()
                .enumerate()
                .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
            (date.len() == 10 && digits).then_some(date)
        })
        .max()
}

fn is_commit(text: &str) -> bool {
    (7..=64).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_hexdigit())
}

fn git(manifest: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git").arg("-C").arg(manifest).args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
}

/// HEAD's commit, only when `manifest` is the top of the work tree: a
/// tarball unpacked inside some other repository must not take its commit.
fn git_head(manifest: &Path) -> Option<String> {
    let top = PathBuf::from(git(manifest, &["rev-parse", "--show-toplevel"])?);
    if top.canonicalize().ok()? != manifest.canonicalize().ok()? {
        return None;
    }
    // Build again when HEAD moves: a commit, a checkout, a fetch of packed refs.
    let mut watched = vec!["HEAD".to_string(), "logs/HEAD".to_string(), "packed-refs".to_string()];
    watched.extend(git(manifest, &["symbolic-ref", "-q", "HEAD"]));
    for name in watched {
        if let Some(path) =
            git(manifest, &["rev-parse", "--path-format=absolute", "--git-path", &name])
            && Path::new(&path).exists()
        {
            println!("cargo::rerun-if-changed={path}");
        }
    }
    git(manifest, &["rev-parse", "HEAD"]).filter(|c| is_commit(c))
}
