//! Presentation mode (P): a topic or the red card as slides, one step per
//! slide, large and centred, for a trainer projecting it to a room; with a
//! second language (B) side by side, or one above the other when narrow.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::cells::Lines;
use super::doc::{self, Block};
use super::screens::{
    card_holder_blocks, card_note, card_officer_blocks, step_block, topic_honesty_blocks,
    warrants_figure,
};
use super::style;
use crate::Content;
use crate::app::{Model, Screen};
use crate::content::{Figure, topic_summary_id, topic_title_id};
use crate::i18n::Lang;
use crate::text::{width, wrap};

/// One slide: a heading and what it shows.
pub struct Slide {
    pub heading: String,
    pub blocks: Vec<Block>,
    /// The first slide of a topic: its heading is drawn big.
    pub title: bool,
}

/// The slides of the current screen in `lang`; None where there are none
/// (lists, Find help, about).
pub fn slides(model: &Model, content: &Content, lang: Lang) -> Option<Vec<Slide>> {
    let t = |id: &str| content.catalog.text(lang, id);
    match *model.screen() {
        Screen::Topic { topic, .. } => {
            let topic = &content.guide.topics[topic];
            let heading = t(&topic_title_id(topic.id.get_ref()));
            let slide = |blocks, title| Slide { heading: heading.clone(), blocks, title };
            let summary = Block::Para(t(&topic_summary_id(topic.id.get_ref())), style::title());
            let mut slides = vec![slide(vec![summary], true)];
            if let Some(Figure::Warrants) = topic.figure {
                slides.push(slide(warrants_figure(content, lang), false));
            }
            slides.extend(
                topic.steps.iter().map(|s| slide(vec![step_block(content, lang, s)], false)),
            );
            slides.push(slide(topic_honesty_blocks(content, lang, topic), false));
            Some(slides)
        }
        Screen::Card { .. } => {
            let heading = t(&crate::content::section_title_id(&model.screen().id(content)));
            Some(vec![
                Slide {
                    heading: heading.clone(),
                    blocks: card_officer_blocks(content, true),
                    title: false,
                },
                Slide {
                    heading: heading.clone(),
                    blocks: card_holder_blocks(content, lang, true),
                    title: false,
                },
                Slide { heading, blocks: vec![card_note(content, lang)], title: false },
            ])
        }
        _ => None,
    }
}

/// How many slides the current screen has (0 where there are none).
pub fn slide_count(model: &Model, content: &Content) -> usize {
    slides(model, content, model.lang).map_or(0, |s| s.len())
}

/// "3 / 12" for the header, while presenting.
pub fn counter(model: &Model, content: &Content) -> Option<String> {
    let count = slide_count(model, content);
    (model.presenting && count > 0).then(|| format!("{} / {count}", model.slide.min(count - 1) + 1))
}

/// Draws the current slide (and its second language) in `body`. False
/// where the screen has no slides.
pub fn draw(model: &Model, content: &Content, frame: &mut Frame, body: Rect) -> bool {
    let Some(first) = slides(model, content, model.lang) else { return false };
    let at = model.slide.min(first.len().saturating_sub(1));
    let second = model
        .second
        .filter(|&l| l != model.lang)
        .and_then(|l| slides(model, content, l))
        .and_then(|mut s| (at < s.len()).then(|| s.swap_remove(at)));
    let Some(slide) = first.into_iter().nth(at) else { return false };
    match second {
        None => draw_centred(frame, body, &slide_lines(&slide, body.width, true)),
        Some(other) if body.width >= 2 * 40 + 3 => {
            // Side by side, a rule between: English | ខ្មែរ.
            let half = (body.width - 3) / 2;
            let left = Rect { width: half, ..body };
            let right = Rect { x: body.x + half + 3, width: half, ..body };
            draw_centred(frame, left, &slide_lines(&slide, half, false));
            draw_centred(frame, right, &slide_lines(&other, half, false));
            let rule: Vec<Line> =
                (0..body.height).map(|_| Line::styled("│", style::rule())).collect();
            frame.render_widget(Lines::new(&rule), Rect { x: body.x + half + 1, width: 1, ..body });
        }
        Some(other) => {
            // One above the other on a narrow screen.
            let top_height = body.height / 2;
            let top = Rect { height: top_height, ..body };
            let bottom =
                Rect { y: body.y + top_height + 1, height: body.height - top_height - 1, ..body };
            draw_centred(frame, top, &slide_lines(&slide, body.width, false));
            let rule = [Line::styled("─".repeat(usize::from(body.width)), style::rule())];
            frame.render_widget(
                Lines::new(&rule),
                Rect { y: body.y + top_height, height: 1, ..body },
            );
            draw_centred(frame, bottom, &slide_lines(&other, body.width, false));
        }
    }
    true
}

