//! presente: know your rights during immigration (ICE) encounters, offline.
//!
//! Where things are:
//! - `app`: the model and `update` (what a key or a tap does),
//! - `ui`: `view` (how each screen draws itself),
//! - `content`: the guide's structure from `content/*.toml`,
//! - `i18n`: every word, from `locales/<lang>/*.ftl`,
//! - `text`: line breaking and cell widths,
//! - `cli`: the command line (`list`, `snapshot`).

pub mod app;
pub mod cli;
pub mod content;
pub mod i18n;
pub mod text;
pub mod ui;

/// Everything the app shows, loaded and checked once at start-up.
pub struct Content {
    pub catalog: i18n::Catalog,
    pub guide: content::Guide,
}

impl Content {
    /// The content built into the binary. Errors name file, line and field.
    pub fn embedded() -> Result<Content, Vec<String>> {
        let catalog = i18n::Catalog::embedded()
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        let guide = content::Guide::embedded(&catalog)
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        Ok(Content { catalog, guide })
    }
}
