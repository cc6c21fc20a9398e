package org.sealedintake.common;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import javax.net.SocketFactory;

/**
 * The PostgreSQL driver's sockets (its {@code socketFactory} property): sockets of a {@link SocketChannel}, which
 * keep the connect timeout and go back to blocking mode once connected.
 *
 * <p>Why: the JDK's default socket ({@code sun.nio.ch.NioSocketImpl}) switches itself to non-blocking mode for a
 * connect with a timeout (the driver's {@code connectTimeout}, 10 s by default) and never switches back. Every
 * read of an answer that is not there yet is then three system calls (a read that finds nothing, a poll that
 * waits, the read) instead of one read that waits, and a report makes about eight round trips. A channel's
 * socket restores blocking mode after a timed connect or a timed read (docs/decisions.md, D36).
 *
 * <p>What differs: an interrupt of a thread blocked in a read closes the channel, and with it this connection
 * (the driver then reports it broken and the pool drops it), where the default socket ignored the interrupt.
 */
public final class BlockingSocketFactory extends SocketFactory {

    @Override
    public Socket createSocket() throws IOException {
        return SocketChannel.open().socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        Socket socket = createSocket();
        try {
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(remote);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
