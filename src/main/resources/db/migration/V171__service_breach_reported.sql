-- Issue 21 (ADR 0036): the service requests whose breach of a deadline was reported (ServiceRequestBreached), so
-- that each is reported once. No foreign key: this version runs before service_request exists on a new database
-- (V131); rows are written only for existing requests.
create table service_breach_reported (
    request_id  bigint primary key,
    reported_at timestamp(6) with time zone not null
);
