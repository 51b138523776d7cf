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
            "Since May 2025, ICE arrests people at immigration courts",
            "asks the judge to dismiss the case",
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
            "no place is off-limits to ICE: not schools, hospitals, clinics, places of worship, shelters or courts.",
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
    let catalog = &content.catalog;
    let topic = content.guide.topics.iter().find(|t| t.id.get_ref() == "final-order").unwrap();
    let mut ids = vec![topic_title_id("final-order"), topic_summary_id("final-order")];
    ids.extend(topic.steps.iter().map(|s| s.text.get_ref().clone()));
    assert!(ids.len() > 10, "the topic has its steps");
    // Khmer and Chinese wrap without spaces: compare without any.
    let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    for (lang, locale) in catalog.langs().zip(catalog.locales()) {
        let out = Command::new(env!("CARGO_BIN_EXE_presente"))
            .args(["export", "--lang", &locale.code, "--topic", "rights/final-order"])
            .output()
            .expect("the binary runs");
        assert!(out.status.success(), "{}", locale.code);
        let export = bare(&String::from_utf8(out.stdout).unwrap());
        for id in &ids {
            let text = catalog.text(lang, id);
            assert!(export.contains(&bare(&text)), "{}: {id} is missing: {text}", locale.code);
            if lang != catalog.reference() {
                assert_ne!(text, catalog.text(catalog.reference(), id), "{}: {id}", locale.code);
            }
        }
    }
}
