import request from 'supertest';
import { startFakeWechat, type FakeWechat } from './support/fake-wechat.js';
import { demoAdmin, demoStaff, guestToken, newAccount } from './support/fixtures.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/**
 * Every operation of the OpenAPI document, as every role, with malformed paths, queries and bodies (each field of a
 * plausible body replaced by a wrong value in turn, and bodies that are not what the operation reads at all). No
 * answer may be a 5xx or show a stack trace or SQL. The inputs are generated, so a new endpoint is covered the day
 * it appears in the document.
 */

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  pattern?: string;
  example?: unknown;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
interface Operation {
  operationId: string;
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

type Role = 'anonymous' | 'woman' | 'wechat_woman' | 'staff' | 'centre_admin' | 'city_admin';

/** Values a field should never accept; each is put in every field of a body, one at a time. */
const WRONG_VALUES: unknown[] = [
  null,
  [[[]]],
  { nested: { deeper: { deepest: {} } } },
  'x'.repeat(20_000),
  '',
  -1,
  1e308,
  1.5,
  true,
  '2026-02-30',
  '25:61',
  "' OR 1=1 --",
  '\u0000',
  '泉州'.repeat(300),
  '\ud83d\ude00',
  [null],
  ['x'.repeat(500)],
  {},
];

/** Path segments a client might send in place of an id or code. */
const WRONG_PATH_VALUES = [
  'x',
  '0',
  '-1',
  '99999999999999999999999',
  'x'.repeat(600),
  "'%20OR%201=1",
  '%E4%B8%AD%E6%96%87',
  '..%2F..%2Fetc',
  'null',
  '2026-02-30',
];

/** Query values, including a repeated parameter (an array) and a bracketed one (an object). */
const WRONG_QUERY_VALUES = [
  '',
  'x',
  '-1',
  '1e308',
  '99999999999999999999',
  '2026-13-45',
  'x'.repeat(5000),
  'null',
  '泉州',
  'a\r\nSet-Cookie: stolen=1',
  '"; filename=../../evil.csv',
];

/** Bodies of the wrong shape entirely, sent raw as JSON. */
const WRONG_BODIES = ['null', '[]', '"text"', '12', 'true', '{', '{"a":', `${'['.repeat(5000)}${']'.repeat(5000)}`];

function deeplyNestedObject(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const LEAKS = [
  /\n\s+at [\w.<>]+ \(/, // a stack frame
  /node_modules|\/src\/|\.ts:\d+/,
  /QueryFailedError|SQLITE_|ER_[A-Z_]{3,}|SqliteError/,
  /\b(SELECT|UPDATE|DELETE)\b[\s\S]{0,200}\b(FROM|SET|WHERE)\b/,
  /\bINSERT INTO\b/,
];

describe(`fuzz from the OpenAPI document (${TEST_DB})`, () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let wechat: FakeWechat;
  const tokens: Partial<Record<Role, string>> = {};
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    // WeChat as deployed (a stand-in on 127.0.0.1), so its endpoints get past "not set up" to their inputs.
    wechat = await startFakeWechat();
    t = await startTestApp({
      WECHAT_API_BASE: wechat.baseUrl,
      WECHAT_APPID: 'wx-test-app',
      WECHAT_SECRET: 'test-secret',
    });
    document = (await http().get('/api/docs/openapi.json').expect(200)).body as OpenApiDocument;
  });

  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  let wechatLogins = 0;
  async function wechatWoman(): Promise<string> {
    wechatLogins += 1;
    const response = await http()
      .post('/api/auth/wechat')
      .send({ code: `ok-fuzz-${wechatLogins}` })
      .expect(200);
    return (response.body as { token: string }).token;
  }

  /** A woman's session may end or her data be erased by the operation before: each operation gets new ones. */
  async function newWomen(): Promise<void> {
    tokens.woman = await guestToken(t);
    tokens.wechat_woman = await wechatWoman();
  }

  async function tokenFor(role: Role): Promise<string | undefined> {
    if (role === 'anonymous') {
      return undefined;
    }
    tokens[role] ??=
      role === 'woman'
        ? await guestToken(t)
        : role === 'wechat_woman'
          ? await wechatWoman()
          : role === 'staff'
            ? await demoStaff(t, 'jinjiang')
            : role === 'centre_admin'
              ? await newAccount(t, 'centre_admin', 'jinjiang')
              : await demoAdmin(t);
    return tokens[role];
  }

  function resolve(schema: Schema | undefined): Schema {
    if (!schema) {
      return {};
    }
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      return resolve(document.components.schemas[name]);
    }
    if (schema.allOf?.length) {
      return schema.allOf.map(resolve).reduce((merged, part) => ({
        ...merged,
        ...part,
        properties: { ...merged.properties, ...part.properties },
        required: [...(merged.required ?? []), ...(part.required ?? [])],
      }));
    }
    const choice = schema.oneOf?.[0] ?? schema.anyOf?.[0];
    return choice ? resolve(choice) : schema;
  }

