#!/usr/bin/env node
// Renders every (theme, doc) pair of theme-rules.mjs into OUT_DIR/resumes/jr-<theme>-<doc>.*
// (html, pdf, docx, odt, txt) and writes the matching gold OUT_DIR/gold/jr-<theme>-<doc>.json.
// Usage: node render.mjs OUT_DIR [--only SUBSTRING] [--no-convert] [--check] [--sources FILE]
//   --no-convert    write only .html, .txt and gold (no Chromium/LibreOffice)
//   --sources FILE  also write the corpus SOURCES lines (stem, source, kind, origin, licence) to FILE
//   --check  after rendering, look for every gold text value in the PDF text (pdftotext, if
//            installed) and in the .txt, and list the ones not found (a review aid only).
// Gold is computed from the JSON document and the per-theme rules (never from any parser).
// Formats: .html is the theme's output as is; .pdf is headless Chromium's print to PDF of that
// HTML; .docx and .odt are LibreOffice (writer, "HTML (StarWriter)" import filter)
// conversions of that HTML; .txt is the page's innerText in Chromium (playwright-core, pinned,
// driving the same Chromium): blocks as CSS lays them out on lines of their own, link targets
// and images left out -- what "select all, copy, paste into an editor" gives. (html-to-text,
// which ignores CSS, glued elements that CSS sets apart; LibreOffice's "Text (encoded)" export was tried first and dropped: it leaves out the
// content of floated columns, which its HTML import turns into frames, e.g. nearly all of
// spartacus.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium as playwright } from 'playwright-core';
import { THEMES, PAIRS, DOC_ORIGINS } from './theme-rules.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outDir = args.find((a, i) => !a.startsWith('--') && !['--only', '--sources'].includes(args[i - 1]));
if (!outDir) { console.error('usage: node render.mjs OUT_DIR [--only SUBSTRING] [--no-convert] [--check]'); process.exit(2); }
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const convert = !args.includes('--no-convert');
const check = args.includes('--check');
const sourcesFile = args.includes('--sources') ? args[args.indexOf('--sources') + 1] : null;
const resDir = path.resolve(outDir, 'resumes');
const goldDir = path.resolve(outDir, 'gold');
fs.mkdirSync(resDir, { recursive: true });
fs.mkdirSync(goldDir, { recursive: true });

// ---------------------------------------------------------------- document -> contract
const isEmpty = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
  || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);
