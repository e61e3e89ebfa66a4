package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.salesteam.motivation.ContestStatus;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/**
 * 销售竞赛: a contest for a KPI over a window. Its status follows from {@link #launchedAt}
 * and the dates ({@link #status}); its rules are changed only as a DRAFT
 * ({@link ContestEditing} answers 409 afterwards), each change raising
 * {@code rulesVersion}, and every change is in the audit trail.
 */
@Entity
@Audited("contest")
@Table(name = "contest")
public class Contest extends AbstractAggregate {

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 200)
	private String theme;

	@Column(name = "kpi_code", nullable = false, length = 40)
	private String kpiCode;

	@Column(name = "date_from", nullable = false)
	private LocalDate firstDay;

	@Column(name = "date_to", nullable = false)
	private LocalDate lastDay;

	@Column(name = "grace_days", nullable = false)
	private int graceDays = 3;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Scoring scoring;

	@Enumerated(EnumType.STRING)
	@Column(name = "prize_mode", nullable = false, length = 20)
	private PrizeMode prizeMode;

	@Column(name = "top_n")
	private Integer topN;

	@Column(precision = 19, scale = 4)
	private BigDecimal threshold;

	@Column(name = "tier_target", precision = 19, scale = 4)
	private BigDecimal tierTarget;

	@Column(name = "tier_sprint", precision = 19, scale = 4)
	private BigDecimal tierSprint;

	@Column(name = "tier_challenge", precision = 19, scale = 4)
	private BigDecimal tierChallenge;

	@Column(length = 1000)
	private String prizes;

	@Column(name = "prize_cost", nullable = false, precision = 19, scale = 2)
	private BigDecimal prizeCost = BigDecimal.ZERO;

	@Column(nullable = false, precision = 19, scale = 2)
	private BigDecimal budget = BigDecimal.ZERO;

	@Column(name = "rules_text", length = 4000)
	private String rulesText;

	@Column(name = "assist_share", nullable = false, precision = 5, scale = 4)
	private BigDecimal assistShare = new BigDecimal("0.2");

	@Column(name = "filter_category", length = 100)
	private String filterCategory;

	@Column(name = "filter_class", length = 1)
	private String filterClass;

	@Column(name = "filter_segment_id")
	private Long filterSegmentId;

	@Column(name = "filter_new_customers", nullable = false)
	private boolean filterNewCustomers;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(name = "rules_version", nullable = false)
	private int rulesVersion = 1;

	@Column(name = "launched_at")
	private Instant launchedAt;

	@Column(name = "override_reason", length = 1000)
	private String overrideReason;

	@Column(name = "announced_at")
	private Instant announcedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "contest_team", joinColumns = @JoinColumn(name = "contest_id"))
	@Column(name = "team_id")
	private Set<Long> teamIds = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "contest_participant", joinColumns = @JoinColumn(name = "contest_id"))
	@Column(name = "username")
	private Set<String> reps = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "contest_support", joinColumns = @JoinColumn(name = "contest_id"))
	@Column(name = "username")
	private Set<String> support = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "contest_committee", joinColumns = @JoinColumn(name = "contest_id"))
	@Column(name = "username")
	private Set<String> committee = new TreeSet<>();

	protected Contest() {
	}

	Contest(long ownerId) {
		this.ownerId = ownerId;
	}

	/**
	 * Takes the draft's rules (validated by the caller); raises the version on a change.
	 */
	void apply(ContestDraft draft, Set<Long> teams, Set<String> reps, Set<String> support, boolean change) {
		this.name = draft.name().trim();
		this.theme = draft.theme();
		this.kpiCode = draft.kpiCode().toUpperCase(java.util.Locale.ROOT);
		this.firstDay = draft.from();
		this.lastDay = draft.to();
		this.graceDays = (draft.graceDays() != null) ? draft.graceDays() : 3;
		this.scoring = Scoring.valueOf(draft.scoring());
		this.prizeMode = PrizeMode.valueOf(draft.prizeMode());
		this.topN = draft.topN();
		this.threshold = draft.threshold();
		ContestDraft.Tiers tiers = draft.tiersOrEmpty();
		this.tierTarget = tiers.target();
		this.tierSprint = tiers.sprint();
		this.tierChallenge = tiers.challenge();
		this.prizes = draft.prizes();
		this.prizeCost = (draft.prizeCost() != null) ? draft.prizeCost() : BigDecimal.ZERO;
		this.budget = (draft.budget() != null) ? draft.budget() : BigDecimal.ZERO;
		this.rulesText = draft.rulesText();
		this.assistShare = (draft.assistShare() != null) ? draft.assistShare() : new BigDecimal("0.2");
		ContestFilters filters = ContestFilters.parse(draft.filters(), this.kpiCode);
		this.filterCategory = filters.productCategory();
		this.filterClass = filters.customerClass();
		this.filterSegmentId = filters.segmentId();
		this.filterNewCustomers = filters.newCustomersOnly();
		this.teamIds = new TreeSet<>(teams);
		this.reps = new TreeSet<>(reps);
		this.support = new TreeSet<>(support);
		this.committee = new TreeSet<>(draft.committeeOrEmpty());
		if (change) {
			this.rulesVersion++;
		}
	}

	void launch(Instant at, String overrideReason) {
		this.launchedAt = at;
		this.overrideReason = overrideReason;
	}

	/** The KPI's filters (ADR 0046); {@link ContestFilters#any()} false when none. */
	public ContestFilters getFilters() {
		return new ContestFilters(this.filterCategory, this.filterClass, this.filterSegmentId, this.filterNewCustomers);
	}

	/** Marks the results as announced (once, on FINAL; ADR 0039). */
	void announce(Instant at) {
		this.announcedAt = at;
	}

	public Instant getAnnouncedAt() {
		return this.announcedAt;
	}

	/** The status on this day. */
	public ContestStatus status(LocalDate today) {
		if (this.launchedAt == null) {
			return ContestStatus.DRAFT;
		}
		if (today.isBefore(this.firstDay)) {
			return ContestStatus.SCHEDULED;
		}
		if (!today.isAfter(this.lastDay)) {
			return ContestStatus.RUNNING;
		}
		if (!today.isAfter(this.lastDay.plusDays(this.graceDays))) {
			return ContestStatus.CLOSING;
		}
		return today.isAfter(this.lastDay.plusDays(days())) ? ContestStatus.EVALUATED : ContestStatus.FINAL;
	}

	/** The prize rules, for the standings. */
	public Standings.Prizes prizeRules() {
		return new Standings.Prizes(this.prizeMode, this.topN, this.threshold, getTiers());
	}

	public KpiPeriod period() {
		return new KpiPeriod(this.firstDay, this.lastDay);
	}

	/** The window's length in days, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(this.firstDay, this.lastDay) + 1;
	}

	public String getName() {
		return this.name;
	}

	public String getTheme() {
		return this.theme;
	}

	public String getKpiCode() {
		return this.kpiCode;
	}

	public LocalDate getFrom() {
		return this.firstDay;
	}

	public LocalDate getTo() {
		return this.lastDay;
	}

	public int getGraceDays() {
		return this.graceDays;
	}

	public Scoring getScoring() {
		return this.scoring;
	}

	public PrizeMode getPrizeMode() {
		return this.prizeMode;
	}

	public Integer getTopN() {
		return this.topN;
	}

	public BigDecimal getThreshold() {
		return this.threshold;
	}

	public ContestDraft.Tiers getTiers() {
		return new ContestDraft.Tiers(this.tierTarget, this.tierSprint, this.tierChallenge);
	}

	public String getPrizes() {
		return this.prizes;
	}

	public BigDecimal getPrizeCost() {
		return this.prizeCost;
	}

	public BigDecimal getBudget() {
		return this.budget;
	}

	public String getRulesText() {
		return this.rulesText;
	}

	public BigDecimal getAssistShare() {
		return this.assistShare;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public int getRulesVersion() {
		return this.rulesVersion;
	}

	public Instant getLaunchedAt() {
		return this.launchedAt;
	}

	public String getOverrideReason() {
		return this.overrideReason;
	}

	public Set<Long> getTeamIds() {
		return Set.copyOf(this.teamIds);
	}

	public Set<String> getReps() {
		return Set.copyOf(this.reps);
	}

	public Set<String> getSupport() {
		return Set.copyOf(this.support);
	}

	public Set<String> getCommittee() {
		return Set.copyOf(this.committee);
	}

}
