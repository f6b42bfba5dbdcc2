/* eslint-disable */
// Builds the Excel task pane (SPEC §8.1). Exported as a function returning an ARRAY of configs so
// other hosts' builds (e.g. the Apps Script bundle) can be appended to `configs` below.
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';

/** Emits manifest.xml with the deployment URL substituted, and the add-in icons. */
class OfficeManifestPlugin {
  constructor(url) {
    this.url = url.endsWith('/') ? url : `${url}/`;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('OfficeManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'OfficeManifestPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const manifest = path.resolve(__dirname, 'manifests/manifest.xml');
          compilation.fileDependencies.add(manifest);
          const xml = fs.readFileSync(manifest, 'utf8').split(DEV_URL).join(this.url);
          compilation.emitAsset('manifest.xml', new RawSource(xml));
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
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
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
      new OfficeManifestPlugin(process.env.ADDIN_URL || DEV_URL),
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

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production' || env.production === true;
  const serve = Boolean(env.WEBPACK_SERVE);
  const https = serve ? await httpsOptions() : undefined;
  const configs = [excelConfig({ production, serve, https })];
  // `npm run build` also builds the Google Sheets add-on (dist-gas/); the dev server serves Excel only.
  if (!serve) configs.push(...require('./appsscript/webpack.config.js')(env, argv));
  return configs;
};
