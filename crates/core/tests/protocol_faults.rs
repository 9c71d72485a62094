//! Fault tolerance of the save and restore machines, against a small deterministic fake: a
//! cache service (Twirp JSON, matching entries with `store::match_entry`) and an Azure-like blob
//! store (Put Blob, Put Block, Put Block List, ranged Get Blob, signed URLs that can expire), with
//! scripted faults. The host side is simulated too: it holds archive blocks until released and
//! feeds downloaded bytes into a "pipeline" that refuses any byte it has already received.
//!
//! Every run is bounded (at most 10 000 steps) and time moves only when the machine waits.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use cachet_core::protocol::{
    Body, FailureCode, Purpose, Request, Response, ResponseBody, RestoreMachine, RestoreOutcome, RestoreParams, SaveMachine,
    SaveOutcome, SaveParams, ServiceConfig, Sink, Step, TransferPolicy, TransportError, TransportErrorKind,
};
use cachet_core::store::{match_entry, EntryMeta};
use serde_json::{json, Value};

const MAX_STEPS: usize = 10_000;
const RESULTS: &str = "https://results.test/";
const VERSION: &str = "7fcda33c1e1d849a13bcc06f49b9ab64efc01ca9dabe4d7a8d0d387feef4fc88";

// ---------------------------------------------------------------------------------------------
// The fake service and blob store
// ---------------------------------------------------------------------------------------------

