package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatableTrainingTest {

  private static final String AVX512 = "flags : fpu sse4_2 avx avx2 avx512f avx512bw avx512vl";
  private static final String AVX2 = "flags : fpu sse4_2 avx avx2 fma";

  @Test
  void warnsOnAnAvx512CpuWithoutTheOneDnnCap() {
    assertThat(RepeatableTraining.warning(AVX512, null))
        .hasValueSatisfying(w -> assertThat(w).contains("ONEDNN_MAX_CPU_ISA=AVX2", "./pulse"));
    assertThat(RepeatableTraining.warning(AVX512, " ")).isPresent();
  }

  @Test
  void staysQuietWithTheCapOrWithoutAvx512() {
    assertThat(RepeatableTraining.warning(AVX512, "AVX2")).isEmpty();
    assertThat(RepeatableTraining.warning(AVX2, null)).isEmpty();
    assertThat(RepeatableTraining.warning("", null)).isEmpty();
  }
}
