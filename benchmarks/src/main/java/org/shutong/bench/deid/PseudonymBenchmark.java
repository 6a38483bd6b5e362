package org.shutong.bench.deid;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shutong.deid.Alphabet;
import org.shutong.deid.DeidKey;
import org.shutong.deid.HashAlgorithm;
import org.shutong.deid.Pseudonymizer;
import org.shutong.deid.TokenCipher;

/** Cost of one keyed pseudonym (HMAC-SM3 against HMAC-SHA-256) and one SM4-GCM token. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PseudonymBenchmark {
  private final DeidKey key = DeidKey.generate();
  private final Pseudonymizer sm3 = new Pseudonymizer(key, HashAlgorithm.HMAC_SM3, Alphabet.BASE32, 16);
  private final Pseudonymizer sha = new Pseudonymizer(key, HashAlgorithm.HMAC_SHA256, Alphabet.BASE32, 16);
  private final TokenCipher sm4 = new TokenCipher(key);
  private int i;

  private String id() {
    i++;
    return "11010519491231" + (1000 + (i & 0xfff));
  }

  /** HMAC-SM3 pseudonym of an 18-character identifier. */
  @Benchmark
  public String hmacSm3() {
    return sm3.pseudonym("resident-id", id());
  }

  /** HMAC-SHA-256 pseudonym of the same. */
  @Benchmark
  public String hmacSha256() {
    return sha.pseudonym("resident-id", id());
  }

  /** SM4-GCM token of the same. */
  @Benchmark
  public String sm4Gcm() {
    return sm4.encrypt("resident-id", id());
  }
}
