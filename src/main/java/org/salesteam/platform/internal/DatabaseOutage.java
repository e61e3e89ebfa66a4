package org.salesteam.platform.internal;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (no connection from the pool in time, the server
 * refusing or dropping connections, the server shutting down) from every other failure.
 * Such requests are answered 503 with a translated text instead of 500: the client may
 * retry, nothing was written (the transaction never began or was rolled back).
 */
final class DatabaseOutage {

	private DatabaseOutage() {
	}

	/** Whether the exception or any of its causes is a database outage. */
	static boolean causedBy(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && connectionState(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server is shutting
	 * down or starting up).
	 */
	private static boolean connectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}

}
