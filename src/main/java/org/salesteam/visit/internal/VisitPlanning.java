package org.salesteam.visit.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.salesteam.visit.Visit;
import org.salesteam.visit.VisitData;
import org.salesteam.visit.VisitPlanned;
import org.salesteam.visit.VisitReport;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.customer.Customers;
import org.salesteam.customer.Customers.CustomerSummary;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, reports and cancels visits. The visiting rep is the user who plans; the customer
 * must be visible to them, checked before anything is written. Reporting a visit with a
 * next visit date plans the follow-up for the same customer on that day, at the time of
 * day the visit had been planned.
 */
@Service
public class VisitPlanning {

	private final VisitAccess access;

	private final VisitRepository visits;

	private final Customers customers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VisitPlanning(VisitAccess access, VisitRepository visits, Customers customers, ApplicationEventPublisher events,
			Clock clock) {
		this.clock = clock;
		this.access = access;
		this.visits = visits;
		this.customers = customers;
		this.events = events;
	}

	@Transactional
	public Visit plan(UserPrincipal user, long customerId, VisitData data) {
		if (!user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("no field work");
		}
		CustomerSummary customer = this.access.customer(user, customerId);
		this.access.checkOpportunity(data.opportunityId(), customer.id());
		this.access.checkContacts(data.contactIds(), customer.id());
		Visit visit = this.visits.save(Visit.planned(user.id(), customer.id(), data, user.id(), now()));
		this.events.publishEvent(planned(visit, false));
		return visit;
	}

	/**
	 * 补录拜访: records a visit of the user to a visible customer that already happened, with
	 * its report (actual start and end required, not later than now).
	 */
	@Transactional
	public Visit record(UserPrincipal user, long customerId, VisitData data, VisitReport report) {
		if (!user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("no field work");
		}
		CustomerSummary customer = this.access.customer(user, customerId);
		this.access.checkOpportunity(data.opportunityId(), customer.id());
		this.access.checkOpportunity(report.opportunityId(), customer.id());
		this.access.checkContacts(data.contactIds(), customer.id());
		this.access.checkContacts(report.contactIds(), customer.id());
		Visit visit = this.visits.save(Visit.recorded(user.id(), customer.id(), data, report, user.id(),
				customer.status() == CustomerStatus.PROSPECT, now()));
		return reported(user, visit);
	}

	@Transactional
	public Visit replan(UserPrincipal user, long id, Integer version, VisitData data) {
		Visit visit = this.access.visit(user, id);
		checkVersion(visit, version);
		this.access.checkOpportunity(data.opportunityId(), visit.getCustomerId());
		this.access.checkContacts(data.contactIds(), visit.getCustomerId());
		visit.replan(data, now());
		return this.visits.save(visit);
	}

	/**
	 * Moves a visible planned visit to another day and time; a stale version is a 409.
	 */
	@Transactional
	public Visit move(UserPrincipal user, long id, Integer version, LocalDateTime plannedAt) {
		Visit visit = this.access.visit(user, id);
		checkVersion(visit, version);
		visit.moveTo(plannedAt, now());
		return this.visits.save(visit);
	}

	@Transactional
	public Visit complete(UserPrincipal user, long id, Integer version, VisitReport report) {
		Visit visit = this.access.visit(user, id);
		checkVersion(visit, version);
		this.access.checkOpportunity(report.opportunityId(), visit.getCustomerId());
		this.access.checkContacts(report.contactIds(), visit.getCustomerId());
		boolean prospect = this.customers.find(visit.getCustomerId())
			.map((c) -> c.status() == CustomerStatus.PROSPECT)
			.orElse(false);
		visit.complete(report, prospect, now());
		return reported(user, this.visits.save(visit));
	}

	/**
	 * After a report: plans the follow-up, moves the customer's last follow-up and
	 * announces the visit.
	 */
	private Visit reported(UserPrincipal user, Visit visit) {
		if (visit.getNextVisitDate() != null) {
			LocalTime time = visit.getPlannedAt().toLocalTime();
			Visit followUp = this.visits.save(new Visit(visit.getRepId(), visit.getCustomerId(),
					new VisitData(visit.getType(), visit.getNextVisitDate().atTime(time), visit.getNextAction(),
							visit.getContactsMet(), visit.getOpportunityId(), visit.getContactIds()),
					visit.getId(), user.id()));
			visit.linkFollowUp(followUp.getId());
			this.events.publishEvent(planned(followUp, true));
		}
		this.customers.recordActivity(visit.getCustomerId(), visit.getVisitDate());
		this.events.publishEvent(visit.completedEvent());
		return visit;
	}

	@Transactional
	public Visit cancel(UserPrincipal user, long id, String reason) {
		Visit visit = this.access.visit(user, id);
		visit.cancel(reason);
		return this.visits.save(visit);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	private static void checkVersion(Visit visit, Integer version) {
		if (version != null && version != visit.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Visit.class, visit.getId());
		}
	}

	private static VisitPlanned planned(Visit visit, boolean followUp) {
		return new VisitPlanned(visit.getId(), visit.getRepId(), visit.getCustomerId(), visit.getVisitDate(),
				visit.getType(), followUp);
	}

}
