#!/usr/bin/env bash
# Injection scan of the running platform with sqlmap (Debian package `sqlmap`), for docs/quality-report.md.
# Usage: tools/quality/sqlmap.sh [base-url]     (default http://localhost:8080, the README's run command)
# Start the platform with the limits lifted for the scan's one member and address (sqlmap sends thousands of
# requests; a 429 would answer them before any query ran, and the scan would prove nothing):
#   TAKATUF_THROTTLE_WRITES_PER_MEMBER_ATTEMPTS=1000000 TAKATUF_THROTTLE_WRITES_PER_ADDRESS_ATTEMPTS=1000000 \
#   TAKATUF_THROTTLE_WRITES_PLEDGES_ATTEMPTS=1000000 TAKATUF_THROTTLE_WRITES_COMMENTS_ATTEMPTS=1000000 \
#   TAKATUF_THROTTLE_SIGNINPERACCOUNTANDADDRESS_ATTEMPTS=1000000 TAKATUF_THROTTLE_SIGNINPERADDRESS_ATTEMPTS=1000000 \
#   TAKATUF_THROTTLE_SIGNINPERACCOUNT_ATTEMPTS=1000000 TAKATUF_MODERATION_REPORTSPERPERIOD=1000000 ./mvnw spring-boot:run
# Each target's log counts the HTTP error codes sqlmap saw; a scan whose answers were mostly 429 is reported
# as UNCLEAR, not clean.
# Scans every public GET filter and search parameter, the sign-in and case-report forms (with their CSRF
# token), and the member forms behind sign-in (a demo account). Prints one line per target and exits 1 if
# sqlmap reports an injectable parameter.
set -uo pipefail
base=${1:-http://localhost:8080}
out=${OUT:-/tmp/takatuf-sqlmap}
rm -rf "$out"; mkdir -p "$out"
opts=(--batch --level=3 --risk=1 --technique=BEUST --time-sec=2 --output-dir="$out/data"
      --disable-coloring --flush-session)

first() { # the first id in a JSON list answer
  curl -fs "$base$1" | python3 -c 'import sys,json; d=json.load(sys.stdin); d=d.get("items", d) if isinstance(d, dict) else d; print(d[0]["id"])'
}
campaign=$(first /api/v1/campaigns)
event=$(first /api/v1/events)
listing=$(first /api/v1/listings)

get_targets=(
  "/search?q=winter"
  "/api/v1/search?q=winter"
  "/groups?q=run&page=0"
  "/api/v1/groups?q=run&page=0"
  "/organisations?city=Beirut&kind=CHARITY&page=0"
  "/api/v1/organisations?city=Beirut&page=0&size=20"
  "/exchange?q=coat&city=beirut&category=CLOTHES&kind=OFFER"
  "/api/v1/listings?q=coat&city=beirut"
  "/local?q=food&city=beirut&category=FOOD"
  "/api/v1/businesses?q=food&city=beirut"
  "/opportunities?city=cairo&activity=DISTRIBUTION"
  "/api/v1/opportunities?city=cairo"
  "/cases?city=BEIRUT&category=WINTER"
  "/cases/needs?city=BEIRUT"
  "/complaints?q=network"
  "/tags/winter"
  "/campaigns/$campaign?ref=whatsapp"
  "/events/$event?ref=telegram"
  "/exchange/listings/$listing?ref=facebook"
)
found=0
scan() { # name, then sqlmap arguments
  local name=$1; shift
  local log="$out/$(echo "$name" | tr -c 'A-Za-z0-9' '_').log"
  sqlmap "${opts[@]}" "$@" >"$log" 2>&1
  if grep -qiE "is vulnerable|sqlmap identified the following injection point" "$log"; then
    echo "INJECTABLE	$name	(see $log)"; found=1
  elif [[ $name == *"(member)"* ]] && grep -m1 -E "got a 30[0-9] redirect" "$log" | grep -q "/login"; then
    echo "UNCLEAR	$name	the member's session was not accepted (redirected to /login)"
  elif grep -qE "429 \(Too Many Requests\) - [0-9]{3,}" "$log"; then
    echo "UNCLEAR	$name	$(grep -oE "429 \(Too Many Requests\) - [0-9]+ times" "$log"): lift the limits (see the usage above)"
  elif grep -qiE "all tested parameters do not appear to be injectable|do not appear to be injectable" "$log"; then
    echo "clean	$name	$(grep -c "testing '" "$log") tests"
  else
    echo "UNCLEAR	$name	$(tail -1 "$log")"
  fi
}
[ -n "${FORMS_ONLY:-}" ] && get_targets=()   # FORMS_ONLY=1: only the forms below
for t in "${get_targets[@]}"; do
  scan "GET $t" -u "$base$t" --threads=2
done

# a signed-in member: the group search and the profile form
jar="$out/cookies.txt"
page=$(curl -fs -c "$jar" -b "$jar" "$base/login")
csrf=$(echo "$page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=layla@takatuf.local" \
  --data-urlencode "password=takatuf-demo-2026" --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 ~ /SESSION/ {print $6"="$7}' "$jar" | head -1)
# signed in only if /me answers 200 with this cookie (not a redirect to /login)
me=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$base/me")
# the sign-in form scan comes after the member's sign-in: its hundreds of failed tries trip the per-address
# sign-in limit (429), which would refuse the member's sign-in from the same address
# the sign-in form (anonymous, CSRF token from the page)
scan "POST /login" -u "$base/login" --data "email=nobody%40example.org&password=wrongpassword1&_csrf=x" \
  --csrf-token=_csrf --csrf-url="$base/login" -p email,password
if [ -n "$session" ] && [ "$me" = 200 ]; then
  scan "GET /feed (member)" -u "$base/feed?page=0" --cookie="$session" --drop-set-cookie --answers="encode=N" -p page --threads=2
  scan "GET /me/cases (member)" -u "$base/me/cases?page=0" --cookie="$session" --drop-set-cookie --answers="encode=N" -p page --threads=2
  scan "POST /me/profile (member)" -u "$base/me/profile" --cookie="$session" --drop-set-cookie --answers="encode=N" \
    --data "displayName=Layla&city=Beirut&bio=x&languages=ar&preferredLocale=ar&_csrf=x" --csrf-token=_csrf \
    --csrf-url="$base/me/profile" -p displayName,city,bio,languages,preferredLocale
  # the money form: a fresh submission key for every request (otherwise the first answer is replayed)
  scan "POST /campaigns/{id}/pledges (member)" -u "$base/campaigns/$campaign/pledges" --cookie="$session" --drop-set-cookie --answers="encode=N" \
    --data "method=TRANSFER&amount=10&message=x&key=k&_csrf=x" --randomize=key --csrf-token=_csrf \
    --csrf-url="$base/campaigns/$campaign/give" -p method,amount,message
  scan "POST /engage/comments (member)" -u "$base/engage/comments" --cookie="$session" --drop-set-cookie --answers="encode=N" \
    --data "type=campaign&id=$campaign&body=hello&requestKey=k&_csrf=x" --randomize=requestKey --csrf-token=_csrf \
    --csrf-url="$base/campaigns/$campaign" -p type,body
  scan "POST /moderation/reports (member)" -u "$base/moderation/reports" --cookie="$session" --drop-set-cookie --answers="encode=N" \
    --data "type=listing&id=$listing&reason=SPAM&note=x&_csrf=x" --csrf-token=_csrf \
    --csrf-url="$base/moderation/report?type=listing&id=$listing" -p type,reason,note
  scan "POST /me/language (member)" -u "$base/me/language" --cookie="$session" --drop-set-cookie --answers="encode=N" \
    --data "lang=ar&back=%2F&_csrf=x" --csrf-token=_csrf --csrf-url="$base/me" -p lang,back
else
  echo "UNCLEAR	member forms	could not sign in as layla@takatuf.local"
fi
exit $found
