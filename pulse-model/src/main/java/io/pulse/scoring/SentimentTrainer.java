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
import ai.djl.training.Trainer;
import io.pulse.text.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains the network: builds the vocabulary from the training split, then trains each ensemble
 * member with Adam on the class-weighted loss, shuffling with a seeded generator and keeping the
 * weights of the epoch with the best dev macro-F1 (early stopping after {@code patience} epochs
 * without improvement).
 */
final class SentimentTrainer {
  private final Hyperparameters hyper;
  private final TrainingProgress progress;
  private final Task task;
  private final int classCount;

  SentimentTrainer(Hyperparameters hyper, TrainingProgress progress, Task task) {
    this.hyper = hyper;
    this.progress = progress;
    this.task = task;
    this.classCount = task.classes().size();
  }

  /** Trained weights of every member and the vocabulary they index. */
  record Result(Vocabulary vocabulary, List<byte[]> parameters, List<Integer> epochs) {}

  Result train(ClassDataset train, ClassDataset dev) {
    var tokenizer = Featurizer.tokenizer(hyper);
    List<List<String>> tokens = train.texts().parallelStream().map(tokenizer).toList();
    Vocabulary vocabulary = Vocabulary.build(tokens, hyper.minFrequency(), hyper.maxVocabulary());
    Featurizer featurizer = new Featurizer(hyper, vocabulary);
    Featurizer.Features trainFeatures = featurizer.featurize(train.texts(), 0, train.size());
    Featurizer.Features devFeatures = featurizer.featurize(dev.texts(), 0, dev.size());
    int[] labels = train.labels();
    float[] classWeights = classWeights(labels);
    List<byte[]> parameters = new ArrayList<>();
    List<Integer> epochs = new ArrayList<>();
    for (int member = 0; member < hyper.ensembleSize() + hyper.bagMembers(); member++) {
      Member trained =
          trainMember(
              member,
              vocabulary,
              featurizer,
              trainFeatures,
              labels,
              classWeights,
              dev,
              devFeatures);
      parameters.add(trained.parameters());
      epochs.add(trained.epoch());
    }
    return new Result(vocabulary, parameters, epochs);
  }

  private record Member(byte[] parameters, int epoch) {}

