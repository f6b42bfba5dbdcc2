/* eslint-disable */
// Builds the Excel task pane (SPEC §8.1). Exported as a function returning an ARRAY of configs so
// other hosts' builds (e.g. the Apps Script bundle) can be appended to `configs` below.
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
/** The origin in manifests/manifest.xml, replaced by ADDIN_URL (production) or DEV_URL (dev). */
const PLACEHOLDER = 'https://ttdn.example.invalid/';

/**
 * Emits the manifest with the deployment URL substituted, and the add-in icons: `manifest.xml`
 * for production (ADDIN_URL; never localhost) and `manifest.dev.xml` (localhost:3000) in development.
 */
class OfficeManifestPlugin {
  constructor(url, dev) {
    this.url = url.endsWith('/') ? url : `${url}/`;
    this.dev = dev;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('OfficeManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'OfficeManifestPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const manifest = path.resolve(__dirname, 'manifests/manifest.xml');
          compilation.fileDependencies.add(manifest);
          const origin = (u) => u.replace(/\/$/, '');
          const xml = fs
            .readFileSync(manifest, 'utf8')
            .split(PLACEHOLDER)
            .join(this.url)
            .split(origin(PLACEHOLDER))
            .join(origin(this.url));
          if (!this.dev && /localhost|ttdn\.example\.invalid/.test(xml))
            compilation.warnings.push(
              new compiler.webpack.WebpackError(
                'manifest.xml: đặt ADDIN_URL=https://<máy chủ của tỉnh>/ khi build bản triển khai (manifest không được trỏ tới localhost).',
              ),
            );
          compilation.emitAsset(this.dev ? 'manifest.dev.xml' : 'manifest.xml', new RawSource(xml));
          const assets = path.resolve(__dirname, 'addin/assets');
          for (const f of fs.readdirSync(assets).filter((n) => n.endsWith('.png')))
            compilation.emitAsset(`assets/${f}`, new RawSource(fs.readFileSync(path.join(assets, f))));
        },
      );
    });
  }
}

async function httpsOptions() {
  // office-addin-dev-certs installs a trusted localhost certificate on first use.
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

function excelConfig({ production, serve, https }) {
  return {
    name: 'excel',
    target: 'web',
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: { taskpane: './addin/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
      publicPath: 'auto',
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.json'],
      // Fluent's context selector peers on `scheduler`, which npm nests under react-dom: use that copy.
      alias: {
        scheduler: path.dirname(
          require.resolve('scheduler/package.json', {
            paths: [path.dirname(require.resolve('react-dom/package.json'))],
          }),
        ),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES2020 output: Office for Mac on macOS before 13.3 runs WebKit without ES2022 syntax.
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: true, target: 'ES2020' },
            },
          },
        },
        {
          // Dependencies too (tabster ships `static {}` blocks): see addin/build/es2020-loader.cjs.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          use: { loader: path.resolve(__dirname, 'addin/build/es2020-loader.cjs') },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: './addin/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new OfficeManifestPlugin(production ? process.env.ADDIN_URL || PLACEHOLDER : DEV_URL, !production),
    ],
    devServer: serve
      ? {
          port: 3000,
          hot: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          server: { type: 'https', options: https },
        }
      : undefined,
  };
}

/**
 * The offline page (SPEC §8.4): one self-contained `dist/ttdn.html`, every byte inlined, opened from
 * file:// with no server. One chunk (dynamic imports merged), so the inlined script is the whole
 * program; the page starts its Web Workers from that same text. Minified with esbuild, which takes
 * seconds where terser takes minutes on ~3 MB (ExcelJS, Fluent UI, React).
 */
const PAGE_FILE = 'ttdn.html';

class EsbuildMinifyPlugin {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('EsbuildMinifyPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'EsbuildMinifyPlugin',
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE,
        },
        (assets) => {
          const { transformSync } = require('esbuild');
          for (const name of Object.keys(assets).filter((n) => n.endsWith('.js'))) {
            const { code } = transformSync(assets[name].source().toString(), {
              minify: true,
              target: 'es2020',
              legalComments: 'none',
            });
            compilation.updateAsset(name, new RawSource(code));
          }
        },
      );
    });
  }
}

function pageConfig({ production }) {
  const HtmlInlineScriptPlugin = require('html-inline-script-webpack-plugin');
  const webpack = require('webpack');
  const excel = excelConfig({ production, serve: false });
  return {
    name: 'page',
    target: 'web',
    mode: production ? 'production' : 'development',
    devtool: false,
    entry: { ttdn: './page/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', publicPath: '', clean: false },
    resolve: {
      ...excel.resolve,
      alias: {
        ...excel.resolve.alias,
        // csv-stringify's browser build (its Node build needs Buffer); the same code as the CLI's.
        'csv-stringify/sync$': path.resolve(__dirname, 'node_modules/csv-stringify/dist/esm/sync.js'),
      },
    },
    module: excel.module,
    performance: { hints: false },
    optimization: { minimize: false, splitChunks: false, runtimeChunk: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({
        template: './page/ttdn.html',
        filename: PAGE_FILE,
        chunks: ['ttdn'],
        inject: 'body',
        scriptLoading: 'blocking',
        minify: false,
      }),
      new HtmlInlineScriptPlugin(),
      ...(production ? [new EsbuildMinifyPlugin()] : []),
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production' || env.production === true;
  const serve = Boolean(env.WEBPACK_SERVE);
  const https = serve ? await httpsOptions() : undefined;
  const configs = [excelConfig({ production, serve, https })];
  // `npm run build` also builds the Google Sheets add-on (dist-gas/); the dev server serves Excel only.
  if (!serve) configs.push(...require('./appsscript/webpack.config.js')(env, argv));
  if (!serve) {
    // The page shares dist/: the task pane's clean must keep it (the two builds run side by side).
    configs[0].output.clean = { keep: (f) => f === PAGE_FILE };
    configs.push(pageConfig({ production }));
  }
  return configs;
};
