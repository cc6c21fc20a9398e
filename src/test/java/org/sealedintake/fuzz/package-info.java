/**
 * Jazzer fuzz targets (issue 10, item 5). Every {@code @FuzzTest} runs in regression mode in the normal
 * test command: the empty input plus every file under
 * {@code src/test/resources/org/sealedintake/fuzz/<Class>Inputs/<method>/} (seeds and the crash inputs
 * fuzzing found, kept as regression cases). Real fuzzing, one target per run:
 * {@code ./mvnw test -Pfuzz -Dtest=RedactorFuzzTest} (docs/performance.md, "Proof under load and faults").
 *
 * <p>{@code LeakGuardFuzzTest} is structure-aware: the input chooses a reporter and a claimed disguise of
 * one attribute, which the guard must refuse.
 */
package org.sealedintake.fuzz;
