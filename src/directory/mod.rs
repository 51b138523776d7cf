//! Find help: the directory of help contacts, built in (`content/contacts.toml`,
//! each entry traced to a published source) and added by an operator (the
//! `[[contacts]]` of `--config`), with search and filters.

pub mod bulk;
mod search;

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use crate::content::{ContentError, Validator, is_date};
use crate::i18n::{Catalog, Lang, ids};

pub use search::{
    LANGUAGE_WORDS_ID, NAMED_LANGUAGES, NEEDS, STOP_WORDS_ID, SearchIndex, need_words_id,
    normalize, spoken_words_id, zip_place,
};

/// Kinds of help, in the order the filter offers them.
pub const KINDS: &[&str] = &[
    "rapid-response",
    "legal",
    "accompaniment",
    "sanctuary",
    "community",
    "services",
    "citizenship",
];

const RAPID_RESPONSE: usize = 0;

/// The place whose contacts are shown with every place.
pub const NATIONWIDE: &str = "nationwide";

/// A place Find help can be set to: a state, DC, Puerto Rico or
/// "nationwide" (`content/regions.toml`), or an operator's own place inside
/// one of them (a county, a city).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub id: String,
    /// The postal abbreviation (MN), which search matches too.
    pub code: Option<String>,
    /// An operator's place: the state it lies in (an index into the places).
    pub within: Option<usize>,
    /// An operator's place: its names by language code (`en` required).
    /// Built-in places are named by the message `region-<id>`.
    pub names: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
struct RawPlace {
    id: Spanned<String>,
    code: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
struct PlacesFile {
    places: Vec<RawPlace>,
}

/// The built-in places (`content/regions.toml`), each named in English.
pub fn parse_places(
    file: &str,
    text: &str,
    catalog: &Catalog,
) -> Result<Vec<Place>, Vec<ContentError>> {
    let (raw, mut v): (PlacesFile, _) = Validator::read(file, text, catalog)?;
    let mut seen = HashSet::new();
    for place in &raw.places {
        if v.new_id(&mut seen, &place.id, "places.id") {
            v.needs_message(&place.id, "places.id", &region_name_id(place.id.get_ref()));
        }
        if let Some(code) = &place.code
            && !(code.get_ref().len() == 2
                && code.get_ref().chars().all(|c| c.is_ascii_uppercase()))
        {
            let message = format!("`{}` is not a postal code like MN", code.get_ref());
            v.error(code, "places.code", message);
        }
    }
    if !seen.contains(NATIONWIDE) {
        let message = format!("`{NATIONWIDE}` is missing: its contacts are shown with every place");
        v.error_on_line(1, "places", message);
    }
    let places = raw.places.into_iter().map(|p| Place {
        id: p.id.into_inner(),
        code: p.code.map(Spanned::into_inner),
        within: None,
        names: BTreeMap::new(),
    });
    v.finish(places.collect())
}

/// What kind of page a built-in contact's number was published on; each is
/// the message `source-kind-<kind>`, so the note reads in every language.
/// `directory-only`: the one page found that shows the number is another
/// group's list of resources, and the organisation's own pages do not show
/// it (docs/sources/contacts.md says which); the note says so to the reader.
pub const SOURCE_KINDS: &[&str] = &[
    "organisation-site",
    "organisation-documents",
    "news",
    "press-release",
    "city-service",
    "secondary",
    "directory-only",
];

pub fn source_kind_name_id(kind: usize) -> String {
    format!("source-kind-{}", SOURCE_KINDS[kind])
}

pub fn kind_name_id(kind: usize) -> String {
    format!("kind-{}", KINDS[kind])
}
/// The words people type when they look for a kind of help (comma-separated).
pub fn kind_words_id(kind: usize) -> String {
    format!("kind-{}-words", KINDS[kind])
}
/// The days opening hours may name (`hours-days-<days>` in each locale).
pub const HOURS_DAYS: &[&str] =
    &["daily", "mon-fri", "mon", "tue", "wed", "thu", "fri", "sat", "sun"];

pub fn spoken_name_id(language: &str) -> String {
    format!("spoken-{language}")
}
pub fn city_name_id(city: &str) -> String {
    format!("city-{city}")
}
pub fn region_name_id(place: &str) -> String {
    format!("region-{place}")
}
pub fn about_id(contact: &str) -> String {
    format!("contact-{contact}-about")
}

/// One contact as written in a TOML file (built-in or an operator's).
/// Unknown keys are errors, reported all at once by `content::Validator::read`.
#[derive(Debug, Deserialize)]
pub struct RawContact {
    id: Spanned<String>,
    name: Spanned<String>,
    kinds: Vec<Spanned<String>>,
    regions: Vec<Spanned<String>>,
    phone: Option<Spanned<String>>,
    web: Option<Spanned<String>>,
    /// Cities it serves, as ids of `city-<id>` messages (places.ftl), so a
    /// search for "Chicago" or 芝加哥 finds it.
    #[serde(default)]
    cities: Vec<Spanned<String>>,
    /// Languages spoken, as codes (e.g. `es`, `km`, `hmn`).
    #[serde(default)]
    languages: Vec<Spanned<String>>,
    /// Opening hours: `24/7`, or `DAYS HH:MM-HH:MM` with DAYS one of
    /// `HOURS_DAYS`, are shown in the reader's language; anything else (an
    /// operator's own words) as written.
    hours: Option<String>,
    /// A line for advocates or for appointments, not for emergencies.
    #[serde(default)]
    non_emergency: bool,
    /// Built-in contacts: who published the number or website, and on what
    /// kind of page (one of `SOURCE_KINDS`).
    source: Option<Spanned<String>>,
    source_kind: Option<Spanned<String>>,
    seen: Option<Spanned<String>>,
    /// Operator contacts: what they do, by language code (`en` required).
    description: Option<Spanned<BTreeMap<String, String>>>,
}

impl RawContact {
    pub fn phone(&self) -> Option<&Spanned<String>> {
        self.phone.as_ref()
    }

