import path from 'node:path';
import { ACKNOWLEDGEMENTS, checkContractEvolution, RELEASED_DIR } from './lib/contract-evolution.js';

/** `npm run contracts:check`: fails on a breaking change to the contracts since the last release that nobody acknowledged. */
const repo = path.resolve(import.meta.dirname, '../..');
const { changes, unacknowledged, stale } = await checkContractEvolution(repo);
const line = (text: string) => process.stdout.write(`${text}\n`);
for (const change of unacknowledged) line(`BREAKING ${change.document} ${change.pointer}\n  ${change.description}`);
for (const ack of stale) line(`STALE acknowledgement ${ack.document} ${ack.pointer}: it matches no breaking change any more; remove it`);
line(`${changes.length} breaking change(s) since ${RELEASED_DIR}/, ${changes.length - unacknowledged.length} acknowledged in ${ACKNOWLEDGEMENTS}`);
if (unacknowledged.length > 0) {
  line(
    `Keep the contract compatible, or publish a new version beside the old one (a new event type, a new path); if the break is intended, acknowledge each change in ${ACKNOWLEDGEMENTS} with its reason.`,
  );
}
process.exit(unacknowledged.length > 0 || stale.length > 0 ? 1 : 0);
