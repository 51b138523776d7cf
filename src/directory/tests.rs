use super::*;
use crate::Content;

fn content() -> Content {
    Content::embedded().unwrap()
}

fn ids(content: &Content, indexes: &[usize]) -> Vec<String> {
    indexes.iter().map(|&i| content.directory().contacts[i].id.clone()).collect()
}

fn region(name: &str) -> Option<usize> {
    content().directory().place(name)
}

/// `Content::directory` reads the built-in list on first use and counts on
/// it loading: this is where a broken one fails.
#[test]
fn the_built_in_directory_loads() {
    let catalog = Catalog::embedded().unwrap();
    let directory = Directory::embedded(&catalog).unwrap_or_else(|errors| {
        panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    });
    assert!(directory.contacts.len() > 100 && directory.places.len() > 50);
}

#[test]
fn every_shipped_number_comes_from_the_sources_file() {
    // docs/sources/contacts.md (a copy of ../shared/sources/contacts.md) lists the numbers organisations
    // published; the app ships no other.
    let sources = include_str!("../../docs/sources/contacts.md");
    // The number's ten digits: without the country code 1, and without what
    // follows them (an extension, or another way of writing it).
    let digits = |s: &str| {
        let all: String = s.chars().filter(char::is_ascii_digit).collect();
        let national = if all.len() >= 11 && all.starts_with('1') { &all[1..] } else { &all[..] };
        national.chars().take(10).collect::<String>()
    };
    let rows: Vec<Vec<&str>> = sources
        .lines()
        .filter(|l| l.starts_with('|'))
        .map(|l| l.split('|').map(str::trim).collect())
        .collect();
    // Rows with a page address (the 8-column table) must give one.
    for row in rows.iter().filter(|r| r.len() == 10 && digits(r[4]).len() >= 10) {
        assert!(row[6].contains("http"), "a number without its page: {row:?}");
    }
    let published: Vec<String> = rows
        .iter()
        .filter_map(|r| r.get(4).map(|phone| digits(phone)))
        .filter(|d| d.len() == 10)
        .collect();
    let content = content();
    let mut shipped = 0;
    for contact in &content.directory().contacts {
        if let Some(phone) = &contact.phone {
            assert!(
                published.contains(&digits(phone)),
                "{}: {phone} is not in contacts.md",
                contact.id
            );
            shipped += 1;
        }
        let Origin::Builtin { source, source_kind, .. } = &contact.origin else {
            panic!("built-in")
        };
        // Only a news report may go unnamed (the sources file says "news").
        let news =
            SOURCE_KINDS[*source_kind] == "news" || SOURCE_KINDS[*source_kind] == "secondary";
        assert!(!source.is_empty() || news, "{}: no publisher", contact.id);
    }
    assert!(shipped >= 10, "only {shipped} numbers");
}

#[test]
fn a_place_shows_its_own_contacts_then_nationwide_ones() {
    let content = content();
    let oregon = Filter { region: region("oregon"), ..Filter::default() };
    let found = ids(&content, &content.directory().filtered(&oregon));
    assert_eq!(found.first().map(String::as_str), Some("pirc"));
    assert!(found.contains(&"migrawatch".to_string()));
    assert!(!found.contains(&"chirla".to_string()), "California is not Oregon");
    let first_nationwide = found.iter().position(|id| id == "migrawatch").unwrap();
    assert!(found[..first_nationwide].iter().all(|id| id != "aclu"));
    let legal = Filter { kind: Some(1), ..oregon };
    assert!(ids(&content, &content.directory().filtered(&legal)).iter().all(|id| id != "pirc"));
}

