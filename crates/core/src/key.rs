//! Cache keys and the cache `version`, exactly as `@actions/cache` computes and checks them.
//!
//! This module is pure: it hashes strings and checks lengths. It never resolves, globs or
//! normalises a path: the version hashes the path *patterns* as the user wrote them, which is
//! what makes `~/.npm` and `/home/runner/.npm` two different caches (actions/cache#1444).

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

/// The salt `@actions/cache` appends last (`versionSalt`); bumping it would orphan every entry.
pub const VERSION_SALT: &str = "1.0";

/// The component added on Windows unless cross-OS archives are enabled.
pub const WINDOWS_ONLY: &str = "windows-only";

/// At most this many UTF-16 code units in a key (`@actions/cache` measures `key.length`).
pub const MAX_KEY_LENGTH: usize = 512;

/// At most this many keys in one restore: the primary key plus the restore keys.
pub const MAX_KEYS: usize = 10;

/// Everything the cache `version` depends on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct VersionInputs {
    /// The path patterns, verbatim and in order (never resolved).
    pub paths: Vec<String>,
    /// `zstd-without-long`, `zstd`, `gzip`, or absent. An empty string counts as absent,
    /// as it does in `@actions/cache` (it tests the value's truthiness).
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub compression_method: Option<String>,
    /// With `true`, Windows entries can be restored on other systems and vice versa.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub enable_cross_os_archive: Option<bool>,
    /// `process.platform` of the machine that saves or restores (`linux`, `darwin`, `win32`…).
    pub platform: String,
}

/// The cache version and the components it was hashed from, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct VersionExplained {
    /// 64 lowercase hex characters.
    pub version: String,
    /// The strings joined with `|` and hashed: the paths, then the compression method (when
    /// set), then `windows-only` (on Windows without cross-OS), then the salt `1.0`.
    pub components: Vec<String>,
}

/// Computes the cache version and says what went into it.
pub fn explain_version(inputs: &VersionInputs) -> VersionExplained {
    let mut components = inputs.paths.clone();
    if let Some(method) = inputs.compression_method.as_deref().filter(|m| !m.is_empty()) {
        components.push(method.to_owned());
    }
    if inputs.platform == "win32" && !inputs.enable_cross_os_archive.unwrap_or(false) {
        components.push(WINDOWS_ONLY.to_owned());
    }
    components.push(VERSION_SALT.to_owned());
    let version = hex(&Sha256::digest(components.join("|").as_bytes()));
    VersionExplained { version, components }
}

/// Computes the cache version: `sha256(components.join("|"))` in lowercase hex.
pub fn cache_version(inputs: &VersionInputs) -> String {
    explain_version(inputs).version
}

/// Lowercase hex of a byte string.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(DIGITS[usize::from(byte >> 4)] as char);
        out.push(DIGITS[usize::from(byte & 0xf)] as char);
    }
    out
}

/// Why a key or a set of keys was refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum KeyError {
    /// The key is empty.
    Empty {
        /// Which key: `key` or `restore-keys[N]`.
        which: String,
    },
    /// The key is longer than 512 UTF-16 code units.
    TooLong {
        /// Which key: `key` or `restore-keys[N]`.
        which: String,
        /// Its length in UTF-16 code units.
        length: usize,
    },
    /// The key contains a comma (a legacy of the v1 protocol, still refused by the service's clients).
    Comma {
        /// Which key: `key` or `restore-keys[N]`.
        which: String,
        /// The 0-based character index of the first comma.
        at: usize,
    },
    /// More than ten keys in all.
    TooMany {
        /// How many were given.
        count: usize,
    },
    /// No path was given.
    NoPaths,
}

impl KeyError {
    /// A stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            KeyError::Empty { .. } => "key_empty",
            KeyError::TooLong { .. } => "key_too_long",
            KeyError::Comma { .. } => "key_comma",
            KeyError::TooMany { .. } => "too_many_keys",
            KeyError::NoPaths => "no_paths",
        }
    }
}

