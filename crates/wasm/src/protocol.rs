//! Bindings for the save and restore machines and for the store's matching rule.
//!
//! Conversion only: every decision is the core's. Values cross as the core's types (tsify);
//! numbers (sizes, milliseconds, seeds) cross as plain JavaScript numbers, never BigInt. A
//! misuse of a machine, or a parameter of the wrong shape, throws a `CachetError` with a `code`.

use cachet_core::protocol::{
    self as core, Misuse, ParamsError, Response, RestoreParams, SaveParams, TransportError,
};
use cachet_core::store::{self, EntryMeta};
use serde::Serialize;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use crate::error::{invalid_argument, js_error, to_ts};

/// Largest integer a JavaScript number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

/// A non-negative whole number from JavaScript (milliseconds, sizes, seeds).
fn whole(what: &str, value: f64) -> Result<u64, JsValue> {
    if (0.0..=MAX_SAFE).contains(&value) && value.fract() == 0.0 {
        Ok(value as u64)
    } else {
        Err(js_error("invalid_argument", &format!("{what} must be a whole number from 0 to 2^53 - 1, got {value}")))
    }
}

/// Milliseconds from `Date.now()`; fractions (from `performance.now()`) are dropped.
fn millis(now: f64) -> Result<u64, JsValue> {
    whole("now", if now.is_finite() { now.floor() } else { now })
}

/// A size as a JavaScript number.
fn number(n: u64) -> f64 {
    n as f64
}

fn misuse(error: Misuse) -> JsValue {
    js_error(error.code(), &error.to_string())
}

fn params_error(error: ParamsError) -> JsValue {
    js_error(error.code(), &error.to_string())
}

/// Serialises a step with plain numbers, and `null` for an absent value that is not skipped
/// (a lookup-only hit's `size`), as in JSON (tsify's `Ts` cannot name a generic type's instance).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true))
        .map_err(|e| js_error("internal", &format!("cannot convert a step to JavaScript: {e}")))
}

/// Saves one cache entry: reserve, upload the archive blocks the host announces, finalize.
/// Drive it with the run loop: `poll(now)` until `pending`, `waitUntil` or `done`, and report
/// every completed request with `handleResponse` or `handleTransportError`.
#[wasm_bindgen]
pub struct SaveMachine {
    inner: core::SaveMachine,
}

#[wasm_bindgen]
impl SaveMachine {
    /// A machine for one save; `seed` (a whole number) drives jitter and block ids.
    #[wasm_bindgen(constructor)]
    pub fn new(params: Ts<SaveParams>, seed: f64) -> Result<SaveMachine, JsValue> {
        let params = params.to_rust().map_err(|e| invalid_argument("save params", e))?;
        let seed = whole("seed", seed)?;
        let inner = core::SaveMachine::new(params, seed).map_err(params_error)?;
        Ok(SaveMachine { inner })
    }

    /// What the host does next.
    #[wasm_bindgen(unchecked_return_type = "SaveStep")]
    pub fn poll(&mut self, now: f64) -> Result<JsValue, JsValue> {
        let step = self.inner.poll(millis(now)?);
        to_js(&step)
    }

    /// Reports the response to request `id`.
    #[wasm_bindgen(js_name = handleResponse)]
    pub fn handle_response(&mut self, id: u32, response: Ts<Response>, now: f64) -> Result<(), JsValue> {
        let response = response.to_rust().map_err(|e| invalid_argument("response", e))?;
        self.inner.handle_response(id, response, millis(now)?).map_err(misuse)
    }

    /// Reports that request `id` failed without a complete response.
    #[wasm_bindgen(js_name = handleTransportError)]
    pub fn handle_transport_error(&mut self, id: u32, error: Ts<TransportError>, now: f64) -> Result<(), JsValue> {
        let error = error.to_rust().map_err(|e| invalid_argument("transport error", e))?;
        self.inner.handle_transport_error(id, error, millis(now)?).map_err(misuse)
    }

    /// Announces archive block `index` (in order; every block but the last is `blockSize()` long).
    #[wasm_bindgen(js_name = handleBlock)]
    pub fn handle_block(&mut self, index: u32, len: f64, last: bool) -> Result<(), JsValue> {
        let len = whole("len", len)?;
        self.inner.handle_block(index, len, last).map_err(misuse)
    }

    /// Whether the host may produce and announce another block now.
    #[wasm_bindgen(js_name = canAcceptBlock)]
    pub fn can_accept_block(&self) -> bool {
        self.inner.can_accept_block()
    }

