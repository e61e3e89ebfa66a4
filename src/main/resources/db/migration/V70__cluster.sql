-- More than one application node against one database (docs/scaling.md).

-- Spring Session JDBC: the browser sessions, so that any node serves any signed-in user. The tables of
-- spring-session-jdbc's own schema-postgresql.sql / schema-h2.sql (same columns; BYTEA works on both).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- ShedLock: one row per scheduled job; the node that holds the row until lock_until runs the job, the others
-- skip that run. Times come from the database clock, so the nodes' clocks need not agree.
create table shedlock (
    name       varchar(64) not null,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
