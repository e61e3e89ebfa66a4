package org.salesteam.retention.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.salesteam.retention.RetentionState;

/**
 * The at-risk score as a pure function: the sum of the weights of the reasons that hold
 * (overdue on the clock, and the order facts' signals), at most 100; health = 100 − risk.
 */
final class RiskScore {

	record Score(int risk, String band, int health, List<RiskReason> reasons) {
	}

	private RiskScore() {
	}

	static Score of(RetentionState state, Set<RiskReason> signals, RetentionSettings settings) {
		List<RiskReason> reasons = new ArrayList<>();
		for (RiskReason reason : RiskReason.values()) {
			boolean holds = (reason == RiskReason.OVERDUE)
					? state == RetentionState.OVERDUE || state == RetentionState.DORMANT_SUGGESTED
					: signals.contains(reason);
			if (holds) {
				reasons.add(reason);
			}
		}
		int risk = Math.min(100, reasons.stream().mapToInt(settings::weight).sum());
		return new Score(risk, settings.band(risk), 100 - risk, List.copyOf(reasons));
	}

}
