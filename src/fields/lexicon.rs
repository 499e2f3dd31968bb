//! Word lists the field rules share: what a title or role looks like, which
//! capitalised words are never part of a person's name, and which words
//! report speech. General English news vocabulary, nothing from one text.
//!
//! Each list holds its words once, in lower case; a word is looked up in
//! lower case and without a possessive "'s" ([`kinds`], [`contains`]). A
//! word may be in two lists that mean different things ("press" is an
//! outlet's word and modifies a role, as in "press secretary"), but not in
//! two lists of one kind: a verb of saying is in one list of verbs, an
//! honorific only in [`HONORIFICS`]. To teach attribution a new verb of
//! saying, add it to [`SPEECH_VERBS`], [`THAT_VERBS`] or
//! [`PARTICLE_VERBS`]; a title to [`ROLE_WORDS`]; a word that is never
//! part of a name to the list of its kind.
use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

// Speech: the verbs and words that report what someone said.

/// Verbs that report speech on their own ("said", "told", "believes").
pub static SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "explained",
    "remarked",
    "commented",
    "declared",
    "announced",
    "asserted",
    "insisted",
    "argued",
    "warned",
    "acknowledged",
    "admitted",
    "believes",
    "believed",
    "reckoned",
    "wrote",
    "writes",
    "recalled",
    "concluded",
    "suggested",
    "claimed",
    "replied",
    "urged",
    "advised",
    "proposed",
    "saying",
    "adding",
    "predicted",
    "affirmed",
    "promised",
    "vowed",
    "pledged",
    "revealed",
    "disclosed",
    "estimated",
    "forecast",
    "assured",
    "complained",
    "conceded",
    "contended",
    "countered",
    "observed",
    "opined",
    "quipped",
    "recounted",
    "responded",
    "answered",
    "cautioned",
    // Spanish.
    "dijo",
    "dice",
    "afirmó",
    "declaró",
    "anunció",
    "explicó",
    "señaló",
    "aseguró",
    "añadió",
    "escribió",
    "escribe",
    // Portuguese.
    "disse",
    "diz",
    "afirmou",
    "declarou",
    "admitiu",
    "explicou",
    // French.
    "déclaré",
    "précisé",
    "affirmé",
    "expliqué",
    "ajouté",
    "indiqué",
    // Italian.
    "affermato",
    "dichiarato",
    "spiegato",
    // German.
    "sagte",
    "sagt",
    "erklärte",
    "betonte",
    // Czech.
    "řekl",
    "řekla",
    "uvedl",
    "uvedla",
    "napsal",
    "napsala",
    "říká",
    "souhlasí",
    // Polish.
    "powiedział",
    "powiedziała",
    "ocenia",
    "zapowiedział",
    "zapowiedziała",
    "przekonywał",
    "przekonywała",
    // Russian.
    "сказал",
    "заявил",
    "сообщил",
];

/// Verbs that report speech when "that" follows ("noted that") or the
/// clause ends ("..., he noted."); a verb that reports speech on its own
/// is in [`SPEECH_VERBS`] only.
pub static THAT_VERBS: &[&str] = &[
    "noted",
    "notes",
    "noting",
    "stressed",
    "stresses",
    "stressing",
    "underlined",
    "underlines",
    "underlining",
    "underscored",
    "emphasized",
    "emphasised",
    "emphasizing",
    "emphasising",
    "reiterated",
    "maintained",
    "hoped",
    "denied",
    "mentioned",
];

/// Verbs that report speech with a particle ("pointed out", "called on").
pub const PARTICLE_VERBS: &[(&str, &[&str])] = &[
    ("pointed", &["out"]),
    ("points", &["out"]),
    ("called", &["on", "for", "upon"]),
    ("calls", &["on", "for", "upon"]),
    ("calling", &["on", "for", "upon"]),
    ("appealed", &["to", "for"]),
];

/// Words that, like "according to", put the words that follow on the
/// person named next ("según", "selon").
pub static ACCORDING_WORDS: &[&str] = &["según", "selon", "podle"];

