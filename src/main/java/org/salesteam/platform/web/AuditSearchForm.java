package org.salesteam.platform.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditCursor;
import org.salesteam.platform.AuditQuery;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the audit page and API. Dates are calendar days in the business time
 * zone, both inclusive.
 */
class AuditSearchForm {

	private String username;

	private String entityType;

	private String entityId;

	private AuditAction action;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private AuditCursor before;

	private Integer limit;

	AuditQuery toQuery(ZoneId zone) {
		return new AuditQuery(this.username, this.entityType, this.entityId, this.action,
				(this.from != null) ? this.from.atStartOfDay(zone).toInstant() : null,
				(this.to != null) ? this.to.plusDays(1).atStartOfDay(zone).toInstant() : null, this.before,
				(this.limit != null) ? this.limit : AuditQuery.DEFAULT_LIMIT);
	}

	/**
	 * The URL of the page after {@code cursor} (the newest page when {@code null}) with
	 * the same filters.
	 */
	String url(String path, AuditCursor cursor) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		addIfPresent(url, "username", this.username);
		addIfPresent(url, "entityType", this.entityType);
		addIfPresent(url, "entityId", this.entityId);
		addIfPresent(url, "action", this.action);
		addIfPresent(url, "from", this.from);
		addIfPresent(url, "to", this.to);
		addIfPresent(url, "limit", this.limit);
		if (cursor != null) {
			url.queryParam("before", cursor.token());
		}
		return url.encode().build().toUriString();
	}

	private static void addIfPresent(UriComponentsBuilder url, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			url.queryParam(name, value.toString().trim());
		}
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public void setEntityType(String entityType) {
		this.entityType = entityType;
	}

	public String getEntityId() {
		return this.entityId;
	}

	public void setEntityId(String entityId) {
		this.entityId = entityId;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public void setAction(AuditAction action) {
		this.action = action;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public AuditCursor getBefore() {
		return this.before;
	}

	public void setBefore(AuditCursor before) {
		this.before = before;
	}

	public Integer getLimit() {
		return this.limit;
	}

	public void setLimit(Integer limit) {
		this.limit = limit;
	}

}
