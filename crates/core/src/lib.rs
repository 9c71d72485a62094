//! # cachet-core
//!
//! The deterministic heart of cachet, a GitHub Actions cache engine.
//!
//! **In scope**: cache keys and the cache `version` ([`key`]), the runner's `hashFiles()` pattern
//! language ([`glob`]), and the cache service v2 protocol as sans-IO state machines
//! ([`protocol`]): they say which HTTP request to send next and take its response; they never
//! send it.
//!
//! **Never here**: clocks, randomness, environment variables, the filesystem or the network.
//! Time (`now`, in milliseconds) and seeds are parameters, so every run can be replayed exactly
//! in a test. Clippy's `disallowed-methods` (see `clippy.toml`) refuses the usual ways in.
//!
//! The crate compiles natively (`cargo test`) and to `wasm32-unknown-unknown`, where
//! `cachet-wasm` wraps it for JavaScript.

pub mod glob;
pub mod key;
pub mod protocol;
pub mod store;
