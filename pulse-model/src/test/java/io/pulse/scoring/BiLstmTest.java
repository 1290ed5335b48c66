package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.ParameterList;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.junit.jupiter.api.Test;

class BiLstmTest {

  @Test
  void registersWeightsInPyTorchOrderPerDirection() {
    ParameterList parameters = new BiLstm(5, 4).getParameters();
    assertThat(parameters.keys())
        .containsExactly(
            "forward_w_ih",
            "forward_w_hh",
            "forward_b_ih",
            "forward_b_hh",
            "backward_w_ih",
            "backward_w_hh",
            "backward_b_ih",
            "backward_b_hh");
    assertThat(parameters.get("forward_w_ih").getShape()).isEqualTo(new Shape(16, 5));
  }

  @Test
  void trainsSoThatLossDropsAndRoundTripsItsWeights() throws Exception {
    Engine.getEngine("PyTorch").setRandomSeed(7);
    try (Model model = Model.newInstance("bilstm-test", "PyTorch")) {
      BiLstm block = new BiLstm(3, 8);
      model.setBlock(block);
      DefaultTrainingConfig config =
          new DefaultTrainingConfig(Loss.l2Loss())
              .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.02f)).build());
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(new Shape(4, 6, 3));
        NDManager manager = trainer.getManager();
        NDArray input = manager.randomUniform(-1, 1, new Shape(4, 6, 3));
        // Target: the reversed running sum, which needs the backward direction.
        NDArray target = manager.ones(new Shape(4, 6, 16)).mul(0.5f);
        float first = 0;
        float last = 0;
        for (int step = 0; step < 60; step++) {
          try (GradientCollector collector = trainer.newGradientCollector()) {
            NDList output = trainer.forward(new NDList(input));
            assertThat(output.head().getShape()).isEqualTo(new Shape(4, 6, 16));
            NDArray loss = trainer.getLoss().evaluate(new NDList(target), output);
            collector.backward(loss);
            last = loss.getFloat();
            first = step == 0 ? last : first;
          }
          trainer.step();
        }
        assertThat(last).isLessThan(first / 2);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        block.saveParameters(new DataOutputStream(bytes));
        float[] expected =
            block
                .forward(new ParameterStore(manager, false), new NDList(input), false)
                .head()
                .toFloatArray();
        try (NDManager other = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
          BiLstm copy = new BiLstm(3, 8);
          copy.loadParameters(
              other, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
          float[] actual =
              copy.forward(new ParameterStore(other, false), new NDList(input.duplicate()), false)
                  .head()
                  .toFloatArray();
          assertThat(actual).containsExactly(expected);
        }
      }
    }
  }
}
