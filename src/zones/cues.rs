//! The cues a line gives by its words alone: the phrases of page
//! furniture (close buttons, share rows, cookie and newsletter text,
//! copyright lines, editor credits, photo captions, the headings of
//! related-link lists and comments), each list written once, in lower
//! case, with the languages sco knows. A cue is evidence for the zone
//! model, never a verdict on its own: [`super`] weighs it with the line's
//! shape and its neighbours.
//!
//! To teach sco an outlet's habit, add its phrase to the list it belongs
//! to.

use bitflags::bitflags;

use crate::fields::{byline, date};

bitflags! {
    /// What a line looks like, as `--explain` names it.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct Cues: u32 {
        /// A page widget: close button, share row, font size, counter,
        /// read time, "Advertisement", "Listen to this article".
        const WIDGET = 1 << 0;
        /// Site text: cookies, newsletters, sign-in, apps, terms.
        const BOILERPLATE = 1 << 1;
        /// "© 2024 ...", "Copyright ...", "All rights reserved".
        const COPYRIGHT = 1 << 2;
        /// An editor or production credit: "[ Editor: WPY ]", "Editing by".
        const EDITOR = 1 << 3;
        /// A photo caption or credit: "Photo: Xinhua", "(Xinhua/Li Wei)".
        const CAPTION = 1 << 4;
        /// The heading of a list of links or of comments: "Related",
        /// "Most Popular", "Read more", "Comments".
        const LIST_HEADING = 1 << 5;
        /// A date line: a date with few words around it.
        const DATE = 1 << 6;
        /// A byline: "By Jane Doe", "Staff Reporter".
        const BYLINE = 1 << 7;
        /// A line naming the outlet: "Source: Xinhua", "Global Times",
        /// "Published in Dawn, ...".
        const OUTLET = 1 << 8;
        /// Two or more separators: a breadcrumb or a menu bar
        /// ("Home > News > Politics", "World | Asia | Europe").
        const SEPARATORS = 1 << 9;
        /// The same text stands elsewhere in the file.
        const REPEATED = 1 << 10;
        /// It ends as a sentence ends.
        const SENTENCE = 1 << 11;
        /// Shaped like a title: a few words, no full stop at the end.
        const TITLE = 1 << 12;
        /// One of a run of short lines: a menu or a list of links.
        const MENU = 1 << 13;
        /// A copy of the headline, alone or with a section label.
        const HEADLINE_COPY = 1 << 14;
        /// It opens with a dateline ("MOSCOW, June 8 (Xinhua) --").
        const DATELINE = 1 << 15;
        /// A bare personal name on its own line: perhaps a byline.
        const NAME = 1 << 16;
        /// A time with no date: "14 hours ago", "Duration 1:30", a live
        /// feed's "13:54 ...".
        const TIME = 1 << 17;
        /// One of a list of other stories: headline, teaser, headline...
        const TEASER = 1 << 18;
    }
}

impl Cues {
    /// The cues that make a line furniture whatever its shape.
    pub const FURNITURE: Cues = Cues::WIDGET
        .union(Cues::TIME)
        .union(Cues::BOILERPLATE)
        .union(Cues::COPYRIGHT)
        .union(Cues::EDITOR)
        .union(Cues::CAPTION)
        .union(Cues::LIST_HEADING)
        .union(Cues::SEPARATORS);

    /// The cues of the lines that carry an article's metadata.
    pub const METADATA: Cues = Cues::DATE.union(Cues::BYLINE).union(Cues::OUTLET);

    /// The cues' names, lower case, for `--explain`.
    pub fn names(self) -> Vec<String> {
        self.iter_names()
            .map(|(name, _)| name.to_lowercase().replace('_', " "))
            .collect()
    }
}

/// Lines that are widgets when they are exactly this, in lower case.
const WIDGET_LINES: &[&str] = &[
    "x",
    "×",
    "✕",
    "✖",
    "close",
    "menu",
    "search",
    "print",
    "email",
    "e-mail",
    "share",
    "share:",
    "share this",
    "share this:",
    "share this article",
    "share this article:",
    "share this story",
    "share this story:",
    "share this page",
    "share this page:",
    "share on",
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "enditem",
    "enditem.",
    "end item",
    "end item.",
    "press release",
    "news release",
    "print this article",
    "listen to this article",
    "listen",
    "skip to content",
    "skip to main content",
    "sign in",
    "log in",
    "login",
    "register",
    "subscribe",
    "subscribe now",
    "sign up",
    "back to top",
    "top",
    "copy link",
    "copiar link",
    "copiar enlace",
    "copier le lien",
    "link kopieren",
    "link copied",
    "story continues below",
    "story continues below advertisement",
    "continue reading",
    "watch",
    "play video",
    "image",
    "photo",
    "video",
    "gallery",
    "open in app",
    "buy photo",
    "view photos",
    "view photo",
    "view gallery",
    "caption",
    "hide caption",
    "toggle caption",
    "autoplay",
    "full screen",
    "fullscreen",
    "skip ad",
    "enlarge",
    "enlarge this image",
    "expand",
    "more options",
    "resize text",
    "print article",
    "wait 1 second to continue.",
    "social sharing",
    "loaded",
    "loading",
    "loading...",
    "replay",
    "mute",
    "unmute",
    "duration",
    "continue reading the main story",
    "advertisement · scroll to continue",
    "scroll to continue",
    "sdílet článek",
    "sdílet",
    "teilen",
    "artikel teilen",
    "partager",
    "partager l'article",
    "compartir",
    "compartilhe",
    "compartilhar",
    "condividi",
    "поделиться",
    "paylaş",
    "udostępnij",
    "delen",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "publicidade",
    "pubblicità",
    "реклама",
    "reklam",
    "abo",
    "abo testen",
    "abonnieren",
    "anmelden",
    "abmelden",
    "registrieren",
    "einloggen",
    "s'abonner",
    "se connecter",
    "suscribirse",
    "suscríbete",
    "iniciar sesión",
    "entrar",
    "assinar",
    "assine",
    "войти",
    "подписаться",
    "giriş yap",
    "abone ol",
    "dark mode",
    "go top",
    "dark mode go top",
];

