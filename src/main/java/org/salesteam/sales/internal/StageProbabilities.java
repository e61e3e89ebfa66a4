package org.salesteam.sales.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditLog;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OpportunityStage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The win probability of each stage (defaults 10/25/50/75/100/0 %), kept in a table that
 * admins and directors change; weighted pipeline = amount × probability. Every change is
 * an audit entry ({@value #AUDIT_ENTITY}, id = the stage, old and new percentage).
 */
@Component
public class StageProbabilities {

	static final String AUDIT_ENTITY = "stageProbability";

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	StageProbabilities(JdbcClient jdbc, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	public static boolean mayChange(UserPrincipal user) {
		return user.hasAnyRole(Role.ADMIN, Role.DIRECTOR);
	}

	public Map<OpportunityStage, Integer> all() {
		Map<OpportunityStage, Integer> result = new EnumMap<>(OpportunityStage.class);
		this.jdbc.sql("select stage, probability from opportunity_stage_probability")
			.query((rs, row) -> Map.entry(OpportunityStage.valueOf(rs.getString(1)), rs.getInt(2)))
			.list()
			.forEach((entry) -> result.put(entry.getKey(), entry.getValue()));
		return result;
	}

	@Transactional
	public void change(UserPrincipal user, OpportunityStage stage, int probability) {
		if (mayChange(user) && (probability < 0 || probability > 100)) {
			throw BusinessRuleException.onField("probability", "sales.validation.probability");
		}
		changeAll(user, Map.of(stage, probability));
	}

	/**
	 * Sets the given stages' probabilities, all or nothing: a value outside 0–100 is a
	 * {@link BusinessRuleException} on the field named after its stage, and nothing is
	 * written. Unchanged stages write nothing.
	 */
	@Transactional
	public void changeAll(UserPrincipal user, Map<OpportunityStage, Integer> probabilities) {
		if (!mayChange(user)) {
			throw new AccessDeniedException("probabilities are set by admins and directors");
		}
		probabilities.forEach((stage, probability) -> {
			if (probability == null || probability < 0 || probability > 100) {
				throw BusinessRuleException.onField(stage.name(), "sales.validation.probability");
			}
		});
		Map<OpportunityStage, Integer> before = all();
		probabilities.forEach((stage, probability) -> {
			Integer old = before.get(stage);
			if (old != null && old.intValue() == probability) {
				return;
			}
			this.jdbc.sql("update opportunity_stage_probability set probability = :p where stage = :stage")
				.param("p", probability)
				.param("stage", stage.name())
				.update();
			this.auditLog.record(user.getUsername(), AUDIT_ENTITY, stage.name(), AuditAction.UPDATE,
					List.of(new AuditEntry.Change("probability", (old != null) ? old.toString() : null,
							probability.toString())));
		});
	}

}
