//! The restore machine: look the entry up, then download its archive with ranged GETs.
//!
//! It decides every request, retry and wait of a restore, and never sees the archive's bytes:
//! each GET names its place in the archive ([`Sink::Archive`](super::Sink::Archive)); the host
//! streams the body into its extraction pipeline (reordering ranges that complete out of order)
//! and reports only how many bytes arrived. It never performs I/O and never reads a clock.
//!
//! ```text
//!   Start ──poll, ACTIONS_CACHE_MODE none|write-only──────────────────► Done(skipped)
//!     │ poll: GetCacheEntryDownloadURL (restore_keys omitted when empty)
//!     ▼
//!   Looking ──ok:false │ 404────────────────────────────────────────────► Done(miss)
//!     │   └──ok:true and lookupOnly───────────────────────────────────► Done(hit, downloaded: false)
//!     │ ok:true
//!     ▼
//!   Downloading: GET bytes=0-(blockSize-1) learns the size from Content-Range
//!     │          (a 200 without it: the whole body is the archive), then ≤ concurrency GETs,
//!     │          never past lowest missing byte + concurrency × blockSize
//!     ├──every byte received, count = size──────────────────────────────► Done(hit)
//!     │ 403 on a GET (the 10-minute signed URL expired), first time only
//!     ▼
//!   Refreshing: GetCacheEntryDownloadURL again; GETs in flight carry on
//!     └──ok:true, same matched key──► Downloading with the new URL (bytes received are kept)
//!
//!   Any state: attempts spent ⇒ Done(failed …); 429 budget spent ⇒ Done(rateLimited);
//!   a second 403 ⇒ Done(failed url_expired); sizes that disagree ⇒ Done(failed size_mismatch).
//! ```
//!
//! Faults: a GET cut short (a network error or a stall the host aborted after
//! `idleTimeoutMs`) is resumed at once from the first byte not received, without counting an
//! attempt when bytes arrived; a GET failing with no progress is retried with back-off, at most
//! `policy.max_attempts` tries in a row. Twirp calls retry as in [`super::save`].

use serde::{Deserialize, Serialize};

use super::blob::{self, Attempt, Verdict};
use super::retry::Rng;
use super::twirp::{self, CallResult, Ctx, Method, TwirpCall};
use super::{
    check_common, describe_transport, mode_allows, FailureCode, Millis, Misuse, ParamsError, Request, RequestId, Response,
    ServiceConfig, Step, TransferPolicy, TransportError,
};

/// What to restore.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RestoreParams {
    /// The cache service.
    pub service: ServiceConfig,
    /// The primary key: matched exactly, then as a prefix.
    pub key: String,
    /// Further prefixes to try, in order, when the key matches nothing.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub restore_keys: Vec<String>,
    /// The entry's version (see [`crate::key::cache_version`]).
    pub version: String,
    /// Retries, timeouts, range size and concurrency.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub policy: TransferPolicy,
    /// Only look the entry up: do not download it.
    #[serde(default)]
    #[cfg_attr(feature = "ts", tsify(optional))]
    pub lookup_only: bool,
}

/// How a restore ended. Only `failed` and `rateLimited` are failures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(tsify::Tsify))]
#[cfg_attr(feature = "ts", tsify(missing_as_null))]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum RestoreOutcome {
    /// An entry matched (and, unless looking up only, its archive was fed to the host whole).
    Hit {
        /// The full key of the entry found.
        matched_key: String,
        /// Whether it is the primary key itself (exact string comparison).
        exact: bool,
        /// The archive size; `null` when it was not downloaded.
        size: Option<u64>,
        /// Whether the archive was downloaded.
        downloaded: bool,
    },
    /// No entry matched.
    Miss,
    /// Restoring is not allowed in this job (`ACTIONS_CACHE_MODE`); no request was sent.
    Skipped {
        /// Why.
        reason: String,
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
    /// The restore failed; whatever reached the host's pipeline must be discarded.
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

impl RestoreOutcome {
    /// A stable code: the outcome's type in snake_case (`hit`, `miss`, …), or the failure code
    /// for `failed`.
    pub fn code(&self) -> &'static str {
        match self {
            RestoreOutcome::Hit { .. } => "hit",
            RestoreOutcome::Miss => "miss",
            RestoreOutcome::Skipped { .. } => "skipped",
            RestoreOutcome::RateLimited { .. } => "rate_limited",
            RestoreOutcome::Failed { code, .. } => code.as_str(),
        }
    }

    fn failed(code: FailureCode, message: String, status: Option<u16>) -> Self {
        RestoreOutcome::Failed { code, message, status }
    }
}