/// What a scripted fault does to a request it matches.
#[derive(Clone, Debug)]
enum Action {
    /// Answer this instead of serving the request.
    Status { status: u16, headers: Vec<(&'static str, String)>, body: String },
    /// The connection drops after `after` body bytes (served bytes reach the pipeline).
    Drop { after: u64 },
    /// No byte moves after `after` body bytes: the host aborts and reports a stall.
    Stall { after: u64 },
    /// Serve a complete response whose body is only `len` bytes long.
    Short { len: u64 },
    /// Every signed URL issued so far expires, then the request is served (and refused).
    ExpireUrls,
}

#[derive(Clone, Debug)]
struct Fault {
    purpose: Purpose,
    /// Only requests carrying this block index (Put Block).
    block: Option<u32>,
    /// Let this many matching requests through first.
    skip: u32,
    /// Then apply the action this many times (`u32::MAX`: always).
    times: u32,
    action: Action,
    seen: u32,
}

fn fault(purpose: Purpose, times: u32, action: Action) -> Fault {
    Fault { purpose, block: None, skip: 0, times, action, seen: 0 }
}

fn status(code: u16, body: &str) -> Action {
    Action::Status { status: code, headers: vec![], body: body.to_owned() }
}

#[derive(Clone, Debug)]
struct Entry {
    key: String,
    version: String,
    blob: String,
    finalized: bool,
    created_at: u64,
}

#[derive(Clone, Debug, Default)]
struct Blob {
    data: Option<Vec<u8>>,
    blocks: BTreeMap<String, Vec<u8>>,
}

/// A request as sent, with the host time.
#[derive(Clone, Debug)]
struct Sent {
    at: u64,
    request: Request,
    /// For a GET: the lowest archive byte not yet received when it was sent.
    lowest_missing: u64,
}

#[derive(Default)]
struct Fake {
    entries: Vec<Entry>,
    blobs: BTreeMap<String, Blob>,
    valid_sigs: BTreeSet<String>,
    next_sig: u32,
    faults: Vec<Fault>,
    /// The blob store ignores `Range` and always sends the whole blob with a 200.
    ignore_range: bool,
    /// The archive the host uploads (saves) and the pipeline it downloads into (restores).
    archive: Vec<u8>,
    block_size: u64,
    pipeline: Vec<u8>,
    written: Vec<bool>,
    log: Vec<Sent>,
    now: u64,
    created: u64,
}

enum Outcome {
    Response(Response),
    Error(TransportError),
}

fn text_response(status: u16, body: String) -> Response {
    Response { status, headers: vec![], body: ResponseBody::Text { text: body } }
}

fn query_param<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    let query = url.split_once('?')?.1;
    query.split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

impl Fake {
    fn new() -> Self {
        Fake { now: 1_000_000, ..Fake::default() }
    }

    /// A finalized entry, as if saved earlier.
    fn insert(&mut self, key: &str, version: &str, data: Vec<u8>) {
        let blob = format!("blob-{}", self.entries.len());
        self.blobs.insert(blob.clone(), Blob { data: Some(data), blocks: BTreeMap::new() });
        self.created += 1;
        self.entries.push(Entry { key: key.into(), version: version.into(), blob, finalized: true, created_at: self.created });
    }

    fn sign(&mut self, blob: &str, write: bool) -> String {
        self.next_sig += 1;
        let sig = format!("{}{}", if write { "w" } else { "r" }, self.next_sig);
        self.valid_sigs.insert(sig.clone());
        format!("https://blob.test/actions-cache/{blob}?se=2026-01-01T00%3A00%3A00Z&sig={sig}&sr=b")
    }

    /// The lowest pipeline byte not yet received.
    fn lowest_missing(&self) -> u64 {
        self.written.iter().position(|w| !w).unwrap_or(self.written.len()) as u64
    }

    /// The host's pipeline: every byte may arrive once only.
    fn feed(&mut self, offset: u64, bytes: &[u8]) {
        let end = offset as usize + bytes.len();
        if self.pipeline.len() < end {
            self.pipeline.resize(end, 0);
            self.written.resize(end, false);
        }
        for (i, byte) in bytes.iter().enumerate() {
            let at = offset as usize + i;
            assert!(!self.written[at], "archive byte {at} was received twice");
            self.written[at] = true;
            self.pipeline[at] = *byte;
        }
    }

    fn block_bytes(&self, index: u32, len: u64) -> Vec<u8> {
        let start = index as usize * self.block_size as usize;
        self.archive[start..start + len as usize].to_vec()
    }

    fn serve(&mut self, request: &Request) -> Outcome {
        let block = match request.body {
            Body::Block { index, .. } => Some(index),
            _ => None,
        };
        let action = self.faults.iter_mut().find_map(|f| {
            if f.purpose != request.purpose || (f.block.is_some() && f.block != block) {
                return None;
            }
            f.seen += 1;
            (f.seen > f.skip && f.seen - f.skip <= f.times).then(|| f.action.clone())
        });
        match action {
            None => self.handle(request, None),
            Some(Action::Status { status, headers, body }) => {
                let mut response = text_response(status, body);
                response.headers = headers.into_iter().map(|(n, v)| (n.to_owned(), v)).collect();
                if request.sink == Sink::Discard {
                    response.body = ResponseBody::Received { len: 0 };
                }
                Outcome::Response(response)
            }
            Some(Action::ExpireUrls) => {
                self.valid_sigs.clear();
                self.handle(request, None)
            }
            Some(Action::Drop { after }) => self.cut(request, after, TransportErrorKind::Network),
            Some(Action::Stall { after }) => self.cut(request, after, TransportErrorKind::Stalled),
            Some(Action::Short { len }) => self.handle(request, Some(len)),
        }
    }

    /// Serves the request but loses the connection after `after` body bytes.
    fn cut(&mut self, request: &Request, after: u64, kind: TransportErrorKind) -> Outcome {
        if request.purpose != Purpose::GetRange {
            return Outcome::Error(TransportError { kind, message: "connection reset".into(), received: 0, status: None });
        }
        match self.handle(request, Some(after)) {
            Outcome::Response(response) => {
                let received = match response.body {
                    ResponseBody::Received { len } if (200..300).contains(&response.status) => len,
                    _ => 0,
                };
                Outcome::Error(TransportError { kind, message: "cut".into(), received, status: Some(response.status) })
            }
            error => error,
        }
    }

    /// Serves a request; `limit` caps the body bytes delivered for a GET.
    fn handle(&mut self, request: &Request, limit: Option<u64>) -> Outcome {
        if let Some(method) = request.url.strip_prefix(&format!("{RESULTS}twirp/github.actions.results.api.v1.CacheService/")) {
            assert_eq!(request.method, "POST");
            assert_eq!(request.header("authorization"), Some("Bearer tok"));
            assert_eq!(request.header("content-type"), Some("application/json"));
            let Body::Text { text } = &request.body else { panic!("Twirp bodies are text") };
            let body: Value = serde_json::from_str(text).unwrap();
            let (status, reply) = self.twirp(method, &body);
            return Outcome::Response(text_response(status, reply.to_string()));
        }
        let (blob, _) = request.url.strip_prefix("https://blob.test/actions-cache/").unwrap().split_once('?').unwrap();
        let blob = blob.to_owned();
        assert_eq!(request.header("x-ms-version"), Some("2020-04-08"), "every blob request names the service version");
        let sig = query_param(&request.url, "sig").unwrap().to_owned();
        if !self.valid_sigs.contains(&sig) {
            let mut response = text_response(403, "<Error><Code>AuthenticationFailed</Code></Error>".into());
            response.headers = vec![("x-ms-error-code".into(), "AuthenticationFailed".into())];
            if request.sink == Sink::Discard {
                response.body = ResponseBody::Received { len: 0 };
            }
            return Outcome::Response(response);
        }
        let created = Response { status: 201, headers: vec![], body: ResponseBody::Received { len: 0 } };
        match (request.method.as_str(), query_param(&request.url, "comp")) {
            ("PUT", None) => {
                assert_eq!(request.header("x-ms-blob-type"), Some("BlockBlob"));
                let Body::Block { index: 0, len } = request.body else { panic!("Put Blob sends block 0") };
                let data = self.block_bytes(0, len);
                self.blobs.entry(blob).or_default().data = Some(data);
                Outcome::Response(created)
            }
            ("PUT", Some("block")) => {
                let id = percent_decode(query_param(&request.url, "blockid").unwrap());
                let Body::Block { index, len } = request.body else { panic!("Put Block sends a block") };
                let data = self.block_bytes(index, len);
                self.blobs.entry(blob).or_default().blocks.insert(id, data);
                Outcome::Response(created)
            }
            ("PUT", Some("blocklist")) => {
                let Body::Text { text } = &request.body else { panic!("the block list is XML") };
                let ids: Vec<String> = text.split("<Latest>").skip(1).map(|s| s.split("</Latest>").next().unwrap().to_owned()).collect();
                let stored = self.blobs.entry(blob).or_default();
                let mut data = Vec::new();
                for id in &ids {
                    data.extend_from_slice(stored.blocks.get(id).unwrap_or_else(|| panic!("block {id} was never put")));
                }
                stored.data = Some(data);
                Outcome::Response(created)
            }
            ("GET", None) => self.get(request, &blob, limit),
            other => panic!("unexpected blob request {other:?}"),
        }
    }

    fn get(&mut self, request: &Request, blob: &str, limit: Option<u64>) -> Outcome {
        let data = self.blobs[blob].data.clone().expect("a committed blob");
        let total = data.len() as u64;
        let Sink::Archive { offset } = request.sink else { panic!("GETs go to the archive") };
        let range = request.header("range").expect("every GET has a Range");
        let (a, b) = range.strip_prefix("bytes=").unwrap().split_once('-').unwrap();
        let (a, b): (u64, u64) = (a.parse().unwrap(), b.parse().unwrap());
        assert_eq!(offset, a, "the sink offset is the first byte asked");
        let (status, first, last, headers) = if self.ignore_range {
            (200, 0, total.saturating_sub(1), vec![("Content-Length".to_owned(), total.to_string())])
        } else if a >= total {
            let mut response = text_response(416, String::new());
            response.headers = vec![("Content-Range".into(), format!("bytes */{total}"))];
            return Outcome::Response(response);
        } else {
            let last = b.min(total - 1);
            (206, a, last, vec![("Content-Range".to_owned(), format!("bytes {a}-{last}/{total}"))])
        };
        let mut body = if total == 0 { Vec::new() } else { data[first as usize..=last as usize].to_vec() };
        if let Some(limit) = limit {
            body.truncate(limit as usize);
        }
        if status == 200 && offset != 0 {
            // The host would write the whole blob at the wrong offset: the machine must refuse.
        } else {
            self.feed(offset, &body);
        }
        Outcome::Response(Response { status, headers, body: ResponseBody::Received { len: body.len() as u64 } })
    }

    fn twirp(&mut self, method: &str, body: &Value) -> (u16, Value) {
        let key = body["key"].as_str().unwrap().to_owned();
        let version = body["version"].as_str().unwrap().to_owned();
        match method {
            "CreateCacheEntry" => {
                if self.entries.iter().any(|e| e.key == key && e.version == version) {
                    return (409, json!({"code": "already_exists", "msg": "cache entry with the same key, version, and scope already exists"}));
                }
                let blob = format!("blob-{}", self.entries.len());
                self.created += 1;
                self.entries.push(Entry { key, version, blob: blob.clone(), finalized: false, created_at: self.created });
                (200, json!({"ok": true, "signed_upload_url": self.sign(&blob, true)}))
            }
            "FinalizeCacheEntryUpload" => {
                let size: u64 = match &body["size_bytes"] {
                    Value::String(s) => s.parse().unwrap(),
                    Value::Null => 0,
                    other => panic!("size_bytes must be a string, got {other}"),
                };
                let index = self.entries.iter().position(|e| e.key == key && e.version == version && !e.finalized).unwrap();
                let blob = self.entries[index].blob.clone();
                let stored = self.blobs.get(&blob).and_then(|b| b.data.as_ref()).map(|d| d.len() as u64);
                if stored != Some(size) {
                    return (200, json!({"ok": false, "message": format!("size {size} does not match the blob ({stored:?})")}));
                }
                self.entries[index].finalized = true;
                (200, json!({"ok": true, "entry_id": (index + 100).to_string()}))
            }
            "GetCacheEntryDownloadURL" => {
                let restore_keys: Vec<String> =
                    body["restore_keys"].as_array().map(|a| a.iter().map(|k| k.as_str().unwrap().to_owned()).collect()).unwrap_or_default();
                assert!(body.get("restore_keys").is_none() || !restore_keys.is_empty(), "empty restore_keys are omitted");
                let metas: Vec<(EntryMeta, String)> = self
                    .entries
                    .iter()
                    .filter(|e| e.finalized)
                    .map(|e| (EntryMeta { key: e.key.clone(), version: e.version.clone(), created_at: e.created_at }, e.blob.clone()))
                    .collect();
                let just: Vec<EntryMeta> = metas.iter().map(|(m, _)| m.clone()).collect();
                let reply = match match_entry(&just, &key, &restore_keys, &version) {
                    None => json!({"ok": false}),
                    Some(found) => {
                        let blob = metas.iter().find(|(m, _)| m == found).unwrap().1.clone();
                        let matched = found.key.clone();
                        json!({"ok": true, "signed_download_url": self.sign(&blob, false), "matched_key": matched})
                    }
                };
                (200, reply)
            }
            other => panic!("unknown Twirp method {other}"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The simulated host
// ---------------------------------------------------------------------------------------------

/// The host's archive blocks during a save: announced as the machine has room, held until released.
#[derive(Default)]
struct Feeder {
    lens: Vec<u64>,
    next: usize,
    held: BTreeSet<u32>,
    max_held: usize,
}

trait Machine {
    type Outcome: std::fmt::Debug;
    fn poll(&mut self, now: u64) -> Step<Self::Outcome>;
    fn respond(&mut self, id: u32, response: Response, now: u64);
    fn fail(&mut self, id: u32, error: TransportError, now: u64);
    fn offer(&mut self, _feeder: &mut Feeder) {}
}

impl Machine for SaveMachine {
    type Outcome = SaveOutcome;
    fn poll(&mut self, now: u64) -> Step<SaveOutcome> {
        SaveMachine::poll(self, now)
    }
    fn respond(&mut self, id: u32, response: Response, now: u64) {
        self.handle_response(id, response, now).unwrap();
    }
    fn fail(&mut self, id: u32, error: TransportError, now: u64) {
        self.handle_transport_error(id, error, now).unwrap();
    }
    fn offer(&mut self, f: &mut Feeder) {
        while f.next < f.lens.len() && self.can_accept_block() {
            let index = f.next as u32;
            self.handle_block(index, f.lens[f.next], f.next + 1 == f.lens.len()).unwrap();
            f.held.insert(index);
            f.next += 1;
            f.max_held = f.max_held.max(f.held.len());
        }
    }
}

impl Machine for RestoreMachine {
    type Outcome = RestoreOutcome;
    fn poll(&mut self, now: u64) -> Step<RestoreOutcome> {
        RestoreMachine::poll(self, now)
    }
    fn respond(&mut self, id: u32, response: Response, now: u64) {
        self.handle_response(id, response, now).unwrap();
    }
    fn fail(&mut self, id: u32, error: TransportError, now: u64) {
        self.handle_transport_error(id, error, now).unwrap();
    }
}

/// Runs a machine to its outcome: requests are served at once, and their answers delivered one
/// at a time whenever the machine waits (oldest first, or newest first with `lifo`).
fn drive<M: Machine>(fake: &mut Fake, machine: &mut M, feeder: &mut Feeder, lifo: bool) -> M::Outcome {
    let mut queue: VecDeque<(u32, Outcome)> = VecDeque::new();
    for _ in 0..MAX_STEPS {
        machine.offer(feeder);
        match machine.poll(fake.now) {
            Step::Send { request } => {
                if let Body::Block { index, .. } = request.body {
                    assert!(feeder.held.contains(&index), "request for block {index}, which the host no longer holds");
                }
                let lowest_missing = fake.lowest_missing();
                fake.log.push(Sent { at: fake.now, request: request.clone(), lowest_missing });
                let outcome = fake.serve(&request);
                queue.push_back((request.id, outcome));
            }
            Step::Release { index } => assert!(feeder.held.remove(&index), "block {index} released twice or never held"),
            Step::Done { outcome } => return outcome,
            Step::Pending | Step::WaitUntil { .. } if !queue.is_empty() => {
                let (id, outcome) = if lifo { queue.pop_back() } else { queue.pop_front() }.unwrap();
                fake.now += 5;
                match outcome {
                    Outcome::Response(response) => machine.respond(id, response, fake.now),
                    Outcome::Error(error) => machine.fail(id, error, fake.now),
                }
            }
            Step::WaitUntil { at } => {
                assert!(at > fake.now, "waits are in the future");
                fake.now = at;
            }
            Step::Pending => panic!("the machine waits with nothing in flight"),
        }
    }
    panic!("not done after {MAX_STEPS} steps");
}

fn service(mode: Option<&str>) -> ServiceConfig {
    ServiceConfig { results_url: RESULTS.into(), runtime_token: "tok".into(), cache_mode: mode.map(str::to_owned), user_agent: None }
}

fn policy() -> TransferPolicy {
    TransferPolicy { block_size: 8, single_put_max: 8, concurrency: 3, ..TransferPolicy::default() }
}

fn archive(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 + i / 251) as u8).collect()
}

/// Saves `data` under `key`, returning the outcome; checks the host's memory bound.
fn save_with(fake: &mut Fake, key: &str, data: &[u8], policy: TransferPolicy, mode: Option<&str>, lifo: bool) -> SaveOutcome {
    let params = SaveParams { service: service(mode), key: key.into(), version: VERSION.into(), policy: policy.clone() };
    let mut machine = SaveMachine::new(params, 42).unwrap();
    fake.archive = data.to_vec();
    fake.block_size = policy.block_size;
    let mut lens: Vec<u64> = data.chunks(policy.block_size as usize).map(|c| c.len() as u64).collect();
    if lens.is_empty() {
        lens.push(0);
    }
    let mut feeder = Feeder { lens, ..Feeder::default() };
    let outcome = drive(fake, &mut machine, &mut feeder, lifo);
    assert!(feeder.max_held <= policy.concurrency as usize + 1, "the host held {} blocks", feeder.max_held);
    if matches!(outcome, SaveOutcome::Saved { .. }) {
        assert!(feeder.held.is_empty(), "every block is released after a save: {:?}", feeder.held);
        assert_eq!(machine.bytes_uploaded(), data.len() as u64);
    }
    outcome
}

fn save(fake: &mut Fake, data: &[u8]) -> SaveOutcome {
    save_with(fake, "key-1", data, policy(), None, false)
}

fn restore_with(fake: &mut Fake, key: &str, restore_keys: &[&str], policy: TransferPolicy, mode: Option<&str>, lifo: bool) -> RestoreOutcome {
    let params = RestoreParams {
        service: service(mode),
        key: key.into(),
        restore_keys: restore_keys.iter().map(|k| k.to_string()).collect(),
        version: VERSION.into(),
        policy,
        lookup_only: false,
    };
    let mut machine = RestoreMachine::new(params, 42).unwrap();
    fake.pipeline.clear();
    fake.written.clear();
    let outcome = drive(fake, &mut machine, &mut Feeder::default(), lifo);
    if let RestoreOutcome::Hit { size: Some(size), downloaded: true, .. } = &outcome {
        assert_eq!(machine.bytes_received(), *size);
        assert_eq!(fake.pipeline.len() as u64, *size, "the pipeline got exactly the archive");
        assert!(fake.written.iter().all(|w| *w));
    }
    outcome
}

fn restore(fake: &mut Fake) -> RestoreOutcome {
    restore_with(fake, "key-1", &[], policy(), None, false)
}

/// A fake holding `data` as the finalized entry `key-1`.
fn fake_with(data: &[u8]) -> Fake {
    let mut fake = Fake::new();
    fake.insert("key-1", VERSION, data.to_vec());
    fake
}

fn sent(fake: &Fake, purpose: Purpose) -> Vec<&Sent> {
    fake.log.iter().filter(|s| s.request.purpose == purpose).collect()
}

fn ranges(fake: &Fake) -> Vec<(u64, u64)> {
    sent(fake, Purpose::GetRange)
        .iter()
        .map(|s| {
            let range = s.request.header("range").unwrap().strip_prefix("bytes=").unwrap();
            let (a, b) = range.split_once('-').unwrap();
            (a.parse().unwrap(), b.parse().unwrap())
        })
        .collect()
}

fn hit(size: u64) -> RestoreOutcome {
    RestoreOutcome::Hit { matched_key: "key-1".into(), exact: true, size: Some(size), downloaded: true }
}

fn failed_code<T: std::fmt::Debug>(outcome: &T) -> String {
    let text = format!("{outcome:?}");
    text.split("code: ").nth(1).map(|rest| rest.split(',').next().unwrap().to_owned()).unwrap_or_else(|| panic!("not a failure: {text}"))
}

// ---------------------------------------------------------------------------------------------
// Round trips (no faults)
// ---------------------------------------------------------------------------------------------

#[test]
fn round_trips_of_many_sizes() {
    for len in [0usize, 1, 7, 8, 9, 16, 17, 100, 1000] {
        for lifo in [false, true] {
            let data = archive(len);
            let mut fake = Fake::new();
            let outcome = save_with(&mut fake, "key-1", &data, policy(), None, lifo);
            assert!(matches!(outcome, SaveOutcome::Saved { size, entry_id: Some(100) } if size == len as u64), "{len}: {outcome:?}");
            let expected_puts = if len <= 8 { (1, 0) } else { (0, len.div_ceil(8)) };
            assert_eq!((sent(&fake, Purpose::PutBlob).len(), sent(&fake, Purpose::PutBlock).len()), expected_puts, "{len}");
            assert_eq!(restore_with(&mut fake, "key-1", &[], policy(), None, lifo), hit(len as u64), "{len}");
            assert_eq!(fake.pipeline, data, "{len}");
        }
    }
}

#[test]
fn the_window_bounds_what_the_host_must_buffer() {
    let data = archive(200);
    let mut fake = fake_with(&data);
    assert_eq!(restore_with(&mut fake, "key-1", &[], policy(), None, true), hit(200));
    let pol = policy();
    for s in sent(&fake, Purpose::GetRange) {
        let range = s.request.header("range").unwrap().strip_prefix("bytes=").unwrap().to_owned();
        let last: u64 = range.split_once('-').unwrap().1.parse().unwrap();
        assert!(
            last < s.lowest_missing + u64::from(pol.concurrency) * pol.block_size,
            "asked {range} while byte {} was missing",
            s.lowest_missing
        );
    }
    let asked = ranges(&fake);
    for pair in asked.windows(2) {
        assert!(pair[0].1 < pair[1].0, "ranges never overlap: {asked:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// 5xx, network errors and bodies that are not JSON
// ---------------------------------------------------------------------------------------------

#[test]
fn twirp_5xx_then_success_on_each_call() {
    let data = archive(20);
    let mut fake = Fake::new();
    fake.faults = vec![
        fault(Purpose::CreateCacheEntry, 2, status(503, "")),
        fault(Purpose::FinalizeCacheEntryUpload, 1, status(500, r#"{"code":"internal","msg":"boom"}"#)),
        fault(Purpose::GetCacheEntryDownloadUrl, 1, status(502, "<html>bad gateway</html>")),
    ];
    assert!(matches!(save(&mut fake, &data), SaveOutcome::Saved { size: 20, .. }));
    let creates = sent(&fake, Purpose::CreateCacheEntry);
    assert_eq!(creates.len(), 3);
    // Back-off: 3 s after the first failure, then 4.5–6.75 s.
    let gap1 = creates[1].at - creates[0].at;
    let gap2 = creates[2].at - creates[1].at;
    assert!((3000..3100).contains(&gap1), "{gap1}");
    assert!((4500..6800).contains(&gap2), "{gap2}");
    assert_eq!(sent(&fake, Purpose::FinalizeCacheEntryUpload).len(), 2);
    assert_eq!(restore(&mut fake), hit(20));
    assert_eq!(sent(&fake, Purpose::GetCacheEntryDownloadUrl).len(), 2);
}

#[test]
fn blob_5xx_then_success() {
    let mut fake = Fake::new();
    fake.faults = vec![fault(Purpose::PutBlob, 1, status(503, ""))];
    assert!(matches!(save(&mut fake, &archive(5)), SaveOutcome::Saved { size: 5, .. }));
    assert_eq!(sent(&fake, Purpose::PutBlob).len(), 2);

    let data = archive(40);
    let mut fake = Fake::new();
    fake.faults = vec![
        fault(Purpose::PutBlock, 2, status(500, "")),
        fault(Purpose::PutBlockList, 1, status(503, "")),
        fault(Purpose::GetRange, 1, status(504, "")),
    ];
    assert!(matches!(save(&mut fake, &data), SaveOutcome::Saved { size: 40, .. }));
    assert_eq!(sent(&fake, Purpose::PutBlock).len(), 5 + 2);
    assert_eq!(sent(&fake, Purpose::PutBlockList).len(), 2);
    assert_eq!(restore(&mut fake), hit(40));
    assert_eq!(fake.pipeline, data);
}

#[test]
fn network_errors_are_retried() {
    let data = archive(30);
    let mut fake = Fake::new();
    fake.faults = vec![
        fault(Purpose::CreateCacheEntry, 1, Action::Drop { after: 0 }),
        fault(Purpose::PutBlock, 1, Action::Drop { after: 0 }),
        fault(Purpose::FinalizeCacheEntryUpload, 1, Action::Stall { after: 0 }),
        fault(Purpose::GetCacheEntryDownloadUrl, 1, Action::Drop { after: 0 }),
        fault(Purpose::GetRange, 1, Action::Drop { after: 0 }),
    ];
    assert!(matches!(save(&mut fake, &data), SaveOutcome::Saved { size: 30, .. }));
    assert_eq!(restore(&mut fake), hit(30));
    assert_eq!(fake.pipeline, data);
    assert_eq!(sent(&fake, Purpose::GetRange).len(), 4 + 1);
}

#[test]
fn attempts_are_bounded() {
    let cases: Vec<(Fault, &str)> = vec![
        (fault(Purpose::CreateCacheEntry, u32::MAX, status(503, "")), "ServiceError"),
        (fault(Purpose::CreateCacheEntry, u32::MAX, Action::Drop { after: 0 }), "NetworkError"),
        (fault(Purpose::CreateCacheEntry, u32::MAX, status(200, "<html>maintenance</html>")), "ProtocolError"),
        (fault(Purpose::PutBlock, u32::MAX, status(500, "")), "UploadFailed"),
        (fault(Purpose::PutBlock, u32::MAX, Action::Stall { after: 0 }), "UploadFailed"),
        (fault(Purpose::FinalizeCacheEntryUpload, u32::MAX, status(502, "")), "ServiceError"),
    ];
    for (f, code) in cases {
        let purpose = f.purpose;
        let mut fake = Fake::new();
        fake.faults = vec![f];
        let outcome = save(&mut fake, &archive(20));
        assert_eq!(failed_code(&outcome), code, "{purpose:?}: {outcome:?}");
        // Each request (each block, for Put Block) is tried max_attempts times at most; the
        // first to run out ends the save.
        let mut tries = BTreeMap::new();
        for s in fake.log.iter().filter(|s| s.request.purpose == purpose) {
            let block = match s.request.body {
                Body::Block { index, .. } => index,
                _ => 0,
            };
            *tries.entry(block).or_insert(0) += 1;
        }
        assert_eq!(tries.values().max(), Some(&5), "{purpose:?}: max_attempts tries: {tries:?}");
    }
    let cases: Vec<(Fault, &str)> = vec![
        (fault(Purpose::GetCacheEntryDownloadUrl, u32::MAX, status(500, "")), "ServiceError"),
        (fault(Purpose::GetRange, u32::MAX, status(503, "")), "DownloadFailed"),
        (fault(Purpose::GetRange, u32::MAX, Action::Stall { after: 0 }), "DownloadFailed"),
    ];
    for (f, code) in cases {
        let purpose = f.purpose;
        let mut fake = fake_with(&archive(20));
        fake.faults = vec![f];
        let outcome = restore(&mut fake);
        assert_eq!(failed_code(&outcome), code, "{purpose:?}: {outcome:?}");
        assert_eq!(sent(&fake, purpose).len(), 5, "{purpose:?}");
    }
}

#[test]
fn non_json_bodies_are_retried() {
    let mut fake = Fake::new();
    fake.faults = vec![
        fault(Purpose::CreateCacheEntry, 1, status(200, "<html>proxy</html>")),
        fault(Purpose::FinalizeCacheEntryUpload, 1, status(200, "")),
    ];
    assert!(matches!(save(&mut fake, &archive(3)), SaveOutcome::Saved { size: 3, .. }));
    assert_eq!(sent(&fake, Purpose::CreateCacheEntry).len(), 2);
    let mut fake = fake_with(&archive(3));
    fake.faults = vec![fault(Purpose::GetCacheEntryDownloadUrl, u32::MAX, status(200, "[]"))];
    match restore(&mut fake) {
        RestoreOutcome::Failed { code: FailureCode::ProtocolError, message, .. } => {
            assert!(message.contains("not a JSON object"), "{message}")
        }
        other => panic!("{other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// 429
// ---------------------------------------------------------------------------------------------

fn too_many(seconds: &str) -> Action {
    Action::Status {
        status: 429,
        headers: vec![("Retry-After", seconds.to_owned())],
        body: r#"{"code":"resource_exhausted","msg":"rate limit exceeded"}"#.into(),
    }
}

#[test]
fn retry_after_is_honoured() {
    let mut fake = Fake::new();
    fake.faults = vec![fault(Purpose::CreateCacheEntry, 1, too_many("7"))];
    assert!(matches!(save(&mut fake, &archive(3)), SaveOutcome::Saved { .. }));
    let creates = sent(&fake, Purpose::CreateCacheEntry);
    assert_eq!(creates.len(), 2);
    let answered = creates[0].at + 5;
    assert_eq!(creates[1].at, answered + 7000, "the retry waits exactly Retry-After");

    // A 429 on a GET holds every request back until the gate opens.
    let mut fake = fake_with(&archive(40));
    fake.faults = vec![Fault { skip: 1, ..fault(Purpose::GetRange, 1, too_many("2")) }];
    assert_eq!(restore(&mut fake), hit(40));
    let gets = sent(&fake, Purpose::GetRange);
    let asked = ranges(&fake);
    // The probe, then bytes 8-15 (answered 429 first, 5 ms after it was sent), 16-23, 24-31;
    // 32-39 is beyond the window until 8-15 is in, and 8-15 waits the 2 s.
    assert_eq!(asked[..4], [(0, 7), (8, 15), (16, 23), (24, 31)]);
    assert_eq!(asked[4], (8, 15));
    assert_eq!(gets[4].at, gets[1].at + 5 + 2000, "{:?}", gets.iter().map(|s| s.at).collect::<Vec<_>>());
}

#[test]
fn the_rate_limit_budget_runs_out() {
    let mut fake = Fake::new();
    fake.faults = vec![fault(Purpose::CreateCacheEntry, u32::MAX, too_many("30"))];
    match save(&mut fake, &archive(3)) {
        SaveOutcome::RateLimited { retry_after_ms, message } => {
            assert_eq!(retry_after_ms, Some(30_000));
            assert!(message.contains("rate limit exceeded") && message.contains("60000 ms"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    // 0 s, 30 s, 60 s: a third wait would overrun the 60 s budget.
    assert_eq!(sent(&fake, Purpose::CreateCacheEntry).len(), 3);

    let mut fake = fake_with(&archive(3));
    fake.faults = vec![fault(Purpose::GetCacheEntryDownloadUrl, u32::MAX, too_many("61"))];
    assert!(matches!(restore(&mut fake), RestoreOutcome::RateLimited { retry_after_ms: Some(61_000), .. }));
    assert_eq!(fake.log.len(), 1, "a wait beyond the budget is not even started");

    // Without Retry-After, the back-off paces the retries within the same budget.
    let mut fake = Fake::new();
    fake.faults = vec![fault(Purpose::PutBlob, u32::MAX, status(429, ""))];
    assert!(matches!(save(&mut fake, &archive(3)), SaveOutcome::RateLimited { retry_after_ms: None, .. }));
}

// ---------------------------------------------------------------------------------------------
// Downloads cut short, stalls, expired URLs, sizes
// ---------------------------------------------------------------------------------------------

#[test]
fn a_dropped_download_resumes_from_the_exact_byte() {
    let data = archive(40);
    let mut fake = fake_with(&data);
    // The second GET (bytes 8-15) drops after 3 bytes; the first (the probe) after 5.
    fake.faults = vec![
        fault(Purpose::GetRange, 1, Action::Drop { after: 5 }),
        Fault { skip: 1, ..fault(Purpose::GetRange, 1, Action::Drop { after: 3 }) },
    ];
    assert_eq!(restore(&mut fake), hit(40));
    assert_eq!(fake.pipeline, data);
    let asked = ranges(&fake);
    assert_eq!(asked[0], (0, 7));
    assert_eq!(asked[1], (5, 12), "the probe resumes at byte 5 (the size is not known yet)");
    assert!(asked.contains(&(13 + 3, 20)), "bytes 13-20 resume at 16: {asked:?}");
    // The pipeline refuses any byte twice, so no range re-fetched a byte that had arrived.
}

#[test]
fn an_ignored_range_cut_short_resumes_with_a_range() {
    let data = archive(30);
    let mut fake = fake_with(&data);
    fake.ignore_range = true;
    fake.faults = vec![fault(Purpose::GetRange, 1, Action::Drop { after: 12 })];
    // The resumed GET must be ranged; this blob store keeps ignoring ranges, so the machine
    // refuses the whole-blob answer to a GET that starts later.
    let outcome = restore(&mut fake);
    assert_eq!(failed_code(&outcome), "ProtocolError", "{outcome:?}");
    assert_eq!(ranges(&fake)[1].0, 12);

    // With a blob store that honours ranges after the first answer, the download completes.
    let mut fake = fake_with(&data);
    fake.ignore_range = true;
    fake.faults = vec![fault(Purpose::GetRange, 1, Action::Drop { after: 12 })];
    let params = RestoreParams {
        service: service(None),
        key: "key-1".into(),
        restore_keys: vec![],
        version: VERSION.into(),
        policy: policy(),
        lookup_only: false,
    };
    let mut machine = RestoreMachine::new(params, 1).unwrap();
    let mut feeder = Feeder::default();
    // Serve the first GET (a 200 cut after 12 bytes), then honour ranges.
    let mut first = true;
    let outcome = loop {
        match machine.poll(fake.now) {
            Step::Send { request } => {
                let served = fake.serve(&request);
                fake.log.push(Sent { at: fake.now, request: request.clone(), lowest_missing: 0 });
                if request.purpose == Purpose::GetRange && first {
                    first = false;
                    fake.ignore_range = false;
                }
                match served {
                    Outcome::Response(r) => machine.respond(request.id, r, fake.now),
                    Outcome::Error(e) => machine.fail(request.id, e, fake.now),
                }
            }
            Step::Done { outcome } => break outcome,
            Step::WaitUntil { at } => fake.now = at,
            other => panic!("{other:?}"),
        }
        machine.offer(&mut feeder);
    };
    assert_eq!(outcome, hit(30));
    assert_eq!(fake.pipeline, data);
}

#[test]
fn stalls_resume() {
    let data = archive(40);
    let mut fake = fake_with(&data);
    fake.faults = vec![
        Fault { skip: 2, ..fault(Purpose::GetRange, 1, Action::Stall { after: 6 }) },
        Fault { skip: 3, ..fault(Purpose::GetRange, 2, Action::Stall { after: 0 }) },
    ];
    assert_eq!(restore(&mut fake), hit(40));
    assert_eq!(fake.pipeline, data);
}

#[test]
fn short_bodies_resume() {
    let data = archive(24);
    let mut fake = fake_with(&data);
    fake.faults = vec![Fault { skip: 1, ..fault(Purpose::GetRange, 1, Action::Short { len: 2 }) }];
    assert_eq!(restore(&mut fake), hit(24));
    assert_eq!(fake.pipeline, data);
}

#[test]
fn an_expired_download_url_is_refreshed_once() {
    let data = archive(60);
    let mut fake = fake_with(&data);
    fake.faults = vec![Fault { skip: 3, ..fault(Purpose::GetRange, 1, Action::ExpireUrls) }];
    assert_eq!(restore_with(&mut fake, "key-1", &[], policy(), None, true), hit(60));
    assert_eq!(fake.pipeline, data, "bytes received before the refresh are kept, none fetched twice");
    assert_eq!(sent(&fake, Purpose::GetCacheEntryDownloadUrl).len(), 2);
    let urls: BTreeSet<String> = sent(&fake, Purpose::GetRange).iter().map(|s| s.request.url.clone()).collect();
    assert_eq!(urls.len(), 2, "the fresh URL is used after the refresh");

    // A second expiry fails.
    let mut fake = fake_with(&data);
    fake.faults = vec![
        Fault { skip: 3, ..fault(Purpose::GetRange, 1, Action::ExpireUrls) },
        Fault { skip: 6, ..fault(Purpose::GetRange, 1, Action::ExpireUrls) },
    ];
    let outcome = restore(&mut fake);
    assert_eq!(failed_code(&outcome), "UrlExpired", "{outcome:?}");
    assert_eq!(sent(&fake, Purpose::GetCacheEntryDownloadUrl).len(), 2);
}

#[test]
fn an_expired_upload_url_fails() {
    let mut fake = Fake::new();
    fake.faults = vec![Fault { skip: 1, ..fault(Purpose::PutBlock, 1, Action::ExpireUrls) }];
    let outcome = save(&mut fake, &archive(30));
    match outcome {
        SaveOutcome::Failed { code: FailureCode::UrlExpired, status: Some(403), message } => {
            assert!(message.contains("AuthenticationFailed"), "{message}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(sent(&fake, Purpose::CreateCacheEntry).len(), 1, "Create is not repeated");
}

#[test]
fn a_failed_block_is_retried_alone() {
    let data = archive(40);
    let mut fake = Fake::new();
    fake.faults = vec![Fault { block: Some(2), ..fault(Purpose::PutBlock, 2, status(500, "")) }];
    assert!(matches!(save(&mut fake, &data), SaveOutcome::Saved { size: 40, .. }));
    let indices: Vec<u32> = sent(&fake, Purpose::PutBlock)
        .iter()
        .map(|s| match s.request.body {
            Body::Block { index, .. } => index,
            _ => unreachable!(),
        })
        .collect();
    let mut counts = BTreeMap::new();
    for i in &indices {
        *counts.entry(*i).or_insert(0) += 1;
    }
    assert_eq!(counts, BTreeMap::from([(0, 1), (1, 1), (2, 3), (3, 1), (4, 1)]), "{indices:?}");
    assert_eq!(restore(&mut fake), hit(40));
    assert_eq!(fake.pipeline, data);
}

#[test]
fn sizes_that_disagree_are_failures_not_hits() {
    // The blob changes size between two ranges.
    let data = archive(40);
    let mut fake = fake_with(&data);
    fake.faults = vec![Fault {
        skip: 1,
        ..fault(
            Purpose::GetRange,
            1,
            Action::Status { status: 206, headers: vec![("Content-Range", "bytes 8-15/48".into())], body: String::new() },
        )
    }];
    let outcome = restore(&mut fake);
    assert_eq!(failed_code(&outcome), "SizeMismatch", "{outcome:?}");

    // A whole-blob 200 shorter than its Content-Length.
    let mut fake = fake_with(&data);
    fake.faults = vec![fault(
        Purpose::GetRange,
        1,
        Action::Status { status: 200, headers: vec![("Content-Length", "40".into())], body: "x".repeat(12) },
    )];
    // (The fake answers Text for a faked status; the machine counts its bytes.)
    let outcome = restore(&mut fake);
    assert_eq!(failed_code(&outcome), "SizeMismatch", "{outcome:?}");
}

#[test]
fn usage_and_finalize_failures() {
    let mut fake = Fake::new();
    fake.faults = vec![fault(
        Purpose::CreateCacheEntry,
        1,
        status(403, r#"{"code":"permission_denied","msg":"Insufficient usage to create a cache entry"}"#),
    )];
    let outcome = save(&mut fake, &archive(3));
    assert_eq!(failed_code(&outcome), "UsageExceeded", "{outcome:?}");

    let mut fake = Fake::new();
    fake.faults = vec![fault(
        Purpose::FinalizeCacheEntryUpload,
        1,
        status(200, r#"{"ok":false,"message":"Cache entry finalization failed due to concurrent access"}"#),
    )];
    match save(&mut fake, &archive(3)) {
        SaveOutcome::Failed { code: FailureCode::FinalizeFailed, message, .. } => {
            assert_eq!(message, "Cache entry finalization failed due to concurrent access")
        }
        other => panic!("{other:?}"),
    }

    let mut fake = Fake::new();
    fake.faults = vec![fault(Purpose::CreateCacheEntry, 1, status(403, r#"{"code":"permission_denied","msg":"no write"}"#))];
    assert_eq!(save(&mut fake, &archive(3)), SaveOutcome::WriteDenied { message: "no write".into() });
}

#[test]
fn saving_twice_is_already_exists() {
    let mut fake = Fake::new();
    assert!(matches!(save(&mut fake, &archive(9)), SaveOutcome::Saved { .. }));
    let before = fake.log.len();
    assert!(matches!(save(&mut fake, &archive(9)), SaveOutcome::AlreadyExists { .. }));
    assert_eq!(fake.log.len(), before + 1, "only CreateCacheEntry");
}

// ---------------------------------------------------------------------------------------------
// ACTIONS_CACHE_MODE, matching
// ---------------------------------------------------------------------------------------------

#[test]
fn cache_mode_each_value() {
    let table = [(None, true, true), (Some(""), true, true), (Some("write"), true, true), (Some("read"), true, false), (Some("write-only"), false, true), (Some("none"), false, false)];
    for (mode, can_read, can_write) in table {
        let mut fake = Fake::new();
        let outcome = save_with(&mut fake, "key-1", &archive(5), policy(), mode, false);
        if can_write {
            assert!(matches!(outcome, SaveOutcome::Saved { .. }), "{mode:?}: {outcome:?}");
        } else {
            assert!(matches!(outcome, SaveOutcome::Skipped { .. }), "{mode:?}: {outcome:?}");
            assert!(fake.log.is_empty(), "{mode:?}: nothing is sent");
            fake.insert("key-1", VERSION, archive(5));
        }
        let before = fake.log.len();
        let outcome = restore_with(&mut fake, "key-1", &[], policy(), mode, false);
        if can_read {
            assert_eq!(outcome, hit(5), "{mode:?}");
        } else {
            assert!(matches!(outcome, RestoreOutcome::Skipped { .. }), "{mode:?}: {outcome:?}");
            assert_eq!(fake.log.len(), before, "{mode:?}: nothing is sent");
        }
    }
}

#[test]
fn restore_keys_match_through_the_service() {
    let mut fake = Fake::new();
    fake.insert("npm-linux-aaa", VERSION, archive(4));
    fake.insert("npm-linux-bbb", VERSION, archive(6));
    fake.insert("npm-linux-ccc", "other-version", archive(8));
    let outcome = restore_with(&mut fake, "npm-linux-zzz", &["npm-linux-"], policy(), None, false);
    assert_eq!(outcome, RestoreOutcome::Hit { matched_key: "npm-linux-bbb".into(), exact: false, size: Some(6), downloaded: true });
    assert_eq!(restore_with(&mut fake, "yarn", &["pnpm-"], policy(), None, false), RestoreOutcome::Miss);
    // Some servers answer a miss with a Twirp not_found.
    fake.faults = vec![fault(Purpose::GetCacheEntryDownloadUrl, 1, status(404, r#"{"code":"not_found","msg":"no entry"}"#))];
    assert_eq!(restore_with(&mut fake, "npm-linux-aaa", &[], policy(), None, false), RestoreOutcome::Miss);
}
