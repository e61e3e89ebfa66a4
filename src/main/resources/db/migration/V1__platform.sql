-- One sequence for every aggregate id of the application (allocation size 50, see AbstractAggregate).
create sequence app_seq start with 1000 increment by 50;

-- Spring Modulith event-publication registry (JPA); Modulith 2 ships no DDL.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    last_resubmission_date timestamp(6) with time zone,
    status                 varchar(20),
    completion_attempts    integer not null default 0
);
create index ix_event_publication_completion on event_publication (completion_date);
