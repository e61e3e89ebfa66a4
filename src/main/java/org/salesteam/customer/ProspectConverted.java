package org.salesteam.customer;

import java.time.LocalDate;

/**
 * A prospect became a customer (潜在客户转化为成交客户): its first non-cancelled order, on
 * {@code convertedOn}, credited to {@code repId} (the owner that day, null for a customer
 * in the pool). {@code qualified} tells whether the prospect had passed its qualification
 * then: conversion is never blocked, an unqualified one is shown to the manager.
 * Published by the customer module, which owns the status, whatever the path (an order
 * taken by hand, by API or imported).
 */
public record ProspectConverted(long customerId, Long repId, LocalDate convertedOn, boolean qualified) {

}
