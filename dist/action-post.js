import {
  saveStep
} from "./chunks/chunk-T55PX52J.js";
import {
  runStep
} from "./chunks/chunk-J4B2DU3X.js";
import "./chunks/chunk-X7JTKCET.js";

// js/src/action/post.js
await runStep((runner) => saveStep(runner, "post"));
