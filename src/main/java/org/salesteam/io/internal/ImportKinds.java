package org.salesteam.io.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Every {@link ImportKind} bean, by name, and what the pages need to know of them. */
@Component
public class ImportKinds {

	/** A kind as pages list it. */
	public record KindInfo(String name, List<FieldInfo> fields) {
	}

	/** A target field as pages show it. */
	public record FieldInfo(String key, String labelKey, boolean required) {
	}

	private final Map<String, ImportKind> kinds = new LinkedHashMap<>();

	private final MessageSource messages;

	ImportKinds(List<ImportKind> kinds, MessageSource messages) {
		kinds.forEach((kind) -> this.kinds.put(kind.name(), kind));
		this.messages = messages;
	}

	Optional<ImportKind> find(String name) {
		return Optional.ofNullable(this.kinds.get(name));
	}

	ImportKind get(String name) {
		return find(name).orElseThrow(() -> new FileRejectedException("io.kind.unknown", String.valueOf(name)));
	}

	/** The kinds the user may import. */
	public List<KindInfo> importableBy(UserPrincipal user) {
		return this.kinds.values().stream().filter((kind) -> kind.allows(user)).map(ImportKinds::info).toList();
	}

	public KindInfo info(String name) {
		return info(get(name));
	}

	/** Target field → header suggested for the headers of a file. */
	public Map<String, String> suggest(String kind, List<String> headers) {
		ImportKind found = get(kind);
		return HeaderMatcher.suggest(found.name(), found.fields(), headers, this.messages);
	}

	private static KindInfo info(ImportKind kind) {
		return new KindInfo(kind.name(), kind.fields()
			.stream()
			.map((field) -> new FieldInfo(field.key(), HeaderMatcher.labelKey(kind.name(), field), field.required()))
			.toList());
	}

}
