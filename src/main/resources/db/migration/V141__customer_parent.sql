-- Group structure (issue 19, ADR 0030): a subsidiary or plant points to its parent customer; the parent's
-- subsidiaries are its buying centres in the key-account whitespace grid. Null: no parent.
alter table customer add column parent_customer_id bigint references customer (id);
create index ix_customer_parent on customer (parent_customer_id);