#[test]
fn hotlines_put_the_kiosks_place_first() {
    let content = content();
    // National lines: the most recently seen source first (CHIRLA's national
    // line, 2025-01, before MigraWatch, 2019).
    assert_eq!(
        ids(&content, &content.directory().hotlines(region("illinois"))),
        ["icirr", "chirla-national-hotline", "migrawatch"]
    );
    assert_eq!(
        ids(&content, &content.directory().hotlines(None)),
        ["chirla-national-hotline", "migrawatch"]
    );
    // A number is listed once: in California CHIRLA's line is the place's own.
    assert_eq!(
        ids(&content, &content.directory().hotlines(region("california"))),
        ["chirla", "migrawatch"]
    );
}

#[test]
fn a_nationwide_number_without_the_date_of_its_source_is_an_error() {
    // Call for help now shows a national number with the year its source was
    // seen; a built-in one with no `seen` would show none.
    let content = content();
    let text = std::fs::read_to_string("content/contacts.toml").unwrap();
    let at = text.find("id = \"migrawatch\"").unwrap();
    let seen = at + text[at..].find("seen = \"2019\"\n").unwrap();
    let undated = format!("{}{}", &text[..seen], &text[seen + "seen = \"2019\"\n".len()..]);
    let line = undated[..at].lines().count() + 1;
    let errors = Directory::parse(
        "contacts.toml",
        &undated,
        content.directory().places.clone(),
        &content.catalog,
    )
    .unwrap_err();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        shown.iter().any(|e| e.starts_with(&format!("contacts.toml:{line}: contacts.seen: "))),
        "{shown:#?}"
    );
    // Every nationwide number that ships has its date.
    for contact in &content.directory().contacts {
        if content.directory().is_nationwide(contact) && contact.phone.is_some() {
            assert!(
                matches!(&contact.origin, Origin::Builtin { seen: Some(_), .. }),
                "{}",
                contact.id
            );
        }
    }
}

#[test]
fn tel_uris_and_web_urls() {
    let content = content();
    let pirc = &content.directory().contacts[content.directory().get("pirc").unwrap()];
    assert_eq!(pirc.tel_uri().as_deref(), Some("tel:+18886221510"));
    assert_eq!(pirc.web_url().as_deref(), Some("https://pircoregon.org"));
}

#[test]
fn search_ignores_case_and_accents_and_finds_both_languages() {
    let content = content();
    let find = |lang: &str, query: &str| {
        let lang = content.catalog.find(lang).unwrap();
        let filter = Filter { query: query.into(), ..Filter::default() };
        let found = content.search.find(&content, lang, &filter);
        (ids(&content, &found.contacts), found.topics)
    };
    assert_eq!(find("en", "PORTLAND immigrant").0[0], "pirc");
    assert!(find("en", "citizenship").0.contains(&"project-citizenship".to_string()));
    // Accents and full-width letters fold away: CHIRLA's California line
    // and its national one (with no place set, the national one first).
    assert_eq!(find("es", "CHÍRLA").0, ["chirla-national-hotline", "chirla"]);
    assert_eq!(find("zh-Hans", "ＣＨＩＲＬＡ").0, ["chirla-national-hotline", "chirla"]);
    // Digits of a phone number, written any way.
    assert_eq!(find("en", "8886221510").0, ["pirc"]);
    // An English word finds contacts while reading Khmer.
    assert!(find("km", "hotline").0.contains(&"pirc".to_string()));
    // Topics of the guide are found too.
    let door = content.guide().topic_index("warrants").unwrap();
    assert!(find("en", "judge").1.contains(&door));
    // Ranking, not filtering: any real word finds what holds it ("nothing"
    // is in the guide), but a query of no real word finds nothing.
    assert_eq!(find("en", "zzzz-qqqq"), (vec![], vec![]));
    assert!(find("en", "").1.is_empty());
}

