//! The Keys help screen (the `?` key), written from the key table in
//! app/keys.rs so it cannot disagree with what the keys do.

use super::Role;
use super::doc::Block;
use crate::Content;
use crate::app::{Model, keys};
use crate::i18n::ids;

/// The Keys help screen: what a finger does (on a kiosk, also what the
/// footer's buttons do, in plain words), then every key from the key table
/// (a kiosk's list lacks the ways to quit), each beside what it does.
pub fn blocks(model: &Model, content: &Content) -> Vec<Block> {
    let t = |id: &str| content.catalog.text(model.lang, id);
    let mut blocks = vec![
        Block::Para(t(ids::KEYS_TOUCH), Role::Title),
        Block::Bullet(t(ids::KEYS_TAP), Role::Plain),
        Block::Bullet(t(ids::KEYS_DRAG), Role::Plain),
    ];
    if content.operator.kiosk {
        let buttons = [
            ids::KEYS_TOUCH_BACK,
            ids::KEYS_TOUCH_HOME,
            ids::KEYS_TOUCH_LANGUAGE,
            ids::KEYS_TOUCH_HIDE,
        ];
        blocks.extend(buttons.iter().map(|&id| Block::Bullet(t(id), Role::Plain)));
    } else {
        blocks.push(Block::Bullet(t(ids::KEYS_WHEEL), Role::Plain));
    }
    blocks.extend([Block::Blank, Block::Para(t(ids::KEYS_KEYBOARD), Role::Title)]);
    for (keys, help) in keys::help_rows(crate::app::key_mode(model, content)) {
        let marker = keys.join(" ");
        blocks.push(Block::Step {
            marker,
            marker_role: Role::Title,
            text: t(help),
            text_role: Role::Plain,
            english: None,
            changed: None,
        });
    }
    blocks.extend([
        Block::Bullet(t(ids::KEYS_NUMBER), Role::Plain),
        Block::Bullet(t(ids::KEYS_NUMBER_SLIDES), Role::Plain),
        Block::Blank,
        Block::Bullet(t(ids::KEYS_SEARCH), Role::Plain),
        Block::Bullet(t(ids::KEYS_USE_F_KEYS), Role::Plain),
    ]);
    blocks
}
