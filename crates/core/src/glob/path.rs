//! POSIX path and string helpers exactly as `@actions/glob` 0.7 uses them on Linux and macOS
//! (`internal-path-helper.js`, `internal-path.js`, Node's `path.posix`), plus the JavaScript
//! string semantics the port depends on (`String.prototype.trim`, UTF-16 lengths).
//!
//! Pure string functions: nothing here touches the filesystem or resolves a link.

/// JavaScript's `WhiteSpace` and `LineTerminator` code units (what `trim()` removes and what
/// the regular-expression class `\s` matches).
pub(crate) fn is_js_whitespace(c: u32) -> bool {
    matches!(
        c,
        0x09 | 0x0a | 0x0b | 0x0c | 0x0d | 0x20 | 0xa0 | 0x1680 | 0x2000
            ..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000 | 0xfeff
    )
}

/// JavaScript's `LineTerminator` (what `.` does not match in a regular expression).
pub(crate) fn is_line_terminator(c: u32) -> bool {
    matches!(c, 0x0a | 0x0d | 0x2028 | 0x2029)
}

/// `s.trim()` as JavaScript does it (Rust's `trim` differs on U+0085 and U+FEFF).
pub(crate) fn js_trim(s: &str) -> &str {
    s.trim_matches(|c: char| is_js_whitespace(c as u32))
}

/// `s.length` in JavaScript: UTF-16 code units.
pub(crate) fn js_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// `normalizeSeparators`: collapses runs of `/` into one.
pub(crate) fn normalize_separators(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut previous_slash = false;
    for c in p.chars() {
        if c == '/' {
            if previous_slash {
                continue;
            }
            previous_slash = true;
        } else {
            previous_slash = false;
        }
        out.push(c);
    }
    out
}

/// `safeTrimTrailingSeparator`: normalizes separators, then drops one trailing `/` unless the
/// path is `/` itself.
pub(crate) fn safe_trim_trailing_separator(p: &str) -> String {
    let mut p = normalize_separators(p);
    if p.len() > 1 && p.ends_with('/') {
        p.pop();
    }
    p
}

/// Node's `path.posix.dirname`.
pub(crate) fn posix_dirname(path: &str) -> &str {
    let bytes = path.as_bytes();
    if bytes.is_empty() {
        return ".";
    }
    let has_root = bytes[0] == b'/';
    let mut end = None;
    let mut matched_slash = true;
    for i in (1..bytes.len()).rev() {
        if bytes[i] == b'/' {
            if !matched_slash {
                end = Some(i);
                break;
            }
        } else {
            matched_slash = false;
        }
    }
    match end {
        None if has_root => "/",
        None => ".",
        Some(1) if has_root => "//",
        Some(end) => &path[..end],
    }
}

/// Node's `path.posix.basename` (without an extension argument).
pub(crate) fn posix_basename(path: &str) -> &str {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return "";
    }
    match trimmed.rfind('/') {
        Some(i) => &trimmed[i + 1..],
        None => trimmed,
    }
}

/// `pathHelper.dirname`: `safeTrimTrailingSeparator`, then `path.dirname`.
pub(crate) fn dirname(p: &str) -> String {
    let p = safe_trim_trailing_separator(p);
    posix_dirname(&p).to_owned()
}

/// `hasRoot` and `hasAbsoluteRoot` (the same on POSIX): the path starts with `/`.
pub(crate) fn has_root(p: &str) -> bool {
    p.starts_with('/')
}

/// `new Path(itemPath).segments` for a string: the root (`/`) then each name; a relative
/// path is split on `/`.
pub(crate) fn path_segments(item_path: &str) -> Vec<String> {
    let item_path = safe_trim_trailing_separator(item_path);
    if !has_root(&item_path) {
        return item_path.split('/').map(str::to_owned).collect();
    }
    let mut segments = Vec::new();
    let mut remaining = item_path;
    let mut dir = dirname(&remaining);
    while dir != remaining {
        segments.push(posix_basename(&remaining).to_owned());
        remaining = dir;
        dir = dirname(&remaining);
    }
    segments.push(remaining);
    segments.reverse();
    segments
}

/// `new Path(segments).toString()`: joins with `/`, without doubling the root's.
pub(crate) fn join_segments(segments: &[String]) -> String {
    let mut result = segments.first().cloned().unwrap_or_default();
    let mut skip_slash = result.ends_with('/');
    for segment in &segments[1.min(segments.len())..] {
        if skip_slash {
            skip_slash = false;
        } else {
            result.push('/');
        }
        result.push_str(segment);
    }
    result
}

