/**
 * Sales (销售): opportunities through the handbook's stages, orders with their lines,
 * delivery, invoice and payments, receivables and the credit check (信用管理). Every query
 * applies the team module's record visibility by the owning rep. Other modules use
 * {@link org.salesteam.sales.CustomerSalesFigures} and the order events
 * ({@link org.salesteam.sales.OrderPlaced}, {@link org.salesteam.sales.OrderCancelled},
 * {@link org.salesteam.sales.PaymentReceived}).
 * <p>
 * An opportunity's amount is the sum of its product lines (the amount entered only
 * without lines); winning or losing closes it on that business day; an order placed from
 * a won opportunity keeps its id ({@code sales_order.opportunity_id}). The opportunity
 * page lists the visits linked to it by reading the visit module's {@code visit} table
 * with SQL ({@code internal.OpportunityRecords}, read only, the visit visibility rule
 * through {@code SalesAccess}): {@code visit} reads {@code opportunity} the same way, and
 * neither module depends on the other's Java types, so the module graph keeps no cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales")
package org.salesteam.sales;
