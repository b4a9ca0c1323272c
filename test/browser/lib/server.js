/**
 * Starts scripts/playground.js as one child process (so that its pid is all there is to stop) and
 * waits for the address it prints alone on a line.
 */
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..', '..', '..');
const ADDRESS = /^http:\/\/localhost:(\d+)\/$/;

/** Resolves { url, stop } once the server prints its address; rejects when it exits first. */
function startPlayground({ build = true, timeoutMs = 15 * 60 * 1000 } = {}) {
  const args = [path.join(root, 'scripts', 'playground.js'), '--port', '0'];
  if (!build) args.push('--no-build');
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the playground did not start within ${timeoutMs / 1000} s:\n${log}`));
    }, timeoutMs);
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      log += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) {
        if (!ADDRESS.test(line.trim())) continue;
        clearTimeout(timer);
        resolve({
          url: line.trim(),
          pid: child.pid,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.stderr.on('data', (chunk) => {
      log += chunk;
      if (process.env.PLAYGROUND_LOG) process.stderr.write(chunk);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the playground exited (code ${code}) before printing its address:\n${log}`));
    });
  });
}

module.exports = { startPlayground };
