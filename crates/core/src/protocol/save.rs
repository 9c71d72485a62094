//! The save machine: reserve an entry, upload the archive to its signed URL, finalize it.
//!
//! It decides every request, retry and wait of a save, and never touches the archive's bytes:
//! the host produces the archive as a stream of blocks, announces each with
//! [`SaveMachine::handle_block`], sends the bytes a request's [`Body::Block`](super::Body::Block)
//! names, and frees a block when the machine says [`Step::Release`]. It never performs I/O and
//! never reads a clock.
//!
//! ```text
//!   Start ──poll, ACTIONS_CACHE_MODE read|none──────────────────────────► Done(skipped)
//!     │ poll: CreateCacheEntry (while the host builds the archive)
//!     ▼
//!   Reserving ──409 already_exists──────────────────────────────────────► Done(alreadyExists)
//!     │   └─────200 ok:false │ 403──────────────────────────────────────► Done(writeDenied)
//!     │ 200 ok:true, signed_upload_url
//!     ▼
//!   WaitingForBlock0 ──block 0 is last and ≤ singlePutMax──► PuttingBlob ──2xx──────┐
//!     │ block 0 otherwise                                                           │
//!     ▼                                                                             │
//!   PuttingBlocks (≤ concurrency Put Block in flight; Release after each 2xx)       │
//!     │ last block announced and every block acknowledged                           │
//!     ▼                                                                             │
//!   CommittingBlocks (Put Block List, ids in index order) ──2xx────────┐            │
//!                                                                      ▼            ▼
//!                                             Finalizing (FinalizeCacheEntryUpload, size_bytes)
//!                                                │ ok:true ──► Done(saved)
//!                                                └ ok:false ─► Done(failed finalize_failed)
//!
//!   Any state: attempts spent ⇒ Done(failed …); 429 budget spent ⇒ Done(rateLimited);
//!   403 on a blob request ⇒ Done(failed url_expired) (the service cannot re-issue the URL).
//! ```
//!
//! Faults: 5xx, 408 and network errors (including stalls) are retried with exponential back-off
//! and jitter, at most `policy.max_attempts` tries per request; a failed block is retried alone.
//! A 429 closes a gate for the whole machine for as long as `Retry-After` says, until the
//! rate-limit budget is spent.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use super::blob::{self, Attempt, Verdict, MAX_BLOCKS};
use super::retry::Rng;
use super::twirp::{self, CallResult, Ctx, Method, TwirpCall};
use super::{
    check_common, describe_transport, mode_allows, FailureCode, Millis, Misuse, ParamsError, Request, RequestId, Response, ServiceConfig, Step,
    TransferPolicy, TransportError,
};

/// What to save and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SaveParams {
    /// The cache service.
    pub service: ServiceConfig,
    /// The entry's key.
    pub key: String,
    /// The entry's version (see [`crate::key::cache_version`]).
    pub version: String,
    /// Retries, timeouts, block size and concurrency.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub policy: TransferPolicy,
}

/// How a save ended. Only `failed` and `rateLimited` are failures; the others are normal endings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum SaveOutcome {
    /// The entry is uploaded and finalized.
    Saved {
        /// Archive size in bytes.
        size: u64,
        /// The service's id of the new entry, when it said (and it is below 2^53).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        entry_id: Option<u64>,
    },
    /// An entry with this key and version already exists in this scope (or another job is
    /// writing it right now): entries are immutable. Not a failure.
    AlreadyExists {
        /// The service's explanation.
        message: String,
    },
    /// The service refuses writes for this job (a read-only token, for example).
    WriteDenied {
        /// The service's message, verbatim.
        message: String,
    },
    /// 429s went on beyond the rate-limit budget.
    RateLimited {
        /// The wait the service last asked for, when it said.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        retry_after_ms: Option<Millis>,
        /// What happened.
        message: String,
    },
    /// Saving is not allowed in this job (`ACTIONS_CACHE_MODE`); no request was sent.
    Skipped {
        /// Why.
        reason: String,
    },
    /// The save failed.
    Failed {
        /// A stable code.
        code: FailureCode,
        /// What happened.
        message: String,
        /// The HTTP status involved, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "ts", tsify(optional))]
        status: Option<u16>,
    },
}

