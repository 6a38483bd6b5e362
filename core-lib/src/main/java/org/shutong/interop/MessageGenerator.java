package org.shutong.interop;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Writes HL7 v3 request messages of the platform's interaction services from their bundled XSDs:
 * the transmission wrapper (message id, creation time, interactionId, sender and receiver devices)
 * and a payload with every element the XSD requires, typed by the data types the XSD declares
 * ({@code LIST_EN}, {@code DSET_TEL} …). Values are synthetic; a test plan overrides the ones a case
 * is about. Used for services without a published sample. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MessageGenerator {
  private static final MessageGenerator STANDARD = new MessageGenerator();
  private final Map<String, XsdModel> models = new ConcurrentHashMap<>();

  private MessageGenerator() {}

  /** The generator. */
  public static MessageGenerator standard() {
    return STANDARD;
  }

  /**
   * A request message of {@code serviceCode} (e.g. {@code PatientInfoRegister}) as UTF-8 XML text.
   *
   * @throws IllegalArgumentException if the service has no bundled XSD
   */
  public String generate(String serviceCode, long seed) {
    ServiceSpec s = Catalog.standard().service(serviceCode);
    if (s == null || !s.hasSchema()) {
      throw new IllegalArgumentException("no XSD for service: " + serviceCode);
    }
    return new Writer(model(s.code()), s, seed).write();
  }

  XsdModel model(String serviceCode) {
    return models.computeIfAbsent(
        serviceCode,
        c -> XsdModel.parse(Resources.open("schemas/services/" + c + ".xsd"), c + ".xsd"));
  }

  private static final class Writer extends InstanceWriter {
    private final ServiceSpec service;
    private final String ts;

    Writer(XsdModel model, ServiceSpec service, long seed) {
      super(model, "msg", seed);
      this.service = service;
      this.ts = HlTime.format(LocalDateTime.of(2024, 3, 15, 9, 30).plusMinutes(random.nextInt(60 * 24 * 300)));
    }

    @Override
    protected String placeholder(String name) {
      return switch (name) {
        case "ts" -> ts;
        case "interaction" -> service.interaction();
        case "deviceId" -> "SHUTONG-TEST";
        case "residentId" -> CdaGenerator.EXAMPLE_RESIDENT_ID;
        default -> null;
      };
    }
  }
}
