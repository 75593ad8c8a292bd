// Email-client lint (issue 14, "Measured, not asserted"): lints HTML files with @jsx-email/doiuse-email
// (the caniemail.com data) for the client families Hookmail cares about and prints, per file, the counts
// per family and the features reported.
//
//   node lint.mjs [--allow docs/EMAIL-CLIENTS.md] [--notes] [--json] FILE...
//
// With --allow, every reported (feature, client) must be on the allow-list of graceful degradations in that
// Markdown file (the table between <!-- emaillint:allow --> and <!-- /emaillint:allow -->); anything else
// is listed under "NOT ALLOWED" and the exit code is 1. Exit code 2: usage or input error.
import { doIUseEmail } from '@jsx-email/doiuse-email';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FAMILIES = ['gmail', 'apple-mail', 'outlook', 'yahoo'];
export const CLIENT_GLOBS = FAMILIES.map((f) => `${f}.*`);

const MESSAGE = /^`(.+)` is (not supported|only partially supported) by `([^`]+)`$/;
const NOTE = /^Note about `(.+)` support for `([^`]+)`: (.*)$/s;

// Lints one HTML string. Returns the raw counts the linter reports (one message per occurrence and client)
// per family, and the distinct features: { name, severity: 'error'|'warning', clients: [...], notes: [...] }.
export function lintHtml(html) {
  const result = doIUseEmail(html, { emailClients: CLIENT_GLOBS });
  const counts = Object.fromEntries(FAMILIES.map((f) => [f, { errors: 0, warnings: 0 }]));
  const features = new Map(); // "severity\0name" → feature
  const take = (messages, severity) => {
    for (const message of messages ?? []) {
      const m = MESSAGE.exec(message);
      if (!m) throw new Error(`Unexpected linter message: ${message}`);
      const [, name, , client] = m;
      const family = client.split('.')[0];
      counts[family][severity === 'error' ? 'errors' : 'warnings'] += 1;
      const key = `${severity}\0${name}`;
      if (!features.has(key)) features.set(key, { name, severity, clients: [], notes: [] });
      const f = features.get(key);
      if (!f.clients.includes(client)) f.clients.push(client);
    }
  };
  take(result.errors, 'error');
  take(result.warnings, 'warning');
  for (const note of result.notes ?? []) {
    const m = NOTE.exec(note);
    if (!m) continue;
    const [, name, client, text] = m;
    for (const f of features.values()) {
      const line = `${client}: ${text}`;
      if (f.name === name && f.clients.includes(client) && !f.notes.includes(line)) f.notes.push(line);
    }
  }
  const list = [...features.values()].sort(
    (a, b) => a.severity.localeCompare(b.severity) || a.name.localeCompare(b.name)
  );
  return { counts, features: list };
}

function globToRegExp(glob) {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^.]*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

// Reads the allow-list table from the Markdown file: rows of `| \`feature\` | \`client-glob\`, … | reason |`.
// Every row must name a feature, at least one client and a reason.
export function loadAllowList(markdownPath) {
  const text = readFileSync(markdownPath, 'utf8');
  const begin = text.indexOf('<!-- emaillint:allow -->');
  const end = text.indexOf('<!-- /emaillint:allow -->');
  if (begin < 0 || end < begin) {
    throw new Error(`${markdownPath}: no <!-- emaillint:allow --> … <!-- /emaillint:allow --> section`);
  }
  const entries = [];
  const lines = text.slice(begin, end).split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim().startsWith('|')) continue;
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    if (cells.length < 3 || /^-+$/.test(cells[0].replace(/:/g, '')) || !cells[0].startsWith('`')) continue;
    const feature = /^`(.+)`$/.exec(cells[0])?.[1];
    const clients = [...cells[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const reason = cells.slice(2).join('|').trim();
    if (!feature || clients.length === 0 || reason.length === 0) {
      throw new Error(`${markdownPath}: allow-list row ${i} needs a feature, clients and a reason: ${line}`);
    }
    entries.push({ feature, clients, patterns: clients.map(globToRegExp), reason, used: false });
  }
  return entries;
}

// The (feature, client) pairs of `features` that no allow-list entry covers; marks the entries used.
export function notAllowed(features, allowList) {
  const out = [];
  for (const f of features) {
    const clients = f.clients.filter((client) => {
      const entry = allowList.find((e) => e.feature === f.name && e.patterns.some((p) => p.test(client)));
      if (entry) entry.used = true;
      return !entry;
    });
    if (clients.length > 0) out.push({ ...f, clients });
  }
  return out;
}

function pad(s, n) {
  return String(s).padEnd(n);
}

export function formatCounts(counts) {
  const lines = [`  ${pad('family', 12)}${pad('errors', 8)}warnings`];
  let errors = 0;
  let warnings = 0;
  for (const family of FAMILIES) {
    const c = counts[family];
    errors += c.errors;
    warnings += c.warnings;
    lines.push(`  ${pad(family, 12)}${pad(c.errors, 8)}${c.warnings}`);
  }
  lines.push(`  ${pad('total', 12)}${pad(errors, 8)}${warnings}`);
  return lines.join('\n');
}

function main(argv) {
  let allowPath = null;
  let json = false;
  let notes = false;
  const files = [];
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--allow') allowPath = argv[++i];
    else if (argv[i] === '--json') json = true;
    else if (argv[i] === '--notes') notes = true;
    else if (argv[i].startsWith('--')) {
      console.error(`Unknown option ${argv[i]}`);
      return 2;
    } else files.push(argv[i]);
  }
  if (files.length === 0 || (allowPath === null && argv.includes('--allow'))) {
    console.error('Usage: node lint.mjs [--allow EMAIL-CLIENTS.md] [--notes] [--json] FILE...');
    return 2;
  }
  let allowList = null;
  try {
    if (allowPath) allowList = loadAllowList(allowPath);
  } catch (e) {
    console.error(e.message);
    return 2;
  }

  const report = [];
  let failed = false;
  for (const file of files) {
    let html;
    try {
      html = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`Cannot read ${file}: ${e.message}`);
      return 2;
    }
    const { counts, features } = lintHtml(html);
    const rejected = allowList ? notAllowed(features, allowList) : [];
    if (rejected.length > 0) failed = true;
    report.push({ file, bytes: Buffer.byteLength(html), counts, features, notAllowed: rejected });
  }

  if (json) {
    console.log(JSON.stringify({ clients: CLIENT_GLOBS, files: report, ok: !failed }, null, 2));
    return failed ? 1 : 0;
  }
  for (const r of report) {
    console.log(`== ${basename(r.file)} (${r.bytes} bytes; messages as reported, one per occurrence and client)`);
    console.log(formatCounts(r.counts));
    console.log(`  features (${r.features.length}):`);
    for (const f of r.features) {
      console.log(`    ${pad(f.severity, 8)}${f.name} — ${f.clients.join(', ')}`);
      if (notes) for (const n of f.notes) console.log(`              note ${n}`);
    }
    if (allowList) {
      if (r.notAllowed.length === 0) console.log('  every feature is on the allow-list');
      for (const f of r.notAllowed) {
        console.log(`  NOT ALLOWED ${f.severity} ${f.name} — ${f.clients.join(', ')}`);
      }
    }
  }
  if (allowList) {
    const unused = allowList.filter((e) => !e.used);
    for (const e of unused) console.log(`(allow-list entry not needed by these files: ${e.feature})`);
    console.log(failed ? 'emaillint: FAILED' : 'emaillint: ok');
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
