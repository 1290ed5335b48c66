package io.pulse.scoring;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * One bidirectional LSTM layer, batch first: {@code [batch, time, inputSize]} to {@code [batch,
 * time, 2 * hiddenSize]}.
 *
 * <p>Why not {@code ai.djl.nn.recurrent.LSTM}: with {@code optBidirectional(true)} and biases it
 * hands its parameters to PyTorch in an order PyTorch does not expect and crashes. This block
 * registers them in PyTorch's flat-weights order (per direction: w_ih, w_hh, b_ih, b_hh) and calls
 * the engine's fused LSTM op directly.
 */
final class BiLstm extends AbstractBlock {
  private static final byte VERSION = 1;
  private static final int GATES = 4;

  private final int inputSize;
  private final int hiddenSize;
  private final List<Parameter> flatWeights = new ArrayList<>();

  BiLstm(int inputSize, int hiddenSize) {
    super(VERSION);
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    for (String direction : List.of("forward", "backward")) {
      flatWeights.add(weight(direction + "_w_ih", new Shape(GATES * hiddenSize, inputSize)));
      flatWeights.add(weight(direction + "_w_hh", new Shape(GATES * hiddenSize, hiddenSize)));
      flatWeights.add(bias(direction + "_b_ih"));
      flatWeights.add(bias(direction + "_b_hh"));
    }
  }

  private Parameter weight(String name, Shape shape) {
    return addParameter(
        Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).optShape(shape).build());
  }

  private Parameter bias(String name) {
    return addParameter(
        Parameter.builder()
            .setName(name)
            .setType(Parameter.Type.BIAS)
            .optShape(new Shape(GATES * hiddenSize))
            .build());
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore parameterStore,
      NDList inputs,
      boolean training,
      PairList<String, Object> params) {
    NDArray input = inputs.singletonOrThrow();
    NDList weights = new NDList(flatWeights.size());
    for (Parameter parameter : flatWeights) {
      weights.add(parameterStore.getValue(parameter, input.getDevice(), training));
    }
    Shape stateShape = new Shape(2, input.getShape().get(0), hiddenSize);
    NDList state =
        new NDList(input.getManager().zeros(stateShape), input.getManager().zeros(stateShape));
    NDList result =
        input.getNDArrayInternal().lstm(input, state, weights, true, 1, 0.0, training, true, true);
    return new NDList(result.head());
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape input = inputShapes[0];
    return new Shape[] {new Shape(input.get(0), input.get(1), 2L * hiddenSize)};
  }

  @Override
  public String toString() {
    return "BiLstm(" + inputSize + " -> 2x" + hiddenSize + ")";
  }
}