// Titles and roles.

/// Words that head a role or title ("Foreign Minister", "envoy"). A few
/// also modify one, and are in [`ROLE_MODIFIERS`] too: "chief" heads "the
/// chief" and modifies "chief economist".
pub static ROLE_WORDS: &[&str] = &[
    "president",
    "vice-president",
    "premier",
    "vice-premier",
    "minister",
    "secretary-general",
    "secretary",
    "general",
    "envoy",
    "ambassador",
    "director",
    "director-general",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "vice-chairman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "governor",
    "mayor",
    "chancellor",
    "head",
    "chief",
    "deputy",
    "representative",
    "commissioner",
    "professor",
    "researcher",
    "analyst",
    "expert",
    "scholar",
    "fellow",
    "editor",
    "correspondent",
    "reporter",
    "official",
    "officer",
    "colonel",
    "adviser",
    "advisor",
    "counsellor",
    "counselor",
    "leader",
    "founder",
    "ceo",
    "executive",
    "manager",
    "lawyer",
    "economist",
    "diplomat",
    "senator",
    "lawmaker",
    "legislator",
    "delegate",
    "king",
    "queen",
    "emir",
    "sheikh",
    "dean",
    "coordinator",
    "consul",
    "commander",
    "commandant",
    "advocate",
    "major-general",
    "major-gen",
    "lieutenant-general",
    "brigadier-general",
    "marshal",
    "admiral",
    "lieutenant",
    "judge",
    "prosecutor",
    "attorney",
    "activist",
    "journalist",
    "president-elect",
    "prime",
    "speaker",
    "ambassador-at-large",
    "undersecretary",
    "under-secretary",
    "member",
    "mp",
    "strategist",
    "specialist",
    "vice-chair",
    "secretary-general-designate",
];

/// Prefixes that make a role word another with a hyphen ("co-director",
/// "ex-minister").
pub static ROLE_PREFIXES: &[&str] = &["co", "ex", "vice", "deputy", "acting", "sub", "under"];

/// Words that modify a role without being one ("vice", "presidential").
pub static ROLE_MODIFIERS: &[&str] = &[
    "vice",
    "deputy",
    "former",
    "acting",
    "senior",
    "chief",
    "executive",
    "general",
    "special",
    "presidential",
    "foreign",
    "permanent",
    "assistant",
    "associate",
    "standing",
    "managing",
    "first",
    "defense",
    "defence",
    "finance",
    "trade",
    "interior",
    "press",
    "state",
    "national",
    "regional",
    "political",
    "military",
    "economic",
    "international",
    "research",
    "visiting",
    "principal",
    "leading",
    "top",
    "prominent",
    "veteran",
    "independent",
    "extraordinary",
    "plenipotentiary",
    "supreme",
    "grand",
    "honorary",
];

/// Honorifics that make a lone surname a person ("Mr. Lee").
pub static HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sir", "madam", "dame", "lord",
];

// Names: the small words inside them, and capitalised words that are
// never part of one.

/// Lower-case words inside a person's name, between capitalised ones
/// ("Ursula von der Leyen", "Lula da Silva", "Mohammed bin Salman"), a
/// phrase of one or two words.
pub static NAME_PARTICLES: &[&str] = &[
    "von der", "van der", "van den", "de la", "de los", "von", "van", "de", "da", "dos", "das",
    "del", "bin", "ibn", "ter",
];

