package io.pulse.server;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.SpringApplication;

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
    SpringApplication application = new SpringApplication(PulseApplication.class);
    application.setAllowBeanDefinitionOverriding(true);
    // Registered before the configuration classes are read, so it is kept over FeedbackConfig's.
    application.addInitializers(context ->
        ((BeanDefinitionRegistry) context.getBeanFactory())
            .registerBeanDefinition("sentimentScorer", new RootBeanDefinition(FakeScorer.class)));
    application.run(args);
  }
}
