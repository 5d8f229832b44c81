#!/usr/bin/env bash
# Installs the UCI chess engines the engine and bot tests run: Debian's stockfish and ethereal-chess
# (both in /usr/games). Idempotent: does nothing when both are there. Installs only as root
# (non-interactive, after apt-get update); otherwise says what to do and leaves the decision to the
# tests, which fail when -Drookery.engines.required=true and are skipped otherwise.
set -euo pipefail
if [ -x /usr/games/stockfish ] && [ -x /usr/games/ethereal-chess ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "rookery: stockfish or ethereal-chess is missing and this is not root: not installing them;" \
    "the engine tests need them (as root: apt-get install -y stockfish ethereal-chess)" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "rookery: stockfish or ethereal-chess is missing and there is no apt-get to install them" >&2
  exit 0
fi
echo "rookery: installing stockfish and ethereal-chess from Debian's packages for the engine tests" >&2
export DEBIAN_FRONTEND=noninteractive
# Another apt-get may be running on a shared machine: wait for its lock rather than fail.
apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
apt-get -o DPkg::Lock::Timeout=300 install -y -qq stockfish ethereal-chess >&2
