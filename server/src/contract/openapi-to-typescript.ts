import type { OpenAPIObject } from '@nestjs/swagger';

type SchemaOrReference = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];
type ReferenceObject = Extract<SchemaOrReference, { $ref: string }>;

const HEADER =
  "// Generated from the server's OpenAPI document by `node scripts/gen-shared-types.mjs`. Do not edit by hand:\n" +
  "// change the server's DTOs and regenerate. A server test fails when this file and the API drift apart.\n";

/**
 * Turns the document's component schemas into TypeScript types, sorted by name so the output is stable, and its
 * operations into `ApiPaths`: for each path template and method, the parameters, body and successful answer. A
 * client typed against `ApiPaths` stops compiling when a path, method or parameter changes on the server.
 */
export function openApiToTypeScript(document: OpenAPIObject): string {
  const schemas = document.components?.schemas ?? {};
  const blocks = Object.keys(schemas)
    .sort()
    .map((name) => declaration(name, schemas[name] as SchemaOrReference));
  return `${HEADER}\n${[...blocks, pathsDeclaration(document)].join('\n\n')}\n`;
}

type PathItem = OpenAPIObject['paths'][string];
type Operation = NonNullable<PathItem['get']>;
type Parameter = Extract<NonNullable<Operation['parameters']>[number], { in: string }>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function pathsDeclaration(document: OpenAPIObject): string {
  const paths = Object.keys(document.paths)
    .sort()
    .map((path) => {
      const item = document.paths[path] as PathItem;
      const operations = METHODS.flatMap((method) => {
        const operation = item[method];
        return operation ? [`    ${method}: ${operationType(operation, 6)};`] : [];
      });
      return `  '${path}': {\n${operations.join('\n')}\n  };`;
    });
  return (
    '/** Every operation: path template → method → its path and query parameters, JSON body and successful answer. */\n' +
    `export interface ApiPaths {\n${paths.join('\n')}\n}`
  );
}

function operationType(operation: Operation, indent: number): string {
  const pad = ' '.repeat(indent);
  const parameters = (operation.parameters ?? []).filter((p): p is Parameter => 'in' in p);
  const fields = [
    `operationId: '${operation.operationId ?? ''}';`,
    `path: ${parameterObject(parameters.filter((p) => p.in === 'path'))};`,
    `query: ${parameterObject(parameters.filter((p) => p.in === 'query'))};`,
    `body: ${bodyType(operation)};`,
    `response: ${responseType(operation)};`,
  ];
  return `{\n${fields.map((field) => `${pad}${field}`).join('\n')}\n${' '.repeat(indent - 2)}}`;
}

function parameterObject(parameters: Parameter[]): string {
  if (parameters.length === 0) {
    return 'Record<string, never>';
  }
  const fields = parameters
    .map((p) => `${p.name}${p.required ? '' : '?'}: ${p.schema ? typeOf(p.schema) : 'string'}`)
    .join('; ');
  return `{ ${fields} }`;
}

function bodyType(operation: Operation): string {
  const body = operation.requestBody;
  const schema = body && 'content' in body ? body.content['application/json']?.schema : undefined;
  return schema ? typeOf(schema) : 'never';
}

/** The JSON of the first 2xx answer; `void` for an empty one, `string` for a file (CSV, XLSX, images). */
function responseType(operation: Operation): string {
  const success = Object.keys(operation.responses)
    .filter((status) => status.startsWith('2'))
    .sort()[0];
  const response = success ? operation.responses[success] : undefined;
  if (!response || !('content' in response) || !response.content) {
    return 'void';
  }
  const schema = response.content['application/json']?.schema;
  return schema ? typeOf(schema) : 'string';
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
