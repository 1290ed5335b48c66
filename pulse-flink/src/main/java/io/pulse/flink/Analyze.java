package io.pulse.flink;

import io.pulse.insight.Analysis;
import io.pulse.insight.Message;
import io.pulse.insight.MessageAnalyzer;
import io.pulse.language.LanguageDetection;
import io.pulse.scoring.Scoring;
import io.pulse.store.InteractionStore.Analyzed;
import io.pulse.store.ProtectedInteraction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.streaming.api.operators.StreamingRuntimeContext;

/**
 * The {@code score} step: the server's {@link MessageAnalyzer} (language, score, mixed parts,
 * aspects, emotions) over micro-batches of redacted texts, with the model loaded once per task.
 */
final class Analyze implements BatchStep<ProtectedInteraction, Analyzed> {

  private static final long serialVersionUID = 1L;

  private final ModelTier tier;
  private transient MessageAnalyzer analyzer;
  private transient ForkJoinPool oneThread;
  private transient LongCounter analyzed;

  Analyze(ModelTier tier) {
    this.tier = tier;
  }

  @Override
  public void open(StreamingRuntimeContext context) {
    // Parallelism comes from task slots; PyTorch's own pool on top only adds contention.
    Scoring.preferOneNativeThreadPerForwardPass();
    analyzer =
        MessageAnalyzer.builder()
            .english(tier.load())
            .norwegianLoader(() -> Scoring.loadBundled(io.pulse.text.Language.NORWEGIAN))
            .emotionLoader(Scoring::loadBundledEmotions)
            .norwegianEmotionLoader(
                () -> Scoring.loadBundledEmotions(io.pulse.text.Language.NORWEGIAN))
            .languages(Languages.shared())
            .build();
    analyzed = context.getLongCounter(JobCounters.ANALYZED);
    oneThread =
        oneThreadPool(
            (context.getTaskInfo().getIndexOfThisSubtask() + 1)
                + "/"
                + context.getTaskInfo().getNumberOfParallelSubtasks());
  }

  @Override
  public List<Analyzed> apply(List<ProtectedInteraction> batch) {
    List<Message> messages = new ArrayList<>(batch.size());
    for (ProtectedInteraction item : batch) {
      messages.add(new Message(item.redactedText(), item.language()));
    }
    // A slot is a core: the analyzer's parallel steps (fork/join tasks) run in this task's own
    // one-thread pool instead of spreading over the JVM's common pool, which the other slots of
    // the task manager share.
    List<Analysis> analyses = oneThread.submit(() -> analyzer.analyzeAll(messages)).join();
    List<Analyzed> out = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      out.add(new Analyzed(batch.get(i), analyses.get(i)));
    }
    analyzed.add(batch.size());
    return out;
  }

  /**
   * A pool of one thread that loads classes as the task does: on a cluster the job's classes come
   * from the job jar's class loader, which a plain pool thread would not see.
   */
  private static ForkJoinPool oneThreadPool(String subtask) {
    ClassLoader taskLoader = Thread.currentThread().getContextClassLoader();
    ForkJoinPool.ForkJoinWorkerThreadFactory factory =
        pool -> {
          ForkJoinWorkerThread thread =
              ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
          thread.setContextClassLoader(taskLoader);
          thread.setName("pulse score " + subtask);
          return thread;
        };
    return new ForkJoinPool(1, factory, null, false);
  }

  @Override
  public void close() {
    if (oneThread != null) {
      oneThread.shutdown();
    }
    if (analyzer != null) {
      analyzer.close();
    }
  }

  /**
   * One language detector per task manager JVM: its n-gram models take hundreds of megabytes and it
   * is thread-safe, so the tasks of one JVM share it.
   */
  static final class Languages {

    private static LanguageDetection shared;

    private Languages() {}

    static synchronized LanguageDetection shared() {
      if (shared == null) {
        shared = LanguageDetection.withDefaults();
      }
      return shared;
    }
  }
}
