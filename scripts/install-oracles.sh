#!/usr/bin/env bash
# Installs the independent implementations the tests compare against: chess.js (npm).
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
