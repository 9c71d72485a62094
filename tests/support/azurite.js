// @ts-check
/**
 * The real Azurite blob service (npm `azurite` 3.34.0), started as a child process for tests.
 *
 * API
 *   startAzurite(options?) → Promise<AzuriteHandle>
 *     options.container       container to create (default 'actions-cache')
 *     options.maxLifetimeMs   hard upper bound on the child's lifetime (default 15 min)
 *     options.startTimeoutMs  how long to wait for it to answer (default 30 s)
 *     options.memoryLimitMb   Azurite --extentMemoryLimit (default 2048)
 *   AzuriteHandle
 *     url          'http://127.0.0.1:<port>' (no trailing slash, no account)
 *     account      'devstoreaccount1'    key  the well-known devstoreaccount1 key
 *     container    the container created at start
 *     pid          the child's PID
 *     blobUrl(blobName, baseUrl?)  → unsigned URL of a blob (path style: /account/container/blob)
 *     signBlobUrl(blobName, { permissions = 'r', expiresInMs = 10 min, startsOn?, baseUrl? })
 *                  → blob service SAS URL (sr=b); `baseUrl` replaces `url` as the origin (the SAS does
 *                    not cover the host, so the URL stays valid behind a proxy on another port)
 *     blobProperties(blobName) → Promise<{ size, etag, lastModified } | null>   (null: 404)
 *     putBlob(blobName, data)  → Promise<void>   (single Put Blob, shared-key auth)
 *     containerClient          an @azure/storage-blob ContainerClient with shared-key auth
 *     stop()                   → Promise<void>   idempotent
 *
 * What it does: spawns `node tests/support/azurite-child.js`, which runs azurite-blob with
 *   --blobHost 127.0.0.1 --blobPort 0 --inMemoryPersistence --skipApiVersionCheck --loose
 *   --disableTelemetry --silent --extentMemoryLimit <n>
 * in a fresh temp dir, reads the chosen port from its "successfully listens on" line, creates the
 * container (bounded retries), and returns.
 *
 * What it never does: bind anything but 127.0.0.1; keep data on disk (memory only; the temp cwd is
 * removed by stop()); kill any process but the PID it spawned; outlive the test process (the child
 * exits on EOF of its stdin pipe, i.e. when this process exits or dies, on an 'exit' hook here, and
 * after maxLifetimeMs in any case); keep the test process alive (child and pipes are unref'd).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BlobSASPermissions,
  BlobServiceClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
} from '@azure/storage-blob';

export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/** SAS service version: one Azurite 3.34 signs and checks the same way as the SDK. */
const SAS_VERSION = '2025-01-05';

const CHILD = fileURLToPath(new URL('./azurite-child.js', import.meta.url));

