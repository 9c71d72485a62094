//! Behaviour tests of the hashFiles() matcher (expected values checked against the real
//! `@actions/glob` 0.7 by tests/js/hash-files-matcher.test.js, which fuzzes the same API).

use super::*;

const WS: &str = "/ws";
const HOME: &str = "/home/me";

fn matcher(patterns: &str) -> HashFilesMatcher {
    HashFilesMatcher::new(patterns, WS, Some(HOME)).unwrap()
}

fn kind(patterns: &str, path: &str) -> MatchKind {
    matcher(patterns).match_kind(path)
}

fn err(patterns: &str) -> PatternError {
    HashFilesMatcher::new(patterns, WS, Some(HOME)).unwrap_err()
}

#[test]
fn relative_patterns_resolve_against_the_workspace() {
    let m = matcher("src/*.rs");
    assert_eq!(m.search_roots(), ["/ws/src"]);
    assert_eq!(m.match_kind("/ws/src/lib.rs"), MatchKind::All);
    assert_eq!(m.match_kind("/ws/src/a/lib.rs"), MatchKind::None);
    assert_eq!(
        m.match_kind("/ws/src/x.rs/inner"),
        MatchKind::All,
        "implicit descendants of a match"
    );
    assert_eq!(m.match_kind("/ws/src/lib.txt"), MatchKind::None);
    assert_eq!(matcher("./src").search_roots(), ["/ws/src"]);
    assert_eq!(matcher(".").search_roots(), ["/ws"]);
    assert_eq!(matcher("~/x").search_roots(), ["/home/me/x"]);
    assert_eq!(matcher("~").search_roots(), ["/home/me"]);
    assert_eq!(matcher("~x").search_roots(), ["/ws/~x"]);
    assert_eq!(matcher("/abs/p*").search_roots(), ["/abs"]);
}

#[test]
fn star_does_not_cross_slashes_but_implicit_descendants_do() {
    let m = matcher("*");
    assert_eq!(m.search_roots(), ["/ws"]);
    assert_eq!(m.match_kind("/ws/a"), MatchKind::All);
    // `*` matches the folder `a`, and `*/**` everything below it.
    assert_eq!(m.match_kind("/ws/a/b/c"), MatchKind::All);
    let m = matcher("*.txt");
    assert_eq!(m.match_kind("/ws/a.txt"), MatchKind::All);
    assert_eq!(m.match_kind("/ws/d/a.txt"), MatchKind::None);
    assert!(!m.partial_match("/ws/d"));
    let m = matcher("**/*.txt");
    assert_eq!(m.match_kind("/ws/d/e/a.txt"), MatchKind::All);
    assert_eq!(m.match_kind("/ws/a.txt"), MatchKind::All);
    assert!(m.partial_match("/ws/d/e"));
}

#[test]
fn globstar_positions() {
    assert_eq!(kind("**", "/ws"), MatchKind::All);
    assert_eq!(kind("**", "/ws/.git/config"), MatchKind::All);
    assert_eq!(kind("a/**/b", "/ws/a/b"), MatchKind::All);
    assert_eq!(kind("a/**/b", "/ws/a/x/y/b"), MatchKind::All);
    assert_eq!(kind("a/**/b", "/ws/a/x/y/c"), MatchKind::None);
    assert_eq!(kind("a/**", "/ws/a"), MatchKind::All);
    assert_eq!(kind("a/**/**/c", "/ws/a/c"), MatchKind::All);
    assert_eq!(
        kind("a**", "/ws/abc/d"),
        MatchKind::All,
        "a** is a*, plus implicit descendants"
    );
    assert_eq!(kind("**/x/**", "/ws/p/x/q"), MatchKind::All);
}