/// Lines that are widgets when they start with this, in lower case.
const WIDGET_STARTS: &[&str] = &[
    "font size",
    "adjust font size",
    "text size",
    "read more:",
    "read more :",
    "also read:",
    "read next:",
    "read next :",
    "read also:",
    "see also:",
    "related:",
    "related article:",
    "related story:",
    "recommended:",
    "must read:",
    "watch:",
    "video:",
    "listen to this article",
    "video player",
    "videoplayer",
    "newspaper headline:",
    "posted in:",
    "filed under:",
    "tags:",
    "powered by ",
    "advertisement ·",
    "a version of this article appears",
    "read this story in",
    "read this article in",
    "watch ",
    "реклама",
    "читать полностью",
    "читать далее",
    "weiterlesen",
    "lire la suite",
    "leer más",
    "seguir leyendo",
    "leia mais",
    "continua a leggere",
    "devamını oku",
    "czytaj dalej",
    "inread invented by",
    "would you like to comment",
    "topics:",
    "keywords:",
    "our standards:",
    "lesen sie auch:",
    "lire aussi :",
    "lire aussi:",
    "à lire aussi",
    "leer más:",
    "lea también:",
    "leia também:",
    "читайте также:",
    "ayrıca okuyun:",
];

/// Share buttons: a line made only of these.
const SOCIAL: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "telegram",
    "weibo",
    "wechat",
    "reddit",
    "email",
    "e-mail",
    "mail",
    "print",
    "pinterest",
    "messenger",
    "flipboard",
    "vk",
    "ok",
    "copy",
    "link",
    "share",
    "comments",
    "comment",
];

/// Phrases of a site's own text (cookies, newsletters, accounts, apps):
/// a short line holding one is boilerplate, as is one holding
/// [`RIGHTS_RESERVED`].
const BOILERPLATE_PHRASES: &[&str] = &[
    "cookie",
    "newsletter",
    "in your inbox",
    "sign up for",
    "sign up to",
    "subscribe to",
    "subscribe for",
    "subscription",
    "subscriber",
    "log in to",
    "sign in to",
    "sign in now",
    "it's quick and free",
    "create an account",
    "create a free account",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "privacy policy",
    "privacy notice",
    "download the app",
    "download our app",
    "get the app",
    "follow us on",
    "join us on",
    "click here",
    "javascript",
    "your browser",
    "ad blocker",
    "adblock",
    "we use cookies",
    "accept all",
    "manage preferences",
    "unsubscribe",
    "push notifications",
    "the comments below",
    "comments are filtered",
    "by posting your comment",
    "comment policy",
    "be the first to comment",
    "leave a comment",
    "report an error",
    "contact us",
    "about us",
    "advertise with us",
    "datenschutz",
    "digitales abo",
    "abo testen",
    "bestehenden account",
    "zeit online nutzen",
    "impressum",
    "newsletter abonnieren",
    "mentions légales",
    "politique de confidentialité",
    "abonnez-vous",
    "inscrivez-vous",
    "política de privacidad",
    "aviso legal",
    "suscríbete",
    "assine",
    "política de privacidade",
    "подписывайтесь",
    "политика конфиденциальности",
    "gizlilik politikası",
    "abone ol",
];

/// Notices a site puts under every article, however long the sentence:
/// an invitation to report a mistake, an age rating of the site, the
/// consent box in place of an embedded post.
const NOTICE_PHRASES: &[&str] = &[
    "spotted an error",
    "spotted a mistake",
    "spot an error",
    "spot a mistake",
    "found an error",
    "found a mistake",
    "found a typo",
    "notice an error",
    "zaznamenali chybu",
    "nalezli chybu",
    "signaler une erreur",
    "einen fehler gefunden",
    "fehler entdeckt",
    "нашли ошибку",
    "нашли опечатку",
    "не предназначенную для пользователей",
    "not intended for users under",
    // The consent box that stands in for an embedded post or video.
    "external content",
    "externen inhalt",
    "externe inhalte",
    "empfohlener redaktioneller inhalt",
    "recommended editorial content",
    "contenu externe",
    "contenido externo",
];

/// [`NOTICE_PHRASES`] as one automaton, matched in any ASCII case.
static NOTICE: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| automaton(NOTICE_PHRASES.iter(), false));

/// [`BOILERPLATE_PHRASES`] as one automaton, matched in any ASCII case.
static BOILERPLATE: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        automaton(BOILERPLATE_PHRASES.iter().chain(RIGHTS_RESERVED), false)
    });

