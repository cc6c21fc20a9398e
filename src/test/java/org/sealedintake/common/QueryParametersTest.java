package org.sealedintake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JAX-RS answers 404 when it cannot convert a query parameter to its Java type. Query parameters are
 * therefore bound as text and checked by Bean Validation (as {@link PageRequest} does), so a value
 * that does not parse is a 400 problem.
 */
class QueryParametersTest {

    static List<String> nonTextQueryParameters(Iterable<JavaClass> classes) {
        List<String> offenders = new ArrayList<>();
        for (JavaClass c : classes) {
            Class<?> type = c.reflect();
            for (Field f : type.getDeclaredFields()) {
                if (f.isAnnotationPresent(QueryParam.class) && f.getType() != String.class) {
                    offenders.add(type.getName() + "." + f.getName());
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(QueryParam.class) && p.getType() != String.class) {
                        offenders.add(type.getName() + "." + m.getName() + "(" + p.getName() + ")");
                    }
                }
            }
        }
        return offenders;
    }

    @Test
    void everyQueryParameterIsBoundAsText() {
        var production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sealedintake");
        assertEquals(List.of(), nonTextQueryParameters(production));
    }

    @Test
    void aNumericQueryParameterIsFound() {
        var self = new ClassFileImporter().importClasses(NumericParameter.class);
        assertFalse(nonTextQueryParameters(self).isEmpty());
    }

    static class NumericParameter {
        @QueryParam("n")
        int n;
    }
}