/** PIDs spawned by this module and still running: killed when this process exits. */
/** @type {Map<import('node:child_process').ChildProcess, string>} child → its temp dir */
const live = new Map();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [child, dir] of live) {
      try {
        child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/**
 * @typedef {object} AzuriteOptions
 * @property {string} [container]
 * @property {number} [maxLifetimeMs]
 * @property {number} [startTimeoutMs]
 * @property {number} [memoryLimitMb]
 */

/**
 * @typedef {object} SignOptions
 * @property {string} [permissions] Azure SAS permission letters, e.g. 'r', 'cw', 'racwd'.
 * @property {number} [expiresInMs]
 * @property {Date} [startsOn]
 * @property {string} [baseUrl] Origin to put in the URL instead of Azurite's (e.g. a proxy).
 */

/**
 * @typedef {object} AzuriteHandle
 * @property {string} url
 * @property {string} account
 * @property {string} key
 * @property {string} container
 * @property {number} pid
 * @property {(blobName: string, baseUrl?: string) => string} blobUrl
 * @property {(blobName: string, options?: SignOptions) => string} signBlobUrl
 * @property {(blobName: string) => Promise<{ size: number, etag: string, lastModified: Date | undefined } | null>} blobProperties
 * @property {(blobName: string, data: Buffer | Uint8Array | string) => Promise<void>} putBlob
 * @property {import('@azure/storage-blob').ContainerClient} containerClient
 * @property {() => Promise<void>} stop
 */

/**
 * Start Azurite's blob service on 127.0.0.1 (random free port) and create a container.
 * @param {AzuriteOptions} [options]
 * @returns {Promise<AzuriteHandle>}
 */
export async function startAzurite(options = {}) {
  const container = options.container ?? 'actions-cache';
  const maxLifetimeMs = options.maxLifetimeMs ?? 15 * 60_000;
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const memoryLimitMb = options.memoryLimitMb ?? 2048;
  installExitHook();

  const dir = mkdtempSync(path.join(tmpdir(), 'cachet-azurite-'));
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT; // not a test-runner child
  delete env.NODE_OPTIONS;
  const args = [
    CHILD,
    String(maxLifetimeMs),
    '--blobHost', '127.0.0.1',
    '--blobPort', '0',
    '--inMemoryPersistence',
    '--extentMemoryLimit', String(memoryLimitMb),
    '--skipApiVersionCheck',
    '--loose',
    '--disableTelemetry',
    '--silent',
  ];
  const child = spawn(process.execPath, args, { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
  live.set(child, dir);
  let output = '';
  /** @param {Buffer} d */
  const collect = (d) => {
    if (output.length < 64 * 1024) output += d.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.stdin?.on('error', () => {}); // EPIPE if the child died

  let stopped = false;
  /** @type {Promise<void>} */
  const exited = new Promise((resolve) => child.once('exit', () => resolve()));
  exited.then(() => live.delete(child));

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.ref(); // keep this process alive until the child is really gone
      child.kill('SIGKILL');
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
      clearTimeout(timer);
    }
    live.delete(child);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Azurite did not start within ${startTimeoutMs} ms:\n${output}`)),
        startTimeoutMs,
      );
      const onData = () => {
        const m = /successfully listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          child.stdout?.off('data', onData);
          resolve(m[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Azurite exited during start (code ${code}, signal ${signal}):\n${output}`));
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });

    const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
    const serviceClient = new BlobServiceClient(`${url}/${AZURITE_ACCOUNT}`, credential, {
      retryOptions: { maxTries: 1 },
    });
    const containerClient = serviceClient.getContainerClient(container);
    /** @type {unknown} */
    let lastError;
    let created = false;
    for (let attempt = 0; attempt < 50 && !created; attempt++) {
      try {
        await containerClient.createIfNotExists();
        created = true;
      } catch (err) {
        lastError = err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    if (!created) throw new Error(`Azurite did not answer: ${String(lastError)}\n${output}`);

    // From here on nothing of the child may keep the test process alive.
    child.unref();
    for (const s of [child.stdin, child.stdout, child.stderr]) {
      /** @type {any} */ (s)?.unref?.();
    }

    /** @type {Map<string, number>} */
    const signings = new Map();
    /** @param {string} blobName */
    const nextSigning = (blobName) => {
      const n = signings.get(blobName) ?? 0;
      signings.set(blobName, n + 1);
      return n;
    };
    /** @param {string} blobName @param {string} [baseUrl] */
    const blobUrl = (blobName, baseUrl = url) =>
      `${baseUrl}/${AZURITE_ACCOUNT}/${container}/${blobName.split('/').map(encodeURIComponent).join('/')}`;

    return {
      url,
      account: AZURITE_ACCOUNT,
      key: AZURITE_KEY,
      container,
      pid: /** @type {number} */ (child.pid),
      blobUrl,
      signBlobUrl(blobName, { permissions = 'r', expiresInMs = 10 * 60_000, startsOn, baseUrl } = {}) {
        const now = Date.now();
        const sas = generateBlobSASQueryParameters(
          {
            containerName: container,
            blobName,
            permissions: BlobSASPermissions.parse(permissions),
            // SAS times have 1 s resolution: two URLs for one blob signed in the same second would be
            // identical (same sig), so expiring one would expire the other. Each signing of a blob
            // therefore starts one second earlier than the previous one.
            startsOn: startsOn ?? new Date(now - 5 * 60_000 - 1000 * nextSigning(blobName)),
            expiresOn: new Date(now + expiresInMs),
            version: SAS_VERSION,
          },
          credential,
        ).toString();
        return `${blobUrl(blobName, baseUrl ?? url)}?${sas}`;
      },
      async blobProperties(blobName) {
        try {
          const p = await containerClient.getBlobClient(blobName).getProperties();
          return { size: Number(p.contentLength ?? 0), etag: p.etag ?? '', lastModified: p.lastModified };
        } catch (err) {
          if (/** @type {any} */ (err)?.statusCode === 404) return null;
          throw err;
        }
      },
      async putBlob(blobName, data) {
        const body = typeof data === 'string' ? Buffer.from(data) : data;
        await containerClient.getBlockBlobClient(blobName).upload(body, body.byteLength);
      },
      containerClient,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
