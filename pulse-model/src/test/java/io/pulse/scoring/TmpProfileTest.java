package io.pulse.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TmpProfileTest {
  @Test
  void profile() throws Exception {
    List<String> texts =
        new ArrayList<>(
            Scoring.readColumn(Path.of("../datasets/airline-tweets/train.csv.gz"), "text"));
    texts = texts.subList(0, 8192);
    SentimentModel model =
        SentimentModel.read(
            f -> java.nio.file.Files.newInputStream(Path.of("/tmp/exp-E").resolve(f)), "x");
    var field = SentimentModel.class.getDeclaredField("featurizer");
    field.setAccessible(true);
    Featurizer featurizer = (Featurizer) field.get(model);
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      List<Featurizer.Features> fs = new ArrayList<>();
      for (int from = 0; from < texts.size(); from += 512) {
        fs.add(featurizer.featurize(texts, from, from + 512));
      }
      long t1 = System.nanoTime();
      var membersField = SentimentModel.class.getDeclaredField("members");
      membersField.setAccessible(true);
      var managerField = SentimentModel.class.getDeclaredField("manager");
      managerField.setAccessible(true);
      List<ai.djl.nn.Block> members = (List<ai.djl.nn.Block>) membersField.get(model);
      ai.djl.ndarray.NDManager manager = (ai.djl.ndarray.NDManager) managerField.get(model);
      for (var f : fs) {
        SentimentModel.probabilities(members.get(0), manager, f, featurizer);
      }
      long t2 = System.nanoTime();
      System.out.printf(
          "featurize %.0f/s forward %.0f/s%n",
          texts.size() / ((t1 - t0) / 1e9), texts.size() / ((t2 - t1) / 1e9));
    }
    var param = ((List<ai.djl.nn.Block>) null);
  }
}
