#!/usr/bin/env node
'use strict';
// A command runs for about a second. V8 sends a function to its optimising compiler after a fixed
// amount of work; for a run this short, the compiler's threads cost more than the optimised code
// saves. A larger budget before a function is optimised: on a 300-sheet `validate`, about a fifth
// less CPU and a tenth less time (npm run bench). Only tuning: the results are the same.
require('v8').setFlagsFromString('--interrupt-budget=300000');
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