function clean(obj) { // drop empty values, keep key order
  const out = {};
  for (const [k, v] of Object.entries(obj)) {
    if (Array.isArray(v)) { const a = v.filter((x) => !isEmpty(x)).map((x) => (typeof x === 'string' ? x.trim() : x)); if (a.length) out[k] = a; }
    else if (v && typeof v === 'object') { const c = clean(v); if (!isEmpty(c)) out[k] = c; }
    else if (!isEmpty(v)) out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}
const pick = (o, keys) => Object.fromEntries(keys.map((k) => [k, o[k]]));
const detailText = (d) => (typeof d === 'string' ? d : d.text + (d.comment ? ` [${d.comment}]` : ''));

// The JSON document in the contract shape, before any theme rule. Pre-1.0 keys are mapped
// (work.company -> name, website -> url, gpa -> score; "details" lists only when the theme
// prints them, see rules.details). Non-contract keys are dropped.
function toContract(doc, rules) {
  const b = doc.basics || {};
  const loc = b.location || {};
  return {
    basics: {
      name: b.name, label: b.label, email: b.email, phone: b.phone, url: b.url || b.website, summary: b.summary,
      location: pick(loc, ['city', 'region', 'countryCode', 'address', 'postalCode']),
      profiles: (b.profiles || []).map((p) => pick(p, ['network', 'username', 'url'])),
    },
    work: (doc.work || []).map((w) => ({
      name: w.name || w.company, position: w.position, location: w.location, startDate: w.startDate, endDate: w.endDate,
      summary: w.summary,
      highlights: w.highlights || (rules.details && w.details ? w.details.map(detailText) : undefined),
    })),
    education: (doc.education || []).map((e) => ({
      institution: e.institution, area: e.area, studyType: e.studyType, startDate: e.startDate, endDate: e.endDate,
      score: e.score || e.gpa, courses: e.courses, location: e.location,
    })),
    skills: (doc.skills || []).map((s) => ({
      name: s.name,
      keywords: s.keywords || (rules.details && s.details ? s.details.map((d) => (typeof d === 'string' ? d : d.text)) : undefined),
    })),
    languages: (doc.languages || []).map((l) => pick(l, ['language', 'fluency'])),
    publications: (doc.publications || []).map((p) => ({
      name: p.name, publisher: p.publisher, releaseDate: p.releaseDate, url: p.url || p.website, summary: p.summary, authors: p.authors,
    })),
    awards: (doc.awards || []).map((a) => pick(a, ['title', 'date', 'awarder', 'summary'])),
    certificates: (doc.certificates || []).map((c) => pick(c, ['name', 'date', 'issuer'])),
    projects: (doc.projects || []).map((p) => pick(p, ['name', 'description', 'highlights', 'startDate', 'endDate'])),
    teaching: [],
  };
}

const DATE_KEYS = ['startDate', 'endDate', 'date', 'releaseDate'];
function truncDate(d, mode) {
  if (isEmpty(d)) return undefined;
  d = String(d).trim();
  if (mode === 'raw') return d;
  if (mode === 'month') return /^\d{4}$/.test(d) ? `${d}-01` : d.slice(0, 7); // a year alone prints as "Jan YYYY"
  if (mode === 'year') return d.slice(0, 4);
  throw new Error('date mode ' + mode);
}

const KNOWN_HOSTS = { 'twitter.com': 'Twitter', 'x.com': 'X', 'github.com': 'GitHub', 'linkedin.com': 'LinkedIn',
  'soundcloud.com': 'SoundCloud', 'scholar.google.com': 'Google Scholar', 'gitlab.com': 'GitLab' };
function profileFromUrl(p) { // only the URL is printed: keep what the URL itself shows
  let u; try { u = new URL(p.url); } catch { return { url: p.url }; }
  const host = u.hostname.replace(/^www\./, '');
  const squash = (s) => (s || '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const network = (p.network && squash(host).includes(squash(p.network))) ? p.network : KNOWN_HOSTS[host];
  let username = (p.username && p.url.includes(p.username)) ? p.username : undefined;
  if (!username && KNOWN_HOSTS[host]) {
    const segs = u.pathname.split('/').filter(Boolean);
    if (segs.length === 1 || (segs.length === 2 && segs[0] === 'in')) username = segs[segs.length - 1];
  }
  return { network, username, url: p.url };
}

function applyRules(c, doc, rules) {
  const g = {};
  // basics
  const b = pick(c.basics, rules.basics);
  let loc = pick(c.basics.location, rules.location);
  if (rules.locationNeedsCity && !loc.city) loc = {};
  if (rules.locationNeedsAddress && !loc.address) loc = {};
  if (rules.cityNeedsPostalCode && !(loc.city && loc.postalCode)) { delete loc.city; delete loc.postalCode; }
  b.location = loc;
  const modes = rules.profiles;
  b.profiles = c.basics.profiles.filter((p) => (!rules.profilesNeedNetwork || p.network) && (!rules.profilesNeedUrl || p.url)).map((p) => {
    if (modes.includes('fromUrl')) return p.url ? profileFromUrl(p) : {};
    const o = {};
    if (modes.includes('network')) o.network = p.network;
    if (modes.includes('username')) o.username = p.username;
    if (modes.includes('usernameIfUrl') && p.url) o.username = p.username;
    if (modes.includes('url')) o.url = p.url;
    if (modes.includes('urlIfNoUsername') && !p.username && p.url) {
      // the URL is printed as text in place of the handle: keep what it shows (as 'fromUrl')
      const fromUrl = profileFromUrl(p);
      return { network: o.network || fromUrl.network, username: fromUrl.username, url: p.url };
    }
    return o;
  });
  g.basics = b;
  // sections
  const S = rules.sections;
  for (const sec of ['work', 'education', 'skills', 'languages', 'publications', 'awards', 'certificates', 'projects', 'teaching']) {
    const r = S[sec];
    if (!r) continue;
    if (sec === 'skills') { g.skills = c.skills; continue; }
    if (sec === 'languages') { g.languages = c.languages.map((l) => pick(l, r)); continue; }
    g[sec] = c[sec].map((item) => {
      let it = { ...item };
      if (r.summaryAsFirstHighlight && it.summary) { it.highlights = [it.summary, ...(it.highlights || [])]; delete it.summary; }
      if (r.bothDatesOrNone && !(it.startDate && it.endDate)) { delete it.startDate; delete it.endDate; }
      if (rules.sameDateOnce && it.startDate && it.startDate === it.endDate) delete it.endDate;
      it = pick(it, Object.keys(item).concat(['highlights']).filter((k) => r.fields.includes(k)));
      for (const k of DATE_KEYS) if (k in it) it[k] = truncDate(it[k], r.dates);
      return it;
    });
  }
  if (rules.volunteerAsProjects) {
    g.projects = (doc.volunteer || []).filter((v) => !isEmpty(v.summary)).map((v) => ({ name: v.summary, highlights: v.highlights }));
  }
  // contract key order
  const ordered = {};
  for (const k of ['basics', 'work', 'education', 'skills', 'languages', 'publications', 'awards', 'certificates', 'projects', 'teaching']) if (g[k]) ordered[k] = g[k];
  return clean(ordered);
}

// Pre-1.0 aliases for themes written against the old schema (see theme-rules.mjs, legacy).
function legacyAliases(doc) {
  const d = structuredClone(doc);
  if (d.basics && d.basics.url && !d.basics.website) d.basics.website = d.basics.url;
  for (const w of d.work || []) { if (w.name && !w.company) w.company = w.name; if (w.url && !w.website) w.website = w.url; }
  for (const v of d.volunteer || []) if (v.url && !v.website) v.website = v.url;
  for (const e of d.education || []) if (e.score && !e.gpa) e.gpa = e.score;
  for (const p of d.publications || []) if (p.url && !p.website) p.website = p.url;
  return d;
}

// ---------------------------------------------------------------- rendering
async function loadTheme(pkg) {
  const m = await import(pkg);
  const render = m.render || (m.default && m.default.render);
  if (typeof render !== 'function') throw new Error(`${pkg}: no render()`);
  return render;
}

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 300000, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}): ${r.stderr || r.error}`);
  return r.stdout;
}
const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0);

function printPdf(htmlFile, pdfFile) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jr-chromium-'));
  try {
    run(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--user-data-dir=${profile}`, '--no-pdf-header-footer', `--print-to-pdf=${pdfFile}`,
      pathToFileURL(htmlFile).href]);
  } finally { fs.rmSync(profile, { recursive: true, force: true }); }
  if (!fs.existsSync(pdfFile)) throw new Error('no PDF from chromium for ' + htmlFile);
}

