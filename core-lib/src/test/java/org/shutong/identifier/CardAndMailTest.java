package org.shutong.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bank card numbers (ISO/IEC 7812-1 Luhn) and e-mail addresses (RFC 5321/5322/6531). */
class CardAndMailTest {
  private static final Identifiers IDS = Identifiers.standard();

  @ParameterizedTest
  @CsvSource({
    "6228480402564890018", // 19-digit debit card format (UnionPay 62 prefix)
    "4111111111111111", // 16-digit test PAN
    "6228 4804 0256 4890 018",
    "4111-1111-1111-1111",
    "378282246310005", // 15-digit
  })
  void validCards(String pan) {
    assertEquals(Defect.NONE, IDS.bankCard(pan).defect(), pan);
  }

  @ParameterizedTest
  @CsvSource({
    "'', EMPTY",
    "6228480402564890019, CHECK_DIGIT",
    "4111111111111112, CHECK_DIGIT",
    "6228480402564890018X, CHARACTERS",
    "62284804025648900181, LENGTH", // 20 digits
    "41111111111, LENGTH", // 11 digits
    "4111  1111 1111 1111, FORMAT",
    "' 4111111111111111', FORMAT",
  })
  void cardDefects(String pan, Defect expected) {
    assertEquals(expected, IDS.bankCard(pan).defect(), pan);
  }

  @ParameterizedTest
  @CsvSource({
    "zhang.san@example.com",
    "zhangsan+his@hospital.org.cn",
    "a_b-c@mail-1.example.cn",
    "用户@例子.中国",
    "x@y.co",
  })
  void validEmails(String mail) {
    assertEquals(Defect.NONE, IDS.email(mail).defect(), mail);
  }

  @ParameterizedTest
  @CsvSource({
    "'', EMPTY",
    "zhangsan, FORMAT",
    "zhangsan@, FORMAT",
    "@example.com, FORMAT",
    "a@b@example.com, FORMAT",
    "zhangsan@localhost, FORMAT", // one label
    "zhangsan@example.123, FORMAT", // numeric top-level label
    ".zhangsan@example.com, FORMAT",
    "zhang..san@example.com, FORMAT",
    "zhangsan.@example.com, FORMAT",
    "zhangsan@-example.com, FORMAT",
    "zhangsan@example..com, FORMAT",
    "zhang san@example.com, CHARACTERS",
    "zhangsan＠example.com, CHARACTERS",
    "zhang(san)@example.com, CHARACTERS",
    "zhangsan@exa_mple.com, CHARACTERS",
  })
  void emailDefects(String mail, Defect expected) {
    assertEquals(expected, IDS.email(mail).defect(), mail);
  }

  @ParameterizedTest
  @CsvSource({"65, LENGTH", "64, NONE"})
  void localPartIsAtMost64(int length, Defect expected) {
    assertEquals(expected, IDS.email("a".repeat(length) + "@example.com").defect());
  }

  @ParameterizedTest
  @CsvSource({"64, LENGTH", "63, NONE"})
  void domainLabelIsAtMost63(int length, Defect expected) {
    assertEquals(expected, IDS.email("a@" + "b".repeat(length) + ".com").defect());
  }

  @ParameterizedTest
  @CsvSource({"255, LENGTH", "254, NONE"})
  void addressIsAtMost254(int length, Defect expected) {
    String domain = "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".";
    String tail = "example.com";
    String local = "a".repeat(length - 1 - domain.length() - tail.length());
    assertEquals(expected, IDS.email(local + "@" + domain + tail).defect());
  }
}
