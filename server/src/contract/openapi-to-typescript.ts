import type { OpenAPIObject } from '@nestjs/swagger';

type SchemaOrReference = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];
type ReferenceObject = Extract<SchemaOrReference, { $ref: string }>;

const HEADER =
  "// Generated from the server's OpenAPI document by `node scripts/gen-shared-types.mjs`. Do not edit by hand:\n" +
  "// change the server's DTOs and regenerate. A server test fails when this file and the API drift apart.\n";

/** Turns the document's component schemas into TypeScript types, sorted by name so the output is stable. */
export function openApiToTypeScript(document: OpenAPIObject): string {
  const schemas = document.components?.schemas ?? {};
  const blocks = Object.keys(schemas)
    .sort()
    .map((name) => declaration(name, schemas[name] as SchemaOrReference));
  return `${HEADER}\n${blocks.join('\n\n')}\n`;
}

function declaration(name: string, schema: SchemaOrReference): string {
  if ('$ref' in schema) {
    return `export type ${name} = ${refName(schema)};`;
  }
  if (schema.enum) {
    return `export type ${name} = ${enumUnion(schema.enum)};`;
  }
  const required = new Set(schema.required ?? []);
  const properties = Object.entries<SchemaOrReference>(schema.properties ?? {}).map(([property, propertySchema]) => {
    const description =
      'description' in propertySchema && propertySchema.description ? `  /** ${propertySchema.description} */\n` : '';
    return `${description}  ${property}${required.has(property) ? '' : '?'}: ${typeOf(propertySchema)};`;
  });
  return `export interface ${name} {\n${properties.join('\n')}\n}`;
}

function typeOf(schema: SchemaOrReference): string {
  if ('$ref' in schema) {
    return refName(schema);
  }
  const [only, ...others] = schema.allOf ?? [];
  if (only && others.length === 0) {
    return withNull(typeOf(only), schema.nullable);
  }
  if (schema.enum) {
    return withNull(enumUnion(schema.enum), schema.nullable);
  }
  switch (schema.type) {
    case 'string':
      return withNull('string', schema.nullable);
    case 'number':
    case 'integer':
      return withNull('number', schema.nullable);
    case 'boolean':
      return withNull('boolean', schema.nullable);
    case 'array': {
      const item = schema.items ? typeOf(schema.items) : 'unknown';
      return withNull(/[|&]/.test(item) ? `(${item})[]` : `${item}[]`, schema.nullable);
    }
    default:
      return withNull(schema.properties ? 'Record<string, unknown>' : 'unknown', schema.nullable);
  }
}

const refName = (ref: ReferenceObject) => ref.$ref.split('/').pop() ?? 'unknown';
const enumUnion = (values: unknown[]) => values.map((value) => JSON.stringify(value).replace(/"/g, "'")).join(' | ');
const withNull = (type: string, nullable: boolean | undefined) => (nullable ? `${type} | null` : type);
