package com.cpay.platform.app.coverage;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The comparison {@link ApiCoverageIT} makes, and the spec reader it relies on, on made-up and on the real specs. */
class ApiCoverageTest {

    private static final SpecOperation CREATE = new SpecOperation("createDeposit", "post", "/api/v1/deposits");
    private static final SpecOperation GET = new SpecOperation("getOrder", "get", "/api/v1/orders/{merchantTradeNo}");
    private static final SpecOperation QUOTE = new SpecOperation("getQuote", "get", "/api/v1/quotes");
    private static final SpecOperation WITHDRAW = new SpecOperation("withdraw", "post", "/openapi/v1/withdraw");
    private static final SpecOperation BALANCE = new SpecOperation("getMerchantBalance", "get",
            "/openapi/v1/getMerchantBalance");

    private static Hit served(String method, String template, int status) {
        return new Hit(method, template, status, false, null);
    }

    private static Hit byApp(String method, String template, long code) {
        return new Hit(method, template, 200, true, code);
    }

    @Test
    void an_operation_never_called_fails_the_check_naming_its_operation_id() {
        List<ApiCoverage.Gap> gaps = ApiCoverage.internalApiGaps(List.of(CREATE, GET, QUOTE),
                List.of(served("POST", "/api/v1/deposits", 201), served("GET", "/api/v1/orders/{id}", 200)));

        assertThat(gaps).extracting(g -> g.operation().operationId()).containsExactly("getQuote");
        String report = ApiCoverage.report(gaps, List.of());
        assertThat(report).contains("internal-api.yaml, never answered 2xx through the app: getQuote")
                .contains("getQuote (GET /api/v1/quotes): never called").doesNotContain("createDeposit")
                .doesNotContain("getOrder");
    }

    @Test
    void an_operation_that_only_ever_failed_is_not_exercised() {
        List<ApiCoverage.Gap> gaps = ApiCoverage.internalApiGaps(List.of(QUOTE),
                List.of(served("GET", "/api/v1/quotes", 500), served("GET", "/api/v1/quotes", 400),
                        served("GET", "/api/v1/quotes", 500), served("POST", "/api/v1/quotes", 200)));

        assertThat(gaps).singleElement().hasToString(
                "getQuote (GET /api/v1/quotes): called 3 time(s), never answered 2xx (answers: 400, 500)");
    }

    @Test
    void nothing_missing_is_an_empty_report() {
        List<Hit> hits = List.of(served("POST", "/api/v1/deposits", 201), served("GET", "/api/v1/orders/{x}", 200),
                served("GET", "/api/v1/quotes", 200), byApp("POST", "/openapi/v1/withdraw", 0),
                byApp("GET", "/openapi/v1/getMerchantBalance", 0));

        assertThat(ApiCoverage.report(ApiCoverage.internalApiGaps(List.of(CREATE, GET, QUOTE), hits),
                ApiCoverage.cpayGaps(List.of(WITHDRAW, BALANCE), hits))).isEmpty();
    }

    @Test
    void a_cpay_operation_counts_only_when_the_apps_client_called_it_and_the_simulator_accepted_it() {
        List<Hit> hits = List.of(new Hit("POST", "/openapi/v1/withdraw", 200, false, null),
                byApp("GET", "/openapi/v1/getMerchantBalance", 1),
                new Hit("GET", "/openapi/v1/getMerchantBalance", 200, true, null));

        List<ApiCoverage.Gap> gaps = ApiCoverage.cpayGaps(List.of(WITHDRAW, BALANCE), hits);

        assertThat(gaps).extracting(Object::toString).containsExactly(
                "withdraw (POST /openapi/v1/withdraw): called 1 time(s), never by the app's C-Pay client",
                "getMerchantBalance (GET /openapi/v1/getMerchantBalance): called by the app 2 time(s), never accepted "
                        + "(answers: [HTTP 200 code 1, HTTP 200 code none])");
        assertThat(ApiCoverage.report(List.of(), gaps)).contains(
                "cpay-merchant-api.yaml, never called by the app and accepted by the embedded simulator: "
                        + "withdraw, getMerchantBalance");
        assertThat(ApiCoverage.cpayGaps(List.of(WITHDRAW), List.of(byApp("POST", "/openapi/v1/withdraw", 0))))
                .isEmpty();
    }

