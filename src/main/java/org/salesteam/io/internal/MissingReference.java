package org.salesteam.io.internal;

/**
 * A territory, segment or category a file names that the system lacks: the target field
 * and the text as written.
 */
public record MissingReference(String field, String value) {

}
