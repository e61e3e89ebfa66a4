-- Issue 14: territory, segment, customer and product codes are case-insensitive wherever people type or import
-- them. The application writes them in upper case and looks them up in upper case (or ignoring case); a code
-- stored otherwise (written by SQL or by an older version) is upper-cased here, unless another row already has
-- the same code in another case — that one is left as it is, so that no unique constraint breaks (a lookup
-- ignoring case then finds one of them).
update territory set code = upper(code)
where code <> upper(code)
  and not exists (select 1 from territory o where o.id <> territory.id and upper(o.code) = upper(territory.code));
update market_segment set code = upper(code)
where code <> upper(code)
  and not exists (select 1 from market_segment o where o.id <> market_segment.id
                  and upper(o.code) = upper(market_segment.code));
update customer set code = upper(code)
where code <> upper(code)
  and not exists (select 1 from customer o where o.id <> customer.id and upper(o.code) = upper(customer.code));
update product set code = upper(code)
where code <> upper(code)
  and not exists (select 1 from product o where o.id <> product.id and upper(o.code) = upper(product.code));
