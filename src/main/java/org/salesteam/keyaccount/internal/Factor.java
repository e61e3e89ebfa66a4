package org.salesteam.keyaccount.internal;

/**
 * A named factor of a portfolio analysis and its weight (the weights of a kind add up to
 * 100).
 */
public record Factor(String name, int weight) {
}
