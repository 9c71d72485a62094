// The shared protocol transcripts (tests/fixtures/transcripts, also replayed by cargo test),
// run through the real JavaScript driver (js/src/driver.js) and the wasm build of the machines,
// with an in-memory fake `io`: every request the machines build must equal the hand-written one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as wasm from '../../js/src/wasm.js';
import { Mailbox, runMachine } from '../../js/src/driver.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/transcripts');
const transcripts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, ...JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));

function normalizeHeaders(headers) {
  const entries = Array.isArray(headers) ? headers : Object.entries(headers);
  return Object.fromEntries(entries.map(([k, v]) => [k.toLowerCase(), v]).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function comparable(request) {
  return {
    method: request.method,
    url: request.url,
    headers: normalizeHeaders(request.headers),
    body: request.body,
    sink: request.sink,
    purpose: request.purpose,
  };
}

assert.ok(transcripts.length >= 9, 'the transcripts are there');

for (const t of transcripts) {
  test(`transcript ${t.file}: ${t.description}`, async () => {
    const machine = t.machine === 'save' ? new wasm.SaveMachine(t.params, t.seed) : new wasm.RestoreMachine(t.params, t.seed);
    let clock = t.start ?? 0;
    let sent = 0;
    const releases = [];
    const mailbox = new Mailbox();
    let nextBlock = 0;
    const blocks = t.blocks ?? [];
    const announceBlocks = () => {
      while (nextBlock < blocks.length && machine.canAcceptBlock()) {
        machine.handleBlock(nextBlock, blocks[nextBlock], nextBlock === blocks.length - 1);
        nextBlock++;
      }
    };
    // The host's producer: blocks are announced (through the loop's mailbox) while there is room.
    if (t.machine === 'save') mailbox.post(announceBlocks);
    const io = {
      now: () => clock,
      release(index) {
        releases.push(index);
        mailbox.post(announceBlocks);
      },
      async send(request) {
        const exchange = t.exchanges[sent++];
        assert.ok(exchange, `an unexpected extra request: ${request.method} ${request.url}`);
        assert.deepEqual(comparable(request), comparable(exchange.request), `request #${sent} differs`);
        assert.equal(request.idleTimeoutMs, 30000);
        // Answer after the loop has gone idle, in the order requests were sent.
        await new Promise((resolve) => setImmediate(resolve));
        return exchange.response ? { response: exchange.response } : { error: exchange.error };
      },
    };
    const outcome = await runMachine(machine, io, { mailbox, maxSteps: 10_000 });
    assert.equal(sent, t.exchanges.length, 'every expected request was sent');
    assert.deepEqual(JSON.parse(JSON.stringify(outcome)), t.outcome);
    if (t.releases) assert.deepEqual(releases, t.releases);
    machine.free();
  });
}

test('misuse is a thrown Error with a stable code', () => {
  const machine = new wasm.RestoreMachine(transcripts.find((t) => t.machine === 'restore').params, 1);
  assert.throws(
    () => machine.handleResponse(999, { status: 200, headers: [], body: { type: 'text', text: '' } }, 0),
    (e) => e instanceof Error && typeof e.code === 'string' && /999/.test(e.message),
  );
});
