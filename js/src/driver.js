// @ts-check
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
  constructor() {
    /** @type {(() => void)[]} */
    this.queue = [];
    /** @type {(() => void) | null} */
    this.wake = null;
  }

  /** @param {() => void} event applied to the machine by the loop */
  post(event) {
    this.queue.push(event);
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /**
   * Resolves when an event is queued or `ms` have passed.
   * @param {number} [ms]
   */
  wait(ms) {
    if (this.queue.length) return Promise.resolve();
    return new Promise((resolve) => {
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      this.wake = () => {
        if (timer) clearTimeout(timer);
        resolve(undefined);
      };
      if (ms !== undefined) {
        timer = setTimeout(() => {
          this.wake = null;
          resolve(undefined);
        }, Math.max(0, ms));
      }
    });
  }
}

/**
 * Runs `machine` until it is done and returns its outcome.
 *
 * @param {Machine} machine
 * @param {DriverIo} io
 * @param {{ mailbox?: Mailbox, hooks?: DriverHooks, maxSteps?: number }} [options]
 *   `mailbox` lets the host post its own events (e.g. `machine.handleBlock`) into the loop.
 */
export async function runMachine(machine, io, { mailbox = new Mailbox(), hooks = {}, maxSteps = 10_000_000 } = {}) {
  /** @type {Map<number, AbortController>} */
  const inFlight = new Map();
  const abortAll = () => {
    for (const controller of inFlight.values()) controller.abort();
    inFlight.clear();
  };
  try {
    return await loop();
  } catch (e) {
    abortAll();
    throw e;
  }

  async function loop() {
  for (let steps = 0; steps < maxSteps; steps++) {
    // Apply everything that happened, then drain the machine (the drain rule).
    while (mailbox.queue.length) /** @type {() => void} */ (mailbox.queue.shift())();
    const step = machine.poll(io.now());
    switch (step.type) {
      case 'send': {
        const request = /** @type {MachineRequest} */ (step.request);
        const controller = new AbortController();
        inFlight.set(request.id, controller);
        hooks.onSend?.(request);
        io.send(request, controller.signal).then(
          (result) => {
            inFlight.delete(request.id);
            if (controller.signal.aborted) return;
            hooks.onResult?.(request, result);
            mailbox.post(() => {
              if ('response' in result) machine.handleResponse(request.id, result.response, io.now());
              else machine.handleTransportError(request.id, result.error, io.now());
            });
          },
          (error) => {
            // `send` never rejects by contract: a rejection is a host bug, raised from the loop.
            mailbox.post(() => {
              throw error;
            });
          },
        );
        continue;
      }
      case 'release':
        io.release?.(step.index);
        continue;
      case 'waitUntil':
        await mailbox.wait(step.at - io.now());
        continue;
      case 'pending':
        await mailbox.wait();
        continue;
      case 'done':
        abortAll();
        return step.outcome;
      default:
        throw new Error(`unknown machine step '${step.type}'`);
    }
  }
  throw new Error(`the machine did not finish within ${maxSteps} steps`);
  }
}
