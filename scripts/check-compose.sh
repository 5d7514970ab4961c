#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine, in two layers:
#   1. compose itself resolves the file (`config`): schema, interpolation, anchors, references.
#      Debian 12's docker-compose 1.29 is used (installed with apt when missing and run as root);
#      it reads the versionless compose spec, including depends_on conditions. A compose v2
#      found on PATH is used instead when that is what a machine has.
#   2. the project's own rules on the file and on what compose resolved (see RULES below).
# It also proves the required secrets have no defaults: compose must refuse each one missing.
#
#   scripts/check-compose.sh [compose-file]    (default: docker-compose.yml at the repo root)
#
# Reads only repository files; never the real .env, whose secrets would end up in the output.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FILE=$(realpath "${1:-$REPO/docker-compose.yml}")
ENV_EXAMPLE=$REPO/deploy/.env.example
KAFKA_SCRIPT=$REPO/scripts/kafka/kafka.sh

say() { echo "check-compose: $*"; }
die() {
  echo "check-compose: error: $*" >&2
  exit 1
}

[[ -f $FILE ]] || die "$FILE not found"
[[ -f $ENV_EXAMPLE ]] || die "deploy/.env.example not found"

# Installs a Debian package when its command is missing; lists are refreshed only if the first
# try fails, so a machine that has the package (or fresh lists) pays nothing.
apt_install() {
  if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
    die "$1 is missing; install the Debian package $1 (or run this as root on Debian)"
  fi
  say "installing $1 with apt-get ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends "$1" >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "$1" >/dev/null; } ||
    die "apt-get could not install $1"
}

if command -v docker-compose >/dev/null; then
  COMPOSE=(docker-compose)
elif docker compose version >/dev/null 2>&1; then
  COMPOSE=(docker compose)
else
  apt_install docker-compose
  COMPOSE=(docker-compose)
fi
python3 -c 'import yaml' 2>/dev/null || apt_install python3-yaml

[[ -f $KAFKA_SCRIPT ]] || die "scripts/kafka/kafka.sh not found: it pins the Kafka version compose must match"
KAFKA_VERSION=$(grep -E '^[[:space:]]*(export[[:space:]]+)?KAFKA_VERSION=' "$KAFKA_SCRIPT" | head -n 1 |
  grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n 1 || true)
[[ -n $KAFKA_VERSION ]] || die "no KAFKA_VERSION=x.y.z line in scripts/kafka/kafka.sh"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Compose runs with a clean environment so neither the caller's variables nor a real .env leak in;
# deploy/.env.example supplies every optional variable, and the arguments add the rest.
compose_config() {
  env -i PATH="$PATH" HOME="$TMP" "$@" "${COMPOSE[@]}" \
    --project-directory "$REPO" --env-file "$ENV_EXAMPLE" -f "$FILE" config
}

# Variables compose must refuse to run without: every ${VAR:?message} in the file.
mapfile -t REQUIRED < <(grep -oE '(^|[^$])\$\{[A-Za-z_][A-Za-z0-9_]*:\?' "$FILE" |
  sed -E 's/.*\$\{//; s/:\?$//' | sort -u)
# Hex stand-ins: URL-safe, so a DATABASE_URL built from one still parses.
DUMMIES=()
for var in "${REQUIRED[@]}"; do
  DUMMIES+=("$var=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')")
done

VERSION=$("${COMPOSE[@]}" version --short 2>/dev/null || "${COMPOSE[@]}" version | head -n 1)
say "compose $VERSION, Kafka $KAFKA_VERSION from scripts/kafka/kafka.sh"

# Layer 1: compose resolves the file. Anything it says while accepting it is a warning (an unset
# variable, an obsolete key) and fails too.
if ! compose_config "${DUMMIES[@]}" >"$TMP/resolved.yml" 2>"$TMP/stderr"; then
  cat "$TMP/stderr" >&2
  die "compose rejected $FILE"
fi
if [[ -s $TMP/stderr ]]; then
  cat "$TMP/stderr" >&2
  echo >&2
  die "compose warned about $FILE"
