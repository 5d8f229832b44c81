#!/usr/bin/env bash
# Installs the independent implementations the tests compare against: chess.js (npm), and
# Polyglot, GNU Chess's opening book and Stockfish (Debian packages, as root).
# Idempotent; does nothing when they are already there.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ORACLE="$ROOT/tools/oracle"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "rookery: node and npm are needed for the chess.js oracle test (apt-get install nodejs npm)" >&2
  exit 1
fi
if [ ! -f "$ORACLE/node_modules/chess.js/package.json" ]; then
  echo "rookery: installing the chess.js oracle into tools/oracle" >&2
  (cd "$ORACLE" && npm install --no-audit --no-fund --loglevel=error >&2)
fi

# Debian's Polyglot (the opening-book tool the book tests compare against, with GNU Chess's book
# for a second, real-world book) and Stockfish (the engine the tablebase tests compare mate scores
# with). Installed only as root; otherwise the tests that need them are skipped, or fail under
# -Drookery.oracles.required=true.
if [ ! -x /usr/games/polyglot ] || [ ! -x /usr/games/stockfish ] || [ ! -f /usr/share/games/gnuchess/book.bin ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "rookery: installing polyglot, gnuchess-book and stockfish from Debian's packages for the knowledge tests" >&2
    export DEBIAN_FRONTEND=noninteractive
    # Another apt-get may be running on a shared machine: wait for its lock rather than fail.
    apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq polyglot gnuchess-book stockfish >&2
  else
    echo "rookery: polyglot, gnuchess-book or stockfish is missing and this is not root with apt-get: not installing;" \
      "the knowledge tests need them (as root: apt-get install -y polyglot gnuchess-book stockfish)" >&2
  fi
fi
