-- A position is closed and reopened with a reason (issue 15 item 6, ADR 0044): the last change's reason and day
-- (the audit trail keeps every earlier one).
alter table recruit_position add column status_reason varchar(500);
alter table recruit_position add column status_changed_on date;
