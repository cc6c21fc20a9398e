#!/usr/bin/env python3
"""Constant-rate (open-loop) load for scripts/overload.sh (Python 3, standard library only).

  overload_client.py --base URL --prefix P --accounts N --phases NAME:RATE:SECONDS[,...] --out FILE

Sends POST /v1/reports (bench/body.json, a fresh Idempotency-Key each, the accounts' tokens in turn) at
a fixed rate per phase, whatever the answers: a request is sent at its scheduled time on an idle
keep-alive connection, or a new one (at most --max-connections; beyond that the request counts as
'client-overflow'). Latency is measured from the SCHEDULED time, so a slow service cannot hide its
queue by slowing the client down (no coordinated omission). One JSON line per request into FILE:
phase, t (scheduled, seconds since the start), status (0: no answer), ms, retryAfter, problem
(true when the body is application/problem+json), type (the problem type's last segment), sendLagMs (from the
scheduled time to the request's sending: the client's own delay, part of ms).
"""
import argparse
import asyncio
import json
import os
import time
import urllib.parse
import urllib.request
import uuid

BODY = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'body.json'), 'rb').read().strip()


def fetch_tokens(keycloak, realm, prefix, n):
    out = []
    for i in range(1, n + 1):
        u = f'{prefix}-{i:03d}'
        form = urllib.parse.urlencode({'grant_type': 'password', 'client_id': 'app', 'username': u,
                                       'password': f'{u}-dev-pw'}).encode()
        with urllib.request.urlopen(f'{keycloak}/realms/{realm}/protocol/openid-connect/token', form, timeout=60) as r:
            out.append(json.load(r)['access_token'])
    return out


class Pool:
    """Keep-alive HTTP/1.1 connections to one host; a connection serves one request at a time."""

    def __init__(self, host, port, limit):
        self.host, self.port, self.limit = host, port, limit
        self.idle = []
        self.open = 0

    async def take(self):
        while self.idle:
            conn = self.idle.pop()
            if not conn[0].at_eof():
                return conn
            self.open -= 1
            conn[1].close()
        if self.open >= self.limit:
            return None
        self.open += 1
        try:
            return await asyncio.open_connection(self.host, self.port)
        except OSError:
            self.open -= 1
            raise

    def give_back(self, conn, keep):
        if keep:
            self.idle.append(conn)
        else:
            self.open -= 1
            conn[1].close()


async def exchange(conn, host, token, timeout):
    reader, writer = conn
    head = (f'POST /v1/reports HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n'
            f'Content-Type: application/json\r\nIdempotency-Key: {uuid.uuid4()}\r\n'
            f'Content-Length: {len(BODY)}\r\n\r\n').encode()
    writer.write(head + BODY)
    await writer.drain()

    async def read():
        status_line = await reader.readline()
        if not status_line:
            raise ConnectionError('closed before an answer')
        status = int(status_line.split()[1])
        headers = {}
        while True:
            line = await reader.readline()
            if line in (b'\r\n', b'\n', b''):
                break
            k, _, v = line.decode('latin-1').partition(':')
            headers[k.strip().lower()] = v.strip()
        if 'content-length' in headers:
            body = await reader.readexactly(int(headers['content-length']))
        elif headers.get('transfer-encoding', '').lower() == 'chunked':
            body = b''
            while True:
                size = int((await reader.readline()).split(b';')[0], 16)
                if size == 0:
                    await reader.readline()
                    break
                body += await reader.readexactly(size)
                await reader.readline()
        else:
            body = await reader.read()
        return status, headers, body

    return await asyncio.wait_for(read(), timeout)


async def one(pool, host, token, scheduled, t0, phase, timeout, records):
    rec = {'phase': phase, 't': round(scheduled - t0, 4), 'status': 0}
    conn = None
    keep = False
    try:
        conn = await pool.take()
        if conn is None:
            rec['status'] = 'client-overflow'
        else:
            # How late the client itself sends (a busy shared machine delays it too): the latency counts it,
            # the report shows it apart so that a late client is not read as a slow service.
            rec['sendLagMs'] = round((time.monotonic() - scheduled) * 1000, 2)
            status, headers, body = await exchange(conn, host, token, timeout)
            rec['status'] = status
            keep = headers.get('connection', '').lower() != 'close'
            if 'retry-after' in headers:
                rec['retryAfter'] = headers['retry-after']
            if headers.get('content-type', '').startswith('application/problem+json'):
                rec['problem'] = True
                try:
                    rec['type'] = json.loads(body).get('type', '').rsplit('/', 1)[-1]
                except ValueError:
                    rec['type'] = 'unparsable'
    except (OSError, asyncio.TimeoutError, ConnectionError, ValueError, IndexError, asyncio.IncompleteReadError) as e:
        rec['status'] = 0
        rec['error'] = type(e).__name__
    finally:
        if conn is not None:
            pool.give_back(conn, keep and rec['status'] != 0)
    rec['ms'] = round((time.monotonic() - scheduled) * 1000, 2)
    records.append(rec)


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--base', required=True)
    ap.add_argument('--prefix', required=True)
    ap.add_argument('--accounts', type=int, default=16)
    ap.add_argument('--phases', required=True, help='NAME:RATE:SECONDS,...')
    ap.add_argument('--out', required=True)
    ap.add_argument('--max-connections', type=int, default=512)
    ap.add_argument('--timeout', type=float, default=30.0)
    ap.add_argument('--keycloak', default=os.environ.get('KEYCLOAK_URL', 'http://127.0.0.1:8180'))
    ap.add_argument('--realm', default=os.environ.get('REALM', 'sealed-intake'))
    a = ap.parse_args()
    url = urllib.parse.urlparse(a.base)
    host, port = url.hostname, url.port or 80
    tokens = fetch_tokens(a.keycloak, a.realm, a.prefix, a.accounts)
    tokens_at = time.monotonic()
    phases = []
    for p in a.phases.split(','):
        name, rate, secs = p.split(':')
        phases.append((name, float(rate), float(secs)))
    pool = Pool(host, port, a.max_connections)
    records, tasks = [], []
    t0 = time.monotonic()
    start = t0
    n = 0
    for name, rate, secs in phases:
        count = int(rate * secs)
        for i in range(count):
            scheduled = start + i / rate
            delay = scheduled - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            if time.monotonic() - tokens_at > 200:  # access tokens live 300 s
                tokens = await asyncio.to_thread(fetch_tokens, a.keycloak, a.realm, a.prefix, a.accounts)
                tokens_at = time.monotonic()
            tasks.append(asyncio.create_task(one(pool, host, tokens[n % len(tokens)], scheduled, t0, name, a.timeout, records)))
            n += 1
        start += secs
    await asyncio.gather(*tasks)
    with open(a.out, 'w') as f:
        for r in sorted(records, key=lambda r: r['t']):
            f.write(json.dumps(r) + '\n')


if __name__ == '__main__':
    asyncio.run(main())
