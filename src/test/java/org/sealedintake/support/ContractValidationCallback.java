package org.sealedintake.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Before each {@code @QuarkusTest} method (in the test's own class loader), makes sure RestAssured
 * checks every exchange against the OpenAPI document ({@link ContractFilter}). Registered in
 * META-INF/services, so every API test, today's and later ones, is covered without opting in.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
        List<Filter> filters = new ArrayList<>(RestAssured.filters());
        filters.removeIf(f -> f instanceof ContractFilter);
        filters.add(new ContractFilter(port));
        RestAssured.replaceFiltersWith(filters);
    }
}
