package io.pulse.analytics.api;

import io.pulse.analytics.Analytics;
import io.pulse.analytics.ColumnMapping;
import io.pulse.analytics.ImportOptions;
import io.pulse.analytics.RowError;
import io.pulse.analytics.TransactionFormatException;
import io.pulse.analytics.TransactionImport;
import io.pulse.server.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Where transactions come from: the default file (the bundled Online Retail transactions, or {@code
 * pulse.analytics.transactions-file}), read once and kept, or a request's upload, read within
 * {@code pulse.analytics.max-upload-bytes} (default: the bulk ingest limit). Gzip content is
 * recognised by its magic bytes. A malformed upload becomes a 400 problem naming the column as the
 * field, with {@code line} and {@code source}.
 */
@Component
class TransactionSource {

  static final String BUNDLED_RESOURCE = "analytics/online_retail.csv.gz";
  static final String BUNDLED_NAME = "online_retail.csv";
  static final String UPLOAD_PART = "file";
  private static final String UPLOAD_NAME = "upload.csv";

  private final String file;
  private final long maxUploadBytes;
  private volatile TransactionImport cached;

  TransactionSource(AnalyticsProperties settings) {
    this.file = settings.transactionsFile().strip();
    this.maxUploadBytes = settings.maxUploadBytes();
  }

  /** The default transactions with the default import options; read on first use. */
  TransactionImport bundled() {
    TransactionImport result = cached;
    if (result == null) {
      synchronized (this) {
        if (cached == null) {
          cached = readDefault();
        }
        result = cached;
      }
    }
    return result;
  }

  private TransactionImport readDefault() {
    ImportOptions options =
        ImportOptions.defaults().withColumns(ColumnMapping.onlineRetail().keysOnly());
    if (!file.isEmpty()) {
      return Analytics.importTransactions(Path.of(file), options);
    }
    try (InputStream in =
        TransactionSource.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED_RESOURCE + " is missing from the classpath");
      }
      return Analytics.importTransactions(new GZIPInputStream(in, 1 << 16), BUNDLED_NAME, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
    }
  }

  /**
   * Reads the transactions of a request: its body, or the multipart part {@value #UPLOAD_PART}.
   *
   * @throws ApiProblem 400 for an empty or malformed upload, 413 beyond the size limit
   */
  TransactionImport upload(HttpServletRequest request, ImportOptions options) {
    String name = UPLOAD_NAME;
    byte[] bytes;
    try {
      MultipartHttpServletRequest multipart =
          WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
      if (multipart != null) {
        MultipartFile part = multipart.getFile(UPLOAD_PART);
        if (part == null) {
          throw ApiProblem.invalidField(
              UPLOAD_PART, null, "the form needs a part '" + UPLOAD_PART + "' with the CSV");
        }
        name = safeName(part.getOriginalFilename());
        bytes = readLimited(part.getInputStream(), part.getSize());
      } else {
        bytes = readLimited(request.getInputStream(), request.getContentLengthLong());
      }
      bytes = isGzip(bytes) ? inflate(bytes) : bytes;
    } catch (IOException e) {
      throw ApiProblem.invalidRequest(
          "request body unreadable (" + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length == 0) {
      throw ApiProblem.invalidRequest("request body is empty; expected a transactions CSV");
    }
    try {
      return Analytics.importTransactions(new ByteArrayInputStream(bytes), name, options);
    } catch (TransactionFormatException e) {
      throw problem(e, options.skipMalformed());
    }
  }

  static ApiProblem problem(TransactionFormatException e, boolean skipping) {
    RowError row = e.error();
    if (row == null) {
      return ApiProblem.invalidRequest(e.getMessage());
    }
    String hint = skipping ? "" : " (skipMalformed=true skips and reports such rows)";
    return ApiProblem.invalidField(row.column(), null, e.getMessage() + hint)
        .with("source", row.source())
        .with("line", row.line());
  }

  private byte[] readLimited(InputStream in, long declaredLength) throws IOException {
    if (declaredLength > maxUploadBytes) {
      throw ApiProblem.tooLarge(maxUploadBytes);
    }
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxUploadBytes + 1));
    if (bytes.length > maxUploadBytes) {
      throw ApiProblem.tooLarge(maxUploadBytes);
    }
    return bytes;
  }

  private byte[] inflate(byte[] gzip) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16)) {
      // The inflated CSV may be ten times the upload: it gets the same limit.
      return readLimited(in, -1);
    } catch (ZipException e) {
      throw ApiProblem.invalidRequest("request body looks like gzip but cannot be inflated");
    }
  }

  private static boolean isGzip(byte[] bytes) {
    return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /** The uploaded file's base name without {@code .gz}, limited to safe characters. */
  static String safeName(String original) {
    if (original == null || original.isBlank()) {
      return UPLOAD_NAME;
    }
    String base = original.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceFirst("(?i)\\.gz$", "");
    base = base.replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.length() > 100) {
      base = base.substring(0, 100);
    }
    return base.isEmpty() ? UPLOAD_NAME : base;
  }
}
