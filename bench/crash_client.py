#!/usr/bin/env python3
"""Client side of scripts/crash-cycles.sh (Python 3, standard library only).

  crash_client.py load   --base URL --prefix P --accounts N --workers W --stop-file F --out FILE
      Files reports until F exists. Each report carries a nonce only this client knows (in
      targetContentRef, which the reporter's own listing shows). An uncertain answer (no answer,
      5xx, 409 in flight, 429) is retried with the SAME Idempotency-Key and body until it is definite.
      One JSON line per request into FILE: ack (201 + reportId), rejected (other 4xx), unresolved.
  crash_client.py verify --base URL --prefix P --accounts N --out FILE
      Every acknowledged report exists exactly once (by nonce, with the acknowledged id), no nonce is
      filed twice, anything filed but never acknowledged belongs to an unresolved request, and
      replaying an acknowledged key answers the same reportId. Exit 0 only if all hold.
"""
import argparse
import json
import os
import random
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

KEYCLOAK = os.environ.get('KEYCLOAK_URL', 'http://127.0.0.1:8180')
REALM = os.environ.get('REALM', 'sealed-intake')
BODY = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'body.json'), encoding='utf-8'))


class Tokens:
    def __init__(self, prefix, n):
        self.users = [f'{prefix}-{i:03d}' for i in range(1, n + 1)]
        self.cache = {}
        self.lock = threading.Lock()

    def get(self, user, fresh=False):
        with self.lock:
            tok, at = self.cache.get(user, (None, 0))
            if fresh or tok is None or time.time() - at > 200:
                data = urllib.parse.urlencode({'grant_type': 'password', 'client_id': 'app', 'username': user,
                                               'password': f'{user}-dev-pw'}).encode()
                with urllib.request.urlopen(f'{KEYCLOAK}/realms/{REALM}/protocol/openid-connect/token', data, timeout=30) as r:
                    tok = json.load(r)['access_token']
                self.cache[user] = (tok, time.time())
            return tok


def call(method, url, token, key=None, body=None, timeout=20):
    headers = {'Authorization': f'Bearer {token}'}
    data = None
    if body is not None:
        headers['Content-Type'] = 'application/json'
        data = json.dumps(body, ensure_ascii=False).encode('utf-8')
    if key:
        headers['Idempotency-Key'] = key
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()
    except Exception as e:  # refused, reset, timed out: the outcome is unknown
        return None, {}, repr(e).encode()


def file_until_definite(base, tokens, user, key, body, deadline):
    attempts, delay = 0, 0.3
    while True:
        attempts += 1
        try:
            token = tokens.get(user)
        except Exception:
            token = None
        if token is None:
            status, headers, payload = None, {}, b'keycloak'
        else:
            status, headers, payload = call('POST', f'{base}/v1/reports', token, key, body)
        if status == 201:
            return {'outcome': 'ack', 'reportId': json.loads(payload)['reportId'], 'attempts': attempts,
                    'replayed': headers.get('Idempotent-Replayed') == 'true'}
        if status == 401:
            tokens.get(user, fresh=True)
            continue
        if status is not None and 400 <= status < 500 and status not in (408, 409, 429):
            return {'outcome': 'rejected', 'status': status, 'attempts': attempts, 'detail': payload[:300].decode('utf-8', 'replace')}
        if time.time() > deadline:
            return {'outcome': 'unresolved', 'lastStatus': status, 'attempts': attempts}
        time.sleep(delay + random.random() * delay)
        delay = min(delay * 1.6, 5.0)