impl SaveOutcome {
    /// A stable code: the outcome's type in snake_case (`saved`, `already_exists`, …), or the
    /// failure code for `failed`.
    pub fn code(&self) -> &'static str {
        match self {
            SaveOutcome::Saved { .. } => "saved",
            SaveOutcome::AlreadyExists { .. } => "already_exists",
            SaveOutcome::WriteDenied { .. } => "write_denied",
            SaveOutcome::RateLimited { .. } => "rate_limited",
            SaveOutcome::Skipped { .. } => "skipped",
            SaveOutcome::Failed { code, .. } => code.as_str(),
        }
    }

    fn failed(code: FailureCode, message: String, status: Option<u16>) -> Self {
        SaveOutcome::Failed { code, message, status }
    }
}

/// The step type of a save, as TypeScript sees it.
#[cfg_attr(feature = "ts", tsify::declare)]
pub type SaveStep = Step<SaveOutcome>;

/// The blocks the host announced.
#[derive(Clone, Debug, Default)]
struct Archive {
    lens: Vec<u64>,
    finished: bool,
}

impl Archive {
    fn count(&self) -> u32 {
        u32::try_from(self.lens.len()).unwrap_or(u32::MAX)
    }

    fn total(&self) -> u64 {
        self.lens.iter().sum()
    }
}

#[derive(Clone, Debug, Default)]
struct BlockPut {
    attempt: Attempt,
    acked: bool,
}

/// Where the save is. Every change of variant happens in [`SaveMachine::transition`].
#[derive(Clone, Debug)]
enum State {
    Start,
    Reserving(TwirpCall),
    WaitingForBlock0 { url: String },
    PuttingBlob { url: String, put: Attempt },
    PuttingBlocks { url: String, blocks: Vec<BlockPut> },
    CommittingBlocks { url: String, put: Attempt },
    Finalizing(TwirpCall),
    Done(SaveOutcome),
}

/// What moves the machine.
enum Input {
    Poll,
    Block,
    Response(RequestId, Response),
    Transport(RequestId, TransportError),
}

/// Saves one cache entry. See the [module docs](self) for the states and the
/// [protocol docs](super) for the run loop.
///
/// Methods: getters ([`bytes_uploaded`](Self::bytes_uploaded), [`bytes_announced`](Self::bytes_announced),
/// [`archive_finished`](Self::archive_finished), [`can_accept_block`](Self::can_accept_block)),
/// inputs (`handle_*`) and the output ([`poll`](Self::poll)).
#[derive(Clone, Debug)]
pub struct SaveMachine {
    ctx: Ctx,
    key: String,
    version: String,
    block_prefix: String,
    archive: Archive,
    releases: VecDeque<u32>,
    released: u32,
    bytes_uploaded: u64,
    state: State,
}

impl SaveMachine {
    /// A machine for one save. `seed` drives the back-off jitter and the block-id prefix: pass a
    /// fresh random number for real runs, a constant in tests.
    pub fn new(params: SaveParams, seed: u64) -> Result<Self, ParamsError> {
        let SaveParams { service, key, version, policy } = params;
        crate::key::check_key("key", &key).map_err(|error| ParamsError::Key { error })?;
        check_common(&service, &version, &policy)?;
        let mut rng = Rng::new(seed);
        let block_prefix = blob::uuid_prefix(&mut rng);
        Ok(SaveMachine {
            ctx: Ctx::new(service, policy, rng),
            key,
            version,
            block_prefix,
            archive: Archive::default(),
            releases: VecDeque::new(),
            released: 0,
            bytes_uploaded: 0,
            state: State::Start,
        })
    }

    // ----- getters -----

    /// The size of every block but the last (`policy.block_size`).
    pub fn block_size(&self) -> u64 {
        self.ctx.policy.block_size
    }

    /// Bytes acknowledged by the blob store.
    pub fn bytes_uploaded(&self) -> u64 {
        self.bytes_uploaded
    }

    /// Bytes of all blocks announced so far.
    pub fn bytes_announced(&self) -> u64 {
        self.archive.total()
    }

