/**
 * Parses pax extended header records (`LEN key=value\n`).
 * @param {Buffer} data
 * @returns {Record<string, string>}
 */
export function parsePax(data: Buffer): Record<string, string>;
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
export function readTar(source: AsyncIterable<Buffer | Uint8Array>, onEntry: (entry: TarEntry) => Promise<{
    write(chunk: Buffer): Promise<void> | void;
    end(): Promise<void> | void;
} | null>): Promise<{
    entries: number;
    bytes: number;
}>;
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
    constructor(message: string, code?: string);
    code: string;
}
export type EntryType = "file" | "directory" | "symlink" | "hardlink" | "other";
export type TarEntry = {
    /**
     * the member name as stored (workspace-relative for actions/cache archives)
     */
    name: string;
    type: EntryType;
    /**
     * the raw type flag
     */
    typeflag: string;
    /**
     * permission bits
     */
    mode: number;
    /**
     * body length in bytes (files only)
     */
    size: number;
    /**
     * seconds since the epoch (may be fractional)
     */
    mtime: number;
    /**
     * target of a symlink or hard link
     */
    linkname: string;
};
