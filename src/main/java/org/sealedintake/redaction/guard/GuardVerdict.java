package org.sealedintake.redaction.guard;

import org.sealedintake.common.ApiProblem;

/**
 * The leak guard's answer: pass or refuse, nothing else. There are exactly two instances, so the
 * verdict for a text naming a reporter is the very object returned for a text naming anyone else,
 * or quoting a phone number: no field, message or type tells which (the guard must not become an
 * oracle for "did this person report?").
 */
public final class GuardVerdict {
    static final GuardVerdict PASS = new GuardVerdict(true);
    static final GuardVerdict REFUSE = new GuardVerdict(false);

    private final boolean passed;

    private GuardVerdict(boolean passed) {
        this.passed = passed;
    }

    public boolean passed() {
        return passed;
    }

    public boolean refused() {
        return !passed;
    }

    /** Returns normally if the text passed; otherwise throws the 422 problem of {@link LeakGuardProblems#personalData()}. */
    public void orThrow() {
        if (!passed) {
            throw LeakGuardProblems.personalData();
        }
    }

    /** The problem to answer with when refused (the same one for every refusal). */
    public ApiProblem problem() {
        return LeakGuardProblems.personalData();
    }

    @Override
    public String toString() {
        return passed ? "GuardVerdict[pass]" : "GuardVerdict[refuse]";
    }
}