    /// Whether the last block has been announced.
    pub fn archive_finished(&self) -> bool {
        self.archive.finished
    }

    /// Whether the host may produce and announce another block now: true while fewer than
    /// `concurrency + 1` announced blocks are unreleased (this bounds the host's memory to
    /// `(concurrency + 1) × blockSize`), and the archive is not finished and the save not over.
    pub fn can_accept_block(&self) -> bool {
        let unreleased = self.archive.count().saturating_sub(self.released);
        !self.archive.finished
            && !matches!(self.state, State::Done(_))
            && unreleased < self.ctx.policy.concurrency.saturating_add(1)
    }

    /// The outcome, once the machine is done.
    pub fn outcome(&self) -> Option<&SaveOutcome> {
        match &self.state {
            State::Done(outcome) => Some(outcome),
            _ => None,
        }
    }

    // ----- inputs -----

    /// Announces archive block `index` (0-based, in order). Every block but the last is exactly
    /// `policy.block_size` bytes; the last is at most that, and empty only when it is block 0
    /// (an empty archive). The host keeps the bytes until [`Step::Release`] names the block.
    pub fn handle_block(&mut self, index: u32, len: u64, last: bool) -> Result<(), Misuse> {
        if matches!(self.state, State::Done(_)) {
            return Err(Misuse::Finished);
        }
        let bad = |message: String| Err(Misuse::BadBlock { message });
        if self.archive.finished {
            return bad(format!("block {index} announced after the last block ({})", self.archive.count() - 1));
        }
        if index != self.archive.count() {
            return bad(format!("block {index} announced, expected block {}", self.archive.count()));
        }
        let block_size = self.ctx.policy.block_size;
        if !last && len != block_size {
            return bad(format!("block {index} is {len} bytes; every block but the last must be {block_size} bytes"));
        }
        if last && len > block_size {
            return bad(format!("block {index} is {len} bytes, more than the block size {block_size}"));
        }
        if last && len == 0 && index > 0 {
            return bad(format!("block {index} is empty; only block 0 (an empty archive) may be"));
        }
        self.archive.lens.push(len);
        self.archive.finished = last;
        self.advance(0, Input::Block)
    }

    /// Reports the response to request `id`.
    pub fn handle_response(&mut self, id: RequestId, response: Response, now: Millis) -> Result<(), Misuse> {
        self.advance(now, Input::Response(id, response))
    }

    /// Reports that request `id` failed without a complete response.
    pub fn handle_transport_error(&mut self, id: RequestId, error: TransportError, now: Millis) -> Result<(), Misuse> {
        self.advance(now, Input::Transport(id, error))
    }

    // ----- output -----

    /// What the host does next. Call it until it returns `Pending`, `WaitUntil` or `Done`.
    #[must_use]
    pub fn poll(&mut self, now: Millis) -> SaveStep {
        // Poll never names a request, so it cannot be misuse.
        let _ = self.advance(now, Input::Poll);
        if let State::Done(outcome) = &self.state {
            return Step::Done { outcome: outcome.clone() };
        }
        if let Some(index) = self.releases.pop_front() {
            self.released += 1;
            return Step::Release { index };
        }
        if let Some(request) = self.next_request(now) {
            return Step::Send { request };
        }
        match self.wake_at() {
            Some(at) if at > now => Step::WaitUntil { at },
            _ => Step::Pending,
        }
    }

    fn next_request(&mut self, now: Millis) -> Option<Request> {
        let ctx = &mut self.ctx;
        match &mut self.state {
            State::Reserving(call) | State::Finalizing(call) => call.next_request(now, ctx),
            State::PuttingBlob { url, put } if put.ready(now, ctx) => {
                let id = ctx.new_id();
                put.in_flight = Some(id);
                Some(blob::put_blob(ctx, id, url, self.archive.lens[0]))
            }
            State::PuttingBlocks { url, blocks } => {
                let in_flight = blocks.iter().filter(|b| b.attempt.in_flight.is_some()).count();
                if in_flight >= ctx.policy.concurrency as usize {
                    return None;
                }
                let (index, block) = blocks.iter_mut().enumerate().find(|(_, b)| !b.acked && b.attempt.ready(now, ctx))?;
                let id = ctx.new_id();
                block.attempt.in_flight = Some(id);
                let index = u32::try_from(index).expect("at most MAX_BLOCKS blocks");
                let block_id = blob::block_id(&self.block_prefix, index);
                Some(blob::put_block(ctx, id, url, &block_id, index, self.archive.lens[index as usize]))
            }
            State::CommittingBlocks { url, put } if put.ready(now, ctx) => {
                let id = ctx.new_id();
                put.in_flight = Some(id);
                let ids: Vec<String> = (0..self.archive.count()).map(|i| blob::block_id(&self.block_prefix, i)).collect();
                Some(blob::put_block_list(ctx, id, url, &ids))
            }
            _ => None,
        }
    }

