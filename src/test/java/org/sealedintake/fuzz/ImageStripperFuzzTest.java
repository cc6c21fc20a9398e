package org.sealedintake.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.sealedintake.redaction.image.ImageRefusedException;
import org.sealedintake.redaction.image.ImageStripper;
import org.sealedintake.redaction.image.MetadataProbe;
import org.sealedintake.redaction.image.StrippedImage;

/**
 * Attachments are hostile bytes. The stripper must refuse what it cannot take with its own exception
 * (anything else would be a 500, or worse, a decoder state the next request meets), and whatever it does
 * produce carries no metadata at all: checked by metadata-extractor, an independent reader. The pixel
 * limit is low so the fuzzer spends its time in the decoders, not in allocating large rasters.
 */
class ImageStripperFuzzTest {
    private static final ImageStripper STRIPPER = new ImageStripper(4_000_000L);

    @FuzzTest(maxDuration = "5m")
    void stripsOrRefusesAndNeverKeepsMetadata(byte[] input) {
        StrippedImage out;
        try {
            out = STRIPPER.strip(input);
        } catch (ImageRefusedException refused) {
            return;
        }
        assertTrue(out.mediaType().equals("image/png") || out.mediaType().equals("image/jpeg"), out.mediaType());
        List<String> findings = new MetadataProbe(out.bytes()).identifyingFindings();
        assertEquals(List.of(), findings, "metadata survived stripping");
    }
}
