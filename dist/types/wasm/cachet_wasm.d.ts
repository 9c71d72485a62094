/* tslint:disable */
/* eslint-disable */
/**
 * A request that produced no complete response.
 */
export interface TransportError {
    /**
     * What went wrong.
     */
    kind: TransportErrorKind;
    /**
     * The host's description (never containing a signed URL's query).
     */
    message: string;
    /**
     * For [`Sink::Archive`] requests: body bytes already fed to the pipeline before the failure,
     * so the machine resumes after them instead of fetching them again.
     */
    received: number;
    /**
     * The status, when the failure came after a status line (a body cut short).
     */
    status?: number;
}

/**
 * A response, as the host received it.
 */
export interface Response {
    /**
     * HTTP status.
     */
    status: number;
    /**
     * Header names (any case) and values.
     */
    headers: [string, string][];
    /**
     * What the host did with the body, per the request's [`Sink`].
     */
    body: ResponseBody;
}

/**
 * An HTTP request the host must send.
 */
export interface Request {
    /**
     * Echo this in `handle_response` / `handle_transport_error`.
     */
    id: RequestId;
    /**
     * `GET`, `HEAD`, `POST` or `PUT`.
     */
    method: string;
    /**
     * The full URL. Signed URLs carry secrets in their query: log [`Request::log_url`] instead.
     */
    url: string;
    /**
     * Header names and values, in order. `Content-Length` is the host's to set.
     */
    headers: [string, string][];
    /**
     * What to send.
     */
    body: Body;
    /**
     * Where the response body goes.
     */
    sink: Sink;
    /**
     * What the request is for, for logs and progress.
     */
    purpose: Purpose;
    /**
     * Abort the request when no byte moves for this long (the host reports a
     * [`TransportErrorKind::Stalled`] error with the bytes received so far).
     */
    idleTimeoutMs: Millis;
}

/**
 * Everything the cache `version` depends on.
 */
export interface VersionInputs {
    /**
     * The path patterns, verbatim and in order (never resolved).
     */
    paths: string[];
    /**
     * `zstd-without-long`, `zstd`, `gzip`, or absent. An empty string counts as absent,
     * as it does in `@actions/cache` (it tests the value's truthiness).
     */
    compressionMethod?: string;
    /**
     * With `true`, Windows entries can be restored on other systems and vice versa.
     */
    enableCrossOsArchive?: boolean;
    /**
     * `process.platform` of the machine that saves or restores (`linux`, `darwin`, `win32`…).
     */
    platform: string;
}

/**
 * Kinds of transport failure.
 */
export type TransportErrorKind = "network" | "stalled";

/**
 * Retry and timing policy shared by both machines. Every field has a default.
 */
export interface TransferPolicy {
    /**
     * Attempts per request for 5xx and network errors (the first try included).
     */
    maxAttempts?: number;
    /**
     * First back-off; each next one is 1.5 times longer, with jitter from the seed.
     */
    baseBackoffMs?: Millis;
    /**
     * Total time the machine may spend waiting on `Retry-After` for 429s before giving up.
     */
    rateLimitBudgetMs?: Millis;
    /**
     * A request with no byte moving for this long is aborted and resumed.
     */
    idleTimeoutMs?: Millis;
    /**
     * Bytes per Put Block and per ranged GET.
     */
    blockSize?: number;
    /**
     * Requests carrying archive bytes in flight at once.
     */
    concurrency?: number;
    /**
     * Archives up to this size go up in one Put Blob.
     */
    singlePutMax?: number;
}

/**
 * The body of a request.
 */
export type Body = { type: "empty" } | { type: "text"; text: string } | { type: "block"; index: number; len: number };

/**
 * The cache version and the components it was hashed from, in order.
 */
export interface VersionExplained {
    /**
     * 64 lowercase hex characters.
     */
    version: string;
    /**
     * The strings joined with `|` and hashed: the paths, then the compression method (when
     * set), then `windows-only` (on Windows without cross-OS), then the salt `1.0`.
     */
    components: string[];
}

/**
 * The response body as far as the machine sees it.
 */
export type ResponseBody = { type: "text"; text: string } | { type: "received"; len: number };

/**
 * What the host does next.
 */
export type Step<O> = { type: "send"; request: Request } | { type: "release"; index: number } | { type: "waitUntil"; at: Millis } | { type: "pending" } | { type: "done"; outcome: O };

/**
 * Where the cache service is and how to authenticate.
 */
export interface ServiceConfig {
    /**
     * `ACTIONS_RESULTS_URL`; a path prefix is kept (`{base}/twirp/...`).
     */
    resultsUrl: string;
    /**
     * `ACTIONS_RUNTIME_TOKEN`, sent as `Authorization: Bearer`.
     */
    runtimeToken: string;
    /**
     * `ACTIONS_CACHE_MODE`: `read`, `write`, `write-only`, `none`, or empty for read and write.
     */
    cacheMode?: string;
    /**
     * The `User-Agent` header.
     */
    userAgent?: string;
}

/**
 * Where the host puts a response body.
 */
export type Sink = { type: "text" } | { type: "discard" } | { type: "archive"; offset: number };

/**
 * Why a request is made: for logs and progress lines, never for decisions in the host.
 */
export type Purpose = "createCacheEntry" | "finalizeCacheEntryUpload" | "getCacheEntryDownloadUrl" | "putBlob" | "putBlock" | "putBlockList" | "getRange";


/**
 * An incremental SHA-256, fed chunk by chunk (keep chunks of 64 KiB or more).
 */
export class Sha256 {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The 32-byte digest; the object can be used again from empty.
     */
    digest(): Uint8Array;
    /**
     * A fresh digest.
     */
    constructor();
    /**
     * Adds bytes.
     */
    update(bytes: Uint8Array): void;
}

/**
 * Checks a primary key and its restore keys as `@actions/cache` does; throws a `CachetError`
 * naming the key at fault.
 */
export function checkKeys(key: string, restore_keys: string[]): void;

/**
 * Computes the cache `version` exactly as `@actions/cache` does, with the components hashed.
 */
export function explainVersion(inputs: VersionInputs): VersionExplained;

/**
 * Lowercase hex SHA-256 of bytes, for hosts without a native digest (the browser's
 * `crypto.subtle` cannot stream).
 */
export function sha256Hex(bytes: Uint8Array): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __wbg_sha256_free: (a: number, b: number) => void;
    readonly checkKeys: (a: number, b: number, c: number, d: number) => [number, number];
    readonly explainVersion: (a: any) => [number, number, number];
    readonly sha256Hex: (a: number, b: number) => [number, number];
    readonly sha256_digest: (a: number) => [number, number];
    readonly sha256_new: () => number;
    readonly sha256_update: (a: number, b: number, c: number) => void;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
