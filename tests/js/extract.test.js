// Restore safety: archives made by real GNU tar + zstd, read by cachet's extractor. Entries that
// escape the declared paths are refused and nothing is written; truncated or corrupt archives
// restore nothing; good archives round-trip bytes, modes, links and times.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFile, startExtraction } from '../../js/src/archive/extract.js';
import { startArchive, cutBlocks } from '../../js/src/archive/create.js';
import { readTar } from '../../js/src/archive/tar-reader.js';
import { ArchiveAssembler } from '../../js/src/archive/assembler.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cachet-extract-test-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function tmp(prefix) {
  return fs.mkdtempSync(path.join(scratch, `${prefix}-`));
}

/** Makes a .tzst archive with GNU tar, the way actions/cache does (plus extra tar arguments). */
function makeArchive(cwd, members, extraArgs = [], compression = 'zstd') {
  const dir = tmp('archive');
  const file = path.join(dir, compression === 'gzip' ? 'a.tgz' : 'a.tzst');
  const manifest = path.join(dir, 'manifest.txt');
  fs.writeFileSync(manifest, members.join('\n'));
  const compress = compression === 'gzip' ? ['-z'] : ['--use-compress-program', 'zstd -T0'];
  execFileSync('tar', ['--posix', '-cf', file, '-P', '-C', cwd, ...extraArgs, '--files-from', manifest, ...compress]);
  return file;
}

/** Every path below `dir`, with type, for "nothing was written" checks. */
function listTree(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  const walk = (d, prefix) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = prefix + e.name;
      out.push(rel + (e.isDirectory() ? '/' : e.isSymbolicLink() ? '@' : ''));
      if (e.isDirectory()) walk(path.join(d, e.name), rel + '/');
    }
  };
  walk(dir, '');
  return out;
}

function sampleTree() {
  const ws = tmp('src');
  fs.mkdirSync(path.join(ws, 'deps/sub/deeper'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'deps/a.txt'), 'alpha\n');
  fs.writeFileSync(path.join(ws, 'deps/sub/exec.sh'), '#!/bin/sh\necho hi\n', { mode: 0o755 });
  fs.writeFileSync(path.join(ws, 'deps/sub/deeper/big.bin'), Buffer.alloc(700_000, 7));
  fs.writeFileSync(path.join(ws, 'deps/ünïcødé name.txt'), 'unicode\n');
  fs.symlinkSync('sub/exec.sh', path.join(ws, 'deps/link-to-exec'));
  fs.linkSync(path.join(ws, 'deps/a.txt'), path.join(ws, 'deps/hard-a.txt'));
  const longDir = path.join(ws, 'deps', 'x'.repeat(120));
  fs.mkdirSync(longDir);
  fs.writeFileSync(path.join(longDir, 'y'.repeat(90)), 'long name\n');
  fs.utimesSync(path.join(ws, 'deps/a.txt'), 1_600_000_000, 1_600_000_000);
  return ws;
}

test('round-trips bytes, modes, symlinks, hard links, long names and times (zstd and gzip)', async () => {
  const src = sampleTree();
  for (const compression of ['zstd-without-long', 'gzip']) {
    const file = makeArchive(src, ['deps'], [], compression === 'gzip' ? 'gzip' : 'zstd');
    const ws = tmp('dst');
    const summary = await extractFile(file, { workspace: ws, roots: ['deps'], compression });
    assert.ok(summary.entries >= 9);
    assert.deepEqual(listTree(path.join(ws, 'deps')), listTree(path.join(src, 'deps')));
    assert.equal(fs.readFileSync(path.join(ws, 'deps/sub/deeper/big.bin')).length, 700_000);
    assert.equal(fs.statSync(path.join(ws, 'deps/sub/exec.sh')).mode & 0o777, 0o755);
    assert.equal(fs.readlinkSync(path.join(ws, 'deps/link-to-exec')), 'sub/exec.sh');
    assert.equal(fs.statSync(path.join(ws, 'deps/hard-a.txt')).ino, fs.statSync(path.join(ws, 'deps/a.txt')).ino);
    assert.equal(fs.statSync(path.join(ws, 'deps/a.txt')).mtimeMs, 1_600_000_000_000);
    assert.equal(fs.readFileSync(path.join(ws, 'deps', 'x'.repeat(120), 'y'.repeat(90)), 'utf8'), 'long name\n');
  }
});

test('an entry with ../ that leaves the declared paths is refused and nothing is written', async () => {
  const root = tmp('escape');
  const src = path.join(root, 'ws');
  fs.mkdirSync(path.join(src, 'deps'), { recursive: true });
  fs.writeFileSync(path.join(src, 'deps/ok.txt'), 'ok');
  fs.mkdirSync(path.join(root, 'outside'));
  fs.writeFileSync(path.join(root, 'outside/evil.txt'), 'evil');
  const file = makeArchive(src, ['deps', '../outside/evil.txt']);
  const ws = path.join(tmp('victim'), 'ws');
  fs.mkdirSync(ws);
  await assert.rejects(extractFile(file, { workspace: ws, roots: ['deps'], compression: 'zstd-without-long' }), (e) => {
    assert.equal(e.code, 'entry_outside_paths');
    assert.match(e.message, /'\.\.\/outside\/evil\.txt'/);
    return true;
  });
  assert.deepEqual(listTree(path.dirname(ws)), ['ws/']);
});

