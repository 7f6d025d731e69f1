import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The floor of any Java HTTP server on this machine: the JDK's own server, no framework, no security, no
 * database, answering 204 to every request on virtual threads. bench/pledges.sh measures it with the same wrk
 * settings as the pledge runs, to show how much of the raw PostgreSQL ceiling an HTTP round trip alone allows
 * when wrk, the server and PostgreSQL share the machine's cores. Run: java bench/HttpFloor.java PORT
 */
public class HttpFloor {
    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }
}
