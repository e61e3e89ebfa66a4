package org.salesteam.customer;

/** 态度 of a contact towards us. */
public enum Attitude {

	SUPPORTER, NEUTRAL, OPPONENT;

	public String messageKey() {
		return "contact.attitude." + name();
	}

}