/// Headings of what follows an article: lists of links, comments.
/// Matched against the whole line, in lower case, without a final colon.
const LIST_HEADINGS: &[&str] = &[
    "related",
    "related articles",
    "related stories",
    "related news",
    "related content",
    "related links",
    "related topics",
    "related coverage",
    "related posts",
    "more from",
    "more stories",
    "more news",
    "more on this story",
    "more on this topic",
    "more in",
    "more",
    "most popular",
    "most read",
    "most viewed",
    "most shared",
    "most commented",
    "popular",
    "popular now",
    "popular stories",
    "trending",
    "trending now",
    "trending stories",
    "recommended",
    "recommended for you",
    "recommended stories",
    "editor's picks",
    "editors' picks",
    "top stories",
    "top news",
    "latest",
    "latest news",
    "latest stories",
    "hot topics",
    "hot news",
    "you may also like",
    "you might also like",
    "you may like",
    "you may be interested in",
    "we recommend",
    "read more",
    "read next",
    "read on the topic",
    "also read",
    "see also",
    "further reading",
    "what to read next",
    "don't miss",
    "comments",
    "comment",
    "view all",
    "view comments",
    "show comments",
    "join the conversation",
    "leave a reply",
    "tags",
    "topics",
    "schlagwörter",
    "themen",
    "mots-clés",
    "étiquettes",
    "etiquetas",
    "etichette",
    "tagi",
    "štítky",
    "témata",
    "теги",
    "тэги",
    "метки",
    "etiketler",
    "share this article",
    "community standards",
    "community guidelines",
    "house rules",
    "highlights",
    "key highlights",
    "story highlights",
    "key points",
    "in brief",
    "in short",
    "lesen sie auch",
    "mehr zum thema",
    "weitere artikel",
    "das könnte sie auch interessieren",
    "meistgelesen",
    "kommentare",
    "à lire aussi",
    "lire aussi",
    "sur le même sujet",
    "les plus lus",
    "commentaires",
    "noticias relacionadas",
    "te puede interesar",
    "más noticias",
    "lo más leído",
    "comentarios",
    "leia também",
    "mais lidas",
    "notícias relacionadas",
    "leggi anche",
    "i più letti",
    "читайте также",
    "похожие новости",
    "самое читаемое",
    "комментарии",
    "ilgili haberler",
    "benzer haberler",
    "en çok okunanlar",
    "yorumlar",
];

/// Starts of the headings of what follows an article, in lower case: a
/// short line that starts so is one ("More from World", "Other Opinion
/// Columns").
const LIST_HEADING_STARTS: &[&str] = &[
    "more from ",
    "more on ",
    "more in ",
    "more stories",
    "other ",
    "also on ",
    "about the author",
    "related ",
    "latest from",
    "latest in",
    "recommended ",
    "trending ",
    "popular ",
    "most read",
    "most popular",
    "top stories",
    "mehr aus",
    "mehr zum",
    "weitere ",
    "plus de ",
    "autres ",
    "les plus ",
    "vidéos les plus",
    "más de ",
    "otras ",
    "outras ",
    "leia mais",
    "altre ",
    "leggi anche",
    "lees ook",
    "meer nieuws",
    "читайте ",
    "другие ",
    "новости по теме",
    "главное на ",
    "головне на ",
    "самое читаемое",
    "похожие ",
    "diğer ",
    "související",
    "czytaj więcej",
    "czytaj też",
    "przeczytaj",
];

/// Words that make a number a time ago: "14 hours ago", "vor 2 Stunden",
/// "il y a 3 heures", "hace 2 horas", "2 часа назад", "3 saat önce",
/// "před 3 minutami".
const AGO_WORDS: &[&str] = &[
    "ago",
    "vor",
    "il y a",
    "hace",
    "há",
    "fa",
    "назад",
    "önce",
    "před",
    "temu",
];

/// Who a photo caption credits, at its end: "(Xinhua/Wang Ye)", "Photo:
/// AFP", "— Getty Images".
const PHOTO_CREDITS: &[&str] = &[
    "xinhua",
    "photo",
    "file",
    "ap",
    "afp",
    "reuters",
    "cfp",
    "ic",
    "vcg",
    "cgtn",
    "tass",
    "epa",
    "getty",
    "getty images",
    "afp via getty images",
    "shutterstock",
    "istock",
    "anadolu",
    "dpa",
    "ria novosti",
    "sputnik",
    "pti",
    "ani",
    "app",
    "associated press",
    "the associated press",
    "ap photo",
    "the canadian press",
    "canadian press",
    "bloomberg",
    "getty",
    "getty images",
    "afp/getty images",
    "reuters/file",
    "file photo",
    "handout",
    "supplied",
    "social media",
    "screengrab",
    "screenshot",
];

/// Phrases of the terms a photo agency puts at a caption's end.
const CAPTION_TERMS_PHRASES: &[&str] = &[
    "mandatory credit",
    "no resales",
    "no archives",
    "via reuters",
    "via getty images",
    "via ap",
    "via afp",
    "handout via",
    "editorial use only",
    "supplied by a third party",
    "credit:",
];

/// [`CAPTION_TERMS_PHRASES`] as one automaton, in any ASCII case.
static CAPTION_TERMS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| automaton(CAPTION_TERMS_PHRASES.iter(), false));

/// Agency terms are in capitals: a line's end holds this many capitals
/// before they are looked for (or a colon, or "via").
const CREDIT_TERMS_CAPITALS: usize = 12;

/// How much of a caption's end its agency's terms take (bytes).
const CREDIT_TERMS_BYTES: usize = 120;

/// Where a caption points at the people in its picture: "(L)", "(centre)",
/// "(ao centro)".
const CAPTION_POINTERS: &[&str] = &[
    "(l)",
    "(r)",
    "(c)",
    "(left)",
    "(right)",
    "(centre)",
    "(center)",
    "(second left)",
    "(second right)",
    "(front)",
    "(back)",
    "(l-r)",
    "(from left)",
    "(à gauche)",
    "(à droite)",
    "(au centre)",
    "(ao centro)",
    "(à esquerda)",
    "(à direita)",
    "(izq.)",
    "(der.)",
    "(centro)",
    "(links)",
    "(rechts)",
    "(mitte)",
    "(слева)",
    "(справа)",
    "(в центре)",
    "(solda)",
    "(sağda)",
    "(ortada)",
];

