#!/usr/bin/env python3
"""CPU time of a process's threads, grouped by what they are (bench/run.sh; standard library only).

  threads.py snap PID FILE         writes {thread id: [thread group, ms of CPU]} for every thread of PID to FILE
  threads.py diff BEFORE AFTER N   prints 'group ms/report (K threads), ...' for the CPU spent between two snaps
                                   over N reports and how many of the group's threads spent any, thread by thread: a thread started in between counts whole; one
                                   that ended in between is not counted (its last ticks are gone with it)
"""
import json
import os
import re
import sys

# Thread names (Linux truncates them to 15 characters) mapped to what they do.
GROUPS = [
    (r'^C[12] CompilerThre|^C[12] Compiler', 'JIT compiler'),
    (r'^G1 |^GC Thread|^VM Periodic|^VM Thread|^Parallel GC', 'GC and VM'),
    (r'^executor-thread', 'request workers'),
    (r'^vert\.x-eventloo', 'event loops'),
    (r'^vert\.x-worker', 'vert.x workers (timers: chainer, outbox, evidence)'),
    (r'^agroal|^pool-', 'connection pool'),
]


def group(name):
    for pattern, label in GROUPS:
        if re.search(pattern, name):
            return label
    return 'other'


def snap(pid):
    out = {}
    hz = os.sysconf('SC_CLK_TCK')
    for tid in os.listdir(f'/proc/{pid}/task'):
        try:
            with open(f'/proc/{pid}/task/{tid}/stat') as f:
                stat = f.read()
            with open(f'/proc/{pid}/task/{tid}/comm') as f:
                name = f.read().strip()
        except OSError:
            continue
        # Fields after the parenthesised name: utime and stime are the 12th and 13th.
        fields = stat[stat.rindex(')') + 2:].split()
        out[tid] = [group(name), (int(fields[11]) + int(fields[12])) * 1000 / hz]
    return out


def main():
    if sys.argv[1] == 'snap':
        with open(sys.argv[3], 'w') as f:
            json.dump(snap(sys.argv[2]), f)
        return
    with open(sys.argv[2]) as f:
        before = json.load(f)
    with open(sys.argv[3]) as f:
        after = json.load(f)
    n = max(1, int(sys.argv[4]))
    # Per thread, not per group: the worker pool ends idle threads and starts new ones, and a group total
    # taken twice would then lose the ended threads' whole past (a 2-client step once showed no workers).
    spent = {}
    busy = {}
    for tid, (g, ms) in after.items():
        d = ms - (before[tid][1] if tid in before and before[tid][0] == g else 0)
        spent[g] = spent.get(g, 0) + d
        if d > 0:
            busy[g] = busy.get(g, 0) + 1
    # How many threads of the group ran at all: the same work spread over more threads finds colder caches.
    print(', '.join(f'{g} {ms / n:.2f} ({busy.get(g, 0)} threads)'
                    for g, ms in sorted(spent.items(), key=lambda kv: -kv[1]) if ms > 0))


if __name__ == '__main__':
    main()
