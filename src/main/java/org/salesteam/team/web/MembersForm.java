package org.salesteam.team.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The reps of one team, as ticked on the members page. */
class MembersForm {

	private Set<Long> repIds = new HashSet<>();

	static MembersForm of(List<Long> memberIds) {
		MembersForm form = new MembersForm();
		form.repIds = new HashSet<>(memberIds);
		return form;
	}

	public Set<Long> getRepIds() {
		return this.repIds;
	}

	public void setRepIds(Set<Long> repIds) {
		this.repIds = (repIds != null) ? repIds : new HashSet<>();
	}

}