/// Capitalised words that start sentences or phrases but never names.
pub static FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "to",
    "as",
    "and",
    "but",
    "or",
    "of",
    "meanwhile",
    "however",
    "also",
    "then",
    "when",
    "while",
    "after",
    "before",
    "according",
    "it",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "our",
    "his",
    "her",
    "their",
    "its",
    "there",
    "here",
    "during",
    "under",
    "over",
    "since",
    "despite",
    "among",
    "although",
    "though",
    "because",
    "if",
    "so",
    "yet",
    "indeed",
    "moreover",
    "furthermore",
    "besides",
    "still",
    "thus",
    "therefore",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tomorrow",
    "now",
    "last",
    "next",
    "first",
    "many",
    "some",
    "all",
    "both",
    "each",
    "such",
    "what",
    "which",
    "who",
    "where",
    "how",
    "why",
    "not",
    "no",
    "yes",
    "let",
    "please",
    "interview",
    "exclusive",
    "update",
    "breaking",
    "photo",
    "video",
    "editor",
    "note",
    "source",
    "read",
    "more",
    "related",
    "comments",
    "view",
    "at least",
    "least",
    "instead",
    "once",
    "again",
    "only",
    "even",
    "just",
    "every",
    "whether",
    "within",
    "without",
    "through",
    "throughout",
    "against",
    "between",
    "into",
    "upon",
    "about",
    "above",
    "below",
    "near",
    "via",
    "per",
    "unlike",
    "like",
    "except",
];

/// Words that mark a capitalised phrase as an organisation, event, place or
/// thing rather than a person.
pub static NON_PERSON_WORDS: &[&str] = &[
    "organization",
    "organisation",
    "people",
    "spirit",
    "assembly",
    "council",
    "ministry",
    "committee",
    "center",
    "centre",
    "university",
    "institute",
    "association",
    "republic",
    "state",
    "states",
    "union",
    "nations",
    "government",
    "party",
    "bank",
    "agency",
    "news",
    "initiative",
    "forum",
    "summit",
    "charter",
    "convention",
    "program",
    "programme",
    "office",
    "secretariat",
    "commission",
    "structure",
    "treaty",
    "alliance",
    "group",
    "company",
    "corporation",
    "inc",
    "ltd",
    "court",
    "parliament",
    "congress",
    "senate",
    "army",
    "force",
    "forces",
    "police",
    "department",
    "embassy",
    "daily",
    "times",
    "post",
    "online",
    "network",
    "tv",
    "radio",
    "press",
    "review",
    "journal",
    "fund",
    "foundation",
    "academy",
    "school",
    "college",
    "club",
    "federation",
    "community",
    "zone",
    "region",
    "province",
    "city",
    "county",
    "district",
    "war",
    "memorandum",
    "declaration",
    "strategy",
    "plan",
    "day",
    "year",
    "week",
    "studies",
    "affairs",
    "security",
    "cooperation",
    "development",
    "trade",
    "games",
    "cup",
    "olympics",
    "belt",
    "road",
    "street",
    "square",
    "hall",
    "palace",
    "house",
    "airport",
    "railway",
    "corridor",
    "port",
    "sea",
    "ocean",
    "river",
    "lake",
    "mountains",
    "island",
    "islands",
    "kingdom",
    "emirates",
    "coalition",
    "front",
    "movement",
    "board",
    "bureau",
    "authority",
    "service",
    "services",
    "media",
    "holdings",
    "system",
    "mechanism",
    "framework",
    "dialogue",
    "conference",
    "meeting",
    "session",
    "talks",
    "expo",
    "exhibition",
    "festival",
    "prize",
    "award",
    "act",
    "law",
    "bill",
    "resolution",
    "accord",
    "agreement",
    "pact",
    "protocol",
    "covid-19",
    "pandemic",
    "internet",
    "web",
    "website",
    "channel",
    "magazine",
    "tribune",
    "herald",
    "gazette",
    "observer",
    "telegraph",
    // Companies, works and buildings that "said" in a story.
    "resources",
    "telecom",
    "co",
    "project",
    "harbour",
    "harbor",
    "bay",
    "hospital",
    "museum",
    "stadium",
    "church",
    "mosque",
    "temple",
    "library",
    "administration",
    "brigade",
    "battalion",
    // Armed and political groups named as a word of their own.
    "hamas",
    "hezbollah",
    "taliban",
    "nato",
    "isis",
];