/// `Pattern.globEscape` on Linux and macOS: makes a literal path (the workspace, the home
/// directory) safe to prefix to a pattern.
pub(crate) fn glob_escape(s: &str) -> String {
    let doubled = s.replace('\\', "\\\\");
    // `[` is escaped only when a `]` follows within the same path segment (after at least one
    // character), as `/(\[)(?=[^/]+\])/g` decides.
    let chars: Vec<char> = doubled.chars().collect();
    let mut bracketed = String::with_capacity(doubled.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '[' {
            let rest = &chars[i + 1..];
            let segment_end = rest.iter().position(|&r| r == '/').unwrap_or(rest.len());
            if rest[..segment_end].iter().skip(1).any(|&r| r == ']') {
                bracketed.push_str("[[]");
                continue;
            }
        }
        bracketed.push(c);
    }
    bracketed.replace('?', "[?]").replace('*', "[*]")
}

/// `Pattern.getLiteral`: the literal a pattern segment stands for, or `""` when it contains a
/// wildcard or a character class of more than one character.
pub(crate) fn get_literal(segment: &str) -> String {
    let chars: Vec<char> = segment.chars().collect();
    let mut literal = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && i + 1 < chars.len() {
            i += 1;
            literal.push(chars[i]);
            i += 1;
            continue;
        }
        if c == '*' || c == '?' {
            return String::new();
        }
        if c == '[' && i + 1 < chars.len() {
            let mut set = String::new();
            let mut closed = None;
            let mut i2 = i + 1;
            while i2 < chars.len() {
                let c2 = chars[i2];
                if c2 == '\\' && i2 + 1 < chars.len() {
                    i2 += 1;
                    set.push(chars[i2]);
                    i2 += 1;
                    continue;
                }
                if c2 == ']' {
                    closed = Some(i2);
                    break;
                }
                set.push(c2);
                i2 += 1;
            }
            if let Some(closed) = closed {
                // `set.length > 1` counts UTF-16 code units: `[😀]` is not a literal.
                if js_len(&set) > 1 {
                    return String::new();
                }
                if !set.is_empty() {
                    literal.push_str(&set);
                    i = closed + 1;
                    continue;
                }
            }
        }
        literal.push(c);
        i += 1;
    }
    literal
}

/// Splits a path as `p.split(/\/+/)` does: runs of `/` separate, a leading `/` gives a first
/// empty segment and a trailing one a last empty segment.
pub(crate) fn split_path(p: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = p.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'/' {
            out.push(&p[start..i]);
            while i < bytes.len() && bytes[i] == b'/' {
                i += 1;
            }
            start = i;
        } else {
            i += 1;
        }
    }
    out.push(&p[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dirname_and_basename_follow_node() {
        assert_eq!(posix_dirname("/a/b"), "/a");
        assert_eq!(posix_dirname("/a"), "/");
        assert_eq!(posix_dirname("/"), "/");
        assert_eq!(posix_dirname("a"), ".");
        assert_eq!(posix_basename("/a/b"), "b");
        assert_eq!(posix_basename("/"), "");
        assert_eq!(dirname("/a/b/"), "/a");
    }

    #[test]
    fn segments_round_trip() {
        assert_eq!(path_segments("/ws/a/b/"), ["/", "ws", "a", "b"]);
        assert_eq!(path_segments("/"), ["/"]);
        assert_eq!(path_segments("a//b"), ["a", "b"]);
        assert_eq!(join_segments(&path_segments("/ws/a")), "/ws/a");
        assert_eq!(join_segments(&["/".to_owned(), "**".to_owned()]), "/**");
    }

    #[test]
    fn glob_escape_matches_actions_glob() {
        assert_eq!(glob_escape("/a[b]/c"), "/a[[]b]/c");
        assert_eq!(glob_escape("/a[/b]"), "/a[/b]");
        assert_eq!(glob_escape("/a[]"), "/a[]");
        assert_eq!(glob_escape("/x?*\\"), "/x[?][*]\\\\");
        assert_eq!(get_literal("[[]b]"), "[b]");
        assert_eq!(get_literal("a\\*"), "a*");
        assert_eq!(get_literal("[ab]"), "");
        assert_eq!(get_literal("[😀]"), "");
        assert_eq!(get_literal("[a]"), "a");
        assert_eq!(get_literal("[]"), "[]");
    }

    #[test]
    fn js_trim_differs_from_rust_trim() {
        assert_eq!(js_trim("\u{feff} a \u{85}"), "a \u{85}");
        assert_eq!(split_path("/a//b/"), ["", "a", "b", ""]);
        assert_eq!(split_path("/"), ["", ""]);
    }
}
