/**
 * Key-account management (大客户管理), the handbook's chapters 6–9 after Malcolm McDonald's
 * method: the portfolio analysis in ten steps — the accounts of a portfolio, the
 * attractiveness factors and the customers' critical success factors with their weights,
 * several scorers' scores, and the matrix of attractiveness × relative strength with the
 * four boxes ({@link org.salesteam.keyaccount.PortfolioBox}). Reads customers, their
 * visibility and their sales through the other modules' APIs. See ADR 0030.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Key accounts")
package org.salesteam.keyaccount;
