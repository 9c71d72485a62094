//! minimatch 10 as `@actions/glob` 0.7 configures it on Linux and macOS (`dot`, `nobrace`,
//! `noext`, `nocomment`, `nonegate`, case-sensitive), ported function by function: segment
//! compilation (`AST.toMMPattern`, `parseClass`, the fast paths for `*`, `*.ext`, `??`, `*.*`,
//! `.*`), the level-one preprocessing, and `matchOne` with its globstar search.
//!
//! Quirks are kept on purpose, because the runner has them: for example `*\.json` matches names
//! ending in `\.json` (a fast path takes the escape literally) and a segment with a POSIX
//! class is matched by code point while others are matched by UTF-16 code unit. Strings only:
//! nothing here looks at a filesystem.

use super::path::{is_js_whitespace, is_line_terminator, js_len, split_path};
use super::regex::Regex;

/// minimatch's `MAX_PATTERN_LENGTH` (UTF-16 code units).
pub(crate) const MAX_PATTERN_LENGTH: usize = 1024 * 64;

/// minimatch's default `maxGlobstarRecursion`.
const MAX_GLOBSTAR_RECURSION: usize = 200;

/// Why minimatch refuses a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CompileError {
    /// Longer than [`MAX_PATTERN_LENGTH`].
    TooLong(usize),
    /// JavaScript would not compile the regular expression for this segment.
    Regex { segment: String, reason: String },
}

/// One compiled path segment of a pattern.
#[derive(Clone, Debug)]
pub(crate) enum Part {
    /// Matches exactly this name.
    Literal(String),
    /// A literal containing a lone UTF-16 surrogate: no name equals it.
    Unmatchable,
    /// `**`: any number of segments.
    Globstar,
    /// A wildcard segment.
    Magic(Box<Magic>),
}

/// A wildcard segment: its regular expression, and the fast test minimatch uses instead when
/// the segment has one of the common shapes.
#[derive(Clone, Debug)]
pub(crate) struct Magic {
    regex: Regex,
    fast: Option<FastTest>,
}

#[derive(Clone, Debug)]
enum FastTest {
    /// `*`, `**…*`
    Star,
    /// `*.ext`: the name ends with the text after the stars, taken literally.
    StarDotExt(String),
    /// `??`, `??.ext`: exactly as many UTF-16 code units as the segment has, ending with the
    /// text after the question marks.
    Qmarks { len: usize, ext: String },
    /// `*.*`
    StarDotStar,
    /// `.*`
    DotStar,
}

impl Part {
    /// Whether the segment matches the name `f` (never called on [`Part::Globstar`]).
    pub(crate) fn test(&self, f: &str) -> bool {
        match self {
            Part::Literal(s) => s == f,
            Part::Unmatchable | Part::Globstar => false,
            Part::Magic(m) => match &m.fast {
                Some(fast) => fast.test(f),
                None => m.regex.test(f),
            },
        }
    }

    fn is_globstar(&self) -> bool {
        matches!(self, Part::Globstar)
    }
}

impl FastTest {
    fn test(&self, f: &str) -> bool {
        let not_dots = f != "." && f != "..";
        match self {
            FastTest::Star => !f.is_empty() && not_dots,
            FastTest::StarDotExt(ext) => f.ends_with(ext.as_str()),
            FastTest::Qmarks { len, ext } => js_len(f) == *len && not_dots && f.ends_with(ext.as_str()),
            FastTest::StarDotStar => not_dots && f.contains('.'),
            FastTest::DotStar => not_dots && f.starts_with('.'),
        }
    }

