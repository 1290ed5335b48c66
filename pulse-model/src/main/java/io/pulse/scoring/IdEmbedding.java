package io.pulse.scoring;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Looks up trainable vectors for integer ids. As a sequence embedding it maps {@code [batch, len]}
 * to {@code [batch, len, dim]}; as a bag it averages the vectors of all non-padding ids to {@code
 * [batch, dim]} (fastText-style bag of n-grams).
 */
final class IdEmbedding extends AbstractBlock {
  private static final byte VERSION = 1;

  private final int dimension;
  private final boolean bag;
  private final Parameter weight;

  IdEmbedding(int size, int dimension, boolean bag) {
    super(VERSION);
    this.dimension = dimension;
    this.bag = bag;
    this.weight =
        addParameter(
            Parameter.builder()
                .setName("embedding")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(size, dimension))
                .build());
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore parameterStore,
      NDList inputs,
      boolean training,
      PairList<String, Object> params) {
    NDArray ids = inputs.singletonOrThrow();
    NDArray table = parameterStore.getValue(weight, ids.getDevice(), training);
    NDArray vectors = ids.getNDArrayInternal().embedding(ids, table, SparseFormat.DENSE).head();
    if (!bag) {
      return new NDList(vectors);
    }
    // Sum over all slots, then take the padding rows (id 0) back out: the same as masking every
    // slot first, without a second [batch, slots, dim] tensor.
    NDArray real = ids.gt(0).toType(DataType.FLOAT32, false).sum(new int[] {1}, true);
    NDArray padding = real.neg().add(ids.getShape().get(1));
    NDArray sum = vectors.sum(new int[] {1}).sub(padding.mul(table.get(0)));
    return new NDList(sum.div(real.maximum(1f)));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape ids = inputShapes[0];
    return bag
        ? new Shape[] {new Shape(ids.get(0), dimension)}
        : new Shape[] {new Shape(ids.get(0), ids.get(1), dimension)};
  }
}
