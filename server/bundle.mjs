// Second step of `npm run build`: bundles the server's entry (dist/main.js, as swc compiled it) with the packages it
// imports into dist/main.js and a few chunks in dist/bundle/. Node 20 then reads a few files instead of about 2,300
// modules (NestJS, TypeORM, rxjs, es-toolkit…) at every start: half the start time and a quarter of the idle memory
// (README, "Benchmarks"). The other entries in dist/ (migrate, backup, create-user…) stay as swc wrote them.
import { build, transform } from 'esbuild';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('dist/', import.meta.url));

// Left in node_modules and loaded from there at run time: native code (better-sqlite3), the spreadsheet export (large,
// loaded at the first export), files read from their package's folder (swagger-ui-dist's pages), and the optional
// NestJS packages this server does not use. The MySQL and Redis clients are bundled, each in a chunk of its own that
// only a server configured for them imports: from node_modules they took ~0.1 s each to load (about 130 files
// resolved, read and compiled one by one), bundled about a third of that.
const EXTERNAL = [
  'better-sqlite3',
  'exceljs',
  'swagger-ui-dist',
  '@nestjs/microservices',
  '@nestjs/websockets',
  '@fastify/static',
  // @nestjs/mapped-types asks for it only when class-transformer/cjs/storage is missing, which it is not.
  'class-transformer/storage',
];

// Some ESM packages (@nestjs/typeorm, @nestjs/mapped-types, @nestjs/swagger) load CommonJS packages through a
// require() of their own made with createRequire. esbuild cannot follow those, so at run time they would load a second
// copy of TypeORM or class-validator from node_modules. Without that line their require() calls are the bundle's.
// A package that makes its require() any other way would go unnoticed (only start time and memory would show it), so
// the build stops and names it. A require() of a name known only at run time (Nest's loader of optional packages) is
// left alone: no bundle could hold what it loads.
const OWN_REQUIRE = 'const require = createRequire(import.meta.url);';
const RUN_TIME_NAME_REQUIRE = /\bcreateRequire\(import\.meta\.url\)\(\s*[A-Za-z_$]/g;
const CREATE_REQUIRE_CALL = /\bcreateRequire\s*\(/;
const ownRequiresLeft = [];
// Read as code, not text: without comments (which quote such calls), and with run-time names left out.
const callsCreateRequire = async (source) =>
  CREATE_REQUIRE_CALL.test((await transform(source, { loader: 'js' })).code.replace(RUN_TIME_NAME_REQUIRE, ''));
const bundleOwnRequires = {
  name: 'bundle-own-requires',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]node_modules[\\/].*\.[cm]?js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const contents = source.replace(OWN_REQUIRE, '');
      if (CREATE_REQUIRE_CALL.test(contents) && (await callsCreateRequire(contents))) {
        ownRequiresLeft.push(path);
      }
      return contents === source ? undefined : { contents, loader: 'js' };
    });
  },
};

// TypeORM's DriverFactory requires every driver it has (PostgreSQL, SQL Server, Oracle, SAP, Spanner, CockroachDB,
// Mongo, the mobile ones…): ~0.65 MB of code a start would compile for nothing, since the configuration accepts only
// SQLite (better-sqlite3) and MySQL/MariaDB. In the bundle, the others become a class that refuses to be built. The
// build stops if the factory no longer has that shape.
const TYPEORM_DRIVERS_USED = new Set(['better-sqlite3', 'mysql']);
const DRIVER_REQUIRE = /require\("\.\/([\w-]+)\/(\w+Driver)"\)/g;
const onlyUsedTypeormDrivers = {
  name: 'only-used-typeorm-drivers',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]typeorm[\\/]driver[\\/]DriverFactory\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const kept = [];
      const contents = source.replace(DRIVER_REQUIRE, (call, folder, className) => {
        if (TYPEORM_DRIVERS_USED.has(folder)) {
          kept.push(folder);
          return call;
        }
        const refusal = JSON.stringify(`TypeORM's ${folder} driver is not in this server's bundle`);
        return `{ ${className}: class { constructor() { throw new Error(${refusal}); } } }`;
      });
      if (new Set(kept).size !== TYPEORM_DRIVERS_USED.size) {
        throw new Error(
          `${path}: not the shape bundle.mjs expects (a require per driver); check onlyUsedTypeormDrivers`,
        );
      }
      return { contents, loader: 'js' };
    });
  },
};

