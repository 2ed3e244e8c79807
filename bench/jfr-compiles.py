#!/usr/bin/env python3
"""What the JIT compilers spent their time on in a JFR recording (README, Performance).

  jfr configure --input default jdk.Compilation#threshold=0ms --output /tmp/compiles.jfc
  java -Xmx512m -XX:StartFlightRecording=filename=/tmp/c.jfr,settings=/tmp/compiles.jfc \
      -jar target/rawafid.jar bench ingest --sources 500 --items 30 --latency 0
  jfr print --json --events jdk.Compilation /tmp/c.jfr > /tmp/c.json
  python3 bench/jfr-compiles.py /tmp/c.json [N]

Prints, per tier, how many compilations and their wall time (a compiler thread shares the cores
with the pipeline, so wall time is not CPU time: bench/cpu-by-thread.sh gives that); then for C2
(tier 4): its time by package, its time per 10 s of the run, the methods compiled more than once
(on-stack replacement at a loop, or again after a deoptimisation) with the time beyond their
largest compilation, and the N largest single compilations.
"""
import collections
import json
import re
import sys


def seconds(duration):
    m = re.match(r'PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$', duration)
    return int(m.group(1) or 0) * 3600 + int(m.group(2) or 0) * 60 + float(m.group(3) or 0) if m else 0.0


def package(type_name):
    parts = type_name.split('/')
    depth = 3 if parts[0] in ('org', 'com', 'sun') or type_name.startswith('jdk/internal/') else 2
    return '.'.join(parts[:min(depth, len(parts) - 1)]) or type_name


def main():
    events = [e['values'] for e in json.load(open(sys.argv[1]))['recording']['events']]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    tiers = collections.defaultdict(lambda: [0, 0.0])
    by_package = collections.Counter()
    by_window = collections.Counter()
    by_method = collections.defaultdict(list)
    single = []
    for v in events:
        took = seconds(v['duration'])
        tiers[v['compileLevel']][0] += 1
        tiers[v['compileLevel']][1] += took
        if v['compileLevel'] != 4:
            continue
        type_name = v['method']['type']['name']
        name = type_name.split('/')[-1] + '.' + v['method']['name']
        by_package[package(type_name)] += took
        by_window[v['startTime'][11:18] + '0'] += took
        by_method[name].append((took, v['isOsr']))
        single.append((took, name, v['isOsr'], v['codeSize']))
    print('== compilations by tier (count, wall s)')
    for tier in sorted(tiers):
        print(f'  tier {tier}: {tiers[tier][0]:6d} {tiers[tier][1]:8.1f}')
    print(f'== C2 by package ({len(by_method)} methods)')
    for name, took in by_package.most_common(top):
        print(f'  {took:7.2f} s  {name}')
    print('== C2 per 10 s window (start time, UTC)')
    for window in sorted(by_window):
        print(f'  {window}  {by_window[window]:6.2f} s')
    extra = {m: sum(t for t, _ in c) - max(t for t, _ in c) for m, c in by_method.items() if len(c) > 1}
    print(f'== C2 compiled more than once: {sum(extra.values()):.1f} s beyond each method\'s largest')
    for m in sorted(extra, key=extra.get, reverse=True)[:top]:
        runs = by_method[m]
        print(f'  {extra[m]:6.2f} s  {len(runs)} compilations ({sum(1 for _, osr in runs if osr)} OSR)  {m}')
    print('== largest single C2 compilations')
    for took, name, osr, size in sorted(single, reverse=True)[:top]:
        print(f'  {took:6.2f} s  {name}{" (OSR)" if osr else ""}  {size} bytes of code')


if __name__ == '__main__':
    main()
