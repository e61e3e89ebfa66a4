package org.salesteam.notify.internal;

import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail, on only when Spring's mail support is configured ({@code spring.mail.host}):
 * one mail per recipient for everything that became due together — a single notice, or a
 * digest of those that arrived within {@code salesteam.notify.mail-digest-window} — with
 * a plain-text and an HTML part in the recipient's language.
 */
@Component
class MailDigests {

	private final ObjectProvider<JavaMailSender> senders;

	private final MailReaders readers;

	private final MessageSource texts;

	private final String from;

	private final String baseUrl;

	MailDigests(ObjectProvider<JavaMailSender> senders, MailReaders readers, MessageSource texts,
			@Value("${salesteam.notify.mail-from:salesteam@localhost}") String from,
			@Value("${salesteam.notify.base-url:}") String baseUrl) {
		this.senders = senders;
		this.readers = readers;
		this.texts = texts;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	boolean enabled() {
		return this.senders.getIfAvailable() != null;
	}

	/**
	 * Sends the notices as one mail to the user; fails with a {@link DeliveryFailure}.
	 */
	void send(long userId, List<Outbox.Due> notices) {
		JavaMailSender sender = this.senders.getIfAvailable();
		MailReaders.Reader reader = this.readers.reader(userId).orElse(null);
		if (sender == null || reader == null) {
			throw new DeliveryFailure("no mail server or no address");
		}
		Locale locale = reader.language();
		List<String> lines = notices.stream()
			.map((n) -> new StoredText(n.messageKey(), n.messageArgs()).in(this.texts, locale))
			.toList();
		String subject = (lines.size() == 1) ? lines.get(0)
				: this.texts.getMessage("notify.mail.digestSubject", new Object[] { lines.size() }, locale);
		StringBuilder plain = new StringBuilder(
				this.texts.getMessage("notify.mail.greeting", new Object[] { reader.displayName() }, locale))
			.append("\n\n");
		StringBuilder html = new StringBuilder("<p>")
			.append(escape(
					this.texts.getMessage("notify.mail.greeting", new Object[] { reader.displayName() }, locale)))
			.append("</p><ul>");
		for (int i = 0; i < lines.size(); i++) {
			String link = (notices.get(i).link() == null) ? null : this.baseUrl + notices.get(i).link();
			plain.append("- ").append(lines.get(i)).append((link != null) ? "\n  " + link : "").append('\n');
			html.append("<li>").append(escape(lines.get(i)));
			if (link != null) {
				html.append(" <a href=\"")
					.append(escape(link))
					.append("\">")
					.append(escape(this.texts.getMessage("notify.open", null, locale)))
					.append("</a>");
			}
			html.append("</li>");
		}
		String footer = this.texts.getMessage("notify.mail.footer", null, locale);
		plain.append('\n').append(footer).append('\n');
		html.append("</ul><p style=\"color:#888\">").append(escape(footer)).append("</p>");
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(reader.email());
			helper.setSubject(subject);
			helper.setText(plain.toString(), html.toString());
			sender.send(message);
		}
		catch (MessagingException | MailException ex) {
			throw new DeliveryFailure("mail: " + ex.getMessage());
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
