package org.salesteam.notify;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A minimal local SMTP server for the tests (HELO/EHLO, MAIL, RCPT, DATA, QUIT): keeps
 * every message it receives, parsed as MIME.
 */
final class SmtpServer implements AutoCloseable {

	/** A received mail with its plain-text and HTML parts. */
	record Mail(String to, String subject, String plain, String html) {
	}

	private final ServerSocket socket;

	private final Queue<Mail> mails = new ConcurrentLinkedQueue<>();

	SmtpServer() throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread accept = new Thread(() -> {
			while (!this.socket.isClosed()) {
				try (Socket client = this.socket.accept()) {
					converse(client);
				}
				catch (Exception ex) {
					// closed, or a broken conversation: the test's assertions tell
				}
			}
		}, "test-smtp");
		accept.setDaemon(true);
		accept.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	List<Mail> mails() {
		return List.copyOf(this.mails);
	}

	private void converse(Socket client) throws Exception {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
		out.print("220 localhost test SMTP\r\n");
		out.flush();
		String to = null;
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.toUpperCase();
			if (command.startsWith("DATA")) {
				out.print("354 go ahead\r\n");
				out.flush();
				StringBuilder data = new StringBuilder();
				while (!(line = in.readLine()).equals(".")) {
					data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
				}
				this.mails.add(parse(to, data.toString()));
				out.print("250 queued\r\n");
			}
			else if (command.startsWith("QUIT")) {
				out.print("221 bye\r\n");
				out.flush();
				return;
			}
			else {
				if (command.startsWith("RCPT TO:")) {
					to = line.substring(8).replaceAll("[<>\\s]", "");
				}
				out.print("250 ok\r\n");
			}
			out.flush();
		}
	}

	private static Mail parse(String to, String raw) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
		List<String> plain = new ArrayList<>();
		List<String> html = new ArrayList<>();
		collect(message, plain, html);
		return new Mail(to, message.getSubject(), String.join("", plain), String.join("", html));
	}

	private static void collect(Part part, List<String> plain, List<String> html) throws Exception {
		if (part.isMimeType("text/plain")) {
			plain.add((String) part.getContent());
		}
		else if (part.isMimeType("text/html")) {
			html.add((String) part.getContent());
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				collect(body, plain, html);
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
