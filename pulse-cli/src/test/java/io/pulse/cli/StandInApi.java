package io.pulse.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pulse.cli.AnalyticsCommandsTest.Run;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in Pulse API on a loopback port for the CLI command tests, with a password file, and a
 * way to run a command against it with {@code --url} and {@code --password-file} appended.
 */
final class StandInApi {

  /** What the stand-in answers to one request: a status and a JSON body. */
  record Answer(int status, String body) {

    static Answer ok(String body) {
      return new Answer(200, body);
    }
  }

  /** Records a request and chooses the answer. */
  @FunctionalInterface
  interface Handler {
    Answer answer(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final String url;
  private final Path passwordFile;

  private StandInApi(HttpServer server, Path passwordFile) {
    this.server = server;
    this.url = "http://127.0.0.1:" + server.getAddress().getPort();
    this.passwordFile = passwordFile;
  }

  /** Starts answering under {@code context} and writes the password file into {@code dir}. */
  static StandInApi start(Path dir, String context, Handler handler) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        context,
        exchange -> {
          Answer answer = handler.answer(exchange);
          byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(answer.status(), bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    return new StandInApi(server, Files.writeString(dir.resolve("pw"), "s3cret\n"));
  }

  String url() {
    return url;
  }

  void stop() {
    server.stop(0);
  }

  /** Runs {@code command} with {@code args} followed by this stand-in's URL and password file. */
  Run run(Object command, String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--url";
    all[args.length + 1] = url;
    all[args.length + 2] = "--password-file";
    all[args.length + 3] = passwordFile.toString();
    return AnalyticsCommandsTest.run(command, all);
  }
}
