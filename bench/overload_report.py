#!/usr/bin/env python3
"""Reads the records of bench/overload_client.py for scripts/overload.sh (standard library only).

  overload_report.py probe FILE
      One line per probe phase (probe-RATE): offered and admitted rates, answers, p99; then
      'PEAK <admitted/s>' (the most admitted in any step), 'LAST_SHARE <x>' (the share admitted in the
      last step) and 'SUSTAINABLE <rate>': the highest probed rate whose requests were all (>= 99%)
      admitted (201) and whose admitted rate kept up with the offered one (>= 95%); 0 when none was.
  overload_report.py verdict FILE --p99-factor F --recovery-limit S
      Phases base (the sustainable rate), over (twice that), low (after the drop). Prints the phases,
      the seconds around and after the drop, the three checks and PASS or FAIL (exit 0 only on PASS):
        1. refusals: every answer that is not 201 is 429 or 503, problem+json, with Retry-After (no
           timeouts, no connection errors, no other status); and the over phase refused at least
           service was past its capacity, else the run proves nothing (INCONCLUSIVE, a failure): with
           --peak (the search's most admitted per second), over offered more than the peak and admitted at
           least 90% of it (the service ran at capacity and refused only the excess); without it (a given
           rate), over refused at least --min-refused-share (0.25) of its requests;
        2. base was sustained (>= 99% admitted; else its p99 is no reference: INCONCLUSIVE) and the
           admitted p99 during over <= F x the p99 at the sustainable rate (base);
        3. recovery: the first second after the drop from which three seconds in a row have only 201
           answers, each within F x the base p99, comes at most S seconds after the drop.
"""
import argparse
import json
import math
import sys
from collections import defaultdict


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def pct(values, p):
    if not values:
        return float('nan')
    v = sorted(values)
    return v[min(len(v) - 1, max(0, math.ceil(p / 100 * len(v)) - 1))]


def by_phase(records):
    phases = defaultdict(list)
    order = []
    for r in records:
        if r['phase'] not in phases:
            order.append(r['phase'])
        phases[r['phase']].append(r)
    return order, phases


def summary(rs):
    span = (max(r['t'] for r in rs) - min(r['t'] for r in rs)) if len(rs) > 1 else 1.0
    span = max(span, 1e-9) * len(rs) / max(len(rs) - 1, 1)
    counts = defaultdict(int)
    for r in rs:
        counts[str(r['status'])] += 1
    admitted = [r['ms'] for r in rs if r['status'] == 201]
    refused = [r['ms'] for r in rs if r['status'] in (429, 503)]
    return {'offered_rps': len(rs) / span, 'admitted_rps': len(admitted) / span, 'n': len(rs), 'counts': dict(counts),
            'p50': pct(admitted, 50), 'p99': pct(admitted, 99), 'refusal_p99': pct(refused, 99),
            'send_lag_p99': pct([r['sendLagMs'] for r in rs if 'sendLagMs' in r], 99)}


def fmt_counts(c):
    return ' '.join(f'{k}:{v}' for k, v in sorted(c.items()))


def probe(records):
    order, phases = by_phase(records)
    best, peak, last_share = 0.0, 0.0, 1.0
    print('| offered/s | admitted/s | answers | admitted p50 ms | admitted p99 ms |')
    print('|---|---|---|---|---|')
    for name in order:
        if not name.startswith('probe-'):
            continue
        rate = float(name.split('-', 1)[1])
        s = summary(phases[name])
        ok_share = s['counts'].get('201', 0) / s['n']
        print(f"| {rate:g} | {s['admitted_rps']:.1f} | {fmt_counts(s['counts'])} | {s['p50']:.0f} | {s['p99']:.0f} |")
        if ok_share >= 0.99 and s['admitted_rps'] >= 0.95 * rate:
            best = max(best, rate)
        peak = max(peak, s['admitted_rps'])
        last_share = ok_share
    print(f'PEAK {peak:.1f}')
    print(f'LAST_SHARE {last_share:.3f}')
    print(f'SUSTAINABLE {best:g}')


