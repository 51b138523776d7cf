//! Presentation mode (P): a topic or the red card as slides, one step per
//! slide, large and centred, for a trainer projecting it to a room; with a
//! second language (S) side by side, or one above the other when narrow.

use ratatui::layout::Rect;

use super::doc::{self, Block};
use super::screens::{
    card_holder_blocks, card_note, card_officer_blocks, step_block, topic_honesty_blocks,
    warrants_figure,
};
use super::{Line, Piece, Role, Scale};
use crate::Content;
use crate::app::{Model, Screen};
use fluent_bundle::FluentArgs;

use crate::content::{Figure, section_title_id, topic_summary_id, topic_title_id};
use crate::i18n::{Lang, ids};
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
            let topic = &content.guide().topics[topic];
            let heading = t(&topic_title_id(topic.id.get_ref()));
            let slide = |blocks, title| Slide { heading: heading.clone(), blocks, title };
            let summary = Block::Para(t(&topic_summary_id(topic.id.get_ref())), Role::Title);
            let mut slides = vec![slide(vec![summary], true)];
            if let Some(Figure::Warrants) = topic.figure {
                slides.push(slide(warrants_figure(content, lang), false));
            }
            slides.extend(
                topic.steps.iter().map(|s| slide(vec![step_block(content, lang, s, false)], false)),
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
        Screen::Language { .. }
        | Screen::Home { .. }
        | Screen::Section { .. }
        | Screen::Directory { .. }
        | Screen::Places { .. }
        | Screen::Contact { .. }
        | Screen::About { .. }
        | Screen::Urgent { .. }
        | Screen::Keys { .. }
        | Screen::Second { .. } => None,
    }
}

/// The header's counter, the current page of `count` and on a topic where
/// it is in its section: "Know your rights · 2/9 · slide 3/12". Where that
/// is wider than `room` cells, only the slide ("slide 3/12").
pub fn counter(model: &Model, content: &Content, count: usize, room: usize) -> String {
    let catalog = &content.catalog;
    let mut args = FluentArgs::new();
    args.set("slide", model.slide.min(count.saturating_sub(1)) + 1);
    args.set("slides", count);
    let slide = catalog.text_with(model.lang, ids::PRESENT_SLIDE, &args);
    let (Screen::Topic { topic, .. }, Some((at, topics))) =
        (*model.screen(), crate::app::topic_place(model, content))
    else {
        return slide;
    };
    let section = &content.guide().sections[content.guide().topics[topic].section];
    let title = catalog.text(model.lang, &section_title_id(section.id.get_ref()));
    // Figures and a dot: the same in every language, so no message.
    let full = format!("{title} · {}/{topics} · {slide}", at + 1);
    if width(&full) <= room { full } else { slide }
}

/// One page of slides as laid out: the first language's lines, and the
/// second language's where one is chosen.
pub struct Page {
    first: Vec<Line>,
    second: Option<Vec<Line>>,
}

/// Where the slide goes in `body`: one area, or two (side by side, or one
/// above the other on a narrow screen) and the rule between them.
struct Sides {
    first: Rect,
    second: Option<(Rect, Rect)>,
}

fn sides(body: Rect, bilingual: bool) -> Sides {
    if !bilingual {
        return Sides { first: body, second: None };
    }
    if body.width >= 2 * 40 + 3 {
        let half = (body.width - 3) / 2;
        let first = Rect { width: half, ..body };
        let second = Rect { x: body.x + half + 3, width: half, ..body };
        let rule = Rect { x: body.x + half + 1, width: 1, ..body };
        Sides { first, second: Some((second, rule)) }
    } else {
        let top_height = body.height / 2;
        let first = Rect { height: top_height, ..body };
        let second = Rect {
            y: body.y + top_height + 1,
            height: body.height.saturating_sub(top_height + 1),
            ..body
        };
        let rule = Rect { y: body.y + top_height, height: 1, ..body };
        Sides { first, second: Some((second, rule)) }
    }
}

