// `npm run bench:transfer`: cachet against @actions/cache on the same data, same service, same run.
//
// The test service (real Azurite behind the blob proxy, tests/support/serve.js) runs in its own
// process with a hosted runner's link emulated on blob traffic: 125 MB/s in all, 60 MB/s per
// connection, 20 ms per request (on loopback without it, transfer strategy would not show).
// About 1 GiB of mixed data (many small files, a few large; partly compressible) is generated
// once under bench/.data/. Each round times, alternating the order, cachet's and @actions/cache's
// save, then their restores into empty workspaces, each in a fresh process after `sync`; it
// prints medians, ratios (cachet / @actions/cache: lower is better) and peak memory (max RSS).
//
//   node bench/transfer.mjs [--rounds 3] [--gib 1] [--dir DIR]
//
// --dir puts the data, the restore workspaces and RUNNER_TEMP elsewhere (default bench/.data on
// the project's disk). `--dir /dev/shm/cachet-bench` takes the disk out of the measurement, which
// shows the transfer strategies alone when the disk is slower than the link.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, gib: { type: 'string', default: '1' }, dir: { type: 'string' } },
});
const rounds = Number(values.rounds);
const totalBytes = Math.round(Number(values.gib) * 1024 ** 3);
const base = path.resolve(values.dir ?? path.join(root, 'bench/.data'));
const dataDir = path.join(base, 'transfer-' + values.gib);
fs.mkdirSync(base, { recursive: true });
const work = fs.mkdtempSync(path.join(base, 'run-'));

function generate() {
  if (fs.existsSync(path.join(dataDir, '.complete'))) return;
  console.log(`generating ${(totalBytes / 1e9).toFixed(2)} GB of test data in ${dataDir} (once)...`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const deps = path.join(dataDir, 'deps');
  // 30% as 12,000 small text-like files (compressible), 70% as 4 large files, half random.
  const smallTotal = Math.floor(totalBytes * 0.3);
  const smallCount = 12_000;
  const words = 'function const return import export module require value cache key restore save ';
  for (let i = 0; i < smallCount; i++) {
    const d = path.join(deps, `pkg-${i % 300}`, `lib-${i % 7}`);
    fs.mkdirSync(d, { recursive: true });
    const size = Math.floor(smallTotal / smallCount);
    const seed = randomBytes(16).toString('hex');
    let text = '';
    while (text.length < size) text += `${seed} ${words}${text.length}\n`;
    fs.writeFileSync(path.join(d, `file-${i}.js`), text.slice(0, size));
  }
  const largeEach = Math.floor((totalBytes - smallTotal) / 4);
  for (let i = 0; i < 4; i++) {
    const fd = fs.openSync(path.join(deps, `large-${i}.bin`), 'w');
    const chunk = 4 * 1024 * 1024;
    for (let off = 0; off < largeEach; off += chunk) {
      const n = Math.min(chunk, largeEach - off);
      // Random halves are incompressible; the others compress well.
      fs.writeSync(fd, i % 2 === 0 ? randomBytes(n) : Buffer.alloc(n, (off / chunk) & 0xff));
    }
    fs.closeSync(fd);
  }
  fs.writeFileSync(path.join(dataDir, '.complete'), '');
}

function startService() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      path.join(root, 'tests/support/serve.js'),
      '--total-bytes-per-sec', '125e6', '--per-connection-bytes-per-sec', '60e6', '--latency-ms', '20',
      '--azurite-memory-mb', '12000', '--max-lifetime-ms', String(60 * 60_000),
    ], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl !== -1) resolve({ child, info: JSON.parse(out.slice(0, nl)) });
    });
    child.on('exit', (code) => reject(new Error(`the test service exited (${code})`)));
  });
}

function runChild(env, tool, op, key, workspace) {
  execFileSync('sync');
  let out;
  try {
    out = execFileSync(process.execPath, [path.join(root, 'bench/transfer-child.mjs'), tool, op, key, workspace, 'deps'], {
    env: { ...process.env, ...env, RUNNER_TEMP: path.join(work, 'tmp') },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
  });
  } catch (e) {
    throw new Error(`${tool} ${op} failed: ${String(e.stderr ?? e.message).split('\n').slice(-15).join('\n')}`);
  }
  const line = out.toString().trim().split('\n').at(-1);
  const r = JSON.parse(line);
  const want = op === 'save' ? 'saved' : 'hit';
  if (r.result.outcome !== want) throw new Error(`${tool} ${op} gave ${JSON.stringify(r.result)}`);
  return r;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

generate();
fs.mkdirSync(path.join(work, 'tmp'), { recursive: true });
const { child, info } = await startService();
const times = { cachet: { save: [], restore: [] }, actions: { save: [], restore: [] } };
const rss = { cachet: { save: [], restore: [] }, actions: { save: [], restore: [] } };
try {
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['cachet', 'actions'] : ['actions', 'cachet'];
    const key = `bench-${process.pid}-${round}`;
    for (const op of ['save', 'restore']) {
      for (const tool of order) {
        const ws = op === 'save' ? dataDir : fs.mkdtempSync(path.join(work, `${tool}-`));
        const r = runChild(info.env, tool, op, `${key}-${tool}`, ws);
        times[tool][op].push(r.ms);
        rss[tool][op].push(r.maxRssMB);
        console.log(`round ${round + 1}: ${tool.padEnd(7)} ${op.padEnd(7)} ${(r.ms / 1000).toFixed(2)} s, max RSS ${r.maxRssMB.toFixed(0)} MB${r.result.size ? `, archive ${(r.result.size / 1e6).toFixed(0)} MB` : ''}`);
        if (op === 'restore') fs.rmSync(ws, { recursive: true, force: true });
      }
    }
  }
} finally {
  child.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
}

console.log('\n@actions/cache took the single-stream GET download path: it parallelises downloads only for');
console.log('hosts named *.blob.core.windows.net, and the signed URLs here point at 127.0.0.1.');
console.log(`\nmedians over ${rounds} rounds (link: 125 MB/s total, 60 MB/s per connection, 20 ms per request; files in ${base})`);
for (const op of ['save', 'restore']) {
  const c = median(times.cachet[op]);
  const a = median(times.actions[op]);
  console.log(
    `${op.padEnd(8)} cachet ${(c / 1000).toFixed(2)} s, @actions/cache ${(a / 1000).toFixed(2)} s, ratio ${(c / a).toFixed(2)}x` +
      ` | peak RSS cachet ${Math.max(...rss.cachet[op]).toFixed(0)} MB, @actions/cache ${Math.max(...rss.actions[op]).toFixed(0)} MB`,
  );
}
