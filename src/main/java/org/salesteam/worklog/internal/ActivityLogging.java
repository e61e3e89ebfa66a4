package org.salesteam.worklog.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.customer.Customers;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.worklog.Activity;
import org.salesteam.worklog.ActivityDeleted;
import org.salesteam.worklog.ActivityLogged;
import org.salesteam.worklog.ActivityType;
import org.salesteam.service.ServiceRequestClosed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs the caller's own other activities and deletes them. The customer, when named, must
 * be one the caller sees — checked before anything is written — and the contact keeps it
 * out of the pool. Both publish an event ({@link ActivityLogged},
 * {@link ActivityDeleted}).
 */
@Service
public class ActivityLogging {

	private final WorklogAccess access;

	private final ActivityRepository activities;

	private final Customers customers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ActivityLogging(WorklogAccess access, ActivityRepository activities, Customers customers,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.activities = activities;
		this.customers = customers;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Activity log(UserPrincipal user, ActivityInput input) {
		WorklogAccess.checkMayLog(user);
		if (input.customerId() != null) {
			this.access.customer(user, input.customerId());
		}
		int minutes = (input.durationMinutes() != null) ? input.durationMinutes() : 0;
		Activity activity = this.activities.save(new Activity(user.id(), input.type(), input.date(), input.customerId(),
				minutes, input.amount(), input.outcome(), LocalDate.now(this.clock)));
		if (activity.getCustomerId() != null) {
			this.customers.recordActivity(activity.getCustomerId(), activity.getDate());
		}
		this.events.publishEvent(logged(activity));
		return activity;
	}

	/**
	 * Deletes one of the caller's own activities; a visible one of someone else is
	 * refused.
	 */
	@Transactional
	public void delete(UserPrincipal user, long id) {
		Activity activity = this.access.activity(user, id);
		if (activity.getOwnerId() != user.id()) {
			throw new AccessDeniedException("not own activity");
		}
		this.activities.delete(activity);
		this.events.publishEvent(new ActivityDeleted(logged(activity)));
	}

	/**
	 * A closed complaint (service module) is one COMPLAINT_RESOLVED activity of whoever
	 * closed it, on the day it was closed, in the same transaction — so
	 * COMPLAINTS_RESOLVED keeps one source, the work log, and a complaint counts once
	 * however often the event arrives. Someone who logs a COMPLAINT_RESOLVED activity by
	 * hand for the same complaint would count it twice: the activity form says so.
	 */
	@EventListener
	void complaintClosed(ServiceRequestClosed closed) {
		if (!closed.complaint() || this.activities.existsByServiceRequestId(closed.requestId())) {
			return;
		}
		Activity activity = new Activity(closed.closedBy(), ActivityType.COMPLAINT_RESOLVED, closed.closedOn(),
				closed.customerId(), 0, null, closed.rootCause(), closed.closedOn());
		activity.countsServiceRequest(closed.requestId());
		Activity saved = this.activities.save(activity);
		this.customers.recordActivity(saved.getCustomerId(), saved.getDate());
		this.events.publishEvent(logged(saved));
	}

	private static ActivityLogged logged(Activity activity) {
		return new ActivityLogged(activity.getId(), activity.getOwnerId(), activity.getType(), activity.getDate(),
				activity.getCustomerId(), activity.getDurationMinutes(), activity.getAmount());
	}

}