#[test]
fn search_finds_text_in_khmer_chinese_and_hmong() {
    let content = content();
    for (code, id) in
        [("km", "topic-door-title"), ("zh-Hans", "topic-door-title"), ("hmn", "topic-door-title")]
    {
        let lang = content.catalog.find(code).unwrap();
        // A piece from the middle of a translated title, in the language's
        // own words (the titles start with "ICE").
        let title = content.catalog.text(lang, id);
        let title: Vec<char> = title.trim_start_matches("ICE ").chars().collect();
        let piece: String = title[1..title.len().min(4)].iter().collect();
        let filter = Filter { query: piece.clone(), ..Filter::default() };
        let found = content.search.find(&content, lang, &filter);
        assert!(
            found.topics.contains(&content.guide().topic_index("door").unwrap()),
            "{code}: {piece}"
        );
    }
}

#[test]
fn bad_phone_numbers_and_websites_are_refused() {
    assert!(check_phone("888-622-1510").is_ok());
    assert!(check_phone("+33 1 23 45 67 89").is_ok());
    assert!(check_phone("(503) 555-0100").is_ok());
    assert!(check_phone("555-01").is_err());
    assert!(check_phone("855-HELP-ME").is_err());
    assert!(check_phone("5+5").is_err());
    assert!(check_web("pircoregon.org").is_ok());
    assert!(check_web("https://example.org/a?b=c").is_ok());
    assert!(check_web("example").is_err());
    assert!(check_web("exa mple.org").is_err());
    assert!(check_web("http://.org").is_err());
}

#[test]
fn an_unknown_key_in_the_contacts_file_is_an_error_on_its_line() {
    let content = content();
    let text = std::fs::read_to_string("content/contacts.toml").unwrap();
    let misspelt = text.replacen("phone = ", "phon = ", 1);
    let line = misspelt.lines().position(|l| l.starts_with("phon = ")).unwrap() + 1;
    let errors = Directory::parse(
        "contacts.toml",
        &misspelt,
        content.directory().places.clone(),
        &content.catalog,
    )
    .unwrap_err();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        shown.contains(&format!(
            "contacts.toml:{line}: contacts.phon: unknown key `phon`: is it spelt right?"
        )),
        "{shown:#?}"
    );
}

#[test]
fn every_language_a_contact_speaks_has_a_name() {
    let content = content();
    let catalog = &content.catalog;
    for contact in &content.directory().contacts {
        for code in &contact.languages {
            assert!(
                catalog.find(code).is_some()
                    || catalog.has_own(catalog.reference(), &spoken_name_id(code)),
                "{}: add `spoken-{code}` to locales/en/contacts.ftl",
                contact.id
            );
        }
    }
}

#[test]
fn typing_letter_by_letter_finds_what_a_fresh_search_finds() {
    // The index keeps its last search and narrows it as letters are added:
    // every step must agree with a search that starts from nothing.
    let content = content();
    let typed = SearchIndex::new(&content.catalog);
    let mut steps: Vec<(Lang, Filter)> = Vec::new();
    let es = content.catalog.find("es").unwrap();
    let km = content.catalog.find("km").unwrap();
    let mut query = String::new();
    for c in "ayuda legal ".chars() {
        query.push(c);
        steps.push((es, Filter { query: query.clone(), ..Filter::default() }));
    }
    // Letters taken away, a place and a kind chosen, the language changed.
    for query in ["ayuda", "ay", "ayuda legal", "legal ayuda"] {
        steps.push((es, Filter { query: query.into(), ..Filter::default() }));
    }
    let new_york = region("new-york");
    steps.push((es, Filter { query: "legal".into(), region: new_york, ..Filter::default() }));
    steps.push((es, Filter { query: "legal n".into(), region: new_york, ..Filter::default() }));
    steps.push((
        es,
        Filter { query: "legal n".into(), region: None, kind: Some(1), ..Filter::default() },
    ));
    steps.push((km, Filter { query: "legal n".into(), ..Filter::default() }));
    steps.push((km, Filter { query: "មេធាវី".into(), ..Filter::default() }));
    steps.push((km, Filter { query: String::new(), ..Filter::default() }));
    // Another index, asked each step once: the query always differs from
    // the step before, so it searches from nothing every time.
    let fresh_index = SearchIndex::new(&content.catalog);
    for (lang, filter) in steps {
        let fresh = fresh_index.find(&content, lang, &filter);
        assert_eq!(typed.find(&content, lang, &filter), fresh, "{filter:?}");
        assert_eq!(typed.find(&content, lang, &filter), fresh, "asked again: {filter:?}");
    }
}