    /// The fast paths of `Minimatch.parse`, tried in its order.
    fn detect(segment: &str) -> Option<FastTest> {
        const EXT_EXCLUDED: &[char] = &['+', '@', '!', '?', '*', '[', '('];
        let after_stars = segment.trim_start_matches('*');
        let stars = segment.len() - after_stars.len();
        if stars > 0 && after_stars.is_empty() {
            return Some(FastTest::Star);
        }
        if stars > 0 && !after_stars.contains(EXT_EXCLUDED) {
            return Some(FastTest::StarDotExt(after_stars.to_owned()));
        }
        let after_qmarks = segment.trim_start_matches('?');
        if after_qmarks.len() < segment.len() && !after_qmarks.contains(EXT_EXCLUDED) {
            return Some(FastTest::Qmarks {
                len: js_len(segment),
                ext: after_qmarks.to_owned(),
            });
        }
        if stars > 0 {
            if let Some(rest) = after_stars.strip_prefix('.') {
                if !rest.is_empty() && rest.chars().all(|c| c == '*') {
                    return Some(FastTest::StarDotStar);
                }
            }
        }
        if let Some(rest) = segment.strip_prefix('.') {
            if !rest.is_empty() && rest.chars().all(|c| c == '*') {
                return Some(FastTest::DotStar);
            }
        }
        None
    }
}

/// A compiled pattern: minimatch's `set[0]` (with `nobrace` there is exactly one).
#[derive(Clone, Debug)]
pub(crate) struct Minimatch {
    set: Vec<Part>,
}

impl Minimatch {
    /// `new Minimatch(pattern, options)`.
    pub(crate) fn new(pattern: &str) -> Result<Minimatch, CompileError> {
        let length = js_len(pattern);
        if length > MAX_PATTERN_LENGTH {
            return Err(CompileError::TooLong(length));
        }
        let parts = level_one_optimize(split_path(pattern));
        let set = parts.into_iter().map(compile_part).collect::<Result<Vec<_>, _>>()?;
        Ok(Minimatch { set })
    }

    /// `minimatch.match(path)`: the whole path against the pattern.
    pub(crate) fn matches(&self, file: &[&str]) -> bool {
        self.match_one(file, false)
    }

    /// `minimatch.matchOne(file, set[0], partial)`.
    pub(crate) fn match_one(&self, file: &[&str], partial: bool) -> bool {
        let pattern = &self.set[..];
        if pattern.iter().any(Part::is_globstar) {
            match_globstar(file, pattern, partial, 0, 0)
        } else {
            match_one_at(file, pattern, partial, 0, 0)
        }
    }
}

/// `levelOneOptimize`: drops repeated `**` and resolves `<name>/..`.
fn level_one_optimize(parts: Vec<&str>) -> Vec<&str> {
    let mut set: Vec<&str> = Vec::with_capacity(parts.len());
    for part in parts {
        let prev = set.last().copied();
        if part == "**" && prev == Some("**") {
            continue;
        }
        if part == ".." {
            if let Some(prev) = prev {
                if !prev.is_empty() && prev != ".." && prev != "." && prev != "**" {
                    set.pop();
                    continue;
                }
            }
        }
        set.push(part);
    }
    if set.is_empty() {
        set.push("");
    }
    set
}

/// `Minimatch.parse` of one segment.
fn compile_part(segment: &str) -> Result<Part, CompileError> {
    if segment == "**" {
        return Ok(Part::Globstar);
    }
    if segment.is_empty() {
        return Ok(Part::Literal(String::new()));
    }
    let fast = FastTest::detect(segment);
    let glob: Vec<u16> = segment.encode_utf16().collect();
    let (src, has_magic, uflag) = parse_glob(&glob);
    if !has_magic {
        // toMMPattern returns the unescaped source: the literal name.
        return Ok(match String::from_utf16(&unescape(&src)) {
            Ok(literal) => Part::Literal(literal),
            Err(_) => Part::Unmatchable,
        });
    }
    let mut full: Vec<u16> = Vec::with_capacity(src.len() + 32);
    full.push(u16::from(b'^'));
    if segment != "." && segment != ".." && needs_no_traversal(&src) {
        full.extend("(?!(?:^|/)\\.\\.?(?:$|/))".encode_utf16());
    }
    full.extend_from_slice(&src);
    full.push(u16::from(b'$'));
    let regex = Regex::parse(&full, uflag).map_err(|reason| CompileError::Regex {
        segment: segment.to_owned(),
        reason,
    })?;
    Ok(Part::Magic(Box::new(Magic { regex, fast })))
}

