package org.sealedintake.common;

import java.util.List;

/** The shape of every list answer: {items, page, size, total}. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
