#!/bin/sh
# Serving benchmark (README, Performance): a cached 50-entry feed from `rawafid serve`
# against nginx serving the same bytes as a static file, with wrk at 64 connections:
# plain 200s, 304s (If-None-Match) and gzip. Needs: wrk, nginx-light, python3, curl.
#
#   mvn -B -q -DskipTests package && sh bench/serve-bench.sh [target/rawafid.jar] [SECONDS]
set -eu
JAR=$(realpath "${1:-target/rawafid.jar}")
SECS=${2:-10}
HERE=$(dirname "$(realpath "$0")")
W=$(mktemp -d /tmp/rawafid-serve.XXXXXX)
mkdir -p "$W/www/feeds" "$W/tmp"
python3 "$HERE/../../shared/bench/gen_corpus.py" "$W/corpus" 5 20 >/dev/null   # 100 items, > 50 entries
{
  printf 'service:\n  port: 18080\n  bind: 127.0.0.1\n  baseUrl: http://127.0.0.1:18080\n  database: %s/rawafid.db\n  retention: 3650d\n' "$W"
  printf 'defaults:\n  interval: 7d\nsources:\n'
  i=0
  for f in "$W"/corpus/f*.xml; do
    i=$((i + 1)); printf '  - id: s%d\n    url: file://%s\n    tags: [bench]\n' "$i" "$f"
  done
  printf 'feeds:\n  - id: bench\n    title: bench\n    tags: [bench]\n    limit: 50\n    maxAge: 3650d\n'
} > "$W/feeds.yml"
chmod 755 "$W"   # nginx workers run as www-data
# A 1 s start window: the startup fetches must be over before measuring, or each one
# re-renders the feed and changes its ETag mid-run.
java -Xmx256m -Drawafid.startWindowSeconds=1 -jar "$JAR" serve -c "$W/feeds.yml" >"$W/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; nginx -p "$W" -c "$HERE/nginx.conf" -s stop 2>/dev/null; true' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null http://127.0.0.1:18080/feeds/bench.rss && break; sleep 0.5; done
sleep 5
curl -sf http://127.0.0.1:18080/feeds/bench.rss -o "$W/www/feeds/bench.rss"
gzip -9 -k "$W/www/feeds/bench.rss"
echo "entries=$(grep -c '<item>' "$W/www/feeds/bench.rss") bytes=$(wc -c < "$W/www/feeds/bench.rss")"
nginx -p "$W" -c "$HERE/nginx.conf"
sleep 0.5
for server in rawafid:18080 nginx:18081; do
  name=${server%%:*}; url="http://127.0.0.1:${server#*:}/feeds/bench.rss"
  etag=$(curl -s -D - -o /dev/null "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
  curl -s -o /dev/null "$url"   # warm the cache / JIT a little
  wrk -t2 -c64 -d"${SECS}s" --latency "$url" >/dev/null 2>&1   # warm-up round, not reported
  for kind in 200 304 gzip; do
    case $kind in
      200) out=$(wrk -t2 -c64 -d"${SECS}s" --latency "$url") ;;
      304) out=$(wrk -t2 -c64 -d"${SECS}s" --latency -H "If-None-Match: $etag" "$url") ;;
      gzip) out=$(wrk -t2 -c64 -d"${SECS}s" --latency -H "Accept-Encoding: gzip" "$url") ;;
    esac
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    errors=$(echo "$out" | awk '/Non-2xx/{print $NF}')
    # errors: wrk's "Non-2xx or 3xx responses" line, which counts only 4xx/5xx
    echo "server=$name kind=$kind req_per_s=$rps p99=$p99 errors=${errors:-0}"
  done
done
