package io.pulse.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the audit interceptor for every endpoint marked {@link io.pulse.server.Audited}. */
@Configuration(proxyBeanMethods = false)
class AuditConfig implements WebMvcConfigurer {

  private final AuditTrail trail;

  AuditConfig(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AuditInterceptor(trail)).addPathPatterns("/api/**");
  }
}
