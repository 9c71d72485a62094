// @ts-check
/**
 * Creates cache archives exactly as actions/cache does (`tar --posix -P -C $GITHUB_WORKSPACE
 * --files-from manifest`, compressed by zstd without long mode, or gzip), but as a stream:
 * the compressed bytes come out while tar is still reading files, and no archive file is written.
 * It never uploads, and never reads a path that is not in the manifest it is given.
 */
import { spawn, spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export class ArchiveError extends Error {
  /** @param {string} message @param {string} code */
  constructor(message, code) {
    super(message);
    this.name = 'ArchiveError';
    this.code = code;
  }
}

/** @type {boolean | undefined} */
let zstdPresent;

/** Whether a `zstd` binary runs here (actions/cache's rule for choosing zstd over gzip). */
export function hasZstd() {
  if (zstdPresent === undefined) {
    const probe = spawnSync('zstd', ['--quiet', '--version'], { stdio: 'ignore' });
    zstdPresent = probe.status === 0;
  }
  return zstdPresent;
}

/**
 * The compression method a save uses: what the caller asked for, else what actions/cache
 * would pick on this machine (`zstd-without-long` when zstd runs, else `gzip`).
 * @param {string} [requested] `zstd-without-long`, `zstd` (long mode, opt-in) or `gzip`
 */
export function chooseCompression(requested) {
  if (requested) {
    if (!['zstd-without-long', 'zstd', 'gzip'].includes(requested)) {
      throw new ArchiveError(`unknown compression method '${requested}': use zstd-without-long, zstd or gzip`, 'bad_compression');
    }
    if (requested !== 'gzip' && !hasZstd()) {
      throw new ArchiveError(`compression '${requested}' needs the zstd program, which is not installed: install zstd, or use gzip`, 'zstd_missing');
    }
    return requested;
  }
  return hasZstd() ? 'zstd-without-long' : 'gzip';
}

/**
 * The tar arguments actions/cache uses for creation, writing the archive to standard output.
 * @param {{ workspace: string, manifest: string, compression: string, level?: number }} options
 */
export function tarCreateArgs({ workspace, manifest, compression, level }) {
  const args = ['--posix', '-cf', '-', '-P', '-C', workspace, '--files-from', manifest];
  if (compression === 'gzip') {
    args.push('-z');
  } else {
    const program = ['zstd', '-T0', '-q'];
    if (level !== undefined) program.push(`-${level}`, ...(level > 19 ? ['--ultra'] : []));
    if (compression === 'zstd') program.push('--long=30');
    args.push('--use-compress-program', program.join(' '));
  }
  return args;
}

/**
 * Starts tar | compressor on the given workspace-relative paths.
 *
 * @param {{ workspace: string, paths: string[], compression: string, level?: number, tempDir?: string }} options
 * @returns {Promise<{ output: AsyncIterable<Buffer>, done: Promise<void>, kill(): void }>}
 */
export async function startArchive({ workspace, paths, compression, level, tempDir }) {
  if (paths.length === 0) throw new ArchiveError('nothing to archive', 'no_files');
  if (level !== undefined && (!Number.isInteger(level) || level < 1 || level > (compression === 'gzip' ? 9 : 22))) {
    throw new ArchiveError(`compression level ${level} is out of range for ${compression} (${compression === 'gzip' ? '1-9' : '1-22'})`, 'bad_level');
  }
  const dir = await fsp.mkdtemp(path.join(tempDir ?? os.tmpdir(), 'cachet-save-'));
  const manifest = path.join(dir, 'manifest.txt');
  await fsp.writeFile(manifest, paths.join('\n'));
  const env = { ...process.env };
  if (compression === 'gzip' && level !== undefined) env.GZIP = `-${level}`;
  const child = spawn('tar', tarCreateArgs({ workspace, manifest, compression, level: compression === 'gzip' ? undefined : level }), {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    if (stderr.length < 8192) stderr += d;
  });
  const done = new Promise((resolve, reject) => {
    child.on('error', (e) => reject(new ArchiveError(`cannot run tar: ${e.message}`, 'tar_missing')));
    child.on('close', (code, signal) => {
      fsp.rm(dir, { recursive: true, force: true }).finally(() => {
        if (code === 0) resolve(undefined);
        else {
          reject(new ArchiveError(`tar failed (${signal ?? `exit ${code}`}) while archiving: ${stderr.trim().split('\n').slice(-3).join('; ') || 'no message'}`, 'tar_failed'));
        }
      });
    });
  });
  done.catch(() => {});
  // Read the pipe from the start: a child's stdout left unread while the process exits can
  // lose its data. The PassThrough keeps backpressure (its buffer is bounded).
  const output = child.stdout.pipe(new PassThrough({ highWaterMark: 1024 * 1024 }));
  return { output, done: /** @type {Promise<void>} */ (done), kill: () => child.kill('SIGKILL') };
}

/**
 * Cuts a byte stream into blocks of exactly `blockSize` bytes (the last one shorter), calling
 * `onBlock(index, bytes, last)` for each and awaiting it: the caller applies backpressure by
 * not resolving until it can take another block. A full block is held back until the next
 * byte arrives, so that the last block is always announced as last, even when the stream's
 * length is a multiple of the block size. An empty stream gives one empty last block.
 *
 * @param {AsyncIterable<Buffer>} source
 * @param {number} blockSize
 * @param {(index: number, bytes: Buffer, last: boolean) => Promise<void>} onBlock
 * @returns {Promise<number>} the total length
 */
export async function cutBlocks(source, blockSize, onBlock) {
  let index = 0;
  let total = 0;
  let current = Buffer.allocUnsafe(blockSize);
  let fill = 0;
  /** @type {Buffer | null} */
  let held = null;
  for await (const chunk of source) {
    let off = 0;
    while (off < chunk.length) {
      if (held) {
        await onBlock(index++, held, false);
        held = null;
      }
      const n = Math.min(blockSize - fill, chunk.length - off);
      chunk.copy(current, fill, off, off + n);
      fill += n;
      off += n;
      total += n;
      if (fill === blockSize) {
        held = current;
        current = Buffer.allocUnsafe(blockSize);
        fill = 0;
      }
    }
  }
  if (held) await onBlock(index++, held, true);
  else await onBlock(index++, current.subarray(0, fill), true);
  return total;
}
