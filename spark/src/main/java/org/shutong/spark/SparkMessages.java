package org.shutong.spark;

import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/** The runner's messages ({@code org.shutong.spark.messages}). */
final class SparkMessages {
  private SparkMessages() {}

  static Messages of(Lang lang) {
    return Messages.of("org.shutong.spark.messages", lang);
  }
}
