package io.pulse.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The server's data directory ({@code pulse.data-dir}): embedded database and generated secrets.
 * The directory, the database's directory and files are owner-only (0700, 0600); secrets are
 * created once, owner-only, and never logged.
 */
@Component
class DataDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);

  /** Subdirectory of the embedded H2 database (see application.properties). */
  static final String DATABASE = "db";

  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");
  private final Path root;

  @Autowired
  DataDirectory(PulseProperties settings) {
    this(settings.dataDir());
  }

  DataDirectory(String dataDir) {
    this.root = Path.of(dataDir).toAbsolutePath().normalize();
    try {
      ownerOnlyDirectory(root);
      ownerOnlyDirectory(root.resolve(DATABASE));
      restrictDatabaseFiles();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create pulse.data-dir " + root + " owner-only", e);
    }
  }

  /**
   * Makes every data source depend on this directory, so that the embedded database creates its
   * files inside the owner-only directory, never before it exists.
   */
  @Bean
  static BeanFactoryPostProcessor dataSourcesAfterDataDirectory() {
    return factory -> {
      for (String name : factory.getBeanNamesForType(DataSource.class, true, false)) {
        BeanDefinition definition = factory.getBeanDefinition(name);
        List<String> dependsOn = new ArrayList<>();
        if (definition.getDependsOn() != null) {
          dependsOn.addAll(List.of(definition.getDependsOn()));
        }
        dependsOn.add("dataDirectory");
        definition.setDependsOn(dependsOn.toArray(String[]::new));
      }
    };
  }

  /** The embedded database's files, created by H2 with the process umask, made owner-only. */
  @EventListener(ApplicationReadyEvent.class)
  void restrictDatabaseFiles() {
    Path database = root.resolve(DATABASE);
    try (Stream<Path> files = Files.isDirectory(database) ? Files.list(database) : Stream.empty()) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        setPermissions(file, OWNER_ONLY_FILE);
      }
    } catch (IOException e) {
      LOG.warn("cannot make the files in {} owner-only: {}", database, e.getClass().getName());
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

  private static void ownerOnlyDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    setPermissions(dir, OWNER_ONLY_DIRECTORY);
  }

  private static void setPermissions(Path path, Set<PosixFilePermission> permissions)
      throws IOException {
    try {
      Files.setPosixFilePermissions(path, permissions);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: rely on the system's defaults
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
