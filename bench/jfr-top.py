#!/usr/bin/env python3
"""Where the CPU of a JFR recording goes, by method and by pipeline stage (README, Performance).

  java -Xmx512m -XX:StartFlightRecording=filename=/tmp/r.jfr,settings=profile -jar target/rawafid.jar \
      bench ingest --sources 500 --items 30 --latency 0
  jfr print --json --stack-depth 200 --events jdk.ExecutionSample /tmp/r.jfr > /tmp/r.json
  python3 bench/jfr-top.py /tmp/r.json [N]

Prints the N hottest top-of-stack methods, the hottest rawafid methods counted inclusively, and a
stage breakdown: each sample goes to the innermost rawafid frame's stage (so fingerprinting called
from the store counts as fingerprint, jsoup called from the cleaner as clean).
"""
import collections
import json
import sys

STAGES = [
    ('fingerprint', ('org/rawafid/dedupe/Fingerprinter',)),
    ('search terms', ('org/rawafid/search/',)),
    ('matcher', ('org/rawafid/dedupe/StoryMatcher', 'org/rawafid/dedupe/Cue', 'org/rawafid/dedupe/Gazetteer')),
    ('summarizer', ('org/rawafid/clean/Summarizer',)),
    ('title', ('org/rawafid/clean/TitleCleaner',)),
    ('clean', ('org/rawafid/clean/',)),
    ('parse', ('org/rawafid/parse/', 'com/rometools')),
    ('sql', ('org/sqlite', 'org/springframework/jdbc', 'com/zaxxer', 'org/rawafid/store/',
             'org/rawafid/dedupe/BandTable', 'org/flywaydb')),
    ('normalize/stem/other dedupe', ('org/rawafid/dedupe/',)),
    ('bench corpus and server', ('org/rawafid/bench/',)),
    ('refresh', ('org/rawafid/refresh/',)),
]


def name(frame):
    return frame['method']['type']['name'].replace('.', '/') + '.' + frame['method']['name']


def main():
    events = json.load(open(sys.argv[1]))['recording']['events']
    top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    top, inclusive, stages = collections.Counter(), collections.Counter(), collections.Counter()
    where = collections.defaultdict(collections.Counter)
    for e in events:
        frames = e['values']['stackTrace']['frames']
        if not frames:
            continue
        names = [name(f) for f in frames]
        top[names[0]] += 1
        for n in set(names):
            inclusive[n] += 1
        stage, at = 'other (JDK, libraries outside a stage)', names[0]
        for n in names:
            hit = next((s for s, prefixes in STAGES if n.startswith(prefixes)), None)
            if hit:
                stage, at = hit, n
                break
        stages[stage] += 1
        where[stage][at] += 1
    total = sum(top.values())
    print(f'samples {total}')
    print('== top of stack')
    for n, c in top.most_common(top_n):
        print(f'{c:6d} {100 * c / total:5.1f}% {n}')
    print('== inclusive, rawafid methods')
    for n, c in [x for x in inclusive.most_common() if x[0].startswith('org/rawafid')][:top_n]:
        print(f'{c:6d} {100 * c / total:5.1f}% {n}')
    print('== stages (innermost rawafid frame)')
    for s, c in stages.most_common():
        print(f'{c:6d} {100 * c / total:5.1f}% {s}')
        for n, cc in where[s].most_common(4):
            print(f'             {cc:5d} {n}')


if __name__ == '__main__':
    main()
