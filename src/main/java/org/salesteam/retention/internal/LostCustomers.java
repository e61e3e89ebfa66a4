package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.StringJoiner;

import org.salesteam.customer.Customers;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.LostReason;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms a customer lost (流失) with a reason from the list: the customer module's
 * lifecycle marks it lost (the one home of the customer's status), this module keeps the
 * reason with the team and class of the day and opens the exit interview, due in 14 days,
 * for the customer's owner. All in one transaction: a refusal leaves nothing behind.
 */
@Service
public class LostCustomers {

	/** A recorded loss and its exit interview. */
	public record Recorded(long id, long customerId, LostRequest request, LocalDate lostOn, long exitInterviewId,
			LocalDate exitInterviewDue) {
	}

	private final Customers customers;

	private final TeamDirectory directory;

	private final RetentionAccess access;

	private final LostCustomerRepository losses;

	private final ExitInterviewRepository interviews;

	private final MessageSource messages;

	private final Clock clock;

	LostCustomers(Customers customers, TeamDirectory directory, RetentionAccess access, LostCustomerRepository losses,
			ExitInterviewRepository interviews, MessageSource messages, Clock clock) {
		this.customers = customers;
		this.directory = directory;
		this.access = access;
		this.losses = losses;
		this.interviews = interviews;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Marks the customer lost: 404 when the user may not read it (or may read but not
	 * work on it), 422 on the request's fields (see {@link LostRequest#of}).
	 */
	@Transactional
	public Recorded markLost(UserPrincipal user, long customerId, String reason, Boolean preventable, String competitor,
			String note) {
		this.access.requireReadable(user, customerId);
		LostRequest request = LostRequest.of(reason, preventable, competitor, note);
		return record(user, customerId, request, LocalDate.now(this.clock), true);
	}

	/**
	 * Records the loss, after the customer module marked it lost when
	 * {@code markInCustomer} (demo data marks it there on its own).
	 */
	Recorded record(UserPrincipal user, long customerId, LostRequest request, LocalDate on, boolean markInCustomer) {
		Recorded recorded = record(user.id(), customerId, request, on);
		if (markInCustomer) {
			this.customers.markLost(user, customerId, describe(request));
		}
		return recorded;
	}

	Recorded record(long recordedBy, long customerId, LostRequest request, LocalDate on) {
		Customers.CustomerSummary customer = this.customers.find(customerId)
			.orElseThrow(() -> new NotFoundException("entity.customer", customerId));
		Long teamId = (customer.ownerId() != null)
				? this.directory.findMember(customer.ownerId()).map(TeamDirectory.Member::teamId).orElse(null) : null;
		LostCustomer lost = this.losses.save(new LostCustomer(customerId, request, on, customer.ownerId(), teamId,
				customer.customerClass().name(), recordedBy));
		ExitInterview interview = this.interviews.save(new ExitInterview(lost.getId(), customerId,
				(customer.ownerId() != null) ? customer.ownerId() : recordedBy, on));
		return new Recorded(lost.getId(), customerId, request, on, interview.getId(), interview.getDueOn());
	}

	/**
	 * Records a loss marked outside this module (reason {@code OTHER}, the text as note)
	 * unless one is recorded for the customer on that day; by the owner, nothing without
	 * one.
	 */
	@Transactional
	public void recordUnlessKnown(long customerId, Long ownerId, String text, LocalDate on) {
		if (ownerId == null || this.losses.existsByCustomerIdAndLostOn(customerId, on)) {
			return;
		}
		String note = (text == null || text.isBlank()) ? null : text.substring(0, Math.min(text.length(), 1000));
		LostRequest request = new LostRequest(LostReason.OTHER, false, null, note);
		record(ownerId, customerId, request, on);
	}

	/** The exit interview's answers; 404 when the user may not read its customer. */
	@Transactional
	public ExitInterview answer(UserPrincipal user, long interviewId, String whyStopped, String whereDisappointed,
			String competitorOffer) {
		ExitInterview interview = this.interviews.findById(interviewId)
			.orElseThrow(() -> new NotFoundException("retention.entity.exitInterview", interviewId));
		try {
			this.access.requireReadable(user, interview.getCustomerId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("retention.entity.exitInterview", interviewId);
		}
		interview.answer(whyStopped, whereDisappointed, competitorOffer, LocalDate.now(this.clock));
		return this.interviews.save(interview);
	}

	/** The reason as the customer record keeps it (its lost reason, in Chinese). */
	private String describe(LostRequest request) {
		StringJoiner text = new StringJoiner("：");
		text.add(this.messages.getMessage("retention.reason." + request.reason(), null, Locale.SIMPLIFIED_CHINESE));
		if (request.competitor() != null) {
			text.add(request.competitor());
		}
		if (request.note() != null) {
			text.add(request.note());
		}
		String all = text.toString();
		return (all.length() > 500) ? all.substring(0, 500) : all;
	}

}
