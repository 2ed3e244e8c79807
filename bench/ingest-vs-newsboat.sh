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

i=0
while [ "$i" -lt "$ROUNDS" ]; do
  i=$((i + 1))
  java -Xmx512m -jar "$JAR" bench parse-only --corpus "$W/corpus" | sed 's/^/tool=rawafid /'
  java -Xmx512m -jar "$JAR" bench ingest --corpus "$W/corpus" --latency 0 | sed 's/^/tool=rawafid /'
  newsboat_round
done
