package org.shutong.stats;

import org.apiguardian.api.API;

/**
 * The three classes of notifiable infectious diseases, 《中华人民共和国传染病防治法》第三条: 甲类, 乙类,
 * 丙类.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DiseaseClass {
  /** 甲类 (class A). */
  A("甲"),
  /** 乙类 (class B). */
  B("乙"),
  /** 丙类 (class C). */
  C("丙");

  private final String chinese;

  DiseaseClass(String chinese) {
    this.chinese = chinese;
  }

  /** 甲, 乙 or 丙, as the published tables write it. */
  public String chinese() {
    return chinese;
  }

  /** Parses 甲/乙/丙 or A/B/C. */
  public static DiseaseClass parse(String s) {
    String v = s.strip();
    for (DiseaseClass c : values()) {
      if (c.chinese.equals(v) || c.name().equalsIgnoreCase(v) || (c.chinese + "类").equals(v)) {
        return c;
      }
    }
    throw new IllegalArgumentException("not a disease class (甲/乙/丙): '" + s + "'");
  }
}
