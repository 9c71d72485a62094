// @ts-check
/**
 * Run the test service (./index.js) as a standalone process, e.g. for benchmarks whose client
 * runs in another process (link emulation is accurate there: a client sharing the proxy's event
 * loop steals its timer slots and gets less than the configured rate).
 *
 *   node tests/support/serve.js [--total-bytes-per-sec 125e6] [--per-connection-bytes-per-sec 60e6]
 *                               [--latency-ms 20] [--token-kind read-write|read-only|none]
 *                               [--max-lifetime-ms 900000] [--azurite-memory-mb 2048]
 *
 * Prints one JSON line on stdout once ready:
 *   { "env": { ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, … }, "service": url, "proxy": url,
 *     "azurite": url, "pid": n }
 * and stops everything (and exits) on SIGINT / SIGTERM, when its stdin reaches EOF (if stdin is
 * a pipe, e.g. its parent died), or after --max-lifetime-ms (default 15 min).
 * Fault injection is not reachable from outside; use the in-process API for that.
 */
import { parseArgs } from 'node:util';
import { startTestService } from './index.js';

const { values } = parseArgs({
  options: {
    'total-bytes-per-sec': { type: 'string' },
    'per-connection-bytes-per-sec': { type: 'string' },
    'latency-ms': { type: 'string' },
    'token-kind': { type: 'string', default: 'read-write' },
    'max-lifetime-ms': { type: 'string', default: String(15 * 60_000) },
    'azurite-memory-mb': { type: 'string' },
  },
});
/** @param {string | undefined} v */
const num = (v) => (v === undefined ? undefined : Number(v));
const link = {
  totalBytesPerSec: num(values['total-bytes-per-sec']),
  perConnectionBytesPerSec: num(values['per-connection-bytes-per-sec']),
  latencyMs: num(values['latency-ms']),
};
const maxLifetimeMs = Number(values['max-lifetime-ms']);
const tokenKind = /** @type {import('./cache-service.js').TokenKind} */ (values['token-kind']);

const memoryLimitMb = num(values['azurite-memory-mb']);
const handle = await startTestService({ link, tokenKind, maxLifetimeMs, azurite: memoryLimitMb ? { memoryLimitMb } : {} });
let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await handle.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
if (!process.stdin.isTTY) {
  process.stdin.on('end', shutdown);
  process.stdin.on('error', shutdown);
  process.stdin.resume();
}
setTimeout(shutdown, maxLifetimeMs);
process.stdout.write(
  `${JSON.stringify({ env: handle.env, service: handle.service.url, proxy: handle.proxy.url, azurite: handle.azurite.url, pid: process.pid })}\n`,
);
