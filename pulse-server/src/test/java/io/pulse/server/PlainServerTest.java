package io.pulse.server;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Base of tests that need the server application with their own properties (no fake scorer): the
 * subclass supplies data directory, model and users with a {@code @DynamicPropertySource}.
 */
@SpringBootTest(classes = PulseApplication.class)
@AutoConfigureMockMvc
public abstract class PlainServerTest {}
