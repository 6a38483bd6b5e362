package org.shutong.interop;

import org.apiguardian.api.API;

/**
 * One interaction service of the platform catalogue (the services the 互联互通测评 tests), with
 * the message its request uses.
 *
 * @param queue the catalogue's order
 * @param code the service code, e.g. {@code PatientInfoRegister}; also the name of its XSD
 * @param name the Chinese name, e.g. {@code 个人信息注册服务}
 * @param category the catalogue's group, e.g. {@code 个人信息注册、查询服务}
 * @param level the lowest 测评 level that requires it, or {@code null} if the catalogue names none
 * @param v3 whether it is an HL7 v3 interaction service
 * @param query whether it is a query (lookup) service
 * @param interaction the request message's root element (HL7 v3 interaction id), e.g. {@code
 *     PRPA_IN201311UV02}, or {@code null} if no XSD is bundled for it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ServiceSpec(
    int queue,
    String code,
    String name,
    String category,
    Level level,
    boolean v3,
    boolean query,
    String interaction) {

  /** Whether a request XSD is bundled (the 69 HL7 v3 services). */
  public boolean hasSchema() {
    return interaction != null;
  }
}
