//! The cache service v2 protocol as sans-IO state machines.
//!
//! A machine ([`save::SaveMachine`], [`restore::RestoreMachine`]) decides every request: the
//! Twirp JSON calls to the cache service, the Azure Blob REST calls on the signed URLs, retries,
//! waits and the final outcome. It never performs I/O: the host (the JavaScript driver) sends what
//! it is asked to, reports what came back, and tells the time.
//!
//! # The run loop (the contract every host follows)
//!
//! ```text
//! loop {
//!     match machine.poll(now) {
//!         Step::Send(request)   => start it (several may be in flight; do not wait here)
//!         Step::Release(block)  => the archive block `block` is acknowledged: free its bytes
//!         Step::WaitUntil(t)    => sleep until `t`, or until a request in flight completes
//!         Step::Pending         => wait until a request in flight completes
//!         Step::Done(outcome)   => stop: this is the result
//!     }
//!     // when a request completes: machine.handle_response(id, response, now)
//!     //                        or machine.handle_transport_error(id, error, now)
//! }
//! ```
//!
//! After any `handle_*` call, the host polls until `WaitUntil`, `Pending` or `Done`
//! (the drain rule). Bulk bytes never cross into the machine: request bodies name archive
//! blocks the host holds ([`Body::Block`]), and downloaded bytes go straight from the socket to
//! the host's archive pipeline ([`Sink::Archive`]); the machine only learns how many arrived.
//!
//! ```
//! use cachet_core::protocol::*;
//!
//! let service = ServiceConfig {
//!     results_url: "https://results-receiver.actions.githubusercontent.com/".into(),
//!     runtime_token: "token".into(),
//!     cache_mode: None,
//!     user_agent: None,
//! };
//! let params = RestoreParams {
//!     service,
//!     key: "npm-linux-abc".into(),
//!     restore_keys: vec!["npm-linux-".into()],
//!     version: "7fcda33c".into(),
//!     policy: TransferPolicy::default(),
//!     lookup_only: false,
//! };
//! let mut machine = RestoreMachine::new(params, 42).unwrap();
//! let Step::Send { request } = machine.poll(1_000) else { unreachable!() };
//! assert!(request.log_url().ends_with(".CacheService/GetCacheEntryDownloadURL"));
//! assert_eq!(machine.poll(1_000), Step::Pending); // drained: wait for the response
//! let miss = Response { status: 200, headers: vec![], body: ResponseBody::Text { text: r#"{"ok":false}"#.into() } };
//! machine.handle_response(request.id, miss, 1_050).unwrap();
//! assert_eq!(machine.poll(1_050), Step::Done { outcome: RestoreOutcome::Miss });
//! ```
//!
//! # Faults
//!
//! The policy lives here, not in the host ([`TransferPolicy`] holds its numbers):
//!
//! * 408, 500, 502, 503, 504, network errors and stalls: the request is tried again after an
//!   exponential back-off with seeded jitter (the official client's 3 s, then ×1.5), at most
//!   `max_attempts` tries in a row; a Twirp answer whose body is not a JSON object counts the same
//!   (and ends as `protocol_error`). Each block and each range retries alone.
//! * 429: every request of the machine waits as long as `Retry-After` says (or a back-off when
//!   it does not), until the waits would exceed `rate_limit_budget_ms`: then `rateLimited`.
//! * A ranged GET cut short or stalled resumes from its first missing byte at once (no attempt
//!   is counted when bytes arrived); a 403 on a GET asks the service for a fresh URL, once.
//! * A 403 on an upload is `url_expired`: the service cannot issue another upload URL for an
//!   entry already reserved.
//! * A service message containing `insufficient usage` is `usage_exceeded`, never retried.

use serde::{Deserialize, Serialize};

mod blob;
pub mod restore;
mod retry;
pub mod save;
mod twirp;

pub use restore::{RestoreMachine, RestoreOutcome, RestoreParams};
pub use save::{SaveMachine, SaveOutcome, SaveParams};

