//! The Twirp JSON calls to the cache service: request building, lenient response parsing, and
//! [`TwirpCall`], one call with its retries.
//!
//! Requests follow the official client (protocol-v2.md §2): snake_case fields, int64 as strings,
//! default values omitted. Responses are read leniently: snake_case or lowerCamelCase names,
//! int64 as a string or a number, a missing `ok` is `false`, unknown fields are ignored.
//! This module never decides what an answer *means* for a save or a restore: the machines do.

use serde::Serialize;
use serde_json::{Map, Value};

use super::retry::{backoff, parse_retry_after, BudgetSpent, RateGate, Rng};
use super::{Body, FailureCode, Millis, Purpose, Request, RequestId, Response, ServiceConfig, Sink, TransferPolicy, TransportError};

/// The Twirp service path.
const SERVICE: &str = "github.actions.results.api.v1.CacheService";

/// What every request of a machine shares: where to send it, the policy, the PRNG, the rate gate.
#[derive(Clone, Debug)]
pub(crate) struct Ctx {
    pub(crate) service: ServiceConfig,
    pub(crate) policy: TransferPolicy,
    pub(crate) rng: Rng,
    pub(crate) gate: RateGate,
    next_id: RequestId,
}

impl Ctx {
    pub(crate) fn new(service: ServiceConfig, policy: TransferPolicy, rng: Rng) -> Self {
        Ctx { service, policy, rng, gate: RateGate::default(), next_id: 1 }
    }

    /// A fresh request id (ids are never reused within a machine).
    pub(crate) fn new_id(&mut self) -> RequestId {
        let id = self.next_id;
        self.next_id = self.next_id.wrapping_add(1);
        id
    }

    /// Headers every request carries (the `User-Agent`, when configured).
    pub(crate) fn common_headers(&self, headers: &mut Vec<(String, String)>) {
        if let Some(agent) = self.service.user_agent.as_deref().filter(|a| !a.is_empty()) {
            headers.push(("User-Agent".into(), agent.to_owned()));
        }
    }

    /// Records a 429 on the shared gate.
    pub(crate) fn rate_limited(&mut self, now: Millis, response: &Response, what: &str, message: &str) -> Result<(), BudgetSpent> {
        let retry_after = response.header("retry-after").and_then(parse_retry_after);
        self.gate.on_rate_limited(now, retry_after, &self.policy, &mut self.rng, what, message)
    }

    /// The back-off after the `failures`-th failure of one request, from `now`.
    pub(crate) fn retry_at(&mut self, now: Millis, failures: u32) -> Millis {
        now.saturating_add(backoff(&self.policy, failures, &mut self.rng))
    }
}

/// The three methods clients use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Method {
    CreateCacheEntry,
    FinalizeCacheEntryUpload,
    GetCacheEntryDownloadUrl,
}

impl Method {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Method::CreateCacheEntry => "CreateCacheEntry",
            Method::FinalizeCacheEntryUpload => "FinalizeCacheEntryUpload",
            Method::GetCacheEntryDownloadUrl => "GetCacheEntryDownloadURL",
        }
    }

    fn purpose(self) -> Purpose {
        match self {
            Method::CreateCacheEntry => Purpose::CreateCacheEntry,
            Method::FinalizeCacheEntryUpload => Purpose::FinalizeCacheEntryUpload,
            Method::GetCacheEntryDownloadUrl => Purpose::GetCacheEntryDownloadUrl,
        }
    }
}

/// `{results_url without trailing /}/twirp/{service}/{method}`: a path prefix is kept.
pub(crate) fn url(results_url: &str, method: Method) -> String {
    format!("{}/twirp/{SERVICE}/{}", results_url.trim().trim_end_matches('/'), method.name())
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

fn int64_as_string<S: serde::Serializer>(n: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(n)
}

#[derive(Serialize)]
struct CreateRequest<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    key: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    version: &'a str,
}

#[derive(Serialize)]
struct FinalizeRequest<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    key: &'a str,
    #[serde(skip_serializing_if = "is_zero", serialize_with = "int64_as_string")]
    size_bytes: u64,
    #[serde(skip_serializing_if = "str::is_empty")]
    version: &'a str,
}

#[derive(Serialize)]
struct DownloadUrlRequest<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    key: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    restore_keys: &'a [String],
    #[serde(skip_serializing_if = "str::is_empty")]
    version: &'a str,
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Serialising plain structs of strings and integers cannot fail.
    serde_json::to_string(value).expect("wire structs always serialise")
}