test('an absolute entry outside the declared paths is refused', async () => {
  const src = tmp('abs-src');
  fs.writeFileSync(path.join(src, 'f.txt'), 'x');
  const target = path.join(tmp('abs-target'), 'dropped.txt');
  const file = makeArchive(src, ['f.txt'], ['--transform', `s,^f.txt,${target},`]);
  const ws = tmp('abs-ws');
  await assert.rejects(extractFile(file, { workspace: ws, roots: ['.'], compression: 'zstd-without-long' }), /outside the declared paths/);
  assert.equal(fs.existsSync(target), false);
  assert.deepEqual(listTree(ws), []);
});

test('a symbolic link pointing outside the declared paths is refused', async () => {
  const src = tmp('link-src');
  fs.mkdirSync(path.join(src, 'deps'));
  fs.symlinkSync('/etc', path.join(src, 'deps/etc'));
  const file = makeArchive(src, ['deps']);
  const ws = tmp('link-ws');
  await assert.rejects(extractFile(file, { workspace: ws, roots: ['deps'], compression: 'zstd-without-long' }), (e) => {
    assert.equal(e.code, 'link_outside_paths');
    assert.match(e.message, /deps\/etc/);
    return true;
  });
  assert.deepEqual(listTree(ws), []);
});

test('an entry written through a link made by the same archive is refused', async () => {
  const src = tmp('through-src');
  fs.mkdirSync(path.join(src, 'deps/real'), { recursive: true });
  fs.symlinkSync('real', path.join(src, 'deps/alias'));
  fs.mkdirSync(path.join(src, 'evil'));
  fs.writeFileSync(path.join(src, 'evil/f.txt'), 'x');
  // deps/alias is a link; then an entry renamed to deps/alias/f.txt tries to go through it.
  const file = makeArchive(src, ['deps', 'evil/f.txt'], ['--transform', 's,^evil/,deps/alias/,']);
  const ws = tmp('through-ws');
  await assert.rejects(extractFile(file, { workspace: ws, roots: ['deps'], compression: 'zstd-without-long' }), /through the link/);
  assert.deepEqual(listTree(ws), []);
});

test('a truncated archive restores nothing, leaving existing files as they were', async () => {
  const src = sampleTree();
  const file = makeArchive(src, ['deps']);
  const bytes = fs.readFileSync(file);
  const cut = path.join(tmp('cut'), 'cut.tzst');
  fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const ws = tmp('cut-ws');
  fs.mkdirSync(path.join(ws, 'deps'));
  fs.writeFileSync(path.join(ws, 'deps/a.txt'), 'before');
  await assert.rejects(extractFile(cut, { workspace: ws, roots: ['deps'], compression: 'zstd-without-long' }), (e) => {
    assert.match(e.code, /corrupt_archive|truncated_archive/);
    return true;
  });
  assert.deepEqual(listTree(ws), ['deps/', 'deps/a.txt']);
  assert.equal(fs.readFileSync(path.join(ws, 'deps/a.txt'), 'utf8'), 'before');
});

test('a tar stream cut at an entry boundary (valid zstd, no end marker) is not complete', async () => {
  const src = sampleTree();
  const tarFile = path.join(tmp('plain'), 'a.tar');
  execFileSync('tar', ['--posix', '-cf', tarFile, '-C', src, 'deps']);
  const whole = fs.readFileSync(tarFile);
  // Drop the two 512-byte end-of-archive blocks and the record padding.
  let end = whole.length;
  while (end > 0 && whole.subarray(end - 512, end).every((b) => b === 0)) end -= 512;
  await assert.rejects(readTar([whole.subarray(0, end)], async () => null), /truncated/);
  const all = await readTar([whole], async () => null);
  assert.ok(all.entries > 5);
});

test('the streaming pipeline (tar | zstd → blocks → assembler out of order → extraction) round-trips', async () => {
  const src = sampleTree();
  const archive = await startArchive({ workspace: src, paths: ['deps'], compression: 'zstd-without-long' });
  const blocks = [];
  const total = await cutBlocks(archive.output, 4096, async (index, bytes, last) => {
    blocks.push({ index, bytes: Buffer.from(bytes), last });
  });
  await archive.done;
  assert.equal(blocks.at(-1).last, true);
  assert.equal(blocks.reduce((n, b) => n + b.bytes.length, 0), total);
  assert.ok(blocks.slice(0, -1).every((b) => b.bytes.length === 4096));
  const ws = tmp('stream-ws');
  const extraction = await startExtraction({ workspace: ws, roots: ['deps'], compression: 'zstd-without-long' });
  const assembler = new ArchiveAssembler(extraction);
  // Deliver blocks in a scrambled order, in two halves each, as parallel ranges would.
  const order = blocks.map((_, i) => i).sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13));
  await Promise.all(
    order.map(async (i) => {
      const b = blocks[i];
      const half = Math.floor(b.bytes.length / 2);
      await assembler.write(i * 4096, b.bytes.subarray(0, half));
      await assembler.write(i * 4096 + half, b.bytes.subarray(half));
    }),
  );
  await assembler.drain();
  await extraction.finish();
  assert.deepEqual(listTree(path.join(ws, 'deps')), listTree(path.join(src, 'deps')));
});

test('cutBlocks marks an exact multiple of the block size and an empty stream correctly', async () => {
  const seen = [];
  await cutBlocks([Buffer.alloc(8), Buffer.alloc(8)], 8, async (i, b, last) => seen.push([i, b.length, last]));
  assert.deepEqual(seen, [[0, 8, false], [1, 8, true]]);
  const empty = [];
  await cutBlocks([], 8, async (i, b, last) => empty.push([i, b.length, last]));
  assert.deepEqual(empty, [[0, 0, true]]);
});