#[test]
fn dotfiles_and_classes() {
    assert_eq!(kind("*", "/ws/.env"), MatchKind::All);
    assert_eq!(kind(".*", "/ws/.env"), MatchKind::All);
    assert_eq!(kind("[.]env", "/ws/.env"), MatchKind::All);
    assert_eq!(kind("[a-c]x", "/ws/bx"), MatchKind::All);
    assert_eq!(kind("[!a-c]x", "/ws/bx"), MatchKind::None);
    assert_eq!(kind("[^a-c]x", "/ws/dx"), MatchKind::All);
    assert_eq!(kind("?", "/ws/é"), MatchKind::All);
    assert_eq!(kind("Readme.md", "/ws/readme.md"), MatchKind::None, "case-sensitive");
    assert_eq!(kind("a\\*b", "/ws/a*b"), MatchKind::All);
    assert_eq!(kind("a\\*b", "/ws/axb"), MatchKind::None);
    assert_eq!(matcher("a\\*b/c").search_roots(), ["/ws/a*b/c"]);
    assert_eq!(matcher("a[b]c/*").search_roots(), ["/ws/abc"]);
}

#[test]
fn trailing_slash_matches_directories_only() {
    let m = matcher("src/");
    assert_eq!(m.match_kind("/ws/src"), MatchKind::Directory);
    // The implicit `src/**` has no trailing slash: files below match.
    assert_eq!(m.match_kind("/ws/src/a.rs"), MatchKind::All);
    // A negated pattern's implicit companion is negated too.
    let m = matcher("**\n!src/");
    assert_eq!(m.match_kind("/ws/src"), MatchKind::File);
    assert_eq!(m.match_kind("/ws/src/a"), MatchKind::None);
}

#[test]
fn negation_last_match_decides() {
    let m = matcher("**\n!**/*.log\nkeep.log");
    assert_eq!(m.match_kind("/ws/a.txt"), MatchKind::All);
    assert_eq!(m.match_kind("/ws/x/a.log"), MatchKind::None);
    assert_eq!(m.match_kind("/ws/keep.log"), MatchKind::All);
    let m = matcher("keep.log\n**\n!**/*.log");
    assert_eq!(m.match_kind("/ws/keep.log"), MatchKind::None);
    assert_eq!(kind("!!a", "/ws/a"), MatchKind::All, "double negation");
    assert_eq!(kind("! ! a", "/ws/a"), MatchKind::All, "trimmed between");
    // Negated patterns add no search root.
    assert_eq!(matcher("!x\na").search_roots(), ["/ws/a"]);
    assert!(matcher("!x").search_roots().is_empty());
}

#[test]
fn comments_blank_lines_and_trimming() {
    let m = matcher("# comment\n\n   \n  a  \n\r\n#b");
    assert_eq!(m.search_roots(), ["/ws/a"]);
    assert_eq!(m.explain().patterns.len(), 2);
    assert!(matcher("#only").search_roots().is_empty());
    // `!#x` is a pattern, not a comment.
    assert_eq!(matcher("a\n!#x").explain().patterns[2].resolved, "/ws/#x");
    // JavaScript's trim() removes U+FEFF and keeps U+0085.
    assert_eq!(matcher("\u{feff}a").search_roots(), ["/ws/a"]);
    assert_eq!(matcher("a\u{85}").search_roots(), ["/ws/a\u{85}"]);
}

#[test]
fn search_roots_are_ordered_and_deduplicated() {
    assert_eq!(matcher("b/x\na\nb").search_roots(), ["/ws/a", "/ws/b"]);
    assert_eq!(matcher("a\na\na/b").search_roots(), ["/ws/a"]);
    assert_eq!(matcher("z\na-c\na/b").search_roots(), ["/ws/z", "/ws/a-c", "/ws/a/b"]);
    assert_eq!(matcher("a/*\n/").search_roots(), ["/"]);
    assert_eq!(matcher("x\n**").search_roots(), ["/ws"]);
}

