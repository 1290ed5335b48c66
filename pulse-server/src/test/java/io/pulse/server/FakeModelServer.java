package io.pulse.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark helper: the real server with {@link FakeScorer} instead of the model, to measure the
 * service's own cost (parse, redact, store) apart from model inference. Not a test.
 *
 * <p>Run with the test classpath: {@code java -cp ... io.pulse.server.FakeModelServer
 * --server.port=18081 --pulse.data-dir=/tmp/x ...}.
 */
public final class FakeModelServer {
  private FakeModelServer() {}

  public static void main(String[] args) {
    application().run(args);
  }

  /**
   * Starts a server context with the fake scorer and these properties (tests of several instances).
   */
  public static ConfigurableApplicationContext start(Map<String, String> properties) {
    List<String> args = new ArrayList<>();
    properties.forEach((key, value) -> args.add("--" + key + "=" + value));
    return application().run(args.toArray(String[]::new));
  }

  private static SpringApplication application() {
    SpringApplication application = new SpringApplication(PulseApplication.class);
    application.setAllowBeanDefinitionOverriding(true);
    // Registered before the configuration classes are read, so it is kept over FeedbackConfig's.
    application.addInitializers(context ->
        ((BeanDefinitionRegistry) context.getBeanFactory())
            .registerBeanDefinition("sentimentScorer", new RootBeanDefinition(FakeScorer.class)));
    return application;
  }
}
