import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  devAuthSettings,
  ensureDevKeyPair,
  isRole,
  PRIVATE_KEY_FILE,
  ROLE_DESCRIPTIONS,
  ROLES,
  signDevToken,
  type Role,
} from '../libs/platform/src/auth/index.js';

const USAGE = `Usage: node dist/scripts/mint-token.js --role <role> [--role <role> ...] [options]

Prints a development bearer token signed with the local dev key that npm start creates (and
trusts), and names the key on stderr. Services accept it when configured with the matching public
key, <key dir>/jwt-public.pem. Run it from the project folder (or set AUTH_DEV_KEY_DIR).

Options:
  --role <role>    role to grant; repeatable (see --list)
  --unit <code>    administrative unit the holder may act for; repeatable; "zone" means the
                   whole zone (default: none)
  --sub <id>       subject id (default: dev-<first role>)
  --name <name>    display name
  --ttl <period>   lifetime such as 30m, 8h or 7d (default: 8h); --ttl=-5m mints an expired
                   token for testing
  --all-roles      print "<role> <token>" for every role instead (honours --unit and --ttl)
  --new-key        create a new key pair when the key directory has none (the running
                   platform trusts only the key it started with: restart it after this)
  --list           list the roles and what they are for
  -h, --help       show this help

Environment:
  AUTH_ISSUER       token issuer (default: zone-gov-dev)
  AUTH_AUDIENCE     token audience (default: zone-gov-platform)
  AUTH_DEV_KEY_DIR  key directory (default: .data/dev-auth)
`;

const TTL = /^-?\d+[smhd]$/;

/** A mistake on the command line: reported with a pointer to --help and exit code 2. */
class UsageError extends Error {}

async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string', multiple: true },
      unit: { type: 'string', multiple: true },
      sub: { type: 'string' },
      name: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
      'all-roles': { type: 'boolean' },
      list: { type: 'boolean' },
      'new-key': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (values.list) {
    const width = Math.max(...ROLES.map((role) => role.length));
    for (const role of ROLES) {
      console.log(`${role.padEnd(width)}  ${ROLE_DESCRIPTIONS[role]}`);
    }
    return;
  }
  if (!TTL.test(values.ttl)) {
    throw new UsageError(`Invalid --ttl "${values.ttl}": use a whole number with s, m, h or d, e.g. 30m or 8h`);
  }
  const allRoles = values['all-roles'] ?? false;
  if (allRoles && (values.role || values.sub || values.name)) {
    throw new UsageError('--all-roles cannot be combined with --role, --sub or --name');
  }
  const roles = allRoles ? [] : requestedRoles(values.role ?? []);

  const { issuer, audience, keyDir } = devAuthSettings();
  const keyFile = join(keyDir, PRIVATE_KEY_FILE);
  // A key invented here (say, run from another folder) signs tokens the running platform refuses with 401.
  if (!existsSync(keyFile) && !values['new-key']) {
    throw new UsageError(
      `No development key at ${keyFile}. Run from the project folder after npm start has created it, set AUTH_DEV_KEY_DIR, or pass --new-key to create one`,
    );
  }
  const { privateKeyPem } = await ensureDevKeyPair(keyDir);
  process.stderr.write(`mint-token: signed with ${keyFile} (issuer ${issuer}, audience ${audience})\n`);
  const units = values.unit ?? [];
  const mint = (sub: string, tokenRoles: Role[], name?: string) =>
    signDevToken(privateKeyPem, { sub, name, roles: tokenRoles, units, issuer, audience, expiresIn: values.ttl });

  if (allRoles) {
    for (const role of ROLES) {
      console.log(`${role} ${await mint(`dev-${role}`, [role])}`);
    }
    return;
  }
  console.log(await mint(values.sub ?? `dev-${roles[0]}`, roles, values.name));
}

function requestedRoles(requested: string[]): Role[] {
  if (requested.length === 0) {
    throw new UsageError('At least one --role is required (or --all-roles)');
  }
  const unknown = requested.filter((role) => !isRole(role));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown role ${unknown.map((role) => `"${role}"`).join(', ')}. Known roles: ${ROLES.join(', ')}`);
  }
  return [...new Set(requested.filter(isRole))];
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError || isParseArgsError(error))) {
    throw error;
  }
  process.stderr.write(`mint-token: ${error.message}\nRun with --help for usage.\n`);
  process.exitCode = 2;
}
