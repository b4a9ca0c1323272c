#!/usr/bin/env node
/**
 * Renders workbooks written by `jixiao new` with LibreOffice (headless) to PDF and PNG, and checks
 * that they rendered: one page per form (fit one page wide), A4 portrait, the Chinese labels present
 * in the PDF's text. `--update-images` copies the PNGs to docs/images/.
 * Needs: soffice (libreoffice-calc), pdftoppm/pdfinfo/pdftotext (poppler-utils), fonts-noto-cjk.
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const update = process.argv.includes('--update-images');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-render-'));
let failures = 0;

function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}

function soffice(args) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lo-'));
  try {
    return run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { timeout: 180000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

if (!fs.existsSync(path.join(root, 'build', 'cli', 'main.js'))) run('npm', ['run', 'build:cli'], { cwd: root });

const cases = [
  { name: 'department', args: ['--department'], title: '市级部门整体预算绩效目标申报表', labels: ['部门名称', '预算整体情况', '绩效指标', '可持续影响指标', '市本级使用资金'] },
  { name: 'project', args: ['--project', '科技月活动经费'], title: '项目支出绩效目标申报表', labels: ['项目名称', '实施期限', '当年度指标值', '服务对象满意度指标'] },
  { name: 'county', args: ['--department', '--level', '县'], title: '县级部门整体预算绩效目标申报表', labels: ['县本级使用资金'] },
];

for (const c of cases) {
  const xlsx = path.join(work, `${c.name}.xlsx`);
  run('node', [path.join(root, 'bin', 'jixiao.js'), 'new', ...c.args, '-o', xlsx]);
  check(fs.existsSync(xlsx), `${c.name}: jixiao new wrote ${path.basename(xlsx)}`);
  soffice(['--convert-to', 'pdf', '--outdir', work, xlsx]);
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  check(fs.existsSync(pdf), `${c.name}: LibreOffice rendered a PDF`);
  if (!fs.existsSync(pdf)) continue;
  const info = run('pdfinfo', [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  check(pages === 1, `${c.name}: one page (fit to one page wide and tall), got ${pages}`);
  check(size && Math.abs(Number(size[1]) - 595) < 3 && Math.abs(Number(size[2]) - 842) < 3, `${c.name}: A4 portrait (${size && size[1]} x ${size && size[2]} pt)`);
  const text = run('pdftotext', ['-layout', pdf, '-']).replace(/\s+/g, '');
  check(text.includes(c.title), `${c.name}: title ${c.title} in the rendered text`);
  for (const label of c.labels) check(text.includes(label), `${c.name}: label ${label} rendered`);
  run('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, path.join(work, c.name)]);
  const png = path.join(work, `${c.name}.png`);
  const buf = fs.readFileSync(png);
  const w = buf.readUInt32BE(16);
  const h = buf.readUInt32BE(20);
  check(w > 600 && w < 700 && h > 900 && h < 970, `${c.name}: PNG ${w}x${h} at 80 dpi`);
  if (update) {
    fs.mkdirSync(path.join(root, 'docs', 'images'), { recursive: true });
    fs.copyFileSync(png, path.join(root, 'docs', 'images', `render-${c.name}.png`));
  }
}

console.log(`\nrender check: ${failures === 0 ? 'passed' : `${failures} failed`} (files in ${work})`);
process.exit(failures === 0 ? 0 : 1);
