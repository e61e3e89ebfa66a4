package org.salesteam.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * 最低标准: the minimum activity per week or month, for one rep, for a team, or the company
 * default (neither). The most specific applies.
 */
@Entity
@Audited("visitStandard")
@Table(name = "visit_standard")
public class VisitStandard extends AbstractAggregate {

	@Column(name = "team_id")
	private Long teamId;

	@Column(name = "rep_id")
	private Long repId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private StandardPeriod period;

	@Column(name = "min_visits", nullable = false)
	private int minVisits;

	@Column(name = "min_new_prospects", nullable = false)
	private int minNewProspects;

	@Column(name = "min_conversions", nullable = false)
	private int minConversions;

	@Column(name = "min_proposals", nullable = false)
	private int minProposals;

	protected VisitStandard() {
	}

	public VisitStandard(Long teamId, Long repId, StandardPeriod period) {
		this.teamId = teamId;
		this.repId = repId;
		this.period = period;
	}

	public void set(int visits, int newProspects, int conversions, int proposals) {
		if (visits < 0 || newProspects < 0 || conversions < 0 || proposals < 0) {
			throw new BusinessRuleException("standard.validation.notNegative");
		}
		this.minVisits = visits;
		this.minNewProspects = newProspects;
		this.minConversions = conversions;
		this.minProposals = proposals;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public Long getRepId() {
		return this.repId;
	}

	public StandardPeriod getPeriod() {
		return this.period;
	}

	public int getMinVisits() {
		return this.minVisits;
	}

	public int getMinNewProspects() {
		return this.minNewProspects;
	}

	public int getMinConversions() {
		return this.minConversions;
	}

	public int getMinProposals() {
		return this.minProposals;
	}

}
