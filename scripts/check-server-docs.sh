#!/usr/bin/env bash
# Follows docs/server.md step by step in a fresh Debian 12 root (debootstrap, minbase, as
# scripts/check-package.sh does): PostgreSQL and Tepat's package from Debian's archive and BUILD_DIR,
# the cluster, the owner, server init (twice), publish, grant of the three roles with passwords,
# logins over TCP with scram-sha-256 and TLS, a penyusun refused on another OPD through psql,
# pg_dump and pg_restore, pull and push, and a hot standby made with pg_basebackup that replays a
# change of the primary. CI runs it after the package check.
#
# Needs root (debootstrap, chroot) and the network to the Debian mirror. TEPAT_DEBIAN_MIRROR
# overrides the mirror. The chroot shares this machine's network, so its two clusters listen on
# 127.0.0.1 only, on ports TEPAT_DOCS_PORT and the next one (default 55432, 55433).
set -euo pipefail
build=$(realpath "${1:?usage: scripts/check-server-docs.sh BUILD_DIR}")
mirror=${TEPAT_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${TEPAT_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
port=${TEPAT_DOCS_PORT:-55432}
standby_port=$((port + 1))

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
started=$SECONDS
step() { echo "== check-server-docs [$((SECONDS - started)) s]: $*"; }
fail() { echo "check-server-docs: FAILED: $*" >&2; exit 1; }

step "cpack"
rm -f "$build"/tepat_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/tepat_*_amd64.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no tepat_*_amd64.deb into $build"
deb=${debs[0]}

work=$(mktemp -d "${TMPDIR:-/tmp}/tepat-server-docs.XXXXXX")
root=$work/root
in_root() { "${sudo[@]}" chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive HOME=/root "$@"; }
cleanup() {
    if [ -d "$root/usr/lib/postgresql" ]; then
        in_root pg_ctlcluster 15 standby stop -m fast >/dev/null 2>&1 || true
        in_root pg_ctlcluster 15 main stop -m fast >/dev/null 2>&1 || true
    fi
    "${sudo[@]}" umount "$root/proc" 2>/dev/null || true
    "${sudo[@]}" rm -rf "$work"
}
trap cleanup EXIT
as_postgres() { in_root runuser -u postgres -- "$@"; }
owner_url="postgresql://tepat_owner@127.0.0.1:$port/tepat"
# The owner's password as the docs' prompt would take it; PGPASSWORD is one of libpq's sources.
as_owner() { in_root env PGPASSWORD=password-of-owner "$@"; }
tcp() { echo "postgresql://$1:$2@127.0.0.1:$port/${3:-tepat}?sslmode=require"; }

step "debootstrap --variant=minbase bookworm"
"${sudo[@]}" debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { cat "$work/debootstrap.log" >&2; fail "debootstrap"; }
"${sudo[@]}" mount -t proc proc "$root/proc"
"${sudo[@]}" tee "$root/etc/apt/sources.list" >/dev/null <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
SOURCES
# No service starts on its own in a chroot: the steps below start the clusters themselves.
printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$root/usr/sbin/policy-rc.d" >/dev/null
"${sudo[@]}" chmod +x "$root/usr/sbin/policy-rc.d"
in_root apt-get update -qq

step "docs: apt-get install postgresql (and Tepat's package)"
"${sudo[@]}" cp "$deb" "$root/tmp/"
in_root apt-get install -y -qq --no-install-recommends postgresql ssl-cert "/tmp/$(basename "$deb")" \
    >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log" >&2; fail "apt-get install"; }
in_root pg_lsclusters
# The documented cluster, on a port of its own since the chroot shares this machine's network.
in_root sed -i "s/^port = .*/port = $port/; s/^#listen_addresses = .*/listen_addresses = '127.0.0.1'/" \
    /etc/postgresql/15/main/postgresql.conf
in_root pg_ctlcluster 15 main start || fail "the cluster does not start"

step "docs: owner, database, server init, publish"
# createuser --pwprompt, answered as a user would.
as_postgres createuser --port "$port" --createrole tepat_owner
as_postgres psql --port "$port" -X -q -c "ALTER ROLE tepat_owner PASSWORD 'password-of-owner'"
as_postgres createdb --port "$port" --owner tepat_owner tepat
as_owner tepat-cli server init "$owner_url" | tee "$work/init.log"
grep -q "Tepat server now" "$work/init.log" || fail "server init did not set the server up"
as_owner tepat-cli server init "$owner_url" | grep -q "already" || fail "server init is not idempotent"
as_owner tepat-cli server publish /usr/share/tepat/samples/deli-serdang.tepat "$owner_url" \
    || fail "server publish"

step "docs: users with passwords, over TCP with scram-sha-256 and TLS"
for user in bappeda inspektorat dinkes; do
    echo "password-of-$user" | in_root tee "/root/$user.pw" >/dev/null
done
opd=$(in_root tepat-cli info /usr/share/tepat/samples/deli-serdang.tepat | awk '/^  [0-9]/{print $1; exit}')
other=$(in_root tepat-cli info /usr/share/tepat/samples/deli-serdang.tepat | awk '/^  [0-9]/{n++; if (n == 2) {print $1; exit}}')
as_owner tepat-cli server grant "$owner_url" --user bappeda --role admin --password-file /root/bappeda.pw
as_owner tepat-cli server grant "$owner_url" --user inspektorat --role reviewer --password-file /root/inspektorat.pw
as_owner tepat-cli server grant "$owner_url" --user dinkes --role penyusun --opd "$opd" --password-file /root/dinkes.pw
in_root tee -a /etc/postgresql/15/main/pg_hba.conf >/dev/null <<'HBA'
hostssl tepat all 127.0.0.1/32 scram-sha-256
HBA
in_root pg_ctlcluster 15 main reload
in_root grep -q "^ssl = on" /etc/postgresql/15/main/postgresql.conf || fail "ssl is not on"
in_root tepat-cli info "$(tcp bappeda password-of-bappeda)" | grep -q "Indicators:" \
    || fail "bappeda cannot read over TLS"
if in_root tepat-cli info "$(tcp bappeda wrong-password)" >/dev/null 2>&1; then
    fail "a wrong password was accepted"
fi
in_root env PGPASSWORD=password-of-inspektorat tepat-cli check \
    "postgresql://inspektorat@127.0.0.1:$port/tepat?sslmode=require" >/dev/null \
    && fail "check found no findings in the sample" || [ $? -eq 1 ] || fail "check over PGPASSWORD"

step "docs: the database enforces the roles for psql too"
psql_as() { in_root psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$(tcp "$1" "password-of-$1")" -c "$2"; }
theirs=$(psql_as dinkes "SELECT i.id FROM indicator i JOIN opd o ON o.id = i.opd_scope WHERE o.code = '$other' LIMIT 1")
mine=$(psql_as dinkes "SELECT i.id FROM indicator i JOIN opd o ON o.id = i.opd_scope WHERE o.code = '$opd' LIMIT 1")
psql_as dinkes "UPDATE indicator SET satuan = 'diubah' WHERE id = $theirs"
[ "$(psql_as bappeda "SELECT satuan FROM indicator WHERE id = $theirs")" != diubah ] \
    || fail "a penyusun changed another OPD's indicator through psql"
psql_as dinkes "UPDATE indicator SET satuan = 'persen' WHERE id = $mine"
[ "$(psql_as bappeda "SELECT satuan FROM indicator WHERE id = $mine")" = persen ] \
    || fail "a penyusun could not change their own OPD's indicator through psql"
[ "$(psql_as bappeda "SELECT username FROM audit_log WHERE object_id = $mine ORDER BY id DESC LIMIT 1")" = dinkes ] \
    || fail "the psql change is not in the history"
if psql_as inspektorat "UPDATE target SET value = '1' WHERE indicator_id = $mine" 2>/dev/null; then
    [ "$(psql_as bappeda "SELECT count(*) FROM target WHERE indicator_id = $mine AND value = '1'")" = 0 ] \
        || fail "a reviewer changed a target"
fi

step "docs: pull and push"
in_root tepat-cli server pull "$(tcp dinkes password-of-dinkes)" --out /root/dinkes.tepat
in_root tepat-cli server push /root/dinkes.tepat "$(tcp dinkes password-of-dinkes)" \
    || fail "pushing an unchanged copy"

step "docs: backups with pg_dump and pg_restore"
as_postgres pg_dump --port "$port" --format=custom --file=/tmp/tepat.dump tepat
as_postgres createdb --port "$port" --owner tepat_owner tepat_restored
as_postgres pg_restore --port "$port" --dbname=tepat_restored /tmp/tepat.dump
[ "$(as_postgres psql --port "$port" -X -A -t -d tepat_restored -c "SELECT count(*) FROM audit_log")" -gt 0 ] \
    || fail "the restored database has no history"
in_root tepat-cli info "$(tcp bappeda password-of-bappeda tepat_restored)" | grep -q "Indicators:" \
    || fail "the restored database cannot be read"

step "docs: a hot standby with streaming replication"
as_postgres psql --port "$port" -X -q -c \
    "CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD 'another-long-password'"
echo "host replication replicator 127.0.0.1/32 scram-sha-256" \
    | in_root tee -a /etc/postgresql/15/main/pg_hba.conf >/dev/null
in_root pg_ctlcluster 15 main reload
in_root pg_createcluster 15 standby --port "$standby_port" >/dev/null
in_root rm -rf /var/lib/postgresql/15/standby
as_postgres env PGPASSWORD=another-long-password pg_basebackup --host=127.0.0.1 --port "$port" \
    --username=replicator --pgdata=/var/lib/postgresql/15/standby --wal-method=stream \
    --write-recovery-conf --checkpoint=fast
in_root sed -i "s/^#listen_addresses = .*/listen_addresses = '127.0.0.1'/" \
    /etc/postgresql/15/standby/postgresql.conf
in_root pg_ctlcluster 15 standby start || fail "the standby does not start"
[ "$(as_postgres psql --port "$standby_port" -X -A -t -c "SELECT pg_is_in_recovery()")" = t ] \
    || fail "the standby is not in recovery"
psql_as bappeda "UPDATE pemda SET ibu_kota = 'Lubuk Pakam (replikasi)'"
for _ in $(seq 1 50); do
    now=$(as_postgres psql --port "$standby_port" -X -A -t -d tepat -c "SELECT ibu_kota FROM pemda")
    [ "$now" = "Lubuk Pakam (replikasi)" ] && break
    sleep 0.2
done
[ "$now" = "Lubuk Pakam (replikasi)" ] || fail "the standby did not replay the primary's change"
[ "$(as_postgres psql --port "$port" -X -A -t -c "SELECT state FROM pg_stat_replication")" = streaming ] \
    || fail "the primary does not stream to the standby"
step "passed: docs/server.md works in a fresh Debian 12"
