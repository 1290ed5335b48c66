package io.pulse.flink;

import io.pulse.ingest.InteractionFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * The interaction files named by a job's inputs: files as given, directories walked recursively for
 * {@code .csv}, {@code .ndjson} and {@code .jsonl} files (hidden ones, starting with {@code .} or
 * {@code _}, skipped). Listed through Flink's file systems, so {@code s3://} and {@code hdfs://}
 * inputs work on a cluster as local paths do here.
 */
final class InputFiles {

  private InputFiles() {}

  /**
   * Lists the files, sorted by path within each input.
   *
   * @throws IllegalArgumentException naming the input when it does not exist or holds no
   *     interaction file
   */
  static List<Path> list(List<String> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem();
      if (!fs.exists(path)) {
        throw new IllegalArgumentException("--input " + input + ": no such file or directory");
      }
      int before = files.size();
      collect(fs, fs.getFileStatus(path), files, true);
      if (files.size() == before) {
        throw new IllegalArgumentException(
            "--input " + input + ": no interaction files (.csv, .ndjson, .jsonl) in it");
      }
    }
    return files;
  }

  /**
   * About how many items the files hold (their lines, less a CSV header each), or -1 when one of
   * them is not on the local file system.
   */
  static long estimateItems(List<Path> files) throws IOException {
    long items = 0;
    for (Path file : files) {
      if (file.getFileSystem().isDistributedFS()) {
        return -1;
      }
      long lines = 0;
      try (var in = file.getFileSystem().open(file)) {
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
              lines++;
            }
          }
        }
      }
      boolean csv = InteractionFiles.Format.of(file.getName()) == InteractionFiles.Format.CSV;
      items += csv ? Math.max(0, lines - 1) : lines;
    }
    return items;
  }

  private static void collect(FileSystem fs, FileStatus status, List<Path> files, boolean given)
      throws IOException {
    String name = status.getPath().getName();
    if (!given && (name.startsWith(".") || name.startsWith("_"))) {
      return;
    }
    if (status.isDir()) {
      FileStatus[] children = fs.listStatus(status.getPath());
      java.util.Arrays.sort(children, (a, b) -> a.getPath().compareTo(b.getPath()));
      for (FileStatus child : children) {
        collect(fs, child, files, false);
      }
    } else if (InteractionFiles.Format.of(name) != null) {
      files.add(status.getPath());
    } else if (given) {
      throw new IllegalArgumentException(
          "--input " + status.getPath() + ": not an interaction file (.csv, .ndjson, .jsonl)");
    }
  }
}
