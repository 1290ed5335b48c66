package io.pulse.scoring;

import io.pulse.core.SentimentLabel;

/** One training or evaluation example. */
record LabeledText(String text, SentimentLabel label) {}