/// The step type of a restore, as TypeScript sees it.
#[cfg_attr(feature = "ts", tsify::declare)]
pub type RestoreStep = Step<RestoreOutcome>;

/// A span of the archive fetched by one GET at a time (resumed GETs ask for the rest of it).
#[derive(Clone, Debug)]
struct Span {
    start: u64,
    /// Exclusive end; `None` for the first span while the archive size is unknown.
    end: Option<u64>,
    received: u64,
    attempt: Attempt,
    /// First and last byte of the GET in flight (or last sent).
    asked: (u64, u64),
}

impl Span {
    fn new(start: u64, end: Option<u64>) -> Self {
        Span { start, end, received: 0, attempt: Attempt::default(), asked: (start, start) }
    }

    fn next(&self) -> u64 {
        self.start + self.received
    }

    fn done(&self) -> bool {
        self.end == Some(self.next())
    }
}

/// What a GET's answer means for the machine.
enum SpanEvent {
    Continue,
    Complete,
    Expired(String),
    Over(RestoreOutcome),
}

/// The download of one archive.
#[derive(Clone, Debug)]
struct Download {
    url: String,
    matched_key: String,
    total: Option<u64>,
    spans: Vec<Span>,
    refreshed: bool,
}

impl Download {
    fn new(url: String, matched_key: String) -> Self {
        Download { url, matched_key, total: None, spans: vec![Span::new(0, None)], refreshed: false }
    }

    fn received(&self) -> u64 {
        self.spans.iter().map(|s| s.received).sum()
    }

    fn owner(&self, id: RequestId) -> Option<usize> {
        self.spans.iter().position(|s| s.attempt.in_flight == Some(id))
    }

    fn in_flight(&self) -> usize {
        self.spans.iter().filter(|s| s.attempt.in_flight.is_some()).count()
    }

