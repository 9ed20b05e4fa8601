/// <reference types="node" />
// The root tsconfig limits ambient types to `vite/client`, which suits the extension's
// browser code; the test harness, `npm start` and playwright.config.ts run in Node.