function soffice(htmlFiles, target) {
  if (!htmlFiles.length) return;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jr-soffice-'));
  try {
    run('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(tmp, 'profile')).href}`, '--headless',
      '--infilter=HTML (StarWriter)', '--convert-to', target, '--outdir', resDir, ...htmlFiles]);
  } finally { fs.rmSync(tmp, { recursive: true, force: true }); }
}

const t0 = Date.now();
const done = [];
for (const [theme, docId] of PAIRS) {
  const stem = `jr-${theme}-${docId}`;
  if (only && !stem.includes(only)) continue;
  const rules = THEMES[theme];
  const doc = JSON.parse(fs.readFileSync(path.join(here, 'docs', `${docId}.json`), 'utf8'));
  const input = rules.legacy ? legacyAliases(doc) : structuredClone(doc);
  const render = await loadTheme(rules.pkg);
  let html = render(input);
  if (html && typeof html.then === 'function') html = await html;
  const htmlFile = path.join(resDir, `${stem}.html`);
  fs.writeFileSync(htmlFile, html);
  const gold = applyRules(toContract(doc, rules), doc, rules);
  fs.writeFileSync(path.join(goldDir, `${stem}.json`), JSON.stringify(gold, null, 2) + '\n');
  done.push({ stem, htmlFile });
}

