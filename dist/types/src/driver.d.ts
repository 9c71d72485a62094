/**
 * Runs `machine` until it is done and returns its outcome.
 *
 * @param {Machine} machine
 * @param {DriverIo} io
 * @param {{ mailbox?: Mailbox, hooks?: DriverHooks, maxSteps?: number }} [options]
 *   `mailbox` lets the host post its own events (e.g. `machine.handleBlock`) into the loop.
 */
export function runMachine(machine: Machine, io: DriverIo, { mailbox, hooks, maxSteps }?: {
    mailbox?: Mailbox;
    hooks?: DriverHooks;
    maxSteps?: number;
}): Promise<any>;
/**
 * The one loop that runs a protocol machine from the Rust core: it polls the machine, performs
 * the I/O it asks for through an injected `io`, and feeds back what happened. It makes no
 * decision of its own (retries, waits, ranges, outcomes are the machine's): it only moves bytes
 * and time. Tests drive it with a fake `io`; production uses io/http-node.js.
 */
/**
 * @typedef {import('../wasm/cachet_wasm.js').Request} MachineRequest
 * @typedef {import('../wasm/cachet_wasm.js').Response} MachineResponse
 * @typedef {import('../wasm/cachet_wasm.js').TransportError} MachineTransportError
 *
 * @typedef {object} Machine
 * @property {(now: number) => any} poll
 * @property {(id: number, response: MachineResponse, now: number) => void} handleResponse
 * @property {(id: number, error: MachineTransportError, now: number) => void} handleTransportError
 *
 * @typedef {object} DriverIo
 * @property {(request: MachineRequest, signal: AbortSignal) => Promise<{ response: MachineResponse } | { error: MachineTransportError }>} send
 *   performs one request; never rejects (failures are `{ error }`)
 * @property {() => number} now milliseconds
 * @property {(index: number) => void} [release] frees an archive block
 *
 * @typedef {object} DriverHooks
 * @property {(request: MachineRequest) => void} [onSend]
 * @property {(request: MachineRequest, result: { response: MachineResponse } | { error: MachineTransportError }) => void} [onResult]
 */
/**
 * A queue of events the loop waits on: request completions and host events (a block is ready).
 */
export class Mailbox {
    /** @type {(() => void)[]} */
    queue: (() => void)[];
    /** @type {(() => void) | null} */
    wake: (() => void) | null;
    /** @param {() => void} event applied to the machine by the loop */
    post(event: () => void): void;
    /**
     * Resolves when an event is queued or `ms` have passed.
     * @param {number} [ms]
     */
    wait(ms?: number): Promise<any>;
}
export type MachineRequest = import("../wasm/cachet_wasm.js").Request;
export type MachineResponse = import("../wasm/cachet_wasm.js").Response;
export type MachineTransportError = import("../wasm/cachet_wasm.js").TransportError;
export type Machine = {
    poll: (now: number) => any;
    handleResponse: (id: number, response: MachineResponse, now: number) => void;
    handleTransportError: (id: number, error: MachineTransportError, now: number) => void;
};
export type DriverIo = {
    /**
     * performs one request; never rejects (failures are `{ error }`)
     */
    send: (request: MachineRequest, signal: AbortSignal) => Promise<{
        response: MachineResponse;
    } | {
        error: MachineTransportError;
    }>;
    /**
     * milliseconds
     */
    now: () => number;
    /**
     * frees an archive block
     */
    release?: ((index: number) => void) | undefined;
};
export type DriverHooks = {
    onSend?: ((request: MachineRequest) => void) | undefined;
    onResult?: ((request: MachineRequest, result: {
        response: MachineResponse;
    } | {
        error: MachineTransportError;
    }) => void) | undefined;
};
