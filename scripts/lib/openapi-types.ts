import { readFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

/** The committed OpenAPI document and the TypeScript types generated from it for typed clients. */
export const MERGED_OPENAPI = 'openapi/zone-gov-platform.json';
export const MERGED_OPENAPI_TYPES = 'openapi/zone-gov-platform.d.ts';

const HEADER = `/**
 * Types of the Zone Gov Platform API, generated from ${MERGED_OPENAPI} by \`npm run openapi:types\`.
 * Do not edit: regenerate after \`npm run openapi\`. Use with openapi-fetch: createClient<paths, 'application/json'>(...).
 */

`;

export async function generateOpenApiTypes(repo: string): Promise<string> {
  const document = JSON.parse(await readFile(path.join(repo, MERGED_OPENAPI), 'utf8')) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document as never, { alphabetize: false, exportType: false });
  return HEADER + astToString(ast);
}