/// The start-of-segment guard: with `dot`, a source that could match `.` or `..` gets
/// `(?!(?:^|/)\.\.?(?:$|/))`.
fn needs_no_traversal(src: &[u16]) -> bool {
    let at = |i: usize| src.get(i).copied().unwrap_or(0);
    let starts = |s: &str| s.encode_utf16().enumerate().all(|(i, c)| at(i) == c);
    let aps = |c: u16| c == u16::from(b'[') || c == u16::from(b'.');
    aps(at(0)) || (starts("\\.") && aps(at(2))) || (starts("\\.\\.") && aps(at(4)))
}

const RE_SPECIALS: &str = "().*{}+?[]^$\\!";

fn push_str(out: &mut Vec<u16>, s: &str) {
    out.extend(s.encode_utf16());
}

fn is_char(u: u16, c: char) -> bool {
    u32::from(u) == c as u32
}

/// `regExpEscape` of one code unit: `[-[\]{}()*+?.,\\^$|#\s]` get a backslash.
fn regexp_escape_unit(out: &mut Vec<u16>, u: u16) {
    if "-[]{}()*+?.,\\^$|#".encode_utf16().any(|s| s == u) || is_js_whitespace(u32::from(u)) {
        out.push(u16::from(b'\\'));
    }
    out.push(u);
}

/// `braceEscape`: `[`, `]`, `\` and `-` get a backslash.
fn brace_escape(out: &mut Vec<u16>, units: &[u16]) {
    for &u in units {
        if "[]\\-".encode_utf16().any(|s| s == u) {
            out.push(u16::from(b'\\'));
        }
        out.push(u);
    }
}

/// `AST.#parseGlob` for a whole segment (with `noext` the AST is one string part):
/// the regular-expression source, whether it has magic, and whether it needs the `u` flag.
fn parse_glob(glob: &[u16]) -> (Vec<u16>, bool, bool) {
    let all_stars = !glob.is_empty() && glob.iter().all(|&u| is_char(u, '*'));
    let mut escaping = false;
    let mut re: Vec<u16> = Vec::with_capacity(glob.len() * 2);
    let mut uflag = false;
    let mut in_star = false;
    let mut has_magic = false;
    let mut i = 0;
    while i < glob.len() {
        let c = glob[i];
        if escaping {
            escaping = false;
            if RE_SPECIALS.encode_utf16().any(|s| s == c) {
                re.push(u16::from(b'\\'));
            }
            re.push(c);
            i += 1;
            continue;
        }
        if is_char(c, '*') {
            if !in_star {
                in_star = true;
                // noEmpty holds for a whole segment: `*` alone must match something.
                push_str(&mut re, if all_stars { "[^/]+?" } else { "[^/]*?" });
                has_magic = true;
            }
            i += 1;
            continue;
        }
        in_star = false;
        if is_char(c, '\\') {
            if i == glob.len() - 1 {
                push_str(&mut re, "\\\\");
            } else {
                escaping = true;
            }
            i += 1;
            continue;
        }
        if is_char(c, '[') {
            let class = parse_class(glob, i);
            if class.consumed > 0 {
                re.extend_from_slice(&class.src);
                uflag |= class.uflag;
                has_magic |= class.magic;
                i += class.consumed;
                continue;
            }
        }
        if is_char(c, '?') {
            push_str(&mut re, "[^/]");
            has_magic = true;
            i += 1;
            continue;
        }
        regexp_escape_unit(&mut re, c);
        i += 1;
    }
    (re, has_magic, uflag)
}

struct ParsedClass {
    src: Vec<u16>,
    uflag: bool,
    consumed: usize,
    magic: bool,
}

