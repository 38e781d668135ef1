#!/usr/bin/env bash
# Make sure Debian's Chromium (/usr/bin/chromium) is installed, for the Playwright browser journey,
# plus a CJK font so that Chinese text renders. Prints the Chromium version.
# (Playwright's own browser download cannot be used: only the package registries are reachable.)
set -euo pipefail
# shellcheck source=infra/lib.sh
source "$(dirname "$0")/lib.sh"

pkgs=()
[[ -x /usr/bin/chromium ]] || pkgs+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [[ -z $(fc-list :lang=zh family 2>/dev/null) ]]; then
  pkgs+=(fonts-wqy-microhei fontconfig)
fi
if ((${#pkgs[@]})); then
  if qs_is_root; then
    qs_apt_install "${pkgs[@]}"
  elif [[ ! -x /usr/bin/chromium ]]; then
    qs_die "/usr/bin/chromium is missing: install it as root (apt-get install -y chromium fonts-wqy-microhei)"
  else
    qs_log "no CJK font found (apt-get install -y fonts-wqy-microhei as root); Chinese text may render as boxes"
  fi
fi
# (stderr hidden: the Debian launcher complains about findmnt output on some machines)
/usr/bin/chromium --version 2>/dev/null