#[test]
fn refused_patterns_have_stable_codes() {
    assert_eq!(err("../x").code(), "pattern_relative");
    assert_eq!(err("a/../x").code(), "pattern_relative");
    assert_eq!(err("a/./x").code(), "pattern_relative");
    assert_eq!(err("a/[.][.]/x").code(), "pattern_relative");
    assert_eq!(err("ok\n!").code(), "pattern_empty");
    assert_eq!(err("[[:digit:]]-x*").code(), "pattern_invalid");
    assert_eq!(err(&"a".repeat(70_000)).code(), "pattern_too_long");
    assert_eq!(
        HashFilesMatcher::new("~/x", WS, None).unwrap_err().code(),
        "home_unknown"
    );
    assert_eq!(
        HashFilesMatcher::new("~/x", WS, Some("rel")).unwrap_err().code(),
        "home_not_absolute"
    );
    assert_eq!(
        HashFilesMatcher::new("x", "rel", None).unwrap_err().code(),
        "workspace_not_absolute"
    );
    assert!(err("../x").to_string().contains("'../x'"));
    // `..` inside a name is fine.
    assert!(HashFilesMatcher::new("a..b/..c", WS, None).is_ok());
}

#[test]
fn workspace_with_glob_characters_is_escaped() {
    let m = HashFilesMatcher::new("*.txt", "/w[s]/a*b", None).unwrap();
    assert_eq!(m.search_roots(), ["/w[s]/a*b"]);
    assert_eq!(m.match_kind("/w[s]/a*b/x.txt"), MatchKind::All);
    assert_eq!(m.match_kind("/ws/axb/x.txt"), MatchKind::None);
}

#[test]
fn partial_match_decides_descent() {
    let m = matcher("a/*/c.txt");
    assert!(m.partial_match("/ws/a"));
    assert!(m.partial_match("/ws/a/b"));
    assert!(!m.partial_match("/ws/b"));
    let c = m.classify("/ws/x");
    assert!(!c.visit());
    assert_eq!(m.classify("/ws/a/b").bits(), 4);
    assert!(matcher("/x").partial_match("/"));
}

#[test]
fn classify_children_agrees_with_classify() {
    let patterns = "**/*.json\n!**/node_modules/**\nsrc/\n*\n!.git/\n~/x";
    let m = matcher(patterns);
    let names = ["a.json", "node_modules", ".git", "src", "é", "x y", "b.txt"];
    for dir in ["/", "/ws", "/ws/node_modules", "/ws/src", "/home/me", "/ws/a/b"] {
        let batch = m.classify_children(dir, names.iter().copied());
        for (name, bits) in names.iter().zip(batch) {
            let path = if dir == "/" {
                format!("/{name}")
            } else {
                format!("{dir}/{name}")
            };
            assert_eq!(m.classify(&path).bits(), bits, "{path}");
        }
    }
}

#[test]
fn explain_lists_implicit_patterns() {
    let e = matcher("src\n!**/*.log\n**").explain();
    let resolved: Vec<&str> = e.patterns.iter().map(|p| p.resolved.as_str()).collect();
    assert_eq!(
        resolved,
        ["/ws/src", "/ws/src/**", "/ws/**/*.log", "/ws/**/*.log/**", "/ws/**"]
    );
    assert!(e.patterns[3].negate && e.patterns[3].implicit);
    assert_eq!(e.search_roots, ["/ws"]);
}

/// The pattern lists of tests/fixtures/hash-files/trees.json (whose trees the JavaScript tests
/// hash against the runner) parse, or are refused with the pattern code the fixture expects.
#[test]
fn fixture_pattern_lists_parse_or_fail_as_expected() {
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("../../../../tests/fixtures/hash-files/trees.json")).unwrap();
    let mut checked = 0;
    for tree in fixture["trees"].as_array().unwrap() {
        for case in tree["cases"].as_array().unwrap() {
            let patterns: Vec<String> = case["patterns"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    p.as_str()
                        .unwrap()
                        .replace("{root}", "/tmp/r")
                        .replace("{ws}", "/tmp/r/ws")
                })
                .collect();
            let result = HashFilesMatcher::new(&patterns.join("\n"), "/tmp/r/ws", Some(HOME));
            match case["error"].as_str().filter(|code| code.starts_with("pattern_")) {
                Some(code) => assert_eq!(result.unwrap_err().code(), code, "{patterns:?}"),
                None => assert!(result.is_ok(), "{patterns:?}: {:?}", result.err()),
            }
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked}");
}
