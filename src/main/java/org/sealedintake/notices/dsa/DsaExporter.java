package org.sealedintake.notices.dsa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * A decision as a DSA Transparency Database statement of reasons, validated before it leaves.
 * Pure logic (no database, no HTTP): map the decision, serialise it, check the JSON that would be
 * sent against every rule and every free-text field against the {@link FreeTextCheck}. A statement
 * with any violation is refused as a whole ({@link StatementRefusedException}); nothing partial is
 * ever returned. Submitting is the outbox's job ({@link DsaSubmissions}).
 */
@ApplicationScoped
public class DsaExporter {
    /** The outbox destination of statements. */
    public static final String DESTINATION = "dsa-transparency-db";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DsaStatementMapper mapper;
    private final DsaStatementValidator validator;

    @Inject
    DsaExporter(FreeTextCheck freeText) {
        this(DsaEnums.packaged(), freeText);
    }

    public DsaExporter(DsaEnums enums, FreeTextCheck freeText) {
        this.mapper = new DsaStatementMapper(enums);
        this.validator = new DsaStatementValidator(enums, freeText);
    }

    /**
     * The statement for {@code decision}, or why there is none.
     *
     * @throws StatementRefusedException when the statement breaks a rule or a free-text field
     *         carries personal data; the violations name fields and rules, never values
     */
    public DsaExport export(DecisionFacts decision) {
        Optional<DsaExport.Reason> none = DsaStatementMapper.notExported(decision.action());
        if (none.isPresent()) {
            return new DsaExport.NotExported(none.get());
        }
        List<String> scope = mapper.eeaScope(decision);
        if (scope.isEmpty()) {
            return new DsaExport.NotExported(DsaExport.Reason.OUTSIDE_EEA);
        }
        DsaStatement statement = mapper.map(decision, scope);
        ObjectNode node = JSON.valueToTree(statement);
        check(node);
        ObjectNode body = JSON.createObjectNode();
        body.putArray("statements").add(node);
        return new DsaExport.Submission(statement.puid(), "dsa:" + statement.puid(), statement, write(body));
    }

    /** Validates a statement as it would be sent; refuses it with every violation found. */
    public void check(ObjectNode statement) {
        List<Violation> violations = validator.validate(statement);
        if (!violations.isEmpty()) {
            throw new StatementRefusedException(violations);
        }
    }

    private static String write(ObjectNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statement cannot be written as JSON", e);
        }
    }
}
