package org.salesteam.notify;

import java.util.List;
import java.util.Set;

/**
 * SPI: a module contributes the event types it publishes as {@link Notice}s, so that
 * channels can subscribe to them. Each type needs the label {@code notify.event.<TYPE>}
 * in the contributing module's message bundle.
 */
public interface NoticeTypes {

	List<String> types();

	/**
	 * The types among {@link #types()} that are personal: their text names what only the
	 * recipients may see (their own customers, their agenda), so they reach the inbox and
	 * e-mail only — no robot or webhook may subscribe to them (ADR 0036).
	 */
	default Set<String> personal() {
		return Set.of();
	}

}
