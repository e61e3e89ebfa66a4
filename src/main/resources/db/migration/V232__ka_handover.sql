-- The hand-over of a key account to a new key-account manager (issue 19, ADR 0048): who handed it from whom to
-- whom, on which day, the checklist items confirmed (comma-separated names) and a note.
create table ka_handover (
    id              bigint primary key,
    version         integer not null default 0,
    created_at      timestamp not null,
    customer_id     bigint not null references customer (id),
    from_user_id    bigint references app_user (id),
    to_user_id      bigint not null references app_user (id),
    handed_over_on  date not null,
    checklist       varchar(300) not null,
    note            varchar(1000),
    handed_over_by  bigint not null references app_user (id)
);
create index ix_ka_handover_customer on ka_handover (customer_id, handed_over_on);