    fn wake_at(&self) -> Option<Millis> {
        let ctx = &self.ctx;
        match &self.state {
            State::Reserving(call) | State::Finalizing(call) => call.wake_at(ctx),
            State::PuttingBlob { put, .. } | State::CommittingBlocks { put, .. } => put.wake_at(ctx),
            State::PuttingBlocks { blocks, .. } => {
                let in_flight = blocks.iter().filter(|b| b.attempt.in_flight.is_some()).count();
                if in_flight >= ctx.policy.concurrency as usize {
                    return None;
                }
                blocks.iter().filter(|b| !b.acked).filter_map(|b| b.attempt.wake_at(ctx)).min()
            }
            _ => None,
        }
    }

    // ----- transitions -----

    fn advance(&mut self, now: Millis, input: Input) -> Result<(), Misuse> {
        let state = std::mem::replace(&mut self.state, State::Start);
        let (next, result) = self.transition(state, now, input);
        self.state = next;
        result
    }

    /// Every transition of the machine.
    fn transition(&mut self, state: State, now: Millis, input: Input) -> (State, Result<(), Misuse>) {
        use Input::{Block, Poll, Response as Resp, Transport};
        let next = match (state, input) {
            (State::Done(outcome), Poll | Block) => State::Done(outcome),
            (State::Done(outcome), Resp(..) | Transport(..)) => return (State::Done(outcome), Err(Misuse::Finished)),

            (_, Block) if self.archive.count() > MAX_BLOCKS => State::Done(SaveOutcome::failed(
                FailureCode::UploadFailed,
                format!(
                    "the archive needs more than {MAX_BLOCKS} blocks of {} bytes, the blob store's limit: raise policy.blockSize",
                    self.ctx.policy.block_size
                ),
                None,
            )),

            (State::Start, Poll) => match mode_allows(&self.ctx.service, true) {
                Err(reason) => State::Done(SaveOutcome::Skipped { reason }),
                Ok(()) => State::Reserving(TwirpCall::new(Method::CreateCacheEntry, twirp::create_body(&self.key, &self.version))),
            },

            (State::Reserving(mut call), Resp(id, response)) if call.owns(id) => {
                let result = call.handle_response(&response, now, &mut self.ctx);
                self.after_create(call, result)
            }
            (State::Reserving(mut call), Transport(id, error)) if call.owns(id) => {
                let result = call.handle_transport_error(&error, now, &mut self.ctx);
                self.after_create(call, result)
            }

            (State::WaitingForBlock0 { url }, Block) => self.upload_state(url),

            (State::PuttingBlob { url, mut put }, Resp(id, response)) if put.in_flight == Some(id) => {
                match self.after_blob_response(&mut put, &response, now, "Put Blob") {
                    Ok(true) => {
                        self.bytes_uploaded = self.archive.total();
                        self.releases.push_back(0);
                        self.finalizing()
                    }
                    Ok(false) => State::PuttingBlob { url, put },
                    Err(outcome) => State::Done(outcome),
                }
            }
            (State::PuttingBlob { url, mut put }, Transport(id, error)) if put.in_flight == Some(id) => {
                match self.after_blob_error(&mut put, &error, now, "Put Blob") {
                    Ok(()) => State::PuttingBlob { url, put },
                    Err(outcome) => State::Done(outcome),
                }
            }

            (State::PuttingBlocks { url, mut blocks }, Block) => {
                blocks.resize_with(self.archive.lens.len(), BlockPut::default);
                State::PuttingBlocks { url, blocks }
            }
            (State::PuttingBlocks { url, mut blocks }, Resp(id, response))
                if blocks.iter().any(|b| b.attempt.in_flight == Some(id)) =>
            {
                let index = blocks.iter().position(|b| b.attempt.in_flight == Some(id)).expect("checked by the guard");
                let what = format!("Put Block {index}");
                match self.after_blob_response(&mut blocks[index].attempt, &response, now, &what) {
                    Ok(true) => {
                        blocks[index].acked = true;
                        self.bytes_uploaded += self.archive.lens[index];
                        self.releases.push_back(index as u32);
                        if self.archive.finished && blocks.iter().all(|b| b.acked) {
                            State::CommittingBlocks { url, put: Attempt::default() }
                        } else {
                            State::PuttingBlocks { url, blocks }
                        }
                    }
                    Ok(false) => State::PuttingBlocks { url, blocks },
                    Err(outcome) => State::Done(outcome),
                }
            }
            (State::PuttingBlocks { url, mut blocks }, Transport(id, error))
                if blocks.iter().any(|b| b.attempt.in_flight == Some(id)) =>
            {
                let index = blocks.iter().position(|b| b.attempt.in_flight == Some(id)).expect("checked by the guard");
                let what = format!("Put Block {index}");
                match self.after_blob_error(&mut blocks[index].attempt, &error, now, &what) {
                    Ok(()) => State::PuttingBlocks { url, blocks },
                    Err(outcome) => State::Done(outcome),
                }
            }

            (State::CommittingBlocks { url, mut put }, Resp(id, response)) if put.in_flight == Some(id) => {
                match self.after_blob_response(&mut put, &response, now, "Put Block List") {
                    Ok(true) => self.finalizing(),
                    Ok(false) => State::CommittingBlocks { url, put },
                    Err(outcome) => State::Done(outcome),
                }
            }
            (State::CommittingBlocks { url, mut put }, Transport(id, error)) if put.in_flight == Some(id) => {
                match self.after_blob_error(&mut put, &error, now, "Put Block List") {
                    Ok(()) => State::CommittingBlocks { url, put },
                    Err(outcome) => State::Done(outcome),
                }
            }

            (State::Finalizing(mut call), Resp(id, response)) if call.owns(id) => {
                let result = call.handle_response(&response, now, &mut self.ctx);
                self.after_finalize(call, result)
            }
            (State::Finalizing(mut call), Transport(id, error)) if call.owns(id) => {
                let result = call.handle_transport_error(&error, now, &mut self.ctx);
                self.after_finalize(call, result)
            }

            (state, Resp(id, _) | Transport(id, _)) => return (state, Err(Misuse::UnknownRequest { id })),
            (state, Poll | Block) => state,
        };
        (next, Ok(()))
    }

