#!/bin/sh
# Front-page benchmark (README, Performance, "Front page"): `/` of a service with N sources
# (default 5,000; one in 125 failing), warm cache, wrk at 16 connections: 200s and 304s.
# The sources' states are written straight into the database (next fetch a day away), so no
# fetch runs and nothing invalidates the page during the measurement. Needs: wrk, sqlite3, curl.
#
#   mvn -B -q -DskipTests package && sh bench/front-page-bench.sh [target/rawafid.jar] [SOURCES] [SECONDS]
set -eu
JAR=$(realpath "${1:-target/rawafid.jar}")
N=${2:-5000}
SECS=${3:-10}
W=$(mktemp -d /tmp/rawafid-front.XXXXXX)
{
  printf 'service:\n  port: 18090\n  bind: 127.0.0.1\n  baseUrl: http://127.0.0.1:18090\n  database: %s/rawafid.db\n' "$W"
  printf 'defaults:\n  interval: 1d\nsources:\n'
  i=0
  while [ $i -lt "$N" ]; do
    printf '  - {id: s%d, url: "http://127.0.0.1:9/s%d.xml", title: "مصدر رقم %d", tags: [t%d]}\n' $i $i $i $((i % 5))
    i=$((i + 1))
  done
  printf 'feeds:\n'
  for t in 0 1 2 3 4; do printf '  - {id: f%d, title: "خلاصة %d", tags: [t%d], limit: 50}\n' $t $t $t; done
  printf '  - {id: all, title: الكل, tags: [t0, t1, t2, t3, t4], dedupe: story, limit: 100}\n'
} > "$W/feeds.yml"
java -jar "$JAR" prune -c "$W/feeds.yml" --dry-run >/dev/null 2>&1   # creates and migrates the database
NOW=$(($(date +%s) * 1000))
{
  echo "BEGIN;"
  i=0
  while [ $i -lt "$N" ]; do
    if [ $((i % 125)) -eq 7 ]; then
      echo "INSERT INTO source_state (source_id, url, configured_url, last_fetch_at, outcome, http_status, last_error, failures, next_fetch_at) VALUES ('s$i', 'http://127.0.0.1:9/s$i.xml', 'http://127.0.0.1:9/s$i.xml', $((NOW - 300000)), 'failed', 503, 'HTTP 503 Service Unavailable from http://127.0.0.1:9/s$i.xml', 3, $((NOW + 86400000)));"
    else
      echo "INSERT INTO source_state (source_id, url, configured_url, last_fetch_at, last_success_at, outcome, http_status, failures, next_fetch_at) VALUES ('s$i', 'http://127.0.0.1:9/s$i.xml', 'http://127.0.0.1:9/s$i.xml', $((NOW - 300000)), $((NOW - 300000)), 'not-modified', 304, 0, $((NOW + 86400000)));"
    fi
    i=$((i + 1))
  done
  echo "COMMIT;"
} | sqlite3 "$W/rawafid.db"
java -Xmx256m -jar "$JAR" serve -c "$W/feeds.yml" >"$W/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; true' EXIT
URL=http://127.0.0.1:18090/
for _ in $(seq 1 240); do curl -sf -o /dev/null "$URL" && break; sleep 0.5; done
bytes=$(curl -s "$URL" | wc -c)
gz=$(curl -s -H 'Accept-Encoding: gzip' "$URL" | wc -c)
etag=$(curl -s -D - -o /dev/null "$URL" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
etag2=$(curl -s -D - -o /dev/null "$URL" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
echo "sources=$N bytes=$bytes gzip_bytes=$gz etag_stable=$([ "$etag" = "$etag2" ] && echo yes || echo no)"
wrk -t2 -c16 -d"${SECS}s" "$URL" >/dev/null 2>&1   # warm-up round (JIT), not reported
for kind in 200 304 gzip; do
  case $kind in
    200) out=$(wrk -t2 -c16 -d"${SECS}s" --latency "$URL") ;;
    304) out=$(wrk -t2 -c16 -d"${SECS}s" --latency -H "If-None-Match: $etag" "$URL") ;;
    gzip) out=$(wrk -t2 -c16 -d"${SECS}s" --latency -H "Accept-Encoding: gzip" "$URL") ;;
  esac
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/{print $NF}')
  echo "kind=$kind req_per_s=$rps p50=$p50 p99=$p99 errors=${errors:-0}"
done
cold=$(curl -s -o /dev/null -w '%{time_total}' "${URL}?page=25")
echo "first_render_of_a_page_s=$cold load=$(cut -d' ' -f1-3 /proc/loadavg)"
