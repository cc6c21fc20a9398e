#!/usr/bin/env python3
"""Where the service's CPU goes during a bench step: groups the JFR execution samples of a recording
(`jfr print --events jdk.ExecutionSample --stack-depth 160 rec.jfr > samples.txt`), or async-profiler's
collapsed stacks (`*.collapsed`: every thread, system calls and the JIT included; JFR sees neither), into
the intake's steps and the work beside it. A sample counts for every group whose frame is on its stack, so the
indented steps add up to less than their parent (the rest is framework work between them).

  bench/profile.py samples.txt            markdown table on stdout
  bench/profile.py profile.collapsed      the same from async-profiler
"""
import re
import sys
from collections import OrderedDict

GROUPS = OrderedDict([
    ('POST /v1/reports (resource method and below)', ['org.sealedintake.intake.ReportResource.submit']),
    ('  idempotency claim (own transaction)', ['org.sealedintake.intake.IdempotencyStore.claim']),
    ('  moderator text scrubbing (redaction)', ['org.sealedintake.intake.ModeratorTextScrubber.scrub']),
    ('  report transaction (ReportWriter.create)', ['org.sealedintake.intake.ReportWriter.create']),
    ('    quota charge', ['org.sealedintake.intake.QuotaService.chargeReport']),
    ('    ownership rows', ['org.sealedintake.intake.Ownership.recordReport']),
    ('    identity sealing: HPKE', ['org.sealedintake.crypto.SealingEncryptor.seal']),
    ('    identity fingerprints', ['org.sealedintake.sealing.IdentityFingerprints.of']),
    ('    leak-guard self-test', ['org.sealedintake.sealing.GuardSelfTest.passes']),
    ('    audit event and its Ed25519 seal', ['org.sealedintake.audit.AuditLog.record']),
    ('    case join', ['org.sealedintake.cases.CaseIntake.join']),
    ('    commit', ['TransactionManager.commit']),
    ('JWT check (quarkus-oidc)', ['io.quarkus.oidc.runtime.OidcIdentityProvider', 'org.jose4j']),
    ('JSON (Jackson)', ['com.fasterxml.jackson']),
    ('JDBC driver (any caller)', ['org.postgresql.']),
    ('Hibernate ORM (any caller)', [re.compile(r'^org\.hibernate\.(?!validator)')]),
    ('audit chainer (after commit)', ['org.sealedintake.audit.AuditChainJob']),
    ('evidence worker (after commit)', ['org.sealedintake.cases.evidence.EvidenceCaptureJob']),
    ('HTTP, Vert.x, Netty outside the application', ['ONLY-FRAMEWORK']),
    ('logging', ['org.jboss.logmanager', 'org.jboss.logging']),
    ('socket system calls to PostgreSQL (async-profiler only)', ['org.postgresql.core.PGStream.flush',
                                                                 'org.postgresql.core.VisibleBufferedInputStream.readMore']),
    ('JIT compiler threads (async-profiler only)', ['CompileBroker::']),
    # The thread of each stack (async-profiler's `threads` option): where the HTTP side and the JWT check run.
    ('on the Vert.x event loops (async-profiler only)', ['[vert.x-eventloop-thread']),
    ('on the request workers (async-profiler only)', ['[executor-thread']),
])


def matches(stack, needles):
    if needles == ['ONLY-FRAMEWORK']:
        return (not any(f.startswith('org.sealedintake') for f in stack)
                and any(f.startswith(('io.netty.', 'io.vertx.')) for f in stack))
    return any(any((x.search(f) if hasattr(x, 'search') else x in f) for x in needles) for f in stack)


def read_stacks(path):
    """(frames, weight) per distinct stack; frames as dotted names."""
    text = open(path, encoding='utf-8', errors='replace').read()
    if path.endswith('.collapsed'):
        out = []
        for line in text.splitlines():
            frames, _, count = line.rpartition(' ')
            if frames:
                out.append(([f.replace('/', '.') for f in frames.split(';')], int(count)))
        return out
    stacks = [re.findall(r'^\s+([\w$.<>/]+)\(', e, re.M) for e in text.split('jdk.ExecutionSample')[1:]]
    return [(s, 1) for s in stacks if s]


def main(path):
    weighted = read_stacks(path)
    n = sum(w for _, w in weighted)
    if n == 0:
        print('no samples')
        return
    print(f'| step | share of sampled service CPU |\n|---|---|')
    for name, needles in GROUPS.items():
        hits = sum(w for s, w in weighted if matches(s, needles))
        label = name.replace('  ', '&nbsp;&nbsp;')
        print(f'| {label} | {100 * hits / n:.1f}% |')
    print(f'\n{n} samples.')


if __name__ == '__main__':
    main(sys.argv[1])