  private Member trainMember(
      int member,
      Vocabulary vocabulary,
      Featurizer featurizer,
      Featurizer.Features features,
      int[] labels,
      float[] classWeights,
      ClassDataset dev,
      Featurizer.Features devFeatures) {
    long seed = hyper.seed() + member;
    Engine.getEngine("PyTorch").setRandomSeed((int) seed);
    Block block =
        member < hyper.ensembleSize()
            ? SentimentNetwork.build(hyper, vocabulary.size(), classCount)
            : SentimentNetwork.buildBag(hyper, classCount);
    Random shuffler = new Random(seed);
    int length = featurizer.sequenceLength();
    int slots = featurizer.ngramSlots();
    try (Model model = Model.newInstance("pulse-sentiment-" + member, "PyTorch")) {
      model.setBlock(block);
      DefaultTrainingConfig config = TrainingSteps.config(classCount, hyper.learningRate());
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(
            new Shape(hyper.batchSize(), length), new Shape(hyper.batchSize(), slots));
        byte[] best = TrainingSteps.snapshot(block);
        int bestEpoch = 0;
        double bestF1 = -1;
        int[] order = java.util.stream.IntStream.range(0, labels.length).toArray();
        int batches = (labels.length + hyper.batchSize() - 1) / hyper.batchSize();
        for (int epoch = 1;
            epoch <= hyper.maxEpochs() && epoch - bestEpoch <= hyper.patience();
            epoch++) {
          TrainingSteps.shuffle(order, shuffler);
          progress.epochStarted(member, epoch, batches);
          double lossSum = 0;
          int correct = 0;
          for (int b = 0; b < batches; b++) {
            int from = b * hyper.batchSize();
            int to = Math.min(labels.length, from + hyper.batchSize());
            Batch batch =
                batch(features, order, from, to, labels, classWeights, length, slots, shuffler);
            float[] stats = step(trainer, batch, length, slots);
            lossSum += stats[0];
            correct += (int) stats[1];
            progress.batchFinished(stats[0]);
          }
          if (!Double.isFinite(lossSum)) {
            throw new IllegalStateException(
                "training diverged: network "
                    + (member + 1)
                    + ", epoch "
                    + epoch
                    + ", loss "
                    + lossSum / batches
                    + " (try a lower learningRate; on AVX-512 CPUs also"
                    + " ONEDNN_MAX_CPU_ISA=AVX512_CORE_AMX, see docs/benchmarks.md)");
          }
          float[] devProbabilities =
              SentimentModel.probabilities(block, trainer.getManager(), devFeatures, featurizer);
          Evaluation devEvaluation =
              ClassEvaluator.evaluate(
                  dev.labels(), rows(devProbabilities, classCount), task.classes());
          boolean improved = devEvaluation.macroF1() > bestF1;
          if (improved) {
            bestF1 = devEvaluation.macroF1();
            bestEpoch = epoch;
            best = TrainingSteps.snapshot(block);
          }
          progress.epochFinished(
              new TrainingProgress.EpochSummary(
                  member,
                  epoch,
                  lossSum / batches,
                  (double) correct / labels.length,
                  devEvaluation.accuracy(),
                  devEvaluation.macroF1(),
                  improved));
        }
        return new Member(best, bestEpoch);
      }
    }
  }

  /** Inputs and targets of one training batch. */
  private record Batch(int[] words, int[] ngrams, int[] classes, float[] weights) {}

  /** Copies the rows of one batch, hiding {@code tokenDropout} of the ids (word dropout). */
  private Batch batch(
      Featurizer.Features features,
      int[] order,
      int from,
      int to,
      int[] labels,
      float[] classWeights,
      int length,
      int slots,
      Random random) {
    int n = to - from;
    int[] words = new int[n * length];
    int[] ngrams = new int[n * slots];
    int[] classes = new int[n];
    float[] weights = new float[n];
    for (int i = 0; i < n; i++) {
      int row = order[from + i];
      System.arraycopy(features.words(), row * length, words, i * length, length);
      System.arraycopy(features.ngrams(), row * slots, ngrams, i * slots, slots);
      classes[i] = labels[row];
      weights[i] = classWeights[labels[row]];
    }
    float drop = hyper.tokenDropout();
    if (drop > 0) {
      for (int i = 0; i < words.length; i++) {
        if (words[i] != Vocabulary.PAD && random.nextFloat() < drop) {
          words[i] = Vocabulary.OOV;
        }
      }
      for (int i = 0; i < ngrams.length; i++) {
        if (ngrams[i] != 0 && random.nextFloat() < drop) {
          ngrams[i] = 0;
        }
      }
    }
    return new Batch(words, ngrams, classes, weights);
  }

  /** One optimiser step; returns the batch loss and the number of correct predictions. */
  private float[] step(Trainer trainer, Batch data, int length, int slots) {
    int n = data.classes().length;
    try (NDManager batch = trainer.getManager().newSubManager()) {
      NDList inputs =
          new NDList(
              batch.create(data.words(), new Shape(n, length)),
              batch.create(data.ngrams(), new Shape(n, slots)));
      NDArray classArray = batch.create(data.classes());
      float loss;
      int correct;
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDList output = trainer.forward(inputs);
        NDArray lossValue =
            trainer
                .getLoss()
                .evaluate(new NDList(classArray, batch.create(data.weights())), output);
        collector.backward(lossValue);
        loss = lossValue.getFloat();
        correct = countCorrect(output.head(), data.classes());
      }
      trainer.step();
      return new float[] {loss, correct};
    }
  }

  private int countCorrect(NDArray logits, int[] classes) {
    float[] values = logits.toFloatArray();
    int c = classCount;
    int correct = 0;
    for (int i = 0; i < classes.length; i++) {
      int best = 0;
      for (int k = 1; k < c; k++) {
        if (values[i * c + k] > values[i * c + best]) {
          best = k;
        }
      }
      correct += best == classes[i] ? 1 : 0;
    }
    return correct;
  }

  private float[] classWeights(int[] labels) {
    int[] counts = new int[classCount];
    for (int label : labels) {
      counts[label]++;
    }
    float[] weights = new float[counts.length];
    for (int c = 0; c < counts.length; c++) {
      double inverse = (double) labels.length / (counts.length * Math.max(1, counts[c]));
      weights[c] = (float) Math.pow(inverse, hyper.classWeightPower());
    }
    return weights;
  }

  /** Splits row-major probabilities into one array per example. */
  static float[][] rows(float[] probabilities, int classes) {
    float[][] rows = new float[probabilities.length / classes][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = java.util.Arrays.copyOfRange(probabilities, i * classes, i * classes + classes);
    }
    return rows;
  }
}
