#!/usr/bin/env bash
# Fetches the upstream tarball of jsonnet 0.20.0 from Debian's own archive (the trixie source package
# jsonnet 0.20.0+ds-3.1) into DEST_DIR, with apt-get through a private apt configuration: no root, nothing
# changed in /etc/apt, only the archive already configured on the machine (the URI of its first `deb` entry).
# The caller (third_party/jsonnet/CMakeLists.txt) checks the sha256. Usage: fetch-source.sh DEST_DIR
set -euo pipefail
dest=${1:?usage: fetch-source.sh DEST_DIR}
tarball=jsonnet_0.20.0+ds.orig.tar.xz
mkdir -p "$dest"
[ -f "$dest/$tarball" ] && exit 0

uri=${HOOKMAIL_DEBIAN_MIRROR:-}
if [ -z "$uri" ]; then
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk '/^Types:/ {deb = ($0 ~ / deb( |$)/)} deb && /^URIs:/ {print $2; exit}')
fi
if [ -z "$uri" ]; then
  uri=$(grep -hE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | grep -v security |
        awk '{for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) {print $i; exit}}' | head -n1)
fi
uri=${uri:-http://deb.debian.org/debian}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
cat > "$work/hookmail.sources" <<SRC
Types: deb-src
URIs: $uri
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
apt_opts=(-o "Dir::Etc::SourceList=$work/hookmail.sources" -o "Dir::Etc::SourceParts=$work/none"
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o Debug::NoLocking=1
          -o APT::Sandbox::User=root -qq)
echo "Fetching $tarball from $uri (Debian trixie source package jsonnet 0.20.0+ds)"
apt-get "${apt_opts[@]}" update
# The .dsc and .debian.tar.xz of the indexed revision may be gone from the archive; only the upstream
# tarball is needed (its sha256 is checked by the caller), so a failure of the other two is ignored.
(cd "$work" && apt-get "${apt_opts[@]}" source --download-only "jsonnet=0.20.0+ds-3.1" >/dev/null 2>&1) || true
if [ ! -f "$work/$tarball" ]; then
  echo "error: could not fetch $tarball from $uri" >&2
  exit 1
fi
mv "$work/$tarball" "$dest/$tarball"
