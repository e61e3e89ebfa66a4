package org.salesteam.motivation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.salesteam.motivation.internal.ContestDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The designer form: the draft's fields flat, names of people comma-separated. Field
 * names match the API's so that a broken rule shows on its field.
 */
public class ContestForm {

	private String name;

	private String theme;

	private String kpiCode = "SALES";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private Integer graceDays = 3;

	private String scoring = "BRACKETED";

	private String prizeMode = "TIERS";

	private Integer topN = 3;

	private BigDecimal threshold;

	private BigDecimal tierTarget;

	private BigDecimal tierSprint;

	private BigDecimal tierChallenge;

	private String prizes;

	private BigDecimal prizeCost;

	private BigDecimal budget;

	private String rulesText;

	private BigDecimal assistShare = new BigDecimal("0.2");

	private List<Long> teamIds = new ArrayList<>();

	private String usernames;

	private String support;

	private String committee;

	private String filterCategory;

	private String filterClass;

	private boolean filterNewCustomers;

	ContestDraft toDraft() {
		return new ContestDraft(this.name, this.theme, this.kpiCode, this.from, this.to, this.graceDays, this.scoring,
				this.prizeMode, this.topN, this.threshold,
				new ContestDraft.Tiers(this.tierTarget, this.tierSprint, this.tierChallenge), this.prizes,
				this.prizeCost, this.budget, this.rulesText, this.assistShare,
				new ContestDraft.Participants(this.teamIds, names(this.usernames), names(this.support)),
				names(this.committee), filters());
	}

	/** The KPI filters of the form, by the API's names (blank ones are left out). */
	private Map<String, Object> filters() {
		Map<String, Object> filters = new java.util.LinkedHashMap<>();
		filters.put("productCategory", this.filterCategory);
		filters.put("customerClass", this.filterClass);
		filters.put("newCustomersOnly", this.filterNewCustomers);
		return filters;
	}

	public String getFilterCategory() {
		return this.filterCategory;
	}

	public void setFilterCategory(String filterCategory) {
		this.filterCategory = filterCategory;
	}

	public String getFilterClass() {
		return this.filterClass;
	}

	public void setFilterClass(String filterClass) {
		this.filterClass = filterClass;
	}

	public boolean isFilterNewCustomers() {
		return this.filterNewCustomers;
	}

	public void setFilterNewCustomers(boolean filterNewCustomers) {
		this.filterNewCustomers = filterNewCustomers;
	}

	static List<String> names(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,，\\s]+")).filter((s) -> !s.isBlank()).toList();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public String getKpiCode() {
		return this.kpiCode;
	}

	public void setKpiCode(String kpiCode) {
		this.kpiCode = kpiCode;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Integer getGraceDays() {
		return this.graceDays;
	}

	public void setGraceDays(Integer graceDays) {
		this.graceDays = graceDays;
	}

	public String getScoring() {
		return this.scoring;
	}

	public void setScoring(String scoring) {
		this.scoring = scoring;
	}

	public String getPrizeMode() {
		return this.prizeMode;
	}

	public void setPrizeMode(String prizeMode) {
		this.prizeMode = prizeMode;
	}

	public Integer getTopN() {
		return this.topN;
	}

	public void setTopN(Integer topN) {
		this.topN = topN;
	}

	public BigDecimal getThreshold() {
		return this.threshold;
	}

	public void setThreshold(BigDecimal threshold) {
		this.threshold = threshold;
	}

	public BigDecimal getTierTarget() {
		return this.tierTarget;
	}

	public void setTierTarget(BigDecimal tierTarget) {
		this.tierTarget = tierTarget;
	}

	public BigDecimal getTierSprint() {
		return this.tierSprint;
	}

	public void setTierSprint(BigDecimal tierSprint) {
		this.tierSprint = tierSprint;
	}

	public BigDecimal getTierChallenge() {
		return this.tierChallenge;
	}

	public void setTierChallenge(BigDecimal tierChallenge) {
		this.tierChallenge = tierChallenge;
	}

	public String getPrizes() {
		return this.prizes;
	}

	public void setPrizes(String prizes) {
		this.prizes = prizes;
	}

	public BigDecimal getPrizeCost() {
		return this.prizeCost;
	}

	public void setPrizeCost(BigDecimal prizeCost) {
		this.prizeCost = prizeCost;
	}

	public BigDecimal getBudget() {
		return this.budget;
	}

	public void setBudget(BigDecimal budget) {
		this.budget = budget;
	}

	public String getRulesText() {
		return this.rulesText;
	}

	public void setRulesText(String rulesText) {
		this.rulesText = rulesText;
	}

	public BigDecimal getAssistShare() {
		return this.assistShare;
	}

	public void setAssistShare(BigDecimal assistShare) {
		this.assistShare = assistShare;
	}

	public List<Long> getTeamIds() {
		return this.teamIds;
	}

	public void setTeamIds(List<Long> teamIds) {
		this.teamIds = (teamIds != null) ? teamIds : new ArrayList<>();
	}

	public String getUsernames() {
		return this.usernames;
	}

	public void setUsernames(String usernames) {
		this.usernames = usernames;
	}

	public String getSupport() {
		return this.support;
	}

	public void setSupport(String support) {
		this.support = support;
	}

	public String getCommittee() {
		return this.committee;
	}

	public void setCommittee(String committee) {
		this.committee = committee;
	}

}
