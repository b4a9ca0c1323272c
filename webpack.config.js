// Builds the task pane into dist/: taskpane.html, its script, the icons and the manifest. A second,
// separate compilation then adds the playground (playground.html, playground-pane.html): the same
// task pane files on an in-memory Excel, beside a workbook view (served by scripts/playground.js).
// Being separate, it leaves the task pane's output byte for byte as it was.
//   npx webpack --mode production                                      manifest for https://localhost:3000/
//   npx webpack --mode production --env url=https://intranet.example/jixiao/   manifest for that server
//   npx webpack serve --mode development [--env http]                   dev server on port 3000 (task pane only)
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

/**
 * The pane's page in the playground: the task pane's own built taskpane.html with its remote
 * script (office.js) and that script's origin in the Content-Security-Policy taken out, and the
 * playground's hand-over script (`handOverTags`) put before the task pane's script, which it
 * must run before. Throws when taskpane.html is missing or not as expected.
 */
function playgroundPaneHtml(taskpaneHtml, handOverTags) {
  const remoteScript = /<script\b[^>]*\bsrc=["']?https?:\/\/[^>]*>\s*<\/script>/gi;
  const remoteOrigins = new Set();
  for (const m of taskpaneHtml.matchAll(remoteScript)) {
    const src = /\bsrc=["']?(https?:\/\/[^"'\s>]+)/i.exec(m[0]);
    if (src) remoteOrigins.add(new URL(src[1]).origin);
  }
  let html = taskpaneHtml.replace(remoteScript, '');
  for (const origin of remoteOrigins) html = html.split(` ${origin}`).join('');
  const firstScript = html.search(/<script\b/i);
  if (firstScript < 0 || /https?:\/\/[^"'\s>]*\.js/i.test(html)) {
    throw new Error('playground: dist/taskpane.html is not the expected task pane page');
  }
  return html.slice(0, firstScript) + handOverTags + html.slice(firstScript);
}

/** The playground's compilation: run after the task pane's, into the same folder. */
function playgroundConfig(production, outputPath) {
  return {
    name: 'playground',
    dependencies: ['taskpane'],
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: { playground: './src/playground/main.ts', 'playground-pane': './src/playground/paneHost.ts' },
    output: {
      path: outputPath,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: false,
      // Its own chunk-loading global: the pane's frame runs this runtime beside the task pane's.
      uniqueName: 'jixiaoPlayground',
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
      new HtmlWebpackPlugin({ filename: 'playground.html', template: './src/playground/index.html', chunks: ['playground'] }),
      new HtmlWebpackPlugin({
        filename: 'playground-pane.html',
        chunks: ['playground-pane'],
        inject: false,
        minify: false,
        templateContent: ({ htmlWebpackPlugin }) =>
          playgroundPaneHtml(fs.readFileSync(path.join(outputPath, 'taskpane.html'), 'utf8'), htmlWebpackPlugin.tags.headTags.toString()),
      }),
    ],
    // No size budget: a tryout page carrying ExcelJS, not what Office loads.
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const baseUrl = normaliseBaseUrl(env.url || DEV_URL);
  const https = env.WEBPACK_SERVE ? await devHttpsOptions(Boolean(env.http)) : null;

  const taskpane = {
    name: 'taskpane',
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
  // The dev server serves the task pane alone, as before.
  return env.WEBPACK_SERVE ? taskpane : [taskpane, playgroundConfig(production, taskpane.output.path)];
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.normaliseBaseUrl = normaliseBaseUrl;
module.exports.playgroundPaneHtml = playgroundPaneHtml;
