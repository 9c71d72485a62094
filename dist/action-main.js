import {
  restoreStep
} from "./chunks/chunk-JWIEGT3C.js";
import {
  runStep
} from "./chunks/chunk-ADGYFROW.js";
import "./chunks/chunk-PDC6Z7HT.js";

// js/src/action/main.js
await runStep((runner) => restoreStep(runner, "cache"));
