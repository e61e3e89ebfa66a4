package org.salesteam.notify.internal;

/** Where a channel sends: a 企业微信 group robot, a 钉钉 group robot or any JSON webhook. */
public enum ChannelKind {

	WECOM_ROBOT, DINGTALK_ROBOT, WEBHOOK

}