/// The current screen's slides, each cut into pages that fit `body`.
pub fn pages(model: &Model, content: &Content, body: Rect) -> Option<Vec<Page>> {
    let first = slides(model, content, model.lang)?;
    let second = model.second.filter(|&l| l != model.lang).and_then(|l| slides(model, content, l));
    let sides = sides(body, second.is_some());
    let mut pages = Vec::new();
    for (i, slide) in first.iter().enumerate() {
        let mine = paginate(slide, sides.first, second.is_none());
        let theirs = match (&second, sides.second) {
            (Some(second), Some((area, _))) => second.get(i).map(|s| paginate(s, area, false)),
            _ => None,
        };
        let count = mine.len().max(theirs.as_ref().map_or(0, Vec::len));
        // The side with fewer pages keeps its last one in view.
        let page_of = |side: &Vec<Vec<Line>>, k: usize| {
            side.get(k).or(side.last()).cloned().unwrap_or_default()
        };
        for k in 0..count {
            pages.push(Page {
                first: page_of(&mine, k),
                second: theirs.as_ref().map(|t| page_of(t, k)),
            });
        }
    }
    Some(pages)
}

/// The page in `body`, centred, with its second language and the rule
/// between them.
pub fn page_pieces(page: Page, body: Rect) -> Vec<Piece> {
    let sides = sides(body, page.second.is_some());
    let side_by_side = sides.second.is_some_and(|(_, rule)| rule.height > 1);
    // Side by side, both start on the same row, so the two titles line up:
    // the taller side is centred down and the other starts with it.
    let rows = match &page.second {
        Some(second) if side_by_side => page.first.len().max(second.len()),
        _ => page.first.len(),
    };
    let mut pieces = vec![centred(sides.first, page.first, rows)];
    if let (Some(lines), Some((area, rule_area))) = (page.second, sides.second) {
        let rows = if side_by_side { rows } else { lines.len() };
        pieces.push(centred(area, lines, rows));
        let rule: Vec<Line> = if rule_area.height == 1 {
            vec![Line::new("─".repeat(usize::from(rule_area.width)), Role::Rule)]
        } else {
            (0..rule_area.height).map(|_| Line::new("│", Role::Rule)).collect()
        };
        pieces.push(Piece::new(rule_area, rule));
    }
    pieces
}

/// The lines as one block centred in `area`: across, and down as if they
/// were `rows` lines (at least as many as they are).
fn centred(area: Rect, lines: Vec<Line>, rows: usize) -> Piece {
    // Our widths, not ratatui's: a Khmer line measured narrower would be cut.
    let widest = lines.iter().map(Line::width).max().unwrap_or(0) as u16;
    let rows = rows.max(lines.len()).min(usize::from(area.height)) as u16;
    let height = (lines.len() as u16).min(area.height);
    let x = area.x + area.width.saturating_sub(widest) / 2;
    let y = area.y + (area.height - rows) / 2;
    Piece::new(Rect::new(x, y, area.right() - x, height), lines)
}

/// How large a slide's text is drawn: normal, unless the terminal speaks
/// text sizing. Then steps are twice as large, and a topic's title three
/// times on a wide screen.
#[derive(Clone, Copy)]
struct Sizes {
    heading: u8,
    body: u8,
}

/// The narrowest column (in cells of scaled text) worth scaling for.
const MIN_SCALED_COLUMN: u16 = 16;

/// A slide this wide (the body is at most `MAX_TEXT_WIDTH`, 100) has
/// room for a title three times as large.
const WIDE: u16 = 90;

fn sizes(slide: &Slide, width: u16, big: bool) -> Sizes {
    if !crate::text::text_sizing() || width / 2 < MIN_SCALED_COLUMN {
        return Sizes { heading: 1, body: 1 };
    }
    let heading = if big && slide.title && width >= WIDE { 3 } else { 2 };
    Sizes { heading, body: 2 }
}

/// Each line as the rows it takes drawn `times` larger.
fn scaled(lines: Vec<Line>, times: u8) -> Vec<Line> {
    lines.into_iter().flat_map(|line| line.scaled(times)).collect()
}

