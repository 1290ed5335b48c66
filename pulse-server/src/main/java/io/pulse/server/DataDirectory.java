package io.pulse.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The server's data directory ({@code pulse.data-dir}): embedded database and generated secrets.
 * Secrets are created once, owner-only, and never logged.
 */
@Component
class DataDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);
  private final Path root;

  @Autowired
  DataDirectory(PulseProperties settings) {
    this(settings.dataDir());
  }

  DataDirectory(String dataDir) {
    this.root = Path.of(dataDir).toAbsolutePath().normalize();
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create pulse.data-dir " + root, e);
    }
  }

  Path root() {
    return root;
  }

  /**
   * Returns the secret stored in {@code fileName}, creating it with {@code generator} (owner-only
   * permissions) on first use.
   */
  String secret(String fileName, Supplier<String> generator) {
    Path file = root.resolve(fileName);
    try {
      if (!Files.exists(file)) {
        createOwnerOnly(file, generator.get());
        LOG.info("created {} (owner-only) in {}", fileName, root);
      }
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create secret file " + file, e);
    }
  }

  private static void createOwnerOnly(Path file, String content) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // not a POSIX file system: rely on the directory's permissions
    } catch (FileAlreadyExistsException e) {
      return; // another process created it first; keep theirs
    }
    Files.writeString(file, content + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE);
  }
}
