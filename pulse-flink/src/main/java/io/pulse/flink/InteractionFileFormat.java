package io.pulse.flink;

import io.pulse.core.Channel;
import io.pulse.ingest.InteractionFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.impl.StreamFormatAdapter;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.runtime.execution.SuppressRestartsException;

/**
 * Interaction files (CSV, NDJSON; by extension) read item by item with the server's ingest rules
 * ({@link InteractionFiles}). A file is one split, read from its start; a restored reader skips the
 * items its checkpoint had already emitted (Flink's record-count positions), so every item is
 * emitted once per successful run.
 */
final class InteractionFileFormat implements BulkFormat<RawInteraction, FileSourceSplit> {

  private static final long serialVersionUID = 1L;

  private final Channel defaultChannel;
  private final int maxTextChars;

  InteractionFileFormat(Channel defaultChannel, int maxTextChars) {
    this.defaultChannel = defaultChannel;
    this.maxTextChars = maxTextChars;
  }

  @Override
  public Reader<RawInteraction> createReader(Configuration config, FileSourceSplit split)
      throws IOException {
    return forFile(split).createReader(config, split);
  }

  @Override
  public Reader<RawInteraction> restoreReader(Configuration config, FileSourceSplit split)
      throws IOException {
    return forFile(split).restoreReader(config, split);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<RawInteraction> getProducedType() {
    return TypeInformation.of(RawInteraction.class);
  }

  private StreamFormatAdapter<RawInteraction> forFile(FileSourceSplit split) {
    String file = split.path().toString();
    InteractionFiles.Format format = InteractionFiles.Format.of(file);
    if (format == null) {
      throw new IllegalArgumentException(
          file + ": not an interaction file (expected .csv, .ndjson or .jsonl)");
    }
    return new StreamFormatAdapter<>(new OneFile(file, format, defaultChannel, maxTextChars));
  }

  /** A file that cannot be read fails the job without restarts: reading it again fails again. */
  private static RuntimeException unreadable(String message) {
    return new SuppressRestartsException(new InvalidInputFile(message));
  }

  /** The items of one file, whose name goes into every item and error. */
  private static final class OneFile extends SimpleStreamFormat<RawInteraction> {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final InteractionFiles.Format format;
    private final Channel defaultChannel;
    private final int maxTextChars;

    OneFile(String file, InteractionFiles.Format format, Channel defaultChannel, int maxTextChars) {
      this.file = file;
      this.format = format;
      this.defaultChannel = defaultChannel;
      this.maxTextChars = maxTextChars;
    }

    @Override
    public StreamFormat.Reader<RawInteraction> createReader(
        Configuration config, FSDataInputStream stream) {
      BufferedReader text =
          new BufferedReader(
              new InputStreamReader(
                  stream,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)),
              256 * 1024);
      InteractionFiles.Items items;
      try {
        items = InteractionFiles.open(format, text, defaultChannel, maxTextChars);
      } catch (InteractionFiles.InvalidFile e) {
        throw unreadable(file + " " + e.getMessage());
      }
      return new StreamFormat.Reader<>() {
        @Override
        public RawInteraction read() {
          InteractionFiles.Item item;
          try {
            item = items.next();
          } catch (InteractionFiles.InvalidFile e) {
            throw unreadable(file + ": " + e.getMessage());
          }
          return item == null
              ? null
              : new RawInteraction(file, item.line(), item.interaction(), item.problem());
        }

        @Override
        public void close() throws IOException {
          text.close();
        }
      };
    }

    @Override
    public TypeInformation<RawInteraction> getProducedType() {
      return TypeInformation.of(RawInteraction.class);
    }
  }
}
