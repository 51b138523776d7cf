//! The ids of the messages the app's own code asks for. Code names them
//! through these constants, so a typo does not compile, and a test checks
//! that each exists in English (`locales/en`). Ids used by the guide's
//! content are checked when the content is validated.

macro_rules! message_ids {
    ($($name:ident = $id:literal;)*) => {
        $(pub const $name: &str = $id;)*
        /// Every id above, for the test that they all exist.
        pub const ALL: &[&str] = &[$($id),*];
    };
}

message_ids! {
    LANGUAGE_NAME = "language-name";
    LOCALE_STATUS = "locale-status";
    LOCALE_CREDITS = "locale-credits";
    CHOOSE_LANGUAGE = "choose-language";
    PICKER_HINT = "picker-hint";
    HOME_TITLE = "home-title";
    HOME_HINT = "home-hint";
    BUTTON_BACK = "button-back";
    BUTTON_HOME = "button-home";
    BUTTON_LANGUAGE = "button-language";
    BUTTON_HELP = "button-help";
    BUTTON_QUIT = "button-quit";
    BUTTON_HIDE = "button-hide";
    IDLE_COUNTDOWN = "idle-countdown";
    STEP_DO = "step-do";
    STEP_DONT = "step-dont";
    STEP_SAY = "step-say";
    STEP_INFO = "step-info";
    SAY_IN_ENGLISH = "say-in-english";
    TOPIC_SOURCES = "topic-sources";
    TOPIC_REVIEWED = "topic-reviewed";
    TOPIC_STALE = "topic-stale";
    NOT_LEGAL_ADVICE = "not-legal-advice";
    ENLARGE = "enlarge";
    KEYS_TITLE = "keys-title";
    KEYS_TAP = "keys-tap";
    KEYS_NUMBER = "keys-number";
    KEYS_WHEEL = "keys-mouse-wheel";
    KEYS_KEYBOARD = "keys-keyboard";
    KEYS_PREVIOUS_SLIDE = "keys-previous-slide";
    KEYS_NEXT_SLIDE = "keys-next-slide";
    KEYS_UP = "keys-up";
    KEYS_DOWN = "keys-down";
    KEYS_PAGE_UP = "keys-page-up";
    KEYS_PAGE_DOWN = "keys-page-down";
    KEYS_END = "keys-end";
    KEYS_OPEN = "keys-open";
    KEYS_GO_BACK = "keys-go-back";
    KEYS_GO_HOME = "keys-go-home";
    KEYS_NEXT_PART = "keys-next-part";
    KEYS_CHANGE_LANGUAGE = "keys-change-language";
    KEYS_SHOW_HELP = "keys-show-help";
    KEYS_HIDE_ALL = "keys-hide-all";
    KEYS_CHANGE_COLORS = "keys-change-colors";
    KEYS_SHOW_SLIDES = "keys-show-slides";
    KEYS_SECOND_LANGUAGE = "keys-second-language";
    KEYS_CLOSE_APP = "keys-close-app";
    KEYS_USE_F_KEYS = "keys-use-f-keys";
    STATUS_DRAFT = "status-draft";
    STATUS_REVIEWED = "status-reviewed";
    ABOUT_NEVER_TITLE = "about-never-title";
    ABOUT_NEVER_NETWORK = "about-never-network";
    ABOUT_NEVER_SAVE = "about-never-save";
    ABOUT_NEVER_ASK = "about-never-ask";
    ABOUT_LEGAL_TITLE = "about-legal-title";
    ABOUT_TRANSLATION_TITLE = "about-translation-title";
    ABOUT_ENFORCED_TITLE = "about-enforced-title";
    ABOUT_FILES_LOCKED = "about-files-locked";
    ABOUT_FILES_OPEN = "about-files-open";
    ABOUT_NETWORK_BLOCKED = "about-network-blocked";
    ABOUT_NETWORK_OPEN = "about-network-open";
    CARD_OFFICER_TITLE = "card-officer-title";
    CARD_HOLDER_TITLE = "card-holder-title";
    WARRANTS_BOX_JUDICIAL = "warrants-box-judicial";
    WARRANTS_BOX_COURT = "warrants-box-court";
    WARRANTS_BOX_JUDGE = "warrants-box-judge";
    WARRANTS_BOX_NAME = "warrants-box-name";
    WARRANTS_BOX_ENTER = "warrants-box-enter";
    WARRANTS_BOX_ICE = "warrants-box-ice";
    WARRANTS_BOX_OFFICER = "warrants-box-officer";
    WARRANTS_BOX_NO_ENTER = "warrants-box-no-enter";
    WARRANTS_BOX_I205_CLAIM = "warrants-box-i205-claim";
    WARRANTS_BOX_IMMIGRATION_COURT = "warrants-box-immigration-court";
    WARRANTS_BOX_IMMIGRATION_JUDGE = "warrants-box-immigration-judge";
    WARRANTS_BOX_NOT_JUDICIAL = "warrants-box-not-judicial";
    DIRECTORY_SEARCH = "directory-search";
    DIRECTORY_SEARCH_HINT = "directory-search-hint";
    DIRECTORY_PLACE = "directory-place";
    DIRECTORY_KIND = "directory-kind";
    DIRECTORY_ALL_PLACES = "directory-all-places";
    DIRECTORY_ALL_KINDS = "directory-all-kinds";
    DIRECTORY_CHECKED = "directory-checked";
    DIRECTORY_NOTHING_FOUND = "directory-nothing-found";
    DIRECTORY_REPORT_NOW = "directory-report-now";
    DIRECTORY_GUIDE = "directory-guide";
    CONTACT_PHONE = "contact-phone";
    CONTACT_WEB = "contact-web";
    CONTACT_HOURS = "contact-hours";
    CONTACT_HOURS_ALWAYS = "contact-hours-always";
    CONTACT_LANGUAGES = "contact-languages";
    CONTACT_WHERE = "contact-where";
    CONTACT_WHAT = "contact-what";
    CONTACT_SOURCE = "contact-source";
    PUNCTUATION_SOURCE = "punctuation-source";
    BUTTON_FIND_HELP = "button-find-help";
    URGENT_LOCAL = "urgent-local";
    URGENT_NONE = "urgent-none";
    URGENT_NATIONAL = "urgent-national";
    URGENT_SCAN = "urgent-scan";
    URGENT_MORE = "urgent-more";
    DIRECTORY_PLACE_HINT = "directory-place-hint";
    CONTACT_SEEN = "contact-seen";
    CONTACT_NO_PHONE = "contact-no-phone";
    CONTACT_NON_EMERGENCY = "contact-non-emergency";
    CONTACT_LOCAL = "contact-local";
    CONTACT_SCAN_PHONE = "contact-scan-phone";
    CONTACT_SCAN_WEB = "contact-scan-web";
    CONTACT_QR_TOO_NARROW = "contact-qr-too-narrow";
    CONTACT_LOCAL_SHORT = "contact-local-short";
    KEYS_SEARCH = "keys-search";
    OPERATOR_PIN_TITLE = "operator-pin-title";
    OPERATOR_PIN_PROMPT = "operator-pin-prompt";
    OPERATOR_PIN_WRONG = "operator-pin-wrong";
    OPERATOR_PIN_STARTING = "operator-pin-starting";
    OPERATOR_PIN_NONE = "operator-pin-none";
    BUTTON_PRESENT = "button-present";
    BUTTON_END_PRESENTING = "button-end-presenting";
    BUTTON_PREVIOUS = "button-previous";
    BUTTON_NEXT = "button-next";
    BUTTON_SECOND_LANGUAGE = "button-second-language";
    PUNCTUATION_LABEL = "punctuation-label";
    PUNCTUATION_LIST = "punctuation-list";
}
