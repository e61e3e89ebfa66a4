package org.salesteam.notify.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.salesteam.notify.internal.ChannelAdmin;
import org.salesteam.notify.internal.ChannelKind;
import org.salesteam.notify.internal.RobotFormat;

/** The admin page's form for a new robot or webhook. */
class ChannelForm {

	private ChannelKind kind = ChannelKind.WECOM_ROBOT;

	private String name;

	private String url;

	private String secret;

	private Long teamId;

	private List<String> events = new ArrayList<>();

	private String mentionMobiles;

	private String locale = "zh-CN";

	private RobotFormat format = RobotFormat.TEXT;

	ChannelAdmin.NewChannel toRequest() {
		List<String> mobiles = (this.mentionMobiles == null) ? List.of()
				: Arrays.stream(this.mentionMobiles.split("[,，\\s]+")).filter((m) -> !m.isBlank()).toList();
		return new ChannelAdmin.NewChannel(this.kind, this.name, this.url, this.secret, this.teamId, this.events,
				mobiles, this.locale, this.format);
	}

	public ChannelKind getKind() {
		return this.kind;
	}

	public void setKind(ChannelKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	/** Never filled back into the page. */
	public String getSecret() {
		return null;
	}

	public void setSecret(String secret) {
		this.secret = secret;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public List<String> getEvents() {
		return this.events;
	}

	public void setEvents(List<String> events) {
		this.events = (events == null) ? new ArrayList<>() : events;
	}

	public String getMentionMobiles() {
		return this.mentionMobiles;
	}

	public void setMentionMobiles(String mentionMobiles) {
		this.mentionMobiles = mentionMobiles;
	}

	public RobotFormat getFormat() {
		return this.format;
	}

	public void setFormat(RobotFormat format) {
		this.format = format;
	}

	public String getLocale() {
		return this.locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

}
