package io.pulse.server;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem JSON for requests that Tomcat refuses before Spring sees them (an encoded {@code /} or a
 * NUL in the path, a malformed request line): its HTML error page is replaced by the same problem
 * shape as {@link ProblemHandler}'s. Nothing of the request is echoed.
 */
@Configuration(proxyBeanMethods = false)
class ContainerProblems {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(JsonMapper json) {
    ProblemReportValve valve = new ProblemReportValve(json);
    return factory ->
        factory.addContextCustomizers(context -> {
          if (context.getParent() instanceof StandardHost host) {
            // Tomcat adds its own report valve unless one of this class is in the pipeline.
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(valve);
          }
        });
  }

  /** Writes problem JSON instead of Tomcat's HTML error page. */
  static final class ProblemReportValve extends ErrorReportValve {

    private final JsonMapper json;

    ProblemReportValve(JsonMapper json) {
      this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int code = response.getStatus();
      if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      HttpStatus status = HttpStatus.resolve(code);
      String title = status == null ? "Error " + code : status.getReasonPhrase();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", ProblemHandler.TYPE_BASE + code);
      body.put("title", title);
      body.put("status", code);
      body.put(
          "detail",
          code == 400
              ? "the request could not be read: the path may hold an encoded '/' or a NUL"
                  + " character, or the request line is malformed"
              : "the server refused the request (" + title + ")");
      try {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(json.writeValueAsString(body));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The client is gone or the response was committed: nothing more to tell it.
      }
    }
  }
}
