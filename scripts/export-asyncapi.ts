import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildAsyncApiDocument, EVENT_CATALOGUE } from '#contracts';
import { API_VERSION } from '#platform';

/** `npm run asyncapi`: writes openapi/asyncapi.json from the event catalogue. */
const file = path.resolve(import.meta.dirname, '../../openapi/asyncapi.json');
await writeFile(file, `${JSON.stringify(buildAsyncApiDocument(EVENT_CATALOGUE, API_VERSION), null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
