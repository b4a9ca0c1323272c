#!/usr/bin/env node
/**
 * Checks that the formulas `jixiao fill` writes compute the right figures in a spreadsheet program
 * that recalculates them: the seed's four forms are pasted into an .xlsx as they are (text amounts
 * such as 18.24万元 included), filled by the CLI, and LibreOffice (headless, a fresh profile told to
 * recalculate .xlsx files on load) converts every sheet to CSV. The department form's 项目支出 and the
 * summary's 合计 must show 34.35 (18.24 + 13.11 + 3) — also in a copy whose cached formula results
 * were zeroed, so that only a real recalculation can show them.
 * Needs: soffice (libreoffice-calc). Exit 0 when every check passes, 1 otherwise.
 */
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-recalc-'));
let failures = 0;

function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

function finish() {
  console.log(`\nrecalc check: ${failures === 0 ? 'passed' : `${failures} failed`} (files in ${work})`);
  process.exit(failures === 0 ? 0 : 1);
}

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}

/** A LibreOffice profile that recalculates every formula of an .xlsx when loading it. */
function recalcProfile() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lo-'));
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/** Every sheet of the workbook as CSV (UTF-8, raw values: numbers unformatted), by sheet name. */
function sheetsAsCsv(xlsx, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = recalcProfile();
  try {
    run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        outDir,
        xlsx,
      ],
      { timeout: 180000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const base = path.basename(xlsx, '.xlsx');
  const out = {};
  for (const f of fs.readdirSync(outDir)) {
    if (f.startsWith(`${base}-`) && f.endsWith('.csv'))
      out[f.slice(base.length + 1, -4)] = parseCsv(fs.readFileSync(path.join(outDir, f), 'utf8'));
  }
  return out;
}

/** RFC 4180 CSV into rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The text is the number `n` (raw CSV values: 34.35, 3). */
function isNumber(text, n) {
  return typeof text === 'string' && text.trim() !== '' && Math.abs(Number(text) - n) < 1e-9;
}

function cell(rows, a1) {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return ((rows && rows[Number(m[2]) - 1]) || [])[col - 1];
}

/** The seed's forms pasted one per sheet from A1, cell by cell (plain decimals become numbers, as Excel pastes). */
async function writeSeed(ExcelJS, file) {
  const text = fs.readFileSync(path.join(root, 'test', 'fixtures', 'seed.txt'), 'utf8');
  const lines = text.split(/\r?\n/);
  const starts = lines.flatMap((l, i) => (/^#{1,6}\s/.test(l) ? [i] : []));
  const wb = new ExcelJS.Workbook();
  starts.forEach((start, k) => {
    const ws = wb.addWorksheet(`表${k + 1}`);
    lines.slice(start, starts[k + 1] ?? lines.length).forEach((line, i) => {
      const heading = /^#{1,6}\s+(.*)$/.exec(line);
      const fields = heading ? [heading[1].trim()] : line.split('\t');
      fields.forEach((f, j) => {
        if (f.trim() === '') return;
        ws.getCell(i + 1, j + 1).value = /^[-+]?(?:\d+(?:\.\d+)?|\.\d+)$/.test(f) ? Number(f) : f;
      });
    });
  });
  await wb.xlsx.writeFile(file);
  return starts.length;
}

/** A copy of the workbook with every cached formula result set to 0: only a recalculation shows the real figures. */
async function zeroCachedResults(ExcelJS, from, to) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  let zeroed = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value;
        if (v && typeof v === 'object' && 'formula' in v) {
          c.value = { formula: v.formula, result: 0 };
          zeroed++;
        }
      }),
    ),
  );
  await wb.xlsx.writeFile(to);
  return zeroed;
}

/** Where the filled workbook's figures are, found by their labels (not by fixed addresses). */
function locate(sheets) {
  const dept = sheets['表1'];
  let expenditure = null;
  (dept || []).forEach((r) =>
    r.forEach((v, j) => {
      if (v.replace(/\s/g, '') === '项目支出' && expenditure === null) expenditure = (r[j + 1] || '').trim();
    }),
  );
  const summaryName = Object.keys(sheets).find((n) => n.startsWith('项目支出汇总'));
  const summary = sheets[summaryName] || [];
  const totalRow = summary.find((r) => (r[0] || '').trim() === '合计') || [];
  return { expenditure, summaryName, total: (totalRow[6] || '').trim(), summary };
}

async function main() {
  let ExcelJS;
  try {
    ExcelJS = require('exceljs');
  } catch {
    check(false, 'exceljs is installed (npm ci)');
    return finish();
  }
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.error) {
    check(false, 'soffice (libreoffice-calc) is installed');
    return finish();
  }
  try {
    run('npm', ['run', '--silent', 'build:cli'], { cwd: root, timeout: 300000 });
  } catch (err) {
    check(false, `npm run build:cli: ${(err.stdout || '') + (err.stderr || '') || err.message}`);
    return finish();
  }

  const seed = path.join(work, 'seed.xlsx');
  const forms = await writeSeed(ExcelJS, seed);
  check(forms === 4, `seed.xlsx: the seed's 4 forms pasted into 4 sheets (found ${forms})`);

  const filled = path.join(work, 'filled.xlsx');
  const cli = spawnSync('node', [path.join(root, 'bin', 'jixiao.js'), 'fill', seed, '-o', filled], {
    encoding: 'utf8',
  });
  // The seed's 部门名称 differs from its projects' 主管部门 (an error finding): exit 1, file written.
  check(
    cli.status === 0 || cli.status === 1,
    `jixiao fill exits 0 or 1 (got ${cli.status}${cli.stderr ? `: ${cli.stderr.trim()}` : ''})`,
  );
  check(fs.existsSync(filled), 'jixiao fill wrote filled.xlsx');
  if (!fs.existsSync(filled)) return finish();

  const zeroed = path.join(work, 'zeroed.xlsx');
  const formulas = await zeroCachedResults(ExcelJS, filled, zeroed);
  check(
    formulas >= 9,
    `filled.xlsx holds the fill's formulas (${formulas}: 3 projects × 2 amounts, 2 totals, 项目支出)`,
  );

  for (const [name, file] of [
    ['filled', filled],
    ['zeroed cached results', zeroed],
  ]) {
    const sheets = sheetsAsCsv(file, path.join(work, `csv-${path.basename(file, '.xlsx')}`));
    const { expenditure, summaryName, total, summary } = locate(sheets);
    check(
      summaryName !== undefined,
      `${name}: LibreOffice exported the summary sheet (${Object.keys(sheets).join(', ')})`,
    );
    check(
      isNumber(expenditure, 34.35),
      `${name}: the department's 项目支出 is 34.35 (got ${JSON.stringify(expenditure)})`,
    );
    check(isNumber(total, 34.35), `${name}: the summary's 合计 of 当年度金额 is 34.35 (got ${JSON.stringify(total)})`);
    const annual = summary.slice(2, 5).map((r) => (r[6] || '').trim());
    check(
      [18.24, 13.11, 3].every((n, i) => isNumber(annual[i], n)),
      `${name}: the summary's 当年度金额 rows are 18.24, 13.11, 3 (got ${JSON.stringify(annual)})`,
    );
    const f8 = cell(sheets['表2'], 'F8');
    check(
      isNumber(f8, 18.24),
      `${name}: 表2's 当年度金额 is the number 18.24, no longer text (got ${JSON.stringify(f8)})`,
    );
  }
  finish();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
