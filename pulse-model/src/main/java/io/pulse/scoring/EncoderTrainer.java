package io.pulse.scoring;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Trains the accurate model's head on cached token states with Adam and class-weighted cross
 * entropy, keeps the epoch with the best dev selection score (mean of every dev split's AvgRec and
 * macro-F1), then fits a softmax temperature on the dev splits (lowest negative log-likelihood).
 */
final class EncoderTrainer {
  private static final int CLASSES = 3;
  private static final int EVAL_BATCH = 256;

  private final EncoderHyperparameters hyper;
  private final Consumer<String> log;

  EncoderTrainer(EncoderHyperparameters hyper, Consumer<String> log) {
    this.hyper = hyper;
    this.log = log;
  }

  /** Cached states and gold classes of one split. */
  record Split(String name, List<StateCache.Entry> states, int[] labels) {}

  /** The kept weights, their epoch, the fitted temperature and the dev evaluations. */
  record Result(
      byte[] parameters, int epoch, float temperature, Map<String, Evaluation> dev, int epochs) {}

  Result train(Split train, List<Split> devs) {
    Engine.getEngine("PyTorch").setRandomSeed((int) hyper.seed());
    Random shuffler = new Random(hyper.seed());
    float[] classWeights = classWeights(train.labels());
    Block head = new EncoderHead(hyper, CLASSES);
    try (Model model = Model.newInstance("pulse-accurate", "PyTorch")) {
      model.setBlock(head);
      DefaultTrainingConfig config = TrainingSteps.config(CLASSES, hyper.learningRate());
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(
            new Shape(hyper.batchSize(), 8, TokenEncoder.DIMENSION),
            new Shape(hyper.batchSize(), 8));
        int[] order = IntStream.range(0, train.labels().length).toArray();
        int batches = (order.length + hyper.batchSize() - 1) / hyper.batchSize();
        byte[] best = TrainingSteps.snapshot(head);
        int bestEpoch = 0;
        double bestScore = -1;
        int epoch = 1;
        for (; epoch <= hyper.maxEpochs() && epoch - bestEpoch <= hyper.patience(); epoch++) {
          TrainingSteps.shuffle(order, shuffler);
          double lossSum = 0;
          long started = System.nanoTime();
          for (int b = 0; b < batches; b++) {
            int from = b * hyper.batchSize();
            int to = Math.min(order.length, from + hyper.batchSize());
            lossSum += step(trainer, train, order, from, to, classWeights);
            if ((b + 1) % 100 == 0) {
              log.accept(
                  String.format(
                      java.util.Locale.ROOT,
                      "  epoch %d batch %d/%d loss %.4f",
                      epoch,
                      b + 1,
                      batches,
                      lossSum / (b + 1)));
            }
          }
          if (!Double.isFinite(lossSum)) {
            throw new IllegalStateException("training diverged at epoch " + epoch);
          }
          Map<String, Evaluation> dev = evaluate(head, trainer.getManager(), devs, 1f);
          double score = selectionScore(dev);
          boolean improved = score > bestScore;
          if (improved) {
            bestScore = score;
            bestEpoch = epoch;
            best = TrainingSteps.snapshot(head);
          }
          log.accept(
              String.format(
                  java.util.Locale.ROOT,
                  "epoch %d: loss %.4f, %.0f s, dev %s -> selection %.4f%s",
                  epoch,
                  lossSum / batches,
                  (System.nanoTime() - started) / 1e9,
                  summary(dev),
                  score,
                  improved ? " (best)" : ""));
        }
        Block kept = new EncoderHead(hyper, CLASSES);
        try (NDManager manager = NDManager.newBaseManager(ai.djl.Device.cpu(), "PyTorch")) {
          kept.loadParameters(
              manager, new java.io.DataInputStream(new java.io.ByteArrayInputStream(best)));
          float[][][] logits = new float[devs.size()][][];
          for (int d = 0; d < devs.size(); d++) {
            logits[d] = logits(kept, manager, devs.get(d).states());
          }
          float temperature = fitTemperature(logits, devs);
          Map<String, Evaluation> dev = new LinkedHashMap<>();
          for (int d = 0; d < devs.size(); d++) {
            dev.put(
                devs.get(d).name(),
                ClassEvaluator.evaluate(
                    devs.get(d).labels(),
                    softmax(logits[d], temperature),
                    Task.SENTIMENT.classes()));
          }
          log.accept(
              "kept epoch " + bestEpoch + ", temperature " + temperature + ": " + summary(dev));
          return new Result(best, bestEpoch, temperature, dev, epoch - 1);
        } catch (IOException | ai.djl.MalformedModelException e) {
          throw new IllegalStateException("cannot reload the kept weights", e);
        }
      }
    }
  }

  /** Mean of AvgRec and macro-F1 over the dev splits. */
  static double selectionScore(Map<String, Evaluation> dev) {
    return dev.values().stream()
        .mapToDouble(e -> (e.averageRecall() + e.macroF1()) / 2)
        .average()
        .orElse(0);
  }

  private static String summary(Map<String, Evaluation> dev) {
    StringBuilder out = new StringBuilder();
    dev.forEach((name, e) ->
        out.append(
            String.format(
                java.util.Locale.ROOT,
                "%s acc %.4f mF1 %.4f AvgRec %.4f ECE %.4f; ",
                name,
                e.accuracy(),
                e.macroF1(),
                e.averageRecall(),
                e.expectedCalibrationError())));
    return out.toString();
  }

  private Map<String, Evaluation> evaluate(
      Block head, NDManager manager, List<Split> devs, float t) {
    Map<String, Evaluation> out = new LinkedHashMap<>();
    for (Split split : devs) {
      float[][] probabilities = softmax(logits(head, manager, split.states()), t);
      out.put(
          split.name(),
          ClassEvaluator.evaluate(split.labels(), probabilities, Task.SENTIMENT.classes()));
    }
    return out;
  }

  /** Inference-mode logits of cached states. */
  static float[][] logits(Block head, NDManager manager, List<StateCache.Entry> states) {
    float[][] out = new float[states.size()][];
    int[] all = IntStream.range(0, states.size()).toArray();
    for (int from = 0; from < all.length; from += EVAL_BATCH) {
      int to = Math.min(all.length, from + EVAL_BATCH);
      try (NDManager batch = manager.newSubManager()) {
        NDList inputs = inputs(batch, states, all, from, to);
        float[] values =
            head.forward(new ParameterStore(batch, false), inputs, false).head().toFloatArray();
        for (int i = from; i < to; i++) {
          out[i] =
              java.util.Arrays.copyOfRange(values, (i - from) * CLASSES, (i - from + 1) * CLASSES);
        }
      }
    }
    return out;
  }

  /** States {@code [n, even length, 384]} and mask {@code [n, length]} of rows order[from..to). */
  static NDList inputs(
      NDManager manager, List<StateCache.Entry> states, int[] order, int from, int to) {
    int n = to - from;
    int length = 2;
    for (int i = from; i < to; i++) {
      length = Math.max(length, states.get(order[i]).length());
    }
    length += length % 2;
    int d = TokenEncoder.DIMENSION;
    float[] values = new float[n * length * d];
    float[] mask = new float[n * length];
    for (int i = 0; i < n; i++) {
      StateCache.Entry e = states.get(order[from + i]);
      short[] h = e.halves();
      int base = i * length * d;
      for (int k = 0; k < h.length; k++) {
        values[base + k] = Float.float16ToFloat(h[k]);
      }
      java.util.Arrays.fill(mask, i * length, i * length + e.length(), 1f);
    }
    return new NDList(
        manager.create(values, new Shape(n, length, d)),
        manager.create(mask, new Shape(n, length)));
  }

  private double step(
      Trainer trainer, Split train, int[] order, int from, int to, float[] classWeights) {
    int n = to - from;
    int[] classes = new int[n];
    float[] weights = new float[n];
    for (int i = 0; i < n; i++) {
      classes[i] = train.labels()[order[from + i]];
      weights[i] = classWeights[classes[i]];
    }
    try (NDManager batch = trainer.getManager().newSubManager()) {
      NDList inputs = inputs(batch, train.states(), order, from, to);
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDList output = trainer.forward(inputs);
        NDArray loss =
            trainer
                .getLoss()
                .evaluate(new NDList(batch.create(classes), batch.create(weights)), output);
        collector.backward(loss);
        double value = loss.getFloat();
        trainer.step();
        return value;
      }
    }
  }

  /** Temperature in [0.5, 3] with the lowest dev negative log-likelihood (all dev splits). */
  static float fitTemperature(float[][][] logits, List<Split> devs) {
    float best = 1f;
    double bestLoss = Double.MAX_VALUE;
    for (float t = 0.5f; t <= 3.0001f; t += 0.05f) {
      double loss = 0;
      for (int d = 0; d < devs.size(); d++) {
        float[][] p = softmax(logits[d], t);
        double split = 0;
        for (int i = 0; i < p.length; i++) {
          split -= Math.log(Math.max(1e-9, p[i][devs.get(d).labels()[i]]));
        }
        loss += split / p.length;
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        best = Math.round(t * 100) / 100f;
      }
    }
    return best;
  }

  static float[][] softmax(float[][] logits, float temperature) {
    float[][] out = new float[logits.length][];
    for (int i = 0; i < logits.length; i++) {
      out[i] = softmax(logits[i], temperature);
    }
    return out;
  }

  static float[] softmax(float[] logits, float temperature) {
    float max = Float.NEGATIVE_INFINITY;
    for (float v : logits) {
      max = Math.max(max, v / temperature);
    }
    float[] p = new float[logits.length];
    float sum = 0;
    for (int c = 0; c < p.length; c++) {
      p[c] = (float) Math.exp(logits[c] / temperature - max);
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  private static float[] classWeights(int[] labels) {
    int[] counts = new int[CLASSES];
    for (int label : labels) {
      counts[label]++;
    }
    float[] weights = new float[CLASSES];
    for (int c = 0; c < CLASSES; c++) {
      weights[c] = (float) Math.sqrt((double) labels.length / (CLASSES * Math.max(1, counts[c])));
    }
    return weights;
  }
}
