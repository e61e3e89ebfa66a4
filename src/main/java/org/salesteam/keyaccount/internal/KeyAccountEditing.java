package org.salesteam.keyaccount.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.customer.Customers;
import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditLog;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designating key accounts and managing their teams (issue 19, ADR 0035): managers,
 * directors and admins, on customers they see by owner. Everything is checked before
 * anything is written; every change is in the audit trail (the designation as entity
 * {@code keyAccount}, the team as {@code accountTeam}, the flag in the customer's).
 */
@Service
public class KeyAccountEditing {

	/** A team member as asked for: by username. */
	public record MemberRequest(String username, String role, String raci, String duty) {
	}

	static final String TEAM_AUDIT = "accountTeam";

	private final KeyAccountAccess access;

	private final DesignationRepository designations;

	private final TeamRows teams;

	private final TeamDirectory directory;

	private final Customers customers;

	private final AuditLog audit;

	private final Clock clock;

	KeyAccountEditing(KeyAccountAccess access, DesignationRepository designations, TeamRows teams,
			TeamDirectory directory, Customers customers, AuditLog audit, Clock clock) {
		this.access = access;
		this.designations = designations;
		this.teams = teams;
		this.directory = directory;
		this.customers = customers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Designates the customer a key account, or changes the criteria of one: strategic
	 * fit 1–5 (422 on {@code strategicFit}), a reason of up to 1000 characters.
	 */
	@Transactional
	public void designate(UserPrincipal user, long customerId, Integer strategicFit, String reason) {
		this.access.managedCustomer(user, customerId);
		if (strategicFit == null || strategicFit < 1 || strategicFit > 5) {
			throw BusinessRuleException.onField("strategicFit", "keyaccount.error.strategicFit");
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.trim();
		if (why != null && why.length() > 1000) {
			throw BusinessRuleException.onField("reason", "keyaccount.error.reason");
		}
		KeyAccountDesignation designation = this.designations.findByCustomerId(customerId)
			.orElseGet(() -> new KeyAccountDesignation(customerId, LocalDate.now(this.clock), user.id()));
		designation.describe(strategicFit, why);
		this.designations.save(designation);
		this.customers.markKeyAccount(customerId, true);
	}

	/** Ends the designation: the customer is no key account any more; its team stays. */
	@Transactional
	public void withdraw(UserPrincipal user, long customerId) {
		this.access.managedCustomer(user, customerId);
		this.designations.findByCustomerId(customerId).ifPresent(this.designations::delete);
		this.customers.markKeyAccount(customerId, false);
	}

	/**
	 * Replaces the account team. Each member names an active user once (422 on
	 * {@code members[i].username}), a role ({@code members[i].role}) and optionally a
	 * RACI letter's word and a duty; at most one key-account manager ({@code members}).
	 */
	@Transactional
	public void setTeam(UserPrincipal user, long customerId, List<MemberRequest> requests) {
		this.access.managedCustomer(user, customerId);
		if (requests == null) {
			throw BusinessRuleException.onField("members", "keyaccount.error.members");
		}
		List<TeamMember> members = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < requests.size(); i++) {
			MemberRequest request = requests.get(i);
			String field = "members[" + i + "]";
			if (request == null) {
				throw BusinessRuleException.onField(field, "keyaccount.error.members");
			}
			TeamDirectory.Member person = (request.username() == null) ? null
					: this.directory.findMemberByUsername(request.username().trim())
						.filter(TeamDirectory.Member::active)
						.orElse(null);
			if (person == null || !seen.add(person.id())) {
				throw BusinessRuleException.onField(field + ".username", "keyaccount.error.memberUser");
			}
			TeamRole role = parse(TeamRole.class, request.role(), field + ".role", false);
			Raci raci = parse(Raci.class, request.raci(), field + ".raci", true);
			String duty = (request.duty() == null || request.duty().isBlank()) ? null : request.duty().trim();
			if (duty != null && duty.length() > 300) {
				throw BusinessRuleException.onField(field + ".duty", "keyaccount.error.duty");
			}
			members.add(new TeamMember(person.id(), person.username(), person.displayName(), role, raci, duty, null));
		}
		if (members.stream().filter((m) -> m.role() == TeamRole.KEY_ACCOUNT_MANAGER).count() > 1) {
			throw BusinessRuleException.onField("members", "keyaccount.error.oneManager");
		}
		String before = audited(this.teams.members(customerId));
		this.teams.replace(customerId, members, LocalDate.now(this.clock));
		String after = audited(members);
		if (!before.equals(after)) {
			this.audit.record(user.getUsername(), TEAM_AUDIT, customerId, AuditAction.UPDATE,
					List.of(new AuditEntry.Change("members", before, after)));
		}
	}

	private static String audited(List<TeamMember> members) {
		return String.join(", ", members.stream().map(TeamMember::audited).sorted().toList());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, boolean optional) {
		if (value == null || value.isBlank()) {
			if (optional) {
				return null;
			}
			throw BusinessRuleException.onField(field, "keyaccount.error.choice");
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException unknown) {
			throw BusinessRuleException.onField(field, "keyaccount.error.choice");
		}
	}

}
