//! Cleaning: turns the bytes of a file copied from a web page into plain
//! lines and paragraphs, and recognises the web cruft around an article
//! (close buttons, font-size widgets, editor tags, comment footers).

use std::borrow::Cow;

/// Decodes a file's bytes as UTF-8, replacing invalid sequences. The flag
/// says whether anything had to be replaced.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, bool) {
    // Most files are valid: a vectorised check says so fastest.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return (Cow::Borrowed(text), false);
    }
    match String::from_utf8_lossy(bytes) {
        Cow::Borrowed(s) => (Cow::Borrowed(s), false),
        Cow::Owned(s) => (Cow::Owned(s), true),
    }
}

/// How much of a file's start is looked at to tell text from binary.
const SNIFF_BYTES: usize = 8192;

/// Whether bytes are binary rather than text: a NUL byte near the start,
/// or more than one in ten control characters (tabs, line and page breaks
/// aside) or invalid UTF-8 sequences there.
pub fn is_binary(bytes: &[u8]) -> bool {
    let lossy = std::str::from_utf8(bytes).is_err();
    is_binary_decoded(bytes, lossy)
}

/// [`is_binary`] for bytes already decoded: only when `lossy` (decoding
/// had to replace something) are invalid sequences counted, so that valid
/// text is not validated twice.
pub fn is_binary_decoded(bytes: &[u8], lossy: bool) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    // One pass that counts, in byte-wide lanes, the bytes below 0x20
    // other than a line break, and DEL; only when there are any are the
    // layout characters among them told apart.
    let suspect = head
        .chunks(255)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &b| {
                n.wrapping_add(u8::from((b < 0x20 && b != b'\n') || b == 0x7f))
            });
            usize::from(n)
        })
        .sum::<usize>();
    let controls = if suspect == 0 {
        0
    } else {
        if memchr::memchr(0, head).is_some() {
            return true;
        }
        head.iter()
            .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
            .count()
    };
    let invalid = if !lossy {
        0
    } else {
        match std::str::from_utf8(head) {
            Ok(_) => 0,
            // A character cut off by the end of the sample is not invalid.
            Err(e) if e.error_len().is_none() => 0,
            Err(_) => String::from_utf8_lossy(head)
                .chars()
                .filter(|&c| c == '\u{fffd}')
                .count(),
        }
    };
    (controls + invalid) * 10 > head.len()
}

/// What one look at a file's decoded bytes tells: whether they are binary
/// ([`is_binary_decoded`]), and where normalising them must start.
#[derive(Clone, Copy, Debug)]
pub struct Sniff {
    pub binary: bool,
    /// Where the text first needs care, when it was found on the way.
    care_from: Option<Option<usize>>,
}

/// The blocks [`scan_blocks`] looks at cover the bytes sniffed exactly.
const _: () = assert!(SNIFF_BYTES.is_multiple_of(CARE_BLOCK));

/// Sniffs a file's bytes, decoded with `lossy` as [`decode`] says: tells
/// binary from text as [`is_binary_decoded`] does, and on the way finds
/// where valid text first needs care, so that [`Sniff::normalize`] need
/// not look at its bytes again.
pub fn sniff(bytes: &[u8], lossy: bool) -> Sniff {
    if lossy || bytes.starts_with("\u{feff}".as_bytes()) {
        return Sniff {
            binary: is_binary_decoded(bytes, lossy),
            care_from: None,
        };
    }
    let (controls, ascii_care) = scan_blocks(bytes, SNIFF_BYTES);
    Sniff {
        // Only a control character can make valid text binary.
        binary: controls && is_binary_decoded(bytes, false),
        care_from: Some(first_care_given(bytes, ascii_care)),
    }
}

impl Sniff {
    /// `text`, the decoded bytes sniffed, normalised.
    pub fn normalize<'a>(&self, text: &'a str) -> Normal<'a> {
        match self.care_from {
            Some(care_from) => Normal(normalize_from(text, care_from)),
            None => Normal::from(text),
        }
    }
}

/// Text as [`normalize`] gives it: made only by normalising, so that text
/// normalised once is not looked at again.
#[derive(Debug)]
pub struct Normal<'a>(Cow<'a, str>);

impl<'a> From<&'a str> for Normal<'a> {
    fn from(text: &'a str) -> Self {
        Normal(normalize(text))
    }
}

impl std::ops::Deref for Normal<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

/// Whether `text` has nothing in it once normalised: only white space,
/// byte-order marks and zero-width spaces, which [`normalize`] makes
/// spaces or drops (a file that is only a byte-order mark is empty).
pub fn is_blank(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}'))
}

/// Plain text with one kind of line ending and one kind of space: drops a
/// byte-order mark, turns CRLF and lone CR into LF, tabs and Unicode spaces
/// (no-break, thin, ideographic...) into single ASCII spaces, and trims the
/// ends of lines.
pub fn normalize(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    normalize_from(text, first_care(text))
}