def load(a):
    tokens = Tokens(a.prefix, a.accounts)
    lock = threading.Lock()
    out = open(a.out, 'a', encoding='utf-8')

    def worker(w):
        i = 0
        while not os.path.exists(a.stop_file):
            user = tokens.users[(w + i) % len(tokens.users)]
            i += 1
            nonce = uuid.uuid4().hex
            key = str(uuid.uuid4())
            body = dict(BODY, targetContentRef=f'crash:{nonce}')
            started = time.time()
            r = file_until_definite(a.base, tokens, user, key, body, started + a.retry_seconds)
            r.update(user=user, key=key, nonce=nonce, seconds=round(time.time() - started, 3))
            with lock:
                out.write(json.dumps(r) + '\n')
                out.flush()

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(a.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def verify(a):
    tokens = Tokens(a.prefix, a.accounts)
    records = [json.loads(l) for l in open(a.out, encoding='utf-8') if l.strip()]
    acks = [r for r in records if r['outcome'] == 'ack']
    unresolved = {r['nonce'] for r in records if r['outcome'] == 'unresolved'}
    rejected = [r for r in records if r['outcome'] == 'rejected']
    listed = {}  # nonce -> [report ids]
    for user in tokens.users:
        page = 0
        while True:
            status, _, payload = call('GET', f'{a.base}/v1/reports/mine?page={page}&size=100', tokens.get(user))
            if status != 200:
                print(f'listing for {user} answered {status}', file=sys.stderr)
                return 1
            view = json.loads(payload)
            for item in view['items']:
                ref = item['targetContentRef']
                if ref.startswith('crash:'):
                    listed.setdefault(ref[6:], []).append(item['id'])
            page += 1
            if page * 100 >= view['total']:
                break
    problems = []
    for r in acks:
        ids = listed.get(r['nonce'], [])
        if ids != [r['reportId']]:
            problems.append(f"acknowledged {r['reportId']} (nonce {r['nonce'][:8]}) is listed as {ids}")
    twice = {n: ids for n, ids in listed.items() if len(ids) > 1}
    for n, ids in twice.items():
        problems.append(f'nonce {n[:8]} filed {len(ids)} times: {ids}')
    acked = {r['nonce'] for r in acks}
    orphans = [n for n in listed if n not in acked and n not in unresolved]
    for n in orphans:
        problems.append(f'nonce {n[:8]} filed but never sent by this client run (or lost its answer)')
    # Replays of acknowledged keys answer the same report (a sample keeps the run short).
    sample = random.sample(acks, min(len(acks), a.replays))
    replay_bad = 0
    for r in sample:
        body = dict(BODY, targetContentRef=f"crash:{r['nonce']}")
        status, headers, payload = call('POST', f'{a.base}/v1/reports', tokens.get(r['user']), r['key'], body)
        if status != 201 or json.loads(payload)['reportId'] != r['reportId'] or headers.get('Idempotent-Replayed') != 'true':
            replay_bad += 1
            problems.append(f"replay of {r['reportId']} answered {status}")
    retried = [r for r in acks if r['attempts'] > 1]
    summary = {
        'requests': len(records), 'acknowledged': len(acks), 'acknowledgedAfterRetry': len(retried),
        'acknowledgedAsReplay': sum(1 for r in acks if r['replayed']), 'rejected': len(rejected),
        'unresolved': len(unresolved), 'listedCrashReports': sum(len(v) for v in listed.values()),
        'filedButUnacknowledged(unresolved)': sum(1 for n in listed if n in unresolved),
        'duplicates': len(twice), 'replaysChecked': len(sample), 'replaysWrong': replay_bad,
        'maxAttempts': max((r['attempts'] for r in records), default=0),
        'problems': problems[:20], 'problemCount': len(problems),
        'rejectedSamples': [{'status': r['status'], 'detail': r['detail']} for r in rejected[:3]],
    }
    print(json.dumps(summary, indent=2))
    return 0 if not problems and not rejected and not unresolved else 1


def main():
    p = argparse.ArgumentParser()
    p.add_argument('mode', choices=['load', 'verify'])
    p.add_argument('--base', required=True)
    p.add_argument('--prefix', required=True)
    p.add_argument('--accounts', type=int, default=8)
    p.add_argument('--workers', type=int, default=8)
    p.add_argument('--stop-file')
    p.add_argument('--out', required=True)
    p.add_argument('--retry-seconds', type=float, default=300)
    p.add_argument('--replays', type=int, default=200)
    a = p.parse_args()
    sys.exit(load(a) if a.mode == 'load' else verify(a))


if __name__ == '__main__':
    main()
