#!/usr/bin/env python3
"""Client side of scripts/unseal-race.sh (Python 3, standard library only).

  race_client.py setup --bases URL,URL --requests R --out FILE
      files R reports (as reporter-a) and one unseal request per report (as auditor); writes their ids.
  race_client.py race --bases URL,URL --attempts N --threads T --in FILE --out FILE
      N concurrent approve / reject / execute attempts on those requests, spread over both instances,
      by the approvers, the requester and others (an approver executing, a second auditor-role user,
      a moderator, a reporter). One JSON line per attempt.
  race_client.py check --in FILE --attempts-file FILE --events FILE
      0 unauthorised disclosures: an execution succeeds only for the requester, once per request, and
      only on a request with a successful approval and no successful rejection; and exactly one audit
      record per attempt (events: "request_id<TAB>count" of unseal-request events other than the
      request's filing, from the database). Exit 0 only if all hold.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import struct
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

KEYCLOAK = os.environ.get('KEYCLOAK_URL', 'http://127.0.0.1:8180')
REALM = os.environ.get('REALM', 'sealed-intake')
STAFF_WITH_TOTP = {'auditor', 'approver-1', 'approver-2', 'auditor-approver'}
REQUESTER = 'auditor'


def totp(user):
    # DEV/TEST-ONLY secret of the dev realm (docs/unseal.md): HMAC-SHA1 keyed with "DEVONLYTOTP-<user>".
    counter = struct.pack('>Q', int(time.time()) // 30)
    digest = hmac.new(f'DEVONLYTOTP-{user}'.encode(), counter, hashlib.sha1).digest()
    o = digest[-1] & 0x0F
    return '%06d' % ((struct.unpack('>I', digest[o:o + 4])[0] & 0x7FFFFFFF) % 1_000_000)


_tokens, _lock = {}, threading.Lock()


def token(user):
    with _lock:
        tok, at = _tokens.get(user, (None, 0))
        if tok is None or time.time() - at > 120:
            form = {'grant_type': 'password', 'client_id': 'app', 'username': user, 'password': f'{user}-dev-pw'}
            if user in STAFF_WITH_TOTP:
                form['totp'] = totp(user)
            with urllib.request.urlopen(f'{KEYCLOAK}/realms/{REALM}/protocol/openid-connect/token',
                                        urllib.parse.urlencode(form).encode(), timeout=30) as r:
                tok = json.load(r)['access_token']
            _tokens[user] = (tok, time.time())
        return tok


def call(method, url, user, body=None, key=None):
    headers = {'Authorization': f'Bearer {token(user)}'}
    data = None
    if body is not None:
        headers['Content-Type'] = 'application/json'
        data = json.dumps(body).encode()
    if key:
        headers['Idempotency-Key'] = key
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except Exception as e:
        return None, repr(e).encode()


def setup(a):
    bases = a.bases.split(',')
    out = []
    for i in range(a.requests):
        base = bases[i % len(bases)]
        s, b = call('POST', f'{base}/v1/reports', 'reporter-a', {
            'category': 'PERSONAL_INFORMATION_EXPOSURE', 'targetContentRef': f'post:race-{uuid.uuid4()}',
            'targetAccount': 'creator', 'description': 'My address was posted', 'involvesMinor': False,
            'victim': {'type': 'SELF'}, 'reporterContact': {'wechat': f'wx_race_{i}'}}, key=str(uuid.uuid4()))
        assert s == 201, (s, b)
        report = json.loads(b)['reportId']
        s, b = call('POST', f'{base}/v1/unseal-requests', REQUESTER, {
            'reportId': report, 'legalBasis': 'COURT_ORDER', 'reference': f'RACE-{i}',
            'justification': 'Court order 4711 requires the identity of the reporter of this report.'})
        assert s == 202, (s, b)
        out.append({'report': report, 'request': json.loads(b)['id']})
    json.dump(out, open(a.out, 'w'))
    print(f'{len(out)} unseal requests filed')


# (weight, action, user): approvers decide, the requester executes, others try what they may not.
MIX = [
    (20, 'approve', 'approver-1'), (20, 'approve', 'approver-2'), (8, 'approve', 'auditor-approver'),
    (4, 'reject', 'approver-2'), (30, 'execute', REQUESTER),
    (4, 'execute', 'approver-1'), (4, 'execute', 'auditor-approver'), (3, 'approve', REQUESTER),
    (3, 'execute', 'moderator'), (2, 'execute', 'reporter-a'), (2, 'approve', 'moderator'),
]


def race(a):
    bases = a.bases.split(',')
    reqs = json.load(open(a.infile))
    weights = [m[0] for m in MIX]
    plan = []
    for i in range(a.attempts):
        _, action, user = random.choices(MIX, weights)[0]
        plan.append((random.choice(reqs)['request'], action, user, bases[i % len(bases)]))
    for u in {p[2] for p in plan}:
        token(u)  # every token before the start line, so the attempts really race
    results, lock = [], threading.Lock()

    def one(p):
        rid, action, user, base = p
        body = {} if action == 'approve' else ({'reason': 'Not sufficient for disclosure, by the race test.'}
                                                if action == 'reject' else None)
        t0 = time.time()
        s, b = call('POST', f'{base}/v1/unseal-requests/{rid}/{action}', user, body)
        rec = {'request': rid, 'action': action, 'user': user, 'instance': base, 'status': s,
               'ms': round((time.time() - t0) * 1000, 1)}
        if s == 200 and action == 'execute':
            rec['disclosed'] = True
        elif s is not None and s >= 400:
            try:
                rec['type'] = json.loads(b).get('type', '').rsplit('/', 1)[-1]
            except Exception:
                rec['type'] = '?'
        with lock:
            results.append(rec)

    t0 = time.time()
    with ThreadPoolExecutor(a.threads) as ex:
        list(ex.map(one, plan))
    secs = time.time() - t0
    with open(a.out, 'w') as f:
        for r in results:
            f.write(json.dumps(r) + '\n')
    print(f'{len(results)} attempts in {secs:.1f} s over {len(bases)} instances')


def check(a):
    reqs = json.load(open(a.infile))
    attempts = [json.loads(l) for l in open(a.attempts_file) if l.strip()]
    events = {}
    for line in open(a.events):
        if line.strip():
            rid, n = line.split('\t')
            events[rid] = int(n)
    problems = []
    by_req = {}
    for r in attempts:
        by_req.setdefault(r['request'], []).append(r)
    disclosures = 0
    for q in reqs:
        rid = q['request']
        rs = by_req.get(rid, [])
        execs = [r for r in rs if r['action'] == 'execute' and r['status'] == 200]
        approved = [r for r in rs if r['action'] == 'approve' and r['status'] == 200]
        rejected = [r for r in rs if r['action'] == 'reject' and r['status'] == 200]
        disclosures += len(execs)
        if len(execs) > 1:
            problems.append(f'{rid}: executed {len(execs)} times')
        for e in execs:
            if e['user'] != REQUESTER:
                problems.append(f"{rid}: disclosed to {e['user']}, not the requester")
        if execs and (not approved or rejected):
            problems.append(f'{rid}: executed without a successful approval, or after a rejection')
        if approved and rejected:
            problems.append(f'{rid}: both approved and rejected')
        for r in approved:
            if r['user'] == REQUESTER:
                problems.append(f'{rid}: approved by the requester')
        if events.get(rid, 0) != len(rs):
            problems.append(f'{rid}: {len(rs)} attempts but {events.get(rid, 0)} audit records')
    errors = [r for r in attempts if r['status'] is None or r['status'] >= 500]
    for r in errors[:5]:
        problems.append(f"{r['request']}: {r['action']} by {r['user']} answered {r['status']}")
    outcomes = {}
    for r in attempts:
        k = f"{r['action']} by {r['user']}: {r['status']}{' ' + r.get('type', '') if r.get('type') else ''}"
        outcomes[k] = outcomes.get(k, 0) + 1
    ms = sorted(r['ms'] for r in attempts)
    summary = {'requests': len(reqs), 'attempts': len(attempts), 'disclosures': disclosures,
               'unauthorisedDisclosures': sum(1 for p in problems if 'disclosed to' in p or 'executed ' in p),
               'auditRecordsForAttempts': sum(events.get(q['request'], 0) for q in reqs),
               'serverErrors': len(errors), 'p50ms': ms[len(ms) // 2] if ms else None,
               'p99ms': ms[int(len(ms) * 0.99)] if ms else None,
               'outcomes': dict(sorted(outcomes.items())), 'problems': problems[:20], 'problemCount': len(problems)}
    print(json.dumps(summary, indent=2))
    return 0 if not problems else 1


def main():
    import argparse
    p = argparse.ArgumentParser()
    p.add_argument('mode', choices=['setup', 'race', 'check'])
    p.add_argument('--bases')
    p.add_argument('--requests', type=int, default=50)
    p.add_argument('--attempts', type=int, default=1000)
    p.add_argument('--threads', type=int, default=64)
    p.add_argument('--in', dest='infile')
    p.add_argument('--out')
    p.add_argument('--attempts-file')
    p.add_argument('--events')
    a = p.parse_args()
    sys.exit({'setup': setup, 'race': race, 'check': check}[a.mode](a) or 0)


if __name__ == '__main__':
    main()
