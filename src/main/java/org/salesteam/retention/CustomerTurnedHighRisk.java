package org.salesteam.retention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's stored at-risk score entered the HIGH band: published by the nightly
 * scoring job in the transaction that stores the day, once per transition — the day's
 * stored score is HIGH and the customer's previous stored score (the latest day before)
 * was not. A customer without a previous stored score has no transition (the first run of
 * the job tells nobody about the whole book). Going back below HIGH and up again is a new
 * transition (ADR 0042).
 *
 * @param on the stored day
 * @param risk the day's risk (0–100)
 * @param previousRisk the risk of the previous stored day
 */
public record CustomerTurnedHighRisk(long customerId, LocalDate on, int risk, int previousRisk, Instant at) {

}
