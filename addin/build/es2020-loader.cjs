/* eslint-disable */
// Lowers dependency code to ES2020 with esbuild's transform (no bundling, no type checking): some
// packages ship ES2022 class static blocks (`static { … }`, e.g. tabster under Fluent UI), which
// Safari/WebKit before 16.4 — the web view of older Office for Mac — cannot parse, leaving a blank pane.
const { transformSync } = require('esbuild');

module.exports = function es2020Loader(source, map) {
  const out = transformSync(source, {
    loader: 'js',
    target: 'es2020',
    format: undefined,
    sourcemap: this.sourceMap ? 'external' : false,
    sourcefile: this.resourcePath,
  });
  this.callback(null, out.code, out.map ? JSON.parse(out.map) : map);
};
