-- Unseal requests under dual control (issue 3, threat T4). Runs as the owner role.
-- report_id has no foreign key: retention may delete a report, the record of its unsealing stays.

create table unseal_request (
    id                    uuid primary key,
    report_id             uuid         not null,
    requester_subject     varchar(128) not null,
    legal_basis           varchar(32)  not null
        check (legal_basis in ('COURT_ORDER', 'LAW_ENFORCEMENT_REQUEST', 'REGULATOR_ORDER',
                               'REPORTER_CONSENT', 'VITAL_INTEREST')),
    reference             varchar(200) not null,
    justification         varchar(4000) not null,
    status                varchar(16)  not null
        check (status in ('PENDING', 'APPROVED', 'REJECTED', 'EXECUTED', 'EXPIRED')),
    created_at            timestamptz  not null,
    approved_at           timestamptz,
    expires_at            timestamptz,
    rejection_reason      varchar(1000),
    executed_at           timestamptz,
    deferral_reason       varchar(1000),
    deferred_until        timestamptz,
    constraint unseal_request_approved_has_expiry check (status not in ('APPROVED', 'EXECUTED')
        or (approved_at is not null and expires_at is not null)),
    constraint unseal_request_executed_has_time check (status <> 'EXECUTED' or executed_at is not null),
    constraint unseal_request_deferral_complete check ((deferral_reason is null) = (deferred_until is null))
);
create index unseal_request_requester_idx on unseal_request (requester_subject, created_at desc);
create index unseal_request_status_idx on unseal_request (status, created_at desc);
create index unseal_request_report_idx on unseal_request (report_id);

create table unseal_approval (
    id               bigint generated always as identity primary key,
    request_id       uuid         not null references unseal_request (id),
    approver_subject varchar(128) not null,
    decided_at       timestamptz  not null,
    decision         varchar(16)  not null check (decision in ('APPROVED', 'REJECTED')),
    -- One decision per approver and request: a second approval by the same person cannot count twice.
    constraint unseal_approval_one_per_approver unique (request_id, approver_subject)
);

grant select, insert, update on unseal_request to ${app_role};
grant select, insert on unseal_approval to ${app_role};
