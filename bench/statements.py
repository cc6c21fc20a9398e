#!/usr/bin/env python3
"""Reads PostgreSQL's statement log (log_statement=all) and prints the statements one database issued.

  statements.py LOG DB START END            normalised statements of DB between byte offsets, with counts
  statements.py per-report LOG DB IDLE_START IDLE_END RUN_START RUN_END N
        the statements that N reports cost: those seen a multiple of N times in the run window and never
        in the idle window (the audit chainer and the schedulers poll on their own), as "count/N<TAB>sql"
  statements.py pgbench-shape FILE          the statements of a pgbench script in the same normal form
"""
import re
import sys
from collections import Counter

LINE = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \w+ \[\d+\] (\S*)@(\S*) (\w+):  (.*)$')
STMT = re.compile(r'^(?:statement|execute [^:]+): (.*)$', re.S)


def normalise(sql):
    sql = re.sub(r'\s+', ' ', sql).strip().rstrip(';').strip()
    sql = re.sub(r'\$\d+', '?', sql)
    sql = re.sub(r'(?<![:\w]):[A-Za-z_]\w*', '?', sql)  # pgbench variables, not ::casts
    # Literals count as parameters on both sides: the shape is what is compared, not the values.
    sql = re.sub(r"'(?:[^']|'')*'", '?', sql)
    sql = re.sub(r'(?<![\w$])(?:\d+(?:\.\d+)?|null|true|false)(?![\w])', '?', sql, flags=re.I)
    return sql.lower()


def read(path, db, start, end):
    with open(path, 'rb') as f:
        f.seek(start)
        data = f.read(end - start).decode('utf-8', 'replace')
    out, cur = [], None
    for line in data.split('\n'):
        m = LINE.match(line)
        if m:
            if cur is not None:
                out.append(cur)
            cur = None
            if m.group(2) == db and m.group(3) == 'LOG':
                s = STMT.match(m.group(4))
                if s:
                    cur = s.group(1)
        elif cur is not None and (line.startswith('\t') or line.startswith(' ')):
            cur += '\n' + line
    if cur is not None:
        out.append(cur)
    return Counter(normalise(s) for s in out)


def pgbench_shape(path):
    cmds, cur = [], []
    for line in open(path, encoding='utf-8'):
        if line.rstrip().endswith('\\gset'):
            continue  # the driver's own helper (fresh random values), not a statement of the service
        # A service statement whose answer the script keeps (\gset prefix) ends at the \gset.
        line = re.sub(r'\s*\\gset\s+\w+\s*$', ';', line.rstrip())
        s = re.sub(r'\s--.*$', '', line.strip())
        if not s or s.startswith('--') or s.startswith('\\') or s.rstrip(';').lower() in ('begin', 'commit'):
            continue
        cur.append(s)
        if s.endswith(';'):
            cmds.append(normalise(' '.join(cur)))
            cur = []
    return Counter(cmds)


def main(argv):
    if argv[1] == 'per-report':
        log, db = argv[2], argv[3]
        idle = read(log, db, int(argv[4]), int(argv[5]))
        run = read(log, db, int(argv[6]), int(argv[7]))
        n = int(argv[8])
        # Transaction control is compared through the pgbench script's structure, not counted here.
        for sql, c in sorted(run.items()):
            # Fewer than once per report: a poller or the pool that the idle window happened to miss.
            if sql in idle or sql in ('begin', 'commit', 'rollback') or c < n:
                continue
            # A count that is not a multiple of N varies per report (the owner pointer's galloping
            # search grows with the account's reports): kept as "~", checked for presence only.
            print(f'{c // n}\t{sql}' if c % n == 0 else f'~\t{sql}')
    elif argv[1] == 'pgbench-shape':
        # Statements marked "-- varies" in the script are printed as "~" (their count is a choice).
        varies = set()
        cur = []
        for line in open(argv[2], encoding='utf-8'):
            if line.strip().endswith('-- varies'):
                varies.add(normalise(line.split('-- varies')[0]))
        for sql, c in sorted(pgbench_shape(argv[2]).items()):
            print(f'~\t{sql}' if sql in varies else f'{c}\t{sql}')
    else:
        for sql, c in sorted(read(argv[1], argv[2], int(argv[3]), int(argv[4])).items()):
            print(f'{c}\t{sql}')


if __name__ == '__main__':
    main(sys.argv)