    /// Spans that may be requested now (ignoring time): within the window, below concurrency.
    fn eligible(&self, ctx: &Ctx) -> impl Iterator<Item = usize> + '_ {
        let concurrency = ctx.policy.concurrency as usize;
        let room = self.in_flight() < concurrency;
        let lowest = self.spans.iter().find(|s| !s.done()).map(Span::next).unwrap_or(u64::MAX);
        let window_end = lowest.saturating_add(u64::from(ctx.policy.concurrency).saturating_mul(ctx.policy.block_size));
        self.spans
            .iter()
            .enumerate()
            .filter(move |(_, s)| room && !s.done() && s.attempt.in_flight.is_none() && s.end.is_none_or(|end| end <= window_end))
            .map(|(i, _)| i)
    }

    fn next_request(&mut self, now: Millis, ctx: &mut Ctx) -> Option<Request> {
        let index = self.eligible(ctx).find(|&i| self.spans[i].attempt.ready(now, ctx))?;
        let block_size = ctx.policy.block_size;
        let span = &mut self.spans[index];
        let first = span.next();
        let last = match span.end {
            Some(end) => end - 1,
            None => first.saturating_add(block_size - 1),
        };
        let id = ctx.new_id();
        span.attempt.in_flight = Some(id);
        span.asked = (first, last);
        Some(blob::get_range(ctx, id, &self.url, first, last))
    }

    fn wake_at(&self, ctx: &Ctx) -> Option<Millis> {
        self.eligible(ctx).filter_map(|i| self.spans[i].attempt.wake_at(ctx)).min()
    }

    /// Whether every byte is in; `Over(size_mismatch)` if the count disagrees with the size.
    fn check_complete(&self) -> SpanEvent {
        match self.total {
            Some(total) if self.spans.iter().all(Span::done) => {
                let received = self.received();
                if received == total {
                    SpanEvent::Complete
                } else {
                    SpanEvent::Over(RestoreOutcome::failed(
                        FailureCode::SizeMismatch,
                        format!("received {received} bytes of an archive of {total} bytes"),
                        None,
                    ))
                }
            }
            _ => SpanEvent::Continue,
        }
    }

    /// The archive size is now known: the first span ends at `end`, more spans cover the rest.
    fn plan(&mut self, total: u64, first_end: u64, block_size: u64) {
        self.total = Some(total);
        self.spans[0].end = Some(first_end);
        let mut start = first_end;
        while start < total {
            let end = start.saturating_add(block_size).min(total);
            self.spans.push(Span::new(start, Some(end)));
            start = end;
        }
    }

    fn on_response(&mut self, index: usize, response: &Response, now: Millis, ctx: &mut Ctx) -> SpanEvent {
        let asked = self.spans[index].asked;
        self.spans[index].attempt.in_flight = None;
        let what = format!("GET bytes={}-{}", asked.0, asked.1);
        let protocol = |message: String| SpanEvent::Over(RestoreOutcome::failed(FailureCode::ProtocolError, message, Some(response.status)));
        let mismatch = |message: String| SpanEvent::Over(RestoreOutcome::failed(FailureCode::SizeMismatch, message, Some(response.status)));
        let content_range = response.header("content-range").map(|v| (v, blob::parse_content_range(v)));
        if response.status == 416 {
            // Azure answers 416 to a range on an empty blob (`bytes */0`), or from the very end.
            let total = match content_range {
                None => Some(0),
                Some((_, Some(blob::ContentRange { range: None, total }))) => total,
                Some(_) => None,
            };
            return match total {
                Some(total) if self.total.is_none() && total == asked.0 => {
                    self.plan(total, total, ctx.policy.block_size);
                    self.check_complete()
                }
                _ => SpanEvent::Over(RestoreOutcome::failed(
                    FailureCode::DownloadFailed,
                    format!("{what} failed: {}", blob::describe_status(response)),
                    Some(416),
                )),
            };
        }
        match blob::classify(response) {
            Verdict::RateLimited => {
                self.spans[index].attempt.ready_at = now;
                match ctx.rate_limited(now, response, &what, "") {
                    Ok(()) => SpanEvent::Continue,
                    Err(spent) => SpanEvent::Over(RestoreOutcome::RateLimited { retry_after_ms: spent.retry_after_ms, message: spent.message }),
                }
            }
            Verdict::Refused(reason) => SpanEvent::Expired(format!("{what} was refused {reason}")),
            Verdict::Retry(reason) => match self.spans[index].attempt.failed(now, ctx) {
                Ok(()) => SpanEvent::Continue,
                Err(failures) => SpanEvent::Over(RestoreOutcome::failed(
                    FailureCode::DownloadFailed,
                    format!("{what} failed after {failures} attempts: {reason}"),
                    Some(response.status),
                )),
            },
            Verdict::Fatal(reason) => SpanEvent::Over(RestoreOutcome::failed(
                FailureCode::DownloadFailed,
                format!("{what} failed: {reason}"),
                Some(response.status),
            )),
            Verdict::Success if response.status == 206 => {
                let (value, range, total) = match content_range {
                    Some((value, Some(blob::ContentRange { range: Some(range), total: Some(total) }))) => (value, range, total),
                    Some((value, _)) => return protocol(format!("{what}: unusable Content-Range '{value}'")),
                    None => return protocol(format!("{what}: a 206 without Content-Range")),
                };
                match self.total {
                    None => {
                        let expected_last = asked.1.min(total.saturating_sub(1));
                        if range != (asked.0, expected_last) {
                            return protocol(format!("{what}: the blob store sent '{value}'"));
                        }
                        self.plan(total, expected_last + 1, ctx.policy.block_size);
                    }
                    Some(known) if known != total => {
                        return mismatch(format!("{what}: the archive was {known} bytes, now '{value}'"));
                    }
                    Some(_) if range != asked => return protocol(format!("{what}: the blob store sent '{value}'")),
                    Some(_) => {}
                }
                self.received_body(index, response.received(), range.1 - range.0 + 1, now, ctx, &what)
            }
            Verdict::Success => {
                // A 200: the server ignored the Range header and sent the whole blob. Usable only
                // as the answer to the very first GET, whose bytes go to offset 0.
                if self.total.is_some() || asked.0 != 0 {
                    return protocol(format!("{what}: the blob store ignored the Range header (HTTP {})", response.status));
                }
                let len = response.received();
                if let Some(length) = response.header("content-length").and_then(|v| v.trim().parse::<u64>().ok()) {
                    if length != len {
                        return mismatch(format!("{what}: received {len} bytes of a {length}-byte body"));
                    }
                }
                self.spans[0].received = len;
                self.plan(len, len, ctx.policy.block_size);
                self.check_complete()
            }
        }
    }

    /// Books `len` body bytes of a GET that asked for `expected`.
    fn received_body(&mut self, index: usize, len: u64, expected: u64, now: Millis, ctx: &mut Ctx, what: &str) -> SpanEvent {
        if len > expected {
            return SpanEvent::Over(RestoreOutcome::failed(
                FailureCode::SizeMismatch,
                format!("{what}: received {len} bytes for a range of {expected}"),
                None,
            ));
        }
        let span = &mut self.spans[index];
        span.received += len;
        if len < expected {
            // A body that ended early: resume from the next byte.
            if len > 0 {
                span.attempt.failures = 0;
                span.attempt.ready_at = now;
            } else if let Err(failures) = span.attempt.failed(now, ctx) {
                return SpanEvent::Over(RestoreOutcome::failed(
                    FailureCode::DownloadFailed,
                    format!("{what} failed after {failures} attempts: the body was empty"),
                    None,
                ));
            }
        }
        self.check_complete()
    }

    fn on_transport_error(&mut self, index: usize, error: &TransportError, now: Millis, ctx: &mut Ctx) -> SpanEvent {
        let asked = self.spans[index].asked;
        self.spans[index].attempt.in_flight = None;
        let what = format!("GET bytes={}-{}", asked.0, asked.1);
        // Bytes of an error status's body went to text, not to the archive.
        let got = if error.status.is_none_or(|s| (200..300).contains(&s)) { error.received } else { 0 };
        if self.total.is_none() && asked.0 == 0 && error.status == Some(200) {
            // The first GET was answered with the whole blob and cut short: its bytes are the
            // archive's first bytes all the same.
            self.spans[index].received += got;
        } else {
            let expected = asked.1 - asked.0 + 1;
            if got > expected {
                return SpanEvent::Over(RestoreOutcome::failed(
                    FailureCode::SizeMismatch,
                    format!("{what}: received {got} bytes for a range of {expected}"),
                    error.status,
                ));
            }
            self.spans[index].received += got;
        }
        let span = &mut self.spans[index];
        if span.done() {
            return self.check_complete();
        }
        if got > 0 {
            span.attempt.failures = 0;
            span.attempt.ready_at = now;
            return SpanEvent::Continue;
        }
        match span.attempt.failed(now, ctx) {
            Ok(()) => SpanEvent::Continue,
            Err(failures) => SpanEvent::Over(RestoreOutcome::failed(
                FailureCode::DownloadFailed,
                format!("{what} failed after {failures} attempts: {}", describe_transport(error)),
                error.status,
            )),
        }
    }

    /// A GET was refused (403): send it again once the URL is fresh.
    fn requeue(&mut self, index: usize, now: Millis) {
        let span = &mut self.spans[index];
        span.attempt.in_flight = None;
        span.attempt.ready_at = now;
    }
}

