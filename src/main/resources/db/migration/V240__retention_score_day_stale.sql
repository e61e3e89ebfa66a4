-- A stored score of today is marked stale when its customer changes, instead of deleted (ADR 0049), so that the
-- at-risk list finds what it must recompute through indexes instead of comparing the day with every customer: the
-- stale rows (PostgreSQL: a partial index, db/vendor/postgresql) and the customers above the day's highest stored id.
alter table retention_score_day add column stale boolean default false not null;
create index ix_retention_score_day_customer on retention_score_day (score_date, customer_id);
drop index ix_retention_score_day;
