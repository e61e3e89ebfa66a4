package org.salesteam.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist <em>or that the current user may not see</em>: both answer
 * 404 so that ids of invisible records leak nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private final String entity;

	private final Object id;

	public NotFoundException(String entity, Object id) {
		super(entity + " " + id + " not found");
		this.entity = entity;
		this.id = id;
	}

	/** Message key of the entity's name, e.g. {@code entity.user}. */
	public String entity() {
		return this.entity;
	}

	public Object id() {
		return this.id;
	}

}