/// minimatch's POSIX classes: name, translation, needs `u`, negated.
const POSIX_CLASSES: &[(&str, &str, bool, bool)] = &[
    ("[:alnum:]", "\\p{L}\\p{Nl}\\p{Nd}", true, false),
    ("[:alpha:]", "\\p{L}\\p{Nl}", true, false),
    ("[:ascii:]", "\\x00-\\x7f", false, false),
    ("[:blank:]", "\\p{Zs}\\t", true, false),
    ("[:cntrl:]", "\\p{Cc}", true, false),
    ("[:digit:]", "\\p{Nd}", true, false),
    ("[:graph:]", "\\p{Z}\\p{C}", true, true),
    ("[:lower:]", "\\p{Ll}", true, false),
    ("[:print:]", "\\p{C}", true, false),
    ("[:punct:]", "\\p{P}", true, false),
    ("[:space:]", "\\p{Z}\\t\\r\\n\\v\\f", true, false),
    ("[:upper:]", "\\p{Lu}", true, false),
    ("[:word:]", "\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true, false),
    ("[:xdigit:]", "A-Fa-f0-9", false, false),
];

fn starts_with_at(glob: &[u16], at: usize, s: &str) -> bool {
    let s: Vec<u16> = s.encode_utf16().collect();
    glob.len() >= at + s.len() && glob[at..at + s.len()] == s[..]
}

/// `parseClass` (brace-expressions.js) at the `[` at `pos`.
fn parse_class(glob: &[u16], pos: usize) -> ParsedClass {
    let poison = |glob: &[u16]| ParsedClass {
        src: "$.".encode_utf16().collect(),
        uflag: false,
        consumed: glob.len() - pos,
        magic: true,
    };
    let mut ranges: Vec<Vec<u16>> = Vec::new();
    let mut negs: Vec<Vec<u16>> = Vec::new();
    let mut i = pos + 1;
    let mut saw_start = false;
    let mut uflag = false;
    let mut escaping = false;
    let mut negate = false;
    let mut end_pos = pos;
    let mut range_start: Option<u16> = None;
    'outer: while i < glob.len() {
        let c = glob[i];
        if (is_char(c, '!') || is_char(c, '^')) && i == pos + 1 {
            negate = true;
            i += 1;
            continue;
        }
        if is_char(c, ']') && saw_start && !escaping {
            end_pos = i + 1;
            break;
        }
        saw_start = true;
        if is_char(c, '\\') && !escaping {
            escaping = true;
            i += 1;
            continue;
        }
        if is_char(c, '[') && !escaping {
            for &(name, unip, u, neg) in POSIX_CLASSES {
                if starts_with_at(glob, i, name) {
                    if range_start.is_some() {
                        return poison(glob);
                    }
                    i += name.len();
                    let translated: Vec<u16> = unip.encode_utf16().collect();
                    if neg {
                        negs.push(translated);
                    } else {
                        ranges.push(translated);
                    }
                    uflag = uflag || u;
                    continue 'outer;
                }
            }
        }
        escaping = false;
        if let Some(start) = range_start {
            if c > start {
                let mut r = Vec::new();
                brace_escape(&mut r, &[start]);
                r.push(u16::from(b'-'));
                brace_escape(&mut r, &[c]);
                ranges.push(r);
            } else if c == start {
                let mut r = Vec::new();
                brace_escape(&mut r, &[c]);
                ranges.push(r);
            }
            range_start = None;
            i += 1;
            continue;
        }
        if starts_with_at(glob, i + 1, "-]") {
            let mut r = Vec::new();
            brace_escape(&mut r, &[c, u16::from(b'-')]);
            ranges.push(r);
            i += 2;
            continue;
        }
        if starts_with_at(glob, i + 1, "-") {
            range_start = Some(c);
            i += 2;
            continue;
        }
        let mut r = Vec::new();
        brace_escape(&mut r, &[c]);
        ranges.push(r);
        i += 1;
    }
    if end_pos < i {
        return ParsedClass {
            src: Vec::new(),
            uflag: false,
            consumed: 0,
            magic: false,
        };
    }
    if ranges.is_empty() && negs.is_empty() {
        return poison(glob);
    }
    // One positive single character is a literal (`[*]` escapes a wildcard).
    if negs.is_empty() && ranges.len() == 1 && !negate {
        let r = &ranges[0];
        let single = match r.len() {
            1 => !is_line_terminator(u32::from(r[0])),
            2 => is_char(r[0], '\\') && !is_line_terminator(u32::from(r[1])),
            _ => false,
        };
        if single {
            let mut src = Vec::new();
            regexp_escape_unit(&mut src, r[r.len() - 1]);
            return ParsedClass {
                src,
                uflag: false,
                consumed: end_pos - pos,
                magic: false,
            };
        }
    }
    let mut sranges: Vec<u16> = vec![u16::from(b'[')];
    if negate {
        sranges.push(u16::from(b'^'));
    }
    sranges.extend(ranges.concat());
    sranges.push(u16::from(b']'));
    let mut snegs: Vec<u16> = vec![u16::from(b'[')];
    if !negate {
        snegs.push(u16::from(b'^'));
    }
    snegs.extend(negs.concat());
    snegs.push(u16::from(b']'));
    let src = match (ranges.is_empty(), negs.is_empty()) {
        (false, false) => {
            let mut s = vec![u16::from(b'(')];
            s.extend(sranges);
            s.push(u16::from(b'|'));
            s.extend(snegs);
            s.push(u16::from(b')'));
            s
        }
        (false, true) => sranges,
        _ => snegs,
    };
    ParsedClass {
        src,
        uflag,
        consumed: end_pos - pos,
        magic: true,
    }
}