    /// The upload state once the signed URL is known: it depends on block 0.
    fn upload_state(&self, url: String) -> State {
        match self.archive.lens.first() {
            None => State::WaitingForBlock0 { url },
            Some(&len) if self.archive.finished && self.archive.count() == 1 && len <= self.ctx.policy.single_put_max => {
                State::PuttingBlob { url, put: Attempt::default() }
            }
            Some(_) => {
                let mut blocks = Vec::new();
                blocks.resize_with(self.archive.lens.len(), BlockPut::default);
                State::PuttingBlocks { url, blocks }
            }
        }
    }

    fn finalizing(&self) -> State {
        let body = twirp::finalize_body(&self.key, self.archive.total(), &self.version);
        State::Finalizing(TwirpCall::new(Method::FinalizeCacheEntryUpload, body))
    }

    fn after_create(&mut self, call: TwirpCall, result: CallResult) -> State {
        match result {
            CallResult::Continue => State::Reserving(call),
            CallResult::Reply(reply) if reply.ok() => match reply.string("signed_upload_url") {
                Some(url) => self.upload_state(url),
                None => State::Done(SaveOutcome::failed(
                    FailureCode::ProtocolError,
                    "CreateCacheEntry answered ok without a signed_upload_url".into(),
                    None,
                )),
            },
            CallResult::Reply(reply) => {
                let message = reply.string("message").unwrap_or_default();
                if twirp::is_usage_message(&message) {
                    State::Done(SaveOutcome::failed(
                        FailureCode::UsageExceeded,
                        format!("Cache storage quota has been hit: {message}"),
                        None,
                    ))
                } else if message.is_empty() {
                    State::Done(SaveOutcome::WriteDenied { message: "Cache reservation failed (the service gave no reason)".into() })
                } else {
                    State::Done(SaveOutcome::WriteDenied { message })
                }
            }
            CallResult::Refused(refusal) if refusal.status == 409 || refusal.code == "already_exists" => {
                let message = if refusal.msg.is_empty() {
                    format!("a cache entry with key '{}' and this version already exists, or another job is creating it", self.key)
                } else {
                    refusal.msg
                };
                State::Done(SaveOutcome::AlreadyExists { message })
            }
            CallResult::Refused(refusal) if refusal.status == 403 || refusal.code == "permission_denied" => {
                let message = if refusal.msg.is_empty() { refusal.describe() } else { refusal.msg };
                State::Done(SaveOutcome::WriteDenied { message })
            }
            other => State::Done(self.common_failure(Method::CreateCacheEntry, other)),
        }
    }

