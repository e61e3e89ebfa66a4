-- Issue 20, defect 12: automatic customer codes and the duplicate check (查重).
-- The tax id (统一社会信用代码) and switchboard phone of a customer, and the keys of the check (CompanyNames.key
-- of the name, CompanyNames.phoneDigits of the phone: computed by the application; older rows get them on start-up).
alter table customer add column tax_id varchar(18);
alter table customer add column phone varchar(30);
alter table customer add column name_key varchar(200);
alter table customer add column phone_key varchar(30);
create index ix_customer_name_key on customer (name_key);
create index ix_customer_tax_id on customer (tax_id);
create index ix_customer_phone_key on customer (phone_key);

-- The pattern of new customers' codes and the last number drawn. The counter is only ever
-- changed by "update … set code_sequence = code_sequence + n", whose row lock orders
-- concurrent registrations; the settings entity does not map it.
alter table customer_settings add column code_pattern varchar(40) default 'KH-{yyyy}-{seq:5}' not null;
alter table customer_settings add column code_sequence bigint default 0 not null;
