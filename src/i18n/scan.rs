//! Reading a well-formed `.ftl` file line by line, without a Fluent parser:
//! which ids it defines and each English message's fingerprint. build.rs
//! includes this file too (`#[path]`), so the built-in files' ids and
//! fingerprints are made when the binary is built, the same way the app
//! makes them for a translator's files. Only `std` here.

/// The id a line defines (`id =` or `-id =`), without a term's `-`.
pub fn entry_id(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('-').unwrap_or(line);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    let (id, after) = rest.split_at(end);
    (id.starts_with(|c: char| c.is_ascii_alphabetic()) && after.trim_start().starts_with('='))
        .then_some(id)
}

/// The ids of the messages in `text` (not terms), in the file's order.
pub fn message_ids(text: &str) -> Vec<&str> {
    text.lines().filter(|l| !l.starts_with('-')).filter_map(entry_id).collect()
}

/// A fingerprint of an English message's source: FNV-1a, folded to 32 bits.
/// Written out here, not `std`'s hasher, which may change between Rust
/// versions: a record must mean the same English for years.
pub fn fingerprint(source: &str) -> u32 {
    let mut fnv = Fnv::new();
    fnv.add(source);
    fnv.finish()
}

/// FNV-1a, fed piece by piece (see [`fingerprint`]).
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn add(&mut self, text: &str) {
        for byte in text.bytes() {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u32 {
        (self.0 >> 32) as u32 ^ self.0 as u32
    }
}

/// Calls `found` with each message of `texts` (not terms: they are a
/// language's own), in the files' order: its id, the text after `=` and the
/// lines that go on from it, each trimmed (at its end: only a change of
/// words, not of trailing spaces, is a change). Joined by `\n`, these are
/// the message's source, which its fingerprint is made of.
pub fn each_message<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    mut found: impl FnMut(&'a str, &'a str, &[&'a str]),
) {
    let mut going_on: Vec<&str> = Vec::new();
    for text in texts {
        let mut current: Option<(&str, &str)> = None;
        for line in text.lines() {
            if line.starts_with(' ') && current.is_some() {
                going_on.push(line.trim_end());
                continue;
            }
            if let Some((id, value)) = current.take() {
                found(id, value, &going_on);
                going_on.clear();
            }
            if let Some(id) = entry_id(line).filter(|_| !line.starts_with('-')) {
                current = Some((id, line.split_once('=').map_or("", |(_, v)| v).trim()));
            }
        }
        if let Some((id, value)) = current.take() {
            found(id, value, &going_on);
            going_on.clear();
        }
    }
}

/// Calls `found` with each message of English `texts` and its fingerprint
/// (of its source: see [`each_message`]), without copying the sources.
pub fn each_fingerprint<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    mut found: impl FnMut(&'a str, u32),
) {
    each_message(texts, |id, value, going_on| {
        let mut fnv = Fnv::new();
        fnv.add(value);
        for line in going_on {
            fnv.add("\n");
            fnv.add(line);
        }
        found(id, fnv.finish());
    });
}

/// Each English message's fingerprint, sorted by id; of an id defined
/// twice, the first, as Fluent keeps it.
pub fn sorted_fingerprints<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<(&'a str, u32)> {
    let mut all = Vec::with_capacity(1024);
    each_fingerprint(texts, |id, fingerprint| all.push((id, fingerprint)));
    // A stable sort keeps the first of equal ids first.
    all.sort_by(|a, b| a.0.cmp(b.0));
    all.dedup_by(|later, first| later.0 == first.0);
    all
}

/// Whether `id` can be a message's id: an ASCII letter, then letters,
/// digits, `-` and `_`.
pub fn is_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A record-file line exactly as `presente review` writes it (`id =
/// 9f3a61c2`, perhaps then ` reviewed …`), read byte by byte: its id, its
/// English fingerprint and what follows ` reviewed` unchecked; None for
/// any other line.
pub fn written_record(raw: &str) -> Option<(&str, u32, Option<&str>)> {
    let bytes = raw.as_bytes();
    let id_end = bytes.iter().position(|&b| b == b' ')?;
    let (id, rest) = (&raw[..id_end], &bytes[id_end..]);
    if !is_id(id) || rest.len() < 11 || &rest[..3] != b" = " {
        return None;
    }
    let mut english = 0u32;
    for &b in &rest[3..11] {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            _ => return None,
        };
        english = english << 4 | u32::from(digit);
    }
    match &raw[id_end + 11..] {
        "" => Some((id, english, None)),
        review => Some((id, english, Some(review.strip_prefix(' ')?))),
    }
}

/// Of translated messages, each `(id, the fingerprint of the English it was
/// made from, whether it is reviewed)`: how many are reviewed against
/// today's English, and how many were made from an English that has
/// changed since (`english`: an id's fingerprint today). The officer's side
/// of the red card is English in every language: not counted.
pub fn count_standing<'a>(
    records: impl IntoIterator<Item = (&'a str, u32, bool)>,
    english: impl Fn(&str) -> Option<u32>,
) -> (usize, usize) {
    let (mut reviewed, mut changed) = (0, 0);
    for (id, made_from, is_reviewed) in records {
        let Some(now) = english(id) else { continue };
        if id.starts_with("card-officer-") {
            continue;
        }
        if made_from != now {
            changed += 1;
        } else if is_reviewed {
            reviewed += 1;
        }
    }
    (reviewed, changed)
}
