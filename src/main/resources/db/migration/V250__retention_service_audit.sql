-- The half-yearly service audit of a key account (服务审计, ADR 0050): per item the customer's importance 1–5, our
-- performance 1–5 and the best competitor's 1–5 (typed; the measured figure beside it is read from the data on
-- each read, not stored); gap = importance × (competitor − ours); the largest gaps carry an action with owner and
-- due date.
create table retention_service_audit (
    id                  bigint primary key,
    version             integer not null default 0,
    created_at          timestamp(6) with time zone not null,
    customer_id         bigint not null references customer (id),
    -- e.g. 2026-H2
    audit_half          varchar(7) not null,
    created_by          bigint not null references app_user (id),
    constraint uq_retention_service_audit unique (customer_id, audit_half)
);
create index ix_retention_service_audit_half on retention_service_audit (audit_half);

create table retention_service_audit_item (
    audit_id            bigint not null references retention_service_audit (id) on delete cascade,
    position            integer not null,
    -- ServiceAuditItem: ON_TIME_DELIVERY, REPRINT_RATE, DEADLINES_MET, QUOTE_TURNAROUND, INVOICE_ACCURACY,
    -- VISITS_AGAINST_STANDARD, CONTACTS_COVERED
    item_code           varchar(30) not null,
    importance          integer,
    ours                integer,
    competitor          integer,
    note                varchar(500),
    action_owner_id     bigint references app_user (id),
    action_due_on       date,
    action_note         varchar(500),
    action_done_on      date,
    primary key (audit_id, position)
);
create index ix_retention_audit_action_owner on retention_service_audit_item (action_owner_id, action_done_on);
