package org.salesteam.io.internal;

/**
 * Why a row was rejected: the target field (null: the row as a whole), the offending
 * text, and a message key with arguments translated when shown.
 */
record RowProblem(String field, String value, String messageKey, Object... arguments) {

}