    pub fn web(&self) -> Option<&Spanned<String>> {
        self.web.as_ref()
    }
}

#[derive(Debug, Deserialize)]
struct ContactsFile {
    checked: Spanned<String>,
    contacts: Vec<RawContact>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// From `content/contacts.toml`: its description is a Fluent message.
    /// `source`: who published it (may be empty for an unnamed news report);
    /// `source_kind`: an index into `SOURCE_KINDS`.
    Builtin { source: String, source_kind: usize, seen: Option<String> },
    /// Added by the centre running the app: descriptions given inline, as
    /// (language code, text) in the order of the codes. A list, not a map:
    /// most contacts have one or two, and a map's node took 544 bytes
    /// (5,000 contacts: 2.7 MB to fault in at start-up).
    Local { descriptions: Vec<(String, String)> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: String,
    pub name: String,
    /// Indexes into `KINDS`.
    pub kinds: Vec<usize>,
    /// Indexes into `Directory::places`.
    pub regions: Vec<usize>,
    pub phone: Option<String>,
    pub web: Option<String>,
    /// Ids of `city-<id>` messages.
    pub cities: Vec<String>,
    pub languages: Vec<String>,
    pub hours: Option<String>,
    pub non_emergency: bool,
    pub origin: Origin,
}

impl Contact {
    pub fn is_local(&self) -> bool {
        matches!(self.origin, Origin::Local { .. })
    }

    pub fn is_hotline(&self) -> bool {
        self.kinds.contains(&RAPID_RESPONSE) && self.phone.is_some()
    }

