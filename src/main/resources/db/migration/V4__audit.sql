-- Audit trail of @Audited entities (see docs/adr/0003-audit-trail.md). Ids come from app_seq.
-- No foreign keys to business tables: the history of a deleted record must survive it.
create table audit_event (
    id          bigint primary key,
    occurred_at timestamp(6) with time zone not null,
    username    varchar(100) not null,
    entity_type varchar(50) not null,
    entity_id   varchar(100) not null,
    action      varchar(10) not null,
    constraint ck_audit_event_action check (action in ('CREATE', 'UPDATE', 'DELETE'))
);
-- newest first overall, per record, per user (keyset paging on occurred_at, id)
create index ix_audit_event_time on audit_event (occurred_at, id);
create index ix_audit_event_entity on audit_event (entity_type, entity_id, occurred_at);
create index ix_audit_event_user on audit_event (username, occurred_at);

create table audit_change (
    event_id  bigint not null references audit_event (id) on delete cascade,
    change_no integer not null,
    field     varchar(100) not null,
    old_value varchar(4000),
    new_value varchar(4000),
    primary key (event_id, change_no)
);