    fn after_finalize(&mut self, call: TwirpCall, result: CallResult) -> State {
        match result {
            CallResult::Continue => State::Finalizing(call),
            CallResult::Reply(reply) if reply.ok() => {
                // An id JavaScript cannot hold exactly is dropped rather than rounded.
                let entry_id = reply.int64("entry_id").filter(|&id| id < 1 << 53);
                State::Done(SaveOutcome::Saved { size: self.archive.total(), entry_id })
            }
            CallResult::Reply(reply) => {
                let message = reply.string("message").unwrap_or_default();
                let outcome = if twirp::is_usage_message(&message) {
                    SaveOutcome::failed(FailureCode::UsageExceeded, format!("Cache storage quota has been hit: {message}"), None)
                } else if message.is_empty() {
                    SaveOutcome::failed(
                        FailureCode::FinalizeFailed,
                        format!("Unable to finalize cache with key {}, another job may be finalizing this cache.", self.key),
                        None,
                    )
                } else {
                    SaveOutcome::failed(FailureCode::FinalizeFailed, message, None)
                };
                State::Done(outcome)
            }
            CallResult::Refused(refusal) if refusal.code == "already_exists" => {
                State::Done(SaveOutcome::AlreadyExists { message: refusal.msg })
            }
            CallResult::Refused(refusal) => State::Done(SaveOutcome::failed(
                FailureCode::FinalizeFailed,
                format!("Failed to FinalizeCacheEntryUpload: {}", refusal.describe()),
                Some(refusal.status),
            )),
            other => State::Done(self.common_failure(Method::FinalizeCacheEntryUpload, other)),
        }
    }

    fn common_failure(&self, method: Method, result: CallResult) -> SaveOutcome {
        match result {
            CallResult::Usage { message, status } => SaveOutcome::failed(FailureCode::UsageExceeded, message, Some(status)),
            CallResult::RateLimited(spent) => SaveOutcome::RateLimited { retry_after_ms: spent.retry_after_ms, message: spent.message },
            CallResult::Exhausted { code, message, status } => SaveOutcome::failed(code, message, status),
            CallResult::Refused(refusal) => SaveOutcome::failed(
                FailureCode::ServiceError,
                format!("Failed to {}: {}", method.name(), refusal.describe()),
                Some(refusal.status),
            ),
            CallResult::Continue | CallResult::Reply(_) => unreachable!("handled by the caller"),
        }
    }

