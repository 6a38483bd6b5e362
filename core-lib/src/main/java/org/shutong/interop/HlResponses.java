package org.shutong.interop;

import java.util.List;

/**
 * HL7 v3 replies in the form the platform's interaction services use: the transmission wrapper
 * (message id 2.16.156.10011.2.5.1.1, creation time, interactionId 2.16.156.10011.2.5.1.2, sender
 * and receiver devices 2.16.156.10011.2.5.1.3), an {@code acknowledgement} with {@code typeCode}
 * AA (accepted) or AE (error) naming the request's message id in {@code targetMessage}, one {@code
 * acknowledgementDetail/text/@value} per reason, and, for queries, a {@code controlActProcess}
 * with the results and a {@code queryAck}.
 */
final class HlResponses {
  static final String ACK_INTERACTION = "MCCI_IN000002UV01";
  static final String DEVICE = "SHUTONG-REFERENCE-PLATFORM";

  private HlResponses() {}

  /**
   * A reply.
   *
   * @param interaction the reply's interaction id (root element)
   * @param id this reply's message id
   * @param ts creation time (TS)
   * @param requestId the request's message id, or null if unreadable
   * @param requestDevice the requesting device's id, or null
   * @param code AA, AE or AR
   * @param details reasons or a success note, one {@code acknowledgementDetail} each
   * @param controlAct the inner XML of {@code controlActProcess}, or null for none
   */
  static String reply(String interaction, String id, String ts, String requestId, String requestDevice, String code,
      List<String> details, String controlAct) {
    StringBuilder b = new StringBuilder(512 + (controlAct == null ? 0 : controlAct.length()));
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append('<').append(interaction).append(" xmlns=\"urn:hl7-org:v3\" ITSVersion=\"XML_1.0\">\n");
    b.append("  <id root=\"2.16.156.10011.2.5.1.1\" extension=\"").append(esc(id)).append("\"/>\n");
    b.append("  <creationTime value=\"").append(ts).append("\"/>\n");
    b.append("  <interactionId root=\"2.16.156.10011.2.5.1.2\" extension=\"").append(interaction).append("\"/>\n");
    b.append("  <processingCode code=\"P\"/>\n  <processingModeCode/>\n  <acceptAckCode code=\"NE\"/>\n");
    device(b, "receiver", "RCV", requestDevice == null ? "" : requestDevice);
    device(b, "sender", "SND", DEVICE);
    b.append("  <acknowledgement typeCode=\"").append(code).append("\">\n");
    b.append("    <targetMessage>\n      <id root=\"2.16.156.10011.2.5.1.1\" extension=\"")
        .append(esc(requestId == null ? "" : requestId)).append("\"/>\n    </targetMessage>\n");
    for (String d : details) {
      b.append("    <acknowledgementDetail").append(code.equals("AA") ? "" : " typeCode=\"E\"").append(">\n");
      b.append("      <text value=\"").append(esc(d)).append("\"/>\n    </acknowledgementDetail>\n");
    }
    b.append("  </acknowledgement>\n");
    if (controlAct != null) {
      b.append("  <controlActProcess classCode=\"CACT\" moodCode=\"EVN\">\n").append(controlAct)
          .append("  </controlActProcess>\n");
    }
    b.append("</").append(interaction).append(">\n");
    return b.toString();
  }

  private static void device(StringBuilder b, String el, String type, String ext) {
    b.append("  <").append(el).append(" typeCode=\"").append(type).append("\">\n")
        .append("    <device classCode=\"DEV\" determinerCode=\"INSTANCE\">\n")
        .append("      <id>\n        <item root=\"2.16.156.10011.2.5.1.3\" extension=\"").append(esc(ext))
        .append("\"/>\n      </id>\n    </device>\n  </").append(el).append(">\n");
  }

  /** The {@code queryAck} of a query reply: OK (found), NF (nothing found) or QE (query error). */
  static String queryAck(String queryId, String responseCode, int count) {
    return "    <queryAck>\n      <queryId extension=\"" + esc(queryId == null ? "" : queryId) + "\"/>\n"
        + "      <queryResponseCode code=\"" + responseCode + "\"/>\n"
        + "      <resultTotalQuantity value=\"" + count + "\"/>\n    </queryAck>\n";
  }

  static String esc(String s) {
    return InstanceWriter.esc(s);
  }
}
