/**
 * @typedef {object} HashFilesOptions
 * @property {string} [workspace] where relative patterns resolve and outside of which matches are ignored (default: the current folder)
 * @property {boolean} [followSymbolicLinks] the runner's `--follow-symbolic-links` (default off, as in the runner)
 * @property {boolean} [explain] also return the files hashed, in order
 * @property {string} [homeDir] what `~` expands to (default: `os.homedir()`)
 */
/**
 * @typedef {object} HashedFile
 * @property {string} path relative to the workspace, with `/` separators
 * @property {string} sha256 the file's SHA-256, lowercase hex
 */
/**
 * @typedef {object} HashFilesResult
 * @property {string} hash 64 lowercase hex characters, or `''` when no file matched
 * @property {HashedFile[]} [files] with `explain`: each file hashed, in order
 */
/**
 * The directory entry shape the walk needs (Node's `fs.Dirent` has it).
 * @typedef {{ name: string, isDirectory(): boolean, isSymbolicLink(): boolean }} Entry
 */
/**
 * The filesystem as the walk and the hashing see it.
 * @typedef {object} WalkIo
 * @property {(dir: string) => Promise<Entry[]>} readdir entries in the host's native order
 * @property {(p: string) => Promise<{ isDirectory(): boolean, isSymbolicLink(): boolean }>} lstat
 * @property {(p: string) => Promise<{ isDirectory(): boolean }>} stat follows links
 * @property {(p: string) => Promise<string>} realpath
 * @property {(p: string, buffer: Uint8Array) => Promise<Uint8Array>} sha256 the file's raw digest, reading through `buffer`
 * @property {() => HashBatch | undefined} [pool] a faster way for many files, when the host has one
 */
/**
 * Hashes several queued entries (off this thread): per entry, the digest, `null` for a
 * directory reached through a link, or the error met (with the path).
 * @typedef {{ lanes: number, hash(entries: QueueEntry[]): Promise<(Uint8Array | null | { error: unknown })[]> }} HashBatch
 */
/** @typedef {{ path: string, link: boolean }} QueueEntry */
/**
 * Computes what the runner's `hashFiles(patterns...)` returns for this workspace.
 *
 * Throws an `Error` with a `code`: `broken_symlink` (a matched link whose target is missing or
 * loops), `unreadable` (a folder or file that cannot be read), `workspace_missing`, a pattern
 * error of the core (`pattern_relative`, `pattern_empty`, `pattern_invalid`, ...), or
 * `unsupported_platform` on Windows. The message names the path at fault.
 *
 * @param {string | string[]} patterns one pattern per `hashFiles` argument (a string may hold several lines)
 * @param {HashFilesOptions} [options]
 * @returns {Promise<HashFilesResult>}
 */
export function hashFiles(patterns: string | string[], options?: HashFilesOptions): Promise<HashFilesResult>;
/**
 * The Node filesystem, with the callback API (lighter than `fs.promises` per call).
 * @returns {WalkIo}
 */
export function nodeIo(): WalkIo;
export type HashFilesOptions = {
    /**
     * where relative patterns resolve and outside of which matches are ignored (default: the current folder)
     */
    workspace?: string | undefined;
    /**
     * the runner's `--follow-symbolic-links` (default off, as in the runner)
     */
    followSymbolicLinks?: boolean | undefined;
    /**
     * also return the files hashed, in order
     */
    explain?: boolean | undefined;
    /**
     * what `~` expands to (default: `os.homedir()`)
     */
    homeDir?: string | undefined;
};
export type HashedFile = {
    /**
     * relative to the workspace, with `/` separators
     */
    path: string;
    /**
     * the file's SHA-256, lowercase hex
     */
    sha256: string;
};
export type HashFilesResult = {
    /**
     * 64 lowercase hex characters, or `''` when no file matched
     */
    hash: string;
    /**
     * with `explain`: each file hashed, in order
     */
    files?: HashedFile[] | undefined;
};
/**
 * The directory entry shape the walk needs (Node's `fs.Dirent` has it).
 */
export type Entry = {
    name: string;
    isDirectory(): boolean;
    isSymbolicLink(): boolean;
};
/**
 * The filesystem as the walk and the hashing see it.
 */
export type WalkIo = {
    /**
     * entries in the host's native order
     */
    readdir: (dir: string) => Promise<Entry[]>;
    lstat: (p: string) => Promise<{
        isDirectory(): boolean;
        isSymbolicLink(): boolean;
    }>;
    /**
     * follows links
     */
    stat: (p: string) => Promise<{
        isDirectory(): boolean;
    }>;
    realpath: (p: string) => Promise<string>;
    /**
     * the file's raw digest, reading through `buffer`
     */
    sha256: (p: string, buffer: Uint8Array) => Promise<Uint8Array>;
    /**
     * a faster way for many files, when the host has one
     */
    pool?: (() => HashBatch | undefined) | undefined;
};
/**
 * Hashes several queued entries (off this thread): per entry, the digest, `null` for a
 * directory reached through a link, or the error met (with the path).
 */
export type HashBatch = {
    lanes: number;
    hash(entries: QueueEntry[]): Promise<(Uint8Array | null | {
        error: unknown;
    })[]>;
};
export type QueueEntry = {
    path: string;
    link: boolean;
};
