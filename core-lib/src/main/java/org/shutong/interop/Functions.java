package org.shutong.interop;

import java.util.function.Function;
import java.util.function.Predicate;
import net.sf.saxon.s9api.ExtensionFunction;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SequenceType;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmValue;

/**
 * The {@code st:} XPath functions rule files may call (namespace {@value #NS}). They look things up
 * in the catalogue and apply checks written once in Java (HL7 TS, GB 11643).
 */
final class Functions {
  static final String NS = "urn:shutong:interop";

  private Functions() {}

  static void register(Processor p, Catalog catalog, ResidentIdCheck ids) {
    p.registerExtensionFunction(
        stringToString("doc-title", c -> {
          DocumentType d = catalog.document(c);
          return d == null ? null : d.title();
        }));
    p.registerExtensionFunction(
        stringToString("doc-template", c -> {
          DocumentType d = catalog.document(c);
          return d == null ? null : d.templateId();
        }));
    p.registerExtensionFunction(stringTest("known-doc", c -> catalog.document(c) != null));
    p.registerExtensionFunction(
        stringTest("known-id-oid", r -> r.startsWith("2.16.156.10011.1.") && catalog.oids().containsKey(r)));
    p.registerExtensionFunction(stringTest("valid-ts", HlTime::valid));
    p.registerExtensionFunction(stringTest("valid-resident-id", ids::isValid));
    p.registerExtensionFunction(
        new ExtensionFunction() {
          @Override
          public QName getName() {
            return new QName(NS, "ts-precision");
          }

          @Override
          public SequenceType getResultType() {
            return SequenceType.makeSequenceType(ItemType.INTEGER, OccurrenceIndicator.ONE);
          }

          @Override
          public SequenceType[] getArgumentTypes() {
            return new SequenceType[] {optionalString()};
          }

          @Override
          public XdmValue call(XdmValue[] args) {
            String s = args[0].size() == 0 ? "" : args[0].itemAt(0).getStringValue();
            return new XdmAtomicValue(HlTime.precision(s));
          }
        });
    p.registerExtensionFunction(
        new ExtensionFunction() {
          @Override
          public QName getName() {
            return new QName(NS, "same-title");
          }

          @Override
          public SequenceType getResultType() {
            return SequenceType.makeSequenceType(ItemType.BOOLEAN, OccurrenceIndicator.ONE);
          }

          @Override
          public SequenceType[] getArgumentTypes() {
            return new SequenceType[] {optionalString(), optionalString()};
          }

          @Override
          public XdmValue call(XdmValue[] args) {
            String a = args[0].size() == 0 ? "" : args[0].itemAt(0).getStringValue();
            String b = args[1].size() == 0 ? "" : args[1].itemAt(0).getStringValue();
            return new XdmAtomicValue(sameTitle(a, b));
          }
        });
  }

  /**
   * Titles compare equal ignoring surrounding space and the brackets the standard writes in some
   * titles and the catalogue leaves out (门（急）诊病历 = 门急诊病历, 病危（重）通知书 = 病危重通知书).
   */
  static boolean sameTitle(String a, String b) {
    return normTitle(a).equals(normTitle(b)) && !normTitle(a).isEmpty();
  }

  private static String normTitle(String s) {
    return s.replaceAll("[\\s（）()]", "");
  }

  private static SequenceType optionalString() {
    return SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ZERO_OR_ONE);
  }

  private static ExtensionFunction stringToString(String name, Function<String, String> f) {
    return new ExtensionFunction() {
      @Override
      public QName getName() {
        return new QName(NS, name);
      }

      @Override
      public SequenceType getResultType() {
        return optionalString();
      }

      @Override
      public SequenceType[] getArgumentTypes() {
        return new SequenceType[] {optionalString()};
      }

      @Override
      public XdmValue call(XdmValue[] args) {
        if (args[0].size() == 0) {
          return XdmEmptySequence.getInstance();
        }
        String r = f.apply(args[0].itemAt(0).getStringValue());
        return r == null ? XdmEmptySequence.getInstance() : new XdmAtomicValue(r);
      }
    };
  }

  private static ExtensionFunction stringTest(String name, Predicate<String> f) {
    return new ExtensionFunction() {
      @Override
      public QName getName() {
        return new QName(NS, name);
      }

      @Override
      public SequenceType getResultType() {
        return SequenceType.makeSequenceType(ItemType.BOOLEAN, OccurrenceIndicator.ONE);
      }

      @Override
      public SequenceType[] getArgumentTypes() {
        return new SequenceType[] {optionalString()};
      }

      @Override
      public XdmValue call(XdmValue[] args) {
        String s = args[0].size() == 0 ? "" : args[0].itemAt(0).getStringValue();
        return new XdmAtomicValue(f.test(s));
      }
    };
  }
}