    /// `Ok(true)`: acknowledged; `Ok(false)`: will be retried; `Err`: the save is over.
    fn after_blob_response(&mut self, put: &mut Attempt, response: &Response, now: Millis, what: &str) -> Result<bool, SaveOutcome> {
        match blob::classify(response) {
            Verdict::Success => {
                put.in_flight = None;
                Ok(true)
            }
            Verdict::RateLimited => {
                put.in_flight = None;
                put.ready_at = now;
                match self.ctx.rate_limited(now, response, what, "") {
                    Ok(()) => Ok(false),
                    Err(spent) => Err(SaveOutcome::RateLimited { retry_after_ms: spent.retry_after_ms, message: spent.message }),
                }
            }
            Verdict::Retry(reason) => match put.failed(now, &mut self.ctx) {
                Ok(()) => Ok(false),
                Err(failures) => Err(SaveOutcome::failed(
                    FailureCode::UploadFailed,
                    format!("{what} failed after {failures} attempts: {reason}"),
                    Some(response.status),
                )),
            },
            Verdict::Refused(reason) => Err(SaveOutcome::failed(
                FailureCode::UrlExpired,
                format!(
                    "{what} was refused {reason}: the signed upload URL has expired or is no longer valid, and the cache service cannot issue another for an entry already reserved"
                ),
                Some(response.status),
            )),
            Verdict::Fatal(reason) => Err(SaveOutcome::failed(
                FailureCode::UploadFailed,
                format!("{what} failed: {reason}"),
                Some(response.status),
            )),
        }
    }

