#!/bin/sh
# Makes a fresh clone ready for `npm test` and `npm start`: installs the npm packages when
# node_modules is missing or older than package-lock.json, and makes sure there is a
# Chromium to drive (and with --firefox, as `npm test` passes, a Firefox) and an Apache httpd
# for the sync tests. Plain sh, because it has to run before any npm package exists.
set -eu
cd "$(dirname "$0")/../.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (npm ci)..."
  npm ci --no-audit --no-fund
fi

# tests/support/chromium.ts decides which browser the tests use (and says why there is
# none on stderr), so ask it rather than guess here.
find_chromium() {
  npx --no-install tsx tests/support/chromium.ts >/dev/null
}

if ! find_chromium; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    exit 1
  fi
  echo "Installing Debian's chromium package..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
  find_chromium
fi

# The Firefox suite (tests/firefox) drives a real Firefox: tests/support/firefox.ts picks
# $FIREFOX_PATH or Debian's firefox-esr, and says why there is none. `npm start` needs none.
find_firefox() {
  npx --no-install tsx tests/support/firefox.ts >/dev/null
}

if [ "${1:-}" = --firefox ] && ! find_firefox; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    exit 1
  fi
  echo "Installing Debian's firefox-esr package..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends firefox-esr
  find_firefox
fi

# The WebDAV client's tests run Debian's Apache httpd with mod_dav from their own config
# (tests/support/webdav/apache.ts). apache2-bin holds the server and its modules without the
# system service, which would otherwise start listening on port 80.
if [ ! -x /usr/sbin/apache2 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "The sync tests need Apache httpd: install Debian's apache2-bin package (apt-get install apache2-bin)." >&2
    exit 1
  fi
  echo "Installing Debian's apache2-bin package..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends apache2-bin
fi
