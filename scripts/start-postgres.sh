#!/usr/bin/env bash
# Starts the local PostgreSQL cluster when it does not answer on 127.0.0.1:5432 (the PostgreSQL
# adapter's tests need it); does nothing when it answers, so it is safe to run any number of times.
set -euo pipefail
HOST=127.0.0.1 PORT=5432
ready() { pg_isready -h "$HOST" -p "$PORT" -q 2>/dev/null; }
ready && exit 0
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /etc/postgresql ]; then
  echo "rookery: PostgreSQL does not answer on $HOST:$PORT and no local cluster is installed (apt-get install postgresql)" >&2
  exit 1
fi
version=$(ls /etc/postgresql | sort -V | tail -1)
echo "rookery: starting PostgreSQL $version (cluster main)"
pg_ctlcluster --skip-systemctl-redirect "$version" main start || true # another caller may have started it meanwhile
for _ in $(seq 1 120); do
  ready && exit 0
  sleep 0.5
done
echo "rookery: PostgreSQL did not come up on $HOST:$PORT" >&2
exit 1
