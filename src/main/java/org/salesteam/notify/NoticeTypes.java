package org.salesteam.notify;

import java.util.List;

/**
 * SPI: a module contributes the event types it publishes as {@link Notice}s, so that
 * channels can subscribe to them. Each type needs the label {@code notify.event.<TYPE>}
 * in the contributing module's message bundle.
 */
public interface NoticeTypes {

	List<String> types();

}
