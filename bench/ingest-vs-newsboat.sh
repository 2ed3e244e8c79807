#!/bin/sh
# Ingest comparison (issue 14, README "Performance"): the same gen_corpus.py feeds, served by
# nginx on loopback, read by newsboat (a C++ reader that also stores every item in SQLite) and
# measured by `rawafid bench ingest --corpus` and `bench parse-only --corpus`, alternated in the
# same minutes so the ratios are fair on a noisy machine. Loopback only; stops by itself.
# Needs: python3, nginx-light, newsboat (Debian), a built jar.
#
#   mvn -B -q -DskipTests package && sh bench/ingest-vs-newsboat.sh [SOURCES] [ITEMS] [ROUNDS] [JAR]
#
# Prints one key=value line per measurement:
#   tool=newsboat phase=first seconds=… items=… items_per_s=…
#   tool=rawafid phase=first … (bench ingest's own line)   tool=rawafid phase=parse-only …
# then, per round, issue 14's two first-poll ratios (goals: ingest ≥ 0.5 of parse-only, ≥ 1 of newsboat):
#   tool=ratio round=… ingest_of_parse_only=… ingest_of_newsboat=…
# and their medians over the rounds: tool=ratio round=median …
set -eu
SOURCES=${1:-500}
ITEMS=${2:-30}
ROUNDS=${3:-3}
JAR=$(realpath "${4:-target/rawafid.jar}")
HERE=$(dirname "$(realpath "$0")")
PORT=18732
W=$(mktemp -d /tmp/rawafid-newsboat.XXXXXX)
mkdir -p "$W/tmp"
python3 "$HERE/../../shared/bench/gen_corpus.py" "$W/corpus" "$SOURCES" "$ITEMS" --port "$PORT" >/dev/null
chmod -R a+rX "$W"   # nginx workers run as www-data
cat > "$W/nginx.conf" <<EOF
daemon on;
worker_processes 2;
pid nginx.pid;
error_log nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    types { application/xml xml; }
    sendfile on;
    etag on;
    client_body_temp_path tmp;
    proxy_temp_path tmp;
    fastcgi_temp_path tmp;
    uwsgi_temp_path tmp;
    scgi_temp_path tmp;
    server { listen 127.0.0.1:$PORT; root corpus; }
}
EOF
nginx -p "$W" -c "$W/nginx.conf"
trap 'nginx -p "$W" -c "$W/nginx.conf" -s stop 2>/dev/null; rm -rf "$W"' EXIT
sleep 0.5
TOTAL=$((SOURCES * ITEMS))

newsboat_round() {
  rm -f "$W/nb-cache.db" "$W/nb-cache.db.lock"
  printf 'reload-threads 4\nmax-items 0\n' > "$W/nb-config"
  for phase in first second; do   # second: every feed answers 304 to the stored ETag
    t0=$(date +%s.%N)
    newsboat -u "$W/corpus/urls.txt" -c "$W/nb-cache.db" -C "$W/nb-config" -x reload >/dev/null 2>&1
    t1=$(date +%s.%N)
    awk -v p="$phase" -v a="$t0" -v b="$t1" -v n="$TOTAL" 'BEGIN {
      s = b - a; items = (p == "first") ? n : 0
      printf "tool=newsboat phase=%s sources=%d seconds=%.2f items=%d items_per_s=%.0f\n", p, n, s, items, items / s }' \
      | sed "s/sources=$TOTAL/sources=$SOURCES/"
  done
}

# The first-poll items_per_s of one tool and phase among a round's lines.
rate() {
  awk -v want="$1" '$1 " " $2 == want { for (f = 3; f <= NF; f++) if ($f ~ /^items_per_s=/) { sub(/^items_per_s=/, "", $f); print $f } }'
}

i=0
while [ "$i" -lt "$ROUNDS" ]; do
  i=$((i + 1))
  {
    java -Xmx512m -jar "$JAR" bench parse-only --corpus "$W/corpus" | sed 's/^/tool=rawafid /'
    java -Xmx512m -jar "$JAR" bench ingest --corpus "$W/corpus" --latency 0 | sed 's/^/tool=rawafid /'
    newsboat_round
  } > "$W/round"
  cat "$W/round"
  parse=$(rate "tool=rawafid phase=parse-only" < "$W/round")
  ingest=$(rate "tool=rawafid phase=first" < "$W/round")
  newsboat=$(rate "tool=newsboat phase=first" < "$W/round")
  awk -v r="$i" -v p="$parse" -v g="$ingest" -v n="$newsboat" 'BEGIN {
    printf "tool=ratio round=%d ingest_of_parse_only=%.3f ingest_of_newsboat=%.3f\n", r, g / p, g / n }' \
    | tee -a "$W/ratios"
done
# Medians over the rounds (the lower middle one for an even count).
awk '{ for (f = 3; f <= NF; f++) { split($f, kv, "="); v[kv[1], NR] = kv[2] } }
  END {
    line = "tool=ratio round=median"
    split("ingest_of_parse_only ingest_of_newsboat", keys, " ")
    for (k = 1; k <= 2; k++) {
      n = 0
      for (r = 1; r <= NR; r++) a[++n] = v[keys[k], r] + 0
      for (x = 2; x <= n; x++) for (y = x; y > 1 && a[y - 1] > a[y]; y--) { t = a[y]; a[y] = a[y - 1]; a[y - 1] = t }
      line = line sprintf(" %s=%.3f", keys[k], a[int((n + 1) / 2)])
    }
    print line
  }' "$W/ratios"