/// [`normalize`] of text without a byte-order mark, given where it first
/// needs care ([`first_care`]).
fn normalize_from(text: &str, care_from: Option<usize>) -> Cow<'_, str> {
    let Some(mut care_from) = care_from else {
        return Cow::Borrowed(text);
    };
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // `text[done..]`, from the start of a line, is yet to be written.
    let mut done = 0;
    loop {
        // The lines before the one where care starts are kept as they
        // are; those from there to the end of the scan's block are mended.
        let start = memchr::memrchr(b'\n', &bytes[done..care_from]).map_or(done, |i| done + i + 1);
        out.push_str(&text[done..start]);
        let block_end = (care_from + CARE_BLOCK).min(bytes.len());
        done =
            memchr::memchr(b'\n', &bytes[block_end..]).map_or(bytes.len(), |i| block_end + i + 1);
        mend_lines(&text[start..done], &mut out);
        match first_care(&text[done..]) {
            Some(at) => care_from = done + at,
            None => {
                out.push_str(&text[done..]);
                return Cow::Owned(out);
            }
        }
    }
}

/// Appends the lines of `text` to `out`, each mended by [`push_line`] and
/// ended by a line feed as the text's own ending was (CRLF, CR or LF), the
/// last without one.
fn mend_lines(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let mut start = 0;
    for end in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        // The LF of a CRLF ends no further line.
        if bytes[end] == b'\n' && end == start && end > 0 && bytes[end - 1] == b'\r' {
            start = end + 1;
            continue;
        }
        push_line(out, &text[start..end]);
        out.push('\n');
        start = end + 1;
    }
    push_line(out, &text[start..]);
}

/// Whether text needs care (see [`first_care`]).
fn needs_care(text: &str) -> bool {
    first_care(text).is_some()
}

/// How many bytes at a time [`first_care`] looks at.
const CARE_BLOCK: usize = 512;

/// Where text first needs care, or a little before (the start of the
/// [`CARE_BLOCK`] bytes that hold it): a control character other than a
/// line feed, two spaces in a row, a space at the end of a line or of the
/// text, or a Unicode space or zero-width character. None when it needs
/// none.
fn first_care(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let (_, ascii_care) = scan_blocks(b, 0);
    first_care_given(b, ascii_care)
}

/// Looks at `b` a block of [`CARE_BLOCK`] bytes at a time, to the end of
/// its first `head` bytes or of the first block that holds ASCII needing
/// care, whichever comes later. Says whether the head holds a control
/// character other than a line feed, and where that block starts.
fn scan_blocks(b: &[u8], head: usize) -> (bool, Option<usize>) {
    let n = b.len();
    let mut controls = false;
    let mut ascii_care = None;
    let mut start = 0;
    while start < n && (ascii_care.is_none() || start < head) {
        let end = (start + CARE_BLOCK).min(n);
        let xs = &b[start..end];
        let ys = &b[(start + 1).min(n)..(end + 1).min(n)];
        // One pass over each byte and the next, without early exit within
        // a block, so that it is vectorised.
        let (mut control, mut space) = (0u8, 0u8);
        for (&c, &d) in xs.iter().zip(ys) {
            control |= u8::from(c < 0x20) & u8::from(c != b'\n') | u8::from(c == 0x7f);
            space |= u8::from(c == b' ') & (u8::from(d == b' ') | u8::from(d == b'\n'));
        }
        // The last byte has no next byte: a space there ends the text.
        let last = xs.last().copied().filter(|_| end == n);
        let last_control = last.is_some_and(|c| c < 0x20 && c != b'\n' || c == 0x7f);
        if start < head {
            controls |= control != 0 || last_control;
        }
        if ascii_care.is_none()
            && (control != 0 || space != 0 || last_control || last == Some(b' '))
        {
            ascii_care = Some(start);
        }
        start = end;
    }
    (controls, ascii_care)
}

/// [`first_care`] given where ASCII first needs care ([`scan_blocks`]):
/// that, or a character other than ASCII that needs care before it.
fn first_care_given(b: &[u8], ascii_care: Option<usize>) -> Option<usize> {
    let n = b.len();
    // A character other than ASCII that needs care, before that.
    let before = &b[..ascii_care.unwrap_or(n)];
    if before.is_ascii() {
        return ascii_care;
    }
    let unusual = |i: usize| -> bool {
        let (n1, n2) = (b.get(i + 1).copied(), b.get(i + 2).copied());
        match b[i] {
            // U+0085, U+00A0
            0xc2 => matches!(n1, Some(0x85 | 0xa0)),
            // U+1680
            0xe1 => n1 == Some(0x9a),
            // U+2000..U+200B, U+2028, U+2029, U+202F, U+205F
            0xe2 => matches!(
                (n1, n2),
                (Some(0x80), Some(0x80..=0x8b | 0xa8 | 0xa9 | 0xaf)) | (Some(0x81), Some(0x9f))
            ),
            // U+3000
            0xe3 => n1 == Some(0x80) && n2 == Some(0x80),
            // U+FEFF
            0xef => n1 == Some(0xbb) && n2 == Some(0xbf),
            _ => false,
        }
    };
    [
        memchr::memchr3_iter(0xc2, 0xe1, 0xe2, before).find(|&i| unusual(i)),
        memchr::memchr2_iter(0xe3, 0xef, before).find(|&i| unusual(i)),
        ascii_care,
    ]
    .into_iter()
    .flatten()
    .min()
}

