// @ts-check
/**
 * Performs the HTTP requests a protocol machine asks for, with Node's http/https modules:
 * bodies come from the archive blocks the host holds, response bodies go to text, nowhere, or
 * the archive assembler, and a request whose bytes stop moving for its idle timeout is aborted
 * and reported as stalled (with the bytes received so far, so the machine can resume).
 *
 * It decides nothing: no retry, no wait, no interpretation of statuses. Signed URLs are never
 * logged with their query (their signature is a secret).
 */
import http from 'node:http';
import https from 'node:https';
import { logUrl } from '../wasm.js';

/** A URL for messages: the core's `logUrl` (no query, where a signed URL keeps its signature). @param {string} url */
const redactUrl = (url) => (url.includes('?') ? `${logUrl(url)}?…` : url);

const MAX_TEXT = 16 * 1024 * 1024;
const WRITE_SLICE = 1024 * 1024;

/**
 * @param {{
 *   blocks?: Map<number, Uint8Array>,
 *   archive?: { write(offset: number, chunk: Uint8Array): Promise<void> },
 *   maxSockets?: number,
 *   onBytes?: (direction: 'up' | 'down', n: number) => void,
 * }} options
 */
export function createNodeHttpIo({ blocks = new Map(), archive, maxSockets = 16, onBytes } = {}) {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets }),
    'https:': new https.Agent({ keepAlive: true, maxSockets }),
  };

  /**
   * @param {import('../../wasm/cachet_wasm.js').Request} request
   * @param {AbortSignal} signal
   * @returns {Promise<{ response: import('../../wasm/cachet_wasm.js').Response } | { error: import('../../wasm/cachet_wasm.js').TransportError }>}
   */
  function send(request, signal) {
    return new Promise((resolve) => {
      let settled = false;
      let received = 0;
      /** @type {number | undefined} */
      let status;
      /** @type {NodeJS.Timeout | undefined} */
      let idleTimer;
      const idleMs = request.idleTimeoutMs;

      /** @param {any} result */
      const finish = (result) => {
        if (settled) return;
        settled = true;
        if (idleTimer) clearTimeout(idleTimer);
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      };
      /** @param {'network' | 'stalled'} kind @param {string} message */
      const fail = (kind, message) =>
        finish({ error: { kind, message, received, ...(status !== undefined ? { status } : {}) } });

      const armIdle = () => {
        if (idleTimer) clearTimeout(idleTimer);
        if (idleMs > 0) {
          idleTimer = setTimeout(() => {
            fail('stalled', `no data moved for ${idleMs} ms (${request.method} ${redactUrl(request.url)})`);
            req.destroy();
          }, idleMs);
        }
      };
      const pauseIdle = () => {
        if (idleTimer) clearTimeout(idleTimer);
        idleTimer = undefined;
      };
      const onAbort = () => {
        fail('network', 'aborted');
        req.destroy();
      };

      /** @type {Uint8Array | null} */
      let body = null;
      if (request.body.type === 'text') body = Buffer.from(request.body.text, 'utf8');
      else if (request.body.type === 'block') {
        const block = blocks.get(request.body.index);
        if (!block || block.length !== request.body.len) {
          throw new Error(`archive block ${request.body.index} is not held (or has the wrong length): driver bug`);
        }
        body = block;
      }

      const url = new URL(request.url);
      const agent = agents[/** @type {'http:' | 'https:'} */ (url.protocol)];
      if (!agent) {
        fail('network', `unsupported URL scheme '${url.protocol}' in ${redactUrl(request.url)}`);
        return;
      }
      /** @type {Record<string, string>} */
      const headers = {};
      for (const [name, value] of request.headers) headers[name.toLowerCase()] = value;
      if (body || request.method === 'PUT' || request.method === 'POST') headers['content-length'] = String(body?.length ?? 0);

      const req = (url.protocol === 'https:' ? https : http).request(url, { method: request.method, headers, agent });
      signal.addEventListener('abort', onAbort);
      armIdle();

      req.on('error', (e) => {
        const code = /** @type {any} */ (e).code;
        fail('network', `${code ? code + ': ' : ''}${e.message.split(request.url).join(redactUrl(request.url))}`);
      });

      req.on('response', (res) => {
        status = res.statusCode ?? 0;
        armIdle();
        /** @type {[string, string][]} */
        const responseHeaders = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) responseHeaders.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        const sink = request.sink;
        /** @type {Buffer[]} */
        const text = [];
        let textLen = 0;
        const toArchive = sink.type === 'archive' && status >= 200 && status < 300;

        res.on('data', (chunk) => {
          if (settled) return;
          armIdle();
          onBytes?.('down', chunk.length);
          if (toArchive) {
            const offset = /** @type {{ offset: number }} */ (sink).offset + received;
            received += chunk.length;
            const writing = /** @type {NonNullable<typeof archive>} */ (archive).write(offset, chunk);
            res.pause();
            pauseIdle();
            writing.then(
              () => {
                if (settled) return;
                armIdle();
                res.resume();
              },
              (e) => {
                fail('network', `the archive pipeline failed: ${e?.message ?? e}`);
                req.destroy();
              },
            );
          } else {
            received += chunk.length;
            if (textLen < MAX_TEXT) {
              text.push(chunk);
              textLen += chunk.length;
            }
          }
        });
        res.on('aborted', () => fail('network', `the connection closed after ${received} bytes of the body`));
        res.on('error', (e) => fail('network', e.message));
        res.on('end', () => {
          if (!res.complete) {
            fail('network', `the connection closed after ${received} bytes of the body`);
            return;
          }
          finish({
            response: {
              status,
              headers: responseHeaders,
              body: sink.type === 'text' || (sink.type === 'archive' && !toArchive)
                ? { type: 'text', text: Buffer.concat(text).toString('utf8') }
                : { type: 'received', len: received },
            },
          });
        });
      });

      if (!body) {
        req.end();
        return;
      }
      // Write in slices so that the idle timer sees an upload progress.
      let off = 0;
      const writeMore = () => {
        while (off < /** @type {Uint8Array} */ (body).length) {
          const end = Math.min(off + WRITE_SLICE, /** @type {Uint8Array} */ (body).length);
          const slice = /** @type {Uint8Array} */ (body).subarray(off, end);
          const n = slice.length;
          off = end;
          const ok = req.write(slice, () => {
            if (settled) return;
            armIdle();
            onBytes?.('up', n);
          });
          if (!ok) {
            req.once('drain', writeMore);
            return;
          }
        }
        req.end();
      };
      writeMore();
    });
  }

  return {
    send,
    now: () => Date.now(),
    /** @param {number} index */
    release(index) {
      blocks.delete(index);
    },
    blocks,
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