/// minimatch's `unescape` (default options) applied to a regular-expression source.
fn unescape(s: &[u16]) -> Vec<u16> {
    let is = |i: usize, c: char| s.get(i).is_some_and(|&u| is_char(u, c));
    let inner_ok = |i: usize| s.get(i).is_some_and(|&u| !is_char(u, '/') && !is_char(u, '\\'));
    // 1. `/((?!\\).|^)\[([^/\\])\]/g` → `$1$2`
    let mut step1 = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let prefix_ok = !is_char(s[i], '\\') && !is_line_terminator(u32::from(s[i]));
        if prefix_ok && is(i + 1, '[') && inner_ok(i + 2) && is(i + 3, ']') {
            step1.push(s[i]);
            step1.push(s[i + 2]);
            i += 4;
            continue;
        }
        if i == 0 && is(0, '[') && inner_ok(1) && is(2, ']') {
            step1.push(s[1]);
            i = 3;
            continue;
        }
        step1.push(s[i]);
        i += 1;
    }
    // 2. `/\\([^/])/g` → `$1`
    let mut out = Vec::with_capacity(step1.len());
    let mut i = 0;
    while i < step1.len() {
        if is_char(step1[i], '\\') && step1.get(i + 1).is_some_and(|&u| !is_char(u, '/')) {
            out.push(step1[i + 1]);
            i += 2;
        } else {
            out.push(step1[i]);
            i += 1;
        }
    }
    out
}

/// `#matchOne`: segment by segment from the given indexes, no globstar inside.
fn match_one_at(file: &[&str], pattern: &[Part], partial: bool, file_index: usize, pattern_index: usize) -> bool {
    let (fl, pl) = (file.len(), pattern.len());
    let (mut fi, mut pi) = (file_index, pattern_index);
    while fi < fl && pi < pl {
        let p = &pattern[pi];
        if p.is_globstar() || !p.test(file[fi]) {
            return false;
        }
        fi += 1;
        pi += 1;
    }
    if fi == fl && pi == pl {
        true
    } else if fi == fl {
        partial
    } else if pi == pl {
        fi + 1 == fl && file[fi].is_empty()
    } else {
        false
    }
}

