#!/usr/bin/env bash
# Stops the server start-server.sh started and removes its folder; INFO_FILE goes too.
set -euo pipefail
info=${1:?usage: stop-server.sh INFO_FILE}
[ -f "$info" ] || exit 0
state=$(sed -n 2p "$info")
bin=$(sed -n 3p "$info")
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u nobody --)
fi
if [ -d "$state/data" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$state/data" -m fast -w stop >/dev/null 2>&1 || true
fi
case $state in
/*/tepat-pg.*) rm -rf "$state" ;;
esac
rm -f "$info"
