package io.pulse.scoring;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import java.util.List;

/**
 * The network: word ids go through embedding, Conv1d + ReLU, max-pooling and a BiLSTM (max over
 * time); hashed n-gram ids go through an averaged bag embedding; both are concatenated and go
 * through dropout, a dense ReLU layer and a dense layer with one logit per class of the model's
 * {@link Task} (sentiment: negative, neutral, positive). Inputs: {@code [batch, sequenceLength]}
 * and {@code [batch, ngramSlots]} ids. Only the size of the last layer depends on the task.
 */
final class SentimentNetwork {

  private SentimentNetwork() {}

  /** File-name prefix of the parameters of a bag-only member. */
  static final String BAG_PREFIX = "bag-";

  /**
   * A fastText-like member: the hashed n-gram bag, dropout and one dense layer to the class logits.
   * Same inputs as {@link #build}; it reads only the n-gram ids.
   */
  static Block buildBag(Hyperparameters hyper, int classes) {
    return new SequentialBlock()
        .add(inputs -> new NDList(inputs.get(1)))
        .add(new IdEmbedding(hyper.ngramBuckets(), hyper.ngramSize(), true))
        .add(Dropout.builder().optRate(hyper.dropout()).build())
        .add(Linear.builder().setUnits(classes).build());
  }

  /** The member network whose parameters are stored in {@code fileName}. */
  static Block forFile(String fileName, Hyperparameters hyper, int vocabularySize, int classes) {
    return fileName.startsWith(BAG_PREFIX)
        ? buildBag(hyper, classes)
        : build(hyper, vocabularySize, classes);
  }

  static Block build(Hyperparameters hyper, int vocabularySize, int classes) {
    SequentialBlock sequence =
        new SequentialBlock()
            .add(inputs -> new NDList(inputs.get(0)))
            .add(new IdEmbedding(vocabularySize, hyper.embeddingSize(), false))
            .add(SentimentNetwork::swapTimeAndChannels)
            .add(
                Conv1d.builder()
                    .setKernelShape(new Shape(3))
                    .optPadding(new Shape(1))
                    .setFilters(hyper.convFilters())
                    .build())
            .add(Activation.reluBlock())
            .add(Pool.maxPool1dBlock(new Shape(hyper.poolSize()), new Shape(hyper.poolSize())))
            .add(SentimentNetwork::swapTimeAndChannels)
            .add(new BiLstm(hyper.convFilters(), hyper.lstmHidden()))
            .add(inputs -> new NDList(inputs.head().max(new int[] {1})));
    SequentialBlock bag =
        new SequentialBlock()
            .add(inputs -> new NDList(inputs.get(1)))
            .add(new IdEmbedding(hyper.ngramBuckets(), hyper.ngramSize(), true));
    ParallelBlock branches =
        new ParallelBlock(
            outputs -> new NDList(NDArrays.concat(heads(outputs), 1)), List.of(sequence, bag));
    return new SequentialBlock()
        .add(branches)
        .add(Dropout.builder().optRate(hyper.dropout()).build())
        .add(Linear.builder().setUnits(hyper.denseUnits()).build())
        .add(Activation.reluBlock())
        .add(Dropout.builder().optRate(hyper.dropout() / 2).build())
        .add(Linear.builder().setUnits(classes).build());
  }

  private static NDList swapTimeAndChannels(NDList inputs) {
    return new NDList(inputs.head().transpose(0, 2, 1));
  }

  private static NDList heads(List<NDList> outputs) {
    NDList heads = new NDList(outputs.size());
    for (NDList output : outputs) {
      NDArray head = output.head();
      heads.add(head);
    }
    return heads;
  }
}