/// Where the restore is. Every change of variant happens in [`RestoreMachine::transition`].
#[derive(Clone, Debug)]
enum State {
    Start,
    Looking(TwirpCall),
    Downloading(Download),
    Refreshing { call: TwirpCall, download: Download },
    Done(RestoreOutcome),
}

enum Input {
    Poll,
    Response(RequestId, Response),
    Transport(RequestId, TransportError),
}

/// Restores one cache entry. See the [module docs](self) for the states and the
/// [protocol docs](super) for the run loop.
///
/// Methods: getters ([`bytes_received`](Self::bytes_received), [`total_size`](Self::total_size),
/// [`matched_key`](Self::matched_key)), inputs (`handle_*`) and the output ([`poll`](Self::poll)).
#[derive(Clone, Debug)]
pub struct RestoreMachine {
    ctx: Ctx,
    key: String,
    restore_keys: Vec<String>,
    version: String,
    lookup_only: bool,
    state: State,
    /// Kept after the download ends, for the getters.
    progress: (u64, Option<u64>, Option<String>),
}

impl RestoreMachine {
    /// A machine for one restore. `seed` drives the back-off jitter: pass a fresh random number
    /// for real runs, a constant in tests.
    pub fn new(params: RestoreParams, seed: u64) -> Result<Self, ParamsError> {
        let RestoreParams { service, key, restore_keys, version, policy, lookup_only } = params;
        crate::key::check_keys(&key, &restore_keys).map_err(|error| ParamsError::Key { error })?;
        check_common(&service, &version, &policy)?;
        Ok(RestoreMachine {
            ctx: Ctx::new(service, policy, Rng::new(seed)),
            key,
            restore_keys,
            version,
            lookup_only,
            state: State::Start,
            progress: (0, None, None),
        })
    }