// class-validator's IsPhoneNumber loads libphonenumber-js with its full metadata (~0.38 MB bundled) at every start.
// This server checks phone numbers with @wac/rules and never uses that decorator or its isPhoneNumber function (the
// build stops if its source does); in the bundle the package is a stub that refuses to be used.
const PHONE_LIBRARY = /^libphonenumber-js(\/|$)/;
const usesIsPhoneNumber = async () => {
  const sourceDir = fileURLToPath(new URL('src/', import.meta.url));
  const files = (await readdir(sourceDir, { recursive: true })).filter((file) => file.endsWith('.ts'));
  const sources = await Promise.all(files.map((file) => readFile(`${sourceDir}${file}`, 'utf8')));
  return sources.some((source) => /\b[Ii]sPhoneNumber\b/.test(source));
};
const withoutPhoneLibrary = {
  name: 'without-phone-library',
  setup(builder) {
    builder.onResolve({ filter: PHONE_LIBRARY }, ({ path }) => ({ path, namespace: 'left-out' }));
    builder.onLoad({ filter: /.*/, namespace: 'left-out' }, ({ path }) => ({
      contents: `const refuse = () => { throw new Error(${JSON.stringify(`${path} is not in this server's bundle`)}); };
module.exports = { parsePhoneNumber: refuse };`,
      loader: 'js',
    }));
  },
};
if (await usesIsPhoneNumber()) {
  console.error(
    'src/ uses IsPhoneNumber or isPhoneNumber, which need libphonenumber-js: take withoutPhoneLibrary out of bundle.mjs',
  );
  process.exit(1);
}

// NestJS loads class-transformer and class-validator with import(). Node gives such a CommonJS package a namespace
// with its exports by name; an esbuild chunk would give only `default`, and ValidationPipe would find no
// plainToInstance. A dynamic import of a CommonJS package therefore gets a small ES module naming its exports, which
// are read by loading the package here, at build time.
const isExternal = (specifier) => EXTERNAL.some((name) => specifier === name || specifier.startsWith(`${name}/`));
const namedExportsOfCommonJs = {
  name: 'named-exports-of-commonjs',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path, kind, importer, resolveDir }) => {
      if (kind !== 'dynamic-import' || isExternal(path)) {
        return undefined;
      }
      let exported;
      try {
        exported = createRequire(importer)(path);
      } catch {
        return undefined; // esbuild reports what it cannot resolve
      }
      if (exported[Symbol.toStringTag] === 'Module') {
        return undefined; // an ES module: esbuild keeps its named exports itself
      }
      const names = Object.keys(exported).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
      return { path, namespace: 'commonjs-named-exports', pluginData: { resolveDir, names } };
    });
    builder.onLoad({ filter: /.*/, namespace: 'commonjs-named-exports' }, ({ path, pluginData }) => ({
      contents: [
        `const commonJs = require(${JSON.stringify(path)});`,
        'export default commonJs;',
        `export const { ${pluginData.names.join(', ')} } = commonJs;`,
      ].join('\n'),
      resolveDir: pluginData.resolveDir,
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: [`${DIST}main.js`],
  outdir: DIST,
  entryNames: '[name]',
  chunkNames: 'bundle/[name]-[hash]',
  splitting: true,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  plugins: [onlyUsedTypeormDrivers, withoutPhoneLibrary, bundleOwnRequires, namedExportsOfCommonJs],
  // Class names are data here: TypeORM's entity names, Nest's injection tokens, the OpenAPI schema names.
  keepNames: true,
  // Whitespace and syntax only: a smaller bundle parses faster, and stack traces keep their function names.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // For the CommonJS packages in the bundle, and the external ones they require.
  banner: {
    js: "import { createRequire as createBundleRequire } from 'node:module';const require = createBundleRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

if (ownRequiresLeft.length > 0) {
  console.error(
    [
      'These bundled files still call createRequire, so what they require() would be loaded a second time from',
      'node_modules. Teach bundleOwnRequires their form of it, or list their package in EXTERNAL:',
      ...ownRequiresLeft.map((path) => `  ${path.split('/node_modules/').pop()}`),
    ].join('\n'),
  );
  process.exit(1);
}
