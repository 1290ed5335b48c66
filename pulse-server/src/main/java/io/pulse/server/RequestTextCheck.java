package io.pulse.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, for every endpoint at once, query parameters and path variables that contain a NUL
 * character or an unpaired surrogate: 400 naming the parameter, before a controller passes the
 * value to the database (PostgreSQL refuses NUL, which used to answer 503 "retry later").
 */
@Configuration(proxyBeanMethods = false)
class RequestTextCheck implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      RequestValues.checkText("parameter name", parameter.getKey());
      for (String value : parameter.getValue()) {
        RequestValues.checkText(parameter.getKey(), value);
      }
    }
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        instanceof Map<?, ?> variables) {
      for (Map.Entry<?, ?> variable : variables.entrySet()) {
        RequestValues.checkText(
            String.valueOf(variable.getKey()), String.valueOf(variable.getValue()));
      }
    }
    return true;
  }
}