/// [`CAPTION_POINTERS`] as one automaton, in any ASCII case.
static CAPTION_POINTER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| automaton(CAPTION_POINTERS.iter(), false));

/// Labels that open a caption or its credit.
const CAPTION_LABELS: &[&str] = &[
    "photo:",
    "picture:",
    "pictures:",
    "photo :",
    "photos:",
    "image:",
    "file photo:",
    "credit:",
    "photo credit:",
    "image caption",
    "media caption",
    "image source",
    "image copyright",
    "getty images",
    "foto:",
    "bild:",
    "фото:",
    "(photo:",
];

/// Labels that open an editor or production credit.
const EDITOR_LABELS: &[&str] = &[
    "editor:",
    "editor :",
    "editor：",
    "responsible editor:",
    "responsible editor：",
    "web editor:",
    "(web editor:",
    "[ editor:",
    "[editor:",
    "(editor:",
    "reporting by ",
    "writing by ",
    "editing by ",
    "edited by ",
    "additional reporting by ",
    "compiled by ",
    "translated by ",
];

/// Endings of a credit to those who helped report the story ("Ann Lee
/// contributed to this report."), matched in lower case without the full
/// stop.
const CONTRIBUTOR_ENDINGS: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "contributed additional reporting",
];

/// Whether `text` is a short line crediting a story's contributors.
fn is_contributor_credit(text: &str, chars: usize) -> bool {
    chars <= EDITOR_MAX_CHARS && {
        let lower = lower(text.trim_end_matches(['.', ' ']));
        CONTRIBUTOR_ENDINGS.iter().any(|e| lower.ends_with(e))
    }
}

/// Separators of breadcrumbs and menu bars, as words of their own.
const SEPARATORS: &[&str] = &["|", ">", "»", "/", "·", "•", "›", "::", "–", "-"];

/// The last `n` words of `text` (parted by single spaces, as a normalised
/// line's are), and whether they are all its words.
fn last_words(text: &str, n: usize) -> (Vec<&str>, bool) {
    let mut words = Vec::with_capacity(n);
    let mut end = text.len();
    for (k, b) in text.bytes().enumerate().rev() {
        if b == b' ' {
            words.push(&text[k + 1..end]);
            end = k;
            if words.len() == n {
                words.reverse();
                return (words, false);
            }
        }
    }
    words.push(&text[..end]);
    words.reverse();
    (words, true)
}

/// A photo credit is at most this long (bytes), and this many words.
const CREDIT_MAX_BYTES: usize = 60;
const CREDIT_WORDS: usize = 4;

/// A sentence of site text has at most this many words.
pub const BOILERPLATE_SENTENCE_WORDS: usize = 15;

/// A line no longer than this (characters) may be site text.
pub const BOILERPLATE_MAX_CHARS: usize = 200;

/// A byline, outlet or date line is no longer than this (bytes).
pub const METADATA_MAX_BYTES: usize = 200;

/// The cues a trimmed line gives by its own words. `words` is its number
/// of words, `chars` of characters.
pub fn of_line(text: &str, words: usize, chars: usize) -> Cues {
    let mut cues = Cues::empty();
    let sentence = super::ends_sentence(crate::clean::strip_end_mark(text));
    if sentence {
        cues |= Cues::SENTENCE;
    }
    // Phrases that are a whole line: only a short line can be one.
    if text.len() <= WHOLE_LINE_BYTES {
        let lower = lower(text);
        let bare = lower.trim_end_matches([':', ' ']);
        if WIDGET_LINE_SET.contains(bare)
            || WIDGET_LINE_SET.contains(&*lower)
            || is_share_buttons(&lower)
            || is_counter(&lower)
            || is_read_time(&lower)
        {
            cues |= Cues::WIDGET;
        }
        if LIST_HEADING_SET.contains(bare)
            || words <= 6
                && !text.ends_with('.')
                && starts_with_any(&LIST_HEADING_START_SET, &lower)
        {
            cues |= Cues::LIST_HEADING;
        }
    }
    if words <= 20 && text.bytes().any(|b| b.is_ascii_digit()) && is_time(&lower(text), words) {
        cues |= Cues::TIME;
    }
    match start_cue(text) {
        // An editor's credit is a short line.
        Some(Cues::EDITOR) if chars > EDITOR_MAX_CHARS => {}
        Some(cue) => cues |= cue,
        None => {}
    }
    if is_bracketed_link(text, words) {
        cues |= Cues::WIDGET;
    }
    if is_copyright(text) {
        cues |= Cues::COPYRIGHT;
    }
    if is_bracketed_editor(text) || is_contributor_credit(text, chars) {
        cues |= Cues::EDITOR;
    }
    if is_caption_credit(text)
        || chars <= BOILERPLATE_MAX_CHARS && text.contains('(') && CAPTION_POINTER.is_match(text)
        || chars <= BOILERPLATE_MAX_CHARS * 2 && has_caption_label(text)
    {
        cues |= Cues::CAPTION;
    }
    // Site text is short: a line of it, or a sentence of a few words.
    if chars <= BOILERPLATE_MAX_CHARS
        && ((!sentence || words <= BOILERPLATE_SENTENCE_WORDS) && BOILERPLATE.is_match(text)
            || NOTICE.is_match(text))
    {
        cues |= Cues::BOILERPLATE;
    }
    // A sentence is not a date line, a byline or an outlet's name.
    if text.len() <= METADATA_MAX_BYTES && !sentence {
        if text.bytes().any(|b| b.is_ascii_digit()) && date::date_line(text).is_some() {
            cues |= Cues::DATE;
        }
        if cues.intersects(Cues::WIDGET | Cues::LIST_HEADING | Cues::BOILERPLATE) {
            // Furniture that looks like a name ("Facebook Twitter").
        } else if byline::is_bare_name(text) {
            cues |= Cues::NAME;
        } else if byline::parse_byline(text).is_some() {
            cues |= Cues::BYLINE;
        }
        if !cues.intersects(Cues::WIDGET | Cues::LIST_HEADING)
            && byline::outlet_line(text).is_some()
        {
            cues |= Cues::OUTLET;
        }
    }
    // A breadcrumb or menu bar; a line of separated parts that holds a
    // date or byline is a header line instead.
    if !sentence
        && chars <= METADATA_MAX_BYTES
        && separators(text) >= 2
        && !cues.intersects(Cues::DATE | Cues::BYLINE)
    {
        cues |= Cues::SEPARATORS;
    }
    cues
}

