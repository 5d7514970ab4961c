import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateOpenApiTypes, MERGED_OPENAPI_TYPES } from './lib/openapi-types.js';

/** `npm run openapi:types`: regenerates the typed-client declarations from the committed merged document. */
const repo = path.resolve(import.meta.dirname, '../..');
await writeFile(path.join(repo, MERGED_OPENAPI_TYPES), await generateOpenApiTypes(repo));
process.stdout.write(`wrote ${MERGED_OPENAPI_TYPES}\n`);
