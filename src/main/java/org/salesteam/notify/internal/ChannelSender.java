package org.salesteam.notify.internal;

import java.time.Clock;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sends one message to one robot or webhook: the text in the channel's language (its
 * {@code .channel} variant when there is one), the link made absolute with
 * {@code salesteam.notify.base-url} (relative when unset), the body in the channel's
 * format, signed for a 钉钉 robot with a secret.
 */
@Component
class ChannelSender {

	private final RobotMessages messages;

	private final HttpPoster poster;

	private final SecretBox secrets;

	private final MessageSource texts;

	private final Clock clock;

	private final String baseUrl;

	ChannelSender(RobotMessages messages, HttpPoster poster, SecretBox secrets, MessageSource texts, Clock clock,
			@Value("${salesteam.notify.base-url:}") String baseUrl) {
		this.messages = messages;
		this.poster = poster;
		this.secrets = secrets;
		this.texts = texts;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	void send(NotifyChannel channel, String eventType, String eventKey, StoredText text, String link) {
		Locale locale = Locale.forLanguageTag(channel.getLocale());
		String absolute = (link == null) ? null : this.baseUrl + link;
		RobotMessages.Message message = new RobotMessages.Message(eventType, eventKey,
				this.texts.getMessage("notify.event." + eventType, null, eventType, locale),
				text.forChannel(this.texts, locale), absolute, this.texts.getMessage("notify.open", null, locale));
		String body = this.messages.body(channel.getKind(), channel.getFormat(), message, channel.getMentionMobiles());
		String url = channel.getUrl();
		if (channel.getKind() == ChannelKind.DINGTALK_ROBOT && channel.hasSecret()) {
			url = RobotMessages.signed(url, this.secrets.open(channel.getEncryptedSecret()), this.clock.millis());
		}
		this.poster.post(url, body);
	}

}
