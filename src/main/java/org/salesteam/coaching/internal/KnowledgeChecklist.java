package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge checklist of a rep (知识清单): every item with its status and proof, and the
 * proofs a coach or the rep records. A quiz result and a manager's sign-off are the
 * coach's (the rep's manager or a director, 403 otherwise); an artifact and the data
 * check of the top prospects the rep's or the coach's; an observed visit is proved by a
 * completed coaching session (not a joint call) and is not recorded here. Readiness =
 * required items done ÷ required items.
 */
@Service
public class KnowledgeChecklist {

	static final String ITEM = "coaching.entity.knowledgeItem";

	/** One item for one rep: its status, due day and the proof that counts. */
	public record ItemStatus(KnowledgeRules.Item item, KnowledgeRules.Status status, LocalDate dueOn,
			LocalDate provedOn, LocalDate expiresOn, Integer score, String evidence, Long sessionId) {
	}

	/** A rep's checklist. */
	public record Checklist(String username, String name, long required, long done, BigDecimal readiness,
			List<ItemStatus> items) {
	}

	/**
	 * What a proof carries: a quiz score (0–100), an artifact or note, a list of
	 * customers.
	 */
	public record ProofRequest(Integer score, String evidence, List<Long> customerIds) {
	}

	private record Proved(LocalDate on, Integer score, String evidence, Long sessionId) {
	}

	private final JdbcClient jdbc;

	private final KnowledgeProofRepository proofs;

	private final CoachingAccess access;

	private final Clock clock;

	KnowledgeChecklist(JdbcClient jdbc, KnowledgeProofRepository proofs, CoachingAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.proofs = proofs;
		this.access = access;
		this.clock = clock;
	}

	/** The rep's checklist today (404 for a rep the user does not see). */
	@Transactional(readOnly = true)
	public Checklist of(UserPrincipal user, String username) {
		TeamDirectory.Member rep = this.access.person(user, username);
		List<ItemStatus> items = statuses(List.of(rep.id()), LocalDate.now(this.clock)).get(rep.id());
		long required = items.stream().filter((s) -> s.item().required()).count();
		long done = items.stream()
			.filter((s) -> s.item().required() && s.status() == KnowledgeRules.Status.DONE)
			.count();
		return new Checklist(rep.username(), rep.displayName(), required, done, readiness(done, required), items);
	}

	/**
	 * The required items done and the required items, summed over the reps, on
	 * {@code day}.
	 */
	@Transactional(readOnly = true)
	public long[] doneAndRequired(Collection<Long> repIds, LocalDate day) {
		long done = 0;
		long required = 0;
		for (List<ItemStatus> items : statuses(repIds, day).values()) {
			for (ItemStatus status : items) {
				if (status.item().required()) {
					required++;
					done += (status.status() == KnowledgeRules.Status.DONE) ? 1 : 0;
				}
			}
		}
		return new long[] { done, required };
	}

	static BigDecimal readiness(long done, long required) {
		return (required == 0) ? null
				: BigDecimal.valueOf(done).divide(BigDecimal.valueOf(required), 6, RoundingMode.HALF_UP);
	}

	/** Records a proof of one item; the checklist afterwards. */
	@Transactional
	public Checklist prove(UserPrincipal user, String username, String code, ProofRequest request) {
		TeamDirectory.Member rep = this.access.person(user, username);
		KnowledgeRules.Item item = items().stream()
			.filter((candidate) -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(ITEM, code));
		boolean coach = this.access.mayCoach(user, rep.id());
		boolean self = rep.id() == user.id();
		ProofRequest body = (request != null) ? request : new ProofRequest(null, null, null);
		LocalDate today = LocalDate.now(this.clock);
		Integer score = null;
		String evidence = trimmed(body.evidence());
		switch (item.proof()) {
			case "MANAGER_SIGNOFF" -> require(coach);
			case "QUIZ" -> {
				require(coach);
				score = body.score();
				if (score == null || score < 0 || score > 100) {
					throw BusinessRuleException.onField("score", "coaching.knowledge.error.score");
				}
				if (score < KnowledgeRules.QUIZ_PASS) {
					throw BusinessRuleException.onField("score", "coaching.knowledge.error.quizFailed", score,
							KnowledgeRules.QUIZ_PASS);
				}
			}
			case "ARTIFACT" -> {
				require(coach || self);
				if (evidence == null) {
					throw BusinessRuleException.onField("evidence", "coaching.validation.required");
				}
			}
			case "DATA_CHECK" -> {
				require(coach || self);
				evidence = dataCheck(rep.id(), body.customerIds());
			}
			default -> throw BusinessRuleException.onField("proof", "coaching.knowledge.error.byCoaching");
		}
		this.proofs
			.saveAndFlush(new KnowledgeProof(rep.id(), item.code(), item.proof(), today, user.id(), score, evidence));
		return of(user, username);
	}

