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
 * </ul>
 */
@Component
class RobotMessages {

	/** What one message says. */
	record Message(String eventType, String eventKey, String text, String link) {
	}

	private final ObjectMapper json;

	RobotMessages(ObjectMapper json) {
		this.json = json;
	}

	String body(ChannelKind kind, Message message, List<String> mentionMobiles) {
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
