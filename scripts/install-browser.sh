#!/usr/bin/env bash
# Installs headless Chromium and chromedriver (Debian packages) for the browser page test.
# Idempotent; does nothing when both are there. Needs root (apt-get) when they are missing.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "rookery: the browser test needs chromium and chromedriver at /usr/bin (Debian: apt-get install chromium chromium-driver)" >&2
  exit 1
fi
echo "rookery: installing chromium and chromium-driver for the browser test" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >&2
