// @ts-check
/**
 * Writes extracted files on a worker thread with plain synchronous system calls, the way tar
 * does: one thread, no thread-pool hop per call. The extractor (extract.js) sends batches of
 * operations whose bytes travel in one transferred buffer per batch; the worker answers each
 * batch once done. At most a few batches are in flight, so memory stays bounded.
 *
 * It only creates folders and writes the staged files it is told to (paths decided and checked
 * by the extractor); it never reads, deletes or follows anything else. Where worker threads are
 * not available, the same operations run on this thread.
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * The worker's program (run with `eval`, so the bundles need no separate file). It applies
 * each operation in order; the first failure is reported and the rest of the batch skipped.
 */
const WORKER_SOURCE = `
const fs = require('node:fs');
const { parentPort } = require('node:worker_threads');
const fds = new Map();
${applyBatch.toString()}
parentPort.on('message', (m) => parentPort.postMessage(applyBatch(fs, fds, m)));
`;

/**
 * @typedef {{ op: 'mkdir', path: string }
 *   | { op: 'file', path: string, off: number, len: number, mode: number, mtime: number }
 *   | { op: 'open', id: number, path: string }
 *   | { op: 'append', id: number, off: number, len: number }
 *   | { op: 'close', id: number, path: string, mode: number, mtime: number }
 *   | { op: 'closeAll' }} WriteOp
 */

/**
 * Applies one batch. Kept free of outside references: it is also the worker's code.
 * @param {typeof import('node:fs')} fs
 * @param {Map<number, number>} fds
 * @param {{ seq: number, ops: WriteOp[], data: ArrayBuffer }} batch
 */
function applyBatch(fs, fds, batch) {
  const data = new Uint8Array(batch.data);
  /** @param {number} fd @param {number} off @param {number} len */
  const writeAll = (fd, off, len) => {
    let done = 0;
    while (done < len) done += fs.writeSync(fd, data, off + done, len - done);
  };
  try {
    for (const o of batch.ops) {
      if (o.op === 'mkdir') fs.mkdirSync(o.path, { recursive: true });
      else if (o.op === 'file') {
        const fd = fs.openSync(o.path, 'w', 0o600);
        try {
          writeAll(fd, o.off, o.len);
          fs.fchmodSync(fd, o.mode);
          fs.futimesSync(fd, o.mtime, o.mtime);
        } finally {
          fs.closeSync(fd);
        }
      } else if (o.op === 'open') fds.set(o.id, fs.openSync(o.path, 'w', 0o600));
      else if (o.op === 'append') writeAll(/** @type {number} */ (fds.get(o.id)), o.off, o.len);
      else if (o.op === 'close') {
        const fd = /** @type {number} */ (fds.get(o.id));
        fds.delete(o.id);
        try {
          fs.fchmodSync(fd, o.mode);
          fs.futimesSync(fd, o.mtime, o.mtime);
        } finally {
          fs.closeSync(fd);
        }
      } else if (o.op === 'closeAll') {
        for (const fd of fds.values()) fs.closeSync(fd);
        fds.clear();
      }
    }
    return { seq: batch.seq };
  } catch (e) {
    const err = /** @type {any} */ (e);
    return { seq: batch.seq, error: { message: err.message, code: err.code, path: err.path } };
  }
}

const BATCH_BYTES = 1024 * 1024;
const BATCH_OPS = 512;
const IN_FLIGHT = 4;

/**
 * A file writer: queue operations, then `flush()` to wait for all of them. Operations after a
 * failure are dropped, and the failure is thrown by the next `flush()` (or queueing call).
 */
