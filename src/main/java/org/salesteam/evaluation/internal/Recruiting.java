package org.salesteam.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruiting (招聘): open positions, candidates and their interviews. Candidates' personal
 * data is seen by managers, directors and admins only (everyone else 403); managers and
 * directors open positions, enter candidates, interview, decide and hire; any of the
 * three deletes a candidate on request. An offer needs at least
 * {@value #MIN_INTERVIEWERS} interviewers. A hire is linked to the rep account the admin
 * created and starts the hire's first-90-days development plan ({@link FirstNinetyDays}).
 */
@Service
public class Recruiting {

	/** Interviewers who must have scored a candidate before an offer. */
	public static final int MIN_INTERVIEWERS = 2;

	static final String ENTITY = "entity.candidate";

	/** A candidate with their position, interviews read together and the hire's name. */
	public record Shown(Candidate candidate, RecruitPosition position, List<Interview> interviews,
			InterviewSummary summary, Map<Long, String> interviewerNames, String hiredUsername) {
	}

	private final RecruitPositionRepository positions;

	private final CandidateRepository candidates;

	private final InterviewRepository interviews;

	private final TeamDirectory directory;

	private final FirstNinetyDays firstNinetyDays;

	private final Clock clock;

	Recruiting(RecruitPositionRepository positions, CandidateRepository candidates, InterviewRepository interviews,
			TeamDirectory directory, FirstNinetyDays firstNinetyDays, Clock clock) {
		this.positions = positions;
		this.candidates = candidates;
		this.interviews = interviews;
		this.directory = directory;
		this.firstNinetyDays = firstNinetyDays;
		this.clock = clock;
	}

	/** Managers, directors and admins read recruiting (403 otherwise). */
	public static void requireReader(UserPrincipal user) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("recruiting is for managers, directors and admins");
		}
	}

	/** Managers and directors recruit (403 otherwise). */
	public static void requireRecruiter(UserPrincipal user) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			throw new AccessDeniedException("managers and directors recruit");
		}
	}

	@Transactional(readOnly = true)
	public List<RecruitPosition> positions(UserPrincipal user) {
		requireReader(user);
		return this.positions.findAllByOrderByOpenedOnDescIdDesc();
	}

	@Transactional
	public RecruitPosition openPosition(UserPrincipal user, String title, Long teamId, LocalDate openedOn) {
		requireRecruiter(user);
		if (teamId != null && this.directory.allTeams().stream().noneMatch((team) -> team.id() == teamId)) {
			throw BusinessRuleException.onField("teamId", "evaluation.recruit.error.team");
		}
		return this.positions
			.save(new RecruitPosition(title, teamId, (openedOn != null) ? openedOn : today(), user.id()));
	}

	/** Closes an open position with a reason (managers and directors; audited). */
	@Transactional
	public RecruitPosition closePosition(UserPrincipal user, long id, String reason) {
		requireRecruiter(user);
		RecruitPosition position = findPosition(id);
		position.close(reason, today());
		return position;
	}

	/** Reopens a closed position with a reason (managers and directors; audited). */
	@Transactional
	public RecruitPosition reopenPosition(UserPrincipal user, long id, String reason) {
		requireRecruiter(user);
		RecruitPosition position = findPosition(id);
		position.reopen(reason, today());
		return position;
	}

	private RecruitPosition findPosition(long id) {
		return this.positions.findById(id).orElseThrow(() -> new NotFoundException("entity.recruitPosition", id));
	}

	/** The pipeline, newest first, optionally of one position. */
	@Transactional(readOnly = true)
	public List<Shown> candidates(UserPrincipal user, Long positionId) {
		requireReader(user);
		Map<Long, RecruitPosition> byId = this.positions.findAll()
			.stream()
			.collect(Collectors.toMap(RecruitPosition::getId, Function.identity()));
		List<Candidate> list = this.candidates.findAllByOrderByIdDesc()
			.stream()
			.filter((c) -> positionId == null || positionId.equals(c.getPositionId()))
			.toList();
		Map<Long, List<Interview>> held = this.interviews
			.findByCandidateIdIn(list.stream().map(Candidate::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(Interview::getCandidateId));
		return list.stream()
			.map((c) -> shown(c, byId.get(c.getPositionId()), held.getOrDefault(c.getId(), List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public Shown one(UserPrincipal user, long id) {
		requireReader(user);
		return shown(find(id));
	}

	@Transactional
	public Shown add(UserPrincipal user, Candidate.Form form) {
		requireRecruiter(user);
		if (form.positionId() == null) {
			throw BusinessRuleException.onField("positionId", "evaluation.error.required");
		}
		RecruitPosition position = this.positions.findById(form.positionId())
			.orElseThrow(() -> BusinessRuleException.onField("positionId", "evaluation.recruit.error.position"));
		position.requireOpen();
		return shown(this.candidates.save(new Candidate(position.getId(), form)));
	}

	/** The caller's interview of the candidate: one per interviewer (422 on a second). */
	@Transactional
	public Shown interview(UserPrincipal user, long id, Interview.Form form) {
		requireRecruiter(user);
		Candidate candidate = find(id);
		if (this.interviews.existsByCandidateIdAndInterviewerId(id, user.id())) {
			throw BusinessRuleException.onField("interviewer", "evaluation.recruit.error.interviewedAlready");
		}
		candidate.interviewed();
		LocalDate held = (form.heldOn() != null) ? form.heldOn() : today();
		if (held.isAfter(today())) {
			throw BusinessRuleException.onField("heldOn", "evaluation.recruit.error.future");
		}
		this.interviews.save(new Interview(id, user.id(), held, form));
		return shown(candidate);
	}

	@Transactional
	public Shown decide(UserPrincipal user, long id, String decision, String note) {
		requireRecruiter(user);
		Candidate candidate = find(id);
		Candidate.Decision parsed = Candidate.Decision.parse(decision);
		candidate.decide(parsed, note, this.interviews.findByCandidateIdOrderByHeldOnAscIdAsc(id).size());
		return shown(candidate);
	}

	/**
	 * The offered candidate joined as the rep account {@code username} (created by the
	 * admin) on {@code hiredOn}: the link is kept, and the first-90-days plan starts
	 * (written by the caller, who must be able to coach the new rep — their manager or a
	 * director). An account already linked to another candidate: 422 on {@code username}.
	 */
	@Transactional
	public Shown hire(UserPrincipal user, long id, String username, LocalDate hiredOn) {
		requireRecruiter(user);
		Candidate candidate = find(id);
		if (username == null || username.isBlank()) {
			throw BusinessRuleException.onField("username", "evaluation.error.required");
		}
		TeamDirectory.Member member = this.directory.findMemberByUsername(username.trim())
			.orElseThrow(() -> BusinessRuleException.onField("username", "evaluation.recruit.error.user"));
		Optional<Candidate> linked = this.candidates.findByHiredUserId(member.id());
		if (linked.isPresent() && !linked.get().getId().equals(id)) {
			throw BusinessRuleException.onField("username", "evaluation.recruit.error.linked");
		}
		LocalDate on = (hiredOn != null) ? hiredOn : today();
		candidate.hired(member.id(), on);
		Shown shown = shown(candidate);
		candidate.plan(this.firstNinetyDays.start(user, member.username(), on, shown.summary()));
		return shown(candidate);
	}

	/**
	 * Deletes the candidate and their interviews on request; the audit trail keeps that
	 * it happened, never the name, phone or e-mail (masked).
	 */
	@Transactional
	public void delete(UserPrincipal user, long id) {
		requireReader(user);
		Candidate candidate = find(id);
		this.interviews.deleteAll(this.interviews.findByCandidateIdOrderByHeldOnAscIdAsc(id));
		this.candidates.delete(candidate);
	}

	/** The hired candidates, for the first-year check of the interview score. */
	@Transactional(readOnly = true)
	List<Shown> hires() {
		return this.candidates.findByHiredUserIdNotNull().stream().map(this::shown).toList();
	}

	private Candidate find(long id) {
		return this.candidates.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private Shown shown(Candidate candidate) {
		return shown(candidate, this.positions.findById(candidate.getPositionId()).orElse(null),
				this.interviews.findByCandidateIdOrderByHeldOnAscIdAsc(candidate.getId()));
	}

	private Shown shown(Candidate candidate, RecruitPosition position, List<Interview> held) {
		List<Long> people = new java.util.ArrayList<>(held.stream().map(Interview::getInterviewerId).toList());
		if (candidate.getHiredUserId() != null) {
			people.add(candidate.getHiredUserId());
		}
		Map<Long, TeamDirectory.Member> members = people.isEmpty() ? Map.of()
				: this.directory.findMembers(people)
					.stream()
					.collect(Collectors.toMap(TeamDirectory.Member::id, Function.identity()));
		Map<Long, String> names = new java.util.HashMap<>();
		members.forEach((key, member) -> names.put(key, member.displayName()));
		String hired = (candidate.getHiredUserId() != null && members.containsKey(candidate.getHiredUserId()))
				? members.get(candidate.getHiredUserId()).username() : null;
		return new Shown(candidate, position, held, InterviewSummary.of(held), names, hired);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static String required(String field, String text, int max) {
		String value = optional(field, text, max);
		if (value == null) {
			throw BusinessRuleException.onField(field, "evaluation.error.required");
		}
		return value;
	}

	static String optional(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.trim();
		if (value.length() > max) {
			throw BusinessRuleException.onField(field, "evaluation.recruit.error.tooLong", max);
		}
		return value;
	}

}
