// Runs after `taro build --type weapp`. Fails the build when the output would be refused by
// WeChat or break on older clients:
// - the main package (everything not under a sub-package root) must stay within 2 MB;
// - app.json must declare getLocation in requiredPrivateInfos (WeChat rejects the call otherwise);
// - every script must parse as ES5 (the decision recorded in babel.config.js).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN_PACKAGE_LIMIT_KIB = 2048;
const distDir = fileURLToPath(new URL('../dist/weapp', import.meta.url));

// acorn is webpack's own parser; borrowing it avoids a dependency just for this check.
const require = createRequire(import.meta.url);
const acorn = createRequire(require.resolve('webpack'))('acorn');

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function kib(bytes) {
  return (bytes / 1024).toFixed(1);
}

const problems = [];
const appJson = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8'));

if (!appJson.requiredPrivateInfos?.includes('getLocation')) {
  problems.push('app.json: requiredPrivateInfos must include "getLocation"');
}

const subPackageRoots = (appJson.subPackages ?? appJson.subpackages ?? []).map((subPackage) =>
  subPackage.root.replace(/\/+$/, ''),
);
const packageOf = (path) => subPackageRoots.find((root) => path === root || path.startsWith(`${root}/`)) ?? 'main';

const bytesByPackage = new Map([['main', 0]]);
for (const file of filesUnder(distDir)) {
  const path = relative(distDir, file).split(sep).join('/');
  const packageName = packageOf(path);
  bytesByPackage.set(packageName, (bytesByPackage.get(packageName) ?? 0) + statSync(file).size);

  if (path.endsWith('.js')) {
    try {
      acorn.parse(readFileSync(file, 'utf8'), { ecmaVersion: 5, sourceType: 'script' });
    } catch (error) {
      problems.push(`${path}: not ES5 (${error.message})`);
    }
  }
}

const mainBytes = bytesByPackage.get('main');
console.log(`weapp main package: ${kib(mainBytes)} KiB (limit ${MAIN_PACKAGE_LIMIT_KIB} KiB)`);
for (const root of subPackageRoots) {
  console.log(`weapp sub-package ${root}: ${kib(bytesByPackage.get(root) ?? 0)} KiB`);
}
if (mainBytes > MAIN_PACKAGE_LIMIT_KIB * 1024) {
  problems.push(`main package is ${kib(mainBytes)} KiB, over the ${MAIN_PACKAGE_LIMIT_KIB} KiB limit`);
}

if (problems.length > 0) {
  for (const problem of problems) {
    console.error(`weapp check failed: ${problem}`);
  }
  process.exit(1);
}
console.log('weapp check passed: size, requiredPrivateInfos, ES5 syntax');
