package org.salesteam.notify.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import org.salesteam.platform.BusinessRuleException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses webhook URLs that would make the server call into its own network (SSRF):
 * unless {@code salesteam.notify.allow-private-hosts=true} (tests, closed networks) the
 * URL must be https and every address its host resolves to must be public — no loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud
 * metadata address, fe80::/10), carrier-grade NAT, multicast or unspecified address.
 * Checked when a channel is saved and again before each send, so a host whose DNS later
 * points inwards (rebinding) is refused then.
 */
@Component
class UrlGuard {

	private final boolean allowPrivateHosts;

	UrlGuard(@Value("${salesteam.notify.allow-private-hosts:false}") boolean allowPrivateHosts) {
		this.allowPrivateHosts = allowPrivateHosts;
	}

	/** The URL, parsed, or a 422 naming {@code url}. */
	URI check(String url) {
		URI uri;
		try {
			uri = (url == null) ? null : new URI(url.trim());
		}
		catch (java.net.URISyntaxException ex) {
			uri = null;
		}
		if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
			throw BusinessRuleException.onField("url", "notify.channel.error.url");
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !(this.allowPrivateHosts && scheme.equals("http"))) {
			throw BusinessRuleException.onField("url", "notify.channel.error.https");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			throw BusinessRuleException.onField("url", "notify.channel.error.unknownHost", uri.getHost());
		}
		if (!this.allowPrivateHosts) {
			for (InetAddress address : addresses) {
				if (!isPublic(address)) {
					throw BusinessRuleException.onField("url", "notify.channel.error.privateHost", uri.getHost());
				}
			}
		}
		return uri;
	}

	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet6Address) {
			// unique local fc00::/7
			return (b[0] & 0xfe) != 0xfc;
		}
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		// 0/8 "this network", 100.64/10 carrier-grade NAT, 192.0.0/24 protocol
		// assignments
		return first != 0 && !(first == 100 && second >= 64 && second < 128)
				&& !(first == 192 && second == 0 && (b[2] & 0xff) == 0);
	}

}
