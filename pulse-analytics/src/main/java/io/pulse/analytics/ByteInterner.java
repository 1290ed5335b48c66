package io.pulse.analytics;

import java.util.Arrays;

/**
 * Returns one shared String per distinct byte sequence (customer ids, stock codes, countries), and
 * allocates only for a sequence it has not seen: lookups hash and compare the bytes in place. Open
 * addressing with linear probing; not thread-safe (one per parsing thread).
 */
final class ByteInterner {

  private byte[][] keys = new byte[1024][];
  private String[] values = new String[1024];
  private int size;

  /** The shared String of the UTF-8 bytes {@code buf[offset, offset + length)}. */
  String intern(byte[] buf, int offset, int length) {
    int mask = keys.length - 1;
    for (int slot = hash(buf, offset, length) & mask; ; slot = (slot + 1) & mask) {
      byte[] key = keys[slot];
      if (key == null) {
        return add(slot, buf, offset, length);
      }
      if (key.length == length && ByteFields.same(key, 0, buf, offset, length)) {
        return values[slot];
      }
    }
  }

  private String add(int slot, byte[] buf, int offset, int length) {
    String value = ByteFields.text(buf, offset, length);
    keys[slot] = Arrays.copyOfRange(buf, offset, offset + length);
    values[slot] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return value;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    String[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    values = new String[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        byte[] key = oldKeys[i];
        int mask = keys.length - 1;
        int slot = hash(key, 0, key.length) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = oldValues[i];
        size++;
      }
    }
  }

  private static int hash(byte[] buf, int offset, int length) {
    int hash = 1;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + buf[i];
    }
    return hash ^ (hash >>> 16);
  }
}
