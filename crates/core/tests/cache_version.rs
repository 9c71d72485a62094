//! The cache version and key checks against tests/fixtures/cache-version.json, the table the
//! JavaScript tests also compare with the real `@actions/cache`: the protocol-v2.md §3.3
//! vectors, and which keys are refused with which code, naming which key.

use cachet_core::key::{self, VersionInputs};
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixture {
    vectors: Vec<Vector>,
    cases: Vec<Case>,
    keys: Vec<KeyCase>,
}

#[derive(Deserialize)]
struct Vector {
    #[serde(flatten)]
    inputs: VersionInputs,
    hashed: String,
    version: String,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    #[serde(flatten)]
    inputs: VersionInputs,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct KeyCase {
    name: String,
    key: String,
    restore_keys: Vec<String>,
    code: Option<String>,
    which: Option<String>,
}

fn fixture() -> Fixture {
    serde_json::from_str(include_str!("../../../tests/fixtures/cache-version.json")).expect("the fixture parses")
}

#[test]
fn protocol_vectors() {
    let fixture = fixture();
    assert_eq!(fixture.vectors.len(), 9);
    for v in &fixture.vectors {
        let explained = key::explain_version(&v.inputs);
        assert_eq!(explained.components.join("|"), v.hashed, "components of {}", v.hashed);
        assert_eq!(explained.version, v.version, "version of {}", v.hashed);
        assert_eq!(key::cache_version(&v.inputs), v.version);
    }
}

#[test]
fn every_case_hashes_its_components() {
    use sha2::{Digest as _, Sha256};
    let fixture = fixture();
    assert!(fixture.cases.len() >= 30);
    for case in &fixture.cases {
        let explained = key::explain_version(&case.inputs);
        let expected = key::hex(&Sha256::digest(explained.components.join("|").as_bytes()));
        assert_eq!(explained.version, expected, "{}", case.name);
        assert_eq!(
            explained.components.last().map(String::as_str),
            Some(key::VERSION_SALT),
            "{}",
            case.name
        );
        let windows_only = explained.components.iter().any(|c| c == key::WINDOWS_ONLY);
        let expect_windows_only =
            case.inputs.platform == "win32" && !case.inputs.enable_cross_os_archive.unwrap_or(false);
        assert_eq!(windows_only, expect_windows_only, "{}", case.name);
    }
}

#[test]
fn key_checks() {
    let fixture = fixture();
    for case in &fixture.keys {
        let result = key::check_keys(&case.key, &case.restore_keys);
        match (&case.code, result) {
            (None, Ok(())) => {}
            (None, Err(e)) => panic!("{}: refused with {e}", case.name),
            (Some(code), Ok(())) => panic!("{}: accepted, expected {code}", case.name),
            (Some(code), Err(e)) => {
                assert_eq!(e.code(), code, "{}", case.name);
                if let Some(which) = &case.which {
                    assert!(e.to_string().starts_with(which.as_str()), "{}: {e}", case.name);
                }
            }
        }
    }
}
