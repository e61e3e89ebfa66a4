package org.salesteam.worklog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A rep logged an other (non-selling) activity. {@code customerId} and {@code amount} may
 * be null; {@code amount} is the overdue receivable collected, in CNY.
 */
public record ActivityLogged(long activityId, long ownerId, ActivityType type, LocalDate on, Long customerId,
		int durationMinutes, BigDecimal amount) {
}
