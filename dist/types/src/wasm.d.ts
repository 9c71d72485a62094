export * from "../wasm/cachet_wasm.js";
