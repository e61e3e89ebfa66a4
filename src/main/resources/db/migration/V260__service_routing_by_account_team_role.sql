-- Issue 19, item 5 (ADR 0052): a new service request of a key account is routed to the account-team
-- member whose role the request type calls for; deadlines tightened by the account's portfolio box.
alter table service_request add column assignee_id bigint references app_user (id);
alter table service_request add column routed_role varchar(30);
create index ix_service_request_assignee on service_request (assignee_id);

-- the routing table: request type -> account-team role (a type without a row goes to CUSTOMER_SERVICE)
create table ka_service_route (
    request_type varchar(20) primary key,
    team_role    varchar(30) not null
);
insert into ka_service_route (request_type, team_role) values
    ('COMPLAINT', 'CUSTOMER_SERVICE'),
    ('QUALITY', 'QUALITY'),
    ('DELIVERY', 'PRODUCTION_PLANNING'),
    ('RUSH_JOB', 'PRODUCTION_PLANNING'),
    ('INVOICE', 'CREDIT'),
    ('TECHNICAL', 'PREPRESS'),
    ('SAMPLE', 'PREPRESS'),
    ('QUOTE', 'KEY_ACCOUNT_MANAGER'),
    ('OTHER', 'CUSTOMER_SERVICE');

-- deadlines by portfolio box, in working hours; null = the customer class's deadline applies.
-- The shorter of the class's and the box's deadline is used.
create table ka_service_deadline (
    box              varchar(20) primary key,
    response_hours   int,
    resolution_hours int
);
insert into ka_service_deadline (box, response_hours, resolution_hours) values
    ('STRATEGIC', 2, 9),
    ('STAR', 4, 18),
    ('STATUS', null, null),
    ('STREAMLINE', null, null);
