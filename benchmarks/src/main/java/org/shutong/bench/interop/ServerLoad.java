package org.shutong.bench.interop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.shutong.interop.MessageGenerator;
import org.shutong.interop.ReferencePlatform;

/**
 * A bounded load test of the reference platform on loopback: starts {@code shutong interop serve}'s
 * platform on an ephemeral port (state in memory), registers one patient, then sends a fixed number
 * of 个人信息查询 (PatientInfoQuery, SOAP 1.2) from a fixed number of client threads, each on one
 * kept-alive connection, checks that every reply is an AA carrying the patient, and stops. The
 * clients write HTTP/1.1 on plain sockets, so that they take as little of the machine's CPU as
 * possible from the server they measure. Each query is
 * checked against its XSD, looked up in H2, answered and logged, as in normal operation. Prints
 * queries per second and latency percentiles. Target: at least 2,000 queries/s.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.shutong.bench.interop.ServerLoad [requests] [clients]}
 */
public final class ServerLoad {
  private ServerLoad() {}

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    String register = MessageGenerator.standard().generate("PatientInfoRegister", 1)
        .replaceFirst("(<patient classCode=\"[^\"]*\">\\s*<id>\\s*<item root=\"[^\"]*\" extension=\")[^\"]*\"", "$1LOAD-1\"");
    String query = MessageGenerator.standard().generate("PatientInfoQuery", 1)
        .replaceFirst("(<parameterList>\\s*<id root=\"[^\"]*\" extension=\")[^\"]*\"", "$1LOAD-1\"");
    String env = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\">"
        + "<soap:Body>%s</soap:Body></soap:Envelope>";
    try (ReferencePlatform p = ReferencePlatform.builder().port(0).start()) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(10)).build();
      send(client, p.endpoint() + "/PatientInfoRegister", String.format(env, strip(register)), "\"AA\"");
      String body = String.format(env, strip(query));
      URI uri = URI.create(p.endpoint() + "/PatientInfoQuery");
      // warm-up: a tenth of the requests, not counted
      run(uri, body, Math.max(1, requests / 10), clients);
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      long[] latencies = run(uri, body, requests, clients);
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6 / requests;
      Arrays.sort(latencies);
      System.out.printf(Locale.ROOT, "%d queries from %d clients in %.2f s: %.0f queries/s; latency p50 %.2f ms,"
              + " p99 %.2f ms, max %.2f ms; %d replies checked AA%n",
          requests, clients, secs, requests / secs, latencies[latencies.length / 2] / 1e6,
          latencies[(int) (latencies.length * 0.99)] / 1e6, latencies[latencies.length - 1] / 1e6, latencies.length);
      System.out.printf(Locale.ROOT, "CPU of this process (server and clients) per query: %.3f ms, i.e. %.0f queries"
          + " per CPU-second; %d CPUs%n", cpuMs, 1000 / cpuMs, Runtime.getRuntime().availableProcessors());
    }
    System.exit(0);
  }

  private static String strip(String xml) {
    return xml.substring(xml.indexOf("?>") + 2).strip();
  }

  private static long[] run(URI uri, String body, int requests, int clients) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger next = new AtomicInteger();
    long[] latencies = new long[requests];
    List<Future<?>> fs = new ArrayList<>();
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
        + "\r\nContent-Type: application/soap+xml; charset=utf-8\r\nContent-Length: " + payload.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    for (int c = 0; c < clients; c++) {
      fs.add(pool.submit(() -> {
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), uri.getPort())) {
          s.setTcpNoDelay(true);
          java.io.OutputStream out = new java.io.BufferedOutputStream(s.getOutputStream(), 65536);
          java.io.InputStream in = new java.io.BufferedInputStream(s.getInputStream(), 65536);
          int i;
          while ((i = next.getAndIncrement()) < requests) {
            long t = System.nanoTime();
            out.write(head);
            out.write(payload);
            out.flush();
            String reply = readReply(in);
            if (!reply.contains("typeCode=\"AA\"") || !reply.contains("extension=\"LOAD-1\"")) {
              throw new IllegalStateException("unexpected reply: " + reply);
            }
            latencies[i] = System.nanoTime() - t;
          }
        }
        return null;
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    pool.shutdown();
    return latencies;
  }

  /** Reads one HTTP/1.1 reply with a Content-Length body; returns the body. */
  private static String readReply(java.io.InputStream in) throws java.io.IOException {
    StringBuilder header = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0) {
      header.append((char) b);
      if (header.length() >= 4 && header.substring(header.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    String h = header.toString().toLowerCase(Locale.ROOT);
    if (!h.startsWith("http/1.1 200")) {
      throw new java.io.IOException("status: " + header);
    }
    int i = h.indexOf("content-length:");
    int n = Integer.parseInt(h.substring(i + 15, h.indexOf('\r', i)).trim());
    byte[] body = in.readNBytes(n);
    return new String(body, StandardCharsets.UTF_8);
  }

  private static void send(HttpClient client, String uri, String body, String expect) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/soap+xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200 || !r.body().contains("typeCode=\"AA\"") || !r.body().contains(expect)) {
      throw new IllegalStateException("unexpected reply " + r.statusCode() + ": " + r.body());
    }
  }
}
