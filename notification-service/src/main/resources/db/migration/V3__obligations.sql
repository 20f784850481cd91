-- Consular obligations (VCCR Art. 36, 37, 42) and everything that proves they were met: the restricted notices they
-- come from, rights advisements, notices to posts, follow-ups, and the deadline alerts raised on them.

-- The latest restricted notice from Imigrasi per custody episode, death or guardianship need: the identity a letter
-- to the post needs. Kept whole (jsonb) because it is read only to print the letter.
create table received_notice (
    id            uuid primary key,
    notice_type   varchar(40)  not null,           -- CustodyNoticeIssued.v1, DeathNoticeIssued.v1, ...
    case_id       uuid         not null,
    subject_key   varchar(80)  not null,           -- custody:<custodyId> | death:<caseId> | guardianship:<caseId>
    person_ref    uuid,
    payload       jsonb        not null,
    issued_at     timestamptz  not null,
    received_at   timestamptz  not null,
    constraint received_notice_subject unique (subject_key)
);

create table obligation (
    id                       uuid primary key,
    case_id                  uuid         not null,
    custody_id               uuid,
    person_ref               uuid,
    nationality              varchar(3)   not null,
    nationalities            varchar(200) not null,   -- every nationality of the person, comma-separated
    trigger                  varchar(30)  not null,
    subject_key              varchar(80)  not null,   -- custody:<custodyId> | death:<caseId> | guardianship:<caseId> | wreck:<caseId>
    legal_basis              varchar(200) not null,
    triggered_at             timestamptz  not null,   -- arrest, identification as foreign, death, accident
    opened_at                timestamptz  not null,
    province_code            varchar(2),
    received_notice_id       uuid references received_notice (id),
    immunity                 varchar(30)  not null default 'NONE',
    asylum_seeker_or_refugee boolean      not null default false,
    minor                    boolean      not null default false,
    status                   varchar(20)  not null,
    regime                   varchar(20)  not null,
    regime_reasons           varchar(400) not null,
    regime_explanation       text         not null,
    regime_determined_at     timestamptz  not null,
    notify_without_request   boolean      not null,
    advisement_due           boolean      not null,
    post_code                varchar(40),
    advisement_warning_at    timestamptz,
    advisement_due_at        timestamptz,
    notification_warning_at  timestamptz,
    notification_due_at      timestamptz,
    requested_at             timestamptz,             -- the person asked that the post be notified
    override_reason          varchar(1000),
    override_by              varchar(200),
    override_at              timestamptz,
    custody_started_at       timestamptz,
    custody_ended_at         timestamptz,
    custody_end_reason       varchar(30),
    escalation_level         int          not null default 0,
    version                  bigint       not null default 0,
    -- one obligation per person, event and nationality
    constraint obligation_once unique (subject_key, nationality)
);

create index obligation_status_nationality on obligation (status, nationality);
create index obligation_case on obligation (case_id);
create index obligation_custody on obligation (custody_id) where custody_id is not null;
create index obligation_notification_due on obligation (notification_due_at) where status in ('OPEN', 'NOTIFIED');

-- The person's answer when told of the right to consular notification; the latest one counts (a refusal can be withdrawn).
create table rights_advisement (
    id                       uuid primary key,
    obligation_id            uuid         not null references obligation (id),
    advised_at               timestamptz  not null,
    answer                   varchar(20)  not null,   -- REQUESTED, DECLINED, NO_RESPONSE, UNABLE
    language                 varchar(8)   not null,
    interpreter_used         boolean      not null,
    interpreter_name         varchar(200),
    opposes_consular_access  boolean      not null,
    advised_by               varchar(200) not null,   -- the officer who advised (as stated)
    recorded_by              varchar(200) not null,   -- the caller who recorded it
    recorded_at              timestamptz  not null,
    delay_minutes            bigint       not null,
    late                     boolean      not null,
    notes                    varchar(1000)
);
create index rights_advisement_obligation on rights_advisement (obligation_id, advised_at);

-- A later stage of a custody episode the post must hear about (transfer, illness, release, death penalty...).
create table follow_up (
    id              uuid primary key,
    obligation_id   uuid         not null references obligation (id),
    source_event_id uuid         not null,
    stage           varchar(40)  not null,
    occurred_at     timestamptz  not null,
    scheduled_at    timestamptz,
    details         jsonb        not null,            -- the CustodyFollowUpIssued payload
    warning_at      timestamptz,
    due_at          timestamptz,                       -- null when the post is not to be told (the person declined)
    received_at     timestamptz  not null,
    constraint follow_up_once unique (obligation_id, source_event_id)
);

create sequence notice_reference_seq;

create table consular_notice (
    id                       uuid primary key,
    obligation_id            uuid         not null references obligation (id),
    follow_up_id             uuid references follow_up (id),
    kind                     varchar(20)  not null,   -- INITIAL, FOLLOW_UP, DEATH, CORRECTION
    basis                    varchar(30)  not null,   -- REQUESTED, MANDATORY, ARTICLE_37, ARTICLE_42, SUPERVISED_OVERRIDE
    channel                  varchar(20)  not null,
    post_code                varchar(40)  not null,
    reference_number         varchar(60)  not null unique,
    sent_at                  timestamptz  not null,
    sent_by                  varchar(200) not null,
    due_at                   timestamptz,
    late                     boolean      not null,
    delay_minutes            bigint       not null,
    delivery_status          varchar(20)  not null,   -- SENT, DELIVERED, FAILED
    delivery_updated_at      timestamptz,
    delivery_detail          varchar(500),
    acknowledgement_chase_at timestamptz,
    acknowledged_at          timestamptz,
    acknowledgement_channel  varchar(20),
    acknowledged_by          varchar(200),
    version                  bigint       not null default 0
);
create index consular_notice_obligation on consular_notice (obligation_id, sent_at);
create index consular_notice_unacknowledged on consular_notice (acknowledgement_chase_at) where acknowledged_at is null;
create unique index follow_up_noticed_once on consular_notice (follow_up_id) where follow_up_id is not null;

alter table follow_up add column notice_id uuid references consular_notice (id);

-- Each warning or breach of a clock is raised once (the unique key makes the scheduler safe on several instances).
create table deadline_alert (
    id              uuid primary key,
    obligation_id   uuid         not null references obligation (id),
    clock           varchar(20)  not null,            -- ADVISEMENT, NOTIFICATION, ACKNOWLEDGEMENT, ACCESS
    subject_id      uuid         not null,            -- the obligation, follow-up, notice or access request on the clock
    level           varchar(10)  not null,            -- WARNING, BREACH
    due_at          timestamptz  not null,
    raised_at       timestamptz  not null,
    constraint deadline_alert_once unique (obligation_id, clock, subject_id, level)
);
create index deadline_alert_obligation on deadline_alert (obligation_id);
