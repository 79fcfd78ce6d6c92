#!/usr/bin/env bash
# JSON Resume half of the wild corpus: renders every (theme, doc) pair of theme-rules.mjs to
#   OUT_DIR/resumes/jr-<theme>-<doc>.{html,pdf,docx,odt,txt}  and  OUT_DIR/gold/jr-<theme>-<doc>.json
# Usage: render.sh OUT_DIR [--only SUBSTRING] [--no-convert] [--check]
# Needs node >= 20 with npm, chromium and LibreOffice writer; on Debian 12:
#   apt-get install -y chromium libreoffice-writer-nogui nodejs npm
# Runs `npm ci` here first when node_modules/ is missing (needs the npm registry, ~20 s).
# Takes about 2.5 minutes for the 75 stems (375 resume files + 75 gold files) on a quiet 2-core
# machine, about 6 when other work shares it: ~3-4 s per PDF under load (a Chromium start each), then the LibreOffice
# batches (docx, odt) and the text of each page.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:?usage: render.sh OUT_DIR [--only SUBSTRING] [--no-convert] [--check]}
shift
mkdir -p "$out"
out=$(cd "$out" && pwd)
for c in node npm soffice; do
  command -v "$c" >/dev/null || { echo "render.sh: $c not found (apt-get install -y chromium libreoffice-writer-nogui nodejs npm)" >&2; exit 1; }
done
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null \
  || { echo "render.sh: chromium not found" >&2; exit 1; }
cd "$here"
if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
exec node render.mjs "$out" "$@"
