package org.salesteam.platform.internal;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;

import org.salesteam.platform.AuditMasked;
import org.salesteam.platform.Audited;

/**
 * What the trail needs to know about an entity class: its {@link Audited} key (or none)
 * and the names of its {@link AuditMasked} fields, read once per class.
 */
record AuditedType(String key, Set<String> maskedFields) {

	private static final AuditedType NOT_AUDITED = new AuditedType(null, Set.of());

	private static final ClassValue<AuditedType> CACHE = new ClassValue<>() {
		@Override
		protected AuditedType computeValue(Class<?> type) {
			return inspect(type);
		}
	};

	static AuditedType of(Class<?> entityClass) {
		return CACHE.get(entityClass);
	}

	boolean audited() {
		return this.key != null;
	}

	boolean masked(String field) {
		return this.maskedFields.contains(field);
	}

	private static AuditedType inspect(Class<?> entityClass) {
		Audited audited = entityClass.getAnnotation(Audited.class);
		if (audited == null) {
			return NOT_AUDITED;
		}
		if (audited.value().isBlank()) {
			throw new IllegalStateException("@Audited on " + entityClass.getName() + " needs a key");
		}
		Set<String> masked = new HashSet<>();
		for (Class<?> type = entityClass; type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.isAnnotationPresent(AuditMasked.class)) {
					masked.add(field.getName());
				}
			}
		}
		return new AuditedType(audited.value(), Set.copyOf(masked));
	}

}
