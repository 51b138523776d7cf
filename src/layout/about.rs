//! Privacy & about: what the app never does, what the kernel enforces on
//! this machine (read from the actual lock-down), that it is not legal
//! advice, and how far this language's translation has been reviewed.
//! The screen is registered in app/screen.rs (its variant and id) and
//! reached from the guide's section of kind `about`.

use super::Role;
use super::doc::Block;
use super::screens::status_text;
use crate::Content;
use crate::app::Model;
use crate::content::section_intro_id;
use crate::i18n::ids;
use crate::sandbox::Guard;

pub fn blocks(model: &Model, content: &Content) -> Vec<Block> {
    let lang = model.lang;
    let section_id = model.screen().id(content);
    let catalog = &content.catalog;
    let t = |id: &str| catalog.text(lang, id);
    let heading = |id: &str| Block::Para(t(id), Role::Title);
    let bullet = |id: &str| Block::Bullet(t(id), Role::Plain);
    let locale = catalog.locale(lang);
    let mut blocks = vec![
        Block::Para(t(&section_intro_id(&section_id)), Role::Plain),
        Block::Blank,
        heading(ids::ABOUT_NEVER_TITLE),
        bullet(ids::ABOUT_NEVER_NETWORK),
        bullet(ids::ABOUT_NEVER_SAVE),
        bullet(ids::ABOUT_NEVER_ASK),
        Block::Blank,
    ];
    // What the kernel enforces, read from the actual lock-down.
    if let Some(lockdown) = content.lockdown {
        let files = match lockdown.files {
            Guard::Enforced => ids::ABOUT_FILES_LOCKED,
            Guard::Unavailable => ids::ABOUT_FILES_OPEN,
        };
        let network = match lockdown.network {
            Guard::Enforced => ids::ABOUT_NETWORK_BLOCKED,
            Guard::Unavailable => ids::ABOUT_NETWORK_OPEN,
        };
        blocks.extend([
            heading(ids::ABOUT_ENFORCED_TITLE),
            bullet(files),
            bullet(network),
            Block::Blank,
        ]);
    }
    blocks.extend([
        heading(ids::ABOUT_LEGAL_TITLE),
        Block::Para(t(ids::NOT_LEGAL_ADVICE), Role::Plain),
        Block::Blank,
        heading(ids::ABOUT_TRANSLATION_TITLE),
        Block::Para(format!("{} ({})", locale.name, locale.code), Role::Plain),
        Block::Para(status_text(content, lang), Role::Plain),
        Block::Para(t(ids::LOCALE_CREDITS), Role::Plain),
    ]);
    blocks
}
