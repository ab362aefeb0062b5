#!/usr/bin/env bash
# Installs what LCN needs on Debian 12 and is not there yet: the C++ toolchain and libraries,
# PostgreSQL 15 (for the test suite), Chromium (browser tests), Node.js/npm (web UI), and the
# Clang 14 tools the build's checks use: clang-format (format check), clang-tidy (tidy on
# changed files) and clang++ (the -Wthread-safety check). The sanitizer runtimes (libasan8,
# libubsan1, libtsan2) come with GCC 12's build-essential.
# Uses sudo when not root. Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libsqlite3-dev libpq-dev libsodium-dev nlohmann-json3-dev libcli11-dev libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev libvalijson-dev
  postgresql chromium
  clang clang-tidy clang-format
)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed" >&2
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