if (convert) {
  for (const { stem, htmlFile } of done) printPdf(htmlFile, path.join(resDir, `${stem}.pdf`));
  const htmls = done.map((d) => d.htmlFile);
  soffice(htmls, 'docx:MS Word 2007 XML');
  soffice(htmls, 'odt:writer8');
}
// The text a person gets by selecting all of the page in a browser and saving it: the rendered
// page's innerText, so blocks laid out by CSS come out as lines of their own (a converter that
// ignores CSS glues "Rickie Harris" to "Senior Backend Engineer").
const browser = await playwright.launch({
  executablePath: spawnSync('sh', ['-c', `command -v ${chromium}`], { encoding: 'utf8' }).stdout.trim(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  for (const { stem, htmlFile } of done) {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 60000 });
    const text = await page.evaluate(() => document.body.innerText);
    fs.writeFileSync(path.join(resDir, `${stem}.txt`),
      text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim() + '\n');
  }
} finally { await browser.close(); }

// ---------------------------------------------------------------- review aid
if (check) {
  const norm = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
  const hasPdftotext = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;
  for (const { stem } of done) {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, `${stem}.json`), 'utf8'));
    const texts = {};
    if (hasPdftotext && fs.existsSync(path.join(resDir, `${stem}.pdf`))) texts.pdf = norm(run('pdftotext', [path.join(resDir, `${stem}.pdf`), '-']));
    if (fs.existsSync(path.join(resDir, `${stem}.txt`))) texts.txt = norm(fs.readFileSync(path.join(resDir, `${stem}.txt`), 'utf8'));
    const missing = [];
    const walk = (v, p) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, p ? `${p}.${k}` : k);
      else if (!DATE_KEYS.includes(p.split('.').pop()) && !p.endsWith('countryCode')) {
        let s = String(v);
        if (p.endsWith('url')) s = s.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
        for (const [fmt, t] of Object.entries(texts)) if (!t.includes(norm(s))) missing.push(`${fmt}:${p}=${s.slice(0, 60)}`);
      }
    };
    walk(gold, '');
    console.log(`${stem}: ${missing.length ? 'NOT FOUND ' + missing.join(' | ') : 'all gold text found'}`);
  }
}

if (sourcesFile) {
  const lines = done.map(({ stem }) => {
    const [, theme, ...rest] = stem.split('-');
    const pkgJson = JSON.parse(fs.readFileSync(path.join(here, 'node_modules', THEMES[theme].pkg, 'package.json'), 'utf8'));
    return [stem, THEMES[theme].pkg, 'jsonresume', `npm:${pkgJson.name}@${pkgJson.version}; doc: ${DOC_ORIGINS[rest.join('-')]}`, pkgJson.license].join('\t');
  });
  fs.writeFileSync(sourcesFile, lines.join('\n') + '\n');
}

const files = fs.readdirSync(resDir).filter((f) => done.some((d) => f.startsWith(d.stem + '.'))).length;
console.log(`jsonresume render: ${done.length} stems, ${files} resume files, ${done.length} gold files in ${outDir} (${Math.round((Date.now() - t0) / 1000)} s)`);
