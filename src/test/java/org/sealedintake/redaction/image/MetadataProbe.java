package org.sealedintake.redaction.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.gif.GifCommentDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.photoshop.PhotoshopDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What metadata-extractor reads from an image: the independent check that nothing identifying is left. */
public final class MetadataProbe {
    /** Directory kinds that identify a camera, a place, a person or a tool. */
    static final List<Class<? extends Directory>> IDENTIFYING = List.of(ExifDirectoryBase.class, GpsDirectory.class,
            JpegCommentDirectory.class, XmpDirectory.class, IptcDirectory.class, IccDirectory.class,
            PhotoshopDirectory.class, GifCommentDirectory.class);
    /** PNG chunks a plain re-encode may carry; text, time, EXIF and ICC chunks are not among them. */
    static final Set<String> HARMLESS_PNG_CHUNKS = Set.of("PNG-IHDR", "PNG-sRGB", "PNG-gAMA", "PNG-pHYs", "PNG-cHRM",
            "PNG-bKGD", "PNG-sBIT");

    private final Metadata metadata;

    public MetadataProbe(byte[] image) {
        try {
            this.metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
        } catch (Exception e) {
            throw new AssertionError("metadata-extractor cannot read the image", e);
        }
    }

    boolean has(Class<? extends Directory> kind) {
        for (Directory d : metadata.getDirectories()) {
            if (kind.isInstance(d)) {
                return true;
            }
        }
        return false;
    }

    /** Identifying directories, odd PNG chunks, and any tag whose text holds one of {@code secrets}. */
    public List<String> identifyingFindings(String... secrets) {
        List<String> found = new ArrayList<>();
        for (Directory d : metadata.getDirectories()) {
            for (Class<? extends Directory> kind : IDENTIFYING) {
                if (kind.isInstance(d)) {
                    found.add(d.getName());
                }
            }
            if (d instanceof PngDirectory && !HARMLESS_PNG_CHUNKS.contains(d.getName())) {
                found.add(d.getName());
            }
            for (Tag tag : d.getTags()) {
                String text = String.valueOf(tag.getDescription());
                for (String secret : secrets) {
                    if (text.contains(secret)) {
                        found.add(d.getName() + "/" + tag.getTagName());
                    }
                }
            }
        }
        return found;
    }

    public String gpsPosition() {
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        return gps == null || gps.getGeoLocation() == null ? null : gps.getGeoLocation().toString();
    }

    String describe() {
        StringBuilder b = new StringBuilder();
        for (Directory d : metadata.getDirectories()) {
            b.append(d.getName()).append(d.getErrors().iterator().hasNext() ? " (errors)" : "").append("; ");
        }
        return b.toString();
    }
}
