#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (playwright cannot
# download its own browser here). Install it when missing and we are allowed to.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "skills-network: browser tests need Chromium at $browser. Install it with: sudo apt-get install chromium (or set CHROMIUM_PATH)." >&2
  exit 1
fi
echo "skills-network: installing Debian's chromium for the browser tests" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-liberation >/dev/null
