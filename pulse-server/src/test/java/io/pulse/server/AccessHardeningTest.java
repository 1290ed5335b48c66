package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Owner-only data files and throttled password guessing (the session cookie: live test). */
class AccessHardeningTest extends H2ServerTest {

  @Autowired MockMvc mvc;
  @Autowired DataDirectory dataDirectory;

  @Test
  void dataDirectoryAndDatabaseFilesAreOwnerOnly() throws Exception {
    Path root = dataDirectory.root();
    assertThat(permissions(root)).isEqualTo("rwx------");
    Path database = root.resolve(DataDirectory.DATABASE);
    assertThat(permissions(database)).isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(database)) {
      assertThat(files.filter(Files::isRegularFile).toList())
          .isNotEmpty()
          .allSatisfy(
              file -> assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
    }
  }

  @Test
  void manyWrongPasswordsLockTheUserAtThatAddressEvenForTheRightOne() throws Exception {
    RequestPostProcessor guesser = from("10.9.9.9");
    for (int i = 0; i < 30; i++) {
      int status =
          mvc.perform(
                  get("/api/v1/interactions")
                      .with(httpBasic("analyst", "guess-" + i))
                      .with(guesser))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(status).isIn(401, 429);
    }
    mvc.perform(get("/api/v1/interactions").with(httpBasic("analyst", "analyst-pw")).with(guesser))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.title").value("Too many requests"));
    mvc.perform(
            get("/api/v1/interactions")
                .with(httpBasic("analyst", "analyst-pw"))
                .with(from("10.9.9.10")))
        .andExpect(status().isOk());
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private static String permissions(Path path) {
    try {
      return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
