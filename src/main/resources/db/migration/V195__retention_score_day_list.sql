-- The at-risk list is paged, sorted and filtered in SQL from the stored scores of today (ADR 0040): every customer of
-- the company gets a row, prospects and lost customers too (state PROSPECT or LOST, no risk or health), with the
-- clock's overdue ratio (days since the last order ÷ typical interval) the list sorts by after the risk.
alter table retention_score_day alter column risk drop not null;
alter table retention_score_day alter column health drop not null;
alter table retention_score_day add column overdue_ratio double precision;