/// `#matchGlobstar`: head, globstar-separated body sections, tail.
fn match_globstar(file: &[&str], pattern: &[Part], partial: bool, file_index: usize, pattern_index: usize) -> bool {
    let mut file_index = file_index;
    let firstgs = pattern_index + pattern[pattern_index..].iter().position(Part::is_globstar).unwrap_or(0);
    let lastgs = pattern.iter().rposition(Part::is_globstar).unwrap_or(firstgs);
    let head = &pattern[pattern_index..firstgs];
    let (body, tail): (&[Part], &[Part]) = if partial {
        (&pattern[firstgs + 1..], &[])
    } else if lastgs > firstgs {
        (&pattern[firstgs + 1..lastgs], &pattern[lastgs + 1..])
    } else {
        (&[], &pattern[lastgs + 1..])
    };
    if !head.is_empty() {
        let start = file_index.min(file.len());
        let end = (file_index + head.len()).min(file.len());
        if !match_one_at(&file[start..end], head, partial, 0, 0) {
            return false;
        }
        file_index += head.len();
    }
    let mut file_tail_match = 0;
    if !tail.is_empty() {
        if tail.len() + file_index > file.len() {
            return false;
        }
        let tail_start = file.len() - tail.len();
        if match_one_at(file, tail, partial, tail_start, 0) {
            file_tail_match = tail.len();
        } else {
            if file.last().is_some_and(|f| !f.is_empty()) || file_index + tail.len() == file.len() {
                return false;
            }
            if !match_one_at(file, tail, partial, tail_start - 1, 0) {
                return false;
            }
            file_tail_match = tail.len() + 1;
        }
    }
    if body.is_empty() {
        let mut saw_some = file_tail_match != 0;
        let end = file.len().saturating_sub(file_tail_match);
        for f in file.iter().take(end).skip(file_index) {
            saw_some = true;
            if *f == "." || *f == ".." {
                return false;
            }
        }
        return partial || saw_some;
    }
    // Sections between globstars (as ranges of `body`), each with the last index it may start
    // at, computed exactly as minimatch does, including its use of the sums in reverse.
    let mut sections: Vec<(usize, usize, isize)> = vec![(0, 0, 0)];
    let mut non_gs_parts = 0usize;
    let mut sums = vec![0usize];
    for (i, b) in body.iter().enumerate() {
        if b.is_globstar() {
            sums.push(non_gs_parts);
            sections.push((i + 1, i + 1, 0));
        } else {
            sections.last_mut().expect("sections starts non-empty").1 = i + 1;
            non_gs_parts += 1;
        }
    }
    let file_length = file.len() as isize - file_tail_match as isize;
    let n = sections.len();
    for (j, section) in sections.iter_mut().enumerate() {
        section.2 = file_length - (sums[n - 1 - j] + (section.1 - section.0)) as isize;
    }
    let search = BodySearch {
        file,
        body,
        sections: &sections,
        partial,
    };
    search.run(file_index, 0, 0, file_tail_match != 0) == Tri::True
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Tri {
    True,
    False,
    /// "Not matching, cannot keep trying" (minimatch's `null`).
    Stop,
}

/// `#matchGlobStarBodySections`: finds each section in order, left to right.
struct BodySearch<'a> {
    file: &'a [&'a str],
    body: &'a [Part],
    sections: &'a [(usize, usize, isize)],
    partial: bool,
}

