package org.sealedintake.redaction.image;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Uploads are hostile: truncated or bit-flipped images either come out stripped or are refused
 * with {@link ImageRefusedException}; never another exception, a hang, or a huge allocation.
 */
class DamagedImageTest {
    private static final int MUTATIONS = 150;

    static List<String> formats() {
        return List.of("jpeg", "png", "gif", "webp");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void damagedImagesAreStrippedOrRefusedNothingElse(String format) {
        byte[] good = switch (format) {
            case "jpeg" -> ImageFixtures.jpegWithEverything(32, 24);
            case "png" -> ImageFixtures.pngWithEverything(32, 24);
            case "gif" -> ImageFixtures.gifWithCommentAndTrailer(32, 24);
            default -> ImageFixtures.webpWithEverything(ImageFixtures.resource("photo-lossy.webp"), 48, 32);
        };
        ImageStripper stripper = new ImageStripper(1_000_000);
        Random random = new Random(format.hashCode());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < MUTATIONS; i++) {
                byte[] damaged = i % 2 == 0
                        ? java.util.Arrays.copyOf(good, random.nextInt(good.length))
                        : flip(good, random);
                try {
                    StrippedImage out = stripper.strip(damaged);
                    assertTrue(out.width() * (long) out.height() <= 1_000_000);
                } catch (ImageRefusedException expected) {
                    // refused: the only acceptable failure
                }
            }
        });
    }

    private static byte[] flip(byte[] good, Random random) {
        byte[] copy = good.clone();
        for (int k = 0; k < 4; k++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }
}
