import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiToTypeScript } from './openapi-to-typescript.js';

describe('openApiToTypeScript', () => {
  const document: OpenAPIObject = {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/zebras/{id}': {
        get: {
          operationId: 'getZebra',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'colour', in: 'query', required: false, schema: { $ref: '#/components/schemas/Colour' } },
          ],
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Zebra' } } },
            },
          },
        },
        delete: {
          operationId: 'removeZebra',
          parameters: [{ name: 'id', in: 'path', required: true }],
          responses: { '204': { description: 'gone' } },
        },
      },
      '/animals': {
        post: {
          operationId: 'addAnimal',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Animal' } } } },
          responses: {
            '201': {
              description: 'made',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Animal' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Zebra: { type: 'object', properties: { stripes: { type: 'integer' } }, required: ['stripes'] },
        Colour: { type: 'string', enum: ['black', 'white'] },
        Animal: {
          type: 'object',
          required: ['name', 'colours', 'photo'],
          properties: {
            name: { type: 'string', description: 'What we call it' },
            colours: { type: 'array', items: { $ref: '#/components/schemas/Colour' } },
            photo: { type: 'string', nullable: true },
            mood: { type: 'string', enum: ['calm', 'cross'] },
            friend: { allOf: [{ $ref: '#/components/schemas/Zebra' }] },
          },
        },
      },
    },
  };

  it('writes enums as unions and objects as interfaces, sorted by name, with optional and nullable fields', () => {
    const source = openApiToTypeScript(document);
    expect(source).toContain(
      "export interface Animal {\n  /** What we call it */\n  name: string;\n  colours: Colour[];\n  photo: string | null;\n  mood?: 'calm' | 'cross';\n  friend?: Zebra;\n}",
    );
    expect(source).toContain("export type Colour = 'black' | 'white';");
    expect(source.indexOf('interface Animal')).toBeLessThan(source.indexOf('type Colour'));
    expect(source.indexOf('type Colour')).toBeLessThan(source.indexOf('interface Zebra'));
  });

  it('describes every operation by path and method: parameters, body and successful answer', () => {
    const source = openApiToTypeScript(document);
    expect(source).toContain(
      "  '/zebras/{id}': {\n    get: {\n      operationId: 'getZebra';\n      path: { id: string };\n" +
        '      query: { colour?: Colour };\n      body: never;\n      response: Zebra;\n    };\n' +
        "    delete: {\n      operationId: 'removeZebra';\n      path: { id: string };\n" +
        '      query: Record<string, never>;\n      body: never;\n      response: void;\n    };\n  };',
    );
    expect(source).toContain("      operationId: 'addAnimal';\n      path: Record<string, never>;\n");
    expect(source).toContain('      body: Animal;\n      response: Animal;');
    expect(source.indexOf("'/animals'")).toBeLessThan(source.indexOf("'/zebras/{id}'"));
  });
});
