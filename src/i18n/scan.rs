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

/// Calls `found` with each message of English `texts` and its fingerprint,
/// in the files' order, without copying the sources.
pub fn each_fingerprint<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    mut found: impl FnMut(&'a str, u32),
) {
    for text in texts {
        let mut current: Option<(&str, Fnv)> = None;
        for line in text.lines() {
            if line.starts_with(' ')
                && let Some((_, fnv)) = current.as_mut()
            {
                fnv.add("\n");
                fnv.add(line.trim_end());
                continue;
            }
            if let Some((id, fnv)) = current.take() {
                found(id, fnv.finish());
            }
            if let Some(id) = entry_id(line).filter(|_| !line.starts_with('-')) {
                let mut fnv = Fnv::new();
                fnv.add(line.split_once('=').map_or("", |(_, v)| v).trim());
                current = Some((id, fnv));
            }
        }
        if let Some((id, fnv)) = current.take() {
            found(id, fnv.finish());
        }
    }
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
