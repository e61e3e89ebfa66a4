-- Issue 21 (ADR 0036): a robot's messages as plain text (with @-mentions by mobile) or as the robots' markdown.
alter table notify_channel add column format varchar(10) default 'TEXT' not null;
