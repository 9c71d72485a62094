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

use serde::{Deserialize, Serialize};

/// Milliseconds on the host's clock (`Date.now()`); only differences matter.
pub type Millis = u64;

/// Identifies a request within one machine; responses are matched to requests by it.
pub type RequestId = u32;

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
