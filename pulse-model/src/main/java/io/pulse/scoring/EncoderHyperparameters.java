package io.pulse.scoring;

/**
 * Hyper-parameters of the accurate model's head and of its training.
 *
 * @param trainLength word pieces per training text (longer ones are cut for training only)
 * @param convFilters Conv1d filters over the 384-wide token states
 * @param lstmHidden BiLSTM hidden size per direction
 * @param denseUnits units of the dense ReLU layer
 * @param inputDropout dropout on the token states
 * @param dropout dropout before the dense layer (half of it after)
 * @param batchSize training batch size
 * @param learningRate Adam learning rate
 * @param maxEpochs epochs at most
 * @param patience epochs without dev improvement before stopping
 * @param semevalCap SemEval training tweets used at most (a seeded sample; balances the domains)
 * @param extraCap rows used at most from each further labelled file (a seeded sample)
 * @param neutralRepeat how often the business-neutral rows are repeated (a small domain)
 * @param seed random seed (weights, shuffling, sampling)
 */
record EncoderHyperparameters(
    int trainLength,
    int convFilters,
    int lstmHidden,
    int denseUnits,
    float inputDropout,
    float dropout,
    int batchSize,
    float learningRate,
    int maxEpochs,
    int patience,
    int semevalCap,
    int extraCap,
    int neutralRepeat,
    long seed) {

  /**
   * These settings with some replaced by name ({@code semevalCap=32000}).
   *
   * @throws IllegalArgumentException naming the setting when it is unknown or its value invalid
   */
  EncoderHyperparameters with(java.util.Map<String, String> overrides) {
    if (overrides.isEmpty()) {
      return this;
    }
    java.util.Map<String, Object> values =
        new java.util.LinkedHashMap<>(Json.MAPPER.convertValue(this, java.util.Map.class));
    overrides.forEach((name, value) -> {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException(
            "unknown hyper-parameter '" + name + "'; known: " + values.keySet());
      }
      values.put(name, value);
    });
    try {
      return Json.MAPPER.convertValue(values, EncoderHyperparameters.class);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("invalid hyper-parameter value in " + overrides, e);
    }
  }

  static EncoderHyperparameters defaults() {
    return new EncoderHyperparameters(
        64, 128, 64, 64, 0.1f, 0.3f, 64, 1e-3f, 4, 2, 48000, 8000, 4, 42);
  }
}
