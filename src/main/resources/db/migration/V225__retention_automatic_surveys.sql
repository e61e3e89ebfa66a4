-- Automatic satisfaction surveys (ADR 0047): a survey the application creates (CSAT after a closed service request or
-- a delivered order, the yearly NPS of a key account's contacts) waits for the customer's owner to take its link; no
-- token exists until then, and only its hash is stored when it does. source_ref names what caused it, so a cause
-- creates at most one survey.
alter table retention_survey alter column token_hash drop not null;
alter table retention_survey alter column expires_at drop not null;
alter table retention_survey add column origin varchar(20) not null default 'MANUAL';
alter table retention_survey add column source_ref varchar(40);
alter table retention_survey add column link_issued_at timestamp(6) with time zone;
update retention_survey set link_issued_at = sent_at;
alter table retention_survey add constraint uq_retention_survey_source unique (source_ref);
