#!/bin/sh
# Fetches axe-core (accessibility rules, injected into pages by the browser tests) from the npm
# registry into DIR/node_modules/axe-core, once.
set -eu
dir=$1
version=$2
if [ -f "$dir/node_modules/axe-core/axe.min.js" ]; then
  exit 0
fi
if [ -z "${NODE_EXTRA_CA_CERTS-}" ] && [ -r /etc/ssl/certs/ca-certificates.crt ]; then
  NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
  export NODE_EXTRA_CA_CERTS
fi
npm_bin=npm
if [ -x "$(dirname "$0")/../.node/bin/npm" ]; then
  npm_bin="$(dirname "$0")/../.node/bin/npm"
  PATH="$(dirname "$0")/../.node/bin:$PATH"
fi
mkdir -p "$dir"
"$npm_bin" install --no-audit --no-fund --no-save --loglevel=error --fetch-timeout=60000 --fetch-retries=2 \
  --prefix "$dir" "axe-core@$version"
