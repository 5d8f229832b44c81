#!/usr/bin/env bash
# Installs promtool, which the ops test (runtimes: OpsRulesTest) uses to check and unit-test the
# Prometheus rules in docs/ops/prometheus: Debian's `prometheus` package ships it as /usr/bin/promtool.
# Idempotent: does nothing when promtool is on the PATH. Installs only as root (non-interactive, after
# apt-get update); otherwise says what to do and leaves the decision to the test, which fails when
# -Drookery.promtool.required=true and is skipped otherwise.
set -euo pipefail
if command -v promtool >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "rookery: promtool is missing and cannot be installed here; the ops rules test needs it" \
    "(as root on Debian: apt-get install -y prometheus)" >&2
  exit 0
fi
echo "rookery: installing promtool (Debian's prometheus package) for the ops rules test" >&2
export DEBIAN_FRONTEND=noninteractive
# Another apt-get may be running on a shared machine: wait for its lock rather than fail.
apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends prometheus >&2
