import {
  restoreStep
} from "./chunks/chunk-5VTDYGVZ.js";
import {
  runStep
} from "./chunks/chunk-NVWQBZXL.js";
import "./chunks/chunk-2CKB3XHF.js";

// js/src/action/restore.js
await runStep((runner) => restoreStep(runner, "restore"));