/// Milliseconds on the host's clock (`Date.now()`); only differences matter.
#[cfg_attr(feature = "ts", tsify::declare)]
pub type Millis = u64;

/// Identifies a request within one machine; responses are matched to requests by it.
#[cfg_attr(feature = "ts", tsify::declare)]
pub type RequestId = u32;

/// The `x-ms-version` sent with every Azure Blob request (large-object limits need ≥ 2019-12-12).
pub const X_MS_VERSION: &str = "2020-04-08";

/// An HTTP request the host must send.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Request {
    /// Echo this in `handle_response` / `handle_transport_error`.
    pub id: RequestId,
    /// `GET`, `HEAD`, `POST` or `PUT`.
    pub method: String,
    /// The full URL. Signed URLs carry secrets in their query: log [`Request::log_url`] instead.
    pub url: String,
    /// Header names and values, in order. `Content-Length` is the host's to set.
    pub headers: Vec<(String, String)>,
    /// What to send.
    pub body: Body,
    /// Where the response body goes.
    pub sink: Sink,
    /// What the request is for, for logs and progress.
    pub purpose: Purpose,
    /// Abort the request when no byte moves for this long (the host reports a
    /// [`TransportErrorKind::Stalled`] error with the bytes received so far).
    pub idle_timeout_ms: Millis,
}

/// The body of a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Body {
    /// No body.
    Empty,
    /// A text body (JSON for Twirp, XML for Put Block List).
    Text {
        /// The text, sent as UTF-8.
        text: String,
    },
    /// The bytes of archive block `index`, which the host produced and announced with
    /// `handle_block`. It keeps them until the machine says [`Step::Release`].
    Block {
        /// 0-based block index.
        index: u32,
        /// Its length in bytes.
        len: u64,
    },
}

/// Where the host puts a response body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Sink {
    /// Read it as text and hand it to the machine (small JSON or XML bodies).
    Text,
    /// Discard it (the machine only needs the status and headers).
    Discard,
    /// Feed it to the archive pipeline at byte `offset` of the archive. The host reorders
    /// ranges that complete out of order and reports only the count of bytes received.
    Archive {
        /// Archive offset of the first byte of this response body.
        offset: u64,
    },
}

/// Why a request is made: for logs and progress lines, never for decisions in the host.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Purpose {
    /// Twirp `CreateCacheEntry`.
    CreateCacheEntry,
    /// Twirp `FinalizeCacheEntryUpload`.
    FinalizeCacheEntryUpload,
    /// Twirp `GetCacheEntryDownloadURL`.
    GetCacheEntryDownloadUrl,
    /// Azure Put Blob (the whole archive in one request).
    PutBlob,
    /// Azure Put Block.
    PutBlock,
    /// Azure Put Block List.
    PutBlockList,
    /// Azure Get Blob with a `Range`.
    GetRange,
}

/// A response, as the host received it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Response {
    /// HTTP status.
    pub status: u16,
    /// Header names (any case) and values.
    pub headers: Vec<(String, String)>,
    /// What the host did with the body, per the request's [`Sink`].
    pub body: ResponseBody,
}

/// The response body as far as the machine sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum ResponseBody {
    /// The body as text ([`Sink::Text`]).
    Text {
        /// The body.
        text: String,
    },
    /// The body went to the archive pipeline or was discarded: this many bytes of it.
    Received {
        /// Bytes received.
        len: u64,
    },
}

/// A request that produced no complete response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TransportError {
    /// What went wrong.
    pub kind: TransportErrorKind,
    /// The host's description (never containing a signed URL's query).
    pub message: String,
    /// For [`Sink::Archive`] requests: body bytes already fed to the pipeline before the failure,
    /// so the machine resumes after them instead of fetching them again.
    pub received: u64,
    /// The status, when the failure came after a status line (a body cut short).
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub status: Option<u16>,
}

/// Kinds of transport failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum TransportErrorKind {
    /// Connection refused, reset, DNS failure, TLS failure, body cut short.
    Network,
    /// No byte moved for the request's `idle_timeout_ms`: the host aborted it.
    Stalled,
}