/// An editor's or reporters' credit is at most this long (characters).
const EDITOR_MAX_CHARS: usize = 300;

/// A line that is one of the whole-line phrases is at most this long
/// (bytes).
const WHOLE_LINE_BYTES: usize = 64;

/// A list of whole lines, as a set.
type LineSet = std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>>;

/// A list of starts of lines, as one automaton anchored at the start.
type StartSet = std::sync::LazyLock<aho_corasick::AhoCorasick>;

fn line_set(list: &'static [&'static str]) -> rustc_hash::FxHashSet<&'static str> {
    list.iter().copied().collect()
}

fn start_set(list: &'static [&'static str]) -> aho_corasick::AhoCorasick {
    automaton(list.iter(), true)
}

/// Phrases as one automaton that matches them in any ASCII case, at a
/// text's start only where `anchored`. It is a contiguous NFA: quick to
/// build in every process, which a DFA is not.
fn automaton<'p>(
    phrases: impl IntoIterator<Item = &'p &'p str>,
    anchored: bool,
) -> aho_corasick::AhoCorasick {
    let start = if anchored {
        aho_corasick::StartKind::Anchored
    } else {
        aho_corasick::StartKind::Unanchored
    };
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .start_kind(start)
        .ascii_case_insensitive(true)
        .build(phrases)
        .expect("the phrases make an automaton")
}

/// Whether `text` starts with a phrase of `set`, in any case (a line that
/// starts with a letter other than ASCII is put in lower case first).
fn starts_with_any(set: &StartSet, text: &str) -> bool {
    let anchored =
        |t: &str| set.is_match(aho_corasick::Input::new(t).anchored(aho_corasick::Anchored::Yes));
    if text
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii() || !c.is_alphabetic())
    {
        anchored(text)
    } else {
        anchored(&lower_head(text))
    }
}

static WIDGET_LINE_SET: LineSet = LineSet::new(|| line_set(WIDGET_LINES));
static LIST_HEADING_SET: LineSet = LineSet::new(|| line_set(LIST_HEADINGS));
static LIST_HEADING_START_SET: StartSet = StartSet::new(|| start_set(LIST_HEADING_STARTS));

/// The lists whose phrases start a line, and the cue each gives.
const START_LISTS: &[(&[&str], Cues)] = &[
    (WIDGET_STARTS, Cues::WIDGET),
    (EDITOR_LABELS, Cues::EDITOR),
    (CAPTION_LABELS, Cues::CAPTION),
];

/// Every phrase of [`START_LISTS`], in one automaton anchored at the
/// start, and the cue of each.
static STARTS: std::sync::LazyLock<(aho_corasick::AhoCorasick, Vec<Cues>)> =
    std::sync::LazyLock::new(|| {
        let phrases: Vec<(&str, Cues)> = START_LISTS
            .iter()
            .flat_map(|(list, cue)| list.iter().map(move |p| (*p, *cue)))
            .collect();
        let starts: Vec<&str> = phrases.iter().map(|(p, _)| *p).collect();
        (
            automaton(&starts, true),
            phrases.iter().map(|(_, c)| *c).collect(),
        )
    });

/// The cue of the phrase of [`START_LISTS`] that `text` starts with, in
/// any case.
fn start_cue(text: &str) -> Option<Cues> {
    let (automaton, cues) = &*STARTS;
    let find = |t: &str| {
        automaton
            .find(aho_corasick::Input::new(t).anchored(aho_corasick::Anchored::Yes))
            .map(|m| cues[m.pattern().as_usize()])
    };
    if text
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii() || !c.is_alphabetic())
    {
        find(text)
    } else {
        find(&lower_head(text))
    }
}

/// `text` in lower case.
fn lower(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        std::borrow::Cow::Borrowed(text)
    } else if text.is_ascii() {
        std::borrow::Cow::Owned(text.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Owned(text.to_lowercase())
    }
}

/// The start of `text`, at most 64 bytes cut on a character boundary, in
/// lower case.
fn lower_head(text: &str) -> String {
    let mut end = text.len().min(64);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    if head.is_ascii() {
        head.to_ascii_lowercase()
    } else {
        head.to_lowercase()
    }
}

