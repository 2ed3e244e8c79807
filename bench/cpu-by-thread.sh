#!/bin/bash
# Process CPU of a bench run by kind of thread (pipeline workers, JIT compilers, GC, other), for the
# first and the second half of the first poll's items (split where the fetch log reaches half the
# items): says how much of cpu_ms_per_item is JIT warm-up. Linux only (reads /proc/PID/task/*/stat).
#   bench/cpu-by-thread.sh /tmp/run -- java -Xmx512m -jar target/rawafid.jar bench ingest --sources 500 --items 30 --latency 0
# Writes /tmp/run.log (the bench's output) and /tmp/run.ts (snapshots every 0.5 s).
out=$1; shift; shift
"$@" > $out.log 2>&1 &
pid=$!
: > $out.ts
while kill -0 $pid 2>/dev/null; do
  now=$(date +%s.%N)
  for t in /proc/$pid/task/*; do s=$(cat $t/stat 2>/dev/null) || continue; c=$(cat $t/comm 2>/dev/null); r=${s##*) }; set -- $r; echo "$now|${t##*/}|$c|${12}|${13}"; done >> $out.ts
  sleep 0.5
done
wait $pid
python3 - "$out" "$(getconf CLK_TCK)" <<'PY'
import sys,re,collections,datetime
out=sys.argv[1]; tck=int(sys.argv[2])
# items done over time from fetch log lines
ev=[]
for line in open(out+'.log'):
    m=re.match(r'(\S+Z) .*outcome=fetched .*new=(\d+)',line)
    if m:
        t=datetime.datetime.strptime(m.group(1),'%Y-%m-%dT%H:%M:%S.%fZ').replace(tzinfo=datetime.timezone.utc).timestamp()
        ev.append((t,int(m.group(2))))
ev.sort(); total=sum(n for _,n in ev); acc=0; thalf=None
for t,n in ev:
    acc+=n
    if thalf is None and acc>=total/2: thalf=t
tend=ev[-1][0]; tstart=ev[0][0]
snaps=collections.defaultdict(dict)
for line in open(out+'.ts'):
    p=line.strip().split('|')
    if len(p)!=5: continue
    ts,tid,comm,u,s=p; snaps[float(ts)][tid]=(comm,(int(u)+int(s))/tck)
times=sorted(snaps)
def at(t):
    # cumulative cpu by kind at the last snapshot <= t, keeping finished threads' max seen so far
    best={}
    for ts in times:
        if ts>t: break
        for tid,(comm,v) in snaps[ts].items(): best[tid]=(comm,max(v,best.get(tid,('',0))[1]))
    k=collections.Counter()
    for tid,(comm,v) in best.items():
        kind='workers' if ('Worker' in comm or comm.startswith('rawafid')) else ('jit' if 'Compiler' in comm else ('gc' if comm.startswith('G') or 'GC' in comm else 'other'))
        k[kind]+=v
    return k
a0=at(tstart-1); ah=at(thalf); ae=at(tend)
print(f'items={total} first-half ends {thalf-tstart:.1f}s of {tend-tstart:.1f}s')
for kind in ['workers','jit','gc','other']:
    h1=ah[kind]-a0[kind]; h2=ae[kind]-ah[kind]
    print(f'{kind:8s} first half {h1:6.1f}s ({1000*h1/(total/2):.2f} ms/item)  second half {h2:6.1f}s ({1000*h2/(total/2):.2f} ms/item)')
PY
grep -h 'phase=' $out.log
