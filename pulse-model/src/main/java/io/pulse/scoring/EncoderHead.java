package io.pulse.scoring;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

/**
 * The CNN -> BiLSTM head of the accurate model, over the encoder's token states. Inputs: states
 * {@code [batch, length, 384]} (length even) and mask {@code [batch, length]} (1 on tokens, 0 on
 * padding). Conv1d(k=3) + ReLU, max-pool(2), BiLSTM, max over the real time steps; concatenated
 * with the masked mean of the token states (the sentence embedding the encoder was trained for);
 * dropout, dense + ReLU, dropout, dense to the three class logits.
 */
final class EncoderHead extends AbstractBlock {
  private static final byte VERSION = 1;

  private final EncoderHyperparameters hyper;
  private final Conv1d conv;
  private final BiLstm lstm;
  private final Linear dense;
  private final Linear output;
  private final Dropout inputDropout;
  private final Dropout dropout;
  private final Dropout innerDropout;

  EncoderHead(EncoderHyperparameters hyper, int classes) {
    super(VERSION);
    this.hyper = hyper;
    this.inputDropout =
        addChildBlock("input_dropout", Dropout.builder().optRate(hyper.inputDropout()).build());
    this.conv =
        addChildBlock(
            "conv",
            Conv1d.builder()
                .setKernelShape(new Shape(3))
                .optPadding(new Shape(1))
                .setFilters(hyper.convFilters())
                .build());
    this.lstm = addChildBlock("bilstm", new BiLstm(hyper.convFilters(), hyper.lstmHidden()));
    this.dropout = addChildBlock("dropout", Dropout.builder().optRate(hyper.dropout()).build());
    this.dense = addChildBlock("dense", Linear.builder().setUnits(hyper.denseUnits()).build());
    this.innerDropout =
        addChildBlock("inner_dropout", Dropout.builder().optRate(hyper.dropout() / 2).build());
    this.output = addChildBlock("output", Linear.builder().setUnits(classes).build());
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray states = inputs.get(0);
    NDArray mask = inputs.get(1);
    NDArray x = inputDropout.forward(store, new NDList(states), training).head();
    x = conv.forward(store, new NDList(x.transpose(0, 2, 1)), training).head();
    x = Activation.relu(x);
    x = Pool.maxPool1d(x, new Shape(2), new Shape(2), new Shape(0), false);
    NDArray pooledMask =
        Pool.maxPool1d(mask.expandDims(1), new Shape(2), new Shape(2), new Shape(0), false)
            .squeeze(1);
    NDArray sequence = lstm.forward(store, new NDList(x.transpose(0, 2, 1)), training).head();
    NDArray hidden = sequence.add(pooledMask.sub(1f).mul(1e4f).expandDims(2)).max(new int[] {1});
    NDArray weights = mask.expandDims(2);
    NDArray mean =
        states.mul(weights).sum(new int[] {1}).div(mask.sum(new int[] {1}, true).maximum(1f));
    NDArray features = NDArrays.concat(new NDList(hidden, mean), 1);
    features = dropout.forward(store, new NDList(features), training).head();
    features = Activation.relu(dense.forward(store, new NDList(features), training).head());
    features = innerDropout.forward(store, new NDList(features), training).head();
    return output.forward(store, new NDList(features), training);
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape states = inputShapes[0];
    long batch = states.get(0);
    long length = states.get(1);
    inputDropout.initialize(manager, dataType, states);
    Shape convIn = new Shape(batch, TokenEncoder.DIMENSION, length);
    conv.initialize(manager, dataType, convIn);
    lstm.initialize(manager, dataType, new Shape(batch, length / 2, hyper.convFilters()));
    Shape features = new Shape(batch, 2L * hyper.lstmHidden() + TokenEncoder.DIMENSION);
    dropout.initialize(manager, dataType, features);
    dense.initialize(manager, dataType, features);
    Shape hidden = new Shape(batch, hyper.denseUnits());
    innerDropout.initialize(manager, dataType, hidden);
    output.initialize(manager, dataType, hidden);
  }

  /** Xavier for all weights (the engine's default), set before initialising. */
  static Initializer initializer() {
    return new ai.djl.training.initializer.XavierInitializer();
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), 3)};
  }
}
