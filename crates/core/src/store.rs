//! The matching rule of a cache store: which entry a restore with a key and restore keys gets.
//!
//! This is GitHub's documented rule, so that a local store (written in JavaScript, for runs
//! outside GitHub) answers exactly as the hosted service does:
//!
//! 1. only entries of the same `version` are candidates;
//! 2. an entry whose key equals `key`;
//! 3. otherwise the newest entry whose key starts with `key`;
//! 4. otherwise, for each restore key in order: an entry whose key equals it, else the newest
//!    entry whose key starts with it.
//!
//! "Newest" is the greatest `created_at`; on a tie the entry later in the slice wins (stores
//! append entries as they are created). Keys are compared as exact strings (the service's case
//! handling is unconfirmed: do not rely on keys that differ only by case). Pure: it reads no
//! store, it is given the entries.

use serde::{Deserialize, Serialize};

/// What the matching rule needs to know of an entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EntryMeta {
    /// The entry's full key.
    pub key: String,
    /// The entry's version.
    pub version: String,
    /// When it was created (milliseconds since the epoch, or any increasing clock).
    pub created_at: u64,
}

/// The entry a restore gets, or `None` for a miss.
pub fn match_entry<'a>(entries: &'a [EntryMeta], key: &str, restore_keys: &[String], version: &str) -> Option<&'a EntryMeta> {
    let candidates = || entries.iter().filter(move |e| e.version == version);
    let newest = |pred: &dyn Fn(&EntryMeta) -> bool| {
        candidates().filter(|e| pred(e)).fold(None::<&EntryMeta>, |best, e| match best {
            Some(b) if b.created_at > e.created_at => Some(b),
            _ => Some(e),
        })
    };
    std::iter::once(key).chain(restore_keys.iter().map(String::as_str)).find_map(|wanted| {
        newest(&|e| e.key == wanted).or_else(|| newest(&|e| e.key.starts_with(wanted)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, version: &str, created_at: u64) -> EntryMeta {
        EntryMeta { key: key.into(), version: version.into(), created_at }
    }

    fn keys(list: &[&str]) -> Vec<String> {
        list.iter().map(|k| k.to_string()).collect()
    }

    fn matched<'a>(entries: &'a [EntryMeta], key: &str, restore: &[&str], version: &str) -> Option<&'a str> {
        match_entry(entries, key, &keys(restore), version).map(|e| e.key.as_str())
    }

    #[test]
    fn exact_key_beats_a_newer_prefix_match() {
        let entries = [entry("npm-abc", "v", 1), entry("npm-abc-2", "v", 5)];
        assert_eq!(matched(&entries, "npm-abc", &[], "v"), Some("npm-abc"));
    }

    #[test]
    fn the_key_is_a_prefix_too_and_the_newest_wins() {
        let entries = [entry("npm-abc-1", "v", 1), entry("npm-abc-3", "v", 9), entry("npm-abc-2", "v", 5)];
        assert_eq!(matched(&entries, "npm-abc", &[], "v"), Some("npm-abc-3"));
    }

    #[test]
    fn restore_keys_are_tried_in_order() {
        let entries = [entry("npm-linux-old", "v", 1), entry("npm-x", "v", 9), entry("npm-linux", "v", 0)];
        // The first restore key matches exactly even though a prefix match is newer.
        assert_eq!(matched(&entries, "npm-linux-abc", &["npm-linux", "npm-"], "v"), Some("npm-linux"));
        // Prefix of the first restore key before anything of the second.
        assert_eq!(matched(&entries, "npm-linux-abc", &["npm-linux-", "npm-"], "v"), Some("npm-linux-old"));
        assert_eq!(matched(&entries, "npm-linux-abc", &["yarn-", "npm-"], "v"), Some("npm-x"));
    }

    #[test]
    fn only_the_same_version() {
        let entries = [entry("k", "other", 9), entry("k-1", "v", 1)];
        assert_eq!(matched(&entries, "k", &[], "v"), Some("k-1"));
        assert_eq!(matched(&entries, "k", &[], "none"), None);
    }

    #[test]
    fn misses_and_ties() {
        assert_eq!(matched(&[], "k", &["a"], "v"), None);
        let entries = [entry("k-a", "v", 3), entry("k-b", "v", 3)];
        assert_eq!(matched(&entries, "k", &[], "v"), Some("k-b"), "the later entry wins a tie");
        let entries = [entry("kk", "v", 3)];
        assert_eq!(matched(&entries, "kkk", &["x"], "v"), None, "a key longer than the entry's is no prefix");
    }

    #[test]
    fn serde_is_camel_case() {
        let json = serde_json::to_string(&entry("k", "v", 7)).unwrap();
        assert_eq!(json, r#"{"key":"k","version":"v","createdAt":7}"#);
    }
}