impl BodySearch<'_> {
    fn run(&self, file_index: usize, body_index: usize, depth: usize, saw_tail: bool) -> Tri {
        let file = self.file;
        let Some(&(start, end, after)) = self.sections.get(body_index) else {
            let mut saw_tail = saw_tail;
            for f in file.iter().skip(file_index) {
                saw_tail = true;
                if *f == "." || *f == ".." {
                    return Tri::False;
                }
            }
            return if saw_tail { Tri::True } else { Tri::False };
        };
        let body = &self.body[start..end];
        let mut file_index = file_index;
        while file_index as isize <= after {
            let slice_end = (file_index + body.len()).min(file.len());
            let m = match_one_at(&file[..slice_end], body, self.partial, file_index, 0);
            if m && depth < MAX_GLOBSTAR_RECURSION {
                let sub = self.run(file_index + body.len(), body_index + 1, depth + 1, saw_tail);
                if sub != Tri::False {
                    return sub;
                }
            }
            if let Some(f) = file.get(file_index) {
                if *f == "." || *f == ".." {
                    return Tri::False;
                }
            }
            file_index += 1;
        }
        if self.partial {
            Tri::True
        } else {
            Tri::Stop
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mm(p: &str) -> Minimatch {
        Minimatch::new(p).unwrap()
    }

    fn m(p: &str, f: &str) -> bool {
        mm(p).matches(&split_path(f))
    }

    fn partial(p: &str, f: &str) -> bool {
        mm(p).match_one(&split_path(f), true)
    }

    #[test]
    fn stars_and_globstars() {
        assert!(m("/w/*", "/w/a"));
        assert!(!m("/w/*", "/w/a/b"));
        assert!(m("/w/**", "/w/a/b/"));
        assert!(m("/w/**", "/w/"));
        assert!(m("/w/**/x.json", "/w/x.json"));
        assert!(m("/w/**/x.json", "/w/a/b/x.json"));
        assert!(!m("/w/**/x.json", "/w/a/b/y.json"));
        assert!(m("/w/**/b/**/c", "/w/a/b/d/c"));
        assert!(m("/w/a/**/**/c", "/w/a/c"));
        assert!(m("/w/.*", "/w/.git"));
        assert!(m("/w/*", "/w/.git"));
        assert!(m("/w/?.txt", "/w/a.txt"));
        assert!(!m("/w/?.txt", "/w/ab.txt"));
        assert!(!m("/w/?.txt", "/w/😀.txt"));
        assert!(m("/w/??.txt", "/w/😀.txt"));
    }

    #[test]
    fn classes() {
        assert!(m("/w/[ab]c", "/w/bc"));
        assert!(!m("/w/[!ab]c", "/w/bc"));
        assert!(m("/w/[^ab]c", "/w/dc"));
        assert!(m("/w/[a-c]x", "/w/bx"));
        assert!(!m("/w/[z-a]x", "/w/ax"));
        assert!(m("/w/[[:digit:]]x", "/w/7x"));
        assert!(m("/w/[[:alpha:]]x", "/w/éx"));
        assert!(!m("/w/[[:alpha:]]x", "/w/1x"));
        // `[\^a]` becomes the JavaScript class `[^a]`.
        assert!(m("/w/[\\^a]", "/w/z"));
        assert!(!m("/w/[\\^a]", "/w/a"));
        // A lone `[` is literal.
        assert!(m("/w/a[b", "/w/a[b"));
        // `[*]` escapes the star.
        assert!(m("/w/a[*]", "/w/a*"));
        assert!(!m("/w/a[*]", "/w/ab"));
    }

    #[test]
    fn fast_path_quirks() {
        // The fast path for `*.ext` takes the escape literally.
        assert!(!m("/w/*\\.json", "/w/a.json"));
        assert!(m("/w/*\\.json", "/w/a\\.json"));
        // Without a fast path, the escape works.
        assert!(m("/w/a*\\.json", "/w/ab.json"));
    }

    #[test]
    fn partial_matches() {
        assert!(partial("/w/a/*/c", "/w/a/b"));
        assert!(!partial("/w/a/*/c", "/w/x/b"));
        assert!(partial("/w/**/c", "/w/x/y"));
        assert!(partial("/w/a", "/w"));
        assert!(!partial("/w/a", "/v"));
    }

    #[test]
    fn u_mode_escape_errors() {
        assert!(matches!(
            Minimatch::new("/w/[[:digit:]]-x*"),
            Err(CompileError::Regex { .. })
        ));
        assert!(Minimatch::new("/w/[[:digit:]]x*").is_ok());
        assert!(matches!(
            Minimatch::new(&"a".repeat(MAX_PATTERN_LENGTH + 1)),
            Err(CompileError::TooLong(_))
        ));
    }
}
