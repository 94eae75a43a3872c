# syntax=docker/dockerfile:1
# The production image: the same bundle as `npm run release` (scripts/release.mjs makes it here too), run as an
# unprivileged user. Build it with:  docker build --build-arg RELEASE_COMMIT=$(git rev-parse HEAD) -t wac .
# Run it: docker-compose.yml (one VM) or container.config.json (WeChat Cloud Hosting); README "Operating it".

FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles SQLite when its prebuilt binary cannot be fetched: a compiler, for this stage only.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
  && rm -rf /var/lib/apt/lists/*
# A registry mirror for builds inside China, e.g. --build-arg NPM_CONFIG_REGISTRY=https://registry.npmmirror.com
ARG NPM_CONFIG_REGISTRY=https://registry.npmjs.org/
ENV npm_config_registry=$NPM_CONFIG_REGISTRY CI=true
WORKDIR /src
# The dependencies first: this layer is reused as long as no package.json or the lockfile changes.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
# Fixes to dependencies that pnpm applies while installing (patches/README.md).
COPY patches/ patches/
COPY server/package.json server/
COPY miniapp/package.json miniapp/
COPY shared-types/package.json shared-types/
COPY rules/package.json rules/
RUN npx --yes pnpm@12.4.2 install --frozen-lockfile
COPY . .
# Read by the builds: the commit for RELEASE.json, and the neutral page the H5 quick exit opens.
ARG RELEASE_COMMIT
ARG TARO_APP_QUICK_EXIT_URL
RUN node scripts/release.mjs --out /release

FROM node:20-bookworm-slim
# mariadb-client: `npm run backup` / `npm run restore` against MySQL from inside the container.
RUN apt-get update \
  && apt-get install -y --no-install-recommends mariadb-client \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
# The code belongs to root and is read-only for the server; /app/data (the embedded SQLite database, backups) is
# the only place it may write.
COPY --from=build /release/wac /app
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
# Liveness only (it never touches the database): a database outage must not get every container restarted.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 CMD ["node", "healthcheck.mjs"]
# start.sh execs node, so SIGTERM reaches it: not ready at once, requests in flight finish, exit within 10 s.
STOPSIGNAL SIGTERM
CMD ["./start.sh"]