/// Appends `line` with its spaces made single ASCII spaces and its end
/// trimmed: each white space character (a run of them, counting those
/// `out` ends with, as one) becomes a plain space, and a zero-width space
/// or byte-order mark is dropped. The bytes between such characters are
/// copied as they are, a run at a time.
fn push_line(out: &mut String, line: &str) {
    let line = line.trim_end();
    if !needs_care(line) {
        out.push_str(line);
        return;
    }
    let bytes = line.as_bytes();
    // `line[run..i]` is yet to be copied.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (len, space) = if b.is_ascii() {
            // White space as `char::is_whitespace` has it.
            if !matches!(b, b'\t'..=b'\r' | b' ') {
                i += 1;
                continue;
            }
            (1, true)
        } else {
            let c = line[i..].chars().next().unwrap_or_default();
            match c {
                '\u{feff}' | '\u{200b}' => (c.len_utf8(), false),
                c if c.is_whitespace() => (c.len_utf8(), true),
                c => {
                    i += c.len_utf8();
                    continue;
                }
            }
        };
        // A plain space that follows no other is kept in the run.
        let after_space = if i > run {
            bytes[i - 1] == b' '
        } else {
            out.ends_with(' ')
        };
        if b == b' ' && !after_space {
            i += 1;
            continue;
        }
        out.push_str(&line[run..i]);
        if space && !after_space {
            out.push(' ');
        }
        i += len;
        run = i;
    }
    out.push_str(&line[run..]);
    let trimmed = out.trim_end_matches(' ').len();
    out.truncate(trimmed);
}

/// A non-blank line of an article with the paragraph (block) it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    pub text: &'a str,
    pub block: usize,
}

/// The most lines of a file that are read as its page: an article has
/// hundreds, a page with all its furniture a few thousand; a file of more
/// is not one article, and reading only its start keeps memory within a
/// small multiple of the file however its lines fall.
pub const MAX_LINES: usize = 20_000;

/// The non-blank lines of normalised text, each tagged with its paragraph,
/// at most [`MAX_LINES`] of them. A paragraph is a block of lines between
/// blank lines; where the text has no blank line between its lines at
/// all, each line is a paragraph.
pub fn lines(text: &str) -> Vec<Line<'_>> {
    // Room for lines of 60 bytes or more, so that a typical article needs
    // no growing.
    let mut out = Vec::with_capacity((text.len() / 60 + 1).min(MAX_LINES));
    let mut block = 0;
    let mut in_block = false;
    let mut start = 0;
    // As `text.split('\n')`, with the vectorised memchr.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    for end in ends {
        if out.len() == MAX_LINES {
            break;
        }
        let line = trim(&text[start..end]);
        start = end + 1;
        if line.is_empty() {
            if in_block {
                block += 1;
            }
            in_block = false;
            continue;
        }
        out.push(Line { text: line, block });
        in_block = true;
    }
    // No blank line between lines at all: each line is a paragraph.
    if out.last().is_some_and(|last| last.block == 0) {
        for (i, line) in out.iter_mut().enumerate() {
            line.block = i;
        }
    }
    out
}

/// `text` without white space at either end, as [`str::trim`] gives it,
/// looking at characters only where an end is not plain ASCII.
fn trim(text: &str) -> &str {
    let ascii = text.trim_ascii();
    let plain = |b: Option<&u8>| b.is_none_or(|&b| b.is_ascii() && b != 0x0b);
    if plain(ascii.as_bytes().first()) && plain(ascii.as_bytes().last()) {
        ascii
    } else {
        ascii.trim()
    }
}

/// Joins lines into paragraphs: consecutive lines of one block become one
/// paragraph, joined with a space. A paragraph of one line is the line
/// itself, borrowed.
pub fn paragraphs<'a>(lines: impl IntoIterator<Item = Line<'a>>) -> Vec<Cow<'a, str>> {
    let lines = lines.into_iter();
    let mut out: Vec<Cow<'a, str>> = Vec::with_capacity(lines.size_hint().0);
    let mut last_block = None;
    for line in lines {
        match out.last_mut() {
            Some(par) if last_block == Some(line.block) => {
                let par = par.to_mut();
                par.push(' ');
                par.push_str(line.text);
            }
            _ => out.push(Cow::Borrowed(line.text)),
        }
        last_block = Some(line.block);
    }
    out
}

/// Lines that are cruft when they are exactly this, in lower case.
const CRUFT_LINES: &[&str] = &[
    "x",
    "×",
    "✕",
    "✖",
    "close",
    "view all",
    "print",
    "email",
    "e-mail",
    "comment",
    "comments",
    "share",
    "share:",
    "share this",
    "share this:",
    "share this article",
    "share this story",
    "share this page",
    "share this article:",
    "share this story:",
    "share this page:",
    "read on the topic",
    "you may also like",
    "you may also like:",
    "advertisement",
    "enditem",
    "enditem.",
    "end item",
    "end item.",
    "press release",
    "news release",
    "print this article",
];

