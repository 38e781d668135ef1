#!/usr/bin/env bash
# Make sure Debian's Chromium (/usr/bin/chromium) is installed, for the Playwright browser journey,
# plus a CJK font so that Chinese text renders. Prints the Chromium version.
# (Playwright's own browser download cannot be used: only the package registries are reachable.)
set -euo pipefail
# shellcheck source=infra/lib.sh
source "$(dirname "$0")/lib.sh"

pkgs=()
qs_find_chromium >/dev/null || pkgs+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [[ -z $(fc-list :lang=zh family 2>/dev/null) ]]; then
  pkgs+=(fonts-wqy-microhei fontconfig)
fi
if ((${#pkgs[@]})); then
  if qs_is_root; then
    qs_apt_install "${pkgs[@]}"
  elif ! qs_find_chromium >/dev/null; then
    qs_die "no Chromium found: install it (Debian: apt-get install -y chromium fonts-wqy-microhei) or set CHROMIUM_PATH"
  else
    qs_log "no CJK font found (apt-get install -y fonts-wqy-microhei as root); Chinese text may render as boxes"
  fi
fi
# (stderr hidden: the Debian launcher complains about findmnt output on some machines)
"$(qs_find_chromium)" --version 2>/dev/null
