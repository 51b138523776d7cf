//! The guide's file as it is read (`content/guide.toml`): plain data with
//! where each value is in the file. build.rs includes this file too: it
//! reads the built-in guide when the binary is built (see `built_in`).

use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideFile {
    #[serde(default)]
    pub(super) sources: Vec<Source>,
    #[serde(default)]
    pub(super) sections: Vec<Section>,
    #[serde(default)]
    pub(super) topics: Vec<Topic>,
    pub(super) card: Option<Card>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Spanned<String>,
    /// Proper nouns: not translated.
    pub organisation: String,
    pub document: String,
    pub web: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    Topics,
    Card,
    About,
    /// Find help: search and filters over the contacts, and its topics.
    Directory,
    /// Call for help now: the hotline for the kiosk's place, large, with
    /// its QR code, then the national lines.
    Urgent,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: Spanned<String>,
    pub kind: SectionKind,
    #[serde(default)]
    pub(super) topics: Vec<Spanned<String>>,
    /// Indexes into `Guide::topics`, resolved after loading.
    #[serde(skip)]
    pub topic_indexes: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StepKind {
    Do,
    Dont,
    Say,
    Info,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub kind: StepKind,
    pub text: Spanned<String>,
    /// A section this step sends the reader to ("help": Find help): the
    /// topic gets a button for it, and Enter opens it.
    #[serde(default)]
    pub link: Option<Spanned<String>>,
}

/// A picture drawn before a topic's steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Figure {
    /// A warrant signed by a judge next to an ICE warrant.
    Warrants,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: Spanned<String>,
    pub reviewed: Spanned<String>,
    #[serde(default)]
    pub figure: Option<Figure>,
    pub sources: Vec<Spanned<String>>,
    pub steps: Vec<Step>,
    /// The section this topic belongs to, resolved after loading.
    #[serde(skip)]
    pub section: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub reviewed: Spanned<String>,
    pub sources: Vec<Spanned<String>>,
    /// Lines for the officer, always shown in English.
    pub officer: Vec<Spanned<String>>,
    /// Lines for the holder, in the reader's language.
    pub holder: Vec<Spanned<String>>,
    /// Where the card can be printed in the holder's language (its QR code).
    pub print_page: Option<Spanned<String>>,
}
