package org.salesteam;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails on a message key missing in either language, on a key a template uses that no
 * bundle defines, and on literal text in a template (text that no {@code th:text},
 * {@code th:utext}, {@code th:replace} or {@code th:insert} replaces at render time).
 */
class TranslationTests {

	private static final Path I18N = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		for (Path chinese : bundles()) {
			Path english = chinese
				.resolveSibling(chinese.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(english).as("English bundle of %s", chinese).exists();
			Set<String> zh = load(chinese).stringPropertyNames();
			Set<String> en = load(english).stringPropertyNames();
			assertThat(new TreeSet<>(en)).as("keys of %s missing in English", chinese).containsAll(zh);
			assertThat(new TreeSet<>(zh)).as("keys of %s missing in Chinese", english).containsAll(en);
		}
	}

	@Test
	void noTranslationIsEmpty() throws IOException {
		for (Path bundle : allBundleFiles()) {
			Properties properties = load(bundle);
			for (String key : properties.stringPropertyNames()) {
				assertThat(properties.getProperty(key).trim()).as("%s in %s", key, bundle).isNotEmpty();
			}
		}
	}

	@Test
	void everyKeyUsedByATemplateExists() throws IOException {
		Set<String> defined = new HashSet<>();
		for (Path bundle : bundles()) {
			defined.addAll(load(bundle).stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY_IN_TEMPLATE.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!defined.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyRoleHasANameInBothLanguages() throws IOException {
		Properties zh = load(I18N.resolve("messages.properties"));
		Properties en = load(I18N.resolve("messages_en.properties"));
		for (Role role : Role.values()) {
			assertThat(zh.getProperty(role.messageKey())).as(role.name()).isNotBlank();
			assertThat(en.getProperty(role.messageKey())).as(role.name()).isNotBlank();
		}
	}

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			for (String text : LiteralTextFinder.find(Files.readString(template))) {
				literals.add(TEMPLATES.relativize(template) + ": \"" + text + "\"");
			}
		}
		assertThat(literals).isEmpty();
	}

	@Test
	void literalTextFinderSeesTextOutsideReplacedElements() {
		assertThat(LiteralTextFinder.find("<div><p>未翻译</p><span th:text=\"#{a}\">占位</span></div>"))
			.containsExactly("未翻译");
		assertThat(LiteralTextFinder.find("<div th:replace=\"x\"><b>placeholder</b></div><br>123 ·")).isEmpty();
		assertThat(LiteralTextFinder.find("<input placeholder=\"x\"><label>Name</label>")).containsExactly("Name");
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(I18N)) {
			return files.filter((file) -> file.toString().endsWith(".properties"))
				.filter((file) -> !file.getFileName().toString().contains("_"))
				.sorted()
				.toList();
		}
	}

	private static List<Path> allBundleFiles() throws IOException {
		try (Stream<Path> files = Files.list(I18N)) {
			return files.filter((file) -> file.toString().endsWith(".properties")).sorted().toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/**
	 * A small HTML scanner: reports text nodes that contain a letter and are not inside
	 * an element whose content Thymeleaf replaces. Comments, {@code script} and
	 * {@code style} bodies are ignored.
	 */
	static final class LiteralTextFinder {

		private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
				"link", "meta", "source", "track", "wbr");

		private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*?)(/?)>",
				Pattern.DOTALL);

		private static final Pattern REPLACING = Pattern.compile("\\bth:(text|utext|replace|insert|remove)\\s*=");

		private static final Pattern LETTER = Pattern.compile("\\p{L}");

		static List<String> find(String html) {
			String source = html.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script\\b[^>]*>.*?</script>", "")
				.replaceAll("(?s)<style\\b[^>]*>.*?</style>", "")
				.replaceAll("(?s)<!DOCTYPE[^>]*>", "");
			List<String> found = new ArrayList<>();
			Deque<Boolean> replaced = new ArrayDeque<>();
			Matcher tag = TAG.matcher(source);
			int position = 0;
			while (tag.find()) {
				check(source.substring(position, tag.start()), replaced, found);
				position = tag.end();
				String name = tag.group(2).toLowerCase();
				boolean closing = !tag.group(1).isEmpty();
				boolean selfClosing = !tag.group(4).isEmpty() || VOID.contains(name);
				if (closing) {
					if (!replaced.isEmpty()) {
						replaced.pop();
					}
				}
				else if (!selfClosing) {
					boolean parentReplaced = !replaced.isEmpty() && replaced.peek();
					replaced.push(parentReplaced || REPLACING.matcher(tag.group(3)).find());
				}
			}
			check(source.substring(position), replaced, found);
			return found;
		}

		private static void check(String text, Deque<Boolean> replaced, List<String> found) {
			String trimmed = text.trim();
			boolean insideReplaced = !replaced.isEmpty() && replaced.peek();
			if (!trimmed.isEmpty() && !insideReplaced && LETTER.matcher(trimmed).find()) {
				found.add(trimmed);
			}
		}

	}

}
