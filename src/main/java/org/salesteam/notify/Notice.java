package org.salesteam.notify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something to tell people, published as an application event in the transaction of the
 * change it reports; {@code notify} records it there (synchronously) and delivers it
 * after the commit. Its text is a message key of the publishing module's bundle with
 * arguments, translated per reader; it must carry nothing the recipients and the channels
 * of {@code teamId} may not see.
 *
 * @param key unique per occurrence (e.g.
 * {@code VISIT_PLAN_SUBMITTED:4711:2030-03-04T10:00:00Z}); recording the same key twice
 * is a no-op
 * @param type an event type of the catalogue ({@link NoticeTypes}), e.g.
 * {@code VISIT_PLAN_SUBMITTED}
 * @param teamId the sales team the event concerns: robots of that team and company-wide
 * robots receive it; null for company-wide robots only
 * @param recipients user ids whose inbox gets it
 * @param link the page it concerns, an application path such as
 * {@code /visit-plans/rep4/2030-W10}
 */
public record Notice(String key, String type, Long teamId, List<Long> recipients, String messageKey, List<String> args,
		String link, Instant at) {

	public Notice {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(messageKey, "messageKey");
		recipients = List.copyOf(recipients);
		args = List.copyOf(args);
	}

}