    // ----- getters -----

    /// Archive bytes the host reported received (resumed GETs included once).
    pub fn bytes_received(&self) -> u64 {
        match &self.state {
            State::Downloading(d) | State::Refreshing { download: d, .. } => d.received(),
            _ => self.progress.0,
        }
    }

    /// The archive size, once the blob store said.
    pub fn total_size(&self) -> Option<u64> {
        match &self.state {
            State::Downloading(d) | State::Refreshing { download: d, .. } => d.total,
            _ => self.progress.1,
        }
    }

    /// The key of the entry found, once the service said.
    pub fn matched_key(&self) -> Option<&str> {
        match &self.state {
            State::Downloading(d) | State::Refreshing { download: d, .. } => Some(&d.matched_key),
            _ => self.progress.2.as_deref(),
        }
    }

    /// The outcome, once the machine is done.
    pub fn outcome(&self) -> Option<&RestoreOutcome> {
        match &self.state {
            State::Done(outcome) => Some(outcome),
            _ => None,
        }
    }

    // ----- inputs -----

    /// Reports the response to request `id`.
    pub fn handle_response(&mut self, id: RequestId, response: Response, now: Millis) -> Result<(), Misuse> {
        self.advance(now, Input::Response(id, response))
    }

    /// Reports that request `id` failed without a complete response; `error.received` says how
    /// many body bytes reached the archive pipeline before it did.
    pub fn handle_transport_error(&mut self, id: RequestId, error: TransportError, now: Millis) -> Result<(), Misuse> {
        self.advance(now, Input::Transport(id, error))
    }

    // ----- output -----

    /// What the host does next. Call it until it returns `Pending`, `WaitUntil` or `Done`.
    #[must_use]
    pub fn poll(&mut self, now: Millis) -> RestoreStep {
        // Poll never names a request, so it cannot be misuse.
        let _ = self.advance(now, Input::Poll);
        let ctx = &mut self.ctx;
        let (request, wake) = match &mut self.state {
            State::Done(outcome) => return Step::Done { outcome: outcome.clone() },
            State::Start => (None, None),
            State::Looking(call) => (call.next_request(now, ctx), call.wake_at(ctx)),
            State::Downloading(download) => (download.next_request(now, ctx), download.wake_at(ctx)),
            State::Refreshing { call, .. } => (call.next_request(now, ctx), call.wake_at(ctx)),
        };
        if let Some(request) = request {
            return Step::Send { request };
        }
        match wake {
            Some(at) if at > now => Step::WaitUntil { at },
            _ => Step::Pending,
        }
    }

    // ----- transitions -----

    fn advance(&mut self, now: Millis, input: Input) -> Result<(), Misuse> {
        let state = std::mem::replace(&mut self.state, State::Start);
        let (next, result) = self.transition(state, now, input);
        if let State::Downloading(d) | State::Refreshing { download: d, .. } = &next {
            self.progress = (d.received(), d.total, Some(d.matched_key.clone()));
        }
        self.state = next;
        result
    }

    fn lookup_call(&self) -> TwirpCall {
        TwirpCall::new(Method::GetCacheEntryDownloadUrl, twirp::download_url_body(&self.key, &self.restore_keys, &self.version))
    }

