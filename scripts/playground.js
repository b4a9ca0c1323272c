#!/usr/bin/env node
/**
 * The playground: builds the production bundles (webpack, in this same process) and serves dist/
 * on http://localhost:PORT/ — the workbook view and the real task pane on an in-memory Excel.
 * Nothing is loaded from outside this server. One process: stop it with Ctrl+C or by its pid.
 *
 *   node scripts/playground.js              build, then serve on port 3100 (the next free one if taken)
 *   node scripts/playground.js --port 8080  this port only (0: any free port)
 *   node scripts/playground.js --no-build   serve the last build in dist/
 *
 * Prints the page's address alone on a line of its own once it is ready.
 */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const DEFAULT_PORT = 3100;
const PORTS_TRIED = 20;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

const USAGE = `用法: node scripts/playground.js [--port 端口] [--no-build]
构建并在本机启动试用页（默认端口 ${DEFAULT_PORT}）。(Builds and serves the playground on localhost.)`;

function parseArgs(argv) {
  const opts = { port: DEFAULT_PORT, portGiven: false, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--no-build') {
      opts.build = false;
    } else if (a === '--port' || a.startsWith('--port=')) {
      const v = a.includes('=') ? a.slice('--port='.length) : argv[++i];
      const port = Number(v);
      if (!/^\d+$/.test(v ?? '') || port > 65535) fail(`--port 需要 0–65535 之间的端口号，收到「${v ?? ''}」(bad port)`);
      opts.port = port;
      opts.portGiven = true;
    } else {
      fail(`未知参数: ${a} (unknown argument)\n${USAGE}`);
    }
  }
  return opts;
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** The production build, as `webpack --mode production` makes it. */
async function build() {
  const webpack = require('webpack');
  const config = await require(path.join(root, 'webpack.config.js'))({}, { mode: 'production' });
  const started = Date.now();
  process.stderr.write('正在构建（webpack, production）… (building)\n');
  await new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
  process.stderr.write(`构建完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。(built)\n`);
}

/** The file under dist/ a request path names, or null (outside dist/, missing, a folder). */
function fileFor(urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname === '/') pathname = '/playground.html';
  const file = path.resolve(dist, `.${pathname}`);
  const rel = path.relative(dist, file);
  if (rel.startsWith('..') || path.isAbsolute(rel) || pathname.includes('\0')) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method Not Allowed');
    return;
  }
  const file = fileFor(req.url ?? '/');
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not Found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) await build();
  if (!fs.existsSync(path.join(dist, 'playground.html'))) fail('dist/ 中没有试用页，请去掉 --no-build 重新运行。(no playground in dist/: run without --no-build)');
  const server = http.createServer(handle);
  let port = null;
  const last = opts.portGiven || opts.port === 0 ? opts.port : opts.port + PORTS_TRIED - 1;
  for (let p = opts.port; port === null && p <= last; p++) {
    try {
      port = await listen(server, p);
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || p === last) fail(`无法监听端口 ${p}: ${err.message} (cannot listen)`);
    }
  }
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log('试用页已启动（只在本机可访问；按 Ctrl+C 停止）。The playground is running at:');
  console.log(`http://localhost:${port}/`);
}

main().catch((err) => fail(`试用页启动失败 (playground failed): ${err && err.stack ? err.stack : err}`));
