package io.pulse.dashboard;

import io.pulse.server.TextAccess;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Which optional APIs this server has, so pages can show an empty state instead of calling an
 * endpoint that is not there (a 404 would also be a console error in the browser).
 */
@Component
class Capabilities {

  static final String AGREEMENT = "/api/v1/feedback/agreement";
  static final String REVIEW_QUEUE = "/api/v1/review/queue";
  static final String MODELS = "/api/v1/models";

  private final RequestMappingHandlerMapping mappings;
  private final TextAccess text;

  Capabilities(
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
      TextAccess text) {
    this.mappings = mappings;
    this.text = text;
  }

  /**
   * What the server offers.
   *
   * @param agreement live agreement of the model with reviewers ({@value #AGREEMENT})
   * @param reviewQueue the reviewers' queue ({@value #REVIEW_QUEUE})
   * @param models the model registry with the manifests and metrics of models ({@value #MODELS})
   * @param text whether this user is shown message text (roles agent, reviewer, dpo, admin, and
   *     {@code pulse.privacy.dashboard-text} on)
   */
  record View(boolean agreement, boolean reviewQueue, boolean models, boolean text) {}

  View view() {
    boolean reviewer = text.allowed() && text.hasAnyRole("AGENT", "REVIEWER", "ADMIN");
    return new View(has(AGREEMENT), has(REVIEW_QUEUE) && reviewer, has(MODELS), text.allowed());
  }

  private boolean has(String path) {
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<String> patterns = info.getPatternValues();
      if (patterns.contains(path)) {
        return true;
      }
    }
    return false;
  }
}
