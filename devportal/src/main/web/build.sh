#!/usr/bin/env bash
# Bundles the portal's single-page app into $1 (the jar's dev/banter/portal/web/): npm ci when the lock file is newer
# than node_modules, then esbuild through build.mjs. Run by Maven (exec-maven-plugin) in the devportal directory.
set -euo pipefail
out="${1:?usage: build.sh OUTPUT_DIR}"
for tool in node npm; do
  if ! command -v "$tool" > /dev/null 2>&1; then
    echo "devportal: '$tool' was not found on PATH. The portal's editor (CodeMirror 6) is bundled at build time with" \
      "Node.js 18 or newer and npm: install them (Debian: apt-get install -y nodejs npm), or leave the module out" \
      "of the build (-pl '!devportal')." >&2
    exit 1
  fi
done
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node src/main/web/build.mjs "$out"