  /** A value of the schema's shape: what a careless but well-meaning client would send. */
  function plausible(schemaOrRef: Schema | undefined, depth = 0): unknown {
    const schema = resolve(schemaOrRef);
    if (schema.example !== undefined) {
      return schema.example;
    }
    if (schema.enum?.length) {
      return schema.enum[0];
    }
    switch (schema.type) {
      case 'integer':
      case 'number':
        return schema.minimum ?? 1;
      case 'boolean':
        return true;
      case 'array':
        return depth > 4 ? [] : [plausible(schema.items, depth + 1)];
      case 'string':
        return schema.format === 'date-time'
          ? '2026-10-12T01:00:00.000Z'
          : schema.format === 'date'
            ? '2026-10-12'
            : schema.format === 'uuid'
              ? '00000000-0000-4000-8000-000000000000'
              : 'jinjiang';
      default:
        if (schema.properties && depth <= 4) {
          return Object.fromEntries(
            Object.entries(schema.properties).map(([name, property]) => [
              name,
              // A wx.login code the WeChat stand-in accepts; every other string is a centre code.
              name === 'code' ? 'ok-fuzz' : plausible(property, depth + 1),
            ]),
          );
        }
        return 'x';
    }
  }

  /** The plausible body with one field (at the top, or in the first item of an array of objects) made wrong. */
  function* wrongBodies(schema: Schema): Generator<string> {
    for (const body of WRONG_BODIES) {
      yield body;
    }
    yield deeplyNestedObject(3000);
    const base = plausible(schema);
    yield JSON.stringify(base);
    if (typeof base !== 'object' || base === null || Array.isArray(base)) {
      return;
    }
    const record = base as Record<string, unknown>;
    for (const [field, value] of Object.entries(record)) {
      for (const wrong of WRONG_VALUES) {
        yield JSON.stringify({ ...record, [field]: wrong });
      }
      const [first] = Array.isArray(value) ? value : [];
      if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
        for (const inner of Object.keys(first)) {
          for (const wrong of WRONG_VALUES) {
            yield JSON.stringify({ ...record, [field]: [{ ...first, [inner]: wrong }] });
          }
        }
      }
    }
    // Keys that poison prototypes when a server merges bodies carelessly.
    yield `{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}},${JSON.stringify(record).slice(1)}`;
  }

  function pathWith(path: string, parameters: Parameter[], wrong?: { name: string; value: string }): string {
    return path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (wrong?.name === name) {
        return wrong.value;
      }
      const parameter = parameters.find((p) => p.name === name);
      return encodeURIComponent(String(plausible(parameter?.schema)));
    });
  }

  interface Attempt {
    method: string;
    url: string;
    body?: string;
  }

  function* attemptsFor(path: string, method: string, operation: Operation, full: boolean): Generator<Attempt> {
    const parameters = operation.parameters ?? [];
    const url = pathWith(path, parameters);
    const schema = operation.requestBody?.content['application/json']?.schema;
    const plausibleBody = schema ? JSON.stringify(plausible(schema)) : undefined;
    yield { method, url, body: plausibleBody };
    if (!full) {
      return;
    }
    for (const parameter of parameters.filter((p) => p.in === 'path')) {
      for (const value of WRONG_PATH_VALUES) {
        yield { method, url: pathWith(path, parameters, { name: parameter.name, value }), body: plausibleBody };
      }
    }
    for (const parameter of parameters.filter((p) => p.in === 'query')) {
      const name = encodeURIComponent(parameter.name);
      for (const value of WRONG_QUERY_VALUES) {
        yield { method, url: `${url}?${name}=${encodeURIComponent(value)}`, body: plausibleBody };
      }
      yield { method, url: `${url}?${name}=a&${name}=b`, body: plausibleBody };
      yield { method, url: `${url}?${name}[a]=b&${name}[c][d]=e`, body: plausibleBody };
    }
    if (schema) {
      for (const body of wrongBodies(schema)) {
        yield { method, url, body };
      }
    }
  }

  async function send(attempt: Attempt, token: string | undefined) {
    let call = http()[attempt.method as 'get' | 'post' | 'put' | 'patch' | 'delete'](attempt.url).timeout(10_000);
    if (token) {
      call = call.set('Authorization', `Bearer ${token}`);
    }
    if (attempt.body !== undefined) {
      call = call.set('Content-Type', 'application/json').send(attempt.body);
    }
    return call;
  }

  it('answers every operation × malformed input × role with a 4xx or success, never a 5xx, a stack or SQL', async () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThan(50);
    const failures: string[] = [];
    let requests = 0;
    let refusedNamingAField = 0;
    const operationsReached = new Set<string>();
    const roles: Role[] = ['anonymous', 'woman', 'wechat_woman', 'staff', 'centre_admin', 'city_admin'];
    // Ending a session or signing out comes last, so it does not take the token from the operations after it.
    const order = (path: string) => (/logout|session/.test(path) ? 1 : 0);
    operations.sort((a, b) => order(a.path) - order(b.path));
    for (const { path, method, operation } of operations) {
      await newWomen();
      const isPublic = !operation.security?.length;
      for (const role of roles) {
        const token = await tokenFor(role);
        const [first] = attemptsFor(path, method, operation, false);
        const probe = await send(first as Attempt, token);
        // A role that the guards turn away never reaches validation; its one request above is enough. Public
        // operations (logins) answer 401 to wrong credentials: they get every input, from one role.
        const reachesTheOperation = isPublic ? role === 'anonymous' : probe.status !== 401 && probe.status !== 403;
        for (const attempt of attemptsFor(path, method, operation, reachesTheOperation)) {
          const response = await send(attempt, token);
          requests += 1;
          if (reachesTheOperation) {
            operationsReached.add(operation.operationId);
          }
          if (response.status === 400 && (response.body as { fields?: unknown[] }).fields?.length) {
            refusedNamingAField += 1;
          }
          const text = response.text ?? '';
          const leak = LEAKS.find((pattern) => pattern.test(text));
          if (response.status >= 500 || leak) {
            failures.push(
              `${role} ${attempt.method.toUpperCase()} ${attempt.url.slice(0, 120)} ${attempt.body?.slice(0, 120) ?? ''} → ${response.status} ${text.slice(0, 200)}`,
            );
          }
        }
      }
    }
    // The inputs got past the guards to the validators (a run that only met 401s would prove nothing).
    expect(requests).toBeGreaterThan(2000);
    expect(operations.map((o) => o.operation.operationId).filter((id) => !operationsReached.has(id))).toEqual([]);
    expect(refusedNamingAField).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 600_000);
});
