#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the server tests and writes where it is to INFO_FILE: its URL
# (as the superuser "tepat"), its folder, the folder of PostgreSQL's programs and its port. One
# server serves the whole test run; each test makes its own database in it. Data lives in a
# temporary folder, fsync is off (a killed server keeps every commit, the machine is not
# expected to lose power mid-test), and it listens on 127.0.0.1 at a free port only. Run as root
# (as CI is), the server runs as the unprivileged user nobody, since PostgreSQL refuses root.
#
# Logins: the superuser tepat is trusted from this machine; every other login needs its password
# (scram-sha-256), so the tests exercise passwords as a pemda's server would.
set -euo pipefail
info=${1:?usage: start-server.sh INFO_FILE}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "start-server: PostgreSQL is not installed (scripts/install-deps.sh)" >&2; exit 1; }
state=$(mktemp -d "${TMPDIR:-/tmp}/tepat-pg.XXXXXX")
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    chown nobody "$state"
    as_owner=(runuser -u nobody --)
fi
"${as_owner[@]}" "$bin/initdb" -D "$state/data" -U tepat -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$state/initdb.log" 2>&1 \
    || { cat "$state/initdb.log" >&2; exit 1; }
"${as_owner[@]}" tee "$state/data/pg_hba.conf" >/dev/null <<HBA
local all all trust
host all tepat 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
"${as_owner[@]}" "$bin/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 60 \
    -o "-k $state -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$state/server.log" >&2; exit 1; }
mkdir -p "$(dirname "$info")"
printf '%s\n' "postgresql://tepat@127.0.0.1:$port/postgres" "$state" "$bin" "$port" >"$info"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests at 127.0.0.1:$port ($state)"