/// News agencies: never people, always outlets.
pub static AGENCIES: &[&str] = &[
    "xinhua",
    "tass",
    "reuters",
    "afp",
    "ap",
    "cgtn",
    "bbc",
    "cnn",
    "sputnik",
    "interfax",
    "ria",
    "kyodo",
    "yonhap",
    "bernama",
    "anadolu",
    "irna",
    "kazinform",
    "akipress",
    "uza",
    "dpa",
    "efe",
    "ansa",
    "belga",
    "pti",
    "ians",
    "apa",
    "ctk",
    "pap",
];

/// Words that make a capitalised phrase an outlet's name ("China Daily").
pub static OUTLET_WORDS: &[&str] = &[
    "daily",
    "times",
    "news",
    "post",
    "tribune",
    "herald",
    "gazette",
    "press",
    "agency",
    "journal",
    "telegraph",
    "observer",
    "online",
    "network",
    "tv",
    "radio",
    "review",
    "dawn",
    "hindu",
    "mail",
    "guardian",
    "chronicle",
    "express",
    "standard",
    "star",
    "weekly",
    "magazine",
    "monitor",
    "insider",
    "today",
    "wire",
    "broadcasting",
    "television",
];

/// Countries, regions, capitals and demonyms: capitalised, never names.
pub static PLACE_WORDS: &[&str] = &[
    "china",
    "russia",
    "kazakhstan",
    "kyrgyzstan",
    "tajikistan",
    "uzbekistan",
    "turkmenistan",
    "india",
    "pakistan",
    "iran",
    "belarus",
    "mongolia",
    "afghanistan",
    "turkey",
    "türkiye",
    "america",
    "united",
    "kingdom",
    "japan",
    "korea",
    "germany",
    "france",
    "britain",
    "england",
    "europe",
    "asia",
    "africa",
    "eurasia",
    "beijing",
    "moscow",
    "shanghai",
    "qingdao",
    "astana",
    "almaty",
    "bishkek",
    "dushanbe",
    "tashkent",
    "samarkand",
    "delhi",
    "new",
    "islamabad",
    "tehran",
    "washington",
    "london",
    "paris",
    "tokyo",
    "seoul",
    "ukraine",
    "syria",
    "israel",
    "egypt",
    "saudi",
    "arabia",
    "brazil",
    "canada",
    "australia",
    "central",
    "south",
    "north",
    "east",
    "west",
    "western",
    "eastern",
    "southern",
    "northern",
    "middle",
    "macao",
    "taiwan",
    "xinjiang",
    "tibet",
    "gulf",
    "pacific",
    "atlantic",
    "caspian",
    "minsk",
    "kabul",
    "ufa",
    "yekaterinburg",
    "vladivostok",
    "st",
    "petersburg",
    "chinese",
    "russian",
    "kazakh",
    "kazakhstani",
    "kyrgyz",
    "tajik",
    "uzbek",
    "indian",
    "pakistani",
    "iranian",
    "belarusian",
    "mongolian",
    "afghan",
    "turkish",
    "american",
    "british",
    "french",
    "german",
    "japanese",
    "korean",
    "european",
    "asian",
    "african",
    "ukrainian",
    "syrian",
    "israeli",
    "egyptian",
    "brazilian",
    "canadian",
    "australian",
    "eurasian",
    "soviet",
    "arab",
    "muslim",
    "islamic",
    "english",
    "uyghur",
    "shandong",
    "fujian",
    "guangdong",
    "sichuan",
    "yunnan",
    "qatar",
    "kuwait",
    "bahrain",
    "nepal",
    "cambodia",
    "myanmar",
    "sri",
    "lanka",
    "azerbaijan",
    "armenia",
    "georgia",
    "vietnam",
    "thailand",
    "indonesia",
    "malaysia",
    "singapore",
    "philippines",
    "laos",
    "italy",
    "spain",
    "poland",
    "ethiopia",
    "nigeria",
    "kenya",
];

/// Month names and their abbreviations.
pub static MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Days of the week.
pub static WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

// Clauses: the words around a subject and its verb.

/// Prepositions: a name right after one is the object, never the subject
/// of a verb ("the head of Acme Corp said").
pub static PREPOSITIONS: &[&str] = &[
    "of", "for", "from", "with", "at", "by", "to", "against", "about", "de", "für", "von",
    // Czech and Polish.
    "na", "v", "ve", "w", "we", "z", "ze", "od", "do", "pro", "dla", "przez",
];

