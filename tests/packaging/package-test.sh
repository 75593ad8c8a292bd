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
for d in libqt6widgets6 libqt6webenginewidgets6 libjsonnet0 libqt6keychain1; do
  echo "$depends" | grep -q "$d" || { echo "package does not depend on $d"; exit 1; }
done
tar -tzf "$tgz" | grep -q 'bin/hookmail$' || { echo "tarball lacks bin/hookmail"; exit 1; }

echo "== install"
if dpkg-query -W -f='${Status}' hookmail 2>/dev/null | grep -q "install ok installed"; then
  echo "hookmail is already installed on this machine; refusing to replace it"; exit 1
fi
cp "$deb" "$work/hookmail.deb"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$work/hookmail.deb" >/dev/null
cleanup_pkg() { $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq hookmail >/dev/null || true; rm -rf "$work"; }
trap cleanup_pkg EXIT

echo "== installed binary"
/usr/bin/hookmail --version
/usr/bin/hookmail --version | grep -Eq '^hookmail [0-9]+\.[0-9]+\.[0-9]+$'
out=$(cd "$work" && /usr/bin/hookmail render)
echo "$out" | head -12
echo "$out" | grep -q '"message"' || { echo "render printed no Mandrill body"; exit 1; }
QT_QPA_PLATFORM=offscreen HOOKMAIL_SMOKE_EXIT_MS=4000 QTWEBENGINE_DISABLE_SANDBOX=1 timeout 60 /usr/bin/hookmail
echo "GUI smoke start: exit 0"

echo "== remove"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq hookmail >/dev/null
[ ! -e /usr/bin/hookmail ] || { echo "hookmail still installed after remove"; exit 1; }
trap 'rm -rf "$work"' EXIT
echo "package test passed"
