package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;

class KeysAndCryptoTest {
  static final String HEX = "3f9a1c27d84e6b05a2c7e91f4d3b8a6052e7c1d9fb408a3e6d2c5b9f17e04a81";
  static final DeidKey KEY = DeidKey.parse(HEX, "test", Lang.ZH);
  static final DeidKey OTHER = DeidKey.parse("# another project\n" + "9b2e" + HEX.substring(4), "test", Lang.ZH);

  @Test
  void keysParseFromHexBase64AndCommentsAndNeverShowThemselves() {
    DeidKey b64 = DeidKey.parse("base64:" + java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(HEX)),
        "t", Lang.EN);
    assertEquals(KEY, b64);
    assertEquals(HEX, KEY.toHex());
    assertFalse(KEY.toString().contains(HEX.substring(0, 8)));
    assertTrue(KEY.fingerprint().startsWith("sm3:"));
    assertEquals(KEY.fingerprint(), b64.fingerprint());
    assertNotEquals(KEY.fingerprint(), OTHER.fingerprint());
    assertFalse(KEY.fingerprint().contains(HEX.substring(0, 8)));
    assertEquals(64, DeidKey.generate().toHex().length());
  }

  @Test
  void shortEmptyMalformedAndPatternedKeysAreRefusedWithoutShowingThem() {
    InputException shortKey = assertThrows(InputException.class, () -> DeidKey.parse("00112233445566778899", "k.txt", Lang.EN));
    assertTrue(shortKey.getMessage().contains("k.txt") && shortKey.getMessage().contains("80 bits"), shortKey.getMessage());
    assertFalse(shortKey.getMessage().contains("0011223344"));
    assertThrows(InputException.class, () -> DeidKey.parse("# nothing\n\n", "k", Lang.EN));
    assertThrows(InputException.class, () -> DeidKey.parse("mysecretpassword1234567890", "k", Lang.EN));
    assertThrows(InputException.class, () -> DeidKey.parse("00".repeat(32), "k", Lang.EN));
    assertThrows(InputException.class, () -> DeidKey.parse("abcd".repeat(16), "k", Lang.EN));
    assertThrows(InputException.class, () -> DeidKey.parse("000102030405060708090a0b0c0d0e0f", "k", Lang.EN));
  }

  @Test
  void keyFilesAreReadAndMissingOnesNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("project.key");
    Files.writeString(f, "# shutong deid key\n" + HEX + "\n");
    assertEquals(KEY, DeidKey.read(f, Lang.ZH));
    InputException e = assertThrows(InputException.class, () -> DeidKey.read(dir.resolve("none.key"), Lang.EN));
    assertTrue(e.getMessage().contains("none.key"));
  }

  @Test
  void pseudonymsAreKeyedDeterministicAndSeparatedByDomain() {
    Pseudonymizer p = new Pseudonymizer(KEY, HashAlgorithm.HMAC_SM3, Alphabet.BASE32, 16);
    String a = p.pseudonym("resident-id", "110105194912310021");
    assertEquals(a, new Pseudonymizer(KEY, HashAlgorithm.HMAC_SM3, Alphabet.BASE32, 16)
        .pseudonym("resident-id", "110105194912310021"));
    assertEquals(16, a.length());
    assertTrue(a.chars().allMatch(c -> Alphabet.BASE32.chars().indexOf(c) >= 0));
    assertNotEquals(a, new Pseudonymizer(OTHER, HashAlgorithm.HMAC_SM3, Alphabet.BASE32, 16)
        .pseudonym("resident-id", "110105194912310021"));
    assertNotEquals(a, p.pseudonym("record-number", "110105194912310021"));
    assertNotEquals(a, p.pseudonym("resident-id", "110105194912310022"));
    assertNotEquals(a, new Pseudonymizer(KEY, HashAlgorithm.HMAC_SHA256, Alphabet.BASE32, 16)
        .pseudonym("resident-id", "110105194912310021"));
    String digits = new Pseudonymizer(KEY, HashAlgorithm.HMAC_SM3, Alphabet.DIGITS, 20).pseudonym("d", "x");
    assertTrue(digits.matches("[0-9]{20}"), digits);
    assertThrows(IllegalArgumentException.class, () -> new Pseudonymizer(KEY, HashAlgorithm.HMAC_SM3, Alphabet.DIGITS, 10));
  }

  @Test
  void pseudonymsArePinnedSoOtherRunnersCanReproduceThem() {
    // A change here breaks linkage with every extract made before: never change these values.
    Pseudonymizer p = new Pseudonymizer(KEY, HashAlgorithm.HMAC_SM3, Alphabet.BASE32, 16);
    assertEquals(PINNED_SM3, p.pseudonym("resident-id", "110105194912310021"));
  }

  static final String PINNED_SM3 = "E6DKB4SSANOH657O";

  @Test
  void theHashIsSm3PerTheStandardsExample() {
    // GM/T 0004-2012 附录A.1 example 1: SM3("abc")
    org.bouncycastle.crypto.Digest d = HashAlgorithm.HMAC_SM3.newDigest();
    byte[] abc = "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    d.update(abc, 0, abc.length);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", HexFormat.of().formatHex(out));
  }

  @Test
  void hmacSha256MatchesTheJdkImplementation() throws Exception {
    Pseudonymizer p = new Pseudonymizer(KEY, HashAlgorithm.HMAC_SHA256, Alphabet.HEX, 40);
    Mac jdk = Mac.getInstance("HmacSHA256");
    jdk.init(new SecretKeySpec(KEY.derive("pseudonym", HashAlgorithm.HMAC_SHA256, 32), "HmacSHA256"));
    byte[] expected = jdk.doFinal("dom\u0000value".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(HexFormat.of().formatHex(expected).substring(0, 40), p.pseudonym("dom", "value"));
  }

  @Test
  void pseudonymizerSurvivesSerialisation() throws Exception {
    Pseudonymizer p = new Pseudonymizer(KEY, HashAlgorithm.HMAC_SM3, Alphabet.BASE32, 16);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Pseudonymizer copy = (Pseudonymizer) in.readObject();
      assertEquals(p.pseudonym("d", "v"), copy.pseudonym("d", "v"));
    }
  }

  @Test
  void tokensDecryptOnlyWithTheKeyAndDomainTheyWereMadeFor() {
    TokenCipher c = new TokenCipher(KEY);
    String t1 = c.encrypt("resident-id", "张三 110105194912310021");
    String t2 = c.encrypt("resident-id", "张三 110105194912310021");
    assertTrue(t1.startsWith(TokenCipher.PREFIX));
    assertNotEquals(t1, t2);
    assertEquals("张三 110105194912310021", c.decrypt("resident-id", t1).orElseThrow());
    assertTrue(new TokenCipher(OTHER).decrypt("resident-id", t1).isEmpty());
    assertTrue(c.decrypt("phone", t1).isEmpty());
    char[] chars = t1.toCharArray();
    chars[20] = chars[20] == 'A' ? 'B' : 'A';
    assertTrue(c.decrypt("resident-id", new String(chars)).isEmpty());
    assertTrue(c.decrypt("resident-id", "not a token").isEmpty());
  }

  @Test
  void dateShiftsAreNonZeroBoundedAndPerPerson() {
    DateShift s = new DateShift(KEY, HashAlgorithm.HMAC_SM3);
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int i = 0; i < 2000; i++) {
      int o = s.offsetDays("person" + i, 30);
      assertTrue(o != 0 && o >= -30 && o <= 30, "offset " + o);
      seen.add(o);
    }
    assertEquals(60, seen.size());
    assertEquals(s.offsetDays("p", 365), new DateShift(KEY, HashAlgorithm.HMAC_SM3).offsetDays("p", 365));
    double u = s.uniform("x");
    assertTrue(u > 0 && u < 1);
  }

  @Test
  void residentIdsAreNormalisedToOneForm() {
    assertEquals("110105194912310021", ValueNormalizer.RESIDENT_ID.apply(" 110105194912310021 "));
    assertEquals("11010519491231002X", ValueNormalizer.RESIDENT_ID.apply("11010519491231002x"));
    assertEquals("ABC123", ValueNormalizer.TEXT.apply("ａｂｃ １２３"));
    assertEquals("abc", ValueNormalizer.NONE.apply("abc"));
  }
}
