//! ICU's data for the segmenters, less what no screen needs: the line
//! segmenter every screen wraps with ([`line_segmenter`]) and the word
//! segmenter search cuts Khmer with ([`word_segmenter`]), each made once.
//!
//! ICU's dictionary segmenters load a dictionary for each of Khmer, Thai,
//! Lao and Burmese (1.04 MB together), and the word segmenter one for
//! Chinese and Japanese (2.0 MB). Only Khmer's is needed: search cuts
//! Chinese into pairs of characters, and no screen shows Thai, Lao or
//! Burmese, which are left unbroken. [`KhmerOnly`] answers with ICU's
//! compiled data and Khmer's dictionary alone, ICU's own bytes committed in
//! `data/icu/khmerdict.bin` (data/icu/README.md): ICU's table of the four
//! is never referred to, and not linked in (issue 32: a 4 MiB binary).

use std::sync::OnceLock;

use icu_collections::codepointinvlist::CodePointInversionList;
use icu_provider::prelude::*;
use icu_segmenter::options::{LineBreakOptions, WordBreakOptions};
use icu_segmenter::provider::{
    Baked, DictionaryBreakData, SegmenterBreakGraphemeClusterV1, SegmenterBreakLineV1,
    SegmenterBreakWordOverrideV1, SegmenterBreakWordV1, SegmenterDictionaryAutoV2,
    SegmenterDictionaryExtendedV2,
};
use icu_segmenter::{LineSegmenter, LineSegmenterBorrowed, WordSegmenter, WordSegmenterBorrowed};
use zerotrie::ZeroTrieSimpleAscii;
use zerovec::ZeroVec;

/// The line segmenter every screen's text is wrapped with: UAX 14's rules,
/// and Khmer cut into words by ICU's dictionary.
pub fn line_segmenter() -> LineSegmenterBorrowed<'static> {
    // Made once: text is wrapped a paragraph at a time. Kept borrowed for
    // the whole run (the owned segmenter is not `Sync`).
    static SEGMENTER: OnceLock<LineSegmenterBorrowed<'static>> = OnceLock::new();
    *SEGMENTER.get_or_init(|| {
        let options = LineBreakOptions::default();
        match LineSegmenter::try_new_dictionary_unstable(&KhmerOnly, options) {
            Ok(owned) => Box::leak(Box::new(owned)).as_borrowed(),
            // Not seen (the data is built in, and tested): lines still
            // break by the rules, Khmer between clusters.
            Err(_) => LineSegmenter::new_for_non_complex_scripts(options),
        }
    })
}

/// The word segmenter search cuts Khmer with. Chinese text never reaches
/// it (it has no dictionary for it).
pub fn word_segmenter() -> Option<WordSegmenterBorrowed<'static>> {
    // Made once: a search cuts thousands of short texts. Kept borrowed
    // for the whole run (the owned segmenter is not `Sync`).
    static SEGMENTER: OnceLock<Option<WordSegmenterBorrowed<'static>>> = OnceLock::new();
    *SEGMENTER.get_or_init(|| {
        let options = WordBreakOptions::default();
        let owned = WordSegmenter::try_new_dictionary_unstable(&KhmerOnly, options).ok()?;
        Some(Box::leak(Box::new(owned)).as_borrowed())
    })
}

/// ICU's compiled data with one dictionary, Khmer's. Asked for another, it
/// has none (`IdentifierNotFound`), and the segmenters are made without it.
struct KhmerOnly;

/// The attribute ICU asks the Khmer dictionary by.
const KHMER: &str = "khmerdict";

/// ICU 2.4's Khmer dictionary, a trie of the words written with its
/// alphabet (each character stands for its place in the alphabet).
static KHMER_TRIE: &[u8] = include_bytes!("../../data/icu/khmerdict.bin");

/// The characters of Khmer's dictionary, as an inversion list (each range's
/// first character, then the one after its last): the Khmer letters and
/// signs U+1780 to U+17DD, the zero-width non-joiner and joiner.
const KHMER_ALPHABET: [char; 4] = ['\u{1780}', '\u{17DE}', '\u{200C}', '\u{200E}'];

/// Answers for a marker with ICU's compiled data.
macro_rules! baked {
    ($($marker:ty),*) => {$(
        impl DataProvider<$marker> for KhmerOnly {
            fn load(&self, req: DataRequest) -> Result<DataResponse<$marker>, DataError> {
                Baked.load(req)
            }
        }
    )*};
}