/// Adverbs and auxiliaries that may sit between a subject and its verb.
pub static VERB_COMPANIONS: &[&str] = &[
    "also",
    "further",
    "again",
    "then",
    "later",
    "earlier",
    "previously",
    "once",
    "recently",
    "repeatedly",
    "has",
    "had",
    "have",
    "will",
    "would",
    "reportedly",
    "firmly",
    "clearly",
    "publicly",
    "openly",
    "separately",
    "similarly",
    "likewise",
    "himself",
    "herself",
    "ha",
    "hat",
    // French ("a précisé").
    "a",
    "however",
    "too",
    "meanwhile",
    "strongly",
];

/// Words that open an aside between commas rather than a clause with a
/// subject of its own.
pub static ASIDE_OPENERS: &[&str] = &[
    "in",
    "at",
    "on",
    "during",
    "after",
    "before",
    "with",
    "for",
    "from",
    "by",
    "as",
    "like",
    "who",
    "whose",
    "which",
    "where",
    "when",
    "while",
    "also",
    "however",
    "meanwhile",
    "then",
    "though",
    "although",
    "speaking",
    "addressing",
    "according",
    "once",
    "again",
    "too",
    "moreover",
    "furthermore",
    "instead",
    "still",
    "yet",
    "now",
    "later",
    "earlier",
    "today",
];

/// A word's categories, as bits: which of the lists above hold it.
pub type Kinds = u32;

/// The bit of each list in [`Kinds`], for code that tests many words
/// against one list.
pub mod bit {
    use super::Kinds;
    pub const ROLE_WORDS: Kinds = 1 << 0;
    pub const ROLE_MODIFIERS: Kinds = 1 << 1;
    pub const FUNCTION_WORDS: Kinds = 1 << 2;
    pub const NON_PERSON_WORDS: Kinds = 1 << 3;
    pub const AGENCIES: Kinds = 1 << 4;
    pub const OUTLET_WORDS: Kinds = 1 << 5;
    pub const PLACE_WORDS: Kinds = 1 << 6;
    pub const MONTHS: Kinds = 1 << 7;
    pub const WEEKDAYS: Kinds = 1 << 8;
    pub const SPEECH_VERBS: Kinds = 1 << 9;
    pub const THAT_VERBS: Kinds = 1 << 10;
    pub const VERB_COMPANIONS: Kinds = 1 << 11;
    pub const HONORIFICS: Kinds = 1 << 12;
    /// The verbs of [`super::PARTICLE_VERBS`].
    pub const PARTICLE_VERBS: Kinds = 1 << 13;
    pub const ACCORDING_WORDS: Kinds = 1 << 14;
    pub const PREPOSITIONS: Kinds = 1 << 15;
    pub const ASIDE_OPENERS: Kinds = 1 << 16;
}

/// The lists looked up by [`kinds`], each with its bit.
static LISTS: &[(&[&str], Kinds)] = &[
    (ROLE_WORDS, bit::ROLE_WORDS),
    (ROLE_MODIFIERS, bit::ROLE_MODIFIERS),
    (FUNCTION_WORDS, bit::FUNCTION_WORDS),
    (NON_PERSON_WORDS, bit::NON_PERSON_WORDS),
    (AGENCIES, bit::AGENCIES),
    (OUTLET_WORDS, bit::OUTLET_WORDS),
    (PLACE_WORDS, bit::PLACE_WORDS),
    (MONTHS, bit::MONTHS),
    (WEEKDAYS, bit::WEEKDAYS),
    (SPEECH_VERBS, bit::SPEECH_VERBS),
    (THAT_VERBS, bit::THAT_VERBS),
    (VERB_COMPANIONS, bit::VERB_COMPANIONS),
    (HONORIFICS, bit::HONORIFICS),
    (ACCORDING_WORDS, bit::ACCORDING_WORDS),
    (PREPOSITIONS, bit::PREPOSITIONS),
    (ASIDE_OPENERS, bit::ASIDE_OPENERS),
];