    fn after_blob_error(&mut self, put: &mut Attempt, error: &TransportError, now: Millis, what: &str) -> Result<(), SaveOutcome> {
        put.failed(now, &mut self.ctx).map_err(|failures| {
            SaveOutcome::failed(
                FailureCode::UploadFailed,
                format!("{what} failed after {failures} attempts: {}", describe_transport(error)),
                error.status,
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{Body, ResponseBody, Sink};

    fn params(mode: Option<&str>) -> SaveParams {
        SaveParams {
            service: ServiceConfig {
                results_url: "https://results.example/".into(),
                runtime_token: "tok".into(),
                cache_mode: mode.map(str::to_owned),
                user_agent: None,
            },
            key: "k".into(),
            version: "v".into(),
            policy: TransferPolicy { block_size: 10, single_put_max: 10, concurrency: 2, ..TransferPolicy::default() },
        }
    }

    fn text(status: u16, body: &str) -> Response {
        Response { status, headers: vec![], body: ResponseBody::Text { text: body.into() } }
    }

    fn created() -> Response {
        text(200, r#"{"ok":true,"signed_upload_url":"https://blob.example/c/b?sig=S"}"#)
    }

    fn send(step: SaveStep) -> Request {
        match step {
            Step::Send { request } => request,
            other => panic!("expected a request, got {other:?}"),
        }
    }

    #[test]
    fn read_only_modes_skip_before_any_request() {
        for mode in ["read", "none"] {
            let mut machine = SaveMachine::new(params(Some(mode)), 1).unwrap();
            match machine.poll(0) {
                Step::Done { outcome: SaveOutcome::Skipped { reason } } => assert!(reason.contains(mode), "{reason}"),
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn bad_params_are_refused() {
        let mut p = params(None);
        p.key = "a,b".into();
        assert_eq!(SaveMachine::new(p, 0).unwrap_err().code(), "key_comma");
        let mut p = params(None);
        p.policy.block_size = 0;
        assert_eq!(SaveMachine::new(p, 0).unwrap_err().code(), "invalid_params");
    }

    #[test]
    fn blocks_are_checked() {
        let mut machine = SaveMachine::new(params(None), 1).unwrap();
        assert!(matches!(machine.handle_block(1, 10, false), Err(Misuse::BadBlock { .. })));
        assert!(matches!(machine.handle_block(0, 9, false), Err(Misuse::BadBlock { .. })));
        assert!(matches!(machine.handle_block(0, 11, true), Err(Misuse::BadBlock { .. })));
        machine.handle_block(0, 10, false).unwrap();
        assert!(matches!(machine.handle_block(1, 0, true), Err(Misuse::BadBlock { .. })));
        machine.handle_block(1, 3, true).unwrap();
        assert!(matches!(machine.handle_block(2, 3, true), Err(Misuse::BadBlock { .. })));
        assert_eq!(machine.bytes_announced(), 13);
        assert!(machine.archive_finished());
        assert!(!machine.can_accept_block());
    }

    #[test]
    fn create_goes_first_while_the_archive_is_built() {
        let mut machine = SaveMachine::new(params(None), 1).unwrap();
        let create = send(machine.poll(0));
        assert_eq!(create.body, Body::Text { text: r#"{"key":"k","version":"v"}"#.into() });
        assert_eq!(machine.poll(0), Step::Pending);
        machine.handle_response(create.id, created(), 1).unwrap();
        assert_eq!(machine.poll(1), Step::Pending, "waits for block 0");
        machine.handle_block(0, 4, true).unwrap();
        let put = send(machine.poll(2));
        assert_eq!(put.url, "https://blob.example/c/b?sig=S");
        assert_eq!(put.header("x-ms-blob-type"), Some("BlockBlob"));
        assert_eq!(put.body, Body::Block { index: 0, len: 4 });
        assert_eq!(put.sink, Sink::Discard);
        machine.handle_response(put.id, Response { status: 201, headers: vec![], body: ResponseBody::Received { len: 0 } }, 3).unwrap();
        assert_eq!(machine.poll(3), Step::Release { index: 0 });
        assert_eq!(machine.bytes_uploaded(), 4);
        let finalize = send(machine.poll(3));
        assert_eq!(finalize.body, Body::Text { text: r#"{"key":"k","size_bytes":"4","version":"v"}"#.into() });
        machine.handle_response(finalize.id, text(200, r#"{"ok":true,"entry_id":"12"}"#), 4).unwrap();
        assert_eq!(machine.poll(4), Step::Done { outcome: SaveOutcome::Saved { size: 4, entry_id: Some(12) } });
        assert_eq!(machine.handle_response(finalize.id, created(), 5), Err(Misuse::Finished));
    }

    #[test]
    fn unknown_ids_are_misuse() {
        let mut machine = SaveMachine::new(params(None), 1).unwrap();
        let create = send(machine.poll(0));
        assert_eq!(machine.handle_response(create.id + 1, created(), 0), Err(Misuse::UnknownRequest { id: create.id + 1 }));
        // The machine is unharmed.
        machine.handle_response(create.id, created(), 0).unwrap();
    }

    #[test]
    fn memory_is_bounded_by_releases() {
        let mut machine = SaveMachine::new(params(None), 1).unwrap();
        for index in 0..3 {
            assert!(machine.can_accept_block());
            machine.handle_block(index, 10, false).unwrap();
        }
        assert!(!machine.can_accept_block(), "concurrency 2 + 1 blocks held");
        let create = send(machine.poll(0));
        machine.handle_response(create.id, created(), 0).unwrap();
        let a = send(machine.poll(0));
        let b = send(machine.poll(0));
        assert_eq!(machine.poll(0), Step::Pending, "concurrency 2");
        assert_eq!((a.body.clone(), b.body.clone()), (Body::Block { index: 0, len: 10 }, Body::Block { index: 1, len: 10 }));
        machine.handle_response(b.id, Response { status: 201, headers: vec![], body: ResponseBody::Received { len: 0 } }, 0).unwrap();
        assert!(!machine.can_accept_block(), "released only once polled");
        assert_eq!(machine.poll(0), Step::Release { index: 1 });
        assert!(machine.can_accept_block());
    }

    #[test]
    fn outcome_codes_and_json() {
        let outcome = SaveOutcome::Saved { size: 3, entry_id: Some(9) };
        assert_eq!(serde_json::to_string(&outcome).unwrap(), r#"{"type":"saved","size":3,"entryId":9}"#);
        let outcome = SaveOutcome::RateLimited { retry_after_ms: Some(1000), message: "m".into() };
        assert_eq!(serde_json::to_string(&outcome).unwrap(), r#"{"type":"rateLimited","retryAfterMs":1000,"message":"m"}"#);
        let outcome = SaveOutcome::failed(FailureCode::UrlExpired, "m".into(), Some(403));
        assert_eq!(serde_json::to_string(&outcome).unwrap(), r#"{"type":"failed","code":"url_expired","message":"m","status":403}"#);
        assert_eq!(outcome.code(), "url_expired");
        assert_eq!(SaveOutcome::AlreadyExists { message: String::new() }.code(), "already_exists");
    }
}