export function createFileWriter() {
  /** @type {Worker | null} */
  let worker = null;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true });
  } catch {
    worker = null; // no worker threads here: apply batches on this thread
  }
  /** @type {Map<number, number>} used when there is no worker */
  const localFds = new Map();
  let seq = 0;
  let nextId = 0;
  /** @type {WriteOp[]} */
  let ops = [];
  /** @type {Buffer[]} */
  let parts = [];
  let bytes = 0;
  /** @type {Map<number, () => void>} */
  const pending = new Map();
  /** @type {(() => void)[]} */
  let roomWaiters = [];
  /** @type {any} */
  let failure = null;
  let closed = false;

  if (worker) {
    worker.on('message', (/** @type {{ seq: number, error?: any }} */ m) => {
      if (m.error && !failure) failure = Object.assign(new Error(m.error.message), { code: m.error.code, path: m.error.path });
      pending.get(m.seq)?.();
      pending.delete(m.seq);
      const waiters = roomWaiters;
      roomWaiters = [];
      for (const w of waiters) w();
    });
    worker.on('error', (e) => {
      failure ??= e;
      for (const done of pending.values()) done();
      pending.clear();
      for (const w of roomWaiters) w();
      roomWaiters = [];
    });
  }

  /** Sends the queued operations as one batch. */
  async function send() {
    if (ops.length === 0) return;
    // A fresh ArrayBuffer of exactly this batch: it is transferred (detached here), so it must
    // never be a view's shared backing store, such as Node's small-buffer pool.
    const data = new ArrayBuffer(bytes);
    const view = new Uint8Array(data);
    let at = 0;
    for (const part of parts) {
      view.set(part, at);
      at += part.byteLength;
    }
    const batch = { seq: seq++, ops, data };
    ops = [];
    parts = [];
    bytes = 0;
    if (!worker) {
      const r = applyBatch(fs, localFds, batch);
      if (r.error && !failure) failure = Object.assign(new Error(r.error.message), { code: r.error.code, path: r.error.path });
      return;
    }
    while (pending.size >= IN_FLIGHT && !failure) await new Promise((resolve) => roomWaiters.push(() => resolve(undefined)));
    if (failure) return;
    const done = new Promise((resolve) => pending.set(batch.seq, () => resolve(undefined)));
    worker.postMessage(batch, [batch.data]);
    done.catch(() => {});
  }

  /** @param {Uint8Array} chunk */
  function addData(chunk) {
    const off = bytes;
    parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    bytes += chunk.byteLength;
    return off;
  }

  /** @param {WriteOp} op */
  async function queue(op) {
    if (closed) throw new Error('the file writer is closed');
    if (failure) throw failure;
    ops.push(op);
    if (bytes >= BATCH_BYTES || ops.length >= BATCH_OPS) await send();
  }

  return {
    /** @param {string} path */
    mkdir: (path) => queue({ op: 'mkdir', path }),
    /**
     * A whole (small) file.
     * @param {string} path @param {Uint8Array} data @param {number} mode @param {number} mtime
     */
    writeFile(path, data, mode, mtime) {
      const off = addData(data);
      return queue({ op: 'file', path, off, len: data.byteLength, mode, mtime });
    },
    /** A large file, written in pieces. @param {string} path */
    async open(path) {
      const id = nextId++;
      await queue({ op: 'open', id, path });
      return {
        /** @param {Uint8Array} chunk */
        append(chunk) {
          const off = addData(chunk);
          return queue({ op: 'append', id, off, len: chunk.byteLength });
        },
        /** @param {number} mode @param {number} mtime */
        close(mode, mtime) {
          return queue({ op: 'close', id, path, mode, mtime });
        },
      };
    },
    /** Waits until every queued operation is applied; throws the first failure. */
    async flush() {
      await send();
      while (pending.size && !failure) await new Promise((resolve) => roomWaiters.push(() => resolve(undefined)));
      if (failure) throw failure;
    },
    /** Closes files left open (after a failure) and stops the worker. Idempotent. */
    async close() {
      if (closed) return;
      closed = true;
      ops = [{ op: 'closeAll' }];
      const hadFailure = failure;
      failure = null;
      await send().catch(() => {});
      while (pending.size) await new Promise((resolve) => roomWaiters.push(() => resolve(undefined)));
      failure = hadFailure;
      await worker?.terminate();
    },
  };
}