/// "Facebook | Twitter | WhatsApp", "Share on WeChat".
fn is_share_buttons(line: &str) -> bool {
    let rest = line.strip_prefix("share").map_or(line, |r| {
        let r = r.trim_start();
        r.strip_prefix("on")
            .or(r.strip_prefix("via"))
            .or(r.strip_prefix('-'))
            .unwrap_or(r)
    });
    let mut buttons = rest
        .split([' ', '|', '/', '·', ','])
        .filter(|w| !w.is_empty())
        .peekable();
    buttons.peek().is_some() && buttons.all(|w| SOCIAL.contains(&w))
}

/// A time without a date: "14 hours ago", "Duration 1:30", "03:26 pm", a
/// live feed's "13:54 The minister arrives" (lines with a date are date
/// lines instead).
fn is_time(head: &str, words: usize) -> bool {
    let first = head.split(' ').next().unwrap_or("");
    let clock = |w: &str| {
        let w = w.trim_end_matches(['h', ',']);
        w.split_once([':', 'h']).is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        })
    };
    let has_number = head.bytes().any(|b| b.is_ascii_digit());
    let ago = words <= 6
        && has_number
        && AGO_WORDS
            .iter()
            .any(|a| head.split(' ').any(|w| w == *a) || (a.contains(' ') && head.contains(a)));
    let duration = words <= 3 && head.starts_with("duration") && has_number;
    (clock(first) || ago || duration) && crate::fields::date::find_dates(head).next().is_none()
}

/// A lone count (comments, shares) or a gallery's place ("1 of 24").
fn is_counter(line: &str) -> bool {
    let number = |w: &str| (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    match line.split(' ').collect::<Vec<_>>().as_slice() {
        [n] => number(n),
        [a, "of", b] | [a, "/", b] => number(a) && number(b),
        _ => false,
    }
}

/// A short line all in brackets: a link to another story ("[Read: ...]",
/// "[Bardo museum houses Roman treasures]").
fn is_bracketed_link(text: &str, words: usize) -> bool {
    words <= 20 && text.starts_with('[') && text.ends_with(']') && !text[1..].contains('[')
}

/// "3 Min Read", "5 minutes read", "4 min read".
fn is_read_time(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && [
            " min read",
            " mins read",
            " minute read",
            " minutes read",
            " min",
            " minutes",
        ]
        .contains(&&line[digits..])
}

/// "© 2024 Dawn", "Copyright 2019 China Daily", "(c) TASS", or a short
/// line holding "©".
/// "All rights reserved", as footers say it in the languages sco reads
/// (lower case): with a year, a line saying it is a copyright line even
/// without a mark ("2025 The Citizen. All Rights Reserved.").
pub const RIGHTS_RESERVED: &[&str] = &[
    "all rights reserved",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "todos os direitos reservados",
    "wszelkie prawa zastrzeżone",
    "všechna práva vyhrazena",
    "tüm hakları saklıdır",
    "все права защищены",
];

/// Where a line says all rights are reserved: the byte offset of the
/// phrase.
pub fn rights_reserved_at(text: &str) -> Option<usize> {
    let lower = lower(text);
    // Lower-casing keeps these texts' offsets (their letters' lower case
    // is as long), but check rather than trust it.
    if lower.len() != text.len() {
        return None;
    }
    RIGHTS.find(&*lower).map(|m| m.start())
}

/// [`RIGHTS_RESERVED`] as one automaton.
static RIGHTS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| automaton(RIGHTS_RESERVED.iter(), false));

fn is_copyright(text: &str) -> bool {
    text.starts_with('©')
        || (text.len() <= 160
            && text.bytes().any(|b| b.is_ascii_digit())
            && rights_reserved_at(text).is_some())
        || (text.len() <= 120
            && text
                .get(..4)
                .is_some_and(|h| h.eq_ignore_ascii_case("(c) ")))
        || text
            .get(..9)
            .is_some_and(|h| h.eq_ignore_ascii_case("copyright"))
            && !text[9..].starts_with(|c: char| c.is_alphanumeric())
        || (text.len() <= 200 && text.contains('©'))
}

/// "[ Editor: ABC ]", "(Editor: Li Wei)".
fn is_bracketed_editor(text: &str) -> bool {
    [('[', ']'), ('(', ')')].iter().any(|&(open, close)| {
        text.strip_prefix(open).is_some_and(|r| {
            let r = r.trim_start();
            let starts = |label: &str| {
                r.get(..label.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(label))
            };
            starts("editor") || starts("web editor")
        }) && text.ends_with(close)
    })
}

/// Separator words in a line.
fn separators(text: &str) -> usize {
    // Most lines hold no separator's byte at all.
    if !text
        .bytes()
        .any(|b| matches!(b, b'|' | b'>' | b'/' | b'-' | b':' | 0xC2 | 0xE2))
    {
        return 0;
    }
    // No separator is longer than three bytes.
    text.split(' ')
        .filter(|w| w.len() <= 3 && SEPARATORS.contains(w))
        .count()
}

/// A photo caption's credit at the end of a line: "(Xinhua/Wang Ye)",
/// A credit in capitals in brackets after a caption's last sentence:
/// "The minister arrives. (NPA)". Not an abbreviation inside a sentence
/// ("... the alliance (NATO).").
fn is_credit_after_sentence(text: &str) -> bool {
    // A wire service's end mark ("(END)") is not a credit.
    if crate::clean::strip_end_mark(text).len() != text.len() {
        return false;
    }
    let Some(inside) = text.strip_suffix(')') else {
        return false;
    };
    let Some((before, credit)) = inside.rsplit_once('(') else {
        return false;
    };
    let letters = credit.chars().filter(|c| c.is_alphabetic()).count();
    (2..=8).contains(&letters)
        && credit
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '/')
        && before.trim_end().ends_with(['.', '!', '?'])
}

