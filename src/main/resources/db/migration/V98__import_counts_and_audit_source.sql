-- Issue 20: an import job counts created and updated rows apart, remembers which rows it may write
-- (create and update / create only / update only) and whether an admin let it create missing
-- reference data; an audit entry names where a change came from (null: the application's own
-- screens and API; 'importJob:<id>': an import job).
alter table import_job add column rows_created integer default 0 not null;
alter table import_job add column rows_updated integer default 0 not null;
alter table import_job add column write_mode varchar(20) default 'CREATE_AND_UPDATE' not null;
alter table import_job add column create_missing boolean default false not null;
alter table audit_event add column source varchar(100);
