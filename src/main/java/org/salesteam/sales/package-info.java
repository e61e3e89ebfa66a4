/**
 * Sales (销售): opportunities through the handbook's stages, orders with their lines,
 * delivery, invoice and payments, receivables and the credit check (信用管理). Every query
 * applies the team module's record visibility by the owning rep. Other modules use
 * {@link org.salesteam.sales.CustomerSalesFigures} and the order events
 * ({@link org.salesteam.sales.OrderPlaced}, {@link org.salesteam.sales.OrderCancelled},
 * {@link org.salesteam.sales.PaymentReceived}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales")
package org.salesteam.sales;
