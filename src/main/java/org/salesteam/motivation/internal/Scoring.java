package org.salesteam.motivation.internal;

/**
 * How a participant's score is computed from the contest KPI's value (ADR 0032).
 * ABSOLUTE: the value; PCT_OF_TARGET: value ÷ the participant's pro-rated goal target;
 * LIFT: (value − baseline) ÷ baseline, baseline = the same window a year earlier;
 * PER_POTENTIAL: value ÷ (annual potential × window days ÷ 365); BRACKETED: the value,
 * ranked inside terciles of similar potential.
 */
public enum Scoring {

	ABSOLUTE, PCT_OF_TARGET, LIFT, PER_POTENTIAL, BRACKETED

}
