package io.pulse.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The server's HTTP endpoints as Spring MVC registered them (controllers, actuator, OpenAPI), so
 * that tests over "every endpoint" cover new ones without being told.
 */
public final class Endpoints {

  private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}|\\*\\*");

  private Endpoints() {}

  /**
   * One HTTP method and path pattern with its handler.
   *
   * @param method GET, POST ...
   * @param pattern path pattern, e.g. {@code /api/v1/interactions/{id}}
   * @param handler the controller method
   */
  public record Endpoint(String method, String pattern, HandlerMethod handler) {

    /** Names of the path variables, in order ({@code **} is named {@code path}). */
    public List<String> pathVariables() {
      List<String> names = new ArrayList<>();
      Matcher m = VARIABLE.matcher(pattern);
      while (m.find()) {
        names.add(m.group(1) == null ? "path" : m.group(1));
      }
      return names;
    }

    /** Names of the {@code @RequestParam} parameters (a parameter map has no names). */
    public Set<String> queryParameters() {
      Set<String> names = new LinkedHashSet<>();
      for (MethodParameter p : handler.getMethodParameters()) {
        RequestParam param = p.getParameterAnnotation(RequestParam.class);
        if (param != null && !Map.class.isAssignableFrom(p.getParameterType())) {
          names.add(name(param, p));
        }
      }
      return names;
    }

    /** Names of the query parameters without which the endpoint answers 400. */
    public Set<String> requiredParameters() {
      Set<String> names = new LinkedHashSet<>();
      for (MethodParameter p : handler.getMethodParameters()) {
        RequestParam param = p.getParameterAnnotation(RequestParam.class);
        if (param != null
            && param.required()
            && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
            && !Map.class.isAssignableFrom(p.getParameterType())
            && !p.isOptional()) {
          names.add(name(param, p));
        }
      }
      return names;
    }

    /** The path with each variable replaced by {@code values.get(name)}. */
    public String path(Map<String, String> values) {
      Matcher m = VARIABLE.matcher(pattern);
      StringBuilder path = new StringBuilder();
      while (m.find()) {
        String name = m.group(1) == null ? "path" : m.group(1);
        String value = values.get(name);
        if (value == null) {
          throw new IllegalArgumentException(
              "no sample value for path variable '" + name + "' of " + this);
        }
        m.appendReplacement(path, Matcher.quoteReplacement(value));
      }
      m.appendTail(path);
      return path.toString();
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }

    private static String name(RequestParam param, MethodParameter p) {
      return param.name().isEmpty() ? p.getParameterName() : param.name();
    }
  }

  /** Every endpoint of the context, sorted by path and method. */
  public static List<Endpoint> all(ApplicationContext context) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
          mapping.getHandlerMethods().entrySet()) {
        Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
        for (String pattern : e.getKey().getPatternValues()) {
          if (methods.isEmpty()) {
            endpoints.add(new Endpoint("GET", pattern, e.getValue()));
          }
          for (RequestMethod method : methods) {
            endpoints.add(new Endpoint(method.name(), pattern, e.getValue()));
          }
        }
      }
    }
    endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
    return endpoints.stream().distinct().toList();
  }

  /** Every endpoint answering {@code method}. */
  public static List<Endpoint> all(ApplicationContext context, String method) {
    return all(context).stream().filter(e -> e.method().equals(method)).toList();
  }
}