/// What the host does next.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Step<O> {
    /// Send this request (without waiting for earlier ones).
    Send {
        /// The request.
        request: Request,
    },
    /// Archive block `index` is acknowledged by the store: the host may free its bytes.
    Release {
        /// 0-based block index.
        index: u32,
    },
    /// Nothing to send before `at` (a back-off or a `Retry-After`), unless a response arrives.
    WaitUntil {
        /// Host clock time to poll again.
        at: Millis,
    },
    /// Nothing to do until a request in flight completes (or, when saving, a block is ready).
    Pending,
    /// The operation is over.
    Done {
        /// Its outcome.
        outcome: O,
    },
}

/// Where the cache service is and how to authenticate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ServiceConfig {
    /// `ACTIONS_RESULTS_URL`; a path prefix is kept (`{base}/twirp/...`).
    pub results_url: String,
    /// `ACTIONS_RUNTIME_TOKEN`, sent as `Authorization: Bearer`.
    pub runtime_token: String,
    /// `ACTIONS_CACHE_MODE`: `read`, `write`, `write-only`, `none`, or empty for read and write.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub cache_mode: Option<String>,
    /// The `User-Agent` header.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub user_agent: Option<String>,
}

/// Retry and timing policy shared by both machines. Every field has a default.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct TransferPolicy {
    /// Attempts per request for 5xx and network errors (the first try included).
    pub max_attempts: u32,
    /// First back-off; each next one is 1.5 times longer, with jitter from the seed.
    pub base_backoff_ms: Millis,
    /// Total time the machine may spend waiting on `Retry-After` for 429s before giving up.
    pub rate_limit_budget_ms: Millis,
    /// A request with no byte moving for this long is aborted and resumed.
    pub idle_timeout_ms: Millis,
    /// Bytes per Put Block and per ranged GET.
    pub block_size: u64,
    /// Requests carrying archive bytes in flight at once.
    pub concurrency: u32,
    /// Archives up to this size go up in one Put Blob.
    pub single_put_max: u64,
}

impl Default for TransferPolicy {
    fn default() -> Self {
        TransferPolicy {
            max_attempts: 5,
            base_backoff_ms: 3_000,
            rate_limit_budget_ms: 60_000,
            idle_timeout_ms: 30_000,
            block_size: 32 * 1024 * 1024,
            concurrency: 4,
            single_put_max: 32 * 1024 * 1024,
        }
    }
}

/// Misuse of a machine by its host: a bug in the host, never a service problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Misuse {
    /// `handle_*` named a request id that is not in flight.
    UnknownRequest {
        /// The id given.
        id: RequestId,
    },
    /// A block was announced out of order, twice, or after the last one.
    BadBlock {
        /// What was wrong.
        message: String,
    },
    /// The machine was already done.
    Finished,
}

impl std::fmt::Display for Misuse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Misuse::UnknownRequest { id } => write!(f, "no request {id} is in flight"),
            Misuse::BadBlock { message } => write!(f, "bad block: {message}"),
            Misuse::Finished => write!(f, "the machine is already done"),
        }
    }
}

impl std::error::Error for Misuse {}

impl Request {
    /// The URL without its query string: what may be logged (signed URLs carry a secret `sig`).
    pub fn log_url(&self) -> &str {
        log_url(&self.url)
    }

    /// The value of the first header named `name` (compared without regard to case).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }
}

/// A URL without its query string and fragment: safe to log even when it is a signed URL.
pub fn log_url(url: &str) -> &str {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    &url[..end]
}

impl Response {
    /// The value of the first header named `name` (compared without regard to case).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// The body text, when the request's sink was [`Sink::Text`].
    pub fn text(&self) -> Option<&str> {
        match &self.body {
            ResponseBody::Text { text } => Some(text),
            ResponseBody::Received { .. } => None,
        }
    }

