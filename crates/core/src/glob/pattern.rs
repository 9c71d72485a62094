//! One line of a hashFiles() pattern list, as `@actions/glob` 0.7's `Pattern` class reads it
//! on Linux and macOS: `!` negation, trimming, `.` / `~` / relative roots, the trailing `/`
//! that restricts a pattern to directories, the literal search path before the first
//! wildcard, and the compiled minimatch pattern. It only rewrites strings: the workspace and
//! the home directory are given, never looked up.

use super::minimatch::{CompileError, Minimatch};
use super::path::{
    dirname, get_literal, glob_escape, has_root, join_segments, js_trim, normalize_separators, path_segments,
    safe_trim_trailing_separator, split_path,
};
use super::{MatchKind, PatternError};

/// Where relative patterns and `~` resolve to.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Roots<'a> {
    /// The runner's `process.cwd()`: the workspace, as an absolute path.
    pub(crate) cwd: &'a str,
    /// The home directory for `~` (absent: patterns using `~` fail).
    pub(crate) home: Option<&'a str>,
}

/// A parsed pattern.
#[derive(Clone, Debug)]
pub(crate) struct Pattern {
    /// The line it came from, trimmed (for explanations and errors).
    pub(crate) line: String,
    /// Starts with an odd number of `!`: matches are removed.
    pub(crate) negate: bool,
    /// The resolved pattern's segments; the first is the root `/`.
    pub(crate) segments: Vec<String>,
    /// Ends with `/`: matches directories only.
    pub(crate) trailing_separator: bool,
    /// The literal path before the first wildcard segment.
    pub(crate) search_path: String,
    /// Added by `implicitDescendants` (the pattern plus `/**`).
    pub(crate) implicit: bool,
    /// The absolute pattern minimatch compiles.
    pub(crate) resolved: String,
    minimatch: Minimatch,
    last_is_globstar: bool,
}

impl Pattern {
    /// `new Pattern(line)`.
    pub(crate) fn parse(line: &str, roots: Roots<'_>) -> Result<Pattern, PatternError> {
        let trimmed = js_trim(line);
        Pattern::build(trimmed.to_owned(), false, trimmed, roots)
    }

    /// `new Pattern(negate, true, segments.concat('**'))`: the implicit-descendants companion.
    pub(crate) fn implicit_descendants(&self, roots: Roots<'_>) -> Result<Pattern, PatternError> {
        let mut segments = self.segments.clone();
        segments.push("**".to_owned());
        let mut pattern = js_trim(&join_segments(&segments)).to_owned();
        if self.negate {
            pattern.insert(0, '!');
        }
        Pattern::build(pattern, true, &self.line, roots)
    }

    fn build(mut pattern: String, implicit: bool, line: &str, roots: Roots<'_>) -> Result<Pattern, PatternError> {
        let mut negate = false;
        while let Some(rest) = pattern.strip_prefix('!') {
            negate = !negate;
            pattern = js_trim(rest).to_owned();
        }
        let pattern = fixup_pattern(&pattern, line, roots)?;
        let segments = path_segments(&pattern);
        let trailing_separator = normalize_separators(&pattern).ends_with('/');
        let resolved = safe_trim_trailing_separator(&pattern);
        let search_segments: Vec<String> = segments
            .iter()
            .map(|s| get_literal(s))
            .take_while(|literal| !literal.is_empty())
            .collect();
        let search_path = join_segments(&search_segments);
        let minimatch = Minimatch::new(&resolved).map_err(|e| match e {
            CompileError::TooLong(length) => PatternError::TooLong {
                pattern: line.to_owned(),
                length,
            },
            CompileError::Regex { segment, reason } => PatternError::Invalid {
                pattern: line.to_owned(),
                segment,
                reason,
            },
        })?;
        let last_is_globstar = segments.last().is_some_and(|s| s == "**");
        Ok(Pattern {
            line: line.to_owned(),
            negate,
            segments,
            trailing_separator,
            search_path,
            implicit,
            resolved,
            minimatch,
            last_is_globstar,
        })
    }

    /// Whether `implicitDescendants` adds a `/**` companion after this pattern.
    pub(crate) fn wants_descendants(&self) -> bool {
        self.trailing_separator || !self.last_is_globstar
    }

    /// `Pattern.match(itemPath)`.
    pub(crate) fn match_path(&self, item_path: &str) -> MatchKind {
        let path = if self.last_is_globstar {
            let mut p = normalize_separators(item_path);
            if !p.ends_with('/') && !self.implicit {
                p.push('/');
            }
            p
        } else {
            safe_trim_trailing_separator(item_path)
        };
        self.kind(self.minimatch.matches(&split_path(&path)))
    }

    /// `Pattern.match` for a normalized path given as segments, `file_with_slash` being the
    /// same segments plus a final empty one (the path with a trailing `/`).
    pub(crate) fn match_split(&self, file_with_slash: &[&str]) -> MatchKind {
        let file = if self.last_is_globstar && !self.implicit {
            file_with_slash
        } else {
            &file_with_slash[..file_with_slash.len() - 1]
        };
        self.kind(self.minimatch.matches(file))
    }

    fn kind(&self, hit: bool) -> MatchKind {
        match (hit, self.trailing_separator) {
            (false, _) => MatchKind::None,
            (true, true) => MatchKind::Directory,
            (true, false) => MatchKind::All,
        }
    }

    /// `Pattern.partialMatch(itemPath)`: whether something below the path may match.
    pub(crate) fn partial_match(&self, item_path: &str) -> bool {
        let path = safe_trim_trailing_separator(item_path);
        if dirname(&path) == path {
            // The root `/`: `rootRegExp` is the escaped first search segment, also `/`.
            return true;
        }
        self.minimatch.match_one(&split_path(&path), true)
    }

    /// `partialMatch` for a normalized path (not the root) given as segments.
    pub(crate) fn partial_split(&self, file: &[&str]) -> bool {
        self.minimatch.match_one(file, true)
    }
}

/// `Pattern.fixupPattern`: checks the pattern and makes it absolute.
fn fixup_pattern(pattern: &str, line: &str, roots: Roots<'_>) -> Result<String, PatternError> {
    if pattern.is_empty() {
        return Err(PatternError::Empty { line: line.to_owned() });
    }
    let literals: Vec<String> = path_segments(pattern).iter().map(|s| get_literal(s)).collect();
    let relative = literals
        .iter()
        .enumerate()
        .any(|(i, x)| (x == "." && i != 0) || x == "..");
    if relative {
        return Err(PatternError::Relative {
            pattern: pattern.to_owned(),
        });
    }
    let pattern = normalize_separators(pattern);
    let absolute = if pattern == "." || pattern.starts_with("./") {
        glob_escape(roots.cwd) + &pattern[1..]
    } else if pattern == "~" || pattern.starts_with("~/") {
        let home = roots
            .home
            .filter(|h| !h.is_empty())
            .ok_or_else(|| PatternError::HomeUnknown {
                pattern: line.to_owned(),
            })?;
        if !has_root(home) {
            return Err(PatternError::HomeNotAbsolute { home: home.to_owned() });
        }
        glob_escape(home) + &pattern[1..]
    } else if has_root(&pattern) {
        pattern
    } else {
        let mut root = glob_escape(roots.cwd);
        if !root.ends_with('/') {
            root.push('/');
        }
        root + &pattern
    };
    Ok(normalize_separators(&absolute))
}