fi

# The guard on each required secret must hold: without it, compose has to refuse to start.
for i in "${!REQUIRED[@]}"; do
  others=("${DUMMIES[@]:0:i}" "${DUMMIES[@]:i+1}")
  if compose_config "${others[@]}" >/dev/null 2>"$TMP/stderr"; then
    die "compose accepted the file without ${REQUIRED[i]}"
  fi
done

# Layer 2: the project's rules.
python3 - "$FILE" "$TMP/resolved.yml" "$REPO" "$ENV_EXAMPLE" "$KAFKA_VERSION" "${REQUIRED[@]}" <<'PY'
import os
import re
import sys
from urllib.parse import urlsplit

import yaml

raw_path, resolved_path, repo, env_example, kafka_version, *required = sys.argv[1:]
with open(raw_path) as f:
    raw = yaml.safe_load(f)  # safe_load applies anchors and << merges, as compose does
with open(resolved_path) as f:
    res = yaml.safe_load(f)

APPS = {'gateway': 3000, 'credit': 3001, 'supervision': 3002, 'land': 3003, 'party': 3004}
DOMAIN = [name for name in APPS if name != 'gateway']
SECRETS = ['PII_ENCRYPTION_KEY', 'PII_HASH_KEY', 'POSTGRES_PASSWORD']
MAY_PUBLISH = {'gateway', 'kafka', 'jaeger'}
POSTGRES_MAJOR = '17'

failures = []
count = 0


def rule(ok, message):
    global count
    count += 1
    if not ok:
        failures.append(message)


# compose 1.29 and v2 print resolved files in different shapes; these read both.
def env_of(svc):
    env = svc.get('environment') or {}
    if isinstance(env, list):
        env = dict(item.split('=', 1) if '=' in item else (item, None) for item in env)
    return {key: None if value is None else str(value) for key, value in env.items()}


def ports_of(svc):
    for port in svc.get('ports') or []:
        if isinstance(port, dict):
            yield str(port.get('host_ip') or ''), str(port.get('published') or ''), str(port['target'])
        else:
            parts = str(port).split('/')[0].rsplit(':', 2)
            yield ('',) * (3 - len(parts)) + tuple(parts)


def volumes_of(svc):
    for volume in svc.get('volumes') or []:
        if isinstance(volume, dict):
            yield str(volume.get('source') or ''), str(volume['target'])
        else:
            parts = str(volume).split(':')
            yield (parts[0], parts[1]) if len(parts) > 1 else ('', parts[0])


def words(value):
    return ' '.join(value) if isinstance(value, list) else str(value or '')


def has_healthcheck(svc):
    check = svc.get('healthcheck') or {}
    test = words(check.get('test'))
    return not check.get('disable') and test != '' and not test.startswith('NONE')


def strings(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)
    elif isinstance(node, str):
        yield node


# ${VAR}, ${VAR:-x}, ${VAR:?x} and $VAR, but not the escaped $$
REFERENCE = re.compile(r'(?<!\$)(?:\$\$)*\$(?:\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))')
references = []  # (name, operator and message)
for text in strings(raw):
    for braced, rest, bare in REFERENCE.findall(text):
        references.append((braced or bare, rest))

services = res.get('services') or {}
raw_services = raw.get('services') or {}

# RULES
rule('version' not in raw, 'top-level "version:" is obsolete in the compose spec; remove it')
for name in [*APPS, 'postgres', 'kafka']:
    rule(name in services, f'service "{name}" is missing')

