-- PostgreSQL only (H2 has neither expression nor partial indexes; its test data is small). ADR 0049.
-- The at-risk list's order: the page is read from this index in order and the scan stops after it, instead of
-- sorting every stored row of the day (20,000 at scale M) for each request; the code breaks the rare ties.
create index ix_retention_score_day_rank on retention_score_day
    (score_date, (coalesce(risk, -1)) desc, (coalesce(overdue_ratio, 0)) desc);
-- The stale rows of a day, found without reading the day's others.
create index ix_retention_score_day_stale on retention_score_day (score_date) where stale;