    /// The languages they speak, in the reader's words (`spoken-<code>` in
    /// `lang`: "Khmer" to an English reader, not ខ្មែរ); a language the app
    /// is written in but has no such message for, in its own words; an
    /// unknown code as written.
    pub fn spoken_names(&self, catalog: &Catalog, lang: Lang) -> Vec<String> {
        let name = |code: &String| {
            if catalog.has_own(catalog.reference(), &spoken_name_id(code)) {
                catalog.text(lang, &spoken_name_id(code))
            } else if let Some(l) = catalog.find(code) {
                catalog.locale(l).name.clone()
            } else {
                code.clone()
            }
        };
        self.languages.iter().map(name).collect()
    }

    /// Their opening hours, in `lang` where they are written in a form the
    /// app knows (see `RawContact::hours`), else as written.
    pub fn hours_shown(&self, catalog: &Catalog, lang: Lang) -> Option<String> {
        let hours = self.hours.as_deref()?;
        if hours == "24/7" {
            return Some(catalog.text(lang, ids::CONTACT_HOURS_ALWAYS));
        }
        let is_time = |t: &str| {
            let (h, m) = t.split_once(':').unwrap_or(("", ""));
            matches!((h.parse::<u8>(), m.parse::<u8>()), (Ok(h), Ok(m)) if h <= 24 && m < 60)
                && h.len() == 2
                && m.len() == 2
        };
        let known = hours.split_once(' ').and_then(|(days, span)| {
            let (from, to) = span.split_once('-')?;
            (HOURS_DAYS.contains(&days) && is_time(from) && is_time(to)).then_some((days, from, to))
        });
        let Some((days, from, to)) = known else {
            return Some(hours.to_string());
        };
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("days", catalog.text(lang, &format!("hours-days-{days}")));
        args.set("from", from.to_string());
        args.set("to", to.to_string());
        Some(catalog.text_with(lang, ids::CONTACT_HOURS_SPAN, &args))
    }

    /// What they do, in `lang` (an operator's text falls back to English).
    pub fn description(&self, catalog: &Catalog, lang: Lang) -> String {
        match &self.origin {
            Origin::Builtin { .. } => catalog.text(lang, &about_id(&self.id)),
            Origin::Local { descriptions } => {
                let code = &catalog.locale(lang).code;
                let given = |wanted: &str| descriptions.iter().find(|(c, _)| c == wanted);
                given(code)
                    .or_else(|| given("en"))
                    .map(|(_, text)| text.clone())
                    .unwrap_or_default()
            }
        }
    }

    /// The phone number for reading: its spaces never break a line.
    pub fn phone_shown(&self) -> Option<String> {
        self.phone.as_ref().map(|p| p.replace(' ', "\u{a0}"))
    }

    /// The phone number as a `tel:` URI, for the QR code. US numbers
    /// (10 digits, or 11 starting with 1) get their +1.
    pub fn tel_uri(&self) -> Option<String> {
        let phone = self.phone.as_ref()?;
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        Some(match (phone.trim_start().starts_with('+'), digits.len()) {
            (true, _) => format!("tel:+{digits}"),
            (false, 10) => format!("tel:+1{digits}"),
            (false, 11) if digits.starts_with('1') => format!("tel:+{digits}"),
            _ => format!("tel:{digits}"),
        })
    }

    /// The website as a link a phone opens.
    pub fn web_url(&self) -> Option<String> {
        let web = self.web.as_ref()?;
        Some(if web.starts_with("http://") || web.starts_with("https://") {
            web.clone()
        } else {
            format!("https://{web}")
        })
    }
}

/// The filters a visitor has chosen on Find help.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub query: String,
    /// An index into `Directory::places`; None: all places.
    pub region: Option<usize>,
    /// An index into `KINDS`; None: all kinds.
    pub kind: Option<usize>,
    /// What is typed into the Place chooser.
    pub place_query: String,
}

/// All contacts, built-in then local.
#[derive(Debug, Clone)]
pub struct Directory {
    /// When the built-in list was last compared with its sources.
    pub checked: String,
    /// Built-in places, then an operator's own.
    pub places: Vec<Place>,
    /// The index of "nationwide" in `places`.
    pub nationwide: usize,
    pub contacts: Vec<Contact>,
}

impl Directory {
    /// The contacts built into the binary, checked against the catalog.
    pub fn embedded(catalog: &Catalog) -> Result<Directory, Vec<ContentError>> {
        let (file, text) = crate::content::embedded_file(crate::content::CONTACTS_FILE)?;
        Directory::parse(&file, &text, Directory::embedded_places(catalog)?, catalog)
    }