for name, svc in services.items():
    rule(svc.get('restart') == 'unless-stopped', f'{name}: restart must be unless-stopped')
    image = str(svc.get('image') or '')
    tag = image.rsplit('/', 1)[-1].partition(':')[2]
    rule(tag not in ('', 'latest'), f'{name}: image "{image}" needs a pinned tag')
    depends = (raw_services.get(name) or {}).get('depends_on')
    if depends is not None:
        rule(isinstance(depends, dict), f'{name}: depends_on must be a mapping with a condition per service')
        for target, spec in (depends.items() if isinstance(depends, dict) else []):
            condition = (spec or {}).get('condition')
            rule(condition is not None, f'{name}: depends_on.{target} has no condition')
            rule(target in services, f'{name}: depends on unknown service "{target}"')
            if condition == 'service_healthy' and target in services:
                rule(has_healthcheck(services[target]), f'{name} waits for {target} to be healthy, but {target} has no healthcheck')
    if name not in MAY_PUBLISH:
        rule(not list(ports_of(svc)), f'{name}: only {", ".join(sorted(MAY_PUBLISH))} may publish host ports')


def waits_for(name, target):
    spec = ((raw_services.get(name) or {}).get('depends_on') or {})
    return isinstance(spec, dict) and (spec.get(target) or {}).get('condition') == 'service_healthy'


app_images = set()
for name, port in APPS.items():
    svc = services.get(name)
    if svc is None:
        continue
    env = env_of(svc)
    rule(has_healthcheck(svc), f'{name}: needs a healthcheck')
    rule('/health/ready' in words((svc.get('healthcheck') or {}).get('test')), f'{name}: healthcheck must probe /health/ready')
    rule(words(svc.get('command')).endswith(f'dist/apps/{name}/src/main.js'), f'{name}: command must run dist/apps/{name}/src/main.js')
    rule(os.path.isdir(os.path.join(repo, 'apps', name)), f'{name}: apps/{name} does not exist')
    rule(env.get('PORT') == str(port), f'{name}: PORT must be {port}')
    rule(env.get('HOST') == '0.0.0.0', f'{name}: HOST must be 0.0.0.0 to be reachable from other containers')
    build = svc.get('build') or {}
    context = build.get('context', build) if isinstance(build, dict) else build
    rule(bool(build) and os.path.realpath(str(context)) == os.path.realpath(repo), f'{name}: must build from the repository root')
    dockerfile = build.get('dockerfile', 'Dockerfile') if isinstance(build, dict) else 'Dockerfile'
    rule(os.path.isfile(os.path.join(repo, dockerfile)), f'{name}: {dockerfile} not found')
    app_images.add(svc.get('image'))
rule(len(app_images) == 1, f'all apps must share one image, found {sorted(map(str, app_images))}')

for name in DOMAIN:
    svc = services.get(name)
    if svc is None:
        continue
    env = env_of(svc)
    url = urlsplit(env.get('DATABASE_URL') or '')
    rule(url.scheme in ('postgres', 'postgresql') and url.hostname == 'postgres' and url.port in (None, 5432) and url.path == f'/zone_{name}',
         f'{name}: DATABASE_URL must point at postgres:5432/zone_{name}')
    rule(env.get('EVENT_TRANSPORT') == 'kafka', f'{name}: EVENT_TRANSPORT must be kafka')
    rule(env.get('KAFKA_BROKERS') == 'kafka:9092', f'{name}: KAFKA_BROKERS must be kafka:9092')
    for key in ('PII_ENCRYPTION_KEY', 'PII_HASH_KEY'):
        rule(bool(env.get(key)), f'{name}: {key} must be set')
    for target in ('postgres', 'kafka'):
        rule(waits_for(name, target), f'{name}: must wait for {target} to be healthy')

gateway = services.get('gateway')
if gateway is not None:
    env = env_of(gateway)
    for name in DOMAIN:
        key = f'{name.upper()}_SERVICE_URL'
        rule(env.get(key) == f'http://{name}:{APPS[name]}', f'gateway: {key} must be http://{name}:{APPS[name]}')
        rule(waits_for('gateway', name), f'gateway: must wait for {name} to be healthy')
    rule(any(target == '3000' for _, _, target in ports_of(gateway)), 'gateway: must publish container port 3000')

