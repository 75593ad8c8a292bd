// Hookmail's designed email beside MJML's output for the same content (issue 14): HTML size and the
// email-client lint counts, side by side.
//
//   node compare.mjs HOOKMAIL.html WELCOME.mjml [--out DIR] [--json]
//
// MJML compiles with its defaults (no minification, as Hookmail's HTML is not minified); --out keeps its HTML.
import mjml2html from 'mjml';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES, lintHtml } from './lint.mjs';

function side(name, html) {
  const { counts, features } = lintHtml(html);
  const total = { errors: 0, warnings: 0 };
  for (const f of FAMILIES) {
    total.errors += counts[f].errors;
    total.warnings += counts[f].warnings;
  }
  const distinct = (severity) => features.filter((f) => f.severity === severity).map((f) => f.name);
  return {
    name,
    bytes: Buffer.byteLength(html),
    counts,
    total,
    errorFeatures: distinct('error'),
    warningFeatures: distinct('warning'),
  };
}

async function main(argv) {
  const positional = [];
  let outDir = null;
  let json = false;
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--out') outDir = argv[++i];
    else if (argv[i] === '--json') json = true;
    else positional.push(argv[i]);
  }
  if (positional.length !== 2 || (argv.includes('--out') && !outDir)) {
    console.error('Usage: node compare.mjs HOOKMAIL.html WELCOME.mjml [--out DIR] [--json]');
    return 2;
  }
  const [hookmailPath, mjmlPath] = positional;
  const hookmailHtml = readFileSync(hookmailPath, 'utf8');
  const compiled = await mjml2html(readFileSync(mjmlPath, 'utf8'), { validationLevel: 'strict' });
  if (compiled.errors?.length) {
    for (const e of compiled.errors) console.error(`${mjmlPath}: ${e.formattedMessage ?? e.message}`);
    return 1;
  }
  const mjmlVersion = JSON.parse(
    readFileSync(new URL('./node_modules/mjml/package.json', import.meta.url), 'utf8')
  ).version;
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'welcome-mjml.html'), compiled.html);
  }

  const sides = [side('Hookmail', hookmailHtml), side(`MJML ${mjmlVersion}`, compiled.html)];
  if (json) {
    console.log(JSON.stringify(sides, null, 2));
    return 0;
  }
  const rows = [['', ...sides.map((s) => s.name)], ['HTML bytes', ...sides.map((s) => String(s.bytes))]];
  for (const f of FAMILIES) {
    rows.push([`${f} errors / warnings`, ...sides.map((s) => `${s.counts[f].errors} / ${s.counts[f].warnings}`)]);
  }
  rows.push(['all four: errors / warnings', ...sides.map((s) => `${s.total.errors} / ${s.total.warnings}`)]);
  rows.push(['distinct features: error / warning',
    ...sides.map((s) => `${s.errorFeatures.length} / ${s.warningFeatures.length}`)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log('Same content: Hookmail default design vs MJML (lint messages: one per occurrence and client)');
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
  for (const s of sides) {
    console.log(`${s.name} errors: ${s.errorFeatures.join(', ') || '(none)'}`);
    console.log(`${s.name} warnings: ${s.warningFeatures.join(', ') || '(none)'}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