    pub fn embedded_places(catalog: &Catalog) -> Result<Vec<Place>, Vec<ContentError>> {
        let (file, text) = crate::content::embedded_file(crate::content::REGIONS_FILE)?;
        parse_places(&file, &text, catalog)
    }

    /// The contacts of `text` (a contacts file) in `places`.
    pub fn parse(
        file: &str,
        text: &str,
        places: Vec<Place>,
        catalog: &Catalog,
    ) -> Result<Directory, Vec<ContentError>> {
        let (raw, mut v): (ContactsFile, _) = Validator::read(file, text, catalog)?;
        v.date(&raw.checked, "checked");
        let place_ids = places.iter().map(|p| p.id.clone()).collect();
        let mut contact_validator = ContactValidator::new(HashSet::new(), place_ids);
        let contacts: Vec<Contact> = raw
            .contacts
            .into_iter()
            .filter_map(|c| contact_validator.contact(&mut v, c, false))
            .collect();
        let nationwide = places.iter().position(|p| p.id == NATIONWIDE).unwrap_or(0);
        v.finish(Directory { checked: raw.checked.into_inner(), places, nationwide, contacts })
    }

    /// The places whose name (in `lang` or English), postal code or id holds
    /// every word of `query`, in list order; for a ZIP Code (97214), the
    /// place it is in.
    pub fn places_matching(&self, catalog: &Catalog, lang: Lang, query: &str) -> Vec<usize> {
        if let Some(place) = zip_place(query).and_then(|id| self.place(id)) {
            return vec![place];
        }
        let query = normalize(query);
        let words: Vec<&str> = query.split_whitespace().collect();
        (0..self.places.len())
            .filter(|&i| {
                let place = &self.places[i];
                let text = normalize(&format!(
                    "{} {} {} {}",
                    self.place_name(catalog, lang, i),
                    self.place_name(catalog, catalog.reference(), i),
                    place.code.as_deref().unwrap_or_default(),
                    place.id
                ));
                words.iter().all(|w| text.contains(w))
            })
            .collect()
    }

    pub fn place(&self, id: &str) -> Option<usize> {
        self.places.iter().position(|p| p.id == id)
    }

    /// A place's name in `lang`: its message, or an operator's inline name
    /// (English where the language has none).
    pub fn place_name(&self, catalog: &Catalog, lang: Lang, place: usize) -> String {
        let place = &self.places[place];
        if place.names.is_empty() {
            return catalog.text(lang, &region_name_id(&place.id));
        }
        let code = &catalog.locale(lang).code;
        place.names.get(code).or_else(|| place.names.get("en")).cloned().unwrap_or_default()
    }

    pub fn is_nationwide(&self, contact: &Contact) -> bool {
        contact.regions.contains(&self.nationwide)
    }

    /// Whether a contact of `region` serves a visitor at `place`: the same
    /// place, the state an operator's place lies in, or a place inside it.
    fn serves(&self, region: usize, place: usize) -> bool {
        region == place
            || self.places[place].within == Some(region)
            || self.places[region].within == Some(place)
    }

    fn serves_place(&self, contact: &Contact, place: usize) -> bool {
        contact.regions.iter().any(|&r| self.serves(r, place))
    }

