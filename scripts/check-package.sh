#!/usr/bin/env bash
# Builds the Debian package from BUILD_DIR (configured and built already) and checks it the way a
# user meets it: installed with apt into a fresh Debian 12 (debootstrap, minbase), which has to
# pull every dependency from Debian's archive; the installed programs run on the installed sample;
# the desktop, MIME and man databases pick the files up through dpkg triggers; and after a purge
# nothing of the package is left. CI runs it after the optimised test suite.
#
# Needs root (debootstrap, chroot) and the network to the Debian mirror. TEPAT_DEBIAN_MIRROR
# overrides the mirror (default http://deb.debian.org/debian).
set -euo pipefail
build=$(realpath "${1:?usage: scripts/check-package.sh BUILD_DIR}")
mirror=${TEPAT_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${TEPAT_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
started=$SECONDS
step() { echo "== check-package [$((SECONDS - started)) s]: $*"; }
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }

step "cpack"
rm -f "$build"/tepat_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/tepat_*_amd64.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no tepat_*_amd64.deb into $build"
deb=${debs[0]}
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
dpkg-deb --field "$deb" Package Version Architecture Section Depends Recommends

work=$(mktemp -d "${TMPDIR:-/tmp}/tepat-package.XXXXXX")
root=$work/root
cleanup() {
    "${sudo[@]}" umount "$root/proc" 2>/dev/null || true
    "${sudo[@]}" rm -rf "$work"
}
trap cleanup EXIT
in_root() { "${sudo[@]}" chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

step "debootstrap --variant=minbase bookworm"
"${sudo[@]}" debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { cat "$work/debootstrap.log" >&2; fail "debootstrap"; }
"${sudo[@]}" mount -t proc proc "$root/proc"
"${sudo[@]}" tee "$root/etc/apt/sources.list" >/dev/null <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
SOURCES
# The databases come first, as on any desktop, so that it is their dpkg triggers that must pick
# the package's files up (installed in one go with it, shared-mime-info would rebuild its database
# in its own postinst and prove nothing).
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends man-db desktop-file-utils \
    shared-mime-info >/dev/null

step "apt install ./$(basename "$deb")"
"${sudo[@]}" cp "$deb" "$root/tmp/"
# Without Recommends: Depends alone must be enough to run.
# The chroot's apt knows Debian's archive only, so every dependency must come from there.
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" | tee "$work/apt.log"
for trigger in shared-mime-info desktop-file-utils man-db; do
    grep -q "Processing triggers for $trigger" "$work/apt.log" \
        || fail "the $trigger trigger did not run on installation"
done

step "the installed programs"
in_root sh -c 'command -v tepat && command -v tepat-cli' || fail "tepat or tepat-cli not on PATH"
version=$(in_root tepat-cli --version)
echo "$version"
[[ $version == "tepat-cli "* ]] || fail "tepat-cli --version printed \"$version\""
in_root env QT_QPA_PLATFORM=offscreen tepat --version || fail "tepat --version"
sample=/usr/share/tepat/samples/deli-serdang.tepat
# The installed program must find in the installed sample what the build tree's finds in its own.
expected=$("$build/app/tepat-cli" check "$build/resources/samples/deli-serdang.tepat" \
    | grep -cE ': (error|warning|info) \[' || true)
status=0
in_root tepat-cli check "$sample" >"$work/check.log" || status=$?
cat "$work/check.log"
[ "$status" -eq 1 ] || fail "tepat-cli check on the installed sample exited $status, not 1"
findings=$(grep -cE ': (error|warning|info) \[' "$work/check.log" || true)
[ "$findings" -gt 0 ] && [ "$findings" -eq "$expected" ] \
    || fail "tepat-cli check found $findings findings in the installed sample, not $expected"
in_root tepat-cli export-xlsx "$sample" --year 2026 --out /tmp/pk-2026.xlsx \
    || fail "tepat-cli export-xlsx"
in_root tepat-cli export-pdf "$sample" --year 2026 --opd 1.02.0.00.0.00.01.0000 \
    --out /tmp/pk-2026.pdf || fail "tepat-cli export-pdf"

step "desktop integration and man pages"
for file in /usr/share/man/man1/tepat.1.gz /usr/share/man/man1/tepat-cli.1.gz \
    /usr/share/applications/id.go.tepat.desktop /usr/share/metainfo/id.go.tepat.metainfo.xml \
    /usr/share/mime/packages/tepat.xml /usr/share/icons/hicolor/scalable/apps/tepat.svg \
    /usr/share/icons/hicolor/scalable/mimetypes/application-x-tepat.svg \
    /usr/share/doc/tepat/copyright; do
    [ -f "$root$file" ] || fail "$file is not installed"
done
in_root man -w tepat-cli >/dev/null || fail "man does not find tepat-cli"
in_root sh -c 'man tepat-cli 2>&1 | grep -q export-xlsx' || fail "man tepat-cli does not render"
[ -f "$root/usr/share/mime/application/x-tepat.xml" ] \
    || fail "the MIME database does not know application/x-tepat"
grep -q "^application/x-tepat=id.go.tepat.desktop" "$root/usr/share/applications/mimeinfo.cache" \
    || fail "the desktop database does not open .tepat files with Tepat"
in_root dpkg -L tepat | sort >"$work/files"

step "apt purge"
in_root apt-get purge -y -qq tepat >/dev/null
if in_root dpkg-query -W -f='${Status}\n' tepat 2>/dev/null | grep -q installed; then
    fail "tepat is still installed"
fi
left=()
while read -r path; do
    if [ -e "$root$path" ] && [ ! -d "$root$path" ]; then
        left+=("$path")
    fi
done <"$work/files"
[ ${#left[@]} -eq 0 ] || fail "left after purge: ${left[*]}"
[ ! -e "$root/usr/share/tepat" ] || fail "/usr/share/tepat is left after purge"
[ ! -e "$root/usr/share/mime/application/x-tepat.xml" ] \
    || fail "the MIME database still knows application/x-tepat"
! grep -q "x-tepat" "$root/usr/share/applications/mimeinfo.cache" 2>/dev/null \
    || fail "the desktop database still lists application/x-tepat"
step "passed: $(basename "$deb") installs, runs and purges cleanly"
