// @ts-check
/**
 * A streaming reader of tar archives (POSIX pax, ustar and the GNU long-name extension): it
 * turns a byte stream into entries with their bodies. It never touches the filesystem; the
 * extractor (extract.js) decides what, if anything, is written.
 *
 * cachet reads archives itself, instead of handing them to `tar -x`, so that every entry can be
 * checked against the paths the user declared *before* a byte of it is written.
 */

const BLOCK = 512;

/**
 * @typedef {'file' | 'directory' | 'symlink' | 'hardlink' | 'other'} EntryType
 * @typedef {object} TarEntry
 * @property {string} name the member name as stored (workspace-relative for actions/cache archives)
 * @property {EntryType} type
 * @property {string} typeflag the raw type flag
 * @property {number} mode permission bits
 * @property {number} size body length in bytes (files only)
 * @property {number} mtime seconds since the epoch (may be fractional)
 * @property {string} linkname target of a symlink or hard link
 */

export class TarError extends Error {
  /** @param {string} message @param {string} [code] */
  constructor(message, code = 'corrupt_archive') {
    super(message);
    this.name = 'TarError';
    this.code = code;
  }
}

/** @param {Buffer} buf @param {number} start @param {number} len */
function readString(buf, start, len) {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end === -1 || end > start + len ? start + len : end);
}

/** @param {Buffer} buf @param {number} start @param {number} len */
function readNumber(buf, start, len) {
  if (buf[start] & 0x80) {
    // GNU base-256 for values that do not fit in octal.
    let value = buf[start] & 0x7f;
    for (let i = start + 1; i < start + len; i++) value = value * 256 + buf[i];
    return value;
  }
  const text = readString(buf, start, len).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarError(`bad octal number '${text}' in a tar header`);
  return parseInt(text, 8);
}

/** @param {Buffer} header */
function checksumOk(header) {
  const stored = readNumber(header, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
  return sum === stored;
}

/**
 * Parses pax extended header records (`LEN key=value\n`).
 * @param {Buffer} data
 * @returns {Record<string, string>}
 */
export function parsePax(data) {
  /** @type {Record<string, string>} */
  const out = {};
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space === -1) break;
    const len = parseInt(data.toString('ascii', pos, space), 10);
    if (!Number.isFinite(len) || len <= 0 || pos + len > data.length) throw new TarError('bad pax extended header record');
    const record = data.toString('utf8', space + 1, pos + len - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    pos += len;
  }
  return out;
}

/** @param {string} flag @returns {EntryType} */
function entryType(flag) {
  switch (flag) {
    case '0':
    case '\0':
    case '':
    case '7':
      return 'file';
    case '5':
      return 'directory';
    case '2':
      return 'symlink';
    case '1':
      return 'hardlink';
    default:
      return 'other';
  }
}

/**
 * Reads entries from a stream of tar bytes.
 *
 * `onEntry(entry)` is awaited for each entry and returns a body consumer (or null to skip the
 * body); `consumer.write(chunk)` is awaited for every body slice, and `consumer.end()` once the
 * body is complete. The reader fails on a bad checksum, a truncated stream or a missing
 * end-of-archive marker: a cut-off archive is never mistaken for a complete one.
 *
 * @param {AsyncIterable<Buffer | Uint8Array>} source
 * @param {(entry: TarEntry) => Promise<{ write(chunk: Buffer): Promise<void> | void, end(): Promise<void> | void } | null>} onEntry
 * @returns {Promise<{ entries: number, bytes: number }>}
 */
