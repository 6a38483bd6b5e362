package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The keyed function behind pseudonyms and date offsets is HMAC as RFC 2104 defines it, over SM3
 * (GB/T 32905-2016) or SHA-256, whatever the length of the value and however often one instance is
 * reused: checked against the construction written out with the plain digest.
 */
class PrefixedMacTest {
  @Test
  void sm3GivesTheStandardsExamples() {
    // GB/T 32905-2016 附录A: example 1 "abc", example 2 "abcd" sixteen times (one 512-bit block)
    assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
        HexFormat.of().formatHex(hash(HashAlgorithm.HMAC_SM3, utf8("abc"))));
    assertEquals("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
        HexFormat.of().formatHex(hash(HashAlgorithm.HMAC_SM3, utf8("abcd".repeat(16)))));
  }

  @ParameterizedTest
  @EnumSource(HashAlgorithm.class)
  void macsAreTheRfc2104ConstructionForEveryLength(HashAlgorithm algorithm) {
    SplittableRandom rnd = new SplittableRandom(2104);
    byte[] key = new byte[32];
    rnd.nextBytes(key);
    PrefixedMac mac = new PrefixedMac(algorithm, key, "resident-id");
    String chars = "0123456789X张王-/ ";
    for (int n = 0; n <= 300; n++) {
      StringBuilder v = new StringBuilder();
      for (int i = 0; i < n; i++) {
        v.append(chars.charAt(rnd.nextInt(n % 3 == 0 ? chars.length() : 11)));
      }
      String value = v.toString();
      byte[] expected = hmac(algorithm, key, utf8("resident-id\u0000" + value));
      assertArrayEquals(expected, mac.mac(value), value);
      long first8 = 0;
      for (int i = 0; i < 8; i++) {
        first8 = (first8 << 8) | (expected[i] & 0xff);
      }
      assertEquals(first8, mac.first8(value), value);
    }
  }

  @Test
  void keysLongerThanABlockAreHashedFirst() {
    byte[] key = new byte[100];
    Arrays.fill(key, (byte) 0x5a);
    assertArrayEquals(hmac(HashAlgorithm.HMAC_SM3, key, utf8("p\u0000v")),
        new PrefixedMac(HashAlgorithm.HMAC_SM3, key, "p").mac("v"));
  }

  @Test
  void sessionsGiveWhatThePublicMethodsGive() {
    Pseudonymizer p = new Pseudonymizer(KeysAndCryptoTest.KEY, HashAlgorithm.HMAC_SM3, Alphabet.BASE32, 16);
    DateShift ds = new DateShift(KeysAndCryptoTest.KEY, HashAlgorithm.HMAC_SM3);
    Pseudonymizer.Session ps = p.session("resident-id");
    DateShift.Session ss = ds.session();
    for (String v : new String[] {"110105194912310021", "", "张三", "a".repeat(200), "110105194912310021"}) {
      assertEquals(p.pseudonym("resident-id", v), ps.pseudonym(v), v);
      assertEquals(ds.offsetDays(v, 180), ss.offsetDays(v, 180), v);
      assertEquals(ds.uniform(v), ss.uniform(v), v);
    }
  }

  /** HMAC(K, m) = H((K' ⊕ opad) ‖ H((K' ⊕ ipad) ‖ m)), K' the key zero-padded to a block (RFC 2104 §2). */
  private static byte[] hmac(HashAlgorithm algorithm, byte[] key, byte[] message) {
    int block = 64;
    byte[] k = key.length > block ? hash(algorithm, key) : key;
    byte[] ipad = new byte[block];
    byte[] opad = new byte[block];
    for (int i = 0; i < block; i++) {
      byte b = i < k.length ? k[i] : 0;
      ipad[i] = (byte) (b ^ 0x36);
      opad[i] = (byte) (b ^ 0x5c);
    }
    byte[] inner = hash(algorithm, concat(ipad, message));
    return hash(algorithm, concat(opad, inner));
  }

  private static byte[] hash(HashAlgorithm algorithm, byte[] data) {
    Digest d = algorithm.newDigest();
    d.update(data, 0, data.length);
    byte[] out = new byte[d.getDigestSize()];
    d.doFinal(out, 0);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
