-- Consular access (VCCR Art. 36(1)(c)): a post's or a detainee's request for a visit, call or video call, its steps
-- through AccessRequestLifecycle, and every step on record. Visit figures (last visit, days to first visit) are
-- derived from these rows, never typed in.

create table access_request (
    id                  uuid primary key,
    obligation_id       uuid          not null references obligation (id),
    nationality         varchar(3)    not null,   -- the obligation's, copied for filtering
    post_code           varchar(40)   not null,   -- the post notified, whose officers visit
    mode                varchar(10)   not null check (mode in ('IN_PERSON', 'PHONE', 'VIDEO')),
    requested_by        varchar(10)   not null check (requested_by in ('POST', 'DETAINEE')),
    requested_at        timestamptz   not null,
    preferred_at        timestamptz,
    status              varchar(30)   not null check (status in ('REQUESTED', 'UNDER_REVIEW', 'APPROVED', 'SCHEDULED',
                            'RESCHEDULED', 'CONDUCTED', 'DECLINED_BY_DETAINEE', 'DENIED', 'CANCELLED_BY_POST', 'NO_SHOW',
                            'EXPIRED')),
    scheduled_at        timestamptz,
    place               varchar(300),              -- the facility and room, or the call's number or link
    conducted_at        timestamptz,
    duration_minutes    integer       check (duration_minutes between 1 and 1440),
    visitors            varchar(500),              -- the consular officers who visited, as stated
    legal_basis         varchar(500),              -- a denial's legal basis
    approving_official  varchar(200),              -- who approved a denial
    reason              varchar(1000),             -- the reason of the latest step (denial, cancellation, no-show...)
    notes               varchar(1000),
    warning_at          timestamptz   not null,    -- half-way to due_at
    due_at              timestamptz   not null,    -- requested_at + the country's access term (default 96 h)
    created_by          varchar(200)  not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null default 0,
    check (status <> 'CONDUCTED' or conducted_at is not null),
    check (status <> 'DENIED' or (legal_basis is not null and approving_official is not null))
);
create index access_request_obligation on access_request (obligation_id, requested_at);
create index access_request_nationality_status on access_request (nationality, status);
create index access_request_open_due on access_request (due_at)
    where status in ('REQUESTED', 'UNDER_REVIEW', 'APPROVED', 'SCHEDULED', 'RESCHEDULED');

-- Every step of a request, its creation included (from_status null): who, when, why, and the time set by a
-- (re)scheduling, so a moved visit keeps its earlier time on record.
create table access_request_transition (
    id                  uuid primary key,
    access_request_id   uuid          not null references access_request (id),
    from_status         varchar(30),
    to_status           varchar(30)   not null,
    occurred_at         timestamptz   not null,    -- when the step happened, as stated
    scheduled_at        timestamptz,
    reason              varchar(1000),
    changed_by          varchar(200)  not null,    -- the caller who recorded it
    recorded_at         timestamptz   not null
);
create index access_request_transition_request on access_request_transition (access_request_id, recorded_at);
