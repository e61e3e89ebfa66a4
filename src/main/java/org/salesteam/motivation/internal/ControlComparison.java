package org.salesteam.motivation.internal;

import java.math.BigDecimal;

/**
 * The control group's view of one evaluation window (ADR 0046), a pure function: the
 * participants' change against the same window a year earlier, the comparable
 * non-participants' change over the same two windows, and the difference — the
 * participants' lift net of what happened to everyone else (a market that grew 10 % makes
 * a 15 % rise of the participants a 5-point lift). Null parts when a year-earlier figure
 * is zero or there is no control group.
 */
public record ControlComparison(BigDecimal participantsChange, BigDecimal controlChange, BigDecimal netOfControl) {

	static final ControlComparison NONE = new ControlComparison(null, null, null);

	static ControlComparison of(BigDecimal actual, BigDecimal lastYear, BigDecimal controlActual,
			BigDecimal controlLastYear) {
		BigDecimal participants = EffectFigures.change(actual, lastYear);
		BigDecimal control = (controlActual != null) ? EffectFigures.change(controlActual, controlLastYear) : null;
		BigDecimal net = (participants != null && control != null) ? participants.subtract(control) : null;
		return new ControlComparison(participants, control, net);
	}

}
