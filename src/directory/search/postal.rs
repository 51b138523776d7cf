//! US postal codes: the first three digits of a ZIP Code name the state
//! it is in (`content/zip-prefixes.tsv`, sourced in
//! docs/sources/zip-prefixes.md).

use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../content/zip-prefixes.tsv");

/// `(first prefix, last prefix, place id)`, in file order.
fn ranges() -> &'static [(u16, u16, &'static str)] {
    static RANGES: OnceLock<Vec<(u16, u16, &'static str)>> = OnceLock::new();
    RANGES.get_or_init(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let (prefixes, place) = line.split_once('\t')?;
                let (first, last) = prefixes.split_once('-').unwrap_or((prefixes, prefixes));
                Some((first.parse().ok()?, last.parse().ok()?, place.trim()))
            })
            .collect()
    })
}

/// The place id (`content/regions.toml`) a ZIP Code is in: five digits,
/// or ZIP+4 (`97214-1234`). None for anything else, and for prefixes the
/// table does not give (unused ones, military mail).
pub fn zip_place(zip: &str) -> Option<&'static str> {
    let zip = zip.trim();
    let five = zip.split_once('-').map_or(zip, |(five, four)| {
        if four.len() == 4 && four.bytes().all(|b| b.is_ascii_digit()) { five } else { "" }
    });
    if five.len() != 5 || !five.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let prefix: u16 = five[..3].parse().ok()?;
    ranges().iter().find(|(first, last, _)| (*first..=*last).contains(&prefix)).map(|r| r.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_table_is_read_and_no_prefix_is_given_twice() {
        let lines = TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        assert_eq!(lines.count(), ranges().len(), "a line of the table does not parse");
        let mut seen = [false; 1000];
        for &(first, last, place) in ranges() {
            assert!(first <= last && last < 1000, "{first}-{last} {place}");
            for prefix in first..=last {
                assert!(!seen[prefix as usize], "{prefix:03} is given twice");
                seen[prefix as usize] = true;
            }
        }
    }

    #[test]
    fn a_zip_code_names_its_state() {
        assert_eq!(zip_place("97214"), Some("oregon"));
        assert_eq!(zip_place("55104-1234"), Some("minnesota"));
        assert_eq!(zip_place("00901"), Some("puerto-rico"));
        assert_eq!(zip_place("20001"), Some("district-of-columbia"));
        // Mail sorted in Boise, Idaho, but the place is in Oregon.
        assert_eq!(zip_place("97914"), Some("oregon"));
        for not_a_zip in ["9721", "972144", "97214-12", "abcde", "", "56800"] {
            assert_eq!(zip_place(not_a_zip), None, "{not_a_zip}");
        }
    }
}
