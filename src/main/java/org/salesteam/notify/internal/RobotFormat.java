package org.salesteam.notify.internal;

/**
 * How a robot's message is written: plain text (with @-mentions by mobile number) or the
 * robots' markdown (a bold title, the text, a link "查看"). A generic webhook always gets
 * its JSON.
 */
public enum RobotFormat {

	TEXT, MARKDOWN

}