impl std::fmt::Display for KeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeyError::Empty { which } => write!(f, "{which} is empty: give a non-empty cache key"),
            KeyError::TooLong { which, length } => write!(
                f,
                "{which} is {length} characters long; keys can be at most {MAX_KEY_LENGTH}: shorten it, for example by hashing a long part"
            ),
            KeyError::Comma { which, at } => write!(
                f,
                "{which} contains a comma at character {at}; keys cannot contain commas: use another separator"
            ),
            KeyError::TooMany { count } => write!(
                f,
                "{count} keys given (the key plus its restore keys); at most {MAX_KEYS} are allowed: drop some restore keys"
            ),
            KeyError::NoPaths => write!(f, "no path given: name at least one file or directory to cache"),
        }
    }
}

impl std::error::Error for KeyError {}

/// Checks one key as `@actions/cache` does (and refuses the empty key, which the service would).
pub fn check_key(which: &str, key: &str) -> Result<(), KeyError> {
    if key.is_empty() {
        return Err(KeyError::Empty { which: which.to_owned() });
    }
    let length = key.encode_utf16().count();
    if length > MAX_KEY_LENGTH {
        return Err(KeyError::TooLong { which: which.to_owned(), length });
    }
    if let Some(at) = key.chars().position(|c| c == ',') {
        return Err(KeyError::Comma { which: which.to_owned(), at });
    }
    Ok(())
}

/// Checks a primary key and its restore keys, in the order `@actions/cache` checks them:
/// the count first, then each key.
pub fn check_keys(key: &str, restore_keys: &[String]) -> Result<(), KeyError> {
    let count = 1 + restore_keys.len();
    if count > MAX_KEYS {
        return Err(KeyError::TooMany { count });
    }
    check_key("key", key)?;
    for (index, restore_key) in restore_keys.iter().enumerate() {
        check_key(&format!("restore-keys[{index}]"), restore_key)?;
    }
    Ok(())
}

/// Checks that at least one path was given.
pub fn check_paths(paths: &[String]) -> Result<(), KeyError> {
    if paths.is_empty() {
        Err(KeyError::NoPaths)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(paths: &[&str], method: Option<&str>, cross: bool, platform: &str) -> VersionInputs {
        VersionInputs {
            paths: paths.iter().map(|p| p.to_string()).collect(),
            compression_method: method.map(str::to_owned),
            enable_cross_os_archive: Some(cross),
            platform: platform.to_owned(),
        }
    }

    #[test]
    fn explains_components_in_order() {
        let explained = explain_version(&inputs(&["a", "b"], Some("gzip"), false, "win32"));
        assert_eq!(explained.components, ["a", "b", "gzip", "windows-only", "1.0"]);
        let explained = explain_version(&inputs(&["a"], Some(""), true, "win32"));
        assert_eq!(explained.components, ["a", "1.0"]);
    }

    #[test]
    fn key_errors_name_the_key() {
        assert_eq!(check_key("key", "a,b"), Err(KeyError::Comma { which: "key".into(), at: 1 }));
        let long = "é".repeat(513);
        assert_eq!(check_key("key", &long), Err(KeyError::TooLong { which: "key".into(), length: 513 }));
        // An astral character counts as two UTF-16 code units, as in JavaScript.
        let astral = "😀".repeat(257);
        assert_eq!(check_key("key", &astral).unwrap_err().code(), "key_too_long");
        assert!(check_key("key", &"😀".repeat(256)).is_ok());
        let many: Vec<String> = (0..10).map(|i| i.to_string()).collect();
        assert_eq!(check_keys("k", &many), Err(KeyError::TooMany { count: 11 }));
        let bad = vec!["ok".to_owned(), "x,y".to_owned()];
        let err = check_keys("k", &bad).unwrap_err();
        assert_eq!(err.to_string(), "restore-keys[1] contains a comma at character 1; keys cannot contain commas: use another separator");
    }
}
