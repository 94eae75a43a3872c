// Runs after `taro build --type h5`: reports what a phone downloads before the first page
// shows, i.e. the scripts index.html loads (it preloads them, and runs them after the first paint), gzip-compressed
// as a server would send them.
// (The first page's own chunk loads next; it is listed separately.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const distDir = fileURLToPath(new URL('../dist/h5', import.meta.url));
const html = readFileSync(join(distDir, 'index.html'), 'utf8');
const scriptPaths = [
  ...html.matchAll(/<link(?=[^>]*\srel="preload")(?=[^>]*\sas="script")[^>]*\shref="\/?([^"]+)"/g),
].map((match) => match[1]);

function gzipBytes(path) {
  return gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length;
}

function kib(bytes) {
  return (bytes / 1024).toFixed(1);
}

let totalBytes = 0;
for (const path of scriptPaths) {
  const bytes = gzipBytes(path);
  totalBytes += bytes;
  console.log(`  ${path}: ${kib(bytes)} KiB gzip`);
}
console.log(`h5 first-load JS: ${kib(totalBytes)} KiB gzip (${scriptPaths.length} scripts in index.html)`);

const lazyChunks = readdirSync(join(distDir, 'js')).filter(
  (name) => name.endsWith('.js') && !scriptPaths.includes(`js/${name}`),
);
const lazyBytes = lazyChunks.reduce((sum, name) => sum + gzipBytes(join('js', name)), 0);
console.log(`h5 page chunks loaded on demand: ${kib(lazyBytes)} KiB gzip (${lazyChunks.length} files)`);
