import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiToClient } from './openapi-to-client.js';

describe('openApiToClient', () => {
  const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
  const document: OpenAPIObject = {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/herds/{herd}/zebras/{id}': {
        get: {
          operationId: 'getZebra',
          summary: 'One zebra */ of a herd',
          parameters: [
            { name: 'herd', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'colour', in: 'query', required: false, schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'ok', content: json('Zebra') } },
        },
      },
      '/zebras': {
        get: {
          operationId: 'listZebras',
          parameters: [{ name: 'herd', in: 'query', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', content: json('Zebra') } },
        },
        post: {
          operationId: 'addZebra',
          parameters: [
            { name: 'idempotency-key', in: 'header', required: true },
            { name: 'Idempotency-Key', in: 'header', required: true },
          ],
          requestBody: { required: true, content: json('Zebra') },
          responses: { '201': { description: 'made', content: json('Zebra') } },
        },
      },
      '/health': { get: { operationId: 'getHealth', responses: { '204': { description: 'fine' } } } },
      '/api/staff/shifts': { get: { operationId: 'listShifts', responses: { '204': { description: 'none' } } } },
      '/api/admin/audit': { get: { operationId: 'getAudit', responses: { '204': { description: 'none' } } } },
    },
    components: { schemas: { Zebra: { type: 'object', properties: {} } } },
  };
  const { api: source, ...others } = openApiToClient(document);

  it('writes one function per operation, named by its operationId, sorted by path', () => {
    expect([...source.matchAll(/^export function (\w+)\(/gm)].map((match) => match[1])).toEqual([
      'getHealth',
      'getZebra',
      'listZebras',
      'addZebra',
    ]);
  });

  it('takes the transport, the path parameters in the order of the path, then the optional query', () => {
    expect(source).toContain(
      "export function getZebra(transport: ApiTransport, herd: PathOf<'/herds/{herd}/zebras/{id}', 'get'>['herd'], " +
        "id: PathOf<'/herds/{herd}/zebras/{id}', 'get'>['id'], query?: QueryOf<'/herds/{herd}/zebras/{id}', 'get'>) {\n" +
        "  return transport.send(endpoint('get', '/herds/{herd}/zebras/{id}', { path: { herd, id }, query }));\n}",
    );
  });

  it('requires a query with a required parameter, and a required body', () => {
    expect(source).toContain("listZebras(transport: ApiTransport, query: QueryOf<'/zebras', 'get'>)");
    expect(source).toContain(
      "addZebra(transport: ApiTransport, body: BodyOf<'/zebras', 'post'>, idempotencyKey: string)",
    );
  });

  it('sends a declared header once, under its documented name', () => {
    expect(source).toContain(
      "return transport.send(endpoint('post', '/zebras'), { body, headers: { 'Idempotency-Key': idempotencyKey } });",
    );
  });

  it('needs nothing but the transport for an operation without parameters', () => {
    expect(source).toContain(
      "export function getHealth(transport: ApiTransport) {\n  return transport.send(endpoint('get', '/health'));\n}",
    );
  });

  it('puts the staff and admin operations in their own modules', () => {
    expect(others['staff-api']).toContain('export function listShifts(transport: ApiTransport)');
    expect(others['admin-api']).toContain('export function getAudit(transport: ApiTransport)');
    expect(source).not.toMatch(/listShifts|getAudit/);
  });

  it('keeps a summary from closing its comment early', () => {
    expect(source).toContain('/** GET /herds/{herd}/zebras/{id}: One zebra * / of a herd */');
  });
});
