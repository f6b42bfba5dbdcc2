/**
 * Google Sheets add-on build (SPEC §8.2) → dist-gas/:
 *   Code.js        the server bundle: one IIFE assigning `var __ttdn`, followed by a real top-level
 *                  `function name() { return __ttdn.name.apply(this, arguments); }` for every export
 *                  of appsscript/server/main.ts (Apps Script only calls top-level function declarations);
 *   sidebar.html   the shared React UI with the google.script.run bridge, JS inlined (HtmlService serves
 *                  one file, no external assets);
 *   picker-dialog.html the Google Picker page shown in a modal dialog (no React), JS inlined;
 *   appsscript.json copied from manifests/appsscript.json.
 * Exports a function returning a config array, so webpack.config.js can merge it in.
 */
const fs = require('node:fs');
const path = require('node:path');
const { Compilation, sources } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const HtmlInlineScriptPlugin = require('html-inline-script-webpack-plugin');

const OUT = path.resolve(__dirname, '..', 'dist-gas');
const LIBRARY = '__ttdn';

/** Appends top-level stubs for the entry module's exports and emits appsscript.json. */
class AppsScriptEntryPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AppsScriptEntryPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'AppsScriptEntryPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const names = new Set();
          for (const entry of compilation.entrypoints.values()) {
            for (const m of compilation.chunkGraph.getChunkEntryModulesIterable(entry.getEntrypointChunk())) {
              const provided = compilation.moduleGraph.getProvidedExports(m);
              if (Array.isArray(provided)) provided.forEach((n) => names.add(n));
            }
          }
          if (!names.size)
            compilation.errors.push(new Error('AppsScriptEntryPlugin: the entry module exports nothing.'));
          const stubs = [...names]
            .filter((n) => n !== 'default' && n !== '__esModule')
            .sort()
            .map((n) => `function ${n}() { return ${LIBRARY}.${n}.apply(this, arguments); }`)
            .join('\n');
          compilation.updateAsset(
            'Code.js',
            (old) => new sources.ConcatSource(old, `\n/* Apps Script entry points */\n${stubs}\n`),
          );
          const manifest = fs.readFileSync(
            path.resolve(__dirname, '..', 'manifests/appsscript.json'),
            'utf8',
          );
          compilation.emitAsset('appsscript.json', new sources.RawSource(manifest));
        },
      );
    });
  }
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      transpileOnly: true,
      compilerOptions: {
        target: 'ES2020',
        module: 'esnext',
        noEmit: false,
        sourceMap: false,
        jsx: 'react-jsx',
      },
    },
  },
};

module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const common = {
    mode,
    devtool: false,
    context: path.resolve(__dirname, '..'),
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: { rules: [tsRule] },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
  const server = {
    ...common,
    name: 'gas-server',
    target: ['web', 'es2020'],
    entry: { Code: './appsscript/server/main.ts' },
    output: {
      path: OUT,
      filename: 'Code.js',
      library: { name: LIBRARY, type: 'var' },
      globalObject: 'globalThis',
      clean: false,
    },
    // Readable server code: Apps Script stack traces point at it. No Node polyfills.
    optimization: { minimize: false, concatenateModules: true },
    node: false,
    resolve: {
      ...common.resolve,
      fallback: { fs: false, path: false, crypto: false, stream: false, buffer: false, zlib: false },
    },
    plugins: [new AppsScriptEntryPlugin()],
  };
  const sidebar = {
    ...common,
    resolve: {
      ...common.resolve,
      // Fluent UI's context selector imports `scheduler` (a peer of React); use react-dom's own copy.
      alias: {
        scheduler: path.dirname(
          require.resolve('scheduler/package.json', {
            paths: [path.dirname(require.resolve('react-dom/package.json'))],
          }),
        ),
      },
    },
    name: 'gas-sidebar',
    target: ['web', 'es2020'],
    entry: { sidebar: './appsscript/client/sidebar.tsx' },
    output: { path: OUT, filename: 'sidebar.js', clean: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: './appsscript/client/sidebar.html',
        filename: 'sidebar.html',
        inject: 'body',
        scriptLoading: 'blocking',
        minify: false,
      }),
      new HtmlInlineScriptPlugin(),
    ],
  };
  const pickerDialog = {
    ...common,
    name: 'gas-picker',
    target: ['web', 'es2020'],
    entry: { 'picker-dialog': './appsscript/client/picker-dialog.ts' },
    output: { path: OUT, filename: 'picker-dialog.js', clean: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: './appsscript/client/picker-dialog.html',
        filename: 'picker-dialog.html',
        inject: 'body',
        scriptLoading: 'blocking',
        minify: false,
      }),
      new HtmlInlineScriptPlugin(),
    ],
  };
  return [server, sidebar, pickerDialog];
};
