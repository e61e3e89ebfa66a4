package org.salesteam.keyaccount.internal;

import java.util.List;

/**
 * The scale of one attractiveness factor (step ④): the measure the data answers it with
 * ({@code null} when it is scored by judgement only) and its bands.
 */
public record FactorScale(String factor, FactorMeasure measure, List<ScoringBand> bands) {
}
