package org.shutong.deid;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.apiguardian.api.API;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Reversible tokens for the party authorised to re-identify (GB/T 37964-2019 附录A 密码技术):
 * SM4 (GM/T 0002-2012, GB/T 32907-2016) in GCM (NIST SP 800-38D) with a 128-bit tag, through
 * BouncyCastle.
 *
 * <p>Token format (ASCII, safe in CSV): {@code sm4gcm1:} followed by unpadded Base64url (RFC 4648
 * §5) of {@code nonce(12 bytes) || ciphertext || tag(16 bytes)}. The nonce is random per value, so
 * equal values give different tokens (use {@link Pseudonymizer} where linkage is wanted). The
 * associated data is {@code shutong-deid/v1|<domain>}, so a token decrypts only under the domain it
 * was made for. The key is derived from the project key by HKDF-SM3 with the purpose
 * {@code sm4-gcm} (128 bits). With random 96-bit nonces one key should encrypt no more than 2^32
 * values (SP 800-38D §8.3).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TokenCipher implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Prefix of every token. */
  public static final String PREFIX = "sm4gcm1:";
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;

  /** A cipher with the SM4 key derived from {@code key}. */
  public TokenCipher(DeidKey key) {
    this.key = key.derive("sm4-gcm", HashAlgorithm.HMAC_SM3, 16);
  }

  /** Encrypts {@code value} for {@code domain}. */
  public String encrypt(String domain, String value) {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    byte[] plain = value.getBytes(StandardCharsets.UTF_8);
    GCMModeCipher c = GCMBlockCipher.newInstance(new SM4Engine());
    c.init(true, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad(domain)));
    byte[] out = new byte[NONCE + c.getOutputSize(plain.length)];
    System.arraycopy(nonce, 0, out, 0, NONCE);
    int n = c.processBytes(plain, 0, plain.length, out, NONCE);
    try {
      c.doFinal(out, NONCE + n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("SM4-GCM encryption failed", e);
    }
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
  }

  /** Whether {@code s} has the shape of a token. */
  public static boolean isToken(String s) {
    return s.startsWith(PREFIX) && s.length() > PREFIX.length() + 36;
  }

  /**
   * Decrypts a token made for {@code domain}; empty if it is not a token, was made with another key
   * or domain, or was altered (the GCM tag does not verify).
   */
  public Optional<String> decrypt(String domain, String token) {
    if (!isToken(token)) {
      return Optional.empty();
    }
    byte[] all;
    try {
      all = Base64.getUrlDecoder().decode(token.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (all.length < NONCE + TAG_BITS / 8) {
      return Optional.empty();
    }
    GCMModeCipher c = GCMBlockCipher.newInstance(new SM4Engine());
    c.init(false, new AEADParameters(new KeyParameter(key), TAG_BITS,
        java.util.Arrays.copyOf(all, NONCE), aad(domain)));
    byte[] out = new byte[c.getOutputSize(all.length - NONCE)];
    int n = c.processBytes(all, NONCE, all.length - NONCE, out, 0);
    try {
      n += c.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      return Optional.empty();
    }
    return Optional.of(new String(out, 0, n, StandardCharsets.UTF_8));
  }

  private static byte[] aad(String domain) {
    return ("shutong-deid/v1|" + domain).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "TokenCipher[SM4-GCM]";
  }
}