    /// Every transition of the machine.
    fn transition(&mut self, state: State, now: Millis, input: Input) -> (State, Result<(), Misuse>) {
        use Input::{Poll, Response as Resp, Transport};
        let next = match (state, input) {
            (State::Done(outcome), Poll) => State::Done(outcome),
            (State::Done(outcome), Resp(..) | Transport(..)) => return (State::Done(outcome), Err(Misuse::Finished)),

            (State::Start, Poll) => match mode_allows(&self.ctx.service, false) {
                Err(reason) => State::Done(RestoreOutcome::Skipped { reason }),
                Ok(()) => State::Looking(self.lookup_call()),
            },

            (State::Looking(mut call), Resp(id, response)) if call.owns(id) => {
                let result = call.handle_response(&response, now, &mut self.ctx);
                self.after_lookup(call, result)
            }
            (State::Looking(mut call), Transport(id, error)) if call.owns(id) => {
                let result = call.handle_transport_error(&error, now, &mut self.ctx);
                self.after_lookup(call, result)
            }

            (State::Downloading(mut download), Resp(id, response)) if download.owner(id).is_some() => {
                let index = download.owner(id).expect("checked by the guard");
                match download.on_response(index, &response, now, &mut self.ctx) {
                    SpanEvent::Continue => State::Downloading(download),
                    SpanEvent::Complete => self.done(&download, self.hit(&download)),
                    SpanEvent::Expired(_) if !download.refreshed => {
                        download.requeue(index, now);
                        State::Refreshing { call: self.lookup_call(), download }
                    }
                    SpanEvent::Expired(reason) => {
                        let outcome = RestoreOutcome::failed(
                            FailureCode::UrlExpired,
                            format!("{reason} again after a fresh signed URL was issued"),
                            Some(response.status),
                        );
                        self.done(&download, outcome)
                    }
                    SpanEvent::Over(outcome) => self.done(&download, outcome),
                }
            }
            (State::Downloading(mut download), Transport(id, error)) if download.owner(id).is_some() => {
                let index = download.owner(id).expect("checked by the guard");
                match download.on_transport_error(index, &error, now, &mut self.ctx) {
                    SpanEvent::Continue | SpanEvent::Expired(_) => State::Downloading(download),
                    SpanEvent::Complete => self.done(&download, self.hit(&download)),
                    SpanEvent::Over(outcome) => self.done(&download, outcome),
                }
            }

            (State::Refreshing { call, mut download }, Resp(id, response)) if download.owner(id).is_some() => {
                let index = download.owner(id).expect("checked by the guard");
                match download.on_response(index, &response, now, &mut self.ctx) {
                    SpanEvent::Continue => State::Refreshing { call, download },
                    SpanEvent::Expired(_) => {
                        download.requeue(index, now);
                        State::Refreshing { call, download }
                    }
                    SpanEvent::Complete => self.done(&download, self.hit(&download)),
                    SpanEvent::Over(outcome) => self.done(&download, outcome),
                }
            }
            (State::Refreshing { call, mut download }, Transport(id, error)) if download.owner(id).is_some() => {
                let index = download.owner(id).expect("checked by the guard");
                match download.on_transport_error(index, &error, now, &mut self.ctx) {
                    SpanEvent::Continue | SpanEvent::Expired(_) => State::Refreshing { call, download },
                    SpanEvent::Complete => self.done(&download, self.hit(&download)),
                    SpanEvent::Over(outcome) => self.done(&download, outcome),
                }
            }
            (State::Refreshing { mut call, download }, Resp(id, response)) if call.owns(id) => {
                let result = call.handle_response(&response, now, &mut self.ctx);
                self.after_refresh(call, download, result)
            }
            (State::Refreshing { mut call, download }, Transport(id, error)) if call.owns(id) => {
                let result = call.handle_transport_error(&error, now, &mut self.ctx);
                self.after_refresh(call, download, result)
            }

            (state, Resp(id, _) | Transport(id, _)) => return (state, Err(Misuse::UnknownRequest { id })),
            (state, Poll) => state,
        };
        (next, Ok(()))
    }

    /// The end of a download: keeps its progress for the getters.
    fn done(&mut self, download: &Download, outcome: RestoreOutcome) -> State {
        self.progress = (download.received(), download.total, Some(download.matched_key.clone()));
        State::Done(outcome)
    }

    fn hit(&self, download: &Download) -> RestoreOutcome {
        RestoreOutcome::Hit {
            exact: download.matched_key == self.key,
            matched_key: download.matched_key.clone(),
            size: download.total,
            downloaded: true,
        }
    }