	/**
	 * The rep's list against the system's top ⌈20 %⌉ prospects of the rep's territories
	 * by potential: 422 on {@code customerIds} below 90 % overlap; the evidence
	 * otherwise.
	 */
	private String dataCheck(long repId, List<Long> named) {
		if (named == null || named.isEmpty()) {
			throw BusinessRuleException.onField("customerIds", "coaching.validation.required");
		}
		List<Long> prospects = this.jdbc.sql("""
				select c.id from customer c
				where c.status = 'PROSPECT'
				  and c.territory_id in (select t.territory_id from app_user_territory t where t.user_id = :rep)
				order by c.potential desc, c.id""").param("rep", repId).query(Long.class).list();
		if (prospects.isEmpty()) {
			throw BusinessRuleException.onField("customerIds", "coaching.knowledge.error.noProspects");
		}
		List<Long> top = prospects.subList(0, KnowledgeRules.topCount(prospects.size()));
		BigDecimal overlap = KnowledgeRules.overlap(named, top);
		String percent = overlap.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
		if (overlap.compareTo(KnowledgeRules.DATA_CHECK_PASS) < 0) {
			throw BusinessRuleException.onField("customerIds", "coaching.knowledge.error.dataCheckFailed", percent,
					top.size());
		}
		return percent + " % / " + top.size();
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("not allowed to prove this item");
		}
	}

	private static String trimmed(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.trim().length() > 1000) {
			throw BusinessRuleException.onField("evidence", "coaching.validation.tooLong", 1000);
		}
		return text.trim();
	}

	List<KnowledgeRules.Item> items() {
		return this.jdbc.sql("""
				select code, area, what, example, source, due_days, proof, required, valid_days
				from knowledge_item order by sort_order""").query(KnowledgeRules.Item.class).list();
	}

	/**
	 * Every rep's items with their status on {@code day}, in a few reads for all of them.
	 */
	private Map<Long, List<ItemStatus>> statuses(Collection<Long> repIds, LocalDate day) {
		Map<Long, List<ItemStatus>> result = new HashMap<>();
		if (repIds.isEmpty()) {
			return result;
		}
		List<KnowledgeRules.Item> items = items();
		Map<String, Proved> latest = new HashMap<>();
		// plain SQL, not the repository: the KPI engine asks this for every dashboard
		// call
		// (KNOWLEDGE_READINESS), and loading entities cost most of the call at scale M
		this.jdbc.sql("""
				select p.rep_id, p.item_code, p.accepted_on, p.score, p.evidence from knowledge_proof p
				where p.rep_id in (:reps) and p.accepted_on <= :day""")
			.param("reps", repIds)
			.param("day", day)
			.query((rs, n) -> latest.merge(rs.getLong(1) + "/" + rs.getString(2),
					new Proved(rs.getObject(3, LocalDate.class), (Integer) rs.getObject(4), rs.getString(5), null),
					(a, b) -> a.on().isAfter(b.on()) ? a : b))
			.list();
		Map<Long, Proved> observed = new HashMap<>();
		this.jdbc.sql("""
				select s.rep_id, s.id, s.completed_on from coaching_session s
				where s.rep_id in (:reps) and s.step = 'DONE' and not s.joint_call and s.completed_on <= :day""")
			.param("reps", repIds)
			.param("day", day)
			.query((rs, n) -> {
				observed.merge(rs.getLong(1), new Proved(rs.getObject(3, LocalDate.class), null, null, rs.getLong(2)),
						(a, b) -> a.on().isAfter(b.on()) ? a : b);
				return null;
			})
			.list();
		Map<Long, LocalDate> joined = new HashMap<>();
		this.jdbc
			.sql("""
					select u.id, coalesce((select min(r.since) from role_tenure r where r.user_id = u.id and r.role = 'REP'),
					  cast(u.created_at as date)) from app_user u where u.id in (:reps)""")
			.param("reps", repIds)
			.query((rs, n) -> joined.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list();
		for (Long repId : repIds) {
			List<ItemStatus> statuses = new ArrayList<>();
			for (KnowledgeRules.Item item : items) {
				Proved proved = "OBSERVED_VISIT".equals(item.proof()) ? observed.get(repId)
						: latest.get(repId + "/" + item.code());
				LocalDate joinedOn = joined.getOrDefault(repId, day);
				LocalDate provedOn = (proved != null) ? proved.on() : null;
				statuses.add(new ItemStatus(item, KnowledgeRules.status(item, provedOn, joinedOn, day),
						joinedOn.plusDays(item.dueDays()), provedOn,
						(provedOn != null && item.validDays() != null) ? provedOn.plusDays(item.validDays()) : null,
						(proved != null) ? proved.score() : null, (proved != null) ? proved.evidence() : null,
						(proved != null) ? proved.sessionId() : null));
			}
			result.put(repId, statuses);
		}
		return result;
	}

}
