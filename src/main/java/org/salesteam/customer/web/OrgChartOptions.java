package org.salesteam.customer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesteam.customer.Contact;
import org.salesteam.customer.internal.ContactQueries;

import org.springframework.context.MessageSource;

/**
 * The ECharts option of a customer's org chart: a top-down tree, one node per contact,
 * coloured by attitude and sized by influence. Several top contacts hang under the
 * customer's name.
 */
final class OrgChartOptions {

	private OrgChartOptions() {
	}

	static Map<String, Object> of(String customerName, List<ContactQueries.Node> roots, MessageSource messages,
			Locale locale) {
		Map<String, Object> root;
		if (roots.size() == 1) {
			root = node(roots.get(0), messages, locale);
		}
		else {
			root = new LinkedHashMap<>();
			root.put("name", customerName);
			root.put("itemStyle", Map.of("color", "#b3261e"));
			root.put("children", roots.stream().map((node) -> node(node, messages, locale)).toList());
		}
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("type", "tree");
		series.put("orient", "TB");
		series.put("data", List.of(root));
		series.put("top", 30);
		series.put("bottom", 60);
		series.put("left", 40);
		series.put("right", 40);
		series.put("expandAndCollapse", false);
		series.put("initialTreeDepth", -1);
		series.put("label", Map.of("position", "top", "fontSize", 12));
		series.put("leaves", Map.of("label", Map.of("position", "bottom")));
		return Map.of("tooltip", Map.of("trigger", "item"), "series", List.of(series));
	}

	private static Map<String, Object> node(ContactQueries.Node node, MessageSource messages, Locale locale) {
		Contact contact = node.contact();
		Map<String, Object> result = new LinkedHashMap<>();
		String title = (contact.getTitle() != null) ? contact.getTitle() : "";
		result.put("name", title.isEmpty() ? contact.getName() : contact.getName() + "\n" + title);
		String role = (contact.getBuyingRole() != null)
				? messages.getMessage(contact.getBuyingRole().messageKey(), null, locale) : "";
		String attitude = (contact.getAttitude() != null)
				? messages.getMessage(contact.getAttitude().messageKey(), null, locale) : "";
		result.put("value", String.join(" · ", List.of(role, attitude, "★".repeat(contact.getInfluence())))
			.replaceAll("^ · | · $", ""));
		result.put("symbolSize", 8 + contact.getInfluence() * 4);
		result.put("itemStyle", Map.of("color", ContactQueries.colour(contact.getAttitude())));
		result.put("children", node.reports().stream().map((child) -> node(child, messages, locale)).toList());
		return result;
	}

}
