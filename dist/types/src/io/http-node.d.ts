/**
 * @param {{
 *   blocks?: Map<number, Uint8Array>,
 *   archive?: { write(offset: number, chunk: Uint8Array): Promise<void> },
 *   maxSockets?: number,
 *   onBytes?: (direction: 'up' | 'down', n: number) => void,
 * }} options
 */
export function createNodeHttpIo({ blocks, archive, maxSockets, onBytes }?: {
    blocks?: Map<number, Uint8Array>;
    archive?: {
        write(offset: number, chunk: Uint8Array): Promise<void>;
    };
    maxSockets?: number;
    onBytes?: (direction: "up" | "down", n: number) => void;
}): {
    send: (request: import("../../wasm/cachet_wasm.js").Request, signal: AbortSignal) => Promise<{
        response: import("../../wasm/cachet_wasm.js").Response;
    } | {
        error: import("../../wasm/cachet_wasm.js").TransportError;
    }>;
    now: () => number;
    /** @param {number} index */
    release(index: number): void;
    blocks: Map<number, Uint8Array<ArrayBufferLike>>;
    close(): void;
};
