//! Drives the save and restore machines through the shared transcripts in
//! `tests/fixtures/transcripts/*.json` (schema and driver rules in that folder's README.md; the
//! JavaScript driver's tests replay the same files) and compares every request the machines
//! build with the hand-written one, printing a line diff on a mismatch.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use cachet_core::protocol::{
    Body, Request, Response, RestoreMachine, RestoreParams, SaveMachine, SaveParams, Sink, Step, TransportError,
};
use serde::Serialize;
use serde_json::Value;

const MAX_STEPS: usize = 10_000;

fn transcripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/transcripts")
}

#[allow(clippy::disallowed_methods)] // test fixtures, not the core
fn load(name: &str) -> Value {
    let path = transcripts_dir().join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The machine-independent surface the driver needs.
trait Machine {
    fn poll_json(&mut self, now: u64) -> Step<Value>;
    fn respond(&mut self, id: u32, response: Response, now: u64);
    fn fail(&mut self, id: u32, error: TransportError, now: u64);
    /// Announces the next block if the machine has room (save only).
    fn offer_block(&mut self, _next: usize, _blocks: &[u64]) -> bool {
        false
    }
}

fn step_json<O: Serialize>(step: Step<O>) -> Step<Value> {
    match step {
        Step::Send { request } => Step::Send { request },
        Step::Release { index } => Step::Release { index },
        Step::WaitUntil { at } => Step::WaitUntil { at },
        Step::Pending => Step::Pending,
        Step::Done { outcome } => Step::Done { outcome: serde_json::to_value(outcome).unwrap() },
    }
}

impl Machine for SaveMachine {
    fn poll_json(&mut self, now: u64) -> Step<Value> {
        step_json(self.poll(now))
    }
    fn respond(&mut self, id: u32, response: Response, now: u64) {
        self.handle_response(id, response, now).unwrap();
    }
    fn fail(&mut self, id: u32, error: TransportError, now: u64) {
        self.handle_transport_error(id, error, now).unwrap();
    }
    fn offer_block(&mut self, next: usize, blocks: &[u64]) -> bool {
        if next < blocks.len() && self.can_accept_block() {
            self.handle_block(next as u32, blocks[next], next + 1 == blocks.len()).unwrap();
            true
        } else {
            false
        }
    }
}

impl Machine for RestoreMachine {
    fn poll_json(&mut self, now: u64) -> Step<Value> {
        step_json(self.poll(now))
    }
    fn respond(&mut self, id: u32, response: Response, now: u64) {
        self.handle_response(id, response, now).unwrap();
    }
    fn fail(&mut self, id: u32, error: TransportError, now: u64) {
        self.handle_transport_error(id, error, now).unwrap();
    }
}

/// A request as text, one fact a line, headers sorted by lower-case name: what is diffed.
fn render(method: &str, url: &str, mut headers: Vec<(String, String)>, body: &Body, sink: &Sink, purpose: &Value) -> String {
    headers.iter_mut().for_each(|(name, _)| *name = name.to_ascii_lowercase());
    headers.sort();
    let mut out = format!("{method} {url}\n");
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\n"));
    }
    match body {
        Body::Empty => out.push_str("body: (empty)\n"),
        Body::Text { text } => out.push_str(&format!("body: {text}\n")),
        Body::Block { index, len } => out.push_str(&format!("body: block {index} ({len} bytes)\n")),
    }
    out.push_str(&format!("sink: {}\n", serde_json::to_string(sink).unwrap()));
    out.push_str(&format!("purpose: {purpose}\n"));
    out
}

fn render_actual(request: &Request) -> String {
    render(
        &request.method,
        &request.url,
        request.headers.clone(),
        &request.body,
        &request.sink,
        &serde_json::to_value(request.purpose).unwrap(),
    )
}

fn render_expected(expected: &Value) -> String {
    let headers = expected["headers"]
        .as_object()
        .expect("request.headers is an object")
        .iter()
        .map(|(name, value)| (name.clone(), value.as_str().expect("header values are strings").to_owned()))
        .collect();
    let body: Body = serde_json::from_value(expected["body"].clone()).expect("request.body is a Body");
    let sink: Sink = serde_json::from_value(expected["sink"].clone()).expect("request.sink is a Sink");
    render(
        expected["method"].as_str().unwrap(),
        expected["url"].as_str().unwrap(),
        headers,
        &body,
        &sink,
        &expected["purpose"],
    )
}

/// A line diff (longest common subsequence): `-` expected, `+` actual.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push_str(&format!("  {}\n", a[i]));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("+ {}\n", b[j]));
            j += 1;
        } else {
            out.push_str(&format!("- {}\n", a[i]));
            i += 1;
        }
    }
    out
}

