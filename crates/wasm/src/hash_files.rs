//! Bindings for the `hashFiles()` matcher: conversion only. The walk, the file reads and the
//! hashing stay in JavaScript (js/src/hash-files.js); the pattern semantics are the core's.

use cachet_core::glob::{self, MatcherExplained};
use tsify::Ts;
use wasm_bindgen::prelude::*;

use crate::error::{js_error, to_ts};

/// The pattern side of the runner's `hashFiles()`, built once per pattern list.
///
/// Classification bytes: `0` skip the path; otherwise look at it: descend if it is a
/// directory, and yield it when it is not a directory and bit `2` is set. Bit `1` means a
/// directory match, bit `4` a partial match (something below may match).
#[wasm_bindgen]
pub struct HashFilesMatcher {
    inner: glob::HashFilesMatcher,
}

#[wasm_bindgen]
impl HashFilesMatcher {
    /// Parses patterns separated by `\n`. `workspace` (absolute) is where relative patterns
    /// resolve; `homeDir` is what `~` expands to. Throws a `CachetError` whose `code` is
    /// `pattern_relative`, `pattern_empty`, `pattern_invalid`, `pattern_too_long`,
    /// `home_unknown`, `home_not_absolute` or `workspace_not_absolute`.
    #[wasm_bindgen(constructor)]
    pub fn new(patterns: &str, workspace: &str, home_dir: Option<String>) -> Result<HashFilesMatcher, JsValue> {
        glob::HashFilesMatcher::new(patterns, workspace, home_dir.as_deref())
            .map(|inner| HashFilesMatcher { inner })
            .map_err(|e| js_error(e.code(), &e.to_string()))
    }

    /// A matcher without implicit descendants: how actions/cache resolves `path:` for a save
    /// (a folder named by a pattern matches itself; tar then archives what is below it).
    #[wasm_bindgen(js_name = forCachePaths)]
    pub fn for_cache_paths(patterns: &str, workspace: &str, home_dir: Option<String>) -> Result<HashFilesMatcher, JsValue> {
        glob::HashFilesMatcher::with_options(patterns, workspace, home_dir.as_deref(), false)
            .map(|inner| HashFilesMatcher { inner })
            .map_err(|e| js_error(e.code(), &e.to_string()))
    }

    /// Where the walk starts, in order.
    #[wasm_bindgen(js_name = searchRoots)]
    pub fn search_roots(&self) -> Vec<String> {
        self.inner.search_roots().to_vec()
    }

    /// The classification byte of one path.
    pub fn classify(&self, path: &str) -> u8 {
        self.inner.classify(path).bits()
    }

    /// The classification bytes of the children of the normalized folder `dir`, whose names
    /// are given joined by `/` (a character no name contains), in the same order.
    #[wasm_bindgen(js_name = classifyChildren)]
    pub fn classify_children(&self, dir: &str, names: &str) -> Vec<u8> {
        if names.is_empty() {
            return Vec::new();
        }
        self.inner.classify_children(dir, names.split('/'))
    }

    /// The patterns as parsed (with the implicit ones) and the search roots.
    pub fn explain(&self) -> Result<Ts<MatcherExplained>, JsValue> {
        to_ts(&self.inner.explain())
    }
}
