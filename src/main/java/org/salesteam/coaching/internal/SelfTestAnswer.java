package org.salesteam.coaching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One item of a self-test: the rep's importance and ability, the manager's ability. */
@Embeddable
public class SelfTestAnswer {

	@Column(name = "item_code", nullable = false, length = 40)
	private String code;

	private Integer importance;

	private Integer ability;

	@Column(name = "manager_ability")
	private Integer managerAbility;

	protected SelfTestAnswer() {
	}

	SelfTestAnswer(String code) {
		this.code = code;
	}

	void rateByRep(int importance, int ability) {
		this.importance = importance;
		this.ability = ability;
	}

	void rateByManager(int ability) {
		this.managerAbility = ability;
	}

	public String getCode() {
		return this.code;
	}

	public Integer getImportance() {
		return this.importance;
	}

	public Integer getAbility() {
		return this.ability;
	}

	public Integer getManagerAbility() {
		return this.managerAbility;
	}

}
