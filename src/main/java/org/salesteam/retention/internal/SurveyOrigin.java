package org.salesteam.retention.internal;

/**
 * Why a survey exists: sent by a user, or created by the application after a closed
 * service request (CSAT), after a delivered order (CSAT), or as the yearly NPS of a key
 * account's contact (ADR 0047).
 */
public enum SurveyOrigin {

	MANUAL, AFTER_SERVICE, AFTER_DELIVERY, YEARLY_NPS

}
