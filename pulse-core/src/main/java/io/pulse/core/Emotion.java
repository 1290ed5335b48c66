package io.pulse.core;

import java.util.Locale;

/** The emotions Pulse tracks, in the order of the emotion model's output vector. */
public enum Emotion {
  NONE,
  FRUSTRATION,
  ENTHUSIASM,
  UNCERTAINTY,
  IRRITATION;

  /** Lower-case name as used in files and APIs. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
