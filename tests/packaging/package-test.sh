#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, checks their contents, validates the desktop file and AppStream
# metainfo, installs the .deb with apt, runs the installed binary (version, render, GUI smoke start) and
# removes the package again. Needs root (or sudo) for apt.
set -euo pipefail
build_dir=$1
source_dir=$2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
work=$(mktemp -d /tmp/hookmail-pkg.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "== validators"
desktop-file-validate "$source_dir/packaging/dev.hookmail.Hookmail.desktop"
appstreamcli validate --no-net "$source_dir/packaging/dev.hookmail.Hookmail.metainfo.xml"

echo "== cpack"
(cd "$build_dir" && cpack -G "DEB;TGZ" -B "$work" >/dev/null)
deb=$(ls "$work"/hookmail_*.deb)
tgz=$(ls "$work"/hookmail-*.tar.gz)
echo "built $(basename "$deb") and $(basename "$tgz")"

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | sort > "$work/files.txt"
cat "$work/files.txt"
for f in /usr/bin/hookmail /usr/libexec/hookmail/hookmail-worker \
         /usr/share/applications/dev.hookmail.Hookmail.desktop \
         /usr/share/metainfo/dev.hookmail.Hookmail.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/dev.hookmail.Hookmail.svg \
         /usr/share/icons/hicolor/48x48/apps/dev.hookmail.Hookmail.png \
         /usr/share/icons/hicolor/256x256/apps/dev.hookmail.Hookmail.png \
         /usr/share/mime/packages/dev.hookmail.Hookmail.xml; do
  grep -qx "$f" "$work/files.txt" || { echo "missing from package: $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for d in libqt6widgets6 libqt6webenginewidgets6 libqt6keychain1; do
  echo "$depends" | grep -q "$d" || { echo "package does not depend on $d"; exit 1; }
done
# The Jsonnet engine is linked in statically (third_party/jsonnet): no libjsonnet at run time.
if echo "$depends" | grep -q libjsonnet; then echo "package depends on libjsonnet: $depends"; exit 1; fi
tar -tzf "$tgz" | grep -q 'bin/hookmail$' || { echo "tarball lacks bin/hookmail"; exit 1; }

echo "== install"
# Another package test (another checkout on this machine) must not install or remove hookmail under us:
# the install-run-remove section runs under a machine-wide lock of our own.
exec 9>/var/lock/hookmail-package-test.lock
flock -w 600 9 || { echo "another hookmail package test held its lock for 10 minutes"; exit 1; }
installed() { dpkg-query -W -f='${Status}' hookmail 2>/dev/null | grep -qv "not-installed"; }
if dpkg-query -W -f='${Status}' hookmail 2>/dev/null | grep -q "install ok installed"; then
  echo "hookmail is already installed on this machine; refusing to replace it"; exit 1
fi
if installed; then
  echo "hookmail is half installed on this machine ($(dpkg-query -W -f='${Status}' hookmail)); refusing to touch it"
  exit 1
fi
# apt waits up to 120 s for another apt/dpkg to release the dpkg lock (apt and dpkg lock with fcntl). A holder
# that uses flock(1) on the lock file is not seen by fcntl, so wait for that one first as well.
lock_wait=120
# -q, not -qq: at -qq apt has no progress reporter and then does not wait for the lock at all.
apt_quiet() { $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=$lock_wait -y -q "$@" >/dev/null; }
wait_for_dpkg_lock() {
  $sudo flock -w "$lock_wait" /var/lib/dpkg/lock-frontend true ||
    { echo "the dpkg lock was held for more than $lock_wait s"; return 1; }
}
# From here on the package may be ours: whatever happens (failure, interrupt), remove it, but only if this
# run put it there (it was absent above, and the section lock keeps other package tests out).
ours=0
cleanup_pkg() {
  status=$?
  if [ "$ours" = 1 ] && installed; then
    echo "== cleanup: removing the hookmail package this test installed"
    wait_for_dpkg_lock || true
    apt_quiet remove hookmail || $sudo dpkg --remove hookmail >/dev/null || echo "could not remove hookmail"
  fi
  rm -rf "$work"
  exit $status
}
trap cleanup_pkg EXIT
trap 'exit 130' INT TERM
cp "$deb" "$work/hookmail.deb"
wait_for_dpkg_lock
ours=1
apt_quiet install "$work/hookmail.deb"

echo "== installed binary"
/usr/bin/hookmail --version
/usr/bin/hookmail --version | grep -Eq '^hookmail [0-9]+\.[0-9]+\.[0-9]+$'
out=$(cd "$work" && /usr/bin/hookmail render)
echo "$out" | head -12
echo "$out" | grep -q '"message"' || { echo "render printed no Mandrill body"; exit 1; }
QT_QPA_PLATFORM=offscreen HOOKMAIL_SMOKE_EXIT_MS=4000 QTWEBENGINE_DISABLE_SANDBOX=1 timeout 60 /usr/bin/hookmail
echo "GUI smoke start: exit 0"

echo "== remove"
wait_for_dpkg_lock
apt_quiet remove hookmail
ours=0
[ ! -e /usr/bin/hookmail ] || { echo "hookmail still installed after remove"; exit 1; }
echo "package test passed"
