package org.sealedintake.cases.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The kept bytes of a captured item, AEAD-encrypted and bound to its canonical reference. Written once. */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem {
    @Id
    @Column(name = "canonical_ref")
    public String canonicalRef;

    @Column(nullable = false)
    public byte[] item;

    @Override
    public String toString() {
        return "EvidenceItem[" + canonicalRef + "]";
    }
}