#[test]
fn built_in_opening_hours_are_shown_in_the_readers_language() {
    let content = content();
    let km = content.catalog.find("km").unwrap();
    let mut seen = 0;
    for contact in &content.directory().contacts {
        let Some(hours) = &contact.hours else { continue };
        let shown = contact.hours_shown(&content.catalog, km).unwrap();
        assert_ne!(&shown, hours, "{}: `{hours}` is not a form the app translates", contact.id);
        seen += 1;
    }
    assert!(seen > 3);
    // An operator's own words stay as written; a known form is translated.
    let mut contact = content.directory().contacts[0].clone();
    contact.hours = Some("tue 10:00-14:00".into());
    assert_eq!(
        contact.hours_shown(&content.catalog, km).unwrap(),
        "រៀងរាល់ថ្ងៃអង្គារ ពីម៉ោង 10:00 ដល់ម៉ោង 14:00"
    );
    let en = content.catalog.reference();
    assert_eq!(contact.hours_shown(&content.catalog, en).unwrap(), "Tuesdays, 10:00 to 14:00");
    for written in ["tue 10-14", "Tuesdays 10:00–14:00", "tue 25:00-26:00", "tue 10:00"] {
        contact.hours = Some(written.into());
        assert_eq!(contact.hours_shown(&content.catalog, en).unwrap(), written);
    }
}

#[test]
fn the_place_chooser_takes_a_zip_code() {
    let content = content();
    let en = content.catalog.reference();
    let find = |query| content.directory().places_matching(&content.catalog, en, query);
    assert_eq!(find("97214"), [region("oregon").unwrap()]);
    assert_eq!(find(" 55104-2211 "), [region("minnesota").unwrap()]);
    // Not a ZIP Code in use: no place, rather than a wrong one.
    assert!(find("56800").is_empty());
    assert_eq!(find("oreg"), [region("oregon").unwrap()]);
}

/// The contacts a search finds, as ids, in order.
fn search_ids(content: &Content, code: &str, query: &str, region: Option<usize>) -> Vec<String> {
    let lang = content.catalog.find(code).unwrap();
    let filter = Filter { query: query.into(), region, ..Filter::default() };
    ids(content, &content.search.find(content, lang, &filter).contacts)
}

#[test]
fn words_that_say_nothing_weigh_nothing_and_any_real_word_finds() {
    let content = content();
    for (code, sentence, bare) in [
        ("en", "my husband was detained", "husband detained"),
        ("es", "detuvieron a mi esposo", "detuvieron esposo"),
        ("zh-Hans", "我的丈夫被拘留了", "丈夫被拘留"),
    ] {
        let found = search_ids(&content, code, sentence, None);
        assert!(!found.is_empty(), "{code} {sentence}");
        assert_eq!(found, search_ids(&content, code, bare, None), "{code} {sentence}");
    }
    // Every word counts; none must all match: a long sentence still finds.
    let long = "please my husband was detained yesterday and we need a lawyer";
    assert!(!search_ids(&content, "en", long, None).is_empty());
}

#[test]
fn more_matching_words_rank_higher() {
    let content = content();
    let directory = &content.directory();
    let legal = KINDS.iter().position(|k| *k == "legal").unwrap();
    let first = search_ids(&content, "en", "Khmer lawyer", None);
    let first = &directory.contacts[directory.get(&first[0]).unwrap()];
    assert!(first.kinds.contains(&legal) && first.languages.contains(&"km".to_string()));
    // Every Khmer-speaking legal contact comes before any that is only one.
    let found = search_ids(&content, "en", "Khmer lawyer", None);
    let both = |id: &String| {
        let c = &directory.contacts[directory.get(id).unwrap()];
        c.kinds.contains(&legal) && c.languages.contains(&"km".to_string())
    };
    let last_both = found.iter().rposition(both).unwrap();
    assert!(found[..last_both].iter().all(both), "{found:?}");
}