/// A caption's label in capitals and an ellipsis before its text, as
/// some papers set a photo's caption: "THERE YOU GO … The president
/// leaves on a trip".
fn has_caption_label(text: &str) -> bool {
    let Some((label, rest)) = text.split_once(" … ").or_else(|| text.split_once(" ... ")) else {
        return false;
    };
    let words: Vec<&str> = label.split_whitespace().collect();
    let letters = || label.chars().filter(|c| c.is_alphabetic());
    (1..=6).contains(&words.len())
        && letters().count() >= 3
        && letters().all(char::is_uppercase)
        && rest.starts_with(char::is_uppercase)
}

/// "(AP / File)", "[Photo]", "[Photo/Xinhua]", "(Photo: Li Wei)",
/// "Photo: AFP", "— Getty Images", "/ Reuters".
pub fn is_caption_credit(text: &str) -> bool {
    let text = text.trim_end();
    if is_credit_after_sentence(text) {
        return true;
    }
    if let Some(inside) = text.strip_suffix(')').or_else(|| text.strip_suffix(']')) {
        let (open, close) = if text.ends_with(')') {
            ('(', ')')
        } else {
            ('[', ']')
        };
        // The credit's bracket opens after the last closing one.
        let from = inside.rfind(close).map_or(0, |i| i + 1);
        return inside[from..].match_indices(open).any(|(at, _)| {
            let credit = inside[from + at + 1..].trim();
            credit.len() <= CREDIT_MAX_BYTES && {
                let credit = credit.to_lowercase();
                let first = credit.split(['/', ':']).next().unwrap_or("").trim();
                let last = credit.rsplit('/').next().unwrap_or("").trim();
                (close == ']' && (credit == "photo" || credit.starts_with("photo/")))
                    || (close == ')'
                        && credit.contains(['/', ':'])
                        && (PHOTO_CREDITS.contains(&first)
                            || first == "photo"
                            || PHOTO_CREDITS.contains(&last)))
            }
        });
    }
    // The rest is read from the line's last words.
    let mut from = text.len().saturating_sub(CREDIT_TERMS_BYTES);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let tail = &text[from..];
    let (last, whole) = last_words(tail, CREDIT_WORDS + 1);
    // "... in this picture. REUTERS/Navesh Chitrakar": an agency's slash
    // among the last words.
    if last.iter().any(|w| {
        w.split_once('/').is_some_and(|(agency, name)| {
            !name.is_empty() && PHOTO_CREDITS.contains(&agency.to_lowercase().as_str())
        })
    }) {
        return true;
    }
    // "... REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY
    // CREDIT.": an agency's terms at the end, looked for only where a
    // colon or capitals are.
    let capitals = tail.bytes().filter(u8::is_ascii_uppercase).count();
    if (capitals >= CREDIT_TERMS_CAPITALS || memchr::memchr(b':', tail.as_bytes()).is_some())
        && CAPTION_TERMS.is_match(tail)
    {
        return true;
    }
    // "JIM WATSON/AFP/Getty Images": a short credit of slashed names.
    if text.len() <= 80 && text.contains('/') && !text.contains(" / ") {
        let lower = text.to_lowercase();
        let parts: Vec<&str> = lower.split('/').map(str::trim).collect();
        if parts.len() >= 2 && parts.iter().skip(1).any(|p| PHOTO_CREDITS.contains(p)) {
            return true;
        }
    }
    // "... — AFP", "... | Photo: Reuters", "... / Getty Images": a
    // separator, then a credit of a few words, at the end.
    let is_sep = |w: &&str| ["—", "–", "-", "|", "/"].contains(w);
    let Some(sep) = last.iter().rposition(is_sep) else {
        return false;
    };
    // The separator follows some text of the line's own.
    if sep + 1 == last.len() || sep == 0 && whole && from == 0 {
        return false;
    }
    let credit = last[sep + 1..].join(" ");
    let credit = credit.to_lowercase();
    let credit = credit
        .strip_prefix("foto:")
        .or(credit.strip_prefix("bild:"))
        .or(credit.strip_prefix("фото:"))
        .or(credit.strip_prefix("photo:"))
        .or(credit.strip_prefix("photo by"))
        .or(credit.strip_prefix("file photo:"))
        .map_or(credit.as_str(), str::trim);
    PHOTO_CREDITS.contains(&credit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Cues {
        of_line(text, text.split_whitespace().count(), text.chars().count())
    }

    #[test]
    fn widgets_are_recognised() {
        for widget in [
            "X",
            "Adjust font size:",
            "Share this article",
            "Facebook | Twitter | WhatsApp",
            "Share - WeChat",
            "Facebook Twitter WhatsApp",
            "3 Min Read",
            "Video PlayerClose",
            "Posted in: DIPLOMACY",
            "Press release",
            "12",
            "Listen to this article",
            "Read more: Ports reopen after the storm",
            "Advertisement",
            "Enditem",
        ] {
            assert!(cues(widget).contains(Cues::WIDGET), "{widget:?}");
        }
    }

    #[test]
    fn list_headings_are_recognised_in_several_languages() {
        for heading in [
            "Related stories",
            "Related:",
            "Most Popular",
            "Comments",
            "View all",
            "Read on the topic",
            "You may also like",
            "Lesen Sie auch",
            "À lire aussi",
            "Читайте также",
            "Ilgili Haberler",
        ] {
            assert!(cues(heading).contains(Cues::LIST_HEADING), "{heading:?}");
        }
    }

    #[test]
    fn the_consent_box_of_an_embedded_post_is_site_text() {
        for line in [
            "Empfohlener redaktioneller Inhalt",
            "An dieser Stelle finden Sie externen Inhalt, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen.",
            "I agree to external content being shown to me. Personal data may be passed to third parties.",
        ] {
            assert!(cues(line).contains(Cues::BOILERPLATE), "{line:?}");
        }
    }

    #[test]
    fn a_sites_notices_are_site_text_however_long() {
        let long = "If you have spotted an error or a typo in this article, please let us \
                    know through the contact form on our website. Thank you very much!";
        assert!(long.split(' ').count() > BOILERPLATE_SENTENCE_WORDS);
        assert!(cues(long).contains(Cues::BOILERPLATE));
        assert!(
            !cues("Police said they found an errant drone near the airport on Monday.")
                .contains(Cues::BOILERPLATE)
        );
    }

    #[test]
    fn tags_headings_in_several_languages_head_a_list() {
        for heading in [
            "Tags",
            "Теги",
            "Schlagwörter",
            "Mots-clés",
            "Etiquetas",
            "Tagi",
        ] {
            assert!(cues(heading).contains(Cues::LIST_HEADING), "{heading:?}");
        }
    }

    #[test]
    fn top_stories_headings_in_russian_and_ukrainian_head_a_list() {
        for heading in [
            "Главное на Харбор Ньюс",
            "Головне на Харбор Ньюз",
            "Самое читаемое",
        ] {
            assert!(cues(heading).contains(Cues::LIST_HEADING), "{heading:?}");
        }
    }

    #[test]
    fn credits_captions_and_site_text_are_recognised() {
        assert!(cues("[ Editor: ABC ]").contains(Cues::EDITOR));
        assert!(cues("(Editor: Li Wei)").contains(Cues::EDITOR));
        assert!(cues("Editor: huaxia").contains(Cues::EDITOR));
        assert!(cues("(Web editor: Zhang Kaiwei, Liang Jun)").contains(Cues::EDITOR));
        assert!(cues("Reporting by Ann Lee; Editing by Tom Ray").contains(Cues::EDITOR));
        assert!(cues("Ann Lee and Tom Ray contributed to this report.").contains(Cues::EDITOR));
        assert!(
            !cues("Many donors contributed to this report's funding, he said.")
                .contains(Cues::EDITOR)
        );
        assert!(cues("© 2019 TASS").contains(Cues::COPYRIGHT));
        assert!(cues("Copyright 2019 China Daily. All rights reserved.").contains(Cues::COPYRIGHT));
        assert!(cues("2025 The Citizen. All Rights Reserved.").contains(Cues::COPYRIGHT));
        assert!(cues("2024 Ведомости. Все права защищены").contains(Cues::COPYRIGHT));
        // Without a year it is a sentence about rights.
        assert!(!cues("All rights reserved by the owners of each image").contains(Cues::COPYRIGHT));
        assert!(
            cues("Photo taken on June 10 shows the venue. (Xinhua/Wang Ye)")
                .contains(Cues::CAPTION)
        );
        assert!(cues("Visitors walk past a booth. [Photo/Xinhua]").contains(Cues::CAPTION));
        assert!(cues("Rescuers search the rubble on Monday. — AFP").contains(Cues::CAPTION));
        assert!(cues("(Photo: Li Wei)").contains(Cues::CAPTION));
        assert!(
            cues("ALL SMILES … The minister greets the crowd at the airport on Monday.")
                .contains(Cues::CAPTION)
        );
        assert!(!cues("The minister paused … then he smiled.").contains(Cues::CAPTION));
        assert!(
            cues("The minister arrives at the court in the capital on Monday. (NPA)")
                .contains(Cues::CAPTION)
        );
        assert!(!cues("The talks were held with the alliance (NATO).").contains(Cues::CAPTION));
        assert!(
            cues("Sign up for our newsletter to get the news every morning.")
                .contains(Cues::BOILERPLATE)
        );
        assert!(cues("Get the day's top stories in your inbox.").contains(Cues::BOILERPLATE));
        assert!(
            cues("We use cookies to improve your experience on our site.")
                .contains(Cues::BOILERPLATE)
        );
        assert!(cues("Home > News > Politics").contains(Cues::SEPARATORS));
        assert!(
            cues("Ministers pose with the winners (second left) at the ceremony.")
                .contains(Cues::CAPTION)
        );
    }

    #[test]
    fn article_text_gives_no_furniture_cue() {
        for text in [
            "Xi will visit Kyrgyzstan.",
            "The SCO was founded in 2001.",
            "Comments from the minister were brief.",
            "X marks the spot, he said.",
            "Related talks were held in Astana on Monday.",
            "Photographs of the summit were shown.",
            "Copyrights were discussed at the forum.",
            "Read more widely, the statement says little.",
            "(Xinhua) more",
            "Talks ended at the AP office.",
            "The ministers met (AP).",
        ] {
            let c = cues(text);
            assert!(!c.intersects(Cues::FURNITURE), "{text:?}: {c:?}");
        }
    }

    #[test]
    fn a_caption_credit_closes_the_line() {
        for credit in [
            "x (AP / File)",
            "[Photo]",
            "a) (Xinhua/b (c)",
            "The venue (Photo: Li Wei)",
        ] {
            assert!(is_caption_credit(credit), "{credit:?}");
        }
        for text in [
            "(Xinhua) more",
            "(Xinhua/x) y",
            "(Xinhuanet/x)",
            "[Photos]",
            "(AP)",
            "- AFP",
        ] {
            assert!(!is_caption_credit(text), "{text:?}");
        }
    }
}
