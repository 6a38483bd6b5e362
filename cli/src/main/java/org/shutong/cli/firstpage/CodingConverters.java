package org.shutong.cli.firstpage;

import org.shutong.firstpage.Coding;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --coding nhsa|gb-clinical} for the commands that take it. */
public final class CodingConverters implements ITypeConverter<Coding> {
  @Override
  public Coding convert(String value) {
    try {
      return Coding.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
