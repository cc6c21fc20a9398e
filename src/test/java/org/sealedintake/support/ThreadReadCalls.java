package org.sealedintake.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This thread's read system calls per call, from {@code /proc/thread-self/io} (Linux), for tests that count them. */
public final class ThreadReadCalls {
    /** One call to count. */
    public interface Call {
        void run() throws Exception;
    }

    private ThreadReadCalls() {
    }

    /** Read calls of this thread per call over {@code calls} calls, without those that reading the count makes. */
    public static double perCall(Call call, int calls) throws Exception {
        long probe = count();
        long before = count();
        long ofTheCount = before - probe;
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        return (double) (count() - before - ofTheCount) / calls;
    }

    private static long count() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/thread-self/io"))) {
            if (line.startsWith("syscr:")) {
                return Long.parseLong(line.substring(6).trim());
            }
        }
        throw new IllegalStateException("no syscr in /proc/thread-self/io");
    }
}
