//! The runner's `hashFiles()` pattern language, byte-for-byte: which folders to search, which
//! paths match, and under which folders a match may still lie.
//!
//! The Actions runner evaluates `hashFiles(p1, p2, …)` by running `@actions/glob` 0.7 on the
//! patterns joined with newlines, with `followSymbolicLinks` off unless asked and every other
//! option at its default (implicit descendants, directories match, broken links omitted when
//! following). This module is a port of that globber's pattern side for Linux and macOS:
//!
//! - each line is trimmed; empty lines and lines starting with `#` are skipped;
//! - leading `!`s negate (an odd count excludes); the **last** matching pattern decides;
//! - `.`/`./x` and relative patterns resolve against the workspace, `~`/`~/x` against the home
//!   directory; `.` (except first) and `..` segments are refused, as the runner refuses them;
//! - a trailing `/` matches directories only; a pattern not ending in `**` also gets an
//!   implicit `pattern/**`, so naming a folder matches everything below it;
//! - segments match as minimatch 10 does with `dot: true` (dotfiles match), no braces, no
//!   extglobs, case-sensitive: `*`, `?`, `[...]`/`[!...]`/`[^...]`, POSIX classes, `\` escapes,
//!   and `**` for any number of folders;
//! - search roots are the literal prefixes of the positive patterns, in order, without those
//!   lying under another pattern's root.
//!
//! What it never does: touch the filesystem, read the environment or the clock. The walk
//! (`readdir` order, `lstat`/`stat`, links, the workspace filter, hashing) belongs to the host,
//! which asks [`HashFilesMatcher::classify`] about each path it meets. Windows semantics
//! (case-insensitive, `\` separators, drive roots) are not implemented.

mod minimatch;
mod path;
mod pattern;
mod regex;
mod unicode;

use serde::{Deserialize, Serialize};

use pattern::{Pattern, Roots};

/// How a path matches the pattern list (`MatchKind` in `@actions/glob`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum MatchKind {
    /// Not matched.
    None,
    /// Matched if the path is a directory (the last matching pattern ends with `/`).
    Directory,
    /// Matched if the path is not a directory (a `/`-pattern excluded the directory case).
    File,
    /// Matched.
    All,
}

impl MatchKind {
    /// The bit set `@actions/glob` uses: 1 directory, 2 file.
    pub fn bits(self) -> u8 {
        match self {
            MatchKind::None => 0,
            MatchKind::Directory => 1,
            MatchKind::File => 2,
            MatchKind::All => 3,
        }
    }

    /// The inverse of [`MatchKind::bits`] (only the two low bits are read).
    pub fn from_bits(bits: u8) -> MatchKind {
        match bits & 3 {
            0 => MatchKind::None,
            1 => MatchKind::Directory,
            2 => MatchKind::File,
            _ => MatchKind::All,
        }
    }

    /// A file (anything `lstat`/`stat` does not call a directory) at this path is yielded.
    pub fn includes_files(self) -> bool {
        self.bits() & 2 != 0
    }
}

/// What the walker should do with a path: [`Classification::bits`] packs it in one byte for
/// batch calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Classification {
    /// How the path itself matches.
    pub kind: MatchKind,
    /// Something below the path may match. Computed only when `kind` is `None`, as the
    /// globber does (a matched directory is always descended).
    pub partial: bool,
}

impl Classification {
    /// The globber looks at the path (stats it, and reads it if it is a directory).
    pub fn visit(self) -> bool {
        self.kind != MatchKind::None || self.partial
    }

    /// `kind.bits() | (partial << 2)`: 0 means skip, bit 2 (value 2) means "yield if not a
    /// directory", any non-zero value means "descend if a directory".
    pub fn bits(self) -> u8 {
        self.kind.bits() | if self.partial { 4 } else { 0 }
    }
}

/// Why a pattern list is refused. Each of these makes the runner's `hashFiles()` fail too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum PatternError {
    /// A line that is empty once its `!`s are removed.
    Empty {
        /// The line, trimmed.
        line: String,
    },
    /// A `.` segment other than the first, or a `..` segment.
    Relative {
        /// The pattern, without its `!`s.
        pattern: String,
    },
    /// Longer than minimatch accepts (65,536 UTF-16 code units once made absolute).
    TooLong {
        /// The line.
        pattern: String,
        /// The length of the absolute pattern.
        length: usize,
    },
    /// A segment whose regular expression JavaScript rejects (for example a POSIX class next
    /// to an escaped `-`, which minimatch compiles in `u` mode).
    Invalid {
        /// The line.
        pattern: String,
        /// The segment at fault.
        segment: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A `~` pattern, and no home directory.
    HomeUnknown {
        /// The line.
        pattern: String,
    },
    /// The home directory is not an absolute path.
    HomeNotAbsolute {
        /// The home directory given.
        home: String,
    },
    /// The workspace is not an absolute path.
    WorkspaceNotAbsolute {
        /// The workspace given.
        workspace: String,
    },
}

