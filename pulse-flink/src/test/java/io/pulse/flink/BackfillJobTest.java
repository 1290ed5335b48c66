package io.pulse.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.privacy.PrivacyGuard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The backfill job on a Flink MiniCluster, storing into PostgreSQL. */
class BackfillJobTest {

  @RegisterExtension static final MiniClusterExtension FLINK = TwoSlotCluster.extension();

  @TempDir Path dir;

  @Test
  void storesEveryValidItemOnceWithTheServersPseudonymsAndNamesTheFileAndLineOfEachRejectedOne()
      throws Exception {
    Path input = Files.createDirectories(dir.resolve("in/nested"));
    TestFiles.ndjson(input.resolve("a.ndjson"), "a", 120, 1);
    Files.writeString(
        dir.resolve("in/b.csv"),
        """
        externalId,timestamp,customer,text,product
        b-1,2025-03-01T09:00:00Z,ola@example.no,"Terrible wait, call me on +47 912 34 567",p1
        b-2,not-a-date,ola@example.no,Fine,p1
        b-3,2025-03-01T09:05:00Z,ola@example.no,,p1
        """);
    Files.writeString(dir.resolve("in/.hidden.ndjson"), "not json at all\n");
    String url = TestDatabase.create();
    BackfillOptions options = options(dir.resolve("in"), url, 2);

    BackfillReport first =
        BackfillJob.run(StreamExecutionEnvironment.getExecutionEnvironment(), options);

    assertThat(first.files()).isEqualTo(2);
    assertThat(first.created()).isEqualTo(121);
    assertThat(first.rejected()).isEqualTo(2);
    assertThat(first.rejectedLines())
        .anySatisfy(line -> assertThat(line).contains("b.csv line 3").contains("timestamp"))
        .anySatisfy(line -> assertThat(line).contains("b.csv line 4").contains("text"));
    assertThat(TestDatabase.count(url, "SELECT COUNT(*) FROM interactions")).isEqualTo(121);
    assertThat(TestDatabase.count(url, "SELECT COUNT(*) FROM scores WHERE is_current"))
        .isEqualTo(
            TestDatabase.count(
                url, "SELECT COUNT(*) FROM interactions WHERE scoring_status = 'scored'"));
    assertThat(
            TestDatabase.count(
                url, "SELECT COUNT(*) FROM interactions WHERE scoring_status = 'pending'"))
        .isZero();
    String pseudonym = PrivacyGuard.withKey(TestFiles.KEY).pseudonymise("Ola@example.no");
    assertThat(
            TestDatabase.text(
                url, "SELECT customer_pseudonym FROM interactions WHERE external_id = 'b-1'"))
        .isEqualTo(pseudonym);
    assertThat(
            TestDatabase.text(
                url, "SELECT redacted_text FROM interactions WHERE external_id = 'b-1'"))
        .doesNotContain("912")
        .contains("[PHONE]");
    assertThat(
            TestDatabase.count(
                url, "SELECT COUNT(*) FROM interactions WHERE redacted_text LIKE '%@example.no%'"))
        .isZero();

    BackfillReport again =
        BackfillJob.run(
            StreamExecutionEnvironment.getExecutionEnvironment(),
            options(dir.resolve("in"), url, 1));

    assertThat(again.created()).isZero();
    assertThat(again.duplicates()).isEqualTo(121);
    assertThat(TestDatabase.count(url, "SELECT COUNT(*) FROM interactions")).isEqualTo(121);
    assertThat(TestDatabase.count(url, "SELECT COUNT(*) FROM scores"))
        .isEqualTo(
            TestDatabase.count(
                url, "SELECT COUNT(*) FROM interactions WHERE scoring_status = 'scored'"));
  }

  static BackfillOptions options(Path input, String url, int parallelism) throws Exception {
    return new BackfillOptions(
        List.of(input.toString()),
        url,
        TestDatabase.USER,
        TestFiles.keyFile(input.getParent()).toString(),
        ModelTier.FAST,
        parallelism,
        64,
        Duration.ofMillis(300),
        io.pulse.core.Channel.TICKET,
        20_000);
  }
}
