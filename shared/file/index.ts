/**
 * The core's file layer: bytes in, grid out. Pure TypeScript plus fflate, used by every host (CLI,
 * task pane, offline page, Apps Script for .xlsx blobs). A separate entry from `shared/index.ts` so a
 * host can load the parser lazily (the task pane's initial bundle stays small).
 */
export * from './read-xlsx-grid';
