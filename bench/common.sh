# Shared by pledges.sh and crash.sh: start the packaged application against a fresh database on the
# machine's PostgreSQL service (127.0.0.1:5432, user postgres), and seed one campaign with a donor's token.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8082}
DB=${DB:-takatuf_bench}
# the JDK production would run on (ops/run.sh); HttpFloor.java runs on it too
JAVA=${JAVA:-$("$root/ops/java.sh")}
DATA_DIR=${DATA_DIR:-/tmp/takatuf-giving-bench}
APP_LOG=${APP_LOG:-/tmp/takatuf-giving-bench.log}

jar() {
  ls "$root"/target/takatuf-*.jar 2>/dev/null | grep -v plain | head -1
}

build_if_needed() {
  if [ -z "$(jar)" ] || [ -n "${REBUILD:-}" ]; then
    (cd "$root" && ./mvnw -q -ntp -DskipTests package)
  fi
}

fresh_database() {
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
}

start_app() {
  rm -rf "$DATA_DIR"
  # one bench donor's token stands for thousands of donors: the per-member write limits are lifted for it
  TAKATUF_THROTTLE_WRITES_PLEDGES_ATTEMPTS=1000000000 TAKATUF_THROTTLE_WRITES_PER_MEMBER_ATTEMPTS=1000000000 \
  SERVER_PORT=$PORT TAKATUF_DATA_DIR=$DATA_DIR TAKATUF_DEMO_ENABLED=false TAKATUF_MAIL_CATCHER_ENABLED=true \
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER SPRING_DATASOURCE_PASSWORD= \
  SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=${POOL:-20} \
  TAKATUF_JAR="$(jar)" JAVA="$JAVA" JAVA_OPTS="-Xmx768m ${JAVA_OPTS:-}" \
    "$root/ops/run.sh" --logging.level.root=WARN >>"$APP_LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  echo "the application did not start; see $APP_LOG" >&2
  return 1
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
}

# One verified organisation, one open fundraising campaign with bank instructions, one donor with an API token.
seed() {
  TOKEN="tkt_bench_$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  local hash
  hash=$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)
  CAMPAIGN=$(psql -X -q -At -d $DB <<SQL
INSERT INTO member (id, email, password_hash, display_name, email_verified_at, created_at)
  VALUES ('00000000-0000-0000-0000-0000000000b1', 'bench-organiser@takatuf.local', 'x', 'منظّم', now(), now()),
         ('00000000-0000-0000-0000-0000000000b2', 'bench-donor@takatuf.local', 'x', 'متبرع', now(), now());
INSERT INTO organisation (id, slug, name, kind, city, description, status, verified_at, created_at, created_by)
  VALUES ('00000000-0000-0000-0000-0000000000c1', 'bench', 'Bench', 'CHARITY', 'Riyadh', 'bench', 'VERIFIED', now(), now(),
          '00000000-0000-0000-0000-0000000000b1');
INSERT INTO organisation_member (organisation_id, member_id, role, joined_at)
  VALUES ('00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-0000000000b1', 'ADMIN', now());
INSERT INTO campaign (id, organisation_id, created_by, kind, title, story, goal_minor, currency, bank_name, bank_iban, bank_holder, short_code, created_at)
  VALUES ('00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-0000000000b1',
          'FUNDRAISING', 'Viral', 'Viral', 800000000000, 'SAR', 'Bank', 'SA0380000000608010167519', 'Bench', 'BNCH7Q2', now());
INSERT INTO api_token (id, member_id, name, token_hash, prefix, created_at)
  VALUES (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b2', 'bench', '$hash', 'tkt_be', now());
SELECT '00000000-0000-0000-0000-0000000000d1';
SQL
)
  export TOKEN CAMPAIGN
}
