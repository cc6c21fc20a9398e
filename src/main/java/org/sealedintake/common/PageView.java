package org.sealedintake.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of every list answer: {items, page, size, total}. */
@Schema(requiredProperties = { "items", "page", "size", "total" })
public record PageView<T>(List<T> items, int page, int size, long total) {
}
