//! presente: know your rights during immigration (ICE) encounters, offline.
//!
//! Where things are:
//! - `app`: the model and `update` (what a key or a tap does), the key table,
//! - `input`: terminal events become the app's messages (the boundary),
//! - `layout`: `plan` (where everything on a frame goes, once per event),
//! - `ui`: `view` (paints a plan: roles become styles, text becomes cells),
//! - `content`: the guide's structure from `content/guide.toml`,
//! - `directory`: Find help's contacts (`content/contacts.toml`) and search,
//! - `operator`: a community centre's own settings and contacts (`--config`),
//! - `i18n`: every word, from `locales/<lang>/*.ftl`,
//! - `text`: line breaking and cell widths,
//! - `sandbox`: the process locks itself down (no new files, no sockets),
//! - `check`: what is missing or broken in locale and content files,
//! - `cli`: the command line (`list`, `snapshot`, `export`, `check`).

pub mod app;
pub mod check;
pub mod cli;
pub mod content;
pub mod directory;
pub mod files;
pub mod i18n;
pub mod input;
pub mod kiosk;
pub mod layout;
pub mod operator;
pub mod sandbox;
pub mod text;
pub mod ui;

/// The locale and content files built into the binary (build.rs).
mod embedded;

/// Everything the app shows, loaded and checked once at start-up.
pub struct Content {
    pub catalog: i18n::Catalog,
    /// The guide's sections, topics and sources, read on first use
    /// (`guide()`): `list languages` never needs them.
    guide: std::sync::OnceLock<content::Guide>,
    /// Find help's places and contacts, read the first time a screen or
    /// command needs them (`directory()`): most never do.
    directory: std::sync::OnceLock<directory::Directory>,
    /// Folded text for Find help's search, built per language on first use.
    pub search: directory::SearchIndex,
    /// The language picker's order (the operator file may change it).
    pub picker: Vec<i18n::Lang>,
    pub operator: operator::Operator,
    /// Problems in a translator's preview folder (`--locales`): the
    /// built-in text is shown instead, and a banner says where.
    pub notices: Vec<String>,
    /// The translator's folder (`--locales`) as given, for the preview's
    /// banner; None for the built-in text alone.
    pub preview: Option<String>,
    /// How many of the translator's messages are shown in English because
    /// their entry does not parse.
    pub broken_messages: usize,
    /// What the kernel enforces, once the app has locked itself down
    /// (None in snapshots and other commands).
    pub lockdown: Option<sandbox::Lockdown>,
    /// Today, to say when a page is older than `content::FRESH_FOR_DAYS`
    /// (the clock, or `--today`). None: never said (tests and snapshots
    /// stay the same whatever the date).
    pub today: Option<time::Date>,
}

