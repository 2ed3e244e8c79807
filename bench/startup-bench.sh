#!/bin/sh
# Start-up benchmark (README, Performance): time from launching `rawafid serve` with N
# file: sources to the first 200 for the merged feed. Needs python3 and curl.
#
#   sh bench/startup-bench.sh [target/rawafid.jar] [N]
set -eu
JAR=$(realpath "${1:-target/rawafid.jar}")
N=${2:-1000}
HERE=$(dirname "$(realpath "$0")")
W=$(mktemp -d /tmp/rawafid-startup.XXXXXX)
python3 "$HERE/../../shared/bench/gen_corpus.py" "$W/corpus" "$N" 1 >/dev/null
{
  printf 'service:\n  port: 18090\n  bind: 127.0.0.1\n  baseUrl: http://127.0.0.1:18090\n  database: %s/rawafid.db\n  retention: 3650d\n' "$W"
  printf 'defaults:\n  interval: 7d\nsources:\n'
  i=0
  for f in "$W"/corpus/f*.xml; do
    i=$((i + 1)); printf '  - id: s%d\n    url: file://%s\n    tags: [bench]\n' "$i" "$f"
  done
  printf 'feeds:\n  - id: bench\n    title: bench\n    tags: [bench]\n'
} > "$W/feeds.yml"
# Starts on the same files: the first creates and migrates the database and writes a
# class-data-sharing archive of the classes it loaded (JDK 17: -XX:ArchiveClassesAtExit);
# "restart" finds the database current (the usual case); "restart-cds" also maps that
# archive (-XX:SharedArchiveFile) instead of loading and verifying ~6,500 classes again.
for phase in first restart restart-cds; do
  case $phase in
    first) opts="-XX:ArchiveClassesAtExit=$W/rawafid.jsa" ;;
    restart) opts="" ;;
    restart-cds) opts="-XX:SharedArchiveFile=$W/rawafid.jsa" ;;
  esac
  start=$(date +%s%N)
  java $opts -Xmx256m -jar "$JAR" serve -c "$W/feeds.yml" >"$W/serve-$phase.log" 2>&1 &
  PID=$!
  trap 'kill $PID 2>/dev/null; true' EXIT
  until curl -sf -o /dev/null http://127.0.0.1:18090/feeds/bench.rss; do sleep 0.05; done
  end=$(date +%s%N)
  echo "phase=$phase sources=$N startup_to_first_feed_ms=$(( (end - start) / 1000000 ))"
  kill $PID; wait $PID 2>/dev/null || true
done
