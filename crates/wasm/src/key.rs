//! Bindings for cache keys and the cache version.

use cachet_core::key::{self, VersionExplained, VersionInputs};
use wasm_bindgen::prelude::*;

use tsify::Ts;

use crate::error::{invalid_argument, js_error, to_ts};

/// Computes the cache `version` exactly as `@actions/cache` does, with the components hashed.
#[wasm_bindgen(js_name = explainVersion)]
pub fn explain_version(inputs: Ts<VersionInputs>) -> Result<Ts<VersionExplained>, JsValue> {
    let inputs = inputs.to_rust().map_err(|e| invalid_argument("version inputs", e))?;
    to_ts(&key::explain_version(&inputs))
}

/// Checks a primary key and its restore keys as `@actions/cache` does; throws a `CachetError`
/// naming the key at fault.
#[wasm_bindgen(js_name = checkKeys)]
pub fn check_keys(key: &str, restore_keys: Vec<String>) -> Result<(), JsValue> {
    key::check_keys(key, &restore_keys).map_err(|e| js_error(e.code(), &e.to_string()))
}

/// Lowercase hex SHA-256 of bytes, for hosts without a native digest (the browser's
/// `crypto.subtle` cannot stream).
#[wasm_bindgen(js_name = sha256Hex)]
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    key::hex(&sha2::Sha256::digest(bytes))
}

/// An incremental SHA-256, fed chunk by chunk (keep chunks of 64 KiB or more).
#[wasm_bindgen]
pub struct Sha256 {
    inner: sha2::Sha256,
}

#[wasm_bindgen]
impl Sha256 {
    /// A fresh digest.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Sha256 {
        use sha2::Digest as _;
        Sha256 { inner: sha2::Sha256::new() }
    }

    /// Adds bytes.
    pub fn update(&mut self, bytes: &[u8]) {
        use sha2::Digest as _;
        self.inner.update(bytes);
    }

    /// The 32-byte digest; the object can be used again from empty.
    #[wasm_bindgen(js_name = digest)]
    pub fn finalize_reset(&mut self) -> Vec<u8> {
        use sha2::Digest as _;
        self.inner.finalize_reset().to_vec()
    }
}

impl Default for Sha256 {
    fn default() -> Self {
        Self::new()
    }
}
