import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiToTypeScript } from './openapi-to-typescript.js';

describe('openApiToTypeScript', () => {
  const document: OpenAPIObject = {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {},
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
});
