package org.salesteam.sales.internal;

import java.util.EnumMap;
import java.util.Map;

import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OpportunityStage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The win probability of each stage (defaults 10/25/50/75/100/0 %), kept in a table that
 * admins and directors change; weighted pipeline = amount × probability.
 */
@Component
public class StageProbabilities {

	private final JdbcClient jdbc;

	StageProbabilities(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		if (!user.hasAnyRole(Role.ADMIN, Role.DIRECTOR)) {
			throw new AccessDeniedException("probabilities are set by admins and directors");
		}
		if (probability < 0 || probability > 100) {
			throw org.salesteam.platform.BusinessRuleException.onField("probability", "sales.validation.probability");
		}
		this.jdbc.sql("update opportunity_stage_probability set probability = :p where stage = :stage")
			.param("p", probability)
			.param("stage", stage.name())
			.update();
	}

}