/// Lines that are cruft when they start with this, in lower case.
const CRUFT_STARTS: &[&str] = &[
    "font size",
    "adjust font size",
    "read more:",
    "follow us on",
    "comments are filtered",
    "by posting your comment",
    "©",
    "(c)",
    "our standards:",
    "video player",
    "videoplayer",
    "newspaper headline:",
    "posted in:",
    "reporting by ",
    "writing by ",
    "editing by ",
    "additional reporting by ",
];

/// Share buttons: a line made only of these.
const SOCIAL: &[&str] = &[
    "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "weibo", "wechat", "reddit",
];

/// How much of a line the cruft rules look at.
const CRUFT_HEAD: usize = 64;

/// Whether a whole line or paragraph is web cruft rather than article text:
/// close buttons, widgets, share buttons, editor tags, comment policies,
/// copyright lines, credits, photo captions.
pub fn is_cruft(text: &str) -> bool {
    let text = text.trim();
    // A line longer than the head can only be cruft by how it starts or
    // ends (most paragraphs are told here, before the head is copied).
    if text.len() > CRUFT_HEAD && !may_start_cruft(text) && !text.ends_with([')', ']']) {
        return false;
    }
    is_cruft_by_the_rules(text)
}

/// The first two bytes, in lower case, of every start of a line that a
/// rule calls cruft however long the line ([`CRUFT_STARTS`], "copyright",
/// "editor:", "responsible editor:", "photo", "image", "file photo"),
/// besides an opening bracket.
const CRUFT_START_PAIRS: &[[u8; 2]] = &[
    *b"ad",
    *b"by",
    *b"co",
    *b"ed",
    *b"fi",
    *b"fo",
    *b"im",
    *b"ne",
    *b"ou",
    *b"ph",
    *b"po",
    *b"re",
    *b"vi",
    *b"wr",
    [0xc2, 0xa9],
];

/// Whether a non-blank line starts the way some line a rule calls cruft
/// starts (see [`CRUFT_START_PAIRS`]).
fn may_start_cruft(text: &str) -> bool {
    let b = text.as_bytes();
    let pair = [
        b[0].to_ascii_lowercase(),
        b.get(1).map_or(0, u8::to_ascii_lowercase),
    ];
    matches!(pair[0], b'[' | b'(') || CRUFT_START_PAIRS.contains(&pair)
}

/// [`is_cruft`] of a trimmed line, every rule asked in turn.
fn is_cruft_by_the_rules(text: &str) -> bool {
    let mut buffer = [0u8; CRUFT_HEAD];
    let head = lower_head(text, &mut buffer);
    let whole = head.len() == text.len();
    (whole
        && (CRUFT_LINES.contains(&head)
            || head == "read more"
            || is_share_buttons(head)
            || is_counter(head)))
        || CRUFT_STARTS.iter().any(|p| head.starts_with(p))
        || is_copyright(head)
        || is_editor_tag(head, text)
        || is_photo_label(head, text)
        || (whole && is_read_time(head))
        || (whole && is_related_heading(head))
        || is_caption_credit(text)
}

/// The start of `text`, at most [`CRUFT_HEAD`] bytes cut on a character
/// boundary, in ASCII lower case, without allocating.
fn lower_head<'a>(text: &str, buffer: &'a mut [u8; CRUFT_HEAD]) -> &'a str {
    let mut end = text.len().min(CRUFT_HEAD);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    buffer[..end].copy_from_slice(&text.as_bytes()[..end]);
    buffer[..end].make_ascii_lowercase();
    // Only ASCII bytes changed, and the cut is on a character boundary.
    std::str::from_utf8(&buffer[..end]).unwrap_or_default()
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

/// A lone count: comments, shares.
fn is_counter(line: &str) -> bool {
    (1..=4).contains(&line.len()) && line.bytes().all(|b| b.is_ascii_digit())
}

fn is_copyright(head: &str) -> bool {
    head.strip_prefix("copyright")
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
}

/// "[ Editor: ABC ]", "(Editor: Li Wei)", "Editor: huaxia",
/// "Responsible editor: Wang".
fn is_editor_tag(head: &str, text: &str) -> bool {
    let bracketed = |open: char, close: char| {
        head.strip_prefix(open)
            .is_some_and(|r| r.trim_start().starts_with("editor:"))
            && text.ends_with(close)
    };
    // At most 50 characters: no more than 50 bytes is, more than 200 (four
    // bytes a character at most) is not; between, they are counted.
    let short = || text.len() <= 50 || (text.len() <= 200 && text.chars().count() <= 50);
    bracketed('[', ']')
        || bracketed('(', ')')
        || ([
            "editor:",
            "editor :",
            "editor：",
            "responsible editor:",
            "responsible editor：",
        ]
        .iter()
        .any(|p| head.starts_with(p))
            && short())
}

/// "Photo: ...", "File photo: ...", "(Photo: ...)".
fn is_photo_label(head: &str, text: &str) -> bool {
    ["photo", "image", "file photo"].iter().any(|label| {
        head.strip_prefix(label)
            .is_some_and(|r| r.trim_start().starts_with(':'))
    }) || (head.starts_with("(photo:") && text.ends_with(')'))
}

/// "3 Min Read", "5 minutes read".
fn is_read_time(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && [" min read", " mins read", " minute read", " minutes read"].contains(&&line[digits..])
}

