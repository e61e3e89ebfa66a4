package org.salesteam.keyaccount.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesteam.customer.Customers;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hand-over step (ADR 0048): a key account passes from its key-account manager — the
 * team's, else the customer's owner — to another active user, by a manager, director or
 * admin who manages the account (else 403 / 404). Every checklist item must be confirmed
 * (422 on {@code checklist.<ITEM>}); the new manager must be an active user other than
 * the current one (422 on {@code to}); the note is at most 1,000 characters
 * ({@code note}). The team then has the new manager as its key-account manager (a role
 * they held before is replaced) and the previous one, if on the team, stays as backup
 * rep; the change goes through the team editing (its checks and audit), the hand-over is
 * recorded and the new manager is told. The customer's owner does not change: that is a
 * transfer (客户移交).
 */
@Service
public class Handovers {

	/** A past hand-over as the account page and the API show it. */
	public record Entry(long id, LocalDate on, String from, String to, String by, List<HandoverItem> checklist,
			String note) {
	}

	private final KeyAccountAccess access;

	private final TeamRows teams;

	private final KeyAccountEditing editing;

	private final HandoverRepository handovers;

	private final TeamDirectory directory;

	private final KeyAccountNotices notices;

	private final Clock clock;

	Handovers(KeyAccountAccess access, TeamRows teams, KeyAccountEditing editing, HandoverRepository handovers,
			TeamDirectory directory, KeyAccountNotices notices, Clock clock) {
		this.access = access;
		this.teams = teams;
		this.editing = editing;
		this.handovers = handovers;
		this.directory = directory;
		this.notices = notices;
		this.clock = clock;
	}

	@Transactional
	public long handOver(UserPrincipal user, long customerId, String to, Collection<String> confirmed, String note) {
		Customers.CustomerSummary customer = this.access.managedCustomer(user, customerId);
		TeamDirectory.Member successor = (to == null) ? null
				: this.directory.findMemberByUsername(to.trim()).filter(TeamDirectory.Member::active).orElse(null);
		List<TeamMember> team = this.teams.members(customerId);
		Long current = team.stream()
			.filter((member) -> member.role() == TeamRole.KEY_ACCOUNT_MANAGER)
			.map(TeamMember::userId)
			.findFirst()
			.orElse(customer.ownerId());
		if (successor == null || Long.valueOf(successor.id()).equals(current)) {
			throw BusinessRuleException.onField("to", "keyaccount.error.handoverTo");
		}
		Set<String> ticked = (confirmed != null) ? confirmed.stream().map(String::trim).collect(Collectors.toSet())
				: Set.of();
		for (HandoverItem item : HandoverItem.values()) {
			if (!ticked.contains(item.name())) {
				throw BusinessRuleException.onField("checklist." + item.name(), "keyaccount.error.handoverItem");
			}
		}
		String text = (note == null || note.isBlank()) ? null : note.trim();
		if (text != null && text.length() > 1000) {
			throw BusinessRuleException.onField("note", "keyaccount.error.tooLong", 1000);
		}
		this.editing.setTeam(user, customerId, teamAfter(team, successor.username(), current));
		String checklist = String.join(",", List.of(HandoverItem.values()).stream().map(Enum::name).toList());
		Handover handover = this.handovers.save(new Handover(customerId, current, successor.id(),
				LocalDate.now(this.clock), checklist, text, user.id()));
		this.notices.handedOver(handover);
		return handover.getId();
	}

	/** The customer's hand-overs, newest first; 404 when the user may not read it. */
	@Transactional(readOnly = true)
	public List<Entry> of(UserPrincipal user, long customerId) {
		this.access.readableCustomer(user, customerId);
		return this.handovers.findByCustomerIdOrderByIdDesc(customerId)
			.stream()
			.map((handover) -> new Entry(handover.getId(), handover.getHandedOverOn(), name(handover.getFromUserId()),
					name(handover.getToUserId()), name(handover.getHandedOverBy()),
					List.of(handover.getChecklist().split(",")).stream().map(HandoverItem::valueOf).toList(),
					handover.getNote()))
			.toList();
	}

	/**
	 * The team with the successor as key-account manager and the previous manager, if a
	 * member, as backup rep.
	 */
	private static List<KeyAccountEditing.MemberRequest> teamAfter(List<TeamMember> team, String successor,
			Long previous) {
		List<KeyAccountEditing.MemberRequest> members = new ArrayList<>();
		members.add(new KeyAccountEditing.MemberRequest(successor, TeamRole.KEY_ACCOUNT_MANAGER.name(), "ACCOUNTABLE",
				null));
		for (TeamMember member : team) {
			if (member.username().equals(successor)) {
				continue;
			}
			boolean wasManager = member.role() == TeamRole.KEY_ACCOUNT_MANAGER
					|| Long.valueOf(member.userId()).equals(previous);
			members.add(new KeyAccountEditing.MemberRequest(member.username(),
					wasManager ? TeamRole.BACKUP_REP.name() : member.role().name(),
					(member.raci() != null) ? member.raci().name() : null, member.duty()));
		}
		return members;
	}

	private String name(Long userId) {
		return (userId == null) ? "—"
				: this.directory.findMember(userId).map(TeamDirectory.Member::displayName).orElse("?");
	}

}
