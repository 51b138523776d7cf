//! What the guide must say since 2025–2026 (../shared/sources/rights-guidance.md,
//! "What changed in 2025–2026"), pinned in English: a change that drops one
//! of these sentences fails here and must be made on purpose.

use std::process::Command;

fn export(topic: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_presente"))
        .args(["export", "--lang", "en", "--topic", topic])
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{topic}");
    // Lines are wrapped at 78 columns: join them to find whole sentences.
    String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_says(topic: &str, sentences: &[&str]) {
    let text = export(topic);
    for sentence in sentences {
        assert!(text.contains(sentence), "{topic} does not say {sentence:?}:\n{text}");
    }
}

/// Each message of `ids` is in every locale's export of the topic `path`, in
/// that locale's own words (not left in English).
fn assert_translated_in_export(content: &presente::Content, path: &str, ids: &[String]) {
    let catalog = &content.catalog;
    // Khmer and Chinese wrap without spaces: compare without any.
    let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    for (lang, locale) in catalog.langs().zip(catalog.locales()) {
        let out = Command::new(env!("CARGO_BIN_EXE_presente"))
            .args(["export", "--lang", &locale.code, "--topic", path])
            .output()
            .expect("the binary runs");
        assert!(out.status.success(), "{} {path}", locale.code);
        let export = bare(&String::from_utf8(out.stdout).unwrap());
        for id in ids {
            let text = catalog.text(lang, id);
            assert!(
                export.contains(&bare(&text)),
                "{} {path}: {id} is missing: {text}",
                locale.code
            );
            if lang != catalog.reference() {
                let english = catalog.text(catalog.reference(), id);
                assert_ne!(text, english, "{}: {id} is still English", locale.code);
            }
        }
    }
}

#[test]
fn the_door_tells_of_the_i205_claim_and_what_to_do_if_they_force_it() {
    assert_says(
        "door",
        &[
            "Do not open the door.",
            "I do not consent to your entry or to a search.",
            "Since May 2025, ICE says an I-205 warrant lets agents force their way into the home of a person with a final order of removal.",
            "If they force the door or come in anyway, do not resist and do not run.",
            "Stay silent.",
            "the time, the officers' names and badge numbers, and who saw it.",
            "If you or someone you live with has a final order of removal, or you are not sure, talk to a lawyer now.",
            "the name of a federal or state court",
            "signed by an immigration judge, is not a warrant signed by a judge.",
        ],
    );
}

#[test]
fn the_warrants_page_shows_three_papers() {
    let text = export("warrants");
    for paper in
        ["Warrant signed by a judge", "ICE warrant (I-200 / I-205)", "Immigration Court order"]
    {
        assert!(text.contains(paper), "no {paper:?}:\n{text}");
    }
    assert!(text.contains("Not a warrant signed by a judge"), "{text}");
}

#[test]
fn the_red_card_asks_for_a_warrant_with_the_holders_name() {
    assert_says("card", &["a warrant signed by a judge with my name on it"]);
}

#[test]
fn the_street_car_and_work_say_the_same_words_and_silence_comes_first() {
    assert_says(
        "street",
        &[
            "You do not have to say where you were born, your immigration status, or how you entered.",
        ],
    );
    for topic in ["street", "car", "work"] {
        let text = export(topic);
        assert!(text.contains("Am I free to go?"), "{topic}: {text}");
        assert!(!text.contains("free to leave"), "{topic}: {text}");
    }
    let street = export("street");
    assert!(
        street.find("Say I choose to remain silent").unwrap()
            < street.find("Say Am I free to go?").unwrap(),
        "silence is the default, not only after a no"
    );
    let car = export("car");
    assert!(car.contains("license, registration and insurance"), "{car}");
    assert!(!car.to_lowercase().contains("papers"), "{car}");
}

#[test]
fn court_and_fast_deportation_are_dated_and_say_what_to_do() {
    assert_says(
        "court",
        &[
            "Since May 2025, ICE has arrested people at immigration courts",
            "On June 23, 2026, a federal court struck down ICE's 2025 policies for arrests at immigration courts",
            "This can change on appeal. The ruling does not cover ICE check-in offices",
            "first asked the judge to dismiss the case",
            "someone who knows your A-number",
            "ask the judge for time to answer in writing",
            "Carry copies, never originals",
            "If you missed a hearing, see a lawyer at once.",
        ],
    );
    assert_says(
        "expedited",
        &[
            "An appeals court let ICE use it again on June 23, 2026.",
            "two years or more",
            "If you are afraid to go back to your country, say it clearly",
            "If you came in with parole and your parole ended, see a lawyer now.",
        ],
    );
}

#[test]
fn sanctuary_promises_no_safe_place() {
    assert_says(
        "forms",
        &[
            "no place is off-limits to ICE: not schools, hospitals, clinics, places of worship or shelters.",
            "In June 2026 a federal court struck down ICE's 2025 policies for arrests at immigration courts, but this can change on appeal.",
            "protects only a few congregations",
            "It is not a promise of safety.",
        ],
    );
}

#[test]
fn the_final_order_topic_names_its_help_and_the_ways_to_stay() {
    assert_says(
        "final-order",
        &[
            "About 15,000 Southeast Asian Americans have a final order of removal.",
            "order of supervision",
            "Talk to a lawyer before your next check-in.",
            "post-conviction relief",
            "a motion to reopen",
            "SEARAC",
            "MN8",
            "Asian Law Caucus",
            "Southeast Asia Resource Action Center (SEARAC)",
        ],
    );
}

/// The topic for people with a final order, an order of supervision or an
/// old conviction, whole in every locale: each of its steps (and its title
/// and summary) is in the locale's export, in that locale's own words.
#[test]
fn the_final_order_topic_is_whole_and_translated_in_every_locale() {
    use presente::content::{topic_summary_id, topic_title_id};
    let content = presente::Content::embedded().unwrap();
    let topic = content.guide().topics.iter().find(|t| t.id.get_ref() == "final-order").unwrap();
    let mut ids = vec![topic_title_id("final-order"), topic_summary_id("final-order")];
    ids.extend(topic.steps.iter().map(|s| s.text.get_ref().clone()));
    assert!(ids.len() > 10, "the topic has its steps");
    assert_translated_in_export(&content, "rights/final-order", &ids);
}

#[test]
fn after_an_arrest_the_guide_tells_of_bond_habeas_and_transfers() {
    assert_says(
        "detained",
        &[
            "Since September 2025, many people arrested by ICE are held without bond. Call a lawyer at once.",
            "ICE may send them to another country, one where they have never lived.",
            "say at once that you are afraid of harm there.",
            "Say I am afraid I will be harmed in that country.",
        ],
    );
    assert_says(
        "bond",
        &[
            "Since September 2025, the government says people who entered the U.S. without being inspected cannot get bond",
            "So you may be held without bond.",
            "In June 2026 the government asked the Supreme Court to decide.",
            "must get a bond hearing within 90 days. This can change.",
            "order your release or a bond hearing",
            "Call a lawyer at once. Do not wait for a bond hearing.",
            "(\"habeas corpus\")",
            "ICE may move a person to a detention center in another state",
            "Your family should keep your lawyer's phone number and your A-number.",
            "ICE Online Detainee Locator",
        ],
    );
}

#[test]
fn the_final_order_topic_warns_of_removal_to_another_country() {
    assert_says(
        "final-order",
        &[
            "Since June 2025, if a person's own country will not take them back",
            "men from Laos and Vietnam were sent to Eswatini",
            "Say I am afraid I will be harmed in that country.",
            "\"withholding of removal\"",
            "Convention Against Torture (CAT)",
        ],
    );
}

/// The registration rule ties carrying proof to being registered, not to
/// "legal status": the old advice must not come back.
#[test]
fn street_car_and_work_say_what_the_registration_rule_asks_and_how_stops_changed() {
    for topic in ["street", "car", "work"] {
        assert_says(
            topic,
            &[
                "people who are not U.S. citizens, are 18 or older and are registered with the government must carry proof of it at all times. Since April 11, 2025, the government enforces this with a new rule.",
                "a work permit, an I-94 (even an expired one, and the one people with parole get) or a Notice to Appear",
                "If you have such proof, carry it with you.",
                "an immigration agent asks for your immigration documents, show the ones you carry.",
                "If you have never registered, talk to a lawyer before you decide to register or not.",
                "You still have the right to remain silent",
                "U.S. citizens do not have to carry proof of citizenship. But agents have held U.S. citizens",
                "In September 2025, the Supreme Court let agents in the Los Angeles area stop people because of a mix of how they look",
                "Running or driving away can be used as a reason to arrest you.",
            ],
        );
        let text = export(topic);
        assert!(!text.contains("legal status"), "{topic}: {text}");
        assert!(!text.contains("valid documents"), "{topic}: {text}");
    }
    assert_says("car", &["A stop by local police, even for a traffic ticket, can lead to ICE."]);
    assert_says(
        "street",
        &["agents have arrested people who were filming them. Keep your distance."],
    );
}

#[test]
fn a_status_that_ended_sends_people_to_a_lawyer_before_they_leave() {
    assert_says(
        "status",
        &[
            "the government has moved to end TPS for people from many countries, among them Venezuela, Honduras, Nicaragua",
            "In June 2026 the Supreme Court ruled that courts mostly cannot stop these decisions.",
            "(the \"CHNV\" program) ended in 2025.",
            "If your TPS or your parole has ended, or will end soon, see a lawyer now.",
            "ICE may arrest you and hold you without bond.",
            "\"CBP Home\"",
            "This is not \"voluntary departure\".",
            "leaving usually counts as being deported.",
            "leaving the U.S. is usually treated as giving it up.",
        ],
    );
    assert_says("court", &["See \"TPS or parole ended\" in Know your rights."]);
    assert_says(
        "expedited",
        &[
            "If you came in with parole and your parole ended, see a lawyer now. You may be held without bond.",
        ],
    );
}

#[test]
fn the_three_papers_summary_names_the_i205_claim() {
    let content = presente::Content::embedded().unwrap();
    let summary = content.catalog.text(content.catalog.reference(), "topic-warrants-summary");
    assert!(summary.contains("Since May 2025, ICE says an I-205"), "{summary}");
}

/// Every step of the December 2026 changes, in every locale's export of its
/// topics, in that locale's own words.
#[test]
fn the_december_2026_steps_are_translated_in_every_locale() {
    use presente::content::{topic_summary_id, topic_title_id};
    let content = presente::Content::embedded().unwrap();
    let new_step = |id: &str| {
        ["carry-", "stops-", "third-country", "bond-", "status-"].iter().any(|p| id.starts_with(p))
            || ["record-safety", "detained-bond", "court-ruling", "court-status-ended"]
                .contains(&id)
    };
    let mut checked = 0;
    for topic in &content.guide().topics {
        let id = topic.id.get_ref();
        let mut ids: Vec<String> =
            topic.steps.iter().map(|s| s.text.get_ref().clone()).filter(|s| new_step(s)).collect();
        if ["bond", "status"].contains(&id.as_str()) {
            ids.extend([topic_title_id(id), topic_summary_id(id)]);
        }
        if ids.is_empty() {
            continue;
        }
        let path = format!("{}/{id}", content.guide().sections[topic.section].id.get_ref());
        assert_translated_in_export(&content, &path, &ids);
        checked += ids.len();
    }
    assert!(checked > 40, "the new steps were found ({checked})");
}

/// A step that rests on a policy carries its date: each year an English
/// guide message names is in every translation of it (Khmer writes it in
/// Khmer digits).
#[test]
fn every_translation_keeps_the_years_of_its_english() {
    let content = presente::Content::embedded().unwrap();
    let catalog = &content.catalog;
    let english = catalog.reference();
    let years = |text: &str| -> Vec<String> {
        let digits: Vec<char> = text
            .chars()
            .map(|c| match c {
                '០'..='៩' => char::from_digit(c as u32 - '០' as u32, 10).unwrap(),
                c => c,
            })
            .collect();
        let mut found = Vec::new();
        for window in digits.windows(4) {
            let s: String = window.iter().collect();
            if (s.starts_with("202") || s.starts_with("201"))
                && s.chars().all(|c| c.is_ascii_digit())
            {
                found.push(s);
            }
        }
        found
    };
    let mut dated = 0;
    for topic in &content.guide().topics {
        for step in &topic.steps {
            let id = step.text.get_ref();
            let wanted = years(&catalog.text(english, id));
            if wanted.is_empty() {
                continue;
            }
            dated += 1;
            for (lang, locale) in catalog.langs().zip(catalog.locales()) {
                let have = years(&catalog.text(lang, id));
                for year in &wanted {
                    assert!(have.contains(year), "{}: {id} lost the year {year}", locale.code);
                }
            }
        }
    }
    assert!(dated > 20, "dated steps were found ({dated})");
}
