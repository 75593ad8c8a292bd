#!/usr/bin/env bash
# Installs the Debian 12 packages Hookmail needs. Idempotent: packages already present are skipped.
# Usage: scripts/setup-deps.sh [--test]   (--test adds the test-only parts: Xvfb, gnome-keyring, D-Bus, Prism, the email lint)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

runtime_and_build=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-webengine-dev qt6-declarative-dev qt6-httpserver-dev qt6-websockets-dev libgl-dev
  qtkeychain-qt6-dev nlohmann-json3-dev libvalijson-dev libyaml-cpp-dev patch xz-utils
  gnome-keyring libsecret-1-0 dbus-x11 qt6-translations-l10n
)
test_only=(
  xvfb xauth dbus libsecret-tools imagemagick desktop-file-utils appstream file dpkg-dev
  clang libclang-rt-14-dev
)

want=("${runtime_and_build[@]}")
with_tests=0
if [ "${1:-}" = "--test" ]; then
  with_tests=1
  want+=("${test_only[@]}")
  command -v node >/dev/null 2>&1 || want+=(nodejs)
  command -v npm >/dev/null 2>&1 || want+=(npm)
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The Jsonnet engine's source: jsonnet 0.20.0 from Debian's own archive (trixie source package), checked and
# patched by the build (third_party/jsonnet/CMakeLists.txt); fetched here so the first build needs no network.
"$here/third_party/jsonnet/fetch-source.sh" "$here/third_party/jsonnet/download"

if [ "$with_tests" -eq 1 ]; then
  # Prism validates every request Hookmail makes against the official OpenAPI specs; pinned by the lockfile.
  if [ ! -x "$here/tests/prism/node_modules/.bin/prism" ]; then
    echo "Installing Prism 5.14.2 (npm ci, pinned by tests/prism/package-lock.json)"
    (cd "$here/tests/prism" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  # The email-client lint (caniemail data) and MJML, the reference it is compared with; pinned by the lockfile.
  if [ ! -f "$here/tests/emaillint/node_modules/@jsx-email/doiuse-email/package.json" ] ||
     [ ! -f "$here/tests/emaillint/node_modules/mjml/package.json" ]; then
    echo "Installing @jsx-email/doiuse-email 1.0.4 and mjml 4.15.3 (npm ci, pinned by tests/emaillint/package-lock.json)"
    (cd "$here/tests/emaillint" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
