package io.pulse.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which CSV header names hold which transaction field. Matching is exact (after trimming the
 * header). {@code stockCode} and {@code country} are optional: when the file lacks them, or they
 * are mapped to {@code ""}, the transactions get {@code ""}. The product description is never read:
 * no analysis needs it.
 *
 * @param invoice invoice number column
 * @param stockCode product code column (optional)
 * @param quantity quantity column
 * @param invoiceDate invoice date column
 * @param unitPrice unit price column
 * @param customerId customer key column
 * @param country country column (optional)
 */
public record ColumnMapping(
    String invoice,
    String stockCode,
    String quantity,
    String invoiceDate,
    String unitPrice,
    String customerId,
    String country) {

  /** Field names accepted by {@link #with(String, String)}. */
  public static final String FIELDS =
      "invoice|stockCode|quantity|invoiceDate|unitPrice|customerId|country";

  /** Checks that every column name is present. */
  public ColumnMapping {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(stockCode, "stockCode");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(country, "country");
  }

  /** The column names of the UCI Online Retail file. */
  public static ColumnMapping onlineRetail() {
    return new ColumnMapping(
        "InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country");
  }

  /**
   * A copy that does not read the optional stock code and country columns. RFM and cohorts need
   * neither, and skipping them saves a good part of an import's work on repeated keys.
   */
  public ColumnMapping keysOnly() {
    return new ColumnMapping(invoice, "", quantity, invoiceDate, unitPrice, customerId, "");
  }

  /**
   * Returns a copy with one field mapped to another column.
   *
   * @param field one of {@link #FIELDS}, case-insensitive
   * @throws IllegalArgumentException naming the field when it is unknown
   */
  public ColumnMapping with(String field, String column) {
    Objects.requireNonNull(column, "column");
    Map<String, String> fields = asMap();
    String key =
        fields.keySet().stream()
            .filter(name -> name.equalsIgnoreCase(field.strip()))
            .findFirst()
            .orElseThrow(() ->
                new IllegalArgumentException(
                    "column mapping field must be one of " + FIELDS + ", found '" + field + "'"));
    fields.put(key, column.strip());
    return new ColumnMapping(
        fields.get("invoice"),
        fields.get("stockCode"),
        fields.get("quantity"),
        fields.get("invoiceDate"),
        fields.get("unitPrice"),
        fields.get("customerId"),
        fields.get("country"));
  }

  /** Field name to column name, in declaration order. */
  public Map<String, String> asMap() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("invoice", invoice);
    fields.put("stockCode", stockCode);
    fields.put("quantity", quantity);
    fields.put("invoiceDate", invoiceDate);
    fields.put("unitPrice", unitPrice);
    fields.put("customerId", customerId);
    fields.put("country", country);
    return fields;
  }
}
