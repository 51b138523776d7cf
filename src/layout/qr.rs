//! QR codes drawn with half-block characters: each cell shows two modules,
//! one above the other, so the code is square on a terminal's tall cells.
//! Their role (`Role::Qr`) paints dark modules black on white whatever the
//! terminal's colours, because phones read dark-on-light codes most reliably.

use qrcode::{Color as Module, EcLevel, QrCode};
use std::cell::RefCell;
use std::collections::HashMap;

use super::{Line, Role};

/// Light modules around the code; the standard asks for 4.
const QUIET_ZONE: usize = 4;

/// The code for `data` as terminal lines; None if it is too long to encode.
pub fn lines(data: &str) -> Option<Vec<Line>> {
    // Encoding is the slow part of laying out a contact's page: remember
    // the codes (a few dozen contacts, two codes each).
    type Drawn = HashMap<String, Option<Vec<Line>>>;
    thread_local! {
        static DRAWN: RefCell<Drawn> = RefCell::default();
    }
    let key = data.to_string();
    if let Some(lines) = DRAWN.with_borrow(|drawn| drawn.get(&key).cloned()) {
        return lines;
    }
    let lines = encode(data);
    DRAWN.with_borrow_mut(|drawn| {
        if drawn.len() > 512 {
            drawn.clear();
        }
        drawn.insert(key, lines.clone());
    });
    lines
}

fn encode(data: &str) -> Option<Vec<Line>> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let size = code.width();
    let modules = code.to_colors();
    let side = size + 2 * QUIET_ZONE;
    let dark = |x: usize, y: usize| {
        let inside = (QUIET_ZONE..QUIET_ZONE + size).contains(&x)
            && (QUIET_ZONE..QUIET_ZONE + size).contains(&y);
        inside && modules[(y - QUIET_ZONE) * size + (x - QUIET_ZONE)] == Module::Dark
    };
    let rows = (0..side).step_by(2).map(|y| {
        let text: String = (0..side)
            .map(|x| match (dark(x, y), dark(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            })
            .collect();
        Line::new(text, Role::Qr)
    });
    Some(rows.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the drawn lines back into pixels (each module 4×4) and decodes
    /// them as a phone would.
    fn decode(lines: &[Line]) -> String {
        let rows: Vec<Vec<char>> = lines.iter().map(|l| l.text().chars().collect()).collect();
        let side = rows[0].len();
        let scale = 4;
        let dark = |x: usize, y: usize| {
            let c = rows[y / 2][x];
            matches!((c, y % 2), ('█', _) | ('▀', 0) | ('▄', 1))
        };
        let height = rows.len() * 2;
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(side * scale, height * scale, |x, y| {
                if dark(x / scale, y / scale) { 0 } else { 255 }
            });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code");
        grids[0].decode().expect("the code decodes").1
    }

    #[test]
    fn drawn_codes_scan_back_to_their_data() {
        for data in ["tel:+18886221510", "https://immigrationadvocates.org/legaldirectory"] {
            let lines = lines(data).unwrap();
            assert_eq!(decode(&lines), data);
        }
    }

    #[test]
    fn a_code_is_square_in_cells_of_two_modules() {
        let lines = lines("tel:+18443631423").unwrap();
        // Version 1 is 21 modules, with the quiet zone 29 wide and 15 rows.
        assert_eq!(lines.len(), 15);
        assert!(lines.iter().all(|l| l.width() == 29));
    }
}