    @Test
    void hits_are_written_and_read_back_as_one_line_each() {
        Hit hit = new Hit("get", "/openapi/v1/getOrderDetail", 200, true, 0L);
        assertThat(Hit.parse(hit.line())).isEqualTo(new Hit("GET", "/openapi/v1/getOrderDetail", 200, true, 0L));
        Hit plain = served("POST", "/api/v1/orders/{merchantTradeNo}/refresh", 401);
        assertThat(Hit.parse(plain.line())).isEqualTo(plain);
        assertThat(CoverageLog.runName("2026-12-05T11:47:01Z")).isEqualTo("run-20261205t114701z");
        assertThat(CoverageLog.runName("${maven.build.timestamp}")).isEqualTo("manual");
        assertThat(CoverageLog.runName(null)).isEqualTo("manual");
    }

    @Test
    void the_reader_finds_the_twelve_cpay_operations() {
        List<SpecOperation> cpay = SpecOperation.read(Specs.text(Specs.CPAY_MERCHANT_API));

        assertThat(cpay).extracting(SpecOperation::operationId).containsExactlyInAnyOrder("getWalletAddress",
                "withdraw", "createFiatPayoutOrder", "getMerchantBalance", "getExchangeRate",
                "getExchangeRateForCreditCard", "getOrderDetail", "exchange", "submitKYC", "pwpp", "createOrder",
                "createOrderByCreditCard");
        assertThat(cpay).allSatisfy(op -> assertThat(op.path()).isEqualTo("/openapi/v1/" + op.operationId()));
        assertThat(cpay).filteredOn(op -> op.method().equals("GET")).extracting(SpecOperation::operationId)
                .containsExactlyInAnyOrder("getWalletAddress", "getMerchantBalance", "getExchangeRate",
                        "getExchangeRateForCreditCard", "getOrderDetail");
    }

    @Test
    void the_reader_finds_the_internal_api_operations() {
        List<SpecOperation> internal = SpecOperation.read(Specs.text(Specs.INTERNAL_API));

        assertThat(internal).contains(QUOTE, CREATE, GET,
                new SpecOperation("refreshOrder", "POST", "/api/v1/orders/{merchantTradeNo}/refresh"),
                new SpecOperation("listDepositAddresses", "GET", "/api/v1/users/{userId}/deposit-addresses"));
        assertThat(internal).allSatisfy(op -> assertThat(op.path()).startsWith("/api/v1/"));
        assertThat(internal).extracting(SpecOperation::operationId).doesNotHaveDuplicates();
    }

    @Test
    void the_reader_handles_quoted_paths_path_parameters_and_several_methods_and_refuses_a_missing_operation_id() {
        String yaml = """
                openapi: 3.0.3
                paths:
                  '/a/{id}':
                    parameters:
                      - name: id
                        in: path
                    get:
                      summary: x   # a comment
                      operationId: getA
                    delete:
                      operationId: "deleteA"
                  /b:
                    post:
                      requestBody:
                        content: {}
                      operationId: postB
                components:
                  schemas:
                    operationId:
                      type: string
                """;
        assertThat(SpecOperation.read(yaml)).containsExactly(new SpecOperation("getA", "GET", "/a/{id}"),
                new SpecOperation("deleteA", "DELETE", "/a/{id}"), new SpecOperation("postB", "POST", "/b"));
        assertThatThrownBy(() -> SpecOperation.read("paths:\n  /c:\n    get:\n      summary: no id\n"))
                .hasMessageContaining("get /c (line 3) has no operationId");
        assertThatThrownBy(() -> SpecOperation.read("openapi: 3.0.3\n")).hasMessageContaining("paths");
    }
}
