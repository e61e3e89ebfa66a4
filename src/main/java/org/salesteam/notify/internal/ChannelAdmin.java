package org.salesteam.notify.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' robots and webhooks: add (URL checked by {@link UrlGuard}, secret
 * encrypted), list (URL's query and secret never shown), remove, send a test message.
 * Role checks are the web layer's (admin only).
 */
@Service
public class ChannelAdmin {

	/** What an admin enters. */
	public record NewChannel(ChannelKind kind, String name, String url, String secret, Long teamId, List<String> events,
			List<String> mentionMobiles, String locale, RobotFormat format) {
	}

	/** A channel as shown: the URL without its token, whether a secret is set. */
	public record ChannelView(long id, ChannelKind kind, String name, String url, boolean hasSecret, Long teamId,
			String teamName, List<String> events, List<String> mentionMobiles, String locale, RobotFormat format) {
	}

	private final NotifyChannelRepository channels;

	private final UrlGuard guard;

	private final SecretBox secrets;

	private final ChannelSender sender;

	private final TeamDirectory directory;

	private final NoticeCatalogue catalogue;

	private final Outbox outbox;

	ChannelAdmin(NotifyChannelRepository channels, UrlGuard guard, SecretBox secrets, ChannelSender sender,
			TeamDirectory directory, NoticeCatalogue catalogue, Outbox outbox) {
		this.outbox = outbox;
		this.channels = channels;
		this.guard = guard;
		this.secrets = secrets;
		this.sender = sender;
		this.directory = directory;
		this.catalogue = catalogue;
	}

	/** Every event type (the inbox and e-mail choices). */
	public Set<String> catalogue() {
		return this.catalogue.all();
	}

	/** The event types a robot or webhook may subscribe to: all but the personal ones. */
	public Set<String> robotCatalogue() {
		return this.catalogue.forRobots();
	}

	@Transactional
	public ChannelView create(NewChannel request) {
		if (request.kind() == null) {
			throw BusinessRuleException.onField("kind", "notify.channel.error.kind");
		}
		this.guard.check(request.url());
		Set<String> events = new LinkedHashSet<>((request.events() == null) ? List.of() : request.events());
		if (events.isEmpty() || !robotCatalogue().containsAll(events)) {
			throw BusinessRuleException.onField("events", "notify.channel.error.events");
		}
		RobotFormat format = format(request);
		if (request.teamId() != null && teams().get(request.teamId()) == null) {
			throw BusinessRuleException.onField("teamId", "notify.channel.error.team");
		}
		List<String> mobiles = (request.mentionMobiles() == null) ? List.of()
				: request.mentionMobiles().stream().map(String::trim).filter((m) -> !m.isEmpty()).toList();
		if (mobiles.stream().anyMatch((m) -> !m.matches("\\+?[0-9]{5,20}"))) {
			throw BusinessRuleException.onField("mentionMobiles", "notify.channel.error.mobile");
		}
		if (format == RobotFormat.MARKDOWN && request.kind() == ChannelKind.WECOM_ROBOT && !mobiles.isEmpty()) {
			// 企业微信's markdown messages cannot @-mention by mobile number
			throw BusinessRuleException.onField("mentionMobiles", "notify.channel.error.markdownMentions");
		}
		String locale = "en".equals(request.locale()) ? "en" : "zh-CN";
		String secret = (request.secret() == null || request.secret().isBlank()) ? null
				: this.secrets.seal(request.secret().trim());
		String name = (request.name() == null || request.name().isBlank()) ? null : request.name().trim();
		NotifyChannel channel = this.channels.save(new NotifyChannel(request.kind(), name, request.url().trim(), secret,
				request.teamId(), events, mobiles, locale, format));
		return view(channel, teams());
	}

	/** TEXT unless asked otherwise; markdown for the robots only. */
	private static RobotFormat format(NewChannel request) {
		if (request.format() == null) {
			return RobotFormat.TEXT;
		}
		if (request.format() == RobotFormat.MARKDOWN && request.kind() == ChannelKind.WEBHOOK) {
			throw BusinessRuleException.onField("format", "notify.channel.error.format");
		}
		return request.format();
	}

	@Transactional(readOnly = true)
	public List<ChannelView> list() {
		Map<Long, String> teams = teams();
		List<ChannelView> views = new ArrayList<>();
		this.channels.findByActiveTrueOrderById().forEach((c) -> views.add(view(c, teams)));
		return views;
	}

	@Transactional
	public void remove(long id) {
		NotifyChannel channel = active(id);
		channel.deactivate();
		this.channels.save(channel);
	}

	/**
	 * Sends one test message now, past the outbox; the failure's reason, or null when
	 * sent.
	 */
	@Transactional(readOnly = true)
	public String test(long id) {
		NotifyChannel channel = active(id);
		try {
			this.sender.send(channel, "TEST", "TEST:" + id, new StoredText("notify.text.test", null), "/notifications");
			return null;
		}
		catch (DeliveryFailure ex) {
			return ex.getMessage();
		}
	}

	/** Deliveries for the admins: given up and waiting first, then the latest sent. */
	@Transactional(readOnly = true)
	public List<Outbox.Row> deliveries() {
		return this.outbox.recent(100);
	}

	private NotifyChannel active(long id) {
		return this.channels.findById(id)
			.filter(NotifyChannel::isActive)
			.orElseThrow(() -> new NotFoundException("notifyChannel", id));
	}

	private Map<Long, String> teams() {
		return this.directory.allTeams()
			.stream()
			.collect(Collectors.toMap(TeamDirectory.TeamSummary::id, TeamDirectory.TeamSummary::name));
	}

	private static ChannelView view(NotifyChannel c, Map<Long, String> teams) {
		return new ChannelView(c.getId(), c.getKind(), c.getName(), withoutQuery(c.getUrl()), c.hasSecret(),
				c.getTeamId(), (c.getTeamId() == null) ? null : teams.get(c.getTeamId()), List.copyOf(c.getEvents()),
				c.getMentionMobiles(), c.getLocale(), c.getFormat());
	}

	/** The URL up to its path: a robot's token is in the query. */
	static String withoutQuery(String url) {
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query) + "?…";
	}

}
