import {
  saveStep
} from "./chunks/chunk-3MDELE3T.js";
import {
  runStep
} from "./chunks/chunk-NVWQBZXL.js";
import "./chunks/chunk-2CKB3XHF.js";

// js/src/action/save.js
await runStep((runner) => saveStep(runner, "save"));