/// The slide laid out in `area`, on as many pages as it needs. A slide
/// that fits is one page, its heading big where the script allows; a
/// longer one repeats its heading, small, on each page. With text sizing,
/// its text is large; a title three times as large that does not fit is
/// tried twice as large first.
fn paginate(slide: &Slide, area: Rect, big: bool) -> Vec<Vec<Line>> {
    let height = usize::from(area.height).max(1);
    let mut sizes = sizes(slide, area.width, big);
    let mut whole = slide_lines(slide, area.width, big, sizes);
    if whole.len() > height && sizes.heading > sizes.body {
        sizes.heading = sizes.body;
        whole = slide_lines(slide, area.width, big, sizes);
    }
    if whole.len() <= height {
        return vec![whole];
    }
    let mut heading = heading_lines(slide, area.width, false, sizes.body);
    heading.push(Line::blank());
    let body = body_lines(slide, area.width, sizes.body);
    // Without room for the heading and two lines under it, only the text.
    let room = height.saturating_sub(heading.len());
    let heading = if room >= 2 * usize::from(sizes.body) { heading } else { Vec::new() };
    let room = height - heading.len();
    let mut pages = Vec::new();
    let mut rest = body.as_slice();
    while !rest.is_empty() {
        // A page does not start with an empty line.
        let skip = rest.iter().take_while(|l| is_blank(l)).count();
        rest = &rest[skip..];
        if rest.is_empty() {
            break;
        }
        // Where it can, a page ends between steps, not inside one.
        let mut end = room.min(rest.len());
        if end < rest.len()
            && let Some(blank) = rest[1..end].iter().rposition(is_blank)
        {
            end = blank + 1;
        }
        // Nor inside a scaled line: it goes on the next page, or where it
        // is taller than the page, alone on this one (drawn at its size).
        while end < rest.len() && end > 0 && rest[end].scale == Scale::Covered {
            end -= 1;
        }
        if end == 0 {
            end = 1 + rest[1..].iter().take_while(|l| l.scale == Scale::Covered).count();
        }
        let (page, after) = rest.split_at(end);
        pages.push(heading.iter().cloned().chain(page.iter().cloned()).collect());
        rest = after;
    }
    if pages.is_empty() {
        // Only a heading, taller than the screen.
        return whole.chunks(height).map(<[_]>::to_vec).collect();
    }
    pages
}

/// An empty line, not the rows under a scaled one.
fn is_blank(line: &Line) -> bool {
    line.width() == 0 && line.scale != Scale::Covered
}

/// The slide laid out for `width` cells: its heading (big where the
/// script allows), then its blocks in a narrower, easier column.
fn slide_lines(slide: &Slide, width: u16, big: bool, sizes: Sizes) -> Vec<Line> {
    let mut lines = heading_lines(slide, width, big, sizes.heading);
    lines.push(Line::blank());
    lines.extend(body_lines(slide, width, sizes.body));
    lines
}

fn body_lines(slide: &Slide, width: u16, times: u8) -> Vec<Line> {
    scaled(doc::lines(&slide.blocks, column_width(width / u16::from(times))), times)
}

fn heading_lines(slide: &Slide, width: u16, big: bool, times: u8) -> Vec<Line> {
    // Scaled text is large in every script: the block letters retire.
    if big
        && times == 1
        && slide.title
        && let Some(big) = big_letters(&slide.heading, width)
    {
        return big;
    }
    // Scaled Chinese needs no air between its characters.
    let heading = if times == 1 { spaced(&slide.heading) } else { slide.heading.clone() };
    let lines = wrap(&heading, usize::from(width / u16::from(times)));
    scaled(lines.into_iter().map(|l| Line::new(l, Role::Title)).collect(), times)
}

