package org.salesteam.platform.internal;

import java.time.Clock;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plugs the audit listener into Hibernate while the session factory is built (an
 * {@link Integrator} handed over through {@code hibernate.integrator_provider}), so that
 * no write can happen before the trail records it.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	HibernatePropertiesCustomizer auditTrailIntegration(Clock clock) {
		AuditListener listener = new AuditListener(clock);
		Integrator integrator = new Integrator() {
			@Override
			public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
					SessionFactoryImplementor sessionFactory) {
				EventListenerRegistry registry = sessionFactory.getServiceRegistry()
					.requireService(EventListenerRegistry.class);
				registry.appendListeners(EventType.POST_INSERT, listener);
				registry.appendListeners(EventType.POST_UPDATE, listener);
				registry.appendListeners(EventType.POST_DELETE, listener);
				registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, listener);
				registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
				registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
			}
		};
		return (properties) -> properties.put(JpaSettings.INTEGRATOR_PROVIDER,
				(IntegratorProvider) () -> List.of(integrator));
	}

}
