-- When a contest's results were announced (ADR 0039): once, on the first run of the announcement job after the
-- contest reached FINAL (window and grace days over); null while not announced.
alter table contest add column announced_at timestamp(6) with time zone;
