-- Complaints and service requests (投诉与服务请求) with deadlines for the first response and the resolution in
-- working time by the customer's class (ADR 0029).

create table service_request (
    id                      bigint primary key,
    version                 integer not null default 0,
    customer_id             bigint not null references customer (id),
    order_id                bigint references sales_order (id),
    -- COMPLAINT, QUALITY, DELIVERY, INVOICE, TECHNICAL, SAMPLE, QUOTE, RUSH_JOB, OTHER
    request_type            varchar(20) not null,
    -- LOW, NORMAL, HIGH, CRITICAL
    severity                varchar(10) not null,
    subject                 varchar(200) not null,
    description             varchar(2000),
    -- OPEN, WAITING_CUSTOMER, CLOSED
    status                  varchar(20) not null,
    -- the customer's class when opened: it decided the deadlines
    customer_class          varchar(1) not null,
    opened_at               timestamp(6) with time zone not null,
    opened_by               bigint not null references app_user (id),
    response_target_minutes integer not null,
    resolution_target_minutes integer not null,
    -- working minutes spent waiting for the customer: the deadlines move by as much
    paused_minutes          integer not null default 0,
    waiting_since           timestamp(6) with time zone,
    response_due_at         timestamp(6) with time zone not null,
    resolution_due_at       timestamp(6) with time zone not null,
    first_response_at       timestamp(6) with time zone,
    closed_at               timestamp(6) with time zone,
    closed_by               bigint references app_user (id),
    root_cause              varchar(1000),
    corrective_action       varchar(1000),
    resolved_in_time        boolean,
    created_at              timestamp(6) with time zone not null
);
create index ix_service_request_customer on service_request (customer_id, opened_at);
create index ix_service_request_status on service_request (status, resolution_due_at);
create index ix_service_request_closed on service_request (closed_at);

-- a closed complaint is counted in COMPLAINTS_RESOLVED as the one work-log activity it writes, at most once
alter table activity_log add column service_request_id bigint;
create unique index ux_activity_log_service_request on activity_log (service_request_id);