/// "Related", "Related:", "Related stories".
fn is_related_heading(line: &str) -> bool {
    line.strip_prefix("related").is_some_and(|rest| {
        let rest = rest.trim_end_matches(':');
        rest.is_empty() || [" articles", " stories", " news", " content", " links"].contains(&rest)
    })
}

/// Who a photo caption credits first, in "(Xinhua/Wang Ye)".
const CAPTION_CREDITS: &[&str] = &[
    "xinhua", "photo", "file", "ap", "afp", "reuters", "cfp", "ic", "vcg", "cgtn", "tass",
];

/// A photo caption's credit at the end of a line: "(Xinhua/Wang Ye)",
/// "(AP / File)", "[Photo]", "[Photo/Xinhua]". Inside the brackets, after
/// the credit, spaces and a slash, anything but a closing bracket.
fn is_caption_credit(text: &str) -> bool {
    let (open, close, credits): (u8, u8, &[&str]) = match text.as_bytes().last() {
        Some(b')') => (b'(', b')', CAPTION_CREDITS),
        Some(b']') => (b'[', b']', &["photo"]),
        _ => return false,
    };
    let inside = &text.as_bytes()[..text.len() - 1];
    // The credit's bracket opens after the last closing one.
    let from = inside
        .iter()
        .rposition(|&b| b == close)
        .map_or(0, |i| i + 1);
    inside[from..].iter().enumerate().any(|(i, &b)| {
        let rest = &inside[from + i + 1..];
        b == open
            && credits.iter().any(|credit| {
                rest.get(..credit.len())
                    .is_some_and(|word| word.eq_ignore_ascii_case(credit.as_bytes()))
                    && {
                        let after = &rest[credit.len()..];
                        let spaces = after.iter().take_while(|&&b| b == b' ').count();
                        after.get(spaces) == Some(&b'/') || (close == b']' && after.is_empty())
                    }
            })
    })
}

/// Whether a paragraph starts a page's footer (comments, related links):
/// nothing after it belongs to the article.
pub fn is_footer_start(text: &str) -> bool {
    let text = text.trim();
    if text.len() > CRUFT_HEAD {
        return text
            .get(..21)
            .is_some_and(|h| h.eq_ignore_ascii_case("comments are filtered"));
    }
    let mut buffer = [0u8; CRUFT_HEAD];
    let line = lower_head(text, &mut buffer);
    [
        "view all",
        "comments",
        "read on the topic",
        "read more",
        "read more:",
        "you may also like",
        "you may also like:",
    ]
    .contains(&line)
        || is_related_heading(line)
        || line.starts_with("comments are filtered")
}

/// `line` without `suffix` (in any case) at its end, if it ends so.
fn strip_suffix_ignore_case<'a>(line: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = line.len().checked_sub(suffix.len())?;
    (line.is_char_boundary(cut) && line[cut..].eq_ignore_ascii_case(suffix)).then(|| &line[..cut])
}

/// A line without widget text stuck to its end ("Xinhua, November 23, 2016
/// Adjust font size:").
pub fn strip_trailing_widget(line: &str) -> &str {
    let end = line.trim_end();
    let end = end.strip_suffix(':').unwrap_or(end).trim_end();
    let Some(rest) = strip_suffix_ignore_case(end, "font size") else {
        return line;
    };
    let rest = rest.trim_end();
    strip_suffix_ignore_case(rest, "adjust")
        .unwrap_or(rest)
        .trim_end()
}

