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
    p.registerExtensionFunction(function("ts-precision", one(ItemType.INTEGER), 1,
        args -> new XdmAtomicValue(HlTime.precision(text(args[0])))));
    p.registerExtensionFunction(function("same-title", one(ItemType.BOOLEAN), 2,
        args -> new XdmAtomicValue(sameTitle(text(args[0]), text(args[1])))));
  }

  /**
   * Titles compare equal ignoring surrounding space and the brackets the standard writes in some
   * titles and the catalogue leaves out (门（急）诊病历 = 门急诊病历, 病危（重）通知书 = 病危重通知书).
   */
  static boolean sameTitle(String a, String b) {
    String na = normTitle(a);
    return !na.isEmpty() && na.equals(normTitle(b));
  }

  /** The title without white space and ASCII or full-width parentheses (no regex: runs per document). */
  private static String normTitle(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '（' && c != '）' && c != '(' && c != ')') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static SequenceType optionalString() {
    return SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ZERO_OR_ONE);
  }

  /** Exactly one item of {@code type}. */
  private static SequenceType one(ItemType type) {
    return SequenceType.makeSequenceType(type, OccurrenceIndicator.ONE);
  }

  /** The string value of an optional string argument; empty when absent. */
  private static String text(XdmValue arg) {
    return arg.size() == 0 ? "" : arg.itemAt(0).getStringValue();
  }

  /** {@code st:name} taking {@code arity} optional strings and returning {@code result}. */
  private static ExtensionFunction function(String name, SequenceType result, int arity,
      Function<XdmValue[], XdmValue> body) {
    SequenceType[] argTypes = new SequenceType[arity];
    java.util.Arrays.fill(argTypes, optionalString());
    return new ExtensionFunction() {
      @Override
      public QName getName() {
        return new QName(NS, name);
      }

      @Override
      public SequenceType getResultType() {
        return result;
      }

      @Override
      public SequenceType[] getArgumentTypes() {
        return argTypes.clone();
      }

      @Override
      public XdmValue call(XdmValue[] args) {
        return body.apply(args);
      }
    };
  }

  /** A function of one optional string giving an optional string ({@code null} from {@code f}: empty). */
  private static ExtensionFunction stringToString(String name, Function<String, String> f) {
    return function(name, optionalString(), 1, args -> {
      if (args[0].size() == 0) {
        return XdmEmptySequence.getInstance();
      }
      String r = f.apply(args[0].itemAt(0).getStringValue());
      return r == null ? XdmEmptySequence.getInstance() : new XdmAtomicValue(r);
    });
  }

  /** A test of one optional string (an absent argument is tested as empty). */
  private static ExtensionFunction stringTest(String name, Predicate<String> f) {
    return function(name, one(ItemType.BOOLEAN), 1, args -> new XdmAtomicValue(f.test(text(args[0]))));
  }
}