kafka = services.get('kafka')
if kafka is not None:
    env = env_of(kafka)
    rule(kafka.get('image') == f'apache/kafka:{kafka_version}',
         f'kafka: image must be apache/kafka:{kafka_version}, as KAFKA_VERSION in scripts/kafka/kafka.sh (found {kafka.get("image")})')
    rule(has_healthcheck(kafka), 'kafka: needs a healthcheck')
    rule(env.get('KAFKA_AUTO_CREATE_TOPICS_ENABLE') == 'false', 'kafka: KAFKA_AUTO_CREATE_TOPICS_ENABLE must be "false"')
    rule(env.get('KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS') == '0', 'kafka: KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS must be 0')
    roles = set((env.get('KAFKA_PROCESS_ROLES') or '').split(','))
    rule(roles == {'broker', 'controller'}, 'kafka: must be one combined KRaft node (KAFKA_PROCESS_ROLES=broker,controller)')
    for key in ('KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR', 'KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR',
                'KAFKA_TRANSACTION_STATE_LOG_MIN_ISR', 'KAFKA_DEFAULT_REPLICATION_FACTOR'):
        rule(env.get(key) == '1', f'kafka: {key} must be 1 on a single node')
    advertised = [item.split('://')[0] for item in (env.get('KAFKA_ADVERTISED_LISTENERS') or '').split(',') if item]
    listening = [item.split('://')[0] for item in (env.get('KAFKA_LISTENERS') or '').split(',') if item]
    protocols = [item.split(':')[0] for item in (env.get('KAFKA_LISTENER_SECURITY_PROTOCOL_MAP') or '').split(',') if item]
    rule('PLAINTEXT://kafka:9092' in (env.get('KAFKA_ADVERTISED_LISTENERS') or '').split(','),
         'kafka: must advertise PLAINTEXT://kafka:9092 to the services')
    for listener in advertised:
        rule(listener in listening and listener in protocols,
             f'kafka: advertised listener {listener} needs an entry in KAFKA_LISTENERS and KAFKA_LISTENER_SECURITY_PROTOCOL_MAP')
    for controller in (env.get('KAFKA_CONTROLLER_LISTENER_NAMES') or '').split(','):
        rule(controller in listening and controller not in advertised, f'kafka: controller listener {controller} must listen and not be advertised')

postgres = services.get('postgres')
if postgres is not None:
    rule(str(postgres.get('image', '')).startswith(f'postgres:{POSTGRES_MAJOR}'), f'postgres: image must be PostgreSQL {POSTGRES_MAJOR}')
    rule(has_healthcheck(postgres), 'postgres: needs a healthcheck')
    init = [source for source, target in volumes_of(postgres) if target == '/docker-entrypoint-initdb.d']
    rule(len(init) == 1 and os.path.isdir(init[0]), 'postgres: an existing init folder must be mounted at /docker-entrypoint-initdb.d')
    if len(init) == 1 and os.path.isdir(init[0]):
        scripts = ''.join(open(os.path.join(init[0], entry)).read()
                          for entry in sorted(os.listdir(init[0])) if entry.endswith(('.sql', '.sh')))
        for name in DOMAIN:
            rule(f'zone_{name}' in scripts, f'postgres: the init scripts must create zone_{name}')

# Secrets: required (no default anywhere) and left blank in the example.
with open(env_example) as f:
    example = dict(re.findall(r'^([A-Za-z_][A-Za-z0-9_]*)=(.*)$', f.read(), re.M))
for secret in SECRETS:
    uses = [rest for name, rest in references if name == secret]
    rule(bool(uses) and all(rest.startswith(':?') for rest in uses), f'{secret} must be required everywhere: ${{{secret}:?message}}')
    rule(secret in required, f'{secret} is not among the variables compose was shown to require')
    rule(example.get(secret, None) in ('', '""', "''"), f'deploy/.env.example must list {secret} with an empty value')
for name in sorted({name for name, _ in references}):
    rule(name in example, f'deploy/.env.example must document {name}, which docker-compose.yml reads')

if failures:
    for failure in failures:
        print(f'check-compose: FAIL {failure}', file=sys.stderr)
    print(f'check-compose: {len(failures)} of {count} checks failed', file=sys.stderr)
    sys.exit(1)
print(f'check-compose: OK: compose resolved the file, {len(required)} required secrets refused when missing, {count} checks passed')
PY