    fn after_lookup(&mut self, call: TwirpCall, result: CallResult) -> State {
        match result {
            CallResult::Continue => State::Looking(call),
            CallResult::Reply(reply) if reply.ok() => {
                let (Some(url), Some(matched_key)) = (reply.string("signed_download_url"), reply.string("matched_key")) else {
                    return State::Done(RestoreOutcome::failed(
                        FailureCode::ProtocolError,
                        "GetCacheEntryDownloadURL answered ok without a signed_download_url and a matched_key".into(),
                        None,
                    ));
                };
                if self.lookup_only {
                    self.progress.2 = Some(matched_key.clone());
                    State::Done(RestoreOutcome::Hit { exact: matched_key == self.key, matched_key, size: None, downloaded: false })
                } else {
                    State::Downloading(Download::new(url, matched_key))
                }
            }
            CallResult::Reply(_) => State::Done(RestoreOutcome::Miss),
            CallResult::Refused(refusal) if refusal.status == 404 || refusal.code == "not_found" => State::Done(RestoreOutcome::Miss),
            other => State::Done(common_failure(other)),
        }
    }

    fn after_refresh(&mut self, call: TwirpCall, mut download: Download, result: CallResult) -> State {
        match result {
            CallResult::Continue => State::Refreshing { call, download },
            CallResult::Reply(reply) if reply.ok() => match (reply.string("signed_download_url"), reply.string("matched_key")) {
                (Some(url), Some(matched_key)) if matched_key == download.matched_key => {
                    download.url = url;
                    download.refreshed = true;
                    State::Downloading(download)
                }
                (Some(_), Some(matched_key)) => State::Done(RestoreOutcome::failed(
                    FailureCode::UrlExpired,
                    format!(
                        "the signed download URL expired and the service now matches another entry ('{matched_key}' instead of '{}')",
                        download.matched_key
                    ),
                    None,
                )),
                _ => State::Done(RestoreOutcome::failed(
                    FailureCode::ProtocolError,
                    "GetCacheEntryDownloadURL answered ok without a signed_download_url and a matched_key".into(),
                    None,
                )),
            },
            CallResult::Reply(_) => State::Done(RestoreOutcome::failed(
                FailureCode::UrlExpired,
                format!("the signed download URL expired and the entry '{}' is no longer available", download.matched_key),
                None,
            )),
            other => State::Done(common_failure(other)),
        }
    }
}

