package io.pulse.privacy;

/**
 * A piece of personal data found in the original text, before replacement.
 *
 * @param type kind of personal data
 * @param start start offset in the original text (inclusive)
 * @param end end offset in the original text (exclusive)
 */
record Finding(PiiType type, int start, int end) {

  Finding {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("finding range must be non-empty: " + start + ".." + end);
    }
  }

  int length() {
    return end - start;
  }
}