/// `CreateCacheEntryRequest` as JSON.
pub(crate) fn create_body(key: &str, version: &str) -> String {
    to_json(&CreateRequest { key, version })
}

/// `FinalizeCacheEntryUploadRequest` as JSON (`size_bytes` as a string, omitted when 0).
pub(crate) fn finalize_body(key: &str, size_bytes: u64, version: &str) -> String {
    to_json(&FinalizeRequest { key, size_bytes, version })
}

/// `GetCacheEntryDownloadURLRequest` as JSON (`restore_keys` omitted when empty).
pub(crate) fn download_url_body(key: &str, restore_keys: &[String], version: &str) -> String {
    to_json(&DownloadUrlRequest { key, restore_keys, version })
}

/// The request for one attempt of a call.
pub(crate) fn request(ctx: &Ctx, id: RequestId, method: Method, body: &str) -> Request {
    let mut headers = vec![
        ("Authorization".to_owned(), format!("Bearer {}", ctx.service.runtime_token)),
        ("Content-Type".to_owned(), "application/json".to_owned()),
    ];
    ctx.common_headers(&mut headers);
    Request {
        id,
        method: "POST".into(),
        url: url(&ctx.service.results_url, method),
        headers,
        body: Body::Text { text: body.to_owned() },
        sink: Sink::Text,
        purpose: method.purpose(),
        idle_timeout_ms: ctx.policy.idle_timeout_ms,
    }
}

/// A 2xx response body: a JSON object read leniently.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Reply(Map<String, Value>);

fn camel(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

impl Reply {
    pub(crate) fn parse(text: &str) -> Option<Reply> {
        match serde_json::from_str(text) {
            Ok(Value::Object(map)) => Some(Reply(map)),
            _ => None,
        }
    }

    fn get(&self, snake: &str) -> Option<&Value> {
        self.0.get(snake).or_else(|| self.0.get(&camel(snake))).filter(|v| !v.is_null())
    }

    /// `ok`: only a JSON `true` counts (a missing field is `false`).
    pub(crate) fn ok(&self) -> bool {
        matches!(self.get("ok"), Some(Value::Bool(true)))
    }

    /// A string field; empty or missing is `None`.
    pub(crate) fn string(&self, snake: &str) -> Option<String> {
        match self.get(snake) {
            Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
            _ => None,
        }
    }

    /// An int64 field written as a string or a number.
    pub(crate) fn int64(&self, snake: &str) -> Option<u64> {
        match self.get(snake)? {
            Value::Number(n) => n.as_u64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }
}

/// A Twirp error the service answered and that no retry fixes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub(crate) status: u16,
    /// The Twirp code (`already_exists`, …), empty when the body was not a Twirp error.
    pub(crate) code: String,
    /// The Twirp `msg` (or `message`), empty when absent.
    pub(crate) msg: String,
}

impl Refusal {
    /// `(409) already_exists: cache entry … exists`.
    pub(crate) fn describe(&self) -> String {
        let mut out = format!("({})", self.status);
        if !self.code.is_empty() {
            out.push(' ');
            out.push_str(&self.code);
        }
        if !self.msg.is_empty() {
            out.push_str(": ");
            out.push_str(&self.msg);
        }
        out
    }
}

/// Reads a Twirp error body `{code, msg}` (also `message`).
fn twirp_error(text: &str) -> Option<(String, String)> {
    let reply = Reply::parse(text)?;
    let code = reply.string("code").unwrap_or_default();
    let msg = reply.string("msg").or_else(|| reply.string("message")).unwrap_or_default();
    if code.is_empty() && msg.is_empty() {
        None
    } else {
        Some((code, msg))
    }
}

/// Whether a service message says the storage budget is spent.
pub(crate) fn is_usage_message(message: &str) -> bool {
    message.to_ascii_lowercase().contains("insufficient usage")
}

/// Statuses worth another attempt: 408 and the 5xx the official client retries.
pub(crate) fn is_retryable_status(status: u16) -> bool {
    matches!(status, 408 | 500 | 502 | 503 | 504)
}

/// How a call ended (or that it goes on).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum CallResult {
    /// Still going: a retry is scheduled.
    Continue,
    /// A 2xx with a JSON object.
    Reply(Reply),
    /// A non-retryable error answer.
    Refused(Refusal),
    /// The storage budget is spent (`insufficient usage`).
    Usage { message: String, status: u16 },
    /// 429s beyond the rate-limit budget.
    RateLimited(BudgetSpent),
    /// Attempts spent on 5xx, network errors or bodies that are not JSON.
    Exhausted { code: FailureCode, message: String, status: Option<u16> },
}

