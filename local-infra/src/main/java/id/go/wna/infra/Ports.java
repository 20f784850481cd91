package id.go.wna.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Port helpers: a free port for tests, and "is something already listening here?" for the launcher. */
public final class Ports {

    private Ports() {
    }

    /** Ports this JVM has handed out: the system may offer a closed one again before its user has bound it. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A free port, never one this JVM handed out before: the broker, its controller and PostgreSQL get their ports
     * together and bind them later, in parallel, so two of them must not be given the same one.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new InfrastructureException("no free TCP port: " + e.getMessage(), e);
            }
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new InfrastructureException("no free TCP port that was not handed out already");
    }

    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            // Nothing answers; make sure we could bind it too (another user's socket on 0.0.0.0 only, say).
            try (ServerSocket server = new ServerSocket()) {
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress("127.0.0.1", port));
                return false;
            } catch (IOException bindFailure) {
                return true;
            }
        }
    }
}
