-- Issue 14: an order line's line_no is its key inside the order, as the source system writes it (an ERP line id
-- such as 900000 or 2024-000117-3), not a position: a positive whole number of any size (stored without leading
-- zeros) or other text of at most 64 characters. Lines numbered by the application keep 1, 2, 3 … as text.
-- Lines are listed by the length of the key, then the key: whole numbers in numeric order (9 before 10).
alter table order_line alter column line_no set data type varchar(64);