/// One Twirp call and its retries.
#[derive(Clone, Debug)]
pub(crate) struct TwirpCall {
    method: Method,
    body: String,
    in_flight: Option<RequestId>,
    failures: u32,
    ready_at: Millis,
}

impl TwirpCall {
    pub(crate) fn new(method: Method, body: String) -> Self {
        TwirpCall { method, body, in_flight: None, failures: 0, ready_at: 0 }
    }

    pub(crate) fn owns(&self, id: RequestId) -> bool {
        self.in_flight == Some(id)
    }

    /// The next request to send, when it is time.
    pub(crate) fn next_request(&mut self, now: Millis, ctx: &mut Ctx) -> Option<Request> {
        if self.in_flight.is_some() || now < self.ready_at || now < ctx.gate.open_at() {
            return None;
        }
        let id = ctx.new_id();
        self.in_flight = Some(id);
        Some(request(ctx, id, self.method, &self.body))
    }

    /// When the next attempt is due, if none is in flight.
    pub(crate) fn wake_at(&self, ctx: &Ctx) -> Option<Millis> {
        match self.in_flight {
            Some(_) => None,
            None => Some(self.ready_at.max(ctx.gate.open_at())),
        }
    }

    fn retry(&mut self, now: Millis, ctx: &mut Ctx, code: FailureCode, reason: String, status: Option<u16>) -> CallResult {
        self.failures += 1;
        if self.failures >= ctx.policy.max_attempts {
            return CallResult::Exhausted {
                code,
                message: format!("Failed to {}: failed after {} attempts: {reason}", self.method.name(), self.failures),
                status,
            };
        }
        self.ready_at = ctx.retry_at(now, self.failures);
        CallResult::Continue
    }

    pub(crate) fn handle_response(&mut self, response: &Response, now: Millis, ctx: &mut Ctx) -> CallResult {
        self.in_flight = None;
        let status = response.status;
        let text = response.text().unwrap_or("");
        if (200..300).contains(&status) {
            return match Reply::parse(text) {
                Some(reply) => CallResult::Reply(reply),
                None => {
                    let reason = format!("({status}) the response body is not a JSON object: {}", snippet(text));
                    self.retry(now, ctx, FailureCode::ProtocolError, reason, Some(status))
                }
            };
        }
        let (code, msg) = twirp_error(text).unwrap_or_default();
        if is_usage_message(&msg) {
            return CallResult::Usage {
                message: format!("Cache storage quota has been hit: {msg}"),
                status,
            };
        }
        if status == 429 {
            return match ctx.rate_limited(now, response, self.method.name(), &msg) {
                Ok(()) => {
                    self.ready_at = now;
                    CallResult::Continue
                }
                Err(spent) => CallResult::RateLimited(spent),
            };
        }
        let refusal = Refusal { status, code, msg };
        if is_retryable_status(status) {
            return self.retry(now, ctx, FailureCode::ServiceError, refusal.describe(), Some(status));
        }
        CallResult::Refused(refusal)
    }

    pub(crate) fn handle_transport_error(&mut self, error: &TransportError, now: Millis, ctx: &mut Ctx) -> CallResult {
        self.in_flight = None;
        self.retry(now, ctx, FailureCode::NetworkError, super::describe_transport(error), error.status)
    }
}

