#!/usr/bin/env bash
# Best effort: Debian's chromium and chromedriver for tests/test_browser.py.
# Installs only when missing, as root, with apt-get; otherwise says why not.
set -uo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "note: chromium/chromedriver missing and not root with apt-get; browser tests will skip" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null \
    || echo "note: could not install chromium/chromium-driver; browser tests will skip" >&2
exit 0
