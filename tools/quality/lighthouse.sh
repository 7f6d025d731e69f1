#!/usr/bin/env bash
# Lighthouse (npm, driving Debian's chromium) on the home, a campaign and an opportunity page of the running
# platform, in Arabic and English, for docs/quality-report.md. Prints one line per page and language with the
# four category scores, and exits 1 when accessibility or best practices is below 95.
# Usage: tools/quality/lighthouse.sh [base-url]    (default http://localhost:8080, the README's run command)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=${1:-http://localhost:8080}
out=${OUT:-/tmp/takatuf-lighthouse}
mkdir -p "$out"
[ -x "$here/node_modules/.bin/lighthouse" ] || (cd "$here" && npm install --no-audit --no-fund --silent)
first() {
  curl -fs "$base$1" | python3 -c 'import sys,json; d=json.load(sys.stdin); d=d.get("items", d) if isinstance(d, dict) else d; print(d[0]["id"])'
}
pages=("home|/" "campaign|/campaigns/$(first /api/v1/campaigns)" "opportunity|/opportunities/$(first /api/v1/opportunities)")
low=0
for page in "${pages[@]}"; do
  name=${page%%|*}; path=${page#*|}
  for lang in ar en; do
    CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} "$here/node_modules/.bin/lighthouse" "$base$path?lang=$lang" --quiet \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
      --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$out/$name-$lang.json" >/dev/null 2>&1
    python3 - "$out/$name-$lang.json" "$name" "$lang" <<'PY' || low=1
import json, sys
d = json.load(open(sys.argv[1]))
s = {k: round(v["score"] * 100) for k, v in d["categories"].items()}
print(f"{sys.argv[2]}\t{sys.argv[3]}\tperformance={s['performance']}\taccessibility={s['accessibility']}\tbest-practices={s['best-practices']}\tseo={s['seo']}")
failed = [a["id"] for a in d["audits"].values() if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"]
if failed:
    print("\tnot passed: " + ", ".join(sorted(failed)))
sys.exit(0 if s["accessibility"] >= 95 and s["best-practices"] >= 95 else 1)
PY
  done
done
exit $low