baked!(
    SegmenterBreakLineV1,
    SegmenterBreakWordV1,
    SegmenterBreakWordOverrideV1,
    SegmenterBreakGraphemeClusterV1
);

impl DataProvider<SegmenterDictionaryExtendedV2> for KhmerOnly {
    fn load(
        &self,
        req: DataRequest,
    ) -> Result<DataResponse<SegmenterDictionaryExtendedV2>, DataError> {
        let not_found =
            || DataErrorKind::IdentifierNotFound.with_req(SegmenterDictionaryExtendedV2::INFO, req);
        if req.id.marker_attributes.as_str() != KHMER {
            return Err(not_found());
        }
        let alphabet = KHMER_ALPHABET.into_iter().map(Into::into).collect();
        let alphabet =
            CodePointInversionList::try_from_inversion_list(alphabet).map_err(|_| not_found())?;
        let trie = ZeroTrieSimpleAscii::from_store(ZeroVec::new_borrowed(KHMER_TRIE));
        let dictionary = DictionaryBreakData::ZeroTrie { alphabet, trie };
        Ok(DataResponse {
            payload: DataPayload::from_owned(dictionary),
            metadata: DataResponseMetadata::default(),
        })
    }
}

impl DataProvider<SegmenterDictionaryAutoV2> for KhmerOnly {
    fn load(&self, req: DataRequest) -> Result<DataResponse<SegmenterDictionaryAutoV2>, DataError> {
        Err(DataErrorKind::IdentifierNotFound.with_req(SegmenterDictionaryAutoV2::INFO, req))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(attributes: &'static str) -> DataRequest<'static> {
        let attributes = DataMarkerAttributes::from_str_or_panic(attributes);
        DataRequest {
            id: DataIdentifierBorrowed::for_marker_attributes(attributes),
            ..Default::default()
        }
    }

    /// The committed Khmer dictionary is ICU's. After an update of
    /// icu_segmenter, `PRESENTE_UPDATE_GOLDEN=1 cargo test --lib
    /// text::icu_data` writes ICU's bytes to data/icu/khmerdict.bin.
    #[test]
    fn the_khmer_dictionary_is_icus_own() {
        let baked: DataResponse<SegmenterDictionaryExtendedV2> =
            Baked.load(request(KHMER)).expect("ICU has a Khmer dictionary");
        let ours: DataResponse<SegmenterDictionaryExtendedV2> =
            KhmerOnly.load(request(KHMER)).expect("ours loads");
        let DictionaryBreakData::ZeroTrie { alphabet, trie } = baked.payload.get() else {
            panic!("ICU's Khmer dictionary is no longer a ZeroTrie: see data/icu/README.md");
        };
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/data/icu/khmerdict.bin");
        if std::env::var_os("PRESENTE_UPDATE_GOLDEN").is_some() {
            std::fs::write(file, trie.as_bytes()).unwrap();
        }
        assert!(
            std::fs::read(file).unwrap() == trie.as_bytes(),
            "data/icu/khmerdict.bin is not ICU's Khmer dictionary: write ICU's with \
             PRESENTE_UPDATE_GOLDEN=1 cargo test --lib text::icu_data, then build again"
        );
        let ranges: Vec<_> =
            KHMER_ALPHABET.chunks(2).map(|r| r[0] as u32..=r[1] as u32 - 1).collect();
        assert_eq!(alphabet.iter_ranges().collect::<Vec<_>>(), ranges, "KHMER_ALPHABET");
        assert!(
            ours.payload.get() == baked.payload.get(),
            "the built-in bytes are the file's (once written, build again)"
        );
    }

    #[test]
    fn there_is_no_other_dictionary() {
        for other in ["burmesedict", "laodict", "thaidict"] {
            let answer: Result<DataResponse<SegmenterDictionaryExtendedV2>, _> =
                KhmerOnly.load(request(other));
            assert_eq!(answer.unwrap_err().kind, DataErrorKind::IdentifierNotFound, "{other}");
        }
        let answer: Result<DataResponse<SegmenterDictionaryAutoV2>, _> =
            KhmerOnly.load(request("cjdict"));
        assert_eq!(answer.unwrap_err().kind, DataErrorKind::IdentifierNotFound);
    }
}