/// A paragraph without a wire service's end mark ("... he said. Enditem").
pub fn strip_end_mark(par: &str) -> &str {
    let end = par.trim_end();
    let end = end.strip_suffix('.').unwrap_or(end);
    let rest = ["enditem", "end item", "(end)"]
        .iter()
        .find_map(|mark| strip_suffix_ignore_case(end, mark));
    match rest {
        // The mark stands alone as a word, after some text.
        Some(rest) if rest.ends_with(' ') && !rest.trim().is_empty() => rest.trim_end(),
        _ => par,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines that may be cruft or not: the start of a rule in any case,
    /// or a letter, then anything, then perhaps a bracket.
    fn line_like_cruft() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let starts: Vec<String> = CRUFT_STARTS
            .iter()
            .chain(CRUFT_LINES)
            .map(|s| s.to_string())
            .chain(
                [
                    "copyright ",
                    "[ editor:",
                    "(editor: ",
                    "editor: ",
                    "responsible editor: ",
                    "photo: ",
                    "file photo: ",
                    "(photo: ",
                    "image: ",
                    "3 min read",
                    "related",
                    "share on ",
                    "the ",
                    "in ",
                    "t",
                    "a",
                    "©",
                ]
                .map(String::from),
            )
            .collect();
        (
            proptest::sample::select(starts),
            any::<bool>(),
            "[a-zA-Z ,.:/()]{0,100}",
            proptest::sample::select(vec!["", "", "", ")", "]", " (Xinhua/Li Wei)", "[Photo]"]),
        )
            .prop_map(|(start, upper, middle, end)| {
                let start = if upper { start.to_uppercase() } else { start };
                format!("{start}{middle}{end}")
            })
    }

    #[test]
    fn every_start_of_cruft_is_among_the_quick_pairs() {
        let others = [
            "copyright",
            "editor:",
            "responsible editor:",
            "photo",
            "image",
            "file photo",
        ];
        for start in CRUFT_STARTS.iter().chain(&others) {
            assert!(may_start_cruft(start), "{start:?}");
            assert!(may_start_cruft(&start.to_uppercase()), "{start:?}");
        }
        for start in ["In", "China", "President", "\u{a0}", "a"] {
            assert!(!may_start_cruft(start), "{start:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
        /// The quick test of a long line's first byte and end lets through
        /// every line one of the rules would call cruft.
        #[test]
        fn the_quick_test_keeps_what_the_rules_call_cruft(line in line_like_cruft()) {
            proptest::prop_assert_eq!(is_cruft(&line), is_cruft_by_the_rules(line.trim()));
        }
    }

    /// The rule for text that needs care, stated with the standard
    /// library's idea of white space: a control character but a line
    /// feed, a space that is not a plain space or a line feed, a zero-width
    /// character, two spaces in a row, or a space ending a line or the text.
    fn needs_care_by_the_rule(text: &str) -> bool {
        text.chars().any(|c| {
            (c < ' ' && c != '\n')
                || c == '\u{7f}'
                || (c.is_whitespace() && c != ' ' && c != '\n')
                || c == '\u{200b}'
                || c == '\u{feff}'
        }) || text.contains("  ")
            || text.contains(" \n")
            || text.ends_with(' ')
    }

    /// [`push_line`] as first written, a character at a time.
    fn push_line_by_chars(out: &mut String, line: &str) {
        let line = line.trim_end();
        if !needs_care(line) {
            out.push_str(line);
            return;
        }
        for c in line.chars() {
            match c {
                '\u{feff}' | '\u{200b}' => {}
                c if c.is_whitespace() => {
                    if !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
                c => out.push(c),
            }
        }
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
    }

    proptest::proptest! {
        #[test]
        fn lines_are_mended_as_a_character_at_a_time(
            before in "(a| |\u{a0})?",
            line in "([a ]|\t|\r|\u{b}|\u{c}|\u{1}|\u{a0}|\u{85}|\u{2009}|\u{200b}|\u{feff}|\u{3000}|é|“){0,16}",
        ) {
            let (mut fast, mut slow) = (before.clone(), before);
            push_line(&mut fast, &line);
            push_line_by_chars(&mut slow, &line);
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    proptest::proptest! {
        #[test]
        fn blank_text_is_text_that_normalises_to_nothing(
            text in "( |\t|\n|\r|\u{a0}|\u{3000}|\u{feff}|\u{200b}|\u{200c}|a|é){0,8}"
        ) {
            proptest::prop_assert_eq!(is_blank(&text), normalize(&text).trim().is_empty());
        }
    }

    #[test]
    fn a_byte_order_mark_alone_or_with_white_space_is_blank() {
        assert!(is_blank("\u{feff}"));
        assert!(is_blank("\u{feff} \r\n\t\n"));
        assert!(!is_blank("\u{feff}a"));
    }

    /// Normalisation as first written: every line mended, from the first.
    fn normalize_line_by_line(text: &str) -> String {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut out = String::new();
        mend_lines(text, &mut out);
        out
    }

    proptest::proptest! {
        /// Sniffing tells binary from text as the binary test does, and
        /// normalises as normalising alone does, wherever in the blocks
        /// and around the end of the sniffed head the bytes that matter
        /// fall.
        #[test]
        fn sniffing_agrees_with_the_binary_test_and_normalising(
            clean in 0usize..9000,
            tail in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", " ", "  ", " \n", "\n", "\r\n", "\t", "\u{0}", "\u{1}", "\u{7f}",
                    "\u{a0}", "\u{200b}", "\u{2009}", "\u{feff}", "é", "“",
                ]),
                0..40,
            ),
            repeat in 1usize..400,
            bom: bool,
            invalid: bool,
        ) {
            let body = "word ".repeat(clean / 5) + &tail.concat().repeat(repeat);
            let mut bytes = if bom { "\u{feff}".to_string() + &body } else { body }.into_bytes();
            if invalid {
                bytes.insert(bytes.len() / 2, 0xff);
            }
            let (text, lossy) = decode(&bytes);
            let sniff = sniff(&bytes, lossy);
            proptest::prop_assert_eq!(sniff.binary, is_binary_decoded(&bytes, lossy));
            proptest::prop_assert_eq!(&*sniff.normalize(&text), &*normalize(&text));
        }
    }

    #[test]
    fn control_characters_make_text_binary_only_in_the_sniffed_head() {
        for at in [100, SNIFF_BYTES - 1, SNIFF_BYTES, SNIFF_BYTES + 1] {
            let mut text = "a".repeat(at);
            text.push_str(&"\u{1}".repeat(SNIFF_BYTES));
            let bytes = text.as_bytes();
            assert_eq!(
                sniff(bytes, false).binary,
                at < SNIFF_BYTES * 9 / 10,
                "{at}"
            );
            assert_eq!(sniff(bytes, false).binary, is_binary(bytes), "{at}");
        }
        assert!(sniff(b"text\0", false).binary);
        // A control character blocks after the first text that needs care.
        let late = format!("a  b{}\0", "a".repeat(3 * CARE_BLOCK));
        assert!(sniff(late.as_bytes(), false).binary);
        assert!(!sniff(b"text\r\n\ttabbed\x0c", false).binary);
    }

    /// Text that needs care after hundreds of bytes that need none, so
    /// that the clean lines kept as they are span the scan's blocks.
    #[test]
    fn normalization_keeps_clean_lines_and_mends_the_rest() {
        let marks = [
            "  ", " \n", "\t", "\r\n", "\r", "\u{a0}", "\u{200b}", "\u{3000}", "é  ", "x ",
        ];
        for lines in [1, 7, 9, 13] {
            let clean = vec!["word “quoted”"; lines * 5].join(" ") + "\n";
            for mark in marks {
                for at in [0, 3, 40] {
                    let text = format!("{}{}{mark}b\nc ", clean.repeat(lines), "a".repeat(at));
                    assert_eq!(
                        normalize(&text),
                        normalize_line_by_line(&text),
                        "{mark:?} {lines} {at}"
                    );
                }
                // And care needed again far after.
                let text = format!("{}{mark}b\n{}c ", clean.repeat(lines), clean.repeat(lines));
                assert_eq!(
                    normalize(&text),
                    normalize_line_by_line(&text),
                    "{mark:?} {lines}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn normalization_is_the_same_as_line_by_line(text in "(a{1,60}|[a ]|\n|\r|\t|\u{a0}|\u{2009}|\u{200b}|\u{201c}|\u{3000}|\u{feff}|\u{85}|é){0,40}") {
            proptest::prop_assert_eq!(normalize(&text), normalize_line_by_line(&text));
        }

        #[test]
        fn the_care_scan_follows_the_rule(text in "([a ]|\n|\t|\r|\u{7f}|\u{a0}|\u{2009}|\u{200a}|\u{200b}|\u{200c}|\u{201c}|\u{2028}|\u{202f}|\u{3000}|\u{feff}|\u{85}|\u{80}|\u{1680}|\u{205f}|é){0,12}") {
            proptest::prop_assert_eq!(needs_care(&text), needs_care_by_the_rule(&text));
        }
    }

    #[test]
    fn a_caption_credit_closes_the_line() {
        for credit in ["x (AP / File)", "[Photo]", "(tass/) ", "a) (Xinhua/b (c)"] {
            assert_eq!(
                is_caption_credit(credit),
                !credit.ends_with(' '),
                "{credit:?}"
            );
        }
        for text in [
            "(Xinhua) more",
            "(Xinhua/x) y",
            "(Xinhuanet/x)",
            "[Photos]",
            "(AP)",
        ] {
            assert!(!is_caption_credit(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn caption_credits_are_the_ones_the_pattern_describes(
            text in "(x|[ /()\\[\\]]|Xinhua|PHOTO|ap|Afp|reuters|ic|tass|file|cgtn|vcg|cfp){0,8}"
        ) {
            let pattern = regex::Regex::new(
                r"(?i)(?:\((?:xinhua|photo|file|ap|afp|reuters|cfp|ic|vcg|cgtn|tass)\x20*/[^)]*\)|\[photo(?:\x20*/[^\]]*)?\])$",
            )
            .unwrap();
            proptest::prop_assert_eq!(is_caption_credit(&text), pattern.is_match(&text));
        }
    }

    /// Lines and paragraphs as the rule states them: blank lines part
    /// paragraphs where the text has any between its lines, and every
    /// line is a paragraph where it has none.
    fn lines_by_the_rule(text: &str) -> Vec<Line<'_>> {
        let nonblank: Vec<(usize, &str)> = text
            .split('\n')
            .map(str::trim)
            .enumerate()
            .filter(|(_, l)| !l.is_empty())
            .collect();
        let separated = nonblank.windows(2).any(|w| w[1].0 > w[0].0 + 1);
        let mut block = 0;
        nonblank
            .iter()
            .enumerate()
            .map(|(k, &(i, text))| {
                if k > 0 && (!separated || i > nonblank[k - 1].0 + 1) {
                    block += 1;
                }
                Line { text, block }
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn trimming_is_the_standard_trim(text in "([a ]|\t|\r|\u{b}|\u{c}|\u{a0}|\u{85}|\u{3000}|é){0,8}") {
            proptest::prop_assert_eq!(trim(&text), text.trim());
        }

        #[test]
        fn lines_follow_the_rule(text in "([a-c ]{0,3}\n){0,12}") {
            proptest::prop_assert_eq!(lines(&text), lines_by_the_rule(&text));
        }
    }

    /// The binary rule as stated, byte by byte.
    fn is_binary_by_the_rule(bytes: &[u8]) -> bool {
        let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
        let controls = head
            .iter()
            .filter(|&&b| (b < 0x20 && !b"\t\n\r\x0c".contains(&b)) || b == 0x7f)
            .count();
        let invalid = match std::str::from_utf8(head) {
            Err(e) if e.error_len().is_some() => String::from_utf8_lossy(head)
                .chars()
                .filter(|&c| c == '\u{fffd}')
                .count(),
            _ => 0,
        };
        head.contains(&0) || (controls + invalid) * 10 > head.len()
    }

    proptest::proptest! {
        #[test]
        fn binary_sniffing_follows_the_rule(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    12 => 0x20u8..0x7f,
                    1 => proptest::prelude::any::<u8>(),
                ],
                0..10_000,
            )
        ) {
            proptest::prop_assert_eq!(is_binary(&bytes), is_binary_by_the_rule(&bytes));
        }
    }

    #[test]
    fn binary_is_told_from_text() {
        assert!(is_binary(b"PK\x03\x04\x00\x00"));
        assert!(is_binary(&[0x1b; 100]));
        assert!(is_binary(&[0xff, 0xfe, 0xfd, 0x80, 0x81]));
        assert!(!is_binary("Plain “text”, tabs\tand\r\nlines.".as_bytes()));
        assert!(!is_binary(
            b"Text with one stray \xff byte in a long enough line of prose."
        ));
        assert!(!is_binary(b""));
    }

    #[test]
    fn normalize_unifies_line_endings_and_spaces() {
        assert_eq!(normalize("\u{feff}a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(
            normalize("BEIJING:\u{a0} China\tsaid  \n"),
            "BEIJING: China said\n"
        );
    }

    #[test]
    fn normalize_keeps_plain_unicode_and_unifies_unicode_spaces() {
        assert_eq!(normalize("“Quote’s” — ok"), "“Quote’s” — ok");
        assert_eq!(
            normalize("a\u{2009}b\u{3000}c\u{202f}d\u{200b}e"),
            "a b c de"
        );
        assert_eq!(normalize("a \u{a0} b"), "a b");
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "Head\n\nOne line\nwrapped here\n\n\nTwo\n";
        let pars = paragraphs(lines(text));
        assert_eq!(pars, ["Head", "One line wrapped here", "Two"]);
    }

    #[test]
    fn only_the_first_lines_of_a_file_of_very_many_are_read() {
        let text = "a\n\n".repeat(MAX_LINES + 10);
        let lines = lines(&text);
        assert_eq!(lines.len(), MAX_LINES);
        assert_eq!(lines.last().map(|l| l.block), Some(MAX_LINES - 1));
    }

    #[test]
    fn without_blank_lines_each_line_is_a_paragraph() {
        let pars = paragraphs(lines("Head\nFirst.\nSecond.\n"));
        assert_eq!(pars, ["Head", "First.", "Second."]);
    }

    #[test]
    fn only_joined_lines_are_copied() {
        let pars = paragraphs(lines("One\n\nTwo\nlines\n"));
        assert!(matches!(pars[0], Cow::Borrowed("One")));
        assert!(matches!(&pars[1], Cow::Owned(p) if p == "Two lines"));
    }

    #[test]
    fn web_cruft_is_recognised() {
        for cruft in [
            "X",
            "Adjust font size:",
            "[ Editor: ABC ]",
            "(Editor: Li Wei)",
            "View all",
            "Comments",
            "0",
            "Read on the topic",
            "Enditem",
            "Share this article",
            "Facebook | Twitter | WhatsApp",
            "Follow us on Twitter",
            "Share - WeChat",
            "Facebook Twitter WhatsApp",
            "Photo taken on June 10 shows the venue. (Xinhua/Wang Ye)",
            "Visitors walk past a booth. [Photo/Xinhua]",
            "3 Min Read",
            "Reporting by Ann Lee; Editing by Tom Ray",
            "Video PlayerClose",
            "Posted in: DIPLOMACY",
            "Press release",
            "(Photo: Li Wei)",
            "Editor: huaxia",
            "Related stories",
            "12",
            "Copyright 2019 China Daily. All rights reserved.",
            "© 2019 TASS",
            "Comments are filtered for language and registration is not required.",
        ] {
            assert!(is_cruft(cruft), "{cruft:?} should be cruft");
        }
    }

    #[test]
    fn article_text_is_not_cruft() {
        for text in [
            "Xi will visit Kyrgyzstan.",
            "The SCO was founded in 2001.",
            "Comments from the minister were brief.",
            "X marks the spot, he said.",
            "Related talks were held in Astana on Monday.",
            "Photographs of the summit were shown.",
            "Copyrights were discussed at the forum.",
            "Read more widely, the statement says little.",
        ] {
            assert!(!is_cruft(text), "{text:?} is article text");
        }
    }

    #[test]
    fn footers_start_at_comment_and_related_headings() {
        assert!(is_footer_start("Comments"));
        assert!(is_footer_start("View all"));
        assert!(is_footer_start("Related:"));
        assert!(!is_footer_start("He made no comments."));
    }

    #[test]
    fn trailing_widgets_and_end_marks_are_stripped() {
        assert_eq!(
            strip_trailing_widget("Xinhua, November 23, 2016 Adjust font size:"),
            "Xinhua, November 23, 2016"
        );
        assert_eq!(
            strip_end_mark("\"Yes,\" he said. Enditem"),
            "\"Yes,\" he said."
        );
        assert_eq!(strip_end_mark("Enditem"), "Enditem");
        assert_eq!(
            strip_end_mark("He spoke of a blend item"),
            "He spoke of a blend item"
        );
    }
}
