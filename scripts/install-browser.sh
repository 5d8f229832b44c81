#!/usr/bin/env bash
# Installs what the browser test drives: Debian's Chromium and ChromeDriver (/usr/bin/chromium,
# /usr/bin/chromedriver). Idempotent: does nothing when both are there. Installs only as root
# (non-interactive, after apt-get update); otherwise says what to do and leaves the decision to the
# test, which fails when -Drookery.oracles.required=true and is skipped otherwise.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "rookery: Chromium and ChromeDriver are missing and this is not root: not installing them;" \
    "the browser test needs them (as root: apt-get install -y chromium chromium-driver)" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "rookery: Chromium and ChromeDriver are missing and there is no apt-get to install them" >&2
  exit 0
fi
echo "rookery: installing Chromium and ChromeDriver from Debian's packages for the browser test" >&2
export DEBIAN_FRONTEND=noninteractive
# Another apt-get may be running on a shared machine: wait for its lock rather than fail.
apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium chromium-driver >&2