fn common_failure(result: CallResult) -> RestoreOutcome {
    match result {
        CallResult::Usage { message, status } => RestoreOutcome::failed(FailureCode::UsageExceeded, message, Some(status)),
        CallResult::RateLimited(spent) => RestoreOutcome::RateLimited { retry_after_ms: spent.retry_after_ms, message: spent.message },
        CallResult::Exhausted { code, message, status } => RestoreOutcome::failed(code, message, status),
        CallResult::Refused(refusal) => RestoreOutcome::failed(
            FailureCode::ServiceError,
            format!("Failed to GetCacheEntryDownloadURL: {}", refusal.describe()),
            Some(refusal.status),
        ),
        CallResult::Continue | CallResult::Reply(_) => unreachable!("handled by the caller"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{ResponseBody, Sink};

    fn params() -> RestoreParams {
        RestoreParams {
            service: ServiceConfig {
                results_url: "https://results.example".into(),
                runtime_token: "tok".into(),
                cache_mode: None,
                user_agent: None,
            },
            key: "k".into(),
            restore_keys: vec![],
            version: "v".into(),
            policy: TransferPolicy { block_size: 10, concurrency: 2, ..TransferPolicy::default() },
            lookup_only: false,
        }
    }

    fn send(step: RestoreStep) -> Request {
        match step {
            Step::Send { request } => request,
            other => panic!("expected a request, got {other:?}"),
        }
    }

    fn found(machine: &mut RestoreMachine, matched: &str) {
        let lookup = send(machine.poll(0));
        let body = format!(r#"{{"ok":true,"signed_download_url":"https://blob/x?sig=s","matched_key":"{matched}"}}"#);
        machine.handle_response(lookup.id, Response { status: 200, headers: vec![], body: ResponseBody::Text { text: body } }, 0).unwrap();
    }

    fn partial(range: &str, len: u64) -> Response {
        Response {
            status: 206,
            headers: vec![("Content-Range".into(), range.into())],
            body: ResponseBody::Received { len },
        }
    }

    #[test]
    fn modes_that_forbid_reading_skip() {
        for mode in ["none", "write-only"] {
            let mut p = params();
            p.service.cache_mode = Some(mode.into());
            let mut machine = RestoreMachine::new(p, 0).unwrap();
            assert!(matches!(machine.poll(0), Step::Done { outcome: RestoreOutcome::Skipped { .. } }));
        }
    }

    #[test]
    fn the_window_bounds_ranges_in_flight() {
        let mut machine = RestoreMachine::new(params(), 0).unwrap();
        found(&mut machine, "k");
        let first = send(machine.poll(0));
        assert_eq!(first.header("range"), Some("bytes=0-9"));
        assert_eq!(first.sink, Sink::Archive { offset: 0 });
        assert_eq!(machine.poll(0), Step::Pending, "one GET until the size is known");
        machine.handle_response(first.id, partial("bytes 0-9/45", 10), 0).unwrap();
        assert_eq!(machine.total_size(), Some(45));
        let a = send(machine.poll(0));
        let b = send(machine.poll(0));
        assert_eq!((a.header("range"), b.header("range")), (Some("bytes=10-19"), Some("bytes=20-29")));
        assert_eq!(machine.poll(0), Step::Pending);
        // The later range completes first: the window (lowest missing byte 10 + 2 × 10) still
        // stops at byte 30.
        machine.handle_response(b.id, partial("bytes 20-29/45", 10), 0).unwrap();
        assert_eq!(machine.poll(0), Step::Pending, "bytes 30-39 are beyond the window");
        machine.handle_response(a.id, partial("bytes 10-19/45", 10), 0).unwrap();
        let c = send(machine.poll(0));
        let d = send(machine.poll(0));
        assert_eq!((c.header("range"), d.header("range")), (Some("bytes=30-39"), Some("bytes=40-44")));
        machine.handle_response(d.id, partial("bytes 40-44/45", 5), 0).unwrap();
        machine.handle_response(c.id, partial("bytes 30-39/45", 10), 0).unwrap();
        assert_eq!(
            machine.poll(0),
            Step::Done { outcome: RestoreOutcome::Hit { matched_key: "k".into(), exact: true, size: Some(45), downloaded: true } }
        );
        assert_eq!(machine.bytes_received(), 45);
    }

    #[test]
    fn a_small_archive_fits_the_first_range() {
        let mut machine = RestoreMachine::new(params(), 0).unwrap();
        found(&mut machine, "k-old");
        let first = send(machine.poll(0));
        machine.handle_response(first.id, partial("bytes 0-3/4", 4), 0).unwrap();
        assert!(matches!(
            machine.poll(0),
            Step::Done { outcome: RestoreOutcome::Hit { exact: false, size: Some(4), .. } }
        ));
    }

    #[test]
    fn an_empty_archive_is_a_416() {
        let mut machine = RestoreMachine::new(params(), 0).unwrap();
        found(&mut machine, "k");
        let first = send(machine.poll(0));
        let response = Response {
            status: 416,
            headers: vec![("Content-Range".into(), "bytes */0".into())],
            body: ResponseBody::Received { len: 0 },
        };
        machine.handle_response(first.id, response, 0).unwrap();
        assert!(matches!(machine.poll(0), Step::Done { outcome: RestoreOutcome::Hit { size: Some(0), downloaded: true, .. } }));
    }

    #[test]
    fn a_wrong_content_range_is_refused() {
        let mut machine = RestoreMachine::new(params(), 0).unwrap();
        found(&mut machine, "k");
        let first = send(machine.poll(0));
        machine.handle_response(first.id, partial("bytes 0-9/45", 10), 0).unwrap();
        let a = send(machine.poll(0));
        machine.handle_response(a.id, partial("bytes 0-9/45", 10), 0).unwrap();
        assert!(matches!(
            machine.poll(0),
            Step::Done { outcome: RestoreOutcome::Failed { code: FailureCode::ProtocolError, .. } }
        ));
    }

    #[test]
    fn outcome_json() {
        let hit = RestoreOutcome::Hit { matched_key: "a".into(), exact: false, size: None, downloaded: false };
        assert_eq!(
            serde_json::to_string(&hit).unwrap(),
            r#"{"type":"hit","matchedKey":"a","exact":false,"size":null,"downloaded":false}"#
        );
        assert_eq!(serde_json::to_string(&RestoreOutcome::Miss).unwrap(), r#"{"type":"miss"}"#);
    }
}
