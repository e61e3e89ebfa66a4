package org.salesteam.keyaccount.internal;

/**
 * The roles on an account team (issue 19): the key-account manager (at most one per
 * account; the owner when there is none, ADR 0022), a backup rep and the support
 * functions behind the account.
 */
public enum TeamRole {

	KEY_ACCOUNT_MANAGER, BACKUP_REP, PREPRESS, PRODUCTION_PLANNING, QUALITY, CUSTOMER_SERVICE, CREDIT

}
