// Builds the task pane into dist/: taskpane.html, its script, the icons and the manifest.
//   npx webpack --mode production                                      manifest for https://localhost:3000/
//   npx webpack --mode production --env url=https://intranet.example/jixiao/   manifest for that server
//   npx webpack serve --mode development [--env http]                   dev server on port 3000
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

/** The manifest with every https://localhost:3000/ replaced by `url` (and the bare origin by its origin). */
function rewriteManifest(xml, url) {
  const base = normaliseBaseUrl(url);
  const origin = new URL(base).origin;
  return xml.split(DEV_URL).join(base).split(DEV_URL.slice(0, -1)).join(origin);
}

/** Checks a deployment URL (https, ends with "/") and returns it with the slash added if missing. */
function normaliseBaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--env url: not a URL: ${url}`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`--env url: Office add-ins must be served over https: ${url}`);
  if (parsed.search || parsed.hash) throw new Error(`--env url: no query or fragment allowed: ${url}`);
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

/**
 * https options for the dev server: the office-addin-dev-certs certificates when present (or when
 * they can be made, on Windows and macOS); otherwise null, and the server falls back to http.
 */
async function devHttpsOptions(forceHttp) {
  if (forceHttp) return null;
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const present = ['ca.crt', 'localhost.crt', 'localhost.key'].every((f) => fs.existsSync(path.join(dir, f)));
  if (!present && process.platform === 'linux') {
    console.warn('No dev certificates in ~/.office-addin-dev-certs: serving plain http (run `npx office-addin-dev-certs install`).');
    return null;
  }
  try {
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch (err) {
    console.warn(`Dev certificates unavailable (${err.message.split('\n')[0]}): serving plain http.`);
    return null;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const baseUrl = normaliseBaseUrl(env.url || DEV_URL);
  const https = env.WEBPACK_SERVE ? await devHttpsOptions(Boolean(env.http)) : null;

  return {
    mode: production ? 'production' : 'development',
    // No eval: the page's Content-Security-Policy forbids it.
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/.*'] } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (baseUrl === DEV_URL ? content : Buffer.from(rewriteManifest(content.toString('utf8'), baseUrl))),
          },
        ],
      }),
    ],
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 600 * 1024, maxAssetSize: 600 * 1024 },
    devServer: {
      port: DEV_PORT,
      server: https ? { type: 'https', options: https } : 'http',
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.normaliseBaseUrl = normaliseBaseUrl;