    /// Every message Find help's contacts need in each language: kinds,
    /// places, and what each built-in contact does.
    pub fn translated_message_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = (0..KINDS.len()).map(kind_name_id).collect();
        ids.extend((0..KINDS.len()).map(kind_words_id));
        // Search's words: needs, words that say nothing, language names.
        ids.extend(NEEDS.iter().map(|(need, _)| need_words_id(need)));
        ids.extend([STOP_WORDS_ID, LANGUAGE_WORDS_ID].map(String::from));
        ids.extend(NAMED_LANGUAGES.iter().map(|code| spoken_words_id(code)));
        let builtin_places = self.places.iter().filter(|p| p.names.is_empty());
        ids.extend(builtin_places.map(|p| region_name_id(&p.id)));
        ids.extend((0..SOURCE_KINDS.len()).map(source_kind_name_id));
        let builtin = self.contacts.iter().filter(|c| !c.is_local());
        ids.extend(builtin.map(|c| about_id(&c.id)));
        ids
    }

    pub fn get(&self, id: &str) -> Option<usize> {
        self.contacts.iter().position(|c| c.id == id)
    }

    /// The contacts the filter's place and kind allow (not the search text),
    /// in order: the place's own first, then nationwide ones, each group
    /// built-in then local.
    pub fn filtered(&self, filter: &Filter) -> Vec<usize> {
        let allowed = |c: &Contact| {
            filter.kind.is_none_or(|k| c.kinds.contains(&k))
                && filter.region.is_none_or(|r| self.serves_place(c, r) || self.is_nationwide(c))
        };
        let mut chosen: Vec<usize> =
            (0..self.contacts.len()).filter(|&i| allowed(&self.contacts[i])).collect();
        if filter.region.is_some_and(|r| r != self.nationwide) {
            // A stable sort: the place's own contacts before nationwide ones.
            chosen.sort_by_key(|&i| self.is_nationwide(&self.contacts[i]));
        }
        chosen
    }

    /// Hotlines to report ICE activity: the place's own first (in list
    /// order), then nationwide ones, the one whose source was seen most
    /// recently first. A number already listed is not listed again (a
    /// national line can be the place's own line too).
    pub fn hotlines(&self, region: Option<usize>) -> Vec<usize> {
        let mut lines: Vec<usize> = (0..self.contacts.len())
            .filter(|&i| self.contacts[i].is_hotline())
            .filter(|&i| {
                let c = &self.contacts[i];
                self.is_nationwide(c) || region.is_some_and(|r| self.serves_place(c, r))
            })
            .collect();
        // Stable: the place's own keep their order; national lines go newest
        // first ("2025-01" sorts after "2019"; no date sorts last).
        lines.sort_by_key(|&i| {
            let c = &self.contacts[i];
            let national = self.is_nationwide(c);
            let seen = match &c.origin {
                Origin::Builtin { seen: Some(seen), .. } if national => seen.clone(),
                _ => String::new(),
            };
            (national, std::cmp::Reverse(seen))
        });
        let mut numbers = HashSet::new();
        // The same number written two ways is the same tel: URI.
        lines.retain(|&i| numbers.insert(self.contacts[i].tel_uri()));
        lines
    }
}

/// Checks contacts, built-in or an operator's, into a [`Validator`]: ids
/// must be new, and places known.
pub struct ContactValidator {
    ids: HashSet<String>,
    /// The places a contact may name, in `Directory::places` order.
    place_ids: Vec<String>,
}

impl ContactValidator {
    /// `taken`: ids already used (an operator's contacts must not reuse a
    /// built-in one).
    pub fn new(taken: HashSet<String>, place_ids: Vec<String>) -> Self {
        ContactValidator { ids: taken, place_ids }
    }

    /// The places contacts may name from now on.
    pub fn set_places(&mut self, place_ids: Vec<String>) {
        self.place_ids = place_ids;
    }

