//! # cachet-wasm
//!
//! JavaScript bindings of `cachet-core`, made with wasm-bindgen. This crate converts values and
//! errors at the boundary and does nothing else: no protocol logic, no policy, no I/O.
//!
//! Errors are thrown as real `Error` objects whose `code` property is a stable string
//! ([`error::js_error`]); TypeScript declarations come from the core types (tsify), never by hand.

mod error;
mod hash_files;
mod key;
mod protocol;
