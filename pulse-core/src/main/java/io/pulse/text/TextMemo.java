package io.pulse.text;

/**
 * A small, lossy, thread-safe memo of values computed from short texts. One message passes the text
 * pipeline several times within a batch (fallback lexicon, aspects, the sentiment model, the
 * emotion model); the memo lets the later passes reuse the first one's work. It is direct-mapped: a
 * text has one slot (by its hash), a newer text in the same slot replaces it, and a reader that
 * races a writer simply misses. Memory stays bounded by the slot count and the longest text kept.
 *
 * @param <V> an immutable value
 */
final class TextMemo<V> {

  private final Entry<V>[] slots;
  private final int maxLength;

  /**
   * @param slots number of slots, a power of two
   * @param maxLength longest text (in chars) that is kept; longer ones are never memoised
   */
  @SuppressWarnings("unchecked")
  TextMemo(int slots, int maxLength) {
    if (Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two; found " + slots);
    }
    this.slots = (Entry<V>[]) new Entry<?>[slots];
    this.maxLength = maxLength;
  }

  /** The value kept for {@code text}, or null. */
  V get(String text) {
    if (text.length() > maxLength) {
      return null;
    }
    Entry<V> entry = slots[slot(text)];
    return entry != null && entry.text.equals(text) ? entry.value : null;
  }

  /** Keeps {@code value} for {@code text} (when the text is short enough) and returns it. */
  V put(String text, V value) {
    if (text.length() <= maxLength) {
      slots[slot(text)] = new Entry<>(text, value);
    }
    return value;
  }

  private int slot(String text) {
    int h = text.hashCode();
    return (h ^ (h >>> 16)) & (slots.length - 1);
  }

  /** Final fields: a reader on another thread sees a whole entry or none. */
  private record Entry<V>(String text, V value) {}
}