impl PatternError {
    /// A stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            PatternError::Empty { .. } => "pattern_empty",
            PatternError::Relative { .. } => "pattern_relative",
            PatternError::TooLong { .. } => "pattern_too_long",
            PatternError::Invalid { .. } => "pattern_invalid",
            PatternError::HomeUnknown { .. } => "home_unknown",
            PatternError::HomeNotAbsolute { .. } => "home_not_absolute",
            PatternError::WorkspaceNotAbsolute { .. } => "workspace_not_absolute",
        }
    }
}

impl std::fmt::Display for PatternError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PatternError::Empty { line } => {
                write!(
                    f,
                    "pattern '{line}' is empty once its '!' are removed: give a path after the '!'"
                )
            }
            PatternError::Relative { pattern } => write!(
                f,
                "invalid pattern '{pattern}': '.' (except at the start) and '..' segments are not allowed \
                 (the runner refuses them too): use a path from the workspace or an absolute path"
            ),
            PatternError::TooLong { pattern, length } => write!(
                f,
                "pattern '{}…' is {length} characters long once absolute; at most 65536 are allowed",
                pattern.chars().take(40).collect::<String>()
            ),
            PatternError::Invalid {
                pattern,
                segment,
                reason,
            } => write!(
                f,
                "invalid pattern '{pattern}': its segment '{segment}' does not compile ({reason}); \
                 the runner fails on it too: escape differently or use a simpler class"
            ),
            PatternError::HomeUnknown { pattern } => {
                write!(
                    f,
                    "pattern '{pattern}' starts with '~' but no home directory is known: pass one"
                )
            }
            PatternError::HomeNotAbsolute { home } => {
                write!(f, "the home directory '{home}' is not an absolute path")
            }
            PatternError::WorkspaceNotAbsolute { workspace } => {
                write!(f, "the workspace '{workspace}' is not an absolute path")
            }
        }
    }
}

impl std::error::Error for PatternError {}

/// One pattern as the globber uses it, for explanations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PatternExplained {
    /// The line it comes from, trimmed (an implicit pattern repeats its parent's line).
    pub line: String,
    /// The absolute pattern that is matched.
    pub resolved: String,
    /// Matches are removed (`!`).
    pub negate: bool,
    /// Matches directories only (trailing `/`).
    pub directories_only: bool,
    /// Added by implicit descendants (`resolved` ends with `/**`).
    pub implicit: bool,
    /// The literal folder before the first wildcard.
    pub search_path: String,
}

/// The parsed pattern list: every pattern in matching order, and the search roots.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MatcherExplained {
    /// Patterns in the order they are applied, implicit ones right after their parent.
    pub patterns: Vec<PatternExplained>,
    /// Where the walk starts, in order.
    pub search_roots: Vec<String>,
}

/// The pattern side of the runner's `hashFiles()`: built once from the pattern list, then asked
/// about each path the walk meets.
#[derive(Clone, Debug)]
pub struct HashFilesMatcher {
    patterns: Vec<Pattern>,
    search_roots: Vec<String>,
}

impl HashFilesMatcher {
    /// Parses a pattern list (patterns separated by `\n`, as the runner joins `hashFiles`
    /// arguments). `workspace` is the folder relative patterns resolve against (the runner's
    /// current directory, an absolute path); `home_dir` is what `~` expands to.
    pub fn new(patterns: &str, workspace: &str, home_dir: Option<&str>) -> Result<HashFilesMatcher, PatternError> {
        Self::with_options(patterns, workspace, home_dir, true)
    }

    /// [`new`](Self::new) with `@actions/glob`'s `implicitDescendants` option: `false` is how
    /// actions/cache resolves its `path:` input (a named folder matches itself, not its files).
    pub fn with_options(
        patterns: &str,
        workspace: &str,
        home_dir: Option<&str>,
        implicit_descendants: bool,
    ) -> Result<HashFilesMatcher, PatternError> {
        if !workspace.starts_with('/') {
            return Err(PatternError::WorkspaceNotAbsolute {
                workspace: workspace.to_owned(),
            });
        }
        let roots = Roots {
            cwd: workspace,
            home: home_dir,
        };
        // `DefaultGlobber.create` parses every line first; the implicit patterns come later,
        // in `globGenerator`, so a bad line wins over a bad implicit pattern.
        let mut explicit = Vec::new();
        for line in patterns.split('\n').map(path::js_trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            explicit.push(Pattern::parse(line, roots)?);
        }
        let mut expanded = Vec::with_capacity(explicit.len() * 2);
        for pattern in explicit {
            let implicit = if implicit_descendants && pattern.wants_descendants() {
                Some(pattern.implicit_descendants(roots)?)
            } else {
                None
            };
            expanded.push(pattern);
            expanded.extend(implicit);
        }
        let search_roots = search_roots(&expanded);
        Ok(HashFilesMatcher {
            patterns: expanded,
            search_roots,
        })
    }