/// At most 120 characters of a body, for messages.
fn snippet(text: &str) -> String {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return "(empty)".into();
    }
    let mut out: String = trimmed.chars().take(120).collect();
    if out.len() < trimmed.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{ResponseBody, TransportErrorKind};

    fn ctx() -> Ctx {
        let service = ServiceConfig {
            results_url: "https://results.example/prefix/".into(),
            runtime_token: "tok".into(),
            cache_mode: None,
            user_agent: Some("cachet-test".into()),
        };
        Ctx::new(service, TransferPolicy { max_attempts: 3, ..TransferPolicy::default() }, Rng::new(1))
    }

    fn text(status: u16, body: &str) -> Response {
        Response { status, headers: vec![], body: ResponseBody::Text { text: body.into() } }
    }

    #[test]
    fn bodies_follow_the_proto3_json_mapping() {
        assert_eq!(create_body("k", "v"), r#"{"key":"k","version":"v"}"#);
        assert_eq!(finalize_body("k", 6337348, "v"), r#"{"key":"k","size_bytes":"6337348","version":"v"}"#);
        assert_eq!(finalize_body("k", 0, "v"), r#"{"key":"k","version":"v"}"#);
        assert_eq!(download_url_body("k", &[], "v"), r#"{"key":"k","version":"v"}"#);
        assert_eq!(
            download_url_body("k\"1", &["a".into(), "b".into()], "v"),
            r#"{"key":"k\"1","restore_keys":["a","b"],"version":"v"}"#
        );
    }

    #[test]
    fn urls_keep_a_path_prefix() {
        assert_eq!(
            url("https://results-receiver.actions.githubusercontent.com/", Method::CreateCacheEntry),
            "https://results-receiver.actions.githubusercontent.com/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry"
        );
        assert_eq!(
            url("http://localhost:3000/base", Method::GetCacheEntryDownloadUrl),
            "http://localhost:3000/base/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL"
        );
    }

    #[test]
    fn replies_are_read_leniently() {
        let reply = Reply::parse(r#"{"ok":true,"signedUploadUrl":"https://u","entry_id":42,"extra":{}}"#).unwrap();
        assert!(reply.ok());
        assert_eq!(reply.string("signed_upload_url").as_deref(), Some("https://u"));
        assert_eq!(reply.int64("entry_id"), Some(42));
        let reply = Reply::parse(r#"{"entryId":"9007199254740993"}"#).unwrap();
        assert!(!reply.ok());
        assert_eq!(reply.int64("entry_id"), Some(9007199254740993));
        assert!(!Reply::parse("{}").unwrap().ok());
        assert!(!Reply::parse(r#"{"ok":"true"}"#).unwrap().ok());
        assert_eq!(Reply::parse("[1]"), None);
        assert_eq!(Reply::parse("<html>"), None);
    }

    #[test]
    fn requests_carry_the_headers() {
        let ctx = ctx();
        let request = request(&ctx, 7, Method::CreateCacheEntry, "{}");
        assert_eq!(request.header("authorization"), Some("Bearer tok"));
        assert_eq!(request.header("content-type"), Some("application/json"));
        assert_eq!(request.header("user-agent"), Some("cachet-test"));
        assert_eq!(request.url, "https://results.example/prefix/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry");
        assert_eq!(request.sink, Sink::Text);
    }

    #[test]
    fn calls_retry_5xx_and_garbage_then_give_up() {
        let mut ctx = ctx();
        let mut call = TwirpCall::new(Method::CreateCacheEntry, "{}".into());
        let first = call.next_request(0, &mut ctx).unwrap();
        assert!(call.next_request(0, &mut ctx).is_none(), "one attempt at a time");
        assert_eq!(call.handle_response(&text(503, ""), 10, &mut ctx), CallResult::Continue);
        assert_eq!(call.wake_at(&ctx), Some(10 + 3000));
        assert!(call.next_request(3009, &mut ctx).is_none());
        let second = call.next_request(3010, &mut ctx).unwrap();
        assert_ne!(first.id, second.id);
        assert_eq!(call.handle_response(&text(200, "<html>"), 3020, &mut ctx), CallResult::Continue);
        call.next_request(100_000, &mut ctx).unwrap();
        match call.handle_response(&text(502, "bad gateway"), 100_001, &mut ctx) {
            CallResult::Exhausted { code, message, status } => {
                assert_eq!(code, FailureCode::ServiceError);
                assert_eq!(status, Some(502));
                assert!(message.starts_with("Failed to CreateCacheEntry: failed after 3 attempts: (502)"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn calls_classify_errors() {
        let mut ctx = ctx();
        let mut call = TwirpCall::new(Method::CreateCacheEntry, "{}".into());
        call.next_request(0, &mut ctx).unwrap();
        let conflict = text(409, r#"{"code":"already_exists","msg":"cache entry with the same key, version, and scope already exists"}"#);
        match call.handle_response(&conflict, 0, &mut ctx) {
            CallResult::Refused(refusal) => {
                assert_eq!(refusal.code, "already_exists");
                assert_eq!(refusal.describe(), "(409) already_exists: cache entry with the same key, version, and scope already exists");
            }
            other => panic!("{other:?}"),
        }
        call.next_request(0, &mut ctx).unwrap();
        let usage = text(403, r#"{"code":"resource_exhausted","message":"Insufficient usage to create cache entry"}"#);
        assert!(matches!(call.handle_response(&usage, 0, &mut ctx), CallResult::Usage { status: 403, .. }));
        call.next_request(0, &mut ctx).unwrap();
        let error = TransportError { kind: TransportErrorKind::Stalled, message: "idle".into(), received: 0, status: None };
        assert_eq!(call.handle_transport_error(&error, 0, &mut ctx), CallResult::Continue);
    }
}
