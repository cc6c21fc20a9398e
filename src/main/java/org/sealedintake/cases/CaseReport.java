package org.sealedintake.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A report's membership of a case: the pair, nothing else (no time, no order, no reporter value). */
@Entity
@Table(name = "case_report")
public class CaseReport {
    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Override
    public String toString() {
        return "CaseReport[" + reportId + "]";
    }
}