/// Every listed word with the bit of a list that holds it (a word in two
/// lists comes twice).
fn listed() -> impl Iterator<Item = (&'static str, Kinds)> {
    let lists = LISTS
        .iter()
        .flat_map(|&(list, bit)| list.iter().map(move |word| (*word, bit)));
    let particle_verbs = PARTICLE_VERBS
        .iter()
        .map(|(verb, _)| (*verb, bit::PARTICLE_VERBS));
    lists.chain(particle_verbs)
}

/// Every listed word, with the bits of all the lists that hold it: made
/// once, when a word is first looked up.
static INDEX: LazyLock<FxHashMap<&'static str, Kinds>> = LazyLock::new(|| {
    let mut index = FxHashMap::default();
    for (word, bit) in listed() {
        *index.entry(word).or_insert(0) |= bit;
    }
    index
});

/// The lists that hold `word`, compared in lower case and without a
/// possessive "'s".
pub fn kinds(word: &str) -> Kinds {
    let lower = lower_case(word);
    INDEX
        .get(without_possessive(&lower))
        .copied()
        .unwrap_or_default()
}

/// `word` in lower case (as it is, when it is already).
fn lower_case(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// `word` (in lower case) without a possessive "'s" or "’s".
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Whether `list` holds `word` (in lower case, without a possessive).
pub fn contains(list: &[&str], word: &str) -> bool {
    list.contains(&without_possessive(&lower_case(word)))
}

/// Whether `word` is a role word, also with a prefix ("co-director",
/// "ex-minister").
pub fn is_role_word(word: &str) -> bool {
    let is_listed = |word: &str| kinds(word) & bit::ROLE_WORDS != 0;
    is_listed(word)
        || word
            .split_once('-')
            .is_some_and(|(head, rest)| contains(ROLE_PREFIXES, head) && is_listed(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every listed word with the bits of all the lists that hold it.
    fn every_word() -> std::collections::HashMap<&'static str, Kinds> {
        let mut index = std::collections::HashMap::new();
        for (word, bit) in listed() {
            *index.entry(word).or_insert(0) |= bit;
        }
        index
    }

    #[test]
    fn no_list_holds_a_word_twice() {
        let mut lists: Vec<(&str, &[&str])> = vec![
            ("ROLE_WORDS", ROLE_WORDS),
            ("ROLE_MODIFIERS", ROLE_MODIFIERS),
            ("FUNCTION_WORDS", FUNCTION_WORDS),
            ("NON_PERSON_WORDS", NON_PERSON_WORDS),
            ("AGENCIES", AGENCIES),
            ("OUTLET_WORDS", OUTLET_WORDS),
            ("PLACE_WORDS", PLACE_WORDS),
            ("MONTHS", MONTHS),
            ("WEEKDAYS", WEEKDAYS),
            ("SPEECH_VERBS", SPEECH_VERBS),
            ("THAT_VERBS", THAT_VERBS),
            ("VERB_COMPANIONS", VERB_COMPANIONS),
            ("HONORIFICS", HONORIFICS),
            ("ACCORDING_WORDS", ACCORDING_WORDS),
            ("NAME_PARTICLES", NAME_PARTICLES),
            ("PREPOSITIONS", PREPOSITIONS),
            ("ROLE_PREFIXES", ROLE_PREFIXES),
            ("ASIDE_OPENERS", ASIDE_OPENERS),
        ];
        let particle_verbs: Vec<&str> = PARTICLE_VERBS.iter().map(|(v, _)| *v).collect();
        lists.push(("PARTICLE_VERBS", &particle_verbs));
        for (name, list) in lists {
            let mut seen = std::collections::HashSet::new();
            for word in list {
                assert!(
                    seen.insert(word.to_lowercase()),
                    "{name} lists {word:?} twice"
                );
            }
        }
    }

    /// Lists of one kind share no word: a verb of saying is in one list
    /// of verbs, an honorific in no other list.
    #[test]
    fn no_word_is_in_two_lists_of_one_kind() {
        let particle_verbs: Vec<&str> = PARTICLE_VERBS.iter().map(|(v, _)| *v).collect();
        let speech: [(&str, &[&str]); 4] = [
            ("SPEECH_VERBS", SPEECH_VERBS),
            ("THAT_VERBS", THAT_VERBS),
            ("PARTICLE_VERBS", &particle_verbs),
            ("ACCORDING_WORDS", ACCORDING_WORDS),
        ];
        let mut seen = std::collections::HashMap::new();
        for (name, list) in speech {
            for word in list {
                if let Some(other) = seen.insert(*word, name) {
                    panic!("{word:?} is in {other} and {name}");
                }
            }
        }
        for word in HONORIFICS {
            for &(list, bit) in LISTS {
                assert!(
                    bit == bit::HONORIFICS || !list.contains(word),
                    "the honorific {word:?} is in another list"
                );
            }
        }
    }

    #[test]
    fn lookups_ignore_case_and_possessives() {
        assert!(contains(ROLE_WORDS, "Minister"));
        assert!(contains(PLACE_WORDS, "Kazakhstan's"));
        assert!(contains(PLACE_WORDS, "KAZAKHSTAN’S"));
        assert!(!contains(PLACE_WORDS, "Lindqvist"));
        assert!(is_role_word("co-director"));
        assert!(is_role_word("Vice-President"));
        assert!(is_role_word("EX-MINISTER"));
        assert!(!is_role_word("co-operation"));
    }

    #[test]
    fn each_list_holds_its_words() {
        for &(list, bit) in LISTS {
            assert!(list.iter().all(|w| kinds(w) & bit != 0));
        }
        assert!(kinds("Pointed") & bit::PARTICLE_VERBS != 0);
        assert!(kinds("pointer") & bit::PARTICLE_VERBS == 0);
        // Not ASCII as written, a listed word in lower case (a Kelvin sign).
        assert_eq!(kinds("REMAR\u{212a}ED"), kinds("remarked"));
        assert_ne!(kinds("remarked"), 0);
        // Every listed word, in any case, with a possessive.
        for (word, bits) in &every_word() {
            assert_eq!(kinds(word), *bits, "{word}");
            assert_eq!(kinds(&word.to_uppercase()), *bits, "{word}");
            assert_eq!(kinds(&format!("{word}'s")), *bits, "{word}'s");
            assert_eq!(kinds(&format!("{word}’S")), *bits, "{word}’S");
        }
        assert!(kinds("pointer") & bit::PARTICLE_VERBS == 0);
    }

    #[test]
    fn kinds_combine_the_lists_a_word_is_in() {
        let k = kinds("press");
        assert!(
            k & bit::NON_PERSON_WORDS != 0
                && k & bit::OUTLET_WORDS != 0
                && k & bit::ROLE_MODIFIERS != 0
        );
        static OTHER: &[&str] = &["not", "listed"];
        assert!(contains(OTHER, "Listed"));
        assert!(contains(OTHER, "NOT's"));
        assert!(!contains(OTHER, "nots"));
    }

    #[test]
    fn words_of_other_scripts_are_in_no_list() {
        for word in ["Путин", "Ελλάδα", "Zoë", "Øystein", "Pörtner"] {
            assert_eq!(kinds(word), 0, "{word}");
        }
        assert_ne!(kinds("Türkiye"), 0);
        assert_ne!(kinds("TÜRKIYE"), 0);
    }

    #[test]
    fn groups_companies_and_buildings_that_speak_are_not_people() {
        let text = "Strikes go on\n\n\"We will answer,\" Hamas said in a statement on Monday.\n\n\"The ship was hit twice,\" the Aquatic Resources bureau said.\n\n\"Calls were cut,\" Harbour Telecom Co said.\n\n\"We treated forty people,\" said Ana Silva, a doctor.\n";
        let a = crate::parse_article("1", "1.txt", text);
        let names: Vec<&str> = a.summary.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ana Silva"]);
    }
}