#[test]
fn postal_abbreviations_are_whole_words_in_capitals() {
    let content = content();
    let directory = &content.directory();
    let oregon = region("oregon").unwrap();
    let first = search_ids(&content, "en", "lawyer OR", None);
    let first = &directory.contacts[directory.get(&first[0]).unwrap()];
    assert!(first.regions.contains(&oregon), "{}", first.id);
    // "or" is a word, not Oregon; "organization" does not hold OR.
    assert_eq!(
        search_ids(&content, "en", "lawyer or hotline", None),
        search_ids(&content, "en", "lawyer hotline", None)
    );
    let organization = search_ids(&content, "en", "organization", None);
    assert!(
        !organization
            .iter()
            .take(5)
            .all(|id| { directory.contacts[directory.get(id).unwrap()].regions.contains(&oregon) }),
        "{organization:?}"
    );
}

#[test]
fn a_place_is_found_in_any_of_its_forms() {
    let content = content();
    let st_paul = search_ids(&content, "en", "St. Paul", None);
    assert!(!st_paul.is_empty());
    for form in ["Saint Paul", "St Paul", "st paul", "ST. PAUL"] {
        assert_eq!(search_ids(&content, "en", form, None), st_paul, "{form}");
    }
    // A ZIP Code names its state: its contacts first.
    let directory = &content.directory();
    let minnesota = region("minnesota").unwrap();
    let found = search_ids(&content, "km", "55104", None);
    assert!(
        found.iter().take(5).all(|id| {
            directory.contacts[directory.get(id).unwrap()].regions.contains(&minnesota)
        })
    );
}

#[test]
fn with_a_kiosk_place_its_own_contacts_come_first_for_every_query() {
    let content = content();
    let directory = &content.directory();
    let oregon = region("oregon");
    for query in ["hotline", "lawyer", "my husband was detained", "ICE", "Hmong", "citizenship"] {
        let found = search_ids(&content, "en", query, oregon);
        let national =
            |id: &String| directory.is_nationwide(&directory.contacts[directory.get(id).unwrap()]);
        let first_national = found.iter().position(national).unwrap_or(found.len());
        assert!(found[first_national..].iter().all(national), "{query}: {found:?}");
    }
}

#[test]
fn a_search_written_in_a_language_few_contacts_speak_ranks_its_speakers_first() {
    let content = content();
    let directory = &content.directory();
    let speaks = |id: &String, code: &str| {
        directory.contacts[directory.get(id).unwrap()].languages.iter().any(|l| l == code)
    };
    let khmer = search_ids(&content, "km", "មេធាវី", None);
    assert!(speaks(&khmer[0], "km"), "{khmer:?}");
    // Most contacts speak Spanish: a Spanish search ranks by need and place.
    let spanish = search_ids(&content, "es", "abogado", None);
    assert!(directory.is_nationwide(&directory.contacts[directory.get(&spanish[0]).unwrap()]));
}

#[test]
fn a_search_in_thai_finds_what_its_other_words_find() {
    // Thai has no dictionary built in (text::icu_data): a run of it is one
    // word, which no contact says.
    let content = content();
    for code in ["en", "km"] {
        assert!(search_ids(&content, code, "ทนายความช่วยเหลือ", None).is_empty(), "{code}");
        let lawyer = search_ids(&content, code, "lawyer", None);
        assert!(!lawyer.is_empty());
        assert_eq!(search_ids(&content, code, "ทนายความ lawyer", None), lawyer, "{code}");
    }
}
