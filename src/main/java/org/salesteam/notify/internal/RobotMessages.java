package org.salesteam.notify.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * The JSON bodies the robots document, and 钉钉's signature.
 * <ul>
 * <li>企业微信:
 * {@code {"msgtype":"text","text":{"content":…,"mentioned_mobile_list":[…]}}}</li>
 * <li>钉钉:
 * {@code {"msgtype":"text","text":{"content":…},"at":{"atMobiles":[…],"isAtAll":false}}},
 * posted to the webhook URL with {@code &timestamp=<ms>&sign=<URL-encoded Base64 of
 * HMAC-SHA256(secret, timestamp + "\n" + secret)>} when the robot has a secret</li>
 * <li>generic webhook: {@code {"event","key","text","link"}}</li>
 * <li>markdown ({@link RobotFormat#MARKDOWN}), 企业微信:
 * {@code {"msgtype":"markdown","markdown":{"content":"**title**\ntext\n[查看](link)"}}}
 * (its markdown cannot @-mention by mobile: refused when the channel is saved); 钉钉:
 * {@code {"msgtype":"markdown","markdown":{"title":…,"text":"####
 * title\n\ntext\n\n[查看](link) @138…"},"at":{"atMobiles":[…],"isAtAll":false}}} —
 * 钉钉 @-mentions only numbers that also appear in the text</li>
 * </ul>
 * In markdown the notice's own text (names, a reviewer's comment) is neutralised:
 * brackets, angle brackets and the characters that open a heading, list, quote or
 * emphasis become their full-width forms, so a comment cannot smuggle in a link, a tag or
 * layout.
 */
@Component
class RobotMessages {

	/**
	 * What one message says: {@code title} is the event type's label and {@code open} the
	 * link's caption, both in the channel's language.
	 */
	record Message(String eventType, String eventKey, String title, String text, String link, String open) {
	}

	private final ObjectMapper json;

	RobotMessages(ObjectMapper json) {
		this.json = json;
	}

	String body(ChannelKind kind, RobotFormat format, Message message, List<String> mentionMobiles) {
		if (format == RobotFormat.MARKDOWN && kind != ChannelKind.WEBHOOK) {
			return this.json.writeValueAsString(markdown(kind, message, mentionMobiles));
		}
		String content = (message.link() == null) ? message.text() : message.text() + "\n" + message.link();
		Map<String, Object> body = new LinkedHashMap<>();
		switch (kind) {
			case WECOM_ROBOT -> {
				Map<String, Object> text = new LinkedHashMap<>();
				text.put("content", content);
				if (!mentionMobiles.isEmpty()) {
					text.put("mentioned_mobile_list", mentionMobiles);
				}
				body.put("msgtype", "text");
				body.put("text", text);
			}
			case DINGTALK_ROBOT -> {
				body.put("msgtype", "text");
				body.put("text", Map.of("content", content));
				body.put("at", Map.of("atMobiles", mentionMobiles, "isAtAll", false));
			}
			case WEBHOOK -> {
				body.put("event", message.eventType());
				body.put("key", message.eventKey());
				body.put("text", message.text());
				body.put("link", message.link());
			}
		}
		return this.json.writeValueAsString(body);
	}

	private static Map<String, Object> markdown(ChannelKind kind, Message message, List<String> mentionMobiles) {
		String link = (message.link() == null) ? "" : message.link().startsWith("http")
				? "[" + plain(message.open()) + "](" + message.link() + ")" : message.link();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("msgtype", "markdown");
		if (kind == ChannelKind.WECOM_ROBOT) {
			String content = "**" + plain(message.title()) + "**\n" + plain(message.text())
					+ (link.isEmpty() ? "" : "\n" + link);
			body.put("markdown", Map.of("content", content));
			return body;
		}
		StringBuilder text = new StringBuilder("#### ").append(plain(message.title()))
			.append("\n\n")
			.append(plain(message.text()));
		if (!link.isEmpty()) {
			text.append("\n\n").append(link);
		}
		if (!mentionMobiles.isEmpty()) {
			text.append("\n\n");
			mentionMobiles.forEach((m) -> text.append('@').append(m).append(' '));
		}
		Map<String, Object> markdown = new LinkedHashMap<>();
		markdown.put("title", message.title());
		markdown.put("text", text.toString().strip());
		body.put("markdown", markdown);
		body.put("at", Map.of("atMobiles", mentionMobiles, "isAtAll", false));
		return body;
	}

	/**
	 * Text shown as written in markdown: no link, tag, heading, list, quote or emphasis.
	 */
	static String plain(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '[' -> out.append('［');
				case ']' -> out.append('］');
				case '<' -> out.append('＜');
				case '>' -> out.append('＞');
				case '*' -> out.append('＊');
				case '_' -> out.append('＿');
				case '#' -> out.append('＃');
				case '`' -> out.append('｀');
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** The 钉钉 webhook URL with {@code timestamp} and {@code sign} appended. */
	static String signed(String url, String secret, long timestampMillis) {
		String sign = URLEncoder.encode(sign(secret, timestampMillis), StandardCharsets.UTF_8);
		return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign=" + sign;
	}

	static String sign(String secret, long timestampMillis) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