    /// A validated contact, or None (and errors) if it has problems.
    pub fn contact(
        &mut self,
        v: &mut Validator,
        mut raw: RawContact,
        local: bool,
    ) -> Option<Contact> {
        let before = v.errors.len();
        v.new_id(&mut self.ids, &raw.id, "contacts.id");
        if raw.name.get_ref().trim().is_empty() {
            v.error(&raw.name, "contacts.name", "a contact needs a name".into());
        }
        let kinds = indexes(v, &raw.kinds, KINDS, "contacts.kinds", &raw.id);
        let regions = indexes(v, &raw.regions, &self.place_ids, "contacts.regions", &raw.id);
        check_reach(v, &raw);
        let origin = if local { local_origin(v, &mut raw) } else { builtin_origin(v, &mut raw)? };
        (v.errors.len() == before).then(|| Contact {
            id: raw.id.into_inner(),
            name: raw.name.into_inner(),
            kinds,
            regions,
            phone: raw.phone.map(Spanned::into_inner),
            web: raw.web.map(Spanned::into_inner),
            cities: raw.cities.into_iter().map(Spanned::into_inner).collect(),
            languages: raw.languages.into_iter().map(Spanned::into_inner).collect(),
            hours: raw.hours,
            non_emergency: raw.non_emergency,
            origin,
        })
    }
}

/// How a contact is reached and understood: its phone, site, cities and
/// the languages it speaks.
fn check_reach(v: &mut Validator, raw: &RawContact) {
    if let Some(phone) = &raw.phone
        && let Err(message) = check_phone(phone.get_ref())
    {
        v.error(phone, "contacts.phone", message);
    }
    if let Some(web) = &raw.web
        && let Err(message) = check_web(web.get_ref())
    {
        v.error(web, "contacts.web", message);
    }
    for city in &raw.cities {
        if !v.catalog.has_own(v.catalog.reference(), &city_name_id(city.get_ref())) {
            let message = format!(
                "unknown city `{}`: add `{}` to locales/en/places.ftl",
                city.get_ref(),
                city_name_id(city.get_ref())
            );
            v.error(city, "contacts.cities", message);
        }
    }
    for language in &raw.languages {
        if language.get_ref().parse::<unic_langid::LanguageIdentifier>().is_err()
            || language.get_ref().len() < 2
        {
            let message = format!("`{}` is not a language code like es or km", language.get_ref());
            v.error(language, "contacts.languages", message);
        }
    }
}

/// An operator's own contact: described in its file, in its languages.
fn local_origin(v: &mut Validator, raw: &mut RawContact) -> Origin {
    if let Some(source) = raw.source.as_ref().or(raw.seen.as_ref()).or(raw.source_kind.as_ref()) {
        let message = "only built-in contacts have `source` and `seen`; \
                       describe yours with `description`"
            .to_string();
        v.error(source, "contacts.source", message);
    }
    let descriptions = match raw.description.take() {
        Some(d) => {
            let codes = v.catalog.codes();
            for code in d.get_ref().keys() {
                if !codes.contains(&code.as_str()) {
                    let message = format!("unknown language `{code}`; valid: {}", codes.join(", "));
                    v.error(&d, "contacts.description", message);
                }
            }
            if !d.get_ref().contains_key("en") {
                let message = "give at least `description.en` (shown where a language has none)";
                v.error(&d, "contacts.description", message.into());
            }
            d.into_inner().into_iter().collect()
        }
        None => {
            v.error(&raw.id, "contacts.description", "a contact needs `description.en`".into());
            Vec::new()
        }
    };
    Origin::Local { descriptions }
}

