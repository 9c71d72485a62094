/** The default store folder: `$XDG_CACHE_HOME/cachet`, else `~/.cache/cachet`. */
export function defaultStoreDir(env?: NodeJS.ProcessEnv): string;
export class LocalStore {
    /** @param {string} dir */
    constructor(dir: string);
    dir: string;
    root: string;
    /** @param {string} version @param {string} key */
    metaPath(version: string, key: string): string;
    /**
     * Entries of one version.
     * @param {string} version
     * @returns {Promise<LocalEntry[]>}
     */
    list(version: string): Promise<LocalEntry[]>;
    /**
     * Finds the entry a restore would use.
     * @param {string} key
     * @param {string[]} restoreKeys
     * @param {string} version
     * @returns {Promise<{ entry: LocalEntry, file: string } | null>}
     */
    lookup(key: string, restoreKeys: string[], version: string): Promise<{
        entry: LocalEntry;
        file: string;
    } | null>;
    /** @param {string} key @param {string} version */
    exists(key: string, version: string): Promise<boolean>;
    /**
     * Writes an entry from a stream of archive bytes. Resolves to `saved` or `alreadyExists`
     * (another writer committed the same key and version first; entries are immutable).
     *
     * @param {{ key: string, version: string, compression: string, source: AsyncIterable<Buffer>, sourceDone: Promise<void>, onBytes?: (n: number) => void }} options
     * @returns {Promise<{ outcome: 'saved' | 'alreadyExists', size: number }>}
     */
    write({ key, version, compression, source, sourceDone, onBytes }: {
        key: string;
        version: string;
        compression: string;
        source: AsyncIterable<Buffer>;
        sourceDone: Promise<void>;
        onBytes?: (n: number) => void;
    }): Promise<{
        outcome: "saved" | "alreadyExists";
        size: number;
    }>;
}
export type LocalEntry = {
    key: string;
    version: string;
    /**
     * milliseconds since the epoch (fractional)
     */
    createdAt: number;
    /**
     * archive bytes
     */
    size: number;
    compression: string;
    /**
     * file name beside the metadata
     */
    archive: string;
};
