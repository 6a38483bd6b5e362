package org.shutong.cli.firstpage;

import org.shutong.firstpage.IcdTables;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --coding nhsa|gb-clinical} for the commands that take it. */
public final class CodingConverters implements ITypeConverter<IcdTables> {
  @Override
  public IcdTables convert(String value) {
    try {
      return IcdTables.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