export async function readTar(source, onEntry) {
  /** @type {Buffer[]} */
  let pending = [];
  let pendingLen = 0;
  let total = 0;
  let entries = 0;
  let sawEnd = false;
  /** @type {Record<string, string>} */
  let pax = {};
  /** @type {Record<string, string>} */
  const globalPax = {};
  /** @type {string | null} */
  let gnuLongName = null;
  /** @type {string | null} */
  let gnuLongLink = null;

  /**
   * The body being read, if any.
   * @typedef {{ remaining: number, padding: number, consumer: any, collect: Buffer[] | null, kind: 'entry' | 'pax' | 'gpax' | 'L' | 'K' }} BodyState
   */
  let body = /** @type {BodyState | null} */ (/** @type {unknown} */ (null));

  /** @param {number} n */
  function take(n) {
    // Within one chunk: a view, no copy (stream chunks are never reused by their producer).
    if (pending[0].length >= n) {
      const head = pending[0];
      if (head.length === n) pending.shift();
      else pending[0] = head.subarray(n);
      pendingLen -= n;
      return head.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let off = 0;
    while (off < n) {
      const head = pending[0];
      const need = n - off;
      if (head.length <= need) {
        head.copy(out, off);
        off += head.length;
        pending.shift();
      } else {
        head.copy(out, off, 0, need);
        pending[0] = head.subarray(need);
        off += need;
      }
    }
    pendingLen -= n;
    return out;
  }

  async function finishBody() {
    if (!body) return;
    const b = body;
    body = null;
    if (b.kind === 'entry') {
      if (b.consumer) await b.consumer.end();
      return;
    }
    const data = Buffer.concat(/** @type {Buffer[]} */ (b.collect));
    if (b.kind === 'pax') pax = { ...pax, ...parsePax(data) };
    else if (b.kind === 'gpax') Object.assign(globalPax, parsePax(data));
    else if (b.kind === 'L') gnuLongName = readString(data, 0, data.length);
    else if (b.kind === 'K') gnuLongLink = readString(data, 0, data.length);
  }

  /** @param {Buffer} header */
  async function handleHeader(header) {
    if (!checksumOk(header)) throw new TarError(`tar header checksum mismatch at byte ${total - pendingLen - BLOCK}: the archive is corrupt`);
    const flag = String.fromCharCode(header[156]);
    const size = readNumber(header, 124, 12);
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      if (size > 16 * 1024 * 1024) throw new TarError('tar extended header larger than 16 MiB');
      body = { remaining: size, padding, consumer: null, collect: [], kind: flag === 'x' ? 'pax' : flag === 'g' ? 'gpax' : flag };
      if (size === 0) await finishBody();
      return;
    }
    const magic = header.toString('latin1', 257, 263);
    let name = readString(header, 0, 100);
    if (magic === 'ustar\0') {
      const prefix = readString(header, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    const merged = { ...globalPax, ...pax };
    if (gnuLongName !== null) name = gnuLongName;
    if (merged.path !== undefined) name = merged.path;
    let linkname = readString(header, 157, 100);
    if (gnuLongLink !== null) linkname = gnuLongLink;
    if (merged.linkpath !== undefined) linkname = merged.linkpath;
    const realSize = merged.size !== undefined ? Number(merged.size) : size;
    const realPadding = (BLOCK - (realSize % BLOCK)) % BLOCK;
    /** @type {TarEntry} */
    const entry = {
      name,
      type: entryType(flag),
      typeflag: flag,
      mode: readNumber(header, 100, 8) & 0o7777,
      size: realSize,
      mtime: merged.mtime !== undefined ? Number(merged.mtime) : readNumber(header, 136, 12),
      linkname,
    };
    pax = {};
    gnuLongName = null;
    gnuLongLink = null;
    entries++;
    const hasBody = entry.type === 'file' || entry.type === 'other';
    const bodySize = hasBody ? realSize : 0;
    const consumer = await onEntry(entry);
    body = { remaining: bodySize, padding: hasBody ? realPadding : 0, consumer, collect: null, kind: 'entry' };
    if (bodySize === 0 && body.padding === 0) await finishBody();
  }

  for await (const raw of source) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    total += chunk.length;
    pending.push(chunk);
    pendingLen += chunk.length;
    for (;;) {
      if (body) {
        if (body.remaining > 0) {
          if (pendingLen === 0) break;
          const n = Math.min(body.remaining, pendingLen);
          const piece = take(n);
          body.remaining -= n;
          if (body.collect) body.collect.push(piece);
          else if (body.consumer) await body.consumer.write(piece);
          if (body.remaining > 0) break;
        }
        if (body.padding > 0) {
          if (pendingLen < body.padding) break;
          take(body.padding);
          body.padding = 0;
        }
        await finishBody();
        continue;
      }
      if (sawEnd) {
        // Everything after the end-of-archive marker is padding.
        pending = [];
        pendingLen = 0;
        break;
      }
      if (pendingLen < BLOCK) break;
      const header = take(BLOCK);
      if (header.every((b) => b === 0)) {
        sawEnd = true;
        continue;
      }
      await handleHeader(header);
    }
  }
  if (body || !sawEnd) {
    throw new TarError(
      `the archive ends early (after ${total} bytes${body ? ', in the middle of an entry' : ', with no end-of-archive marker'}): it is truncated or corrupt`,
      'truncated_archive',
    );
  }
  return { entries, bytes: total };
}