    /// Where the walk starts, in order: the search paths of the positive patterns, each once,
    /// without those under another one (`getSearchPaths`).
    pub fn search_roots(&self) -> &[String] {
        &self.search_roots
    }

    /// How a path matches: each pattern in order adds (or, negated, removes) its match kind.
    pub fn match_kind(&self, path: &str) -> MatchKind {
        let mut result = 0u8;
        for pattern in &self.patterns {
            if pattern.negate {
                if result != 0 {
                    result &= !pattern.match_path(path).bits();
                }
            } else {
                result |= pattern.match_path(path).bits();
            }
        }
        MatchKind::from_bits(result)
    }

    /// Whether a positive pattern may match something below the path.
    pub fn partial_match(&self, path: &str) -> bool {
        self.patterns.iter().any(|p| !p.negate && p.partial_match(path))
    }

    /// What the globber does with a path: match it, and when unmatched, whether to descend.
    pub fn classify(&self, path: &str) -> Classification {
        let kind = self.match_kind(path);
        let partial = kind == MatchKind::None && self.partial_match(path);
        Classification { kind, partial }
    }

    /// [`classify`](Self::classify) for each child `name` of the folder `dir` (the child's path
    /// is `path.join(dir, name)`; `dir` must be normalized: no `.`/`..` segments). Returns
    /// [`Classification::bits`] per child, in order.
    pub fn classify_children<'a>(&self, dir: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<u8> {
        let dir = path::safe_trim_trailing_separator(dir);
        let mut file: Vec<&str> = path::split_path(&dir);
        if dir == "/" {
            file.pop();
        }
        let base = file.len();
        let mut out = Vec::new();
        for name in names {
            file.truncate(base);
            file.push(name);
            file.push("");
            let mut result = 0u8;
            for pattern in &self.patterns {
                if pattern.negate {
                    if result != 0 {
                        result &= !pattern.match_split(&file).bits();
                    }
                } else {
                    result |= pattern.match_split(&file).bits();
                }
            }
            let partial = result == 0 && {
                let without_slash = &file[..file.len() - 1];
                self.patterns
                    .iter()
                    .any(|p| !p.negate && p.partial_split(without_slash))
            };
            out.push(
                Classification {
                    kind: MatchKind::from_bits(result),
                    partial,
                }
                .bits(),
            );
        }
        out
    }

    /// The patterns as parsed and the search roots.
    pub fn explain(&self) -> MatcherExplained {
        MatcherExplained {
            patterns: self
                .patterns
                .iter()
                .map(|p| PatternExplained {
                    line: p.line.clone(),
                    resolved: p.resolved.clone(),
                    negate: p.negate,
                    directories_only: p.trailing_separator,
                    implicit: p.implicit,
                    search_path: p.search_path.clone(),
                })
                .collect(),
            search_roots: self.search_roots.clone(),
        }
    }
}

/// `getSearchPaths`: positive patterns' search paths in order, dropping repeats and paths with
/// an ancestor among all the positive search paths.
fn search_roots(patterns: &[Pattern]) -> Vec<String> {
    use std::collections::HashMap;
    let positive: Vec<&Pattern> = patterns.iter().filter(|p| !p.negate).collect();
    #[derive(PartialEq)]
    enum State {
        Candidate,
        Included,
    }
    let mut map: HashMap<&str, State> = positive
        .iter()
        .map(|p| (p.search_path.as_str(), State::Candidate))
        .collect();
    let mut result = Vec::new();
    for pattern in positive {
        let key = pattern.search_path.as_str();
        if map.get(key) == Some(&State::Included) {
            continue;
        }
        let mut found_ancestor = false;
        let mut temp = key.to_owned();
        let mut parent = path::dirname(&temp);
        while parent != temp {
            if map.contains_key(parent.as_str()) {
                found_ancestor = true;
                break;
            }
            temp = parent;
            parent = path::dirname(&temp);
        }
        if !found_ancestor {
            result.push(pattern.search_path.clone());
            map.insert(key, State::Included);
        }
    }
    result
}

#[cfg(test)]
mod tests;
