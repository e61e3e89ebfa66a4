-- Retention targets (制定保持目标, ADR 0034): the acceptable yearly loss rate of each customer class in percent,
-- set by directors (audited); the handbook's example values.
create table retention_target (
    id              bigint primary key,
    version         integer not null default 0,
    created_at      timestamp(6) with time zone not null,
    customer_class  varchar(1) not null,
    loss_rate       numeric(5, 2) not null,
    constraint uq_retention_target unique (customer_class)
);
insert into retention_target (id, version, created_at, customer_class, loss_rate)
values (nextval('app_seq'), 0, current_timestamp, 'A', 5),
       (nextval('app_seq'), 0, current_timestamp, 'B', 10),
       (nextval('app_seq'), 0, current_timestamp, 'C', 20);
