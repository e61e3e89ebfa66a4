-- The field-work rollups get a generation of their own (ADR 0015): row 1 is the order rollups', row 2 the
-- visit, activity and time rollups'.
insert into kpi_rollup_version (id, version) values (2, 0);
