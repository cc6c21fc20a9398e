package org.sealedintake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.ThreadReadCalls;

/**
 * {@link BlockingSocketFactory} (D36), without the service: a socket connected with a timeout reads an answer that is
 * not there yet in one read system call, where the JDK's default socket, after the same timed connect, needs a
 * read that finds nothing, a poll and the read. Counted on this thread from {@code /proc/thread-self/io}.
 */
class BlockingSocketFactoryTest {
    private static final int ANSWERS = 40;
    private ServerSocket server;
    private ExecutorService peer;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        peer = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void close() throws IOException {
        peer.shutdownNow();
        server.close();
    }

    @Test
    void aLateAnswerIsOneReadAfterATimedConnect() throws Exception {
        double factory = readsPerLateAnswer(new BlockingSocketFactory().createSocket());
        double jdkDefault = readsPerLateAnswer(new Socket());

        assertTrue(factory < 1.5, "read calls per late answer through the factory's socket: " + factory);
        // Why the factory exists; should a JDK keep its socket blocking, this fails and the factory can go.
        assertTrue(jdkDefault >= 1.9, "read calls per late answer through the JDK's default socket: " + jdkDefault);
    }

    @Test
    void aTimedReadStillTimesOutAndLeavesTheSocketBlocking() throws Exception {
        try (Socket socket = new BlockingSocketFactory().createSocket()) {
            socket.connect(address(), 2_000);
            Future<Socket> accepted = peer.submit(() -> server.accept());
            socket.setSoTimeout(50);

            assertThrows(SocketTimeoutException.class, () -> socket.getInputStream().read());

            assertTrue(socket.getChannel().isBlocking());
            accepted.get().close();
        }
    }

    @Test
    void connectedVariantsConnect() throws Exception {
        Future<Socket> accepted = peer.submit(() -> server.accept());
        try (Socket socket = new BlockingSocketFactory().createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertTrue(socket.isConnected());
            assertEquals(server.getLocalPort(), socket.getPort());
            accepted.get().close();
        }
    }

    /** Read calls of this thread per answer that the peer sends 5 ms after being asked. */
    private double readsPerLateAnswer(Socket socket) throws Exception {
        try (socket) {
            socket.connect(address(), 2_000);
            Future<?> answering = peer.submit(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    while (in.read() >= 0) {
                        Thread.sleep(5);
                        s.getOutputStream().write('a');
                    }
                }
                return null;
            });
            InputStream in = socket.getInputStream();
            double perAnswer = ThreadReadCalls.perCall(() -> {
                socket.getOutputStream().write('q');
                assertEquals('a', in.read());
            }, ANSWERS);
            socket.shutdownOutput();
            answering.get();
            return perAnswer;
        }
    }

    private InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
    }
}
