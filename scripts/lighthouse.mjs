#!/usr/bin/env node
// Lighthouse (mobile profile) on the front page and the seed article of a built site, in Debian's
// Chromium; each of Performance, Accessibility, Best Practices and SEO must score at least 95.
//
//   node scripts/lighthouse.mjs [SITE_DIR]     (default: site/, as `mvn package` leaves it)
//
// It builds nothing: it serves SITE_DIR on loopback the way a static host does (gzip, 404.html)
// and writes the JSON reports to target/lighthouse/<page>.json. Exit code 1 when a score is low.
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { promisify } from 'node:util';

const repo = resolve(new URL('..', import.meta.url).pathname);
const root = resolve(process.argv[2] ?? join(repo, 'site'));
const reports = join(repo, 'target', 'lighthouse');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const minimum = 0.95;
const pages = {
  front: '/',
  article: '/world/2023/10/12/putins-first-time-since-march/',
};
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript',
  '.xml': 'application/xml', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.avif': 'image/avif', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

function fileFor(urlPath) {
  let file = normalize(join(root, decodeURIComponent(urlPath)));
  if (!file.startsWith(root)) return null;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  let file = fileFor(path);
  let status = 200;
  if (!file) { file = join(root, '404.html'); status = 404; }
  const type = types[extname(file)] ?? 'application/octet-stream';
  let body = readFileSync(file);
  const headers = { 'Content-Type': type, 'Cache-Control': 'max-age=3600' };
  if (/text|xml|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
  }
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

try {
  statSync(join(root, 'index.html'));
} catch {
  console.error(`${root}/index.html is missing: build the site first (mvn package)`);
  process.exit(2);
}
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;
mkdirSync(reports, { recursive: true });

let failed = false;
try {
  for (const [name, path] of Object.entries(pages)) {
    const output = join(reports, `${name}.json`);
    await promisify(execFile)(join(repo, 'node_modules', '.bin', 'lighthouse'), [
      base + path,
      `--chrome-path=${chrome}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'
        + ' --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run',
      '--form-factor=mobile',
      `--only-categories=${categories.join(',')}`,
      '--output=json', `--output-path=${output}`, '--quiet',
    ], { maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const scores = categories.map((id) => [report.categories[id].title, report.categories[id].score]);
    console.log(`${name.padEnd(8)} ${scores.map(([t, s]) => `${t} ${Math.round(s * 100)}`).join('  ')}  (${output})`);
    for (const [title, score] of scores) {
      if (score === null || score < minimum) {
        failed = true;
        console.error(`  ${title} is ${score === null ? 'missing' : Math.round(score * 100)}, below ${minimum * 100}; failing audits:`);
        const category = Object.values(report.categories).find((c) => c.title === title);
        for (const ref of category.auditRefs.filter((r) => r.weight > 0)) {
          const audit = report.audits[ref.id];
          if (audit.score !== null && audit.score < 0.9) console.error(`    ${ref.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
        }
      }
    }
  }
} finally {
  server.close();
}
process.exit(failed ? 1 : 0);