def verdict(records, factor, recovery_limit, min_refused, peak=None):
    order, phases = by_phase(records)
    for needed in ('base', 'over', 'low'):
        if needed not in phases:
            print(f'FAIL: no {needed} phase in the records')
            return 1
    print('| phase | offered/s | admitted/s | answers | admitted p50 ms | admitted p99 ms | refusal p99 ms | client send lag p99 ms |')
    print('|---|---|---|---|---|---|---|---|')
    s = {}
    for name in order:
        s[name] = summary(phases[name])
        x = s[name]
        print(f"| {name} | {x['offered_rps']:.1f} | {x['admitted_rps']:.1f} | {fmt_counts(x['counts'])} | "
              f"{x['p50']:.0f} | {x['p99']:.0f} | {x['refusal_p99']:.0f} | "
              f"{'n/a' if math.isnan(x['send_lag_p99']) else format(x['send_lag_p99'], '.0f')} |")

    base_p99 = s['base']['p99']
    limit_ms = factor * base_p99
    drop = min(r['t'] for r in phases['low'])
    start_over = min(r['t'] for r in phases['over'])
    seconds = defaultdict(list)
    for name in ('over', 'low'):
        for r in phases[name]:
            seconds[math.floor(r['t'] - drop)].append(r)
    print()
    print('Per second (scheduled time relative to the drop; negative: the over phase):')
    print('| s | sent | 201 | 503 | 429 | other | admitted p99 ms | max ms |')
    print('|---|---|---|---|---|---|---|---|')
    for k in sorted(seconds):
        rs = seconds[k]
        c = defaultdict(int)
        for r in rs:
            c[r['status'] if r['status'] in (201, 429, 503) else 'other'] += 1
        adm = [r['ms'] for r in rs if r['status'] == 201]
        print(f"| {k} | {len(rs)} | {c[201]} | {c[503]} | {c[429]} | {c['other']} | {pct(adm, 99):.0f} | {max(r['ms'] for r in rs):.0f} |")

    failures = []
    # 1. refusals
    bad = [r for name in ('base', 'over', 'low') for r in phases[name]
           if r['status'] != 201 and not (r['status'] in (429, 503) and r.get('problem') and r.get('retryAfter'))]
    refusals = sum(1 for r in phases['over'] if r['status'] in (429, 503))
    if bad:
        kinds = defaultdict(int)
        for r in bad:
            kinds[f"{r['status']}{'/' + r['error'] if 'error' in r else ''}{'' if r.get('retryAfter') else ' (no Retry-After)'}"] += 1
        failures.append('answers other than 201 or 429/503 with Retry-After: ' + ', '.join(f'{k} x{v}' for k, v in kinds.items()))
        print(f'CHECK refusals: FAIL ({len(bad)} such answers)')
    elif peak and not (s['over']['offered_rps'] > peak and s['over']['admitted_rps'] >= 0.9 * peak):
        failures.append(f"INCONCLUSIVE: over offered {s['over']['offered_rps']:.0f}/s and admitted {s['over']['admitted_rps']:.0f}/s "
                        f'against the search\'s peak of {peak:.0f}/s: the service was not at its capacity')
        print('CHECK refusals: INCONCLUSIVE (not at capacity)')
    elif peak:
        print(f"CHECK refusals: OK (over offered {s['over']['offered_rps']:.0f}/s past the peak of {peak:.0f}/s and admitted "
              f"{s['over']['admitted_rps']:.0f}/s; {refusals} of {len(phases['over'])} refused, all 429/503 problem+json with Retry-After)")
    elif refusals < min_refused * len(phases['over']):
        failures.append(f'INCONCLUSIVE: over refused {refusals} of {len(phases["over"])}, under {min_refused:.0%}: '
                        'the service was not past its capacity (on a shared machine: its capacity rose after the search)')
        print(f'CHECK refusals: INCONCLUSIVE (over refused {refusals} of {len(phases["over"])})')
    else:
        print(f'CHECK refusals: OK ({refusals} of {len(phases["over"])} refused during over, all 429/503 '
              'problem+json with Retry-After)')
    # 2. admitted p99, against a base that really was sustained
    base_share = s['base']['counts'].get('201', 0) / s['base']['n']
    if base_share < 0.99:
        failures.append(f'INCONCLUSIVE: base admitted {base_share:.0%}, under 99%: R was not sustainable during this run '
                        '(on a shared machine: its capacity fell after the search), so its p99 is no reference')
        print(f'CHECK base sustained: INCONCLUSIVE ({base_share:.1%} admitted)')
    else:
        print(f'CHECK base sustained: OK ({base_share:.1%} admitted)')
    over_p99 = s['over']['p99']
    ok2 = over_p99 <= limit_ms
    print(f"CHECK admitted p99: {'OK' if ok2 else 'FAIL'} (over {over_p99:.0f} ms vs base {base_p99:.0f} ms x {factor:g} = {limit_ms:.0f} ms)")
    if not ok2:
        failures.append('admitted p99 over the limit')
    # 3. recovery
    ks = sorted(k for k in seconds if k >= 0)

    def clean(k):
        rs = seconds.get(k, [])
        return bool(rs) and all(r['status'] == 201 and r['ms'] <= limit_ms for r in rs)
    recovered = next((k for k in ks if clean(k) and clean(k + 1) and clean(k + 2)), None)
    if recovered is None:
        print(f'CHECK recovery: FAIL (not recovered within the {len(ks)} s of the low phase)')
        failures.append('no recovery')
    else:
        ok3 = recovered <= recovery_limit
        print(f"CHECK recovery: {'OK' if ok3 else 'FAIL'} ({recovered} s after the drop; limit {recovery_limit:g} s; "
              f"over lasted {drop - start_over:.0f} s)")
        if not ok3:
            failures.append('recovery too slow')
    print('PASS' if not failures else 'FAIL: ' + '; '.join(failures))
    return 0 if not failures else 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mode', choices=['probe', 'verdict'])
    ap.add_argument('file')
    ap.add_argument('--p99-factor', type=float, default=1.5)
    ap.add_argument('--recovery-limit', type=float, default=10)
    ap.add_argument('--min-refused-share', type=float, default=0.25)
    ap.add_argument('--peak', type=float, default=None)
    a = ap.parse_args()
    records = load(a.file)
    if a.mode == 'probe':
        probe(records)
        return 0
    return verdict(records, a.p99_factor, a.recovery_limit, a.min_refused_share, a.peak)


if __name__ == '__main__':
    sys.exit(main())
