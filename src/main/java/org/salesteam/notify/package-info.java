/**
 * Notifications (通知), issue 21: the in-app inbox with its bell, 企业微信 / 钉钉 group robots
 * and generic JSON webhooks. A {@link org.salesteam.notify.Notice} is recorded in the
 * transaction of the change that caused it (one inbox row per recipient, one outbox row
 * per channel) and delivered afterwards by a worker that claims its rows in the database,
 * retries with backoff and gives up after a limit (ADR 0027).
 * <p>
 * API: {@link org.salesteam.notify.Notice} — published as an application event by a
 * module that depends on {@code notify} (contests, complaints, …) or built here from the
 * events of {@code visit}, {@code goal}, {@code sales}, {@code customer}, {@code service}
 * and {@code retention} (a customer turned HIGH risk, ADR 0042) and by its scheduled jobs
 * (morning digest, reps behind standard; ADR 0036); SPI
 * {@link org.salesteam.notify.NoticeTypes} — the event types a module contributes to the
 * catalogue channels subscribe to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.salesteam.notify;