    /// The size of every block but the last.
    #[wasm_bindgen(js_name = blockSize)]
    pub fn block_size(&self) -> f64 {
        number(self.inner.block_size())
    }

    /// Bytes acknowledged by the blob store.
    #[wasm_bindgen(js_name = bytesUploaded)]
    pub fn bytes_uploaded(&self) -> f64 {
        number(self.inner.bytes_uploaded())
    }

    /// Bytes of all blocks announced so far.
    #[wasm_bindgen(js_name = bytesAnnounced)]
    pub fn bytes_announced(&self) -> f64 {
        number(self.inner.bytes_announced())
    }

    /// Whether the last block has been announced.
    #[wasm_bindgen(js_name = archiveFinished)]
    pub fn archive_finished(&self) -> bool {
        self.inner.archive_finished()
    }
}

/// Restores one cache entry: look it up, then download its archive with ranged GETs into the
/// host's archive pipeline. Same run loop as `SaveMachine`.
#[wasm_bindgen]
pub struct RestoreMachine {
    inner: core::RestoreMachine,
}

#[wasm_bindgen]
impl RestoreMachine {
    /// A machine for one restore; `seed` (a whole number) drives jitter.
    #[wasm_bindgen(constructor)]
    pub fn new(params: Ts<RestoreParams>, seed: f64) -> Result<RestoreMachine, JsValue> {
        let params = params.to_rust().map_err(|e| invalid_argument("restore params", e))?;
        let seed = whole("seed", seed)?;
        let inner = core::RestoreMachine::new(params, seed).map_err(params_error)?;
        Ok(RestoreMachine { inner })
    }

    /// What the host does next.
    #[wasm_bindgen(unchecked_return_type = "RestoreStep")]
    pub fn poll(&mut self, now: f64) -> Result<JsValue, JsValue> {
        let step = self.inner.poll(millis(now)?);
        to_js(&step)
    }

    /// Reports the response to request `id`.
    #[wasm_bindgen(js_name = handleResponse)]
    pub fn handle_response(&mut self, id: u32, response: Ts<Response>, now: f64) -> Result<(), JsValue> {
        let response = response.to_rust().map_err(|e| invalid_argument("response", e))?;
        self.inner.handle_response(id, response, millis(now)?).map_err(misuse)
    }

    /// Reports that request `id` failed without a complete response (`error.received`: archive
    /// bytes already fed to the pipeline).
    #[wasm_bindgen(js_name = handleTransportError)]
    pub fn handle_transport_error(&mut self, id: u32, error: Ts<TransportError>, now: f64) -> Result<(), JsValue> {
        let error = error.to_rust().map_err(|e| invalid_argument("transport error", e))?;
        self.inner.handle_transport_error(id, error, millis(now)?).map_err(misuse)
    }

    /// Archive bytes received so far.
    #[wasm_bindgen(js_name = bytesReceived)]
    pub fn bytes_received(&self) -> f64 {
        number(self.inner.bytes_received())
    }

    /// The archive size, once the blob store said.
    #[wasm_bindgen(js_name = archiveSize)]
    pub fn archive_size(&self) -> Option<f64> {
        self.inner.total_size().map(number)
    }

    /// The key of the entry found, once the service said.
    #[wasm_bindgen(js_name = matchedKey)]
    pub fn matched_key(&self) -> Option<String> {
        self.inner.matched_key().map(str::to_owned)
    }
}

/// The entry a restore with `key` and `restoreKeys` gets from `entries` (GitHub's rule: same
/// version; exact key, then newest prefix match; then each restore key the same way), or
/// `undefined` for a miss.
#[wasm_bindgen(js_name = matchEntry)]
pub fn match_entry(
    entries: Vec<Ts<EntryMeta>>,
    key: &str,
    restore_keys: Vec<String>,
    version: &str,
) -> Result<Option<Ts<EntryMeta>>, JsValue> {
    let entries = entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| e.to_rust().map_err(|err| invalid_argument(&format!("entries[{i}]"), err)))
        .collect::<Result<Vec<_>, _>>()?;
    store::match_entry(&entries, key, &restore_keys, version).map(to_ts).transpose()
}

/// A URL without its query: what may be logged of a signed URL.
#[wasm_bindgen(js_name = logUrl)]
pub fn log_url(url: &str) -> String {
    core::log_url(url).to_owned()
}
