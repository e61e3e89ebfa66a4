package org.salesteam.notify.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.AuditMasked;
import org.salesteam.platform.Audited;

/**
 * A robot or webhook an admin configured, per team or company-wide ({@code teamId} null),
 * with the event types it receives. The signing secret is kept encrypted
 * ({@link SecretBox}) and never shown again.
 */
@Entity
@Audited("notifyChannel")
@Table(name = "notify_channel")
public class NotifyChannel extends AbstractAggregate {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ChannelKind kind;

	@Column(length = 100)
	private String name;

	// a robot's URL carries its access token (key=…, access_token=…): masked like the
	// secret
	@AuditMasked
	@Column(nullable = false, length = 1000)
	private String url;

	@AuditMasked
	@Column(length = 500)
	private String secret;

	@Column(name = "team_id")
	private Long teamId;

	@Column(nullable = false, length = 1000)
	private String events;

	@Column(name = "mention_mobiles", length = 500)
	private String mentionMobiles;

	@Column(nullable = false, length = 10)
	private String locale = "zh-CN";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RobotFormat format = RobotFormat.TEXT;

	private boolean active = true;

	protected NotifyChannel() {
	}

	NotifyChannel(ChannelKind kind, String name, String url, String encryptedSecret, Long teamId, Set<String> events,
			List<String> mentionMobiles, String locale, RobotFormat format) {
		this.kind = kind;
		this.name = name;
		this.url = url;
		this.secret = encryptedSecret;
		this.teamId = teamId;
		this.events = String.join(",", events);
		this.mentionMobiles = mentionMobiles.isEmpty() ? null : String.join(",", mentionMobiles);
		this.locale = (locale == null) ? "zh-CN" : locale;
		this.format = (format == null) ? RobotFormat.TEXT : format;
	}

	void deactivate() {
		this.active = false;
	}

	public ChannelKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public String getUrl() {
		return this.url;
	}

	String getEncryptedSecret() {
		return this.secret;
	}

	public boolean hasSecret() {
		return this.secret != null;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public Set<String> getEvents() {
		return new LinkedHashSet<>(Arrays.asList(this.events.split(",")));
	}

	public List<String> getMentionMobiles() {
		return (this.mentionMobiles == null) ? List.of() : List.of(this.mentionMobiles.split(","));
	}

	public String getLocale() {
		return this.locale;
	}

	public RobotFormat getFormat() {
		return this.format;
	}

	public boolean isActive() {
		return this.active;
	}

}
