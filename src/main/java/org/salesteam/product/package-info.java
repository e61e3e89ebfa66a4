/**
 * Products (产品): what the printing company sells, with its category, unit, list price and
 * standard unit cost. Admins and directors maintain them; every signed-in user reads
 * them. Other modules use {@link org.salesteam.product.Products}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Product")
package org.salesteam.product;