/// The slide laid out for `width` cells: its heading (big where the
/// script allows), then its blocks in a narrower, easier column.
fn slide_lines(slide: &Slide, width: u16, big: bool) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let heading = if big && slide.title { big_letters(&slide.heading, width) } else { None };
    match heading {
        Some(big) => lines.extend(big),
        None => {
            let heading = spaced(&slide.heading);
            let bold = style::title();
            lines.extend(
                wrap(&heading, usize::from(width)).into_iter().map(|l| Line::styled(l, bold)),
            );
        }
    }
    lines.push(Line::default());
    // Lines of about 60 cells read best from across a room.
    let column = width.min(60.max(width * 3 / 4));
    lines.extend(doc::lines(&slide.blocks, column));
    lines
}

/// Chinese reads larger with a little air between characters; Khmer must
/// not be spaced (its letters join), nor Latin (words would fall apart).
fn spaced(text: &str) -> String {
    let wide = |c: char| width(c.encode_utf8(&mut [0; 4])) == 2;
    if !text.chars().any(wide) {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if wide(c) {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// Centres the lines as one block in `area`, across and down.
fn draw_centred(frame: &mut Frame, area: Rect, lines: &[Line<'static>]) {
    let widest = lines.iter().map(Line::width).max().unwrap_or(0) as u16;
    let height = (lines.len() as u16).min(area.height);
    let x = area.x + area.width.saturating_sub(widest) / 2;
    let y = area.y + (area.height - height) / 2;
    let inner = Rect::new(x, y, area.right() - x, height);
    frame.render_widget(Lines::new(lines), inner);
}

/// The heading in 8×8 block letters, four cells wide and four rows high
/// each (quadrant characters), if it is Latin and fits; None otherwise.
fn big_letters(text: &str, max_width: u16) -> Option<Vec<Line<'static>>> {
    let glyph = |c: char| -> Option<[u8; 8]> {
        match c as u32 {
            0..=127 => Some(font8x8::legacy::BASIC_LEGACY[c as usize]),
            0xA0..=0xFF => Some(font8x8::legacy::LATIN_LEGACY[c as usize - 0xA0]),
            _ => None,
        }
    };
    let per_line = usize::from(max_width) / 4;
    if per_line < 8 {
        return None;
    }
    let rows = wrap(text, per_line);
    if rows.len() > 2 {
        return None;
    }
    let mut lines = Vec::new();
    for row in rows {
        let glyphs: Vec<[u8; 8]> = row.chars().map(glyph).collect::<Option<_>>()?;
        let lit = |g: &[u8; 8], x: usize, y: usize| g[y] & (1 << x) != 0;
        for cell_row in 0..4 {
            let mut text = String::new();
            for g in &glyphs {
                for cell in 0..4 {
                    let (x, y) = (cell * 2, cell_row * 2);
                    let bits =
                        (lit(g, x, y), lit(g, x + 1, y), lit(g, x, y + 1), lit(g, x + 1, y + 1));
                    text.push(quadrant(bits));
                }
            }
            lines.push(Line::from(Span::styled(text, style::title())));
        }
    }
    Some(lines)
}

/// The quadrant character lighting (top-left, top-right, bottom-left, bottom-right).
fn quadrant(bits: (bool, bool, bool, bool)) -> char {
    match bits {
        (false, false, false, false) => ' ',
        (true, false, false, false) => '▘',
        (false, true, false, false) => '▝',
        (true, true, false, false) => '▀',
        (false, false, true, false) => '▖',
        (true, false, true, false) => '▌',
        (false, true, true, false) => '▞',
        (true, true, true, false) => '▛',
        (false, false, false, true) => '▗',
        (true, false, false, true) => '▚',
        (false, true, false, true) => '▐',
        (true, true, false, true) => '▜',
        (false, false, true, true) => '▄',
        (true, false, true, true) => '▙',
        (false, true, true, true) => '▟',
        (true, true, true, true) => '█',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_headings_are_drawn_in_block_letters_others_are_not() {
        let big = big_letters("ICE", 80).unwrap();
        assert_eq!(big.len(), 4, "one line of letters is four rows");
        assert_eq!(big[0].width(), 12);
        // The I's top bar is lit.
        let top: String = big[0].spans.iter().map(|s| s.content.as_ref()).collect();
        assert!(top.chars().take(4).any(|c| c != ' '), "{top:?}");
        assert!(big_letters("ស្ងៀម", 80).is_none());
        assert!(big_letters("保持沉默", 80).is_none());
        assert!(big_letters("Señor", 80).is_some(), "Latin-1 letters are drawn too");
        assert!(big_letters("ICE", 20).is_none(), "too narrow");
    }

    #[test]
    fn chinese_is_spaced_khmer_and_latin_are_not() {
        assert_eq!(spaced("保持沉默"), "保 持 沉 默");
        assert_eq!(spaced("ស្ងៀម"), "ស្ងៀម");
        assert_eq!(spaced("Stay silent"), "Stay silent");
    }
}
