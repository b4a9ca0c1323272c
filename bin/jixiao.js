#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('jixiao: 尚未构建。请先运行 npm run build。(not built yet: run npm run build first)\n');
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`jixiao: 内部错误 (internal error): ${err && err.stack ? err.stack : err}\n`);
    process.exit(2);
  },
);
