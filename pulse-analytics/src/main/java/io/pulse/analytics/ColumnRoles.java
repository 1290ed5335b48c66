package io.pulse.analytics;

import java.util.Arrays;
import java.util.List;

/** Which CSV column holds which transaction field, resolved once from the header. */
final class ColumnRoles {

  static final int INVOICE = 0;
  static final int STOCK_CODE = 1;
  static final int QUANTITY = 2;
  static final int DATE = 3;
  static final int PRICE = 4;
  static final int CUSTOMER = 5;
  static final int COUNTRY = 6;
  static final int REQUIRED = 1 << INVOICE | 1 << QUANTITY | 1 << DATE | 1 << PRICE | 1 << CUSTOMER;

  private final int[] roleOfColumn;
  private final String[] columnNames;
  private final int[] rolesInColumnOrder;

  private ColumnRoles(int[] roleOfColumn, String[] columnNames) {
    this.roleOfColumn = roleOfColumn;
    this.columnNames = columnNames;
    this.rolesInColumnOrder = Arrays.stream(roleOfColumn).filter(role -> role >= 0).toArray();
  }

  /**
   * Resolves the mapping against the header names.
   *
   * @throws TransactionFormatException when a required column is not in the header
   */
  static ColumnRoles resolve(List<String> header, ColumnMapping mapping, String source) {
    String[] names = {
      mapping.invoice(),
      mapping.stockCode(),
      mapping.quantity(),
      mapping.invoiceDate(),
      mapping.unitPrice(),
      mapping.customerId(),
      mapping.country()
    };
    int[] roles = new int[header.size()];
    Arrays.fill(roles, -1);
    int found = 0;
    for (int role = 0; role < names.length; role++) {
      int column = names[role].isEmpty() ? -1 : header.indexOf(names[role]);
      if (column >= 0) {
        roles[column] = role;
        found |= 1 << role;
      }
    }
    if ((found & REQUIRED) != REQUIRED) {
      int missing = Integer.numberOfTrailingZeros(REQUIRED & ~found);
      throw new TransactionFormatException(
          source
              + " line 1: column '"
              + names[missing]
              + "' not found in the header "
              + header
              + " (map it with a column mapping)");
    }
    return new ColumnRoles(roles, names);
  }

  /** Role of the column at {@code index}, or -1 when it is not read. */
  int roleOf(int index) {
    return index < roleOfColumn.length ? roleOfColumn[index] : -1;
  }

  /** The roles found in the header, in the order of their columns. Do not modify. */
  int[] rolesInColumnOrder() {
    return rolesInColumnOrder;
  }

  /** Header name of the column that holds {@code role}. */
  String nameOf(int role) {
    return columnNames[role];
  }

  int headerSize() {
    return roleOfColumn.length;
  }
}