/// A built-in contact: described by a Fluent message, with where its
/// number was found and when. None when it cannot say so.
fn builtin_origin(v: &mut Validator, raw: &mut RawContact) -> Option<Origin> {
    if let Some(d) = &raw.description {
        let message = "built-in descriptions are Fluent messages, not inline text".into();
        v.error(d, "contacts.description", message);
    }
    v.needs_message(&raw.id, "contacts.id", &about_id(raw.id.get_ref()));
    let Some(source_kind) = raw.source_kind.take() else {
        let message =
            format!("every built-in contact needs one; valid: {}", SOURCE_KINDS.join(", "));
        v.error(&raw.id, "contacts.source_kind", message);
        return None;
    };
    let Some(source_kind) = SOURCE_KINDS.iter().position(|k| k == source_kind.get_ref()) else {
        let message = format!(
            "`{}` is not a kind of source; valid: {}",
            source_kind.get_ref(),
            SOURCE_KINDS.join(", ")
        );
        v.error(&source_kind, "contacts.source_kind", message);
        return None;
    };
    // Call for help now shows a national number with the year its
    // source was seen: it must have one to show.
    let nationwide = raw.regions.iter().any(|r| r.get_ref() == NATIONWIDE);
    if nationwide && raw.phone.is_some() && raw.seen.is_none() {
        let message = "a nationwide number needs `seen` (the year of its newest \
                       source): Call for help now shows it beside the number"
            .to_string();
        v.error(&raw.id, "contacts.seen", message);
    }
    if let Some(seen) = &raw.seen {
        let d = seen.get_ref();
        let ok = matches!(d.len(), 4 | 7) && is_date(&format!("{d}{}", &"-01-01"[d.len() - 4..]));
        if !ok {
            v.error(seen, "contacts.seen", format!("`{d}` is not a date like 2025 or 2025-10"));
        }
    }
    Some(Origin::Builtin {
        source: raw.source.take().map(Spanned::into_inner).unwrap_or_default(),
        source_kind,
        seen: raw.seen.take().map(Spanned::into_inner),
    })
}

/// Names in `names` (`field` = "contacts.kinds"...) as indexes into `known`.
fn indexes(
    v: &mut Validator,
    names: &[Spanned<String>],
    known: &[impl AsRef<str>],
    field: &str,
    at: &Spanned<String>,
) -> Vec<usize> {
    // Listed only for an error: an operator's file may have thousands of
    // contacts, and almost never an error.
    let valid = || known.iter().map(AsRef::as_ref).collect::<Vec<&str>>().join(", ");
    if names.is_empty() {
        v.error(at, field, format!("give at least one; valid: {}", valid()));
    }
    let mut found = Vec::new();
    for name in names {
        match known.iter().position(|k| k.as_ref() == name.get_ref()) {
            Some(i) => found.push(i),
            None => {
                v.error(name, field, format!("unknown `{}`; valid: {}", name.get_ref(), valid()))
            }
        }
    }
    found
}

/// A phone number as people write it: digits with spaces, dashes, dots,
/// brackets and a leading +; 7 to 15 digits.
fn check_phone(phone: &str) -> Result<(), String> {
    let bad = phone
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || " -.()".contains(c) || (c == '+' && i == 0)));
    if let Some((_, c)) = bad {
        return Err(format!(
            "`{phone}`: `{c}` is not allowed in a phone number (digits, spaces, - . ( ) and a leading +)"
        ));
    }
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    if !(7..=15).contains(&digits) {
        return Err(format!("`{phone}` has {digits} digits; a phone number has 7 to 15"));
    }
    Ok(())
}

/// A website: an optional http(s):// then a domain with a dot, and an
/// optional path; no spaces.
fn check_web(web: &str) -> Result<(), String> {
    let rest = web.strip_prefix("https://").or_else(|| web.strip_prefix("http://")).unwrap_or(web);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host_ok = host.contains('.')
        && !host.starts_with(['.', '-'])
        && !host.ends_with(['.', '-'])
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let path_ok = path.chars().all(|c| c.is_ascii_graphic());
    if host_ok && path_ok {
        Ok(())
    } else {
        Err(format!(
            "`{web}` is not a website address like example.org or https://example.org/help"
        ))
    }
}

#[cfg(test)]
mod tests;