    /// Body bytes received: the text's UTF-8 length, or the count the host reported.
    pub fn received(&self) -> u64 {
        match &self.body {
            ResponseBody::Text { text } => text.len() as u64,
            ResponseBody::Received { len } => *len,
        }
    }
}

fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

impl<O> Step<O> {
    /// Whether the operation is over.
    pub fn is_done(&self) -> bool {
        matches!(self, Step::Done { .. })
    }

    /// The request to send, for [`Step::Send`].
    pub fn request(&self) -> Option<&Request> {
        match self {
            Step::Send { request } => Some(request),
            _ => None,
        }
    }

    /// The outcome, for [`Step::Done`].
    pub fn outcome(&self) -> Option<&O> {
        match self {
            Step::Done { outcome } => Some(outcome),
            _ => None,
        }
    }

    /// Whether the host should stop polling and wait (for a response, a block, or a time).
    pub fn is_idle(&self) -> bool {
        matches!(self, Step::Pending | Step::WaitUntil { .. })
    }
}

/// Stable codes of the `failed` outcomes of both machines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum FailureCode {
    /// The service refused a new entry because the repository's cache storage budget is spent
    /// (its message contains `insufficient usage`).
    UsageExceeded,
    /// `FinalizeCacheEntryUpload` answered `ok: false` or an error: the upload is lost.
    FinalizeFailed,
    /// The cache service answered an error status that no retry can fix, or kept failing with
    /// 5xx until the attempts were spent.
    ServiceError,
    /// The network kept failing until the attempts were spent.
    NetworkError,
    /// A response could not be understood (a body that is not the expected JSON, a missing
    /// signed URL, a `Content-Range` other than the one asked for).
    ProtocolError,
    /// The blob store refused or kept failing an upload request.
    UploadFailed,
    /// The blob store refused or kept failing a download request.
    DownloadFailed,
    /// The signed URL was refused (403): expired, or no longer valid.
    UrlExpired,
    /// The bytes received do not add up to the archive size the blob store reported.
    SizeMismatch,
}

impl FailureCode {
    /// The code as a string (`usage_exceeded`, …), as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            FailureCode::UsageExceeded => "usage_exceeded",
            FailureCode::FinalizeFailed => "finalize_failed",
            FailureCode::ServiceError => "service_error",
            FailureCode::NetworkError => "network_error",
            FailureCode::ProtocolError => "protocol_error",
            FailureCode::UploadFailed => "upload_failed",
            FailureCode::DownloadFailed => "download_failed",
            FailureCode::UrlExpired => "url_expired",
            FailureCode::SizeMismatch => "size_mismatch",
        }
    }
}

impl std::fmt::Display for FailureCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a machine could not be created from its parameters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ParamsError {
    /// The key or a restore key is not acceptable (see [`crate::key::check_keys`]).
    Key {
        /// The key problem.
        error: crate::key::KeyError,
    },
    /// Another parameter is out of range or empty.
    InvalidParams {
        /// The parameter, as named in JavaScript (`policy.blockSize`, …).
        field: String,
        /// What is wrong with it.
        message: String,
    },
}

impl ParamsError {
    /// A stable machine-readable code: the key error's code, or `invalid_params`.
    pub fn code(&self) -> &'static str {
        match self {
            ParamsError::Key { error } => error.code(),
            ParamsError::InvalidParams { .. } => "invalid_params",
        }
    }

    fn invalid(field: &str, message: &str) -> Self {
        ParamsError::InvalidParams { field: field.to_owned(), message: message.to_owned() }
    }
}

impl std::fmt::Display for ParamsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParamsError::Key { error } => error.fmt(f),
            ParamsError::InvalidParams { field, message } => write!(f, "{field}: {message}"),
        }
    }
}

impl std::error::Error for ParamsError {}

impl Misuse {
    /// A stable machine-readable code (`unknown_request`, `bad_block`, `finished`).
    pub fn code(&self) -> &'static str {
        match self {
            Misuse::UnknownRequest { .. } => "unknown_request",
            Misuse::BadBlock { .. } => "bad_block",
            Misuse::Finished => "finished",
        }
    }
}

