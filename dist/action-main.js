import {
  restoreStep
} from "./chunks/chunk-VWTUCF4Q.js";
import {
  runStep
} from "./chunks/chunk-5FSG6OTY.js";
import "./chunks/chunk-NKZ7TN7B.js";

// js/src/action/main.js
await runStep((runner) => restoreStep(runner, "cache"));
