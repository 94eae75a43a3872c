import type { OpenAPIObject } from '@nestjs/swagger';

type PathItem = OpenAPIObject['paths'][string];
type Operation = NonNullable<PathItem['get']>;
type Parameter = Extract<NonNullable<Operation['parameters']>[number], { in: string }>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

const HEADER =
  "// Generated from the server's OpenAPI document by `node scripts/gen-shared-types.mjs`. Do not edit by hand:\n" +
  "// change the server's controllers and DTOs and regenerate. A server test fails when this file and the API drift\n" +
  '// apart; the types come from @wac/shared-types (ApiPaths), so a changed path or parameter stops the build.\n';

/** One argument of a generated function: its name, its type and whether it may be left out. */
interface Argument {
  name: string;
  type: string;
  optional: boolean;
}

/**
 * The mini-program's API client, generated like immich's SDK: one function per operation, named by its operationId,
 * taking the transport (her session, a staff or admin login, or none: it sends the request and reads the answer),
 * then the path parameters in the order of the path, the JSON body, the query and declared headers, and answering
 * the contract's type. Plain exported functions in one module per audience (`<module>.generated.ts`).
 */
export function openApiToClient(document: OpenAPIObject): Record<ClientModule, string> {
  const modules: Record<ClientModule, string[]> = { api: [], 'staff-api': [], 'admin-api': [] };
  for (const path of Object.keys(document.paths).sort()) {
    const item = document.paths[path] as PathItem;
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) {
        modules[moduleOf(path)].push(clientFunction(path, method, operation));
      }
    }
  }
  const source = (functions: string[]) =>
    `${HEADER}import type { ApiTransport } from './transport';\n` +
    "import { endpoint, type BodyOf, type PathOf, type QueryOf } from './endpoint';\n\n" +
    `${functions.join('\n\n')}\n`;
  return {
    api: source(modules.api),
    'staff-api': source(modules['staff-api']),
    'admin-api': source(modules['admin-api']),
  };
}

/**
 * One module per audience, so a bundle carries only its own operations (a bundler keeps every export of a module
 * that any page uses): the staff pages' under /api/staff, the console's under /api/admin, the rest (the women's,
 * the centres, logins) in `api`.
 */
export type ClientModule = 'api' | 'staff-api' | 'admin-api';

function moduleOf(path: string): ClientModule {
  if (path.startsWith('/api/staff/')) {
    return 'staff-api';
  }
  return path.startsWith('/api/admin/') ? 'admin-api' : 'api';
}

function clientFunction(path: string, method: Method, operation: Operation): string {
  const parameters = (operation.parameters ?? []).filter((p): p is Parameter => 'in' in p);
  const operationType = `'${path}', '${method}'`;
  const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const query = parameters.filter((p) => p.in === 'query');
  const headers = declaredHeaders(parameters);
  const body = operation.requestBody;
  const args: Argument[] = [
    ...pathNames.map((name) => ({ name, type: `PathOf<${operationType}>['${name}']`, optional: false })),
    ...(body
      ? [{ name: 'body', type: `BodyOf<${operationType}>`, optional: !('required' in body && body.required) }]
      : []),
    ...(query.length > 0
      ? [{ name: 'query', type: `QueryOf<${operationType}>`, optional: query.every((p) => !p.required) }]
      : []),
    ...headers.map(({ argument, required }) => ({ name: argument, type: 'string', optional: !required })),
  ];
  // An argument may be left out only when every one after it may be too.
  const signature = args
    .map((arg, i) => {
      const optional = args.slice(i).every((later) => later.optional);
      return `${arg.name}${optional ? '?' : ''}: ${arg.type}${arg.optional && !optional ? ' | undefined' : ''}`;
    })
    .join(', ');
  const target =
    pathNames.length > 0 || query.length > 0
      ? `endpoint('${method}', '${path}', { ${[
          ...(pathNames.length > 0 ? [`path: { ${pathNames.join(', ')} }`] : []),
          ...(query.length > 0 ? ['query'] : []),
        ].join(', ')} })`
      : `endpoint('${method}', '${path}')`;
  const options = [
    ...(body ? ['body'] : []),
    ...(headers.length > 0 ? [`headers: { ${headers.map((h) => `'${h.name}': ${h.argument}`).join(', ')} }`] : []),
  ];
  const summary = operation.summary ? `: ${operation.summary.replace(/\*\//g, '* /')}` : '';
  const name = operation.operationId ?? `${method}${path.replace(/\W+/g, '_')}`;
  return (
    `/** ${method.toUpperCase()} ${path}${summary} */\n` +
    `export function ${name}(${['transport: ApiTransport', signature].filter(Boolean).join(', ')}) {\n` +
    `  return transport.send(${target}${options.length > 0 ? `, { ${options.join(', ')} }` : ''});\n}`
  );
}

/** Header parameters the operation declares (e.g. Idempotency-Key), once each whatever their case. */
function declaredHeaders(parameters: Parameter[]): { name: string; argument: string; required: boolean }[] {
  const byName = new Map<string, { name: string; argument: string; required: boolean }>();
  for (const parameter of parameters.filter((p) => p.in === 'header')) {
    const key = parameter.name.toLowerCase();
    const known = byName.get(key);
    // The documented spelling (capitalised) wins; required only if every declaration says so.
    byName.set(key, {
      name: known && known.name !== known.name.toLowerCase() ? known.name : parameter.name,
      argument: key.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
      required: (known?.required ?? true) && parameter.required === true,
    });
  }
  return [...byName.values()];
}