/// Checks what both machines share: the service location, the version and the policy.
fn check_common(service: &ServiceConfig, version: &str, policy: &TransferPolicy) -> Result<(), ParamsError> {
    if service.results_url.trim().is_empty() {
        return Err(ParamsError::invalid("service.resultsUrl", "is empty (ACTIONS_RESULTS_URL)"));
    }
    if service.runtime_token.is_empty() {
        return Err(ParamsError::invalid("service.runtimeToken", "is empty (ACTIONS_RUNTIME_TOKEN)"));
    }
    if version.is_empty() {
        return Err(ParamsError::invalid("version", "is empty"));
    }
    if policy.max_attempts == 0 {
        return Err(ParamsError::invalid("policy.maxAttempts", "must be at least 1"));
    }
    if policy.block_size == 0 {
        return Err(ParamsError::invalid("policy.blockSize", "must be at least 1"));
    }
    if policy.concurrency == 0 {
        return Err(ParamsError::invalid("policy.concurrency", "must be at least 1"));
    }
    Ok(())
}

/// `network error: …` or `stalled: …`, for messages.
fn describe_transport(error: &TransportError) -> String {
    let what = match error.kind {
        TransportErrorKind::Network => "network error",
        TransportErrorKind::Stalled => "stalled",
    };
    format!("{what}: {}", error.message)
}

/// What `ACTIONS_CACHE_MODE` allows. Unknown values allow both, as an absent value does.
fn mode_allows(service: &ServiceConfig, write: bool) -> Result<(), String> {
    let mode = service.cache_mode.as_deref().unwrap_or("").trim();
    let refused = match mode {
        "none" => true,
        "read" => write,
        "write-only" => !write,
        _ => false,
    };
    if refused {
        let what = if write { "saving" } else { "restoring" };
        Err(format!("ACTIONS_CACHE_MODE is '{mode}': {what} is not allowed in this job"))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_url_drops_the_query() {
        assert_eq!(log_url("https://a.blob.core.windows.net/c/b?sig=SECRET&sv=1"), "https://a.blob.core.windows.net/c/b");
        assert_eq!(log_url("https://x/y#frag"), "https://x/y");
        assert_eq!(log_url("https://x/y"), "https://x/y");
    }

    #[test]
    fn headers_are_found_in_any_case() {
        let response = Response {
            status: 200,
            headers: vec![("Content-Range".into(), "bytes 0-1/2".into())],
            body: ResponseBody::Received { len: 2 },
        };
        assert_eq!(response.header("content-range"), Some("bytes 0-1/2"));
        assert_eq!(response.header("retry-after"), None);
        assert_eq!(response.received(), 2);
    }

    #[test]
    fn cache_mode_decides_what_is_allowed() {
        let mut service = ServiceConfig {
            results_url: "https://r/".into(),
            runtime_token: "t".into(),
            cache_mode: None,
            user_agent: None,
        };
        let table = [
            (None, true, true),
            (Some(""), true, true),
            (Some("write"), true, true),
            (Some("read"), true, false),
            (Some("write-only"), false, true),
            (Some("none"), false, false),
            (Some("something-new"), true, true),
        ];
        for (mode, read, write) in table {
            service.cache_mode = mode.map(str::to_owned);
            assert_eq!(mode_allows(&service, false).is_ok(), read, "read with mode {mode:?}");
            assert_eq!(mode_allows(&service, true).is_ok(), write, "write with mode {mode:?}");
        }
    }

    #[test]
    fn step_serializes_as_a_tagged_union() {
        let step: Step<()> = Step::WaitUntil { at: 5 };
        assert_eq!(serde_json::to_string(&step).unwrap(), r#"{"type":"waitUntil","at":5}"#);
        let step: Step<()> = Step::Release { index: 2 };
        assert_eq!(serde_json::to_string(&step).unwrap(), r#"{"type":"release","index":2}"#);
    }
}
