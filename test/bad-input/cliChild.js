/**
 * Runs `jixiao` from the TypeScript sources in a process of its own, for the tests that bound a
 * command's time and memory (limits.test.ts): each .ts file is compiled on require with
 * TypeScript's transpileModule (no type check), and the process's peak resident memory is written
 * to stderr on exit as `JIXIAO_MAXRSS_KB=<n>`.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};

process.on('exit', () => process.stderr.write(`\nJIXIAO_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`));
const { main } = require(path.join(__dirname, '..', '..', 'src', 'cli', 'main.ts'));
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exit(70);
  },
);