impl Content {
    /// The built-in content with a translator's folder over it (a folder
    /// of locale folders, or one language's folder). An entry there that
    /// does not parse is left out, and English shown for it; a file that
    /// cannot be read at all (a FIFO, a dangling link) is left out whole.
    /// `notices` says where.
    pub fn with_locales_from(dir: &std::path::Path) -> Result<Content, Vec<String>> {
        let folder = i18n::folder_files(dir).map_err(|e| {
            vec![format!("{}: cannot read: {e}", text::echo(&dir.display().to_string()))]
        })?;
        let overlay = folder.files;
        let own_records = folder.records;
        let mut notices: Vec<String> = folder.unreadable.iter().map(ToString::to_string).collect();
        let mut broken_messages = 0;
        let mut good = Vec::new();
        // Where each language's files are shown: `locales/<code>/` becomes this.
        let mut folders: Vec<(String, String)> = Vec::new();
        let builtin = i18n::embedded_files();
        for file in overlay {
            let folder = file.path.split('/').next().unwrap_or_default().to_string();
            let name = i18n::file_name(&file.path);
            let shown_folder = file.shown.strip_suffix(name).unwrap_or_default().to_string();
            // A folder whose name is not a language tag is left out on its
            // own, named, instead of dropping every other folder with it.
            if !i18n::is_language_tag(&folder) {
                let notice = format!("{shown_folder}: {}", i18n::NOT_A_LANGUAGE_TAG);
                if !notices.contains(&notice) {
                    notices.push(notice);
                }
                continue;
            }
            if !folders.iter().any(|(code, _)| *code == folder) {
                folders.push((folder.clone(), shown_folder));
            }
            let builtin = builtin.iter().find(|(path, _)| *path == file.path);
            let builtin = builtin.map(|(_, text)| text.as_str());
            let (usable, broken, errors) = i18n::usable_part(&file.shown, &file.text, builtin);
            notices.extend(errors.iter().map(ToString::to_string));
            broken_messages += broken;
            if let Some(text) = usable {
                good.push((file.path, text));
            }
        }
        let files = i18n::layer(builtin, good, |(path, _)| path.as_str());
        let records = own_records.iter().map(|f| (f.path.clone(), f.text.clone())).collect();
        let records = i18n::layer(i18n::embedded_records(), records, |(path, _)| path.as_str());
        let mut content = match i18n::Catalog::from_files(files) {
            Ok(catalog) => {
                let mut catalog = catalog.with_records(records);
                // The translator's record files: named as given, and what
                // cannot be read in them said now (the rest still counts).
                for file in &own_records {
                    let code = file.path.split('/').next().unwrap_or_default();
                    catalog.show_record_as(code, &file.shown);
                    if let Some(lang) = catalog.find(code) {
                        notices.extend(catalog.record_errors(lang).iter().map(ToString::to_string));
                    }
                }
                // Read now, with every check: the translator's words are
                // what the guide and the contacts are checked against.
                let mut content = Content::from_catalog(catalog)?;
                let to_strings = |errors: Vec<content::ContentError>| {
                    errors.iter().map(ToString::to_string).collect::<Vec<_>>()
                };
                let (file, text) =
                    content::embedded_file(content::GUIDE_FILE).map_err(to_strings)?;
                let guide =
                    content::Guide::parse(&file, &text, &content.catalog).map_err(to_strings)?;
                let directory =
                    directory::Directory::embedded(&content.catalog).map_err(to_strings)?;
                content.guide = std::sync::OnceLock::from(guide);
                content.directory = std::sync::OnceLock::from(directory);
                content
            }
            Err(mut errors) => {
                // Name the translator's folder, not the built-in one.
                for e in &mut errors {
                    for (code, shown) in &folders {
                        if let Some(rest) = e.file.strip_prefix(&format!("locales/{code}/")) {
                            e.file = format!("{shown}{rest}");
                        }
                    }
                }
                notices.extend(errors.iter().map(ToString::to_string));
                Content::embedded()?
            }
        };
        content.notices = notices;
        content.broken_messages = broken_messages;
        content.preview = Some(dir.display().to_string());
        Ok(content)
    }

    fn from_catalog(catalog: i18n::Catalog) -> Result<Content, Vec<String>> {
        Ok(Content {
            search: directory::SearchIndex::new(&catalog),
            picker: catalog.langs().collect(),
            operator: operator::Operator::default(),
            catalog,
            guide: std::sync::OnceLock::new(),
            directory: std::sync::OnceLock::new(),
            notices: Vec::new(),
            broken_messages: 0,
            preview: None,
            lockdown: None,
            today: None,
        })
    }

    /// The guide: sections, topics, the red card, sources.
    pub fn guide(&self) -> &content::Guide {
        self.guide.get_or_init(|| {
            // As `directory`: `the_built_in_guide_passes_every_check`.
            content::Guide::embedded(&self.catalog).expect("the built-in guide is checked by tests")
        })
    }

    /// Find help's places and contacts (and an operator's own).
    pub fn directory(&self) -> &directory::Directory {
        self.directory.get_or_init(|| {
            // Only the built-in content is read here (a translator's folder
            // reads it at once, with its errors), and tests check that it
            // loads (`the_built_in_directory_loads`).
            directory::Directory::embedded(&self.catalog)
                .expect("the built-in contacts and places are checked by tests")
        })
    }

    pub fn directory_mut(&mut self) -> &mut directory::Directory {
        self.directory();
        self.directory.get_mut().expect("loaded just above")
    }

    /// Where `lang` is in the language picker.
    pub fn picker_position(&self, lang: i18n::Lang) -> usize {
        self.picker.iter().position(|&l| l == lang).unwrap_or(0)
    }

    /// The content built into the binary. Errors name file, line and field.
    pub fn embedded() -> Result<Content, Vec<String>> {
        let catalog = i18n::Catalog::embedded()
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        Content::from_catalog(catalog)
    }
}