/// Replays one transcript per the README's driver rules.
fn replay(name: &str) {
    let t = load(name);
    let seed = t["seed"].as_u64().expect("seed");
    let mut now = t["start"].as_u64().unwrap_or(0);
    let blocks: Vec<u64> = t["blocks"].as_array().map(|b| b.iter().map(|v| v.as_u64().unwrap()).collect()).unwrap_or_default();
    let mut machine: Box<dyn Machine> = match t["machine"].as_str() {
        Some("save") => {
            let params: SaveParams = serde_json::from_value(t["params"].clone()).expect("save params");
            Box::new(SaveMachine::new(params, seed).expect("valid params"))
        }
        Some("restore") => {
            let params: RestoreParams = serde_json::from_value(t["params"].clone()).expect("restore params");
            Box::new(RestoreMachine::new(params, seed).expect("valid params"))
        }
        other => panic!("{name}: unknown machine {other:?}"),
    };
    let exchanges = t["exchanges"].as_array().expect("exchanges");
    let mut next_block = 0;
    let mut sent = 0;
    let mut queue: VecDeque<(u32, usize)> = VecDeque::new();
    let mut releases = Vec::new();
    for _ in 0..MAX_STEPS {
        while machine.offer_block(next_block, &blocks) {
            next_block += 1;
        }
        match machine.poll_json(now) {
            Step::Send { request } => {
                let Some(exchange) = exchanges.get(sent) else {
                    panic!("{name}: unexpected request #{sent}:\n{}", render_actual(&request));
                };
                let (expected, actual) = (render_expected(&exchange["request"]), render_actual(&request));
                if expected != actual {
                    panic!("{name}: request #{sent} differs (- expected, + actual):\n{}", diff(&expected, &actual));
                }
                assert_eq!(request.idle_timeout_ms, 30_000, "{name}: request #{sent}: the default idle timeout");
                queue.push_back((request.id, sent));
                sent += 1;
            }
            Step::Release { index } => releases.push(index),
            Step::Done { outcome } => {
                assert_eq!(
                    outcome,
                    t["outcome"],
                    "{name}: outcome\n  actual:   {outcome}\n  expected: {}",
                    t["outcome"]
                );
                assert_eq!(sent, exchanges.len(), "{name}: requests sent");
                if let Some(expected) = t.get("releases") {
                    assert_eq!(serde_json::to_value(&releases).unwrap(), *expected, "{name}: releases");
                }
                return;
            }
            Step::Pending | Step::WaitUntil { .. } if !queue.is_empty() => {
                let (id, index) = queue.pop_front().unwrap();
                let exchange = &exchanges[index];
                if let Some(error) = exchange.get("error") {
                    machine.fail(id, serde_json::from_value(error.clone()).expect("a TransportError"), now);
                } else {
                    let response: Response = serde_json::from_value(exchange["response"].clone()).expect("a Response");
                    machine.respond(id, response, now);
                }
            }
            Step::WaitUntil { at } => now = at,
            Step::Pending => panic!("{name}: the machine waits with nothing in flight and no block to give"),
        }
    }
    panic!("{name}: not done after {MAX_STEPS} steps");
}

#[test]
fn save_small_puts_one_blob() {
    replay("save-small");
}

#[test]
fn save_large_puts_blocks_then_the_list() {
    replay("save-large");
}

#[test]
fn save_409_is_already_exists() {
    replay("save-409");
}

#[test]
fn save_write_denied_keeps_the_message() {
    replay("save-write-denied");
}

#[test]
fn restore_exact_hit() {
    replay("restore-exact-hit");
}

#[test]
fn restore_restore_key_hit() {
    replay("restore-restore-key-hit");
}

#[test]
fn restore_miss() {
    replay("restore-miss");
}

#[test]
fn restore_lookup_only() {
    replay("restore-lookup-only");
}

#[test]
fn restore_without_restore_keys_omits_them() {
    replay("restore-no-restore-keys");
}

#[test]
fn every_transcript_has_a_test() {
    let mut names: Vec<String> = std::fs::read_dir(transcripts_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".json").map(str::to_owned))
        .collect();
    names.sort();
    let tested = [
        "restore-exact-hit",
        "restore-lookup-only",
        "restore-miss",
        "restore-no-restore-keys",
        "restore-restore-key-hit",
        "save-409",
        "save-large",
        "save-small",
        "save-write-denied",
    ];
    assert_eq!(names, tested);
}

#[test]
fn the_diff_is_readable() {
    let d = diff("a\nb\nc\n", "a\nx\nc\n");
    assert_eq!(d, "  a\n+ x\n- b\n  c\n");
}