/// Lines of about 60 cells read best from across a room.
fn column_width(width: u16) -> u16 {
    width.min(60.max(width * 3 / 4))
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

/// The heading in 8×8 block letters, four cells wide and four rows high
/// each (quadrant characters), if it is Latin and fits; None otherwise.
pub(super) fn big_letters(text: &str, max_width: u16) -> Option<Vec<Line>> {
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
            lines.push(Line::new(text, Role::Title));
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
        let top = big[0].text();
        assert!(top.chars().take(4).any(|c| c != ' '), "{top:?}");
        assert!(big_letters("ស្ងៀម", 80).is_none());
        assert!(big_letters("保持沉默", 80).is_none());
        assert!(big_letters("Señor", 80).is_some(), "Latin-1 letters are drawn too");
        assert!(big_letters("ICE", 20).is_none(), "too narrow");
    }

    #[test]
    fn a_slide_too_long_for_its_area_goes_on_over_pages_and_loses_nothing() {
        use crate::app::screen_ids;
        use ratatui::layout::Size;
        let content = Content::embedded().unwrap();
        let text = |lines: &[Line]| -> Vec<String> {
            lines.iter().map(Line::text).filter(|l| !l.trim().is_empty()).collect()
        };
        let mut continued = 0;
        for lang in content.catalog.langs() {
            for id in screen_ids(&content) {
                let model = Model::at_screen(&content, Size::new(80, 24), lang, &id).unwrap();
                let Some(slides) = slides(&model, &content, lang) else { continue };
                for (slide, (width, height)) in
                    slides.iter().flat_map(|s| [(38, 7), (20, 4), (76, 20)].map(|a| (s, a)))
                {
                    let pages = paginate(slide, Rect::new(0, 0, width, height), true);
                    assert!(pages.iter().all(|p| p.len() <= usize::from(height)), "{id}");
                    if pages.len() == 1 {
                        continue;
                    }
                    continued += 1;
                    let heading = text(&heading_lines(slide, width, false, 1));
                    let heading =
                        if heading.len() + 3 <= usize::from(height) { heading } else { vec![] };
                    let mut shown = Vec::new();
                    for page in &pages {
                        let lines = text(page);
                        assert!(lines.starts_with(&heading), "{id}: {lines:?}");
                        shown.extend(lines[heading.len()..].iter().cloned());
                    }
                    let body = text(&doc::lines(&slide.blocks, column_width(width)));
                    assert_eq!(shown, body, "{id} at {width}x{height}");
                }
            }
        }
        assert!(continued > 100, "long slides were tried: {continued}");
    }

    #[test]
    fn every_line_of_every_page_is_drawn_whole_in_every_language() {
        use crate::app::screen_ids;
        use ratatui::layout::Size;
        let content = Content::embedded().unwrap();
        let english = content.catalog.reference();
        let ids: Vec<String> = screen_ids(&content).into_iter().collect();
        for lang in content.catalog.langs() {
            for id in &ids {
                for (size, second) in
                    [(Size::new(40, 15), None), (Size::new(100, 30), Some(english))]
                {
                    let mut model = Model::at_screen(&content, size, lang, id).unwrap();
                    model.presenting = true;
                    model.second = second;
                    let body = super::super::body_area(&model, &content, size).unwrap();
                    let Some(pages) = pages(&model, &content, body) else { break };
                    for (k, page) in pages.iter().enumerate() {
                        model.slide = k;
                        let shown = crate::cli::snapshot(&model, &content);
                        let sides = [Some(&page.first), page.second.as_ref()];
                        for line in sides.into_iter().flatten().flatten() {
                            let line = line.text();
                            assert!(shown.contains(line.trim()), "{id} {k}: {line:?} in\n{shown}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn has_slides_agrees_with_slides_on_every_screen() {
        use crate::app::screen_ids;
        use ratatui::layout::Size;
        let content = Content::embedded().unwrap();
        for id in screen_ids(&content) {
            let en = content.catalog.reference();
            let model = Model::at_screen(&content, Size::new(80, 24), en, &id).unwrap();
            assert_eq!(model.screen().has_slides(), slides(&model, &content, en).is_some(), "{id}");
        }
    }

    #[test]
    fn chinese_is_spaced_khmer_and_latin_are_not() {
        assert_eq!(spaced("保持沉默"), "保 持 沉 默");
        assert_eq!(spaced("ស្ងៀម"), "ស្ងៀម");
        assert_eq!(spaced("Stay silent"), "Stay silent");
    }
}
